"""The conditions readers read about, and the sources each page cites."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import FirstValue, Lag, Lead
from django.urls import reverse
from django.utils import timezone
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.markdown import render
from conditions.models.content import ContentModel, ContentQuerySet


class ReviewStatus(models.TextChoices):
    CURRENT = "current", "Current"
    DUE = "due", "Due within 30 days"
    OVERDUE = "overdue", "Overdue"


# How far ahead a review counts as due, so editors can plan it.
REVIEW_NOTICE = datetime.timedelta(days=30)


class ConditionQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=Condition.Status.PUBLISHED, publish_at__lte=timezone.now())

    def next_publication(self):
        """When the next scheduled page goes live, if one is waiting."""
        scheduled = self.filter(status=Condition.Status.PUBLISHED, publish_at__gt=timezone.now())
        return scheduled.aggregate(at=models.Min("publish_at"))["at"]

    def visible_to(self, user):
        if user.is_staff:
            return self
        return self.published()

    def linked_to(self, warning_signs):
        return self.filter(warning_signs__in=warning_signs).distinct()

    def summaries(self):
        """What lists need: everything but the page bodies."""
        return self.defer("body", "body_html", "signs_or_symptoms", "treatments")

    def page(self, slug):
        """One condition with its previous and next neighbours, found in a single query."""
        window = {"order_by": [F("order").asc(), F("title").asc()]}
        return self.annotate(
            previous_slug=models.Window(Lag("slug"), **window),
            previous_title=models.Window(Lag("title"), **window),
            next_slug=models.Window(Lead("slug"), **window),
            next_title=models.Window(Lead("title"), **window),
            # A filter on a window is applied after the windows are computed; a plain
            # slug filter would run first and leave each page without neighbours.
            page_slug=models.Window(FirstValue("slug"), partition_by=[F("id")]),
        ).filter(page_slug=slug)

    def review_status(self, status):
        """Conditions whose clinical review is current, due soon or overdue."""
        today = timezone.localdate()
        if status == ReviewStatus.OVERDUE:
            return self.filter(next_review_due__lt=today)
        notice = today + REVIEW_NOTICE
        if status == ReviewStatus.DUE:
            return self.filter(next_review_due__gte=today, next_review_due__lte=notice)
        return self.filter(next_review_due__gt=notice)


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
        max_length=120,
        unique=True,
        help_text="The last part of the page's web address. Changing it breaks links to the page.",
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
    body = MarkdownxField(
        help_text="The page, in Markdown. Use “## ” for section headings (Overview, Symptoms, "
        "Causes, What helps, When to get help, Running again). The preview shows exactly "
        "what readers will see.",
    )
    body_html = models.TextField(editable=False, default="")
    order = models.PositiveIntegerField(
        default=0, help_text="Position on the hub and in lists. Lower numbers come first."
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

    class Meta:
        ordering = ["order", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(next_review_due__gte=F("last_reviewed")),
                name="condition_review_due_after_last_review",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conditions:detail", args=[self.slug])

    def save(self, *args, **kwargs):
        self.body_html = render(self.body)
        super().save(*args, **kwargs)

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


class Reference(ContentModel):
    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="references")
    title = models.CharField(max_length=200, help_text="The title of the page or paper.")
    publisher = models.CharField(
        max_length=200, help_text="Who published it, for example “NHS” or “Mayo Clinic”."
    )
    url = models.URLField("web address", max_length=500, help_text="The full https:// address.")
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers are listed first.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.title} ({self.publisher})"
