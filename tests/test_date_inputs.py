"""Editors type dates as the admin shows them ("30 November 2026"); the ISO way still works."""

import datetime

import pytest
from django.urls import reverse

from conditions.models import PendingChange
from tests.admin_forms import form_data
from tests.conftest import make_condition, pending_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def condition():
    return make_condition(
        slug="dates", last_reviewed=datetime.date(2026, 3, 5),
        next_review_due=datetime.date(2027, 3, 5),
    )


def change_url(condition):
    return reverse("admin:conditions_condition_change", args=[condition.pk])


def save(client, condition, **typed):
    url = change_url(condition)
    return client.post(url, {**form_data(client.get(url)), **typed})


def test_date_boxes_show_dates_as_the_admin_writes_them(editor, condition):
    html = editor.get(change_url(condition)).content.decode()
    assert 'value="05 March 2026"' in html
    assert 'value="05 March 2027"' in html


def test_a_date_typed_as_the_admin_shows_it_is_accepted(editor, condition):
    response = save(editor, condition, next_review_due="30 November 2027",
                    publish_at_0="15 Jan 2027", publish_at_1="09:00")
    assert response.status_code == 302
    assert pending_value(condition, "next_review_due") == "2027-11-30"
    assert pending_value(condition, "publish_at").startswith("2027-01-15T09:00")


def test_a_date_typed_the_iso_way_is_still_accepted(editor, condition):
    response = save(editor, condition, next_review_due="2027-11-30")
    assert response.status_code == 302
    assert pending_value(condition, "next_review_due") == "2027-11-30"


def test_a_badly_typed_date_says_how_to_write_one_and_keeps_what_was_typed(editor, condition):
    response = save(editor, condition, next_review_due="31/11/2027",
                    summary="A summary typed with the bad date.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the date as day, month and year, for example 30 November 2026." in html
    assert 'value="31/11/2027"' in html
    assert "A summary typed with the bad date." in html
    assert not PendingChange.objects.exists()
