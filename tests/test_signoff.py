"""Clinical sign-off, in the models: the rules hold whatever the interface does."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from conditions.models import PendingChange
from conditions.models.clinical import values_of
from tests.admin_forms import form_data
from tests.conftest import make_warning_sign
from tests.users import make_editor, make_reviewer

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def review_url(change):
    return reverse("admin:conditions_pendingchange_change", args=[change.pk])


def propose(client, obj, **changes):
    url = change_url(obj)
    response = client.post(url, {**form_data(client.get(url)), **changes})
    assert response.status_code == 302, response.content.decode()[:3000]
    return PendingChange.objects.open_for(obj)


def checklist(client):
    return client.get(reverse("conditions:checklist")).content.decode()


# The model: the rules hold whatever the interface does.

def test_approving_your_own_change_is_refused_through_the_orm(sign):
    author = make_reviewer("author-reviewer")
    change = PendingChange.objects.propose(sign, {"tier": "emergency"}, author)
    with pytest.raises(PermissionDenied):
        change.approve(author)
    sign.refresh_from_db()
    assert sign.tier_id == "soon"


def test_the_database_refuses_a_change_approved_by_its_author(sign):
    author = make_reviewer("author-reviewer")
    change = PendingChange.objects.propose(sign, {"tier": "emergency"}, author)
    with pytest.raises(IntegrityError), transaction.atomic():
        PendingChange.objects.filter(pk=change.pk).update(reviewer=author, state="approved")


def test_an_editor_who_extended_a_change_cannot_approve_it(sign):
    first, second = make_reviewer("first"), make_reviewer("second")
    PendingChange.objects.propose(sign, {"tier": "emergency"}, first)
    change = PendingChange.objects.propose(sign, {"order": 3}, second)
    with pytest.raises(PermissionDenied):
        change.approve(second)


def test_the_database_keeps_one_open_change_per_item(sign):
    author = make_editor()
    PendingChange.objects.propose(sign, {"tier": "emergency"}, author)
    with pytest.raises(IntegrityError), transaction.atomic():
        PendingChange.objects.create(item=sign, values={}, author=author)


def test_an_unapproved_change_reaches_no_reader_page_or_the_checklist(client, seeded_condition):
    sign = make_warning_sign(tier="soon", sign="My hip clicks", conditions=[seeded_condition])
    PendingChange.objects.propose(
        sign, {"sign": "My hip locks up", "tier": "emergency"}, make_editor()
    )
    PendingChange.objects.propose(seeded_condition, {"summary": "An unapproved summary."},
                                  make_editor("editor-2"))
    for page in [reverse("conditions:hub"), seeded_condition.get_absolute_url(),
                 reverse("conditions:list"), reverse("conditions:checklist")]:
        html = client.get(page).content.decode()
        assert "My hip locks up" not in html
        assert "An unapproved summary." not in html
    assert "My hip clicks" in checklist(client)


def test_approval_applies_the_change_and_renews_the_condition_review(seeded_condition):
    reviewer = make_reviewer()
    change = PendingChange.objects.propose(seeded_condition, {"summary": "New."}, make_editor())
    change.approve(reviewer)
    seeded_condition.refresh_from_db()
    today = timezone.localdate()
    assert seeded_condition.summary == "New."
    assert seeded_condition.last_reviewed == today
    assert seeded_condition.next_review_due == today + datetime.timedelta(days=365)
    assert seeded_condition.reviewer == reviewer


def test_approval_applies_many_to_many_links(sign, seeded_condition):
    values = {**values_of(sign), "conditions": [seeded_condition.pk]}
    PendingChange.objects.propose(sign, values, make_editor()).approve(make_reviewer())
    assert list(sign.conditions.all()) == [seeded_condition]


def test_an_urgent_correction_is_flagged_until_a_second_reviewer_checks_it(client, sign):
    first, second = make_reviewer("first"), make_reviewer("second")
    change = PendingChange.objects.propose(sign, {"sign": "Corrected wording"}, first)
    change.publish_urgently(first)
    assert "Corrected wording" in checklist(client)
    assert list(PendingChange.objects.awaiting_second_check()) == [change]
    with pytest.raises(PermissionDenied):
        change.check_correction(first)
    change.check_correction(second)
    assert not PendingChange.objects.awaiting_second_check().exists()


def test_an_editor_cannot_publish_an_urgent_correction(sign):
    editor = make_editor()
    change = PendingChange.objects.propose(sign, {"sign": "Corrected wording"}, editor)
    with pytest.raises(PermissionDenied):
        change.publish_urgently(editor)
    sign.refresh_from_db()
    assert sign.sign == "My hip clicks when I run"


def run_report():
    out = StringIO()
    try:
        call_command("review_report", stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_the_review_report_lists_an_unchecked_correction_and_passes_within_48_hours(sign):
    reviewer = make_reviewer()
    PendingChange.objects.propose(sign, {"sign": "Corrected"}, reviewer).publish_urgently(reviewer)
    output, error = run_report()
    assert error is None
    assert "Warning sign: Corrected" in output


def test_the_review_report_fails_once_a_correction_waits_more_than_48_hours(sign):
    reviewer = make_reviewer()
    change = PendingChange.objects.propose(sign, {"sign": "Corrected"}, reviewer)
    change.publish_urgently(reviewer)
    later = timezone.now() + datetime.timedelta(hours=49)
    with mock.patch("django.utils.timezone.now", return_value=later):
        output, error = run_report()
    assert error is not None and error.returncode == 1
    assert "waited more than 48 hours" in str(error)
    assert "[more than 48 hours]" in output
