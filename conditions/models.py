import datetime
import html
import re

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import FirstValue, Lag, Lead
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.cache import content_changed, versioned
from conditions.markdown import render


class Tier(models.TextChoices):
    """How soon a reader needs care. Declared most urgent first; that order is the ranking."""

    EMERGENCY = "emergency", "Emergency: call the emergency number"
    URGENT = "urgent", "Urgent: get care today"
    SOON = "soon", "Soon: book an appointment"
    NONE = "none", "No warning signs: self-care"


class ReviewStatus(models.TextChoices):
    CURRENT = "current", "Current"
    DUE = "due", "Due within 30 days"
    OVERDUE = "overdue", "Overdue"


# How far ahead a review counts as due, so editors can plan it.
REVIEW_NOTICE = datetime.timedelta(days=30)


class ContentQuerySet(models.QuerySet):
    """Bulk edits (the admin's delete action) retire cached pages just as saves do."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        content_changed()
        return rows

    def delete(self):
        deleted = super().delete()
        content_changed()
        return deleted


class ContentModel(models.Model):
    """Something readers see: saving or deleting one retires every cached page at once.

    Editors change warning signs' conditions in the admin, which saves the sign or the
    condition in the same transaction, so the version made on commit covers those links too.
    """

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        content_changed()
        return deleted


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

    def linked_to(self, red_flags):
        return self.filter(red_flags__in=red_flags).distinct()

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


class CareTier(ContentModel):
    """What a reader should do for one level of urgency, written by editors."""

    tier = models.CharField(
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
        max_length=60,
        help_text="Read out by screen readers before the heading, for example “Emergency:”. "
        "Not shown on screen.",
    )
    what_to_do = MarkdownxField(
        help_text="What to do now, in Markdown. Keep it short: one action, then the detail."
    )
    what_to_do_html = models.TextField(editable=False, default="")
    action_label = models.CharField(
        max_length=120,
        help_text="The text of the main action button, for example “Call {number}”.",
    )
    action_url = models.CharField(
        max_length=500,
        help_text="Where the button goes: tel:{number}, an https:// address or a page here.",
    )
    meanwhile = MarkdownxField(
        help_text="What to do in the meantime, in Markdown (for example: stop running)."
    )
    meanwhile_html = models.TextField(editable=False, default="")
    updated = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "care advice"
        verbose_name_plural = "care advice"
        ordering = ["tier"]

    def __str__(self):
        return self.get_tier_display()

    def save(self, *args, **kwargs):
        self.what_to_do_html = render(self.what_to_do)
        self.meanwhile_html = render(self.meanwhile)
        super().save(*args, **kwargs)


class RedFlagQuerySet(ContentQuerySet):
    def active(self):
        return self.filter(is_active=True)

    def most_urgent_first(self):
        ranking = models.Case(
            *(models.When(tier_id=value, then=rank) for rank, value in enumerate(Tier.values)),
            output_field=models.IntegerField(),
        )
        return self.alias(tier_rank=ranking).order_by("tier_rank", "order", "id")


class RedFlag(ContentModel):
    sign = models.CharField(
        max_length=300,
        help_text="The warning sign as a reader would say it, for example "
        "“I cannot put weight on my leg”.",
    )
    why_it_matters = models.TextField(
        help_text="One or two plain sentences on why this sign needs care, shown with the result."
    )
    tier = models.ForeignKey(
        CareTier,
        to_field="tier",
        on_delete=models.PROTECT,
        related_name="red_flags",
        limit_choices_to=~Q(tier=Tier.NONE),
        help_text="How soon someone with this sign needs care. The most urgent sign a reader "
        "ticks decides the advice they get.",
    )
    order = models.PositiveIntegerField(
        default=0, help_text="Position within its level of urgency. Lower numbers come first."
    )
    is_active = models.BooleanField(
        "active", default=True, help_text="Untick to hide this sign without deleting it."
    )
    conditions = models.ManyToManyField(
        Condition,
        blank=True,
        related_name="red_flags",
        help_text="Conditions this sign can point to. Their pages list the sign.",
    )
    updated = models.DateTimeField(auto_now=True)

    objects = RedFlagQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "warning sign"
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(tier=Tier.NONE), name="red_flag_tier_is_a_warning_level"
            ),
        ]

    def __str__(self):
        return self.sign


class SiteTextQuerySet(ContentQuerySet):
    def current(self):
        """The one row of site texts, kept in the page cache because every page needs it."""
        # An unsaved blank row keeps pages up on a database that has not been seeded.
        return versioned(
            "sitetext", lambda: self.filter(pk=SiteText.SINGLETON_ID).first() or SiteText()
        )


class SiteText(ContentModel):
    SINGLETON_ID = 1

    site_name = models.CharField(
        max_length=60, default="HipGuide", help_text="Shown in the header and page titles."
    )
    hub_title = models.CharField(max_length=200, help_text="The main heading of the home page.")
    care_heading = models.CharField(
        "“when to seek care” heading",
        max_length=200,
        default="When to seek professional medical care",
        help_text="Heading of the home page's warning-signs section.",
    )
    hub_intro = MarkdownxField(help_text="The opening of the home page, in Markdown.")
    hub_intro_html = models.TextField(editable=False, default="")
    care_intro = MarkdownxField(
        "“when to seek professional care” introduction",
        help_text="Introduces the warning signs on the home page, in Markdown.",
    )
    care_intro_html = models.TextField(editable=False, default="")
    cta_heading = models.CharField(
        "call to action heading", max_length=200, help_text="Heading of the appointment box."
    )
    cta_text = MarkdownxField("call to action text", help_text="The appointment box's text.")
    cta_text_html = models.TextField(editable=False, default="")
    cta_link_label = models.CharField(
        "call to action link text",
        max_length=120,
        help_text="Says where the link goes. Never “click here”.",
    )
    cta_url = models.URLField("call to action web address", max_length=500)
    disclaimer = MarkdownxField(
        "medical disclaimer",
        help_text="Shown at the foot of every page, in Markdown. "
        "{number} is replaced by the emergency number.",
    )
    disclaimer_html = models.TextField(editable=False, default="")
    checklist_title = models.CharField(
        max_length=200, help_text="The checklist page's main heading."
    )
    checklist_link_label = models.CharField(
        max_length=120,
        help_text="The text of links to the checklist from the home page and condition pages.",
    )
    checklist_intro = MarkdownxField(
        help_text="What the checklist does, in Markdown. Say plainly it is not a diagnosis."
    )
    checklist_intro_html = models.TextField(editable=False, default="")
    checklist_emergency_notice = MarkdownxField(
        help_text="Shown above the checklist for anyone who already knows it is an emergency, "
        "in Markdown. {number} is replaced by the emergency number."
    )
    checklist_emergency_notice_html = models.TextField(editable=False, default="")
    checklist_legend = models.CharField(
        max_length=200, help_text="The question the checkboxes answer."
    )
    checklist_hint = models.CharField(
        max_length=200, blank=True, help_text="A short hint under the question."
    )
    checklist_privacy = models.CharField(
        max_length=300,
        help_text="One short sentence telling readers their answers are not stored.",
    )
    emergency_number = models.CharField(
        max_length=20,
        default="911",
        help_text="The local emergency phone number, used in the checklist and the disclaimer.",
    )
    updated = models.DateTimeField(auto_now=True)

    objects = SiteTextQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "site texts"
        verbose_name_plural = "site texts"
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="site_text_single_row"),
        ]

    def __str__(self):
        return "Site texts"

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_ID
        self.hub_intro_html = render(self.hub_intro)
        self.care_intro_html = render(self.care_intro)
        self.cta_text_html = render(self.cta_text)
        self.disclaimer_html = render(self.with_number(self.disclaimer))
        self.checklist_intro_html = render(self.checklist_intro)
        self.checklist_emergency_notice_html = render(
            self.with_number(self.checklist_emergency_notice)
        )
        super().save(*args, **kwargs)
    def with_number(self, text):
        return text.replace("{number}", self.emergency_number)

    @property
    def description(self):
        """The hub's opening sentences as plain text, as many as search results show in full."""
        opening = html.unescape(strip_tags(self.hub_intro_html)).strip().split("\n")[0]
        description = ""
        for sentence in re.split(r"(?<=[.!?])\s+", opening):
            if len(f"{description} {sentence}") > 160:
                break
            description = f"{description} {sentence}".strip()
        return description or Truncator(opening).chars(160)
