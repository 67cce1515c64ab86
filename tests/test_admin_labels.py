"""The admin in the editors' words: its name, plain labels, urgency in order, one date format."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from conditions.models import CareAdvice, Condition, Tier, WarningSign
from tests.conftest import make_condition, make_warning_sign

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def test_the_sign_in_page_says_hipguide_editors(client):
    page = client.get(reverse("admin:login")).content.decode()
    assert "HipGuide editors" in page
    assert "Django administration" not in page


def test_every_admin_page_is_headed_hipguide_editors(admin_client):
    page = admin_client.get(reverse("admin:index")).content.decode()
    assert "<title>HipGuide editors | HipGuide editors</title>" in page
    assert "Django" not in page


@pytest.mark.parametrize(("model", "title"), [
    (Condition, "Choose a condition to change"),
    (WarningSign, "Choose a warning sign to change"),
    (CareAdvice, "Choose care advice to change"),
])
def test_lists_ask_the_editor_to_choose_in_plain_words(admin_client, model, title):
    page = admin_client.get(reverse(f"admin:conditions_{model._meta.model_name}_changelist"))
    assert f"<h1>{title}</h1>" in page.content.decode()
    assert "Select" not in page.context["title"]


@pytest.mark.parametrize(("model", "labels", "jargon"), [
    (WarningSign, ["Warning sign:", "How urgent:", "Related conditions:"], ["Sign:", "Tier:"]),
    (CareAdvice, ["Action link:", "How urgent:", "In the meantime:"], ["Action url:", "Tier:"]),
    (Condition, ["Web address:", "Overview:"], ["Slug:", "Body:"]),
])
def test_fields_have_plain_labels(admin_client, model, labels, jargon):
    page = admin_client.get(change_url(model.objects.first())).content.decode()
    for label in labels:
        assert label in page
    for word in jargon:
        assert word not in page


def test_the_how_urgent_choices_come_most_urgent_first(admin_client):
    page = admin_client.get(reverse("admin:conditions_warningsign_add")).content.decode()
    select = re.search(r'<select name="tier".*?</select>', page, re.S).group()
    offered = re.findall(r'<option value="(\w+)"', select)
    assert offered == ["emergency", "urgent", "soon"]


def test_the_warning_sign_list_is_sorted_by_urgency_not_alphabetically(admin_client):
    response = admin_client.get(reverse("admin:conditions_warningsign_changelist"))
    tiers = [sign.tier_id for sign in response.context["cl"].result_list]
    assert set(tiers) == {"emergency", "urgent", "soon"}
    assert tiers == sorted(tiers, key=Tier.values.index)


def test_deleting_a_condition_lists_its_warning_sign_links_by_name(admin_client):
    condition = make_condition(title="Hip flexor strain", slug="hip-flexor-strain")
    make_warning_sign(sign="Your hip gave way", conditions=[condition])
    delete = reverse("admin:conditions_condition_delete", args=[condition.pk])
    page = admin_client.get(delete).content.decode()
    assert "Link to a warning sign: “Your hip gave way” points to Hip flexor strain" in page
    assert "object (" not in page


def test_dates_in_the_admin_are_written_one_way(admin_client):
    due = timezone.localdate() + datetime.timedelta(days=10)
    make_condition(title="Dated", slug="dated", next_review_due=due)
    page = admin_client.get(reverse("admin:conditions_condition_changelist")).content.decode()
    assert f"(due {due.day} {due:%B %Y})" in page


def test_history_times_are_written_the_same_way(admin_client):
    condition = make_condition(slug="dated-history")
    page = admin_client.get(reverse("admin:conditions_condition_history", args=[condition.pk]))
    saved = timezone.localtime(condition.history.first().history_date)
    assert f"{saved.day} {saved:%B %Y, %H:%M}" in page.content.decode()


def test_the_warning_sign_list_sorts_by_urgency_when_its_column_is_clicked(admin_client):
    changelist = reverse("admin:conditions_warningsign_changelist")
    response = admin_client.get(changelist, {"o": "-2"})
    tiers = [sign.tier_id for sign in response.context["cl"].result_list]
    assert tiers == sorted(tiers, key=Tier.values.index, reverse=True)


def test_the_how_urgent_filter_lists_the_most_urgent_first(admin_client):
    response = admin_client.get(reverse("admin:conditions_warningsign_changelist"))
    tier_filter = next(f for f in response.context["cl"].filter_specs if f.title == "how urgent")
    assert [str(advice) for _, advice in tier_filter.lookup_choices][:3] == [
        Tier.EMERGENCY.label, Tier.URGENT.label, Tier.SOON.label,
    ]
