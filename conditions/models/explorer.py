"""The "Where does it hurt?" explorer: body areas, what the pain is like, and how each fits
the conditions. Editors own this clinical logic; the code only counts matches."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from conditions.models.condition import Condition
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.warning_signs import WarningSign

# The diagram's drawing space, in SVG units: three views of the body side by side.
DIAGRAM_WIDTH = 360
DIAGRAM_HEIGHT = 400


class View(models.TextChoices):
    FRONT = "front", "Front"
    BACK = "back", "Back"
    SIDE = "side", "Side"


class Fit(models.TextChoices):
    TYPICAL = "typical", "Typical"
    POSSIBLE = "possible", "Possible"


# A typical match counts twice as much as a possible one when conditions are ranked.
SCORES = {Fit.TYPICAL: 2, Fit.POSSIBLE: 1}


class AreaQuerySet(ContentQuerySet):
    def diagram(self):
        """Every area, and for each condition's slug the ids of its typical areas (views keep
        it for each content version, so condition pages add no query)."""
        typical = {}
        # A hidden area (new, awaiting review) is not drawn, nor its links highlighted.
        links = ConditionArea.objects.filter(fit=Fit.TYPICAL, area__is_active=True).values_list(
            "condition__slug", "area_id"
        )
        for slug, area_id in links:
            typical.setdefault(slug, set()).add(area_id)
        return {"areas": list(self.shown()), "typical": typical}

    def shown(self):
        return self.filter(is_active=True)


def shown_to_readers():
    return models.BooleanField(
        "shown to readers", default=True,
        help_text="Untick to hide it without deleting it. One added in the admin stays hidden "
        "until a clinical reviewer approves it.",
    )


class Area(ContentModel):
    name = models.CharField(
        max_length=100,
        help_text="The area as a reader would name it, for example “Outside of the hip”. "
        "Shown on the diagram and in the list of checkboxes.",
    )
    you_said = models.CharField(
        "“you said” words",
        max_length=120,
        help_text="How results repeat this choice back, for example “the outside of your hip”.",
    )
    slug = models.SlugField(max_length=60, unique=True, help_text="A short name for the area.")
    view = models.CharField(
        max_length=5,
        choices=View.choices,
        help_text="Which drawing of the body the area is marked on.",
    )
    centre_x = models.PositiveSmallIntegerField(
        help_text=f"Where the area's oval sits across the diagram, from 0 to {DIAGRAM_WIDTH}: "
        "the front view is drawn around 60, the back around 180, the side around 300.",
    )
    centre_y = models.PositiveSmallIntegerField(
        help_text=f"How far down the diagram, from 0 (top of the head) to {DIAGRAM_HEIGHT} "
        "(the feet). The hips are at about 170.",
    )
    width = models.PositiveSmallIntegerField(help_text="The oval's width, in the same units.")
    height = models.PositiveSmallIntegerField(help_text="The oval's height, in the same units.")
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers are listed first.")
    is_active = shown_to_readers()
    updated = models.DateTimeField(auto_now=True)

    objects = AreaQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(width__gt=0, height__gt=0), name="area_has_a_size"
            ),
            models.CheckConstraint(
                condition=Q(centre_x__lte=DIAGRAM_WIDTH, centre_y__lte=DIAGRAM_HEIGHT),
                name="area_is_on_the_diagram",
            ),
        ]

    def __str__(self):
        return self.name

    # The oval's box, for the label laid over it on the explorer.
    @property
    def left(self):
        return self.centre_x - self.width // 2

    @property
    def top(self):
        return self.centre_y - self.height // 2

    @property
    def radius_x(self):
        return self.width // 2

    @property
    def radius_y(self):
        return self.height // 2


class Factor(ContentModel):
    name = models.CharField(
        max_length=200,
        help_text="What the pain is like, in the reader's words, for example "
        "“It hurts to lie on that side”.",
    )
    you_said = models.CharField(
        "“you said” words",
        max_length=200,
        help_text="How results repeat this choice back, for example "
        "“that it hurts to lie on that side”.",
    )
    warning_sign = models.ForeignKey(
        WarningSign,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="factors",
        help_text="If this is a warning sign, the sign: readers who choose it get that sign's "
        "care advice first, exactly as the checklist gives it.",
    )
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers are listed first.")
    is_active = shown_to_readers()
    updated = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return self.name


class Link(ContentModel):
    """How one area or factor fits one condition, and why, with the source that says so."""

    fit = models.CharField(
        max_length=8,
        choices=Fit.choices,
        default=Fit.TYPICAL,
        help_text="Typical: most people with the condition have it. Possible: some do. "
        "Typical counts twice as much when the explorer ranks conditions.",
    )
    reason = models.CharField(
        max_length=300,
        help_text="One plain sentence shown with the result, for example “Bursitis hurts at "
        "the bony point on the outside of the hip.”",
    )
    reference_title = models.CharField(
        max_length=200, help_text="The page that says so, for example “NHS: Bursitis”."
    )
    reference_url = models.URLField(
        "reference web address", max_length=500, help_text="The full https:// address."
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class ConditionArea(Link):
    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="area_links")
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="condition_links")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "condition area"
        ordering = ["area__order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "area"], name="one_link_per_area"),
            models.CheckConstraint(
                condition=Q(fit__in=Fit.values), name="condition_area_fit_is_known"
            ),
        ]

    def __str__(self):
        return f"{self.area} ({self.get_fit_display().lower()})"


class ConditionFactor(Link):
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="factor_links"
    )
    factor = models.ForeignKey(Factor, on_delete=models.CASCADE, related_name="condition_links")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "condition factor"
        ordering = ["factor__order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "factor"], name="one_link_per_factor"),
            models.CheckConstraint(
                condition=Q(fit__in=Fit.values), name="condition_factor_fit_is_known"
            ),
        ]

    def __str__(self):
        return f"{self.factor} ({self.get_fit_display().lower()})"
