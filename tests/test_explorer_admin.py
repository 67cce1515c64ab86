"""Editors own the explorer's clinical logic: areas, factors and their links, in the admin."""

import html

import pytest
from django.test import Client
from django.urls import reverse

from conditions.models import Area, ConditionArea, ConditionFactor, Factor
from tests.admin_forms import form_data
from tests.conftest import approve_pending, pending_value
from tests.users import make_editor

pytestmark = pytest.mark.django_db

EXPLORER = reverse("conditions:explorer")
MODELS = [Area, Factor, ConditionArea, ConditionFactor]


def editor(name="editor"):
    client = Client()
    client.force_login(make_editor(name))
    return client


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_editors_can_open_every_explorer_list_and_item(model):
    client = editor()
    assert client.get(reverse(f"admin:conditions_{model._meta.model_name}_changelist")).status_code == 200
    assert client.get(change_url(model.objects.first())).status_code == 200


def test_an_editors_change_to_an_area_shows_on_the_explorer_at_once(client):
    buttock = Area.objects.get(slug="buttock")
    admin = editor()
    url = change_url(buttock)
    assert admin.post(url, {**form_data(admin.get(url)), "name": "Bottom"}).status_code == 302
    approve_pending(buttock)
    assert "Bottom" in client.get(EXPLORER).content.decode()


def test_an_editors_change_to_a_link_is_kept_in_its_history():
    link = ConditionFactor.objects.first()
    admin = editor()
    url = change_url(link)
    admin.post(url, {**form_data(admin.get(url)), "reason": "A clearer reason."})
    approve_pending(link)
    latest = link.history.first()
    assert latest.reason == "A clearer reason."
    assert latest.history_user.username == "editor"


@pytest.mark.parametrize(("model", "field"), [(Area, "name"), (ConditionArea, "reason")])
def test_the_second_of_two_conflicting_saves_is_refused(model, field):
    obj = model.objects.first()
    url = change_url(obj)
    alice, bob = editor("alice"), editor("bob")
    alice_form, bob_form = form_data(alice.get(url)), form_data(bob.get(url))
    assert alice.post(url, {**alice_form, field: "Alice's version"}).status_code == 302
    response = bob.post(url, {**bob_form, field: "Bob's version"})
    assert response.status_code == 200
    assert "your changes have not been saved" in html.unescape(response.content.decode())
    assert pending_value(obj, field) == "Alice's version"
