"""Clinical sign-off in the admin: editors propose, reviewers decide, readers see approved."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from conditions.models import CareAdvice, Condition, PendingChange, SiteText, WarningSign
from tests.admin_forms import form_data
from tests.conftest import make_condition, read_shared_values, signed_in
from tests.test_signoff import change_url, checklist, propose, review_url
from tests.users import make_editor, make_reviewer

pytestmark = pytest.mark.django_db



# The admin: editors propose, reviewers decide.

def test_an_editor_save_of_a_clinical_item_awaits_review(editor, client, sign):
    propose(editor, sign, tier="emergency", review_note="NICE says so.")
    sign.refresh_from_db()
    assert sign.tier_id == "soon"
    change = PendingChange.objects.open_for(sign)
    assert change.values["tier"] == "emergency"
    assert change.note == "NICE says so."
    assert "My hip clicks when I run" in checklist(client)


def test_the_change_form_shows_the_pending_version_with_a_banner(editor, sign):
    propose(editor, sign, sign="My hip clicks all day")
    html = editor.get(change_url(sign)).content.decode()
    assert 'value="My hip clicks all day"' in html
    assert "has a change awaiting clinical review" in html


def test_a_second_editor_extends_the_change_and_is_told(editor, sign):
    propose(editor, sign, sign="First editor's words")
    other = signed_in(make_editor("second-editor"))
    url = change_url(sign)
    response = other.post(url, {**form_data(other.get(url)), "order": "7"}, follow=True)
    change = PendingChange.objects.open_for(sign)
    assert change.values["sign"] == "First editor's words"
    assert change.values["order"] == 7
    assert "were added to the change" in response.content.decode()


def test_a_save_over_a_newer_pending_change_is_refused(editor, sign):
    other = signed_in(make_editor("second-editor"))
    url = change_url(sign)
    stale = form_data(other.get(url))
    propose(editor, sign, sign="First editor's words")
    response = other.post(url, {**stale, "sign": "Second editor's words"})
    assert response.status_code == 200
    assert "after you opened it" in response.content.decode()
    assert PendingChange.objects.open_for(sign).values["sign"] == "First editor's words"


def test_a_reviewer_approves_and_readers_see_it_at_once(editor, reviewer, client, sign):
    assert "My hip clicks when I run" in checklist(client)
    change = propose(editor, sign, sign="My hip clicks and locks")
    html = reviewer.get(review_url(change)).content.decode()
    assert "<span>My hip clicks </span><del>when I run</del><ins>and locks</ins>" in html
    response = reviewer.post(review_url(change), {"_approve": "Approve"})
    assert response.status_code == 302
    assert "My hip clicks and locks" in checklist(client)


def test_a_reviewer_sends_back_with_a_comment_the_editor_sees(editor, reviewer, sign):
    change = propose(editor, sign, sign="My hip clicks a lot")
    reviewer.post(review_url(change), {"_send_back": "1", "comment": "Say when it clicks."})
    change.refresh_from_db()
    assert change.state == PendingChange.State.SENT_BACK
    assert "Say when it clicks." in editor.get(change_url(sign)).content.decode()


def test_sending_back_without_a_comment_is_refused(editor, reviewer, sign):
    change = propose(editor, sign, sign="My hip clicks a lot")
    response = reviewer.post(review_url(change), {"_send_back": "1", "comment": " "}, follow=True)
    assert "Say what needs to change" in response.content.decode()
    change.refresh_from_db()
    assert change.state == PendingChange.State.PENDING


def test_an_editor_cannot_approve_by_posting_to_the_review_page(editor, sign):
    change = propose(signed_in(make_editor("other")), sign, sign="Changed")
    assert editor.post(review_url(change), {"_approve": "Approve"}).status_code == 403
    sign.refresh_from_db()
    assert sign.sign == "My hip clicks when I run"


def test_a_superuser_cannot_approve_their_own_change(admin_client, admin_user, sign):
    from conditions.models import ReviewerProfile

    ReviewerProfile.objects.create(user=admin_user, display_name="Admin", qualification="GP")
    change = propose(admin_client, sign, sign="Changed by the admin")
    response = admin_client.post(review_url(change), {"_approve": "Approve"}, follow=True)
    assert "Nobody can approve or check a change they wrote." in response.content.decode()
    sign.refresh_from_db()
    assert sign.sign == "My hip clicks when I run"


def test_a_new_warning_sign_stays_off_until_approved(editor, reviewer, client):
    url = reverse("admin:conditions_warningsign_add")
    data = {**form_data(editor.get(url)), "sign": "A brand new sign", "why_it_matters": "Why.",
            "tier": "urgent", "order": "0", "is_active": "on",
            "source_title": "NHS: Hip pain in adults",
            "source_url": "https://www.nhs.uk/symptoms/hip-pain/"}
    assert editor.post(url, data).status_code == 302
    sign = WarningSign.objects.get(sign="A brand new sign")
    assert not sign.is_active
    assert "A brand new sign" not in checklist(client)
    reviewer.post(review_url(PendingChange.objects.open_for(sign)), {"_approve": "Approve"})
    assert "A brand new sign" in checklist(client)


def test_the_queue_lists_open_changes_newest_first(editor, reviewer, sign):
    older = propose(editor, sign, sign="Older change")
    newer = propose(editor, CareAdvice.objects.get(tier="urgent"), heading="Get care today, please")
    html = reviewer.get(reverse("admin:conditions_pendingchange_changelist")).content.decode()
    assert html.index(review_url(newer)) < html.index(review_url(older))


def test_the_list_shows_each_item_state_in_words(editor, sign):
    propose(editor, sign, sign="Changed")
    make_condition(slug="a-draft", title="A draft page", status=Condition.Status.DRAFT)
    html = editor.get(reverse("admin:conditions_warningsign_changelist")).content.decode()
    assert "Changed (awaiting review)" in html
    conditions = editor.get(reverse("admin:conditions_condition_changelist"),
                            {"state": "Draft"}).content.decode()
    assert "A draft page" in conditions
    assert "Sciatica" not in conditions


def test_an_editor_previews_a_pending_condition_page_with_a_banner(editor, client, seeded_condition):
    change = propose(editor, seeded_condition, summary="A summary awaiting review.")
    preview = reverse("admin:conditions_pendingchange_preview", args=[change.pk])
    html = editor.get(preview).content.decode()
    assert "A summary awaiting review." in html
    assert "Preview of a change awaiting clinical review" in html
    assert client.get(preview).status_code == 302


def test_the_preview_shows_a_changed_section(editor, client, seeded_condition):
    change = propose(editor, seeded_condition, overview="An overview awaiting review.")
    preview = reverse("admin:conditions_pendingchange_preview", args=[change.pk])
    assert "An overview awaiting review." in editor.get(preview).content.decode()
    assert "An overview awaiting review." not in client.get(
        seeded_condition.get_absolute_url()
    ).content.decode()


def test_the_site_texts_emergency_number_awaits_review(editor):
    change = propose(editor, SiteText.objects.get(), emergency_number="112")
    assert change.values["emergency_number"] == "112"
    assert SiteText.objects.get().emergency_number == "911"


def test_a_reviewer_publishes_an_urgent_correction_from_the_change_form(client, sign):
    writer = signed_in(make_reviewer("clinician", groups=("Clinical reviewers", "Editors")))
    url = change_url(sign)
    writer.post(url, {**form_data(writer.get(url)), "sign": "Urgent wording", "_urgent": "1"})
    assert "Urgent wording" in checklist(client)
    html = writer.get(reverse("admin:index")).content.decode()
    assert "Urgent corrections awaiting a second reviewer" in html


# The page: who reviewed it.

def test_an_approved_condition_page_carries_the_byline_and_json_ld(editor, reviewer, client,
                                                                  seeded_condition):
    change = propose(editor, seeded_condition, summary="Reviewed summary.")
    reviewer.post(review_url(change), {"_approve": "Approve"})
    html = client.get(seeded_condition.get_absolute_url()).content.decode()
    today = timezone.localdate()
    assert (f"Reviewed by Dr Amy Smith, Sports medicine physician, on {today:%-d %B %Y}. "
            f"Next review due {today + datetime.timedelta(days=365):%-d %B %Y}.") in html
    assert '"reviewedBy":{"@type":"Person","name":"Dr Amy Smith",' in html
    assert '"jobTitle":"Sports medicine physician"' in html
    assert f'"lastReviewed":"{today.isoformat()}"' in html


def test_a_new_draft_claims_no_review(admin_client):
    draft = make_condition(slug="new-draft", status=Condition.Status.DRAFT)
    html = admin_client.get(draft.get_absolute_url()).content.decode()
    assert "Page last reviewed" not in html
    assert "Reviewed by" not in html


def test_the_change_form_asks_for_the_note_once(editor, sign):
    html = editor.get(change_url(sign)).content.decode()
    assert html.count('name="review_note"') == 1


def test_the_clinical_reviewers_group_has_exactly_the_review_permissions():
    from django.contrib.auth.models import Group

    granted = {p.codename for p in Group.objects.get(name="Clinical reviewers").permissions.all()}
    content = ["condition", "reference", "warningsign", "careadvice", "sitetext"]
    assert granted == {
        *(f"view_{model}" for model in content), "view_pendingchange", "approve_pendingchange",
    }


def test_an_editor_posting_the_urgent_button_only_proposes_the_change(editor, client, sign):
    url = change_url(sign)
    response = editor.post(url, {**form_data(editor.get(url)), "sign": "Sneaked in",
                                 "_urgent": "1"}, follow=True)
    assert "Only clinical reviewers can publish an urgent correction." in response.content.decode()
    assert "Sneaked in" not in checklist(client)
    assert PendingChange.objects.open_for(sign).state == PendingChange.State.PENDING


def test_a_reviewer_who_only_reads_content_gets_no_urgent_button(reviewer, sign):
    assert 'name="_urgent"' not in reviewer.get(change_url(sign)).content.decode()


def test_a_reviewer_cannot_approve_by_a_get_request(editor, reviewer, sign):
    change = propose(editor, sign, sign="Changed")
    reviewer.get(review_url(change), {"_approve": "Approve"})
    change.refresh_from_db()
    assert change.state == PendingChange.State.PENDING


def test_the_reviewer_names_page_opens_for_an_administrator(admin_client):
    assert admin_client.get(reverse("admin:conditions_reviewerprofile_add")).status_code == 200


def test_a_condition_change_shows_no_difference_for_a_field_left_alone(editor, reviewer,
                                                                       seeded_condition):
    change = propose(editor, seeded_condition, summary="Only the summary changed.")
    fields = [row["field"] for row in change.differences()]
    assert fields == ["Summary"]


def test_a_markdown_change_is_shown_word_by_word_and_as_readers_will_see_it(
    editor, reviewer, seeded_condition
):
    overview = seeded_condition.overview.strip() + "\n\n## A new *heading*"
    change = propose(editor, seeded_condition, overview=overview)
    html = reviewer.get(review_url(change)).content.decode()
    assert "## A new *heading*</ins>" in html
    assert "<h2>A new <em>heading</em></h2>" in html


def test_html_typed_into_a_change_is_never_run_on_the_review_page(editor, reviewer, sign):
    change = propose(editor, sign, sign='<script>alert(1)</script><img src=x onerror="alert(2)">')
    html = reviewer.get(review_url(change)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_signed_off_condition_page_runs_no_more_queries(client, django_assert_num_queries,
                                                         seeded_condition):
    change = PendingChange.objects.propose(seeded_condition, {"summary": "New."}, make_editor())
    change.approve(make_reviewer())
    read_shared_values()
    with django_assert_num_queries(3):
        html = client.get(seeded_condition.get_absolute_url()).content.decode()
    assert "Reviewed by Dr Amy Smith" in html


def test_the_byline_words_are_editable_in_the_site_texts(admin_client):
    html = admin_client.get(change_url(SiteText.objects.get())).content.decode()
    assert 'name="review_byline"' in html


def test_a_change_already_approved_cannot_be_approved_again(editor, sign):
    change = propose(editor, sign, sign="Approved once")
    stale = PendingChange.objects.get(pk=change.pk)
    change.approve(make_reviewer())
    with pytest.raises(ValidationError):
        stale.approve(make_reviewer("second"))


def test_reordering_a_sign_in_the_list_awaits_review(editor, client, sign):
    # The list cannot switch a sign off (that asks first, on the sign's own page:
    # tests/test_safety_rails.py); its other edits are held for review like any change.
    url = reverse("admin:conditions_warningsign_changelist")
    data = form_data(editor.get(url))
    row = next(key for key, value in data.items() if key.endswith("-id") and value == str(sign.pk))
    prefix = row.removesuffix("-id")
    assert f"{prefix}-is_active" not in data
    data[f"{prefix}-order"] = "99"
    response = editor.post(url, {**data, "_save": "Save"}, follow=True)
    assert "Your changes await clinical review." in response.content.decode()
    sign.refresh_from_db()
    assert sign.order != 99
    assert sign.is_active
    assert PendingChange.objects.open_for(sign).values["order"] == 99
    assert "My hip clicks when I run" in checklist(client)
