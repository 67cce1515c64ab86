"""Deleting clinical content waits for review: the ways an editor might try to delete at once."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from conditions.models import Area, ConditionArea, PendingChange, WarningSign
from tests.conftest import make_warning_sign, signed_in
from tests.test_signoff import checklist, review_url
from tests.users import make_editor, make_reviewer

pytestmark = pytest.mark.django_db


def delete_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_delete", args=[obj.pk])


def ask_to_delete(client, obj, note="A duplicate of another sign."):
    response = client.post(delete_url(obj), {"post": "yes", "review_note": note})
    assert response.status_code == 302
    return PendingChange.objects.open_for(obj)


def test_an_editors_delete_waits_for_review_and_readers_keep_the_item(editor, client, sign):
    change = ask_to_delete(editor, sign)
    assert WarningSign.objects.filter(pk=sign.pk).exists()
    assert "My hip clicks when I run" in checklist(client)
    assert change.kind == PendingChange.Kind.DELETE
    assert change.note == "A duplicate of another sign."


def test_the_delete_confirmation_says_the_deletion_waits_for_review(editor, sign):
    html = editor.get(delete_url(sign)).content.decode()
    assert "The deletion waits for clinical review" in html
    assert "readers still see it until a clinical reviewer approves the deletion" in html
    assert 'name="review_note"' in html


def test_deleting_a_condition_from_its_change_page_waits_for_review(editor, client,
                                                                    seeded_condition):
    html = editor.get(delete_url(seeded_condition)).content.decode()
    assert "What readers will lose once the deletion is approved" in html
    assert "The deletion waits for clinical review" in html
    ask_to_delete(editor, seeded_condition, note="Merged into another page.")
    assert client.get(seeded_condition.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("model", [Area, ConditionArea])
def test_deleting_explorer_content_waits_for_review(editor, model):
    item = model.objects.first()
    ask_to_delete(editor, item)
    assert model.objects.filter(pk=item.pk).exists()


def test_the_reviewer_sees_the_deletion_by_name(editor, reviewer, sign):
    change = ask_to_delete(editor, sign)
    html = reviewer.get(review_url(change)).content.decode()
    assert "Delete this item" in html
    assert "<del>My hip clicks when I run</del>" in html


def test_an_approved_deletion_is_kept_in_the_history_and_can_be_recovered(editor, reviewer,
                                                                          client, sign):
    change = ask_to_delete(editor, sign)
    response = reviewer.post(review_url(change), {"_approve": "Approve"}, follow=True)
    assert "is deleted, and readers no longer see it" in response.content.decode()
    assert not WarningSign.objects.filter(pk=sign.pk).exists()
    assert "My hip clicks when I run" not in checklist(client)
    record = WarningSign.history.get(id=sign.pk, history_type="-")
    assert record.history_change_reason == "A duplicate of another sign."
    assert record.history_user.username == "editor"
    recover = reverse("admin:conditions_warningsign_recover", args=[record.history_id])
    assert editor.post(recover).status_code == 302
    assert WarningSign.objects.filter(pk=sign.pk).exists()


def test_a_deletion_sent_back_leaves_the_item_and_says_why(editor, reviewer, client, sign):
    change = ask_to_delete(editor, sign)
    reviewer.post(review_url(change), {"_send_back": "1", "comment": "It is still needed."})
    assert "My hip clicks when I run" in checklist(client)
    html = editor.get(reverse("admin:conditions_warningsign_change", args=[sign.pk])).content
    assert "It is still needed." in html.decode()


def test_approving_your_own_deletion_is_refused_through_the_orm(sign):
    author = make_reviewer("author-reviewer")
    change = PendingChange.objects.propose_deletion(sign, author)
    with pytest.raises(PermissionDenied):
        change.approve(author)
    assert WarningSign.objects.filter(pk=sign.pk).exists()


def test_an_editor_cannot_approve_their_deletion_by_posting_to_the_review_page(editor, sign):
    change = ask_to_delete(signed_in(make_editor("other")), sign)
    assert editor.post(review_url(change), {"_approve": "Approve"}).status_code == 403
    assert WarningSign.objects.filter(pk=sign.pk).exists()


def test_bulk_delete_selected_only_asks_for_review(editor, client, sign):
    other = make_warning_sign(sign="My hip aches at night")
    url = reverse("admin:conditions_warningsign_changelist")
    chosen = {"action": "delete_selected", "_selected_action": [sign.pk, other.pk]}
    confirm = editor.post(url, chosen).content.decode()
    assert "The deletion waits for clinical review" in confirm
    response = editor.post(url, {**chosen, "post": "yes"}, follow=True)
    assert "awaits clinical review" in response.content.decode()
    assert WarningSign.objects.filter(pk__in=[sign.pk, other.pk]).count() == 2
    assert "My hip aches at night" in checklist(client)
    kinds = {PendingChange.objects.open_for(item).kind for item in (sign, other)}
    assert kinds == {PendingChange.Kind.DELETE}


def test_the_list_shows_an_item_to_be_deleted(editor, sign):
    ask_to_delete(editor, sign)
    html = editor.get(reverse("admin:conditions_warningsign_changelist")).content.decode()
    assert "To be deleted (awaiting review)" in html


def test_saving_the_item_again_withdraws_the_deletion(editor, sign):
    from tests.test_signoff import propose

    ask_to_delete(editor, sign)
    change = propose(editor, sign, sign="My hip clicks when I run fast")
    assert change.kind == PendingChange.Kind.EDIT


def test_the_admin_log_records_no_deletion_before_it_is_approved(editor, sign):
    from django.contrib.admin.models import DELETION, LogEntry

    ask_to_delete(editor, sign)
    assert not LogEntry.objects.filter(action_flag=DELETION).exists()


def test_a_link_proposed_to_a_condition_deleted_since_is_left_out_when_approved(sign):
    from conditions.models import Condition
    from tests.conftest import approve_pending, make_condition

    kept, gone = make_condition(slug="kept"), make_condition(slug="gone")
    PendingChange.objects.propose(sign, {"conditions": [kept.pk, gone.pk]}, make_editor("writer"))
    Condition.objects.filter(pk=gone.pk).delete()
    approve_pending(sign)
    assert list(sign.conditions.all()) == [kept]
