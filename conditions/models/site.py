"""The site's own texts: one editable row."""

import html
import re

from django.db import models
from django.db.models import Q
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
    explorer_title = models.CharField(
        "explorer title", max_length=200, default="",
        help_text="The explorer page's main heading, for example “Where does it hurt?”.",
    )
    explorer_link_label = models.CharField(
        max_length=120, default="",
        help_text="The text of links to the explorer from the navigation and the home page.",
    )
    explorer_intro = MarkdownxField(
        default="", help_text="What the explorer does, in Markdown. Say it is not a diagnosis."
    )
    explorer_intro_html = models.TextField(editable=False, default="")
    explorer_areas_legend = models.CharField(
        max_length=200, default="", help_text="The question above the body diagram."
    )
    explorer_areas_hint = models.CharField(
        max_length=300, default="", blank=True, help_text="A short hint under that question."
    )
    explorer_factors_legend = models.CharField(
        max_length=200, default="", help_text="The question above what the pain is like."
    )
    explorer_factors_hint = models.CharField(
        max_length=300, default="", blank=True, help_text="A short hint under that question."
    )
    explorer_button = models.CharField(
        max_length=60, default="", help_text="The button that shows the result."
    )
    explorer_result_title = models.CharField(
        max_length=200, default="", help_text="The result's main heading."
    )
    explorer_not_a_diagnosis = MarkdownxField(
        default="",
        help_text="Shown on every explorer result, in Markdown: it is not a diagnosis, "
        "and where to go instead.",
    )
    explorer_not_a_diagnosis_html = models.TextField(editable=False, default="")
    explorer_best_heading = models.CharField(
        max_length=200, default="", help_text="Heading over the conditions that fit best."
    )
    explorer_less_heading = models.CharField(
        max_length=200, default="", help_text="Heading over the conditions that fit less well."
    )
    explorer_no_fit = models.CharField(
        max_length=300, default="",
        help_text="Shown when nothing the reader chose fits any condition.",
    )
    explorer_typical = models.CharField(
        max_length=200, default="",
        help_text="The reason sentence for typical matches. {answers} becomes what the reader "
        "chose, {condition} the condition's name: “You said {answers}: typical of {condition}”.",
    )
    explorer_possible = models.CharField(
        max_length=200, default="",
        help_text="The same for possible matches: “You said {answers}: possible with "
        "{condition}”.",
    )
    explorer_and = models.CharField(
        "explorer “and”", max_length=20, default="and",
        help_text="The word that joins the last two answers in a reason sentence.",
    )
    explorer_more = models.CharField(
        max_length=120, default="",
        help_text="The link to a condition's page from a result. {condition} becomes its name.",
    )
    explorer_change = models.CharField(
        max_length=60, default="", help_text="The button that goes back to change the answers."
    )
    explorer_privacy = models.CharField(
        max_length=300, default="",
        help_text="One short sentence telling readers their answers are not stored.",
    )
    diagram_alt = models.CharField(
        max_length=300, default="",
        help_text="Under the body diagram on condition pages, and what screen readers hear for "
        "it. {areas} becomes the highlighted areas.",
    )
    search_label = models.CharField(
        max_length=60, default="", help_text="The search box's label in the header."
    )
    search_button = models.CharField(max_length=30, default="", help_text="The search button.")
    search_title = models.CharField(
        max_length=200, default="", help_text="The search page's main heading."
    )
    search_results = models.CharField(
        max_length=200, default="",
        help_text="Above the results. {count} becomes the number found, {query} the words.",
    )
    search_nothing = models.CharField(
        max_length=300, default="",
        help_text="When nothing is found. {query} becomes the words searched for. "
        "Links to the explorer and the checklist follow.",
    )
    search_privacy = models.CharField(
        max_length=300, default="",
        help_text="One short sentence telling readers their searches are not stored.",
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
        self.explorer_intro_html = render(self.explorer_intro)
        self.explorer_not_a_diagnosis_html = render(self.with_number(self.explorer_not_a_diagnosis))
        super().save(*args, **kwargs)

    def with_number(self, text):
        return text.replace("{number}", self.emergency_number)

    def reason(self, fit, links, condition):
        """One reason sentence: "You said the outside of your hip, and that it hurts to lie on
        that side: typical of trochanteric bursitis", from editable pieces."""
        said = [getattr(link, "area", None) or link.factor for link in links]
        answers = self.listed([choice.you_said for choice in said], comma=",")
        template = self.explorer_typical if fit == "typical" else self.explorer_possible
        # Mid-sentence, "Sciatica" reads "sciatica"; "IT band syndrome" keeps its capitals.
        title = condition.title
        name = title if title[1:2].isupper() else title[:1].lower() + title[1:]
        return template.replace("{answers}", answers).replace("{condition}", name)

    def listed(self, items, comma=""):
        """"a, b and c" in the site's own word for "and"."""
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])}{comma} {self.explorer_and} {items[-1]}"

    def diagram_text(self, areas):
        return self.diagram_alt.replace("{areas}", self.listed([a.name.lower() for a in areas]))

    def found(self, results, query):
        """The line above search results; the query stays plain text, escaped in the page."""
        return self.search_results.replace("{count}", str(len(results))).replace("{query}", query)

    def nothing_found(self, query):
        return self.search_nothing.replace("{query}", query)

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
