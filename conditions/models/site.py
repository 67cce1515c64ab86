"""The site's own texts: one editable row."""

import html
import re

from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator
from markdownx.models import MarkdownxField
from simple_history.models import HistoricalRecords

from conditions.links import button_link_constraint, validate_button_link, validate_markdown_links
from conditions.markdown import render
from conditions.models.content import ContentModel, ContentQuerySet
from conditions.models.explorer_texts import ExplorerTexts

# Sources are cited to readers: only secure addresses.
HTTPS_ONLY = URLValidator(schemes=["https"], message="Use an https:// address.")


def heading(default):
    return models.CharField(
        f"“{default.lower()}” heading",
        max_length=100,
        default=default,
        help_text="A section heading on every condition page, also listed at the top of it.",
    )


class SiteTextQuerySet(ContentQuerySet):
    def current(self):
        """The one row of site texts."""
        # An unsaved blank row keeps pages up on a database that has not been seeded.
        return self.filter(pk=SiteText.SINGLETON_ID).first() or SiteText()


class SiteText(ExplorerTexts, ContentModel):
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
    hub_intro = MarkdownxField(
        help_text="The opening of the home page, in Markdown.",
        validators=[validate_markdown_links],
    )
    hub_intro_html = models.TextField(editable=False, default="")
    care_intro = MarkdownxField(
        "“when to seek professional care” introduction",
        help_text="Introduces the warning signs on the home page, in Markdown.",
        validators=[validate_markdown_links],
    )
    care_intro_html = models.TextField(editable=False, default="")
    cta_heading = models.CharField(
        "call to action heading", max_length=200, help_text="Heading of the appointment box."
    )
    cta_text = MarkdownxField(
        "call to action text", help_text="The appointment box's text.",
        validators=[validate_markdown_links],
    )
    cta_text_html = models.TextField(editable=False, default="")
    cta_link_label = models.CharField(
        "call to action link text",
        max_length=120,
        help_text="Says where the link goes. Never “click here”.",
    )
    cta_url = models.CharField(
        "call to action web address",
        max_length=500,
        validators=[validate_button_link],
        help_text="Where the call to action goes: an https:// address, an address on this site "
        "starting with /, a tel: phone link or a mailto: email link.",
    )
    disclaimer = MarkdownxField(
        "medical disclaimer",
        help_text="Shown at the foot of every page, in Markdown. "
        "{number} is replaced by the emergency number.",
        validators=[validate_markdown_links],
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
        help_text="What the checklist does, in Markdown. Say plainly it is not a diagnosis.",
        validators=[validate_markdown_links],
    )
    checklist_intro_html = models.TextField(editable=False, default="")
    checklist_emergency_notice = MarkdownxField(
        help_text="Shown above the checklist for anyone who already knows it is an emergency, "
        "in Markdown. {number} is replaced by the emergency number.",
        validators=[validate_markdown_links],
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
        validators=[RegexValidator(r"^\+?[0-9][0-9 ]*$", "Use digits only, for example 911.")],
        help_text="The local emergency phone number. Every text that says {number} shows it, "
        "on every page and in the checklist.",
    )
    emergency_number_note = models.CharField(
        max_length=300,
        default="",
        help_text="Shown wherever the emergency number stands out, for readers in other "
        "countries, for example “If you are not in the US, call your local emergency number: "
        "999 in the UK, 112 in the EU, 000 in Australia.”",
    )
    medicines_caution = MarkdownxField(
        default="",
        help_text="Who should ask a pharmacist or doctor before taking anti-inflammatory "
        "painkillers, in Markdown. Shown on every condition page that suggests them. Give no "
        "doses.",
        validators=[validate_markdown_links],
    )
    medicines_caution_html = models.TextField(editable=False, default="")
    medicines_caution_source_title = models.CharField(
        "medicines caution source", max_length=200, default="",
        help_text="The guidance the caution follows, for example “NHS: Ibuprofen for adults”.",
    )
    medicines_caution_source_url = models.URLField(
        "medicines caution source web address", max_length=500, default="",
        validators=[HTTPS_ONLY],
    )
    contents_heading = models.CharField(
        max_length=100, default="On this page",
        help_text="Heading of the list of sections at the top of a condition page.",
    )
    overview_heading = heading("Overview")
    symptoms_heading = heading("Symptoms")
    causes_heading = heading("Causes")
    how_long_heading = heading("How long it lasts")
    things_to_do_heading = heading("Things you can do")
    things_to_avoid_heading = heading("Things to avoid")
    diagnosis_heading = heading("How it is diagnosed")
    who_can_help_heading = heading("Who can help")
    when_to_get_help_heading = models.CharField(
        "“when to get help” heading", max_length=100, default="When to get help",
        help_text="Heading of a condition page's care cards, built from its warning signs.",
    )
    running_again_heading = heading("Running again")
    care_card_signs_intro = models.CharField(
        "care card signs introduction", max_length=100, default="If you have:",
        help_text="Introduces the warning signs listed in each care card.",
    )
    source_label = models.CharField(
        max_length=60, default="Source:",
        help_text="Shown before the guideline a piece of advice follows, in the checklist "
        "result and under the medicines caution.",
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
            models.CheckConstraint(**button_link_constraint("cta_url", "site_text_cta_url_safe")),
        ]

    def __str__(self):
        return "Site texts"

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_ID
        self.hub_intro_html = render(self.hub_intro)
        self.care_intro_html = render(self.care_intro)
        self.cta_text_html = render(self.cta_text)
        self.disclaimer_html = render(self.disclaimer)
        self.checklist_intro_html = render(self.checklist_intro)
        self.checklist_emergency_notice_html = render(self.checklist_emergency_notice)
        self.medicines_caution_html = render(self.medicines_caution)
        self.render_explorer_texts()
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
