"""Draft, preview, publish and schedule: readers see a page only once it is published and due."""

import datetime
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from conditions.models import Condition
from tests.conftest import make_condition

pytestmark = pytest.mark.django_db

LIST = reverse("conditions:list")


@pytest.fixture
def scheduled():
    publish_at = timezone.now() + datetime.timedelta(days=2)
    return make_condition(title="Scheduled page", slug="scheduled", publish_at=publish_at)


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_a_scheduled_page_is_hidden_until_its_publish_date(client, scheduled):
    with at(scheduled.publish_at - datetime.timedelta(minutes=1)):
        assert client.get(scheduled.get_absolute_url()).status_code == 404
        assert "Scheduled page" not in client.get(LIST).content.decode()
        assert scheduled not in Condition.objects.published()


def test_a_scheduled_page_appears_from_its_publish_date(client, scheduled):
    with at(scheduled.publish_at):
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        assert "Scheduled page" in client.get(LIST).content.decode()
        assert "Scheduled page" in client.get(reverse("conditions:hub")).content.decode()


def test_staff_preview_a_scheduled_page_with_its_date(admin_client, scheduled):
    html = admin_client.get(scheduled.get_absolute_url()).content.decode()
    assert "Draft preview." in html
    assert "Readers cannot see this page until" in html


def test_a_draft_with_a_past_publish_date_stays_hidden(client):
    draft = make_condition(slug="draft", status=Condition.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_the_condition_list_in_the_admin_links_to_a_preview_of_drafts(admin_client, scheduled):
    draft = make_condition(title="Draft page", slug="draft", status=Condition.Status.DRAFT)
    html = admin_client.get(reverse("admin:conditions_condition_changelist")).content.decode()
    for page in (draft, scheduled):
        assert f'<a href="{page.get_absolute_url()}">Preview' in html
    live = Condition.objects.get(slug="sciatica")
    assert f'<a href="{live.get_absolute_url()}">View' in html


def test_the_change_form_has_a_view_on_site_link_that_opens_the_draft(admin_client):
    draft = make_condition(slug="draft", status=Condition.Status.DRAFT)
    html = admin_client.get(
        reverse("admin:conditions_condition_change", args=[draft.pk])
    ).content.decode()
    [link] = re.findall(r'<a href="([^"]+)" class="viewsitelink">', html)
    response = admin_client.get(link, follow=True)
    assert response.redirect_chain[-1][0].endswith(draft.get_absolute_url())
    assert "Draft preview." in response.content.decode()
