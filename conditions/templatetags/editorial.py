from django import template

from conditions.models import Condition, PendingChange, ReviewStatus

register = template.Library()


def reviews(user, status):
    may_see = ("conditions.view_condition", "conditions.change_condition")
    if not any(user.has_perm(permission) for permission in may_see):
        return Condition.objects.none()
    found = Condition.objects.review_status(status)
    return found.only("title", "next_review_due").order_by("next_review_due")


@register.simple_tag
def overdue_reviews(user):
    """Conditions past their review date, for the admin's front page."""
    return reviews(user, ReviewStatus.OVERDUE)


@register.simple_tag
def due_reviews(user):
    """Conditions due for review within the notice period, so editors can plan them."""
    return reviews(user, ReviewStatus.DUE)


@register.simple_tag
def corrections_to_check(user):
    """Urgent corrections a second reviewer has still to check, for the admin's front page."""
    if not user.has_perm("conditions.view_pendingchange"):
        return PendingChange.objects.none()
    return PendingChange.objects.awaiting_second_check().select_related("content_type", "author")
