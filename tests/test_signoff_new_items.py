"""New clinical content reaches no reader until a reviewer approves it, and an approved deletion
closes the changes nobody can act on any more: the ways an editor might try to get round it."""

import pytest
from django.urls import reverse

from conditions.models import (
    Area,
    CareAdvice,
    ConditionArea,
    ConditionFactor,
    Factor,
    PendingChange,
    SiteText,
)
from tests.admin_forms import form_data
from tests.conftest import answer, make_warning_sign
from tests.test_signoff import change_url, checklist, review_url
from tests.test_signoff_links import SIGNS, editor_user, save_condition
from tests.users import make_reviewer

pytestmark = pytest.mark.django_db

EXPLORER = reverse("conditions:explorer")
LINK = {"fit": "typical", "reason": "It hurts here.", "reference_title": "NHS: A page",
        "reference_url": "https://www.nhs.uk/"}


def add(client, model, fields, rows=(), prefix="condition_links"):
    """Fill in `model`'s add page as an editor would, with rows in its table of conditions."""
    url = reverse(f"admin:conditions_{model._meta.model_name}_add")
    data = {**form_data(client.get(url)), **fields, f"{prefix}-TOTAL_FORMS": str(len(rows))}
    for number, row in enumerate(rows):
        data.update({f"{prefix}-{number}-{name}": value for name, value in row.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return model.objects.get(name=fields["name"])


def add_area(client, rows=()):
    return add(client, Area, {
        "name": "Top of the knee", "you_said": "the top of your knee", "slug": "top-of-knee",
        "view": "front", "centre_x": "60", "centre_y": "300", "width": "20", "height": "20",
        "order": "0", "is_active": "on",
    }, rows)


def add_factor(client):
    return add(client, Factor, {"name": "It clicks when I squat", "you_said": "that it clicks",
                                "order": "0", "is_active": "on"})


def approve(reviewer, obj):
    response = reviewer.post(review_url(PendingChange.objects.open_for(obj)), {"_approve": "1"})
    assert response.status_code == 302


def test_a_new_area_is_off_the_explorer_until_approved(editor, reviewer, client):
    new = add_area(editor)
    assert not new.is_active
    assert "Top of the knee" not in client.get(EXPLORER).content.decode()
    assert answer(client, {"areas": [new.pk]}, path=EXPLORER).status_code == 400
    approve(reviewer, new)
    assert "Top of the knee" in client.get(EXPLORER).content.decode()


def test_rows_added_on_a_new_areas_page_reach_no_condition_page(editor, client,
                                                                seeded_condition):
    new = add_area(editor, rows=[{**LINK, "condition": seeded_condition.pk}])
    assert ConditionArea.objects.filter(area=new).exists()
    diagram = Area.objects.diagram()
    assert new not in diagram["areas"]
    assert new.pk not in diagram["typical"][seeded_condition.slug]
    page = client.get(seeded_condition.get_absolute_url()).content.decode()
    assert "the top of your knee" not in page
    assert 'cy="300"' not in page


def test_a_new_factor_is_not_offered_until_approved(editor, reviewer, client):
    new = add_factor(editor)
    assert not new.is_active
    assert "It clicks when I squat" not in client.get(EXPLORER).content.decode()
    assert answer(client, {"factors": [new.pk]}, path=EXPLORER).status_code == 400
    approve(reviewer, new)
    assert "It clicks when I squat" in client.get(EXPLORER).content.decode()


@pytest.mark.parametrize("model", [ConditionArea, ConditionFactor])
def test_an_explorer_row_cannot_be_added_from_its_own_page(editor, seeded_condition, model):
    url = reverse(f"admin:conditions_{model._meta.model_name}_add")
    before = model.objects.count()
    assert editor.get(url).status_code == 403
    choice = (Area if model is ConditionArea else Factor).objects.first()
    data = {**LINK, "condition": seeded_condition.pk, choice._meta.model_name: choice.pk}
    assert editor.post(url, data).status_code == 403
    assert model.objects.count() == before


@pytest.mark.parametrize("model", [CareAdvice, SiteText])
def test_care_advice_and_site_texts_cannot_be_added(editor, model):
    url = reverse(f"admin:conditions_{model._meta.model_name}_add")
    assert editor.get(url).status_code == 403
    assert editor.post(url, {"tier": "urgent", "heading": "Call 999"}).status_code == 403


def test_site_texts_cannot_be_added_even_when_there_are_none(editor):
    SiteText.objects.all().delete()
    assert editor.get(reverse("admin:conditions_sitetext_add")).status_code == 403


def test_approving_a_deletion_closes_changes_on_rows_deleted_with_it(editor, seeded_condition):
    row = seeded_condition.area_links.first()
    PendingChange.objects.propose(row, {"reason": "Changed."}, editor_user(editor))
    deletion = PendingChange.objects.propose_deletion(seeded_condition, editor_user(editor))
    deletion.approve(make_reviewer())
    closed = PendingChange.objects.for_item(row).get()
    assert closed.state == PendingChange.State.CLOSED
    assert f"deleted along with “{seeded_condition}”" in closed.comment
    assert not PendingChange.objects.open().exists()


def test_the_queue_no_longer_lists_a_change_to_a_deleted_item(editor, reviewer):
    area = Area.objects.first()
    row = area.condition_links.first()
    PendingChange.objects.propose(row, {"reason": "Changed."}, editor_user(editor))
    PendingChange.objects.propose_deletion(area, editor_user(editor))
    approve(reviewer, area)
    closed = PendingChange.objects.for_item(row).get()
    queue = reverse("admin:conditions_pendingchange_changelist")
    assert review_url(closed) not in reviewer.get(queue).content.decode()
    listed = reviewer.get(queue + "?show=closed").content.decode()
    assert review_url(closed) in listed
    assert "condition area #" in listed
    page = reviewer.get(review_url(closed)).content.decode()
    assert "Closed: the item was deleted" in page


def test_a_condition_page_says_a_sign_linked_there_awaits_review(editor, seeded_condition):
    sign = make_warning_sign(sign="My hip gives way")
    total = int(form_data(editor.get(change_url(seeded_condition)))[f"{SIGNS}-TOTAL_FORMS"])
    save_condition(editor, seeded_condition, **{
        f"{SIGNS}-TOTAL_FORMS": str(total + 1),
        f"{SIGNS}-{total}-warningsign": str(sign.pk),
        f"{SIGNS}-{total}-condition": str(seeded_condition.pk),
    })
    html = editor.get(change_url(seeded_condition)).content.decode()
    assert ("Awaiting clinical review: the warning sign “My hip gives way” is to point to this "
            "condition.") in html


def test_a_condition_page_says_a_sign_unlinked_there_awaits_review(editor, seeded_condition):
    data = form_data(editor.get(change_url(seeded_condition)))
    sign = seeded_condition.warning_signs.get(pk=data[f"{SIGNS}-0-warningsign"])
    save_condition(editor, seeded_condition, **{f"{SIGNS}-0-DELETE": "on"})
    html = editor.get(change_url(seeded_condition)).content.decode()
    assert f"the warning sign “{sign}” is to stop pointing to this condition" in html


def test_a_deleted_warning_sign_brought_back_waits_for_review(editor, reviewer, client):
    gone = make_warning_sign(sign="My hip locks")
    PendingChange.objects.propose_deletion(gone, editor_user(editor)).approve(make_reviewer("b"))
    record = gone.history.get(history_type="-")
    url = reverse("admin:conditions_warningsign_recover", args=[record.history_id])
    assert editor.post(url).status_code == 302
    assert "My hip locks" not in checklist(client)
    approve(reviewer, gone)
    assert "My hip locks" in checklist(client)

