"""Safety rails in the admin: serious warning signs are not switched off, nor conditions
deleted, without saying what readers lose; a page that moves keeps its old address working."""

import pytest
from django.urls import reverse

from conditions.models import Condition, OldAddress, WarningSign
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_condition, make_reference, make_warning_sign

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def switch_off(client, sign, **extra):
    data = form_data(client.get(change_url(sign)))
    data.pop("is_active", None)
    return client.post(change_url(sign), {**data, **extra})


@pytest.fixture
def emergency_sign():
    condition = make_condition(title="Hip fracture", slug="hip-fracture")
    return make_warning_sign(tier="emergency", sign="I cannot stand on my leg",
                             conditions=[condition])


def test_switching_off_an_emergency_sign_asks_first_and_says_what_readers_lose(
    admin_client, emergency_sign
):
    response = switch_off(admin_client, emergency_sign)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Switch off this warning sign?" in page
    assert "the sign on the warning-sign checklist" in page
    assert "the sign on the page about Hip fracture" in page
    assert WarningSign.objects.get(pk=emergency_sign.pk).is_active


def test_confirming_switches_the_emergency_sign_off(admin_client, emergency_sign):
    response = switch_off(admin_client, emergency_sign, _confirm_switch_off="yes")
    assert response.status_code == 302
    approve_pending(emergency_sign)
    assert not WarningSign.objects.get(pk=emergency_sign.pk).is_active


def test_the_confirmation_carries_the_editors_other_changes(admin_client, emergency_sign):
    page = switch_off(admin_client, emergency_sign, why_it_matters="A new reason.").content
    assert b'name="why_it_matters" value="A new reason."' in page
    assert b'name="_confirm_switch_off" value="yes"' in page


def test_switching_off_an_urgent_sign_asks_first_too(admin_client):
    sign = make_warning_sign(tier="urgent")
    assert switch_off(admin_client, sign).status_code == 200
    assert WarningSign.objects.get(pk=sign.pk).is_active


def test_switching_off_a_soon_sign_needs_no_confirmation(admin_client):
    sign = make_warning_sign(tier="soon")
    assert switch_off(admin_client, sign).status_code == 302
    approve_pending(sign)
    assert not WarningSign.objects.get(pk=sign.pk).is_active


def test_the_warning_sign_list_cannot_switch_signs_off_without_asking(admin_client):
    page = admin_client.get(reverse("admin:conditions_warningsign_changelist")).content.decode()
    assert 'name="form-0-order"' in page
    assert 'name="form-0-is_active"' not in page


def test_deleting_a_condition_says_what_readers_will_lose(admin_client):
    condition = make_condition(title="Piriformis syndrome", slug="piriformis")
    make_reference(condition)
    make_reference(condition)
    make_warning_sign(sign="My buttock is numb", conditions=[condition])
    page = admin_client.get(reverse("admin:conditions_condition_delete", args=[condition.pk]))
    text = page.content.decode()
    assert "What readers will lose" in text
    assert "The page at /conditions/piriformis/" in text
    assert "Its 2 references." in text
    assert "from 1 warning sign on the checklist: “My buttock is numb”" in text


def test_conditions_cannot_be_deleted_in_bulk_without_that_warning(admin_client):
    response = admin_client.get(reverse("admin:conditions_condition_changelist"))
    assert "delete_selected" not in response.context["cl"].model_admin.get_actions(
        response.wsgi_request
    )


def rename(client, condition, slug):
    data = {**form_data(client.get(change_url(condition))), "slug": slug}
    response = client.post(change_url(condition), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    approve_pending(condition)


def test_a_changed_web_address_sends_readers_of_the_old_one_on_for_good(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    rename(admin_client, condition, "sciatic-nerve-pain")
    response = client.get("/conditions/sciatica/")
    assert response.status_code == 301
    assert response["Location"] == "/conditions/sciatic-nerve-pain/"
    assert client.get("/conditions/sciatic-nerve-pain/").status_code == 200


def test_a_new_address_awaiting_review_changes_nothing_for_readers(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    url = change_url(condition)
    data = {**form_data(admin_client.get(url)), "slug": "sciatic-nerve-pain"}
    assert admin_client.post(url, data).status_code == 302
    assert client.get("/conditions/sciatica/").status_code == 200
    assert client.get("/conditions/sciatic-nerve-pain/").status_code == 404
    assert not OldAddress.objects.filter(condition=condition).exists()


def test_every_earlier_address_leads_to_the_latest(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    rename(admin_client, condition, "sciatic-nerve-pain")
    rename(admin_client, condition, "sciatica-explained")
    for old in ("sciatica", "sciatic-nerve-pain"):
        assert client.get(f"/conditions/{old}/")["Location"] == "/conditions/sciatica-explained/"


def test_going_back_to_an_old_address_makes_it_the_page_again(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    rename(admin_client, condition, "sciatic-nerve-pain")
    rename(admin_client, condition, "sciatica")
    assert client.get("/conditions/sciatica/").status_code == 200
    assert client.get("/conditions/sciatic-nerve-pain/")["Location"] == "/conditions/sciatica/"
    assert not OldAddress.objects.filter(slug="sciatica").exists()


def test_a_new_page_at_an_old_address_wins_over_the_redirect(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    rename(admin_client, condition, "sciatic-nerve-pain")
    make_condition(title="Sciatica, a new page", slug="sciatica")
    assert client.get("/conditions/sciatica/").status_code == 200


def test_an_old_address_of_a_draft_tells_readers_nothing(admin_client, client):
    condition = make_condition(slug="draft-page", status=Condition.Status.DRAFT)
    rename(admin_client, condition, "draft-page-renamed")
    assert client.get("/conditions/draft-page/").status_code == 404


def test_an_address_that_never_existed_is_still_not_found(client):
    assert client.get("/conditions/no-such-page/").status_code == 404


def test_the_redirect_costs_two_queries(admin_client, client, django_assert_num_queries):
    condition = Condition.objects.get(slug="sciatica")
    rename(admin_client, condition, "sciatic-nerve-pain")
    client.get("/conditions/sciatic-nerve-pain/")
    with django_assert_num_queries(2):
        assert client.get("/conditions/sciatica/").status_code == 301
