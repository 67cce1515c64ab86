"""Which links editors may type, checked in the admin, at the model and when Markdown renders.

Browsers run a ``javascript:`` link as code, and read ``//evil.example`` (or ``/\\evil.example``,
backslashes count as slashes) as an address on another site; neither may reach a page.
"""

import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.db.models import Q

# A link within the site: one slash and then anything but another slash or a backslash.
ON_THE_SITE = r"/(?![/\\])"
# Markdown links and images: the web, email, a page here or a place on the same page.
MARKDOWN_LINK = re.compile(rf"(?:https?://|mailto:|{ON_THE_SITE}|#)", re.IGNORECASE)
# The care advice's button and the call to action may also call a phone number.
BUTTON_LINK = re.compile(rf"(?:tel:|https?://|mailto:|{ON_THE_SITE})", re.IGNORECASE)
# No spaces or control characters anywhere: browsers skip some of them inside a scheme.
NO_HIDDEN_CHARACTERS = re.compile(r"[^\s\x00-\x1f\x7f]*")

BUTTON_LINK_RULE = (
    "Use a phone link (tel:{number} or tel:0800…), a web address starting with https:// or "
    "http://, an email link (mailto:…) or an address on this site starting with a single /."
)
MARKDOWN_LINK_RULE = (
    "Links and images may only go to web addresses starting with https:// or http://, email "
    "(mailto:…), an address on this site starting with a single / or a place on the page (#…)."
)


def allowed(pattern, value):
    return bool(pattern.match(value)) and bool(NO_HIDDEN_CHARACTERS.fullmatch(value))


def validate_button_link(value):
    if not allowed(BUTTON_LINK, value):
        raise ValidationError(f"“{value}” cannot be used as a link. {BUTTON_LINK_RULE}",
                              code="unsafe_link")


def button_link_constraint(field, name):
    """The same rule in the database, so no other way of saving can store a script link."""
    on_the_site = Q(**{f"{field}__startswith": "/"}) & ~Q(**{f"{field}__startswith": "//"}) & ~Q(
        **{f"{field}__startswith": "/\\"}
    )
    schemes = Q()
    for prefix in ("tel:", "https://", "http://", "mailto:"):
        schemes |= Q(**{f"{field}__istartswith": prefix})
    return {"condition": schemes | on_the_site, "name": name,
            "violation_error_message": BUTTON_LINK_RULE}


def markdown_link_filter(element, attribute, value):
    """nh3's attribute filter: a link or image address outside the rule is removed."""
    if attribute in {"href", "src"} and not allowed(MARKDOWN_LINK, value):
        return None
    return value


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.links += [value or "" for name, value in attrs if name in {"href", "src"}]


def validate_markdown_links(text):
    """Refuse Markdown with a link the page would drop, so the editor knows and can fix it."""
    # Imported here: the renderer imports this module for its filter.
    from conditions.markdown import markdown_html

    collector = LinkCollector()
    collector.feed(markdown_html(text))
    refused = [link for link in collector.links if not allowed(MARKDOWN_LINK, link)]
    if refused:
        raise ValidationError(
            f"This text links to {', '.join(f'“{link}”' for link in refused)}. "
            f"{MARKDOWN_LINK_RULE}",
            code="unsafe_link",
        )
