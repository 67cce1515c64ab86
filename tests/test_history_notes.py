"""History that tells the truth: no phantom changes from line endings, word-level comparison,
a note on every save saying why, and a restore screen in plain words."""

import pytest
from django.contrib.admin.models import LogEntry

from conditions.admin.history import line_diff, word_diff
from conditions.models import PendingChange
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_condition, pending_value
from tests.test_history import admin_url, restore, revisions, save_in_admin

pytestmark = pytest.mark.django_db

PARAGRAPH = "Rest from running for a week and use an ice pack for ten minutes at a time."


@pytest.fixture
def condition():
    return make_condition(slug="notes-test", overview=f"{PARAGRAPH}\n\nKept line.")


def test_a_save_that_only_changes_line_endings_records_no_change(admin_client, condition):
    url = admin_url(condition, "change", condition.pk)
    data = form_data(admin_client.get(url))
    data = {name: value.replace("\n", "\r\n") if isinstance(value, str) else value
            for name, value in data.items()}
    assert "\r\n" in data["overview"]
    before = len(revisions(condition))
    assert admin_client.post(url, data).status_code == 302
    # The save is held for review: it adds no revision, and the change it holds changes nothing.
    assert len(revisions(condition)) == before
    assert PendingChange.objects.open_for(condition).differences() == []
    assert LogEntry.objects.latest("action_time").get_change_message() == "No fields changed."
    assert "\r" not in pending_value(condition, "overview")
    # Once approved, the revision changes only what approval renews: the clinical review.
    approve_pending(condition)
    newer, older = revisions(condition)[-1], revisions(condition)[-2]
    changed = set(newer.diff_against(older).changed_fields)
    assert changed <= {"last_reviewed", "next_review_due", "reviewer"}
    condition.refresh_from_db()
    assert "\r" not in condition.overview


def test_a_changed_word_is_shown_as_that_word():
    pieces = word_diff(PARAGRAPH, PARAGRAPH.replace("a week", "two weeks"))
    assert ("removed", "a") in pieces
    assert ("added", "two") in pieces
    assert ("removed", "week") in pieces
    assert ("added", "weeks") in pieces
    assert "".join(text for kind, text in pieces if kind != "added") == PARAGRAPH


def test_a_line_mostly_kept_is_compared_word_by_word():
    lines = line_diff(PARAGRAPH, PARAGRAPH.replace("ten", "fifteen"))
    assert lines == [("changed", [
        ("same", PARAGRAPH.split("ten")[0]), ("removed", "ten"), ("added", "fifteen"),
        ("same", PARAGRAPH.split("ten")[1]),
    ])]


def test_a_line_rewritten_entirely_is_shown_whole():
    assert line_diff("Old line.", "New line.") == [("removed", "Old line."), ("added", "New line.")]


def test_compare_marks_the_changed_words_within_the_line(admin_client, condition):
    save_in_admin(admin_client, condition,
                  overview=f"{PARAGRAPH.replace('ten', 'fifteen')}\n\nKept line.")
    older, newer = revisions(condition)[-2:]
    page = admin_client.get(admin_url(condition, "compare", condition.pk),
                            {"from": older.pk, "to": newer.pk}).content.decode()
    assert "<del>ten</del><ins>fifteen</ins>" in page


def test_compare_shows_markup_typed_into_a_field_as_text(admin_client, condition):
    attack = PARAGRAPH.replace("ice pack", '<b onclick="alert(1)">ice</b> pack')
    save_in_admin(admin_client, condition, overview=f"{attack}\n\nKept line.")
    older, newer = revisions(condition)[-2:]
    page = admin_client.get(admin_url(condition, "compare", condition.pk),
                            {"from": older.pk, "to": newer.pk}).content.decode()
    assert "&lt;b onclick" in page
    assert "<b onclick" not in page


def test_a_save_can_say_why_and_the_history_shows_it(admin_client, condition):
    save_in_admin(admin_client, condition, summary="A new summary.",
                  review_note="Clearer after the annual review")
    assert revisions(condition)[-1].history_change_reason == "Clearer after the annual review"
    page = admin_client.get(admin_url(condition, "history", condition.pk)).content.decode()
    assert "Clearer after the annual review" in page


def test_the_change_form_asks_why_in_plain_words(admin_client, condition):
    page = admin_client.get(admin_url(condition, "change", condition.pk)).content.decode()
    assert "Why are you changing this?" in page


def test_a_note_longer_than_the_history_keeps_goes_whole_to_the_reviewer_and_cut_to_history(
    admin_client, condition
):
    note = "Shorter sentences. " * 8
    save_in_admin(admin_client, condition, summary="A new summary.", review_note=note)
    assert PendingChange.objects.for_item(condition).get().note == note.strip()
    kept = revisions(condition)[-1].history_change_reason
    assert len(kept) == 100
    assert kept.endswith("…")
    assert note.startswith(kept[:-1])


def test_a_restore_keeps_the_editors_note_after_saying_what_it_restored(admin_client, condition):
    save_in_admin(admin_client, condition, summary="Second.")
    first = revisions(condition)[-2]
    url = admin_url(condition, "simple_history", condition.pk, first.history_id)
    data = {**form_data(admin_client.get(url)), "review_note": "The second was wrong"}
    assert admin_client.post(url, data).status_code == 302
    approve_pending(condition)
    reason = revisions(condition)[-1].history_change_reason
    assert reason.startswith("Restored the version of")
    assert reason.endswith(": The second was wrong")


def test_the_restore_screen_speaks_plainly(admin_client, condition):
    save_in_admin(admin_client, condition, summary="Second.")
    first = revisions(condition)[-2]
    page = admin_client.get(
        admin_url(condition, "simple_history", condition.pk, first.history_id)
    ).content.decode()
    assert "Restore an earlier version of Test condition" in page
    assert 'value="Restore this version"' in page
    assert "Back to the history without restoring" in page
    assert "Revert" not in page
    assert "revert" not in page.split('id="content"')[1]


def test_restoring_still_works_through_the_plain_screen(admin_client, condition):
    save_in_admin(admin_client, condition, summary="Second.")
    restore(admin_client, condition, revisions(condition)[-2])
    condition.refresh_from_db()
    assert condition.summary == "A short summary."


def test_comparing_versions_of_an_item_that_is_not_a_number_is_not_found(admin_client):
    response = admin_client.get("/admin/conditions/condition/abc/history/compare/",
                                {"from": "1", "to": "2"})
    assert response.status_code == 404
