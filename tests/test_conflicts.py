"""Two editors saving the same item: the second save is refused and loses nothing."""

import html

import pytest
from django.test import Client
from django.urls import reverse

from conditions.models import CareAdvice, Condition, SiteText, WarningSign
from tests.admin_forms import form_data
from tests.conftest import approve_pending, pending_value
from tests.users import make_editor

pytestmark = pytest.mark.django_db

# For each content type: a text field both editors change.
EDITS = [(Condition, "overview"), (WarningSign, "why_it_matters"), (CareAdvice, "meanwhile"), (SiteText, "hub_intro")]


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def editor(name):
    client = Client()
    client.force_login(make_editor(name))
    return client


@pytest.fixture
def alice():
    return editor("alice")


@pytest.fixture
def bob():
    return editor("bob")


@pytest.mark.parametrize(("model", "field"), EDITS)
def test_the_second_of_two_conflicting_saves_is_refused_and_keeps_its_text(
    alice, bob, model, field
):
    obj = model.objects.first()
    url = change_url(obj)
    alice_form, bob_form = form_data(alice.get(url)), form_data(bob.get(url))

    assert alice.post(url, {**alice_form, field: "Alice's careful rewrite."}).status_code == 302
    response = bob.post(url, {**bob_form, field: "Bob's own rewrite, typed for an hour."})

    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert f"This {obj._meta.verbose_name} was saved by alice at" in page
    assert "your changes have not been saved" in page
    assert f'<a href="{url}" target="_blank">the newer version</a>' in page
    assert "Bob's own rewrite, typed for an hour." in page
    assert pending_value(obj, field) == "Alice's careful rewrite."


def test_a_refused_save_stays_refused_until_the_editor_opens_the_newer_version(alice, bob):
    condition = Condition.objects.first()
    url = change_url(condition)
    alice_form, bob_form = form_data(alice.get(url)), form_data(bob.get(url))
    alice.post(url, {**alice_form, "title": "Alice's title"})

    refused = bob.post(url, {**bob_form, "title": "Bob's title"})
    assert bob.post(url, form_data(refused)).status_code == 200

    newer = form_data(bob.get(url))
    assert newer["title"] == "Alice's title"
    assert bob.post(url, {**newer, "title": "Bob's title"}).status_code == 302
    assert pending_value(condition, "title") == "Bob's title"


def test_one_editor_can_save_the_same_item_again_and_again(alice):
    condition = Condition.objects.first()
    url = change_url(condition)
    for number in range(3):
        response = alice.post(url, {**form_data(alice.get(url)), "title": f"Title {number}"})
        assert response.status_code == 302
    assert pending_value(condition, "title") == "Title 2"


def test_save_and_continue_editing_keeps_working(alice):
    condition = Condition.objects.first()
    url = change_url(condition)
    data = {**form_data(alice.get(url)), "_continue": "Save"}
    response = alice.post(url, {**data, "title": "First"}, follow=True)
    assert response.status_code == 200
    second = {**form_data(response), "title": "Second", "_continue": "Save"}
    assert alice.post(url, second).status_code == 302
    assert pending_value(condition, "title") == "Second"


def test_a_form_without_its_version_is_refused(alice):
    condition = Condition.objects.first()
    url = change_url(condition)
    data = form_data(alice.get(url))
    del data["opened_version"]
    assert alice.post(url, {**data, "title": "Blind overwrite"}).status_code == 200
    condition.refresh_from_db()
    assert condition.title != "Blind overwrite"


def test_restoring_an_old_revision_over_a_newer_save_is_refused(alice, bob):
    condition = Condition.objects.first()
    url = change_url(condition)
    alice.post(url, {**form_data(alice.get(url)), "title": "Version one"})
    approve_pending(condition)
    alice.post(url, {**form_data(alice.get(url)), "title": "Version two"})
    approve_pending(condition)
    first = Condition.history.filter(id=condition.pk, title="Version one").get()
    restore_url = reverse(
        "admin:conditions_condition_simple_history", args=[condition.pk, first.history_id]
    )
    restore_form = form_data(bob.get(restore_url))

    alice.post(url, {**form_data(alice.get(url)), "title": "Version three"})
    response = bob.post(restore_url, restore_form)

    assert response.status_code == 200
    assert "your changes have not been saved" in response.content.decode()
    assert pending_value(condition, "title") == "Version three"


def test_adding_new_content_is_never_treated_as_a_conflict(alice):
    url = reverse("admin:conditions_warningsign_add")
    data = {**form_data(alice.get(url)), "sign": "A brand new sign",
            "why_it_matters": "Because.", "tier": "urgent", "order": "0",
            "source_title": "NHS: Hip pain in adults",
            "source_url": "https://www.nhs.uk/symptoms/hip-pain/"}
    assert alice.post(url, data).status_code == 302
    assert WarningSign.objects.filter(sign="A brand new sign").exists()
