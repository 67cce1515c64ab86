"""Links edited in the tables on a condition's form wait for review like its own fields."""

import pytest

from conditions.models import Area, ConditionArea, PendingChange, WarningSign
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_warning_sign
from tests.test_signoff import change_url, review_url

pytestmark = pytest.mark.django_db
SIGNS = "WarningSign_conditions"


def save_condition(client, condition, **changes):
    url = change_url(condition)
    response = client.post(url, {**form_data(client.get(url)), **changes})
    assert response.status_code == 302, response.content.decode()[:3000]


def linked(condition):
    return set(condition.warning_signs.values_list("pk", flat=True))


def test_a_warning_sign_linked_on_the_condition_waits_for_review(editor, reviewer,
                                                                 seeded_condition):
    sign = make_warning_sign(sign="My hip gives way")
    before = linked(seeded_condition)
    total = int(form_data(editor.get(change_url(seeded_condition)))[f"{SIGNS}-TOTAL_FORMS"])
    save_condition(editor, seeded_condition, **{
        f"{SIGNS}-TOTAL_FORMS": str(total + 1),
        f"{SIGNS}-{total}-warningsign": str(sign.pk),
        f"{SIGNS}-{total}-condition": str(seeded_condition.pk),
    })
    assert linked(seeded_condition) == before
    change = PendingChange.objects.open_for(sign)
    assert seeded_condition.pk in change.values["conditions"]
    html = reviewer.get(review_url(change)).content.decode()
    assert f"<ins>{seeded_condition.title}</ins>" in html


def test_a_warning_sign_unlinked_on_the_condition_waits_for_review(editor, seeded_condition):
    before = linked(seeded_condition)
    data = form_data(editor.get(change_url(seeded_condition)))
    sign = WarningSign.objects.get(pk=data[f"{SIGNS}-0-warningsign"])
    save_condition(editor, seeded_condition, **{f"{SIGNS}-0-DELETE": "on"})
    assert linked(seeded_condition) == before
    assert seeded_condition.pk not in PendingChange.objects.open_for(sign).values["conditions"]


def test_an_approved_link_change_reaches_readers(editor, client, seeded_condition):
    sign = WarningSign.objects.get(
        pk=form_data(editor.get(change_url(seeded_condition)))[f"{SIGNS}-0-warningsign"]
    )
    save_condition(editor, seeded_condition, **{f"{SIGNS}-0-DELETE": "on"})
    approve_pending(sign)
    assert sign.pk not in linked(seeded_condition)


def test_a_link_change_keeps_the_signs_other_pending_links(editor, seeded_condition):
    sign = make_warning_sign(sign="My hip gives way", conditions=[seeded_condition])
    PendingChange.objects.propose(sign, {"conditions": []}, editor_user(editor))
    data = form_data(editor.get(change_url(seeded_condition)))
    row = next(key for key, value in data.items()
               if key.endswith("-warningsign") and value == str(sign.pk))
    save_condition(editor, seeded_condition, **{row.replace("warningsign", "DELETE"): "on"})
    assert PendingChange.objects.open_for(sign).values["conditions"] == []


def test_an_explorer_link_changed_on_the_condition_waits_for_review(editor, seeded_condition):
    row = seeded_condition.area_links.first()
    save_condition(editor, seeded_condition, **{"area_links-0-reason": "A reason in review."})
    row.refresh_from_db()
    assert row.reason != "A reason in review."
    assert PendingChange.objects.open_for(row).values["reason"] == "A reason in review."


def test_an_explorer_link_removed_on_the_condition_waits_for_review(editor, seeded_condition):
    row = seeded_condition.area_links.first()
    save_condition(editor, seeded_condition, **{"area_links-0-DELETE": "on"})
    assert ConditionArea.objects.filter(pk=row.pk).exists()
    assert PendingChange.objects.open_for(row).kind == PendingChange.Kind.DELETE


def test_an_explorer_link_added_on_the_condition_is_made_only_when_approved(editor, reviewer,
                                                                            seeded_condition):
    area = Area.objects.exclude(condition_links__condition=seeded_condition).first()
    total = int(form_data(editor.get(change_url(seeded_condition)))["area_links-TOTAL_FORMS"])
    new = f"area_links-{total}-"
    save_condition(editor, seeded_condition, **{
        "area_links-TOTAL_FORMS": str(total + 1), f"{new}area": str(area.pk),
        f"{new}condition": str(seeded_condition.pk), f"{new}fit": "possible",
        f"{new}reason": "It can hurt here too.", f"{new}reference_title": "NHS: A page",
        f"{new}reference_url": "https://www.nhs.uk/",
    })
    assert not seeded_condition.area_links.filter(area=area).exists()
    change = PendingChange.objects.open_for(seeded_condition)
    html = reviewer.get(review_url(change)).content.decode()
    assert "New condition area" in html
    assert "It can hurt here too." in html
    reviewer.post(review_url(change), {"_approve": "Approve"})
    assert seeded_condition.area_links.get(area=area).reason == "It can hurt here too."


def editor_user(client):
    from django.contrib.auth.models import User

    return User.objects.get(pk=client.session["_auth_user_id"])
