"""Tags that tell search engines and link previews what each page is."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from conditions import structured_data

register = template.Library()

# What Django's json_script escapes: nothing inside can end the script element or open markup.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    # The one place mark_safe is used. Safe because json.dumps escapes quotes and backslashes
    # inside strings and the translation above leaves no "<", ">" or "&" anywhere, so no text
    # an editor writes can close the script element or start markup (as json_script does).
    # The script is a data block (type application/ld+json): browsers never run it.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without any query string, so every variant points to one page."""
    request = context["request"]
    return request.build_absolute_uri(request.path)


@register.simple_tag(takes_context=True)
def condition_json_ld(context, condition):
    return json_ld(structured_data.condition_page(condition, context["request"]))


@register.simple_tag(takes_context=True)
def review_byline(context, condition):
    """"Reviewed by …" in the site's words, or "" until a clinical reviewer has approved it."""
    return context["site"].byline(condition)


@register.simple_tag(takes_context=True)
def hub_json_ld(context, conditions):
    return json_ld(structured_data.hub_page(context["site"], conditions, context["request"]))
