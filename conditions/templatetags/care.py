from django import template
from django.utils.html import escape

register = template.Library()


@register.filter
def with_number(text, number):
    """Fill the {number} placeholder editors use for the site's emergency number.

    Stored texts and their HTML keep the placeholder, so changing the number in Site texts
    changes every page at once. The number is escaped because stored HTML is marked safe
    after this (includes/html.html).
    """
    return str(text).replace("{number}", escape(number))


@register.filter
def phone_href(text, number):
    """As with_number, for a tel: link, where spaces are not allowed."""
    return with_number(text, number.replace(" ", ""))
