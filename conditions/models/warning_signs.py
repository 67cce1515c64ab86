"""Warning signs and the care advice for each level of urgency."""


from django.db import models
from django.db.models import Q
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.links import button_link_constraint, validate_button_link, validate_markdown_links
from conditions.markdown import render
from conditions.models.condition import Condition
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.site import HTTPS_ONLY


class Tier(models.TextChoices):
    """How soon a reader needs care. Declared most urgent first; that order is the ranking."""

    EMERGENCY = "emergency", "Emergency: call the emergency number"
    URGENT = "urgent", "Urgent: get care today"
    SOON = "soon", "Soon: book an appointment"
    NONE = "none", "No warning signs: self-care"


class CareAdvice(ContentModel):
    """What a reader should do for one level of urgency, written by editors."""

    tier = models.CharField(
        "how urgent",
        max_length=10,
        choices=Tier.choices,
        unique=True,
        help_text="The level of urgency this advice is for. There is one per level.",
    )
    heading = models.CharField(
        max_length=200,
        help_text="The first thing a reader sees, for example “Call {number} now”. "
        "{number} is replaced by the site's emergency number.",
    )
    urgency_prefix = models.CharField(
        "what screen readers hear first",
        max_length=60,
        help_text="Read out by screen readers before the heading, for example “Emergency:”. "
        "Not shown on screen.",
    )
    what_to_do = MarkdownxField(
        help_text="What to do now, in Markdown. Keep it short: one action, then the detail.",
        validators=[validate_markdown_links],
    )
    what_to_do_html = models.TextField(editable=False, default="")
    action_label = models.CharField(
        "action button text",
        max_length=120,
        help_text="The text of the main action button, for example “Call {number}”.",
    )
    action_url = models.CharField(
        "action link",
        max_length=500,
        validators=[validate_button_link],
        help_text="Where the button goes: tel:{number}, an https:// address or a page here "
        "starting with /.",
    )
    meanwhile = MarkdownxField(
        "in the meantime",
        help_text="What to do in the meantime, in Markdown (for example: stop running).",
        validators=[validate_markdown_links],
    )
    meanwhile_html = models.TextField(editable=False, default="")
    source_title = models.CharField(
        "source", max_length=200, blank=True,
        help_text="The guidance this advice follows, for example “NHS: When to go to A&E”.",
    )
    source_url = models.URLField(
        "source web address", max_length=500, blank=True, validators=[HTTPS_ONLY],
        help_text="The guidance's https:// address. Readers see it with the advice.",
    )
    updated = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "care advice"
        verbose_name_plural = "care advice"
        ordering = ["tier"]
        constraints = [
            models.CheckConstraint(**button_link_constraint("action_url", "care_advice_link_safe")),
        ]

    def __str__(self):
        return self.get_tier_display()

    def save(self, *args, **kwargs):
        self.what_to_do_html = render(self.what_to_do)
        self.meanwhile_html = render(self.meanwhile)
        super().save(*args, **kwargs)


class WarningSignQuerySet(ContentQuerySet):
    def active(self):
        return self.filter(is_active=True)

    def most_urgent_first(self):
        """The signs as a list, ranked as Tier declares (not alphabetically), then in their own
        order. Ranked here rather than by the database: the few signs sort in microseconds,
        while building the database's CASE for it cost a reader's page more than its query."""
        signs = self.order_by("order", "id")
        return sorted(signs, key=lambda sign: Tier.values.index(sign.tier_id))


class WarningSign(ContentModel):
    sign = models.CharField(
        "warning sign",
        max_length=300,
        help_text="The warning sign as a reader would say it, for example "
        "“I cannot put weight on my leg”.",
    )
    why_it_matters = models.TextField(
        help_text="One or two plain sentences on why this sign needs care, shown with the result."
    )
    tier = models.ForeignKey(
        CareAdvice,
        verbose_name="how urgent",
        to_field="tier",
        on_delete=models.PROTECT,
        related_name="warning_signs",
        limit_choices_to=~Q(tier=Tier.NONE),
        help_text="How soon someone with this sign needs care. The most urgent sign a reader "
        "ticks decides the advice they get.",
    )
    order = models.PositiveIntegerField(
        "position",
        default=0,
        help_text="Position within its level of urgency. Lower numbers come first.",
    )
    is_active = models.BooleanField(
        "active", default=True, help_text="Untick to hide this sign without deleting it."
    )
    conditions = models.ManyToManyField(
        Condition,
        verbose_name="related conditions",
        blank=True,
        related_name="warning_signs",
        help_text="Conditions this sign can point to. Their pages list the sign in the care "
        "card for its level of urgency.",
    )
    source_title = models.CharField(
        "source", max_length=200, default="",
        help_text="The guideline the sign's level of urgency follows, for example “NICE NG234: "
        "Spinal metastases and metastatic spinal cord compression”. Readers see it under "
        "“Why this matters” in the checklist result.",
    )
    source_url = models.URLField(
        "source web address", max_length=500, default="", validators=[HTTPS_ONLY],
        help_text="The guideline's https:// address.",
    )
    updated = models.DateTimeField(auto_now=True)

    objects = WarningSignQuerySet.as_manager()
    # Each version also keeps the conditions the sign pointed to then, so a condition's
    # history can say when a sign was linked to it or unlinked.
    history = HistoricalRecords(m2m_fields=[conditions])

    class Meta:
        verbose_name = "warning sign"
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(tier=Tier.NONE), name="warning_sign_tier_is_a_warning_level"
            ),
        ]

    def __str__(self):
        return self.sign
