"""Previews of changes awaiting review, where readers meet the item; and the one note box."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conditions.models import CareAdvice, PendingChange, SiteText
from tests.conftest import approve_pending, signed_in
from tests.test_signoff import change_url, propose, review_url
from tests.users import make_user

pytestmark = pytest.mark.django_db
BANNER = "Preview of a change awaiting clinical review."


def preview_url(change):
    return reverse("admin:conditions_pendingchange_preview", args=[change.pk])


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]


@pytest.fixture(params=["warning sign", "care advice", "site text"])
def proposed(request, editor, sign):
    """A change awaiting review to each kind of item, and words only its new version has."""
    if request.param == "warning sign":
        return propose(editor, sign, why_it_matters="Clicking with pain needs a check."), \
            "Clicking with pain needs a check."
    if request.param == "care advice":
        advice = CareAdvice.objects.get(tier="soon")
        return propose(editor, advice, heading="Book a GP appointment this week"), \
            "Book a GP appointment this week"
    return propose(editor, SiteText.objects.get(), hub_title="Hip pain that runs down your leg"), \
        "Hip pain that runs down your leg"


def test_a_preview_shows_the_proposed_version_with_the_banner(editor, proposed):
    change, words = proposed
    response = editor.get(preview_url(change))
    html = response.content.decode()
    assert words in html
    assert BANNER in html


def test_a_preview_writes_nothing_and_is_never_cached(editor, client, proposed):
    change, words = proposed
    editor.get(preview_url(change))  # the session and sign-in settle on a first visit
    with CaptureQueriesContext(connection) as queries:
        response = editor.get(preview_url(change))
    assert response.status_code == 200
    assert writes(queries) == []
    assert "no-store" in response["Cache-Control"]
    assert words not in client.get(reverse("conditions:hub")).content.decode()


def test_a_preview_is_refused_to_readers_and_to_staff_without_the_right(client, proposed):
    change, words = proposed
    assert client.get(preview_url(change)).status_code == 302
    staff = signed_in(make_user("no-rights"))
    assert staff.get(preview_url(change)).status_code == 403


def test_the_queue_links_a_warning_sign_change_to_its_checklist_preview(editor, reviewer, sign):
    change = propose(editor, sign, sign="My hip clicks and hurts")
    html = reviewer.get(review_url(change)).content.decode()
    assert "Preview the checklist result as it will look" in html
    assert preview_url(change) in html


def test_a_deletion_has_no_preview(editor, sign):
    editor.post(reverse("admin:conditions_warningsign_delete", args=[sign.pk]), {"post": "yes"})
    change = PendingChange.objects.open_for(sign)
    assert editor.get(preview_url(change)).status_code == 404


def test_a_clinical_form_has_one_note_box(editor, sign):
    html = editor.get(change_url(sign)).content.decode()
    assert html.count('name="review_note"') == 1
    assert 'name="change_reason"' not in html
    assert "Why are you changing this?" in html


def test_the_one_note_reaches_the_queue_and_the_history(editor, reviewer, sign):
    change = propose(editor, sign, sign="My hip clicks", review_note="Shorter, as NICE words it.")
    assert "Shorter, as NICE words it." in reviewer.get(review_url(change)).content.decode()
    approve_pending(sign)
    assert sign.history.first().history_change_reason == "Shorter, as NICE words it."
