"""The one Markdown renderer: used on save for public pages and by the admin's live preview."""

import markdown as markdown_lib
import nh3

from conditions.links import markdown_link_filter

ALLOWED_TAGS = {
    "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
    "ul", "ol", "li", "strong", "em", "b", "i", "code", "pre",
    "a", "img", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
}
# Relative URLs are allowed by nh3 whatever this says; it only limits absolute ones, so
# markdown_link_filter removes relative ones that leave the site (//evil.example).
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def markdown_html(text):
    """Markdown to HTML before cleaning: for the content checks, never for a page."""
    return markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"])


def render(text):
    """Render editor Markdown to HTML that is safe to show to readers."""
    return nh3.clean(
        markdown_html(text),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=markdown_link_filter,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
