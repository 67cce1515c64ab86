"""The conditions readers read about."""

import bisect
import datetime
from collections import namedtuple

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.links import validate_markdown_links
from conditions.markdown import render
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.fitting import FittingQuerySet
from conditions.models.search import SearchQuerySet, searchable_text
from hipguide.two_factor import signed_in_fully


class ReviewStatus(models.TextChoices):
    CURRENT = "current", "Current"
    DUE = "due", "Due within 30 days"
    OVERDUE = "overdue", "Overdue"


# How far ahead a review counts as due, so editors can plan it.
REVIEW_NOTICE = datetime.timedelta(days=30)

# A condition page's sections in the order readers meet them. "When to get help" is not one:
# it is built from the warning signs linked to the condition, so it cannot contradict them.
SECTIONS = [
    "overview", "symptoms", "causes", "how_long", "things_to_do", "things_to_avoid",
    "diagnosis", "who_can_help", "running_again",
]
SECTION_HTML = [f"{name}_html" for name in SECTIONS]

# What site search reads, copied into one column (search_text) on every save. The title and
# "also known as" come first: the spelling step learns its words from them.
SEARCHED_FIELDS = ["title", "also_known_as", "summary", *SECTIONS]

Neighbour = namedtuple("Neighbour", "slug title")



class ConditionQuerySet(SearchQuerySet, FittingQuerySet, ContentQuerySet):
    def published(self):
        return self.filter(status=Condition.Status.PUBLISHED, publish_at__lte=timezone.now())

    def scheduled_times(self):
        """When pages scheduled for later go live, soonest first."""
        scheduled = self.filter(status=Condition.Status.PUBLISHED, publish_at__gt=timezone.now())
        return list(scheduled.order_by("publish_at").values_list("publish_at", flat=True))

    def visible_to(self, user):
        """Drafts too for staff who may change content and have signed in fully (both steps)."""
        if signed_in_fully(user) and user.has_perm("conditions.change_condition"):
            return self
        return self.published()

    def linked_to(self, warning_signs):
        return self.filter(warning_signs__in=warning_signs).distinct()

    def summaries(self):
        """What lists need: everything but the page bodies."""
        return self.defer(
            *SECTIONS, *SECTION_HTML, "signs_or_symptoms", "treatments", "search_text"
        )

    def reading_order(self):
        """Every page with a publication status, in reading order, scheduled ones included, so
        the list holds as they go live: (order, title, slug, publish_at) rows. Every worker
        shares one copy per content version (conditions/cache.py), so a page finds its
        neighbours (Condition.neighbours) with no query, however many pages there are."""
        rows = self.filter(status=Condition.Status.PUBLISHED)
        # Sorted here, not by the database: PostgreSQL's collation would order titles otherwise
        # than the Python comparison that Condition.neighbours searches the list with.
        return sorted(rows.values_list("order", "title", "slug", "publish_at"))

    def review_status(self, status):
        """Conditions whose clinical review is current, due soon or overdue."""
        today = timezone.localdate()
        if status == ReviewStatus.OVERDUE:
            return self.filter(next_review_due__lt=today)
        notice = today + REVIEW_NOTICE
        if status == ReviewStatus.DUE:
            return self.filter(next_review_due__gte=today, next_review_due__lte=notice)
        return self.filter(next_review_due__gt=notice)


def section(name, help_text):
    return MarkdownxField(
        name,
        blank=True,
        help_text=f"{help_text} In Markdown, with no headings: the page gives the section its "
        "heading (Site texts). Leave urgent advice to the warning signs. A draft may leave this "
        "empty; a published page needs it.",
        validators=[validate_markdown_links],
    )


