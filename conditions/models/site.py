"""The site's own texts: one editable row."""

import html
import re

from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.cache import versioned
from conditions.markdown import render
from conditions.models.content import ContentModel, ContentQuerySet


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
    review_byline = models.CharField(
        max_length=300,
        default="Reviewed by {name}, {qualification}, on {date}. Next review due {next_date}.",
        help_text="Shown on every condition page a clinical reviewer has approved. {name}, "
        "{qualification}, {date} and {next_date} are filled in.",
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

    def byline(self, condition):
        """The review byline for a condition page, or "" until a reviewer has approved it."""
        profile = condition.reviewer_profile
        if profile is None:
            return ""
        filled = {
            "{name}": profile.display_name,
            "{qualification}": profile.qualification,
            "{date}": date_format(condition.last_reviewed, "j F Y"),
            "{next_date}": date_format(condition.next_review_due, "j F Y"),
        }
        text = self.review_byline
        for placeholder, value in filled.items():
            text = text.replace(placeholder, value)
        return text

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
