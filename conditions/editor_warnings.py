"""Content checks run after each admin save: warnings for editors, never a block.

They read the Markdown as the editor wrote it, before cleaning: cleaning drops a top-level
heading's tag, and the editor needs to hear about it. The writing help (reading grade, long
sentences, unexplained medical words) is in conditions/writing.py, shared with the live preview.
"""

import re
from html.parser import HTMLParser

from django.utils.text import capfirst
from markdownx.models import MarkdownxField

from conditions.markdown import markdown_html
from conditions.models import GlossaryTerm, SiteText
from conditions.writing import WritingHelp

# Longer descriptions are cut off in search results.
SUMMARY_MAX = 160
VAGUE_LINK_TEXTS = {
    "click here", "click", "here", "read more", "more", "link", "this link", "this page",
    "more info", "more information", "find out more", "learn more", "go", "see here",
}
# Wording that means "get help now": it belongs in a care card, not in a condition's sections.
URGENCY_WORDS = [r"\{number\}", r"same[ -]day", r"A&E", r"emergenc", r"call 9", r"999\b",
                 r"911\b", r"112\b"]
BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
# Every page already has its H1: the title. Body headings start at H2.
TOP_LEVEL = 1


class _Outline(HTMLParser):
    """Collects the headings, images and links of a piece of HTML."""

    def __init__(self):
        super().__init__()
        self.headings = []
        self.images = []
        self.links = []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "img":
            self.images.append(attrs)
            if self._link is not None:
                self._link["text"] += attrs.get("alt") or ""
        elif tag == "a":
            self._link = {"href": attrs.get("href") or "", "text": ""}

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append(self._link)
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data


def markdown_warnings(text, label):
    """Accessibility problems in one Markdown field, each as a sentence naming the field."""
    outline = _Outline()
    outline.feed(markdown_html(text))
    warnings = []
    for image in outline.images:
        if not (image.get("alt") or "").strip():
            warnings.append(
                f"{label}: the image {image.get('src', '')} has no alt text. Describe it for "
                "readers who cannot see it: ![what the image shows](address)."
            )
    if TOP_LEVEL in outline.headings:
        warnings.append(
            f"{label}: has a top-level heading (“# ”). The page title is the only one, so it "
            "shows as plain text: start sections with “## ”."
        )
    level = TOP_LEVEL
    for heading in outline.headings:
        if heading > level + 1:
            warnings.append(
                f"{label}: a level {heading} heading follows a level {level} heading. "
                f"Use “{'#' * (level + 1)} ” so screen reader users do not think part is missing."
            )
        level = heading
    for link in outline.links:
        text = " ".join(link["text"].split())
        if text.lower().strip(" .!:…") in VAGUE_LINK_TEXTS:
            warnings.append(
                f"{label}: the link “{text}” does not say where it goes. Use words that make "
                "sense on their own, such as the page's title."
            )
        elif BARE_URL.match(text):
            warnings.append(
                f"{label}: the link text is a bare web address ({text}). Use words that say "
                "where it goes."
            )
    return warnings


def summary_warnings(summary):
    summary = (summary or "").strip()
    if not summary:
        return [
            "Summary: is empty. Search engines and the hub show it: write one or two sentences."
        ]
    if len(summary) > SUMMARY_MAX:
        return [
            f"Summary: is {len(summary)} characters long. Search results cut it off after "
            f"{SUMMARY_MAX}: shorten it."
        ]
    return []


def urgency_warnings(text, label, emergency_number):
    """Urgent advice typed into a section: it belongs in a warning sign, so pages never differ.

    A page's "When to get help" cards are built from its linked warning signs; advice typed
    into a section can contradict them, and a typed number goes stale when the number changes.
    """
    words = URGENCY_WORDS
    if emergency_number:
        words = [*words, re.escape(emergency_number)]
    found = re.search(rf"(?<!\w)(?:{'|'.join(words)})", text or "", re.IGNORECASE)
    if not found:
        return []
    return [
        f"{label}: says “{found.group(0)}”. Advice on when to get urgent help belongs in a "
        "warning sign linked to this condition: the page shows it in the right care card, "
        "with the current emergency number."
    ]


def markdown_fields(obj):
    """(field name, label, Markdown) for each Markdown field of `obj`."""
    for field in obj._meta.get_fields():
        if isinstance(field, MarkdownxField):
            yield field.name, capfirst(field.verbose_name), getattr(obj, field.name)


def content_checks(obj):
    """The rules a saved object breaks: its Markdown fields, and its summary if it has one."""
    warnings = []
    if hasattr(obj, "summary"):
        warnings += summary_warnings(obj.summary)
    sections = getattr(obj, "SECTIONS", [])
    number = SiteText.objects.current().emergency_number if sections else ""
    for name, label, text in markdown_fields(obj):
        warnings += markdown_warnings(text, label)
        if name in sections:
            warnings += urgency_warnings(text, label, number)
    return warnings


def writing_warnings(obj):
    """The writing help for each Markdown field on its own: readers may start at any section."""
    glossary = GlossaryTerm.objects.all()
    title = getattr(obj, "title", "")
    return [
        warning for _, label, text in markdown_fields(obj)
        for warning in WritingHelp.of(text, glossary=glossary, title=title).warnings(label)
    ]


def content_warnings(obj):
    """Every warning for a saved object: the rules it breaks, then the writing help."""
    return content_checks(obj) + writing_warnings(obj)