class Condition(ContentModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(
        max_length=120,
        help_text="The condition's name as a reader would say it, in sentence case, "
        "for example “IT band syndrome”.",
    )
    slug = models.SlugField(
        "web address",
        max_length=120,
        unique=True,
        help_text="The last part of the page's web address. If you change it, links to the old "
        "address keep working: readers are sent on to the new one.",
    )
    summary = models.CharField(
        max_length=300,
        help_text="One or two plain sentences. Shown on the hub and used as the page's "
        "description in search results, so keep it under 160 characters.",
    )
    where_it_hurts = models.CharField(
        max_length=200,
        help_text="Where a reader usually feels it, in their words, for example "
        "“The outside of your hip and thigh”.",
    )
    signs_or_symptoms = models.TextField(
        blank=True,
        help_text="Short symptoms, one per line. Given to search engines as the "
        "condition's signs and symptoms.",
    )
    treatments = models.TextField(
        blank=True,
        help_text="Short names of what helps, one per line. Given to search engines as "
        "possible treatments.",
    )
    overview = section(
        "overview",
        "What it is, in two or three short paragraphs. Explain each medical word the first "
        "time you use it.",
    )
    overview_html = models.TextField(editable=False, default="")
    symptoms = section("symptoms", "What readers feel and notice, as a list where you can.")
    symptoms_html = models.TextField(editable=False, default="")
    causes = section("causes", "Why it happens, and what makes it more likely in runners.")
    causes_html = models.TextField(editable=False, default="")
    how_long = section(
        "how long it usually lasts", "How long it usually takes to get better, in plain numbers."
    )
    how_long_html = models.TextField(editable=False, default="")
    things_to_do = section(
        "things you can do", "A “Do” list: one thing a reader can do at home on each line."
    )
    things_to_do_html = models.TextField(editable=False, default="")
    things_to_avoid = section(
        "things to avoid", "A “Don't” list: one thing to avoid on each line."
    )
    things_to_avoid_html = models.TextField(editable=False, default="")
    diagnosis = section(
        "how it is diagnosed",
        "What happens at an appointment: questions, examination and any tests or scans.",
    )
    diagnosis_html = models.TextField(editable=False, default="")
    who_can_help = section(
        "who can help",
        "What a pharmacist, a physical therapist and a doctor can each do.",
    )
    who_can_help_html = models.TextField(editable=False, default="")
    running_again = section(
        "running again", "How to get back to running safely, step by step."
    )
    running_again_html = models.TextField(editable=False, default="")
    uses_anti_inflammatories = models.BooleanField(
        "suggests anti-inflammatory medicines",
        default=False,
        help_text="Tick if the page suggests anti-inflammatory painkillers such as ibuprofen. "
        "The page then shows the medicines caution from Site texts.",
    )
    also_known_as = models.TextField(
        blank=True,
        help_text="Other names readers search for, one per line, for example “runner's hip” "
        "or “GTPS”. Site search finds the page by these, and corrects misspellings of them "
        "and of the title.",
    )
    search_text = models.TextField(editable=False, default="")
    order = models.PositiveIntegerField(
        "position",
        default=0,
        help_text="Position on the hub and in lists. Lower numbers come first.",
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text="Readers only see published pages. Drafts are visible to staff, with a banner.",
    )
    publish_at = models.DateTimeField(
        "publish from",
        default=timezone.now,
        help_text="A published page stays hidden from readers until this date and time.",
    )
    last_reviewed = models.DateField(
        default=timezone.localdate,
        help_text="The date a clinician last checked this page was accurate.",
    )
    next_review_due = models.DateField(
        help_text="When this page must next be checked. Usually a year after the last review.",
    )
    reviewed_by = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who last reviewed the page, for example “Dr A Smith, sports medicine "
        "physician”. Leave blank if you do not want a name shown.",
    )
    # Set by a clinical reviewer's approval, never typed: the page's byline names them.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ConditionQuerySet.as_manager()
    history = HistoricalRecords()

    SECTIONS = SECTIONS

    class Meta:
        ordering = ["order", "title"]
        # Pages are listed, and find their neighbours, in this order.
        indexes = [models.Index(fields=["order", "title"], name="condition_reading_order")]
        constraints = [
            models.CheckConstraint(
                condition=Q(next_review_due__gte=F("last_reviewed")),
                name="condition_review_due_after_last_review",
            ),
            # A draft may be half-written; readers only ever see a page with every section.
            models.CheckConstraint(
                condition=Q(status="draft")
                | Q(*(~Q(**{name: ""}) for name in SECTIONS), _connector=Q.AND),
                name="published_condition_has_every_section",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conditions:detail", args=[self.slug])

    def save(self, *args, **kwargs):
        for name in SECTIONS:
            setattr(self, f"{name}_html", render(getattr(self, name)))
        self.search_text = searchable_text(getattr(self, field) for field in SEARCHED_FIELDS)
        super().save(*args, **kwargs)

    def neighbours(self, reading_order):
        """The live pages just before and after this one (a Neighbour each, or None), from
        ConditionQuerySet.reading_order: found by halving the list, not by reading it all."""
        place, now = (self.order, self.title), timezone.now()
        start = bisect.bisect_left(reading_order, place, key=lambda row: row[:2])
        end = bisect.bisect_right(reading_order, place, key=lambda row: row[:2])
        found = []
        for places in (range(start - 1, -1, -1), range(end, len(reading_order))):
            live = (reading_order[i] for i in places if reading_order[i][3] <= now)
            found.append(next((Neighbour(row[2], row[1]) for row in live), None))
        return found

    @property
    def other_names(self):
        return [name.strip() for name in self.also_known_as.splitlines() if name.strip()]

    @property
    def is_live(self):
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def reviewer_profile(self):
        """Who signed the page off, or None while no clinical reviewer has approved it."""
        return getattr(self.reviewer, "reviewer_profile", None) if self.reviewer else None

    @property
    def review_status(self):
        today = timezone.localdate()
        if self.next_review_due < today:
            return ReviewStatus.OVERDUE
        if self.next_review_due <= today + REVIEW_NOTICE:
            return ReviewStatus.DUE
        return ReviewStatus.CURRENT
