from django import template

register = template.Library()


@register.filter
def with_number(text, number):
    """Fill the {number} placeholder editors use for the site's emergency number."""
    return text.replace("{number}", number)


@register.filter
def phone_href(text, number):
    """As with_number, for a tel: link, where spaces are not allowed."""
    return text.replace("{number}", number.replace(" ", ""))
