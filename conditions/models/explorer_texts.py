"""The explorer's and search's words, part of the site texts (conditions/models/site.py)."""

from django.db import models
from markdownx.models import MarkdownxField

from conditions.links import validate_markdown_links
from conditions.markdown import render


class ExplorerTexts(models.Model):
    """Every text the explorer and search show readers, and the sentences built from them."""

    explorer_title = models.CharField(
        "explorer title", max_length=200, default="",
        help_text="The explorer page's main heading, for example “Where does it hurt?”.",
    )
    explorer_link_label = models.CharField(
        max_length=120, default="",
        help_text="The text of links to the explorer from the navigation and the home page.",
    )
    explorer_intro = MarkdownxField(
        default="", help_text="What the explorer does, in Markdown. Say it is not a diagnosis.",
        validators=[validate_markdown_links],
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
        validators=[validate_markdown_links],
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

    class Meta:
        abstract = True

    def render_explorer_texts(self):
        self.explorer_intro_html = render(self.explorer_intro)
        self.explorer_not_a_diagnosis_html = render(self.explorer_not_a_diagnosis)

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
