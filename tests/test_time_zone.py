"""Editors read and type times in their own time zone, not the server's."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from conditions.models import Condition, EditorTimeZone
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_condition
from tests.users import make_editor

pytestmark = pytest.mark.django_db

TIME_ZONE = reverse("admin_time_zone")


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_editor())
    return client


def test_an_editor_can_choose_their_time_zone(editor):
    response = editor.post(TIME_ZONE, {"time_zone": "America/New_York"})
    assert response.status_code == 302
    assert EditorTimeZone.objects.get().time_zone == "America/New_York"
    assert "now shown in America/New_York" in editor.get(response["Location"]).content.decode()


def test_an_unknown_time_zone_is_refused_with_a_message(editor):
    response = editor.post(TIME_ZONE, {"time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 400
    assert "Choose a time zone from the list." in response.content.decode()
    assert not EditorTimeZone.objects.exists()


def test_the_time_zone_page_needs_a_sign_in(client):
    response = client.get(TIME_ZONE)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_an_editor_in_new_york_who_schedules_nine_oclock_gets_nine_oclock_new_york(editor):
    editor.post(TIME_ZONE, {"time_zone": "America/New_York"})
    condition = make_condition(slug="scheduled")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = {**form_data(editor.get(url)), "publish_at_0": "2027-01-15", "publish_at_1": "09:00:00"}
    assert editor.post(url, data).status_code == 302
    approve_pending(condition)
    condition.refresh_from_db()
    # New York is five hours behind UTC in January.
    assert condition.publish_at == datetime.datetime(2027, 1, 15, 14, 0, tzinfo=datetime.UTC)
    assert 'value="09:00:00"' in editor.get(url).content.decode()


def test_without_a_choice_the_admin_uses_the_sites_time_zone(editor):
    condition = make_condition(slug="utc")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = {**form_data(editor.get(url)), "publish_at_0": "2027-01-15", "publish_at_1": "09:00:00"}
    editor.post(url, data)
    approve_pending(condition)
    assert Condition.objects.get(pk=condition.pk).publish_at.hour == 9

