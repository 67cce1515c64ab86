"""Every content save is a revision: listed, compared and restorable; deletions recoverable."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from conditions.markdown import render
from conditions.models import CareAdvice, Condition, Reference, SiteText, WarningSign
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_condition, make_reference, make_warning_sign
from tests.users import make_editor, make_user

pytestmark = pytest.mark.django_db


def admin_url(obj_or_model, view, *args):
    opts = obj_or_model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def save_in_admin(client, obj, **changes):
    """Save in the admin, and have a clinical reviewer approve the change."""
    url = admin_url(obj, "change", obj.pk)
    data = {**form_data(client.get(url)), **changes}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    approve_pending(obj)
    return response


def revisions(obj):
    return list(type(obj).history.filter(id=obj.pk).order_by("history_date"))


def restore(client, obj, record):
    url = admin_url(obj, "simple_history", obj.pk, record.history_id)
    response = client.post(url, form_data(client.get(url)))
    assert response.status_code == 302, response.content.decode()[:3000]
    approve_pending(obj)
    return response


@pytest.fixture
def condition():
    return make_condition(slug="history-test", overview="## Overview\n\nThe first text.")


def test_two_saves_make_two_revisions_with_who_and_when(admin_client, admin_user, condition):
    before = len(revisions(condition))
    save_in_admin(admin_client, condition, overview="## Overview\n\nA second text.")
    save_in_admin(admin_client, condition, overview="## Overview\n\nA third text.")
    newest = revisions(condition)[-2:]
    assert len(revisions(condition)) == before + 2
    assert [record.overview for record in newest] == [
        "## Overview\n\nA second text.", "## Overview\n\nA third text.",
    ]
    assert all(record.history_user == admin_user for record in newest)
    assert newest[0].history_date < newest[1].history_date


@pytest.mark.parametrize(("model", "field", "value"), [
    (WarningSign, "why_it_matters", "A new reason."),
    (CareAdvice, "meanwhile", "Rest, and stop running."),
    (SiteText, "hub_title", "A new title"),
])
def test_saves_of_every_content_type_are_recorded(admin_client, admin_user, model, field, value):
    obj = model.objects.first()
    save_in_admin(admin_client, obj, **{field: value})
    latest = revisions(obj)[-1]
    assert getattr(latest, field) == value
    assert latest.history_user == admin_user


@pytest.mark.parametrize("model", [Condition, WarningSign, CareAdvice, SiteText])
def test_the_history_page_lists_revisions_with_a_way_to_compare(admin_client, model):
    obj = model.objects.first()
    save_in_admin(admin_client, obj)
    response = admin_client.get(admin_url(obj, "history", obj.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert admin_url(obj, "compare", obj.pk) in html
    assert "View or restore" in html


def test_compare_shows_what_changed_between_any_two_revisions(admin_client, condition):
    save_in_admin(admin_client, condition, overview="## Overview\n\nOld line.\n\nKept line.")
    save_in_admin(admin_client, condition, title="Renamed")
    save_in_admin(admin_client, condition, overview="## Overview\n\nNew line.\n\nKept line.")
    first, _, last = revisions(condition)[-3:]
    response = admin_client.get(
        admin_url(condition, "compare", condition.pk), {"from": first.pk, "to": last.pk}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<del class="diff-line">Old line.</del>' in html
    assert '<ins class="diff-line">New line.</ins>' in html
    assert '<del class="diff-line">Test condition</del>' in html
    assert '<ins class="diff-line">Renamed</ins>' in html
    assert '<span class="diff-line">Kept line.</span>' in html


def test_compare_without_two_revisions_explains_itself(admin_client, condition):
    save_in_admin(admin_client, condition)
    url = admin_url(condition, "compare", condition.pk)
    for query in [{}, {"from": "x", "to": "1"}, {"from": 10**9, "to": 10**9 + 1}]:
        response = admin_client.get(url, query)
        assert response.status_code == 302
        assert response["Location"] == admin_url(condition, "history", condition.pk)


def test_compare_only_shows_revisions_of_the_item_asked_for(admin_client, condition):
    other = make_condition(slug="other")
    save_in_admin(admin_client, condition)
    save_in_admin(admin_client, other)
    mine, theirs = revisions(condition)[-1], revisions(other)[-1]
    response = admin_client.get(
        admin_url(condition, "compare", condition.pk), {"from": mine.pk, "to": theirs.pk}
    )
    assert response.status_code == 302


def test_restoring_the_first_revision_brings_its_text_back_on_the_page(
    admin_client, client, condition
):
    save_in_admin(admin_client, condition, overview="## Overview\n\nThe words we want back.")
    save_in_admin(admin_client, condition, overview="## Overview\n\nA mistaken rewrite.")
    first = revisions(condition)[-2]
    restore(admin_client, condition, first)
    html = client.get(condition.get_absolute_url()).content.decode()
    assert "The words we want back." in html
    assert "A mistaken rewrite." not in html


def test_restoring_renders_the_html_again_rather_than_trusting_the_revision(
    admin_client, condition
):
    save_in_admin(admin_client, condition, overview="## Overview\n\nRestore *me*.")
    save_in_admin(admin_client, condition, overview="## Overview\n\nLater.")
    first = revisions(condition)[-2]
    type(first).objects.filter(pk=first.pk).update(overview_html="<p>stale</p>")
    restore(admin_client, condition, first)
    condition.refresh_from_db()
    assert condition.overview == "## Overview\n\nRestore *me*."
    assert condition.overview_html == render("## Overview\n\nRestore *me*.")


def test_a_restore_is_itself_a_revision_saying_what_it_restored(admin_client, condition):
    save_in_admin(admin_client, condition, overview="## Overview\n\nOne.")
    save_in_admin(admin_client, condition, overview="## Overview\n\nTwo.")
    first = revisions(condition)[-2]
    restore(admin_client, condition, first)
    latest = revisions(condition)[-1]
    assert latest.overview == "## Overview\n\nOne."
    assert latest.history_change_reason.startswith("Restored the version of")


def test_a_site_text_restore_shows_on_the_hub_at_once(admin_client, client):
    texts = SiteText.objects.get()
    save_in_admin(admin_client, texts, hub_title="The title to keep")
    save_in_admin(admin_client, texts, hub_title="A title to undo")
    client.get(reverse("conditions:hub"))
    restore(admin_client, texts, revisions(texts)[-2])
    assert "The title to keep" in client.get(reverse("conditions:hub")).content.decode()


def delete_in_admin(client, obj):
    """Delete in the admin, and have a clinical reviewer approve the deletion."""
    response = client.post(admin_url(obj, "delete", obj.pk), {"post": "yes"})
    assert response.status_code == 302
    approve_pending(obj)


def recover(client, model, record):
    return client.post(admin_url(model, "recover", record.history_id))


def test_a_deleted_condition_can_be_brought_back_with_its_references(admin_client, client):
    condition = make_condition(slug="deleted-by-mistake", overview="## Overview\n\nPrecious text.")
    make_reference(condition, title="A precious reference")
    delete_in_admin(admin_client, condition)
    assert client.get("/conditions/deleted-by-mistake/").status_code == 404

    [record] = Condition.history.filter(id=condition.pk, history_type="-")
    listing = admin_client.get(admin_url(Condition, "recover_list")).content.decode()
    assert admin_url(Condition, "recover", record.history_id) in listing
    response = recover(admin_client, Condition, record)
    assert response.status_code == 302
    assert response["Location"] == admin_url(condition, "change", condition.pk)

    approve_pending(condition)
    html = client.get("/conditions/deleted-by-mistake/").content.decode()
    assert "Precious text." in html
    assert "A precious reference" in html
    assert Reference.objects.filter(condition_id=condition.pk).count() == 1
    listing = admin_client.get(admin_url(Condition, "recover_list")).content.decode()
    assert admin_url(Condition, "recover", record.history_id) not in listing


def test_the_condition_list_links_to_recovery(admin_client):
    html = admin_client.get(admin_url(Condition, "changelist")).content.decode()
    assert admin_url(Condition, "recover_list") in html


def test_a_deleted_warning_sign_can_be_brought_back(admin_client):
    flag = make_warning_sign(sign="A sign deleted by mistake")
    delete_in_admin(admin_client, flag)
    [record] = WarningSign.history.filter(id=flag.pk, history_type="-")
    assert recover(admin_client, WarningSign, record).status_code == 302
    assert WarningSign.objects.get(pk=flag.pk).sign == "A sign deleted by mistake"


def test_bringing_back_a_condition_whose_address_is_taken_explains_why_not(admin_client):
    condition = make_condition(slug="taken")
    delete_in_admin(admin_client, condition)
    make_condition(slug="taken", title="The new page")
    [record] = Condition.history.filter(id=condition.pk, history_type="-")
    response = recover(admin_client, Condition, record)
    assert response.status_code == 302
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("cannot be brought back" in message for message in messages)
    assert not Condition.objects.filter(pk=condition.pk).exists()


def test_items_that_exist_cannot_be_recovered_again(admin_client, condition):
    save_in_admin(admin_client, condition)
    record = revisions(condition)[-1]
    assert recover(admin_client, Condition, record).status_code == 404


def test_only_users_who_may_add_content_can_recover_it(condition):
    pk = condition.pk
    condition.delete()
    [record] = Condition.history.filter(id=pk, history_type="-")
    viewer = Client()
    viewer.force_login(make_user("viewer", permissions=["view_condition"]))
    assert viewer.get(admin_url(Condition, "recover_list")).status_code == 403
    assert recover(viewer, Condition, record).status_code == 403
    assert not Condition.objects.filter(pk=pk).exists()
    editor = Client()
    editor.force_login(make_editor())
    assert recover(editor, Condition, record).status_code == 302
    assert Condition.objects.filter(pk=pk).exists()


def test_the_content_as_it_was_before_the_first_edit_can_be_restored(admin_client):
    condition = Condition.objects.get(slug="sciatica")
    original = condition.overview
    *_, first = revisions(condition)
    assert first.history_change_reason == "The content after the clinical review"
    save_in_admin(admin_client, condition, overview="## Overview\n\nA rewrite that went wrong.")
    restore(admin_client, condition, first)
    condition.refresh_from_db()
    # The admin form trims the trailing newline the seed text has; nothing else differs.
    assert condition.overview == original.strip()


def test_staff_without_rights_to_content_cannot_read_its_history(admin_client, condition):
    save_in_admin(admin_client, condition, title="Changed")
    first, second = revisions(condition)[-2:]
    other_staff = Client()
    other_staff.force_login(make_user("other-staff"))
    history = other_staff.get(admin_url(condition, "history", condition.pk))
    compare = other_staff.get(
        admin_url(condition, "compare", condition.pk), {"from": first.pk, "to": second.pk}
    )
    assert history.status_code == 403
    assert compare.status_code == 403
