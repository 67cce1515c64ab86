import pytest
from django.contrib import admin
from django.urls import reverse

from conditions.admin import WarningSignInline
from conditions.admin.explorer import ConditionAreaInline, ConditionFactorInline
from conditions.models import CareAdvice, Condition, SiteText, WarningSign
from tests.admin_forms import form_data
from tests.conftest import approve_pending

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.mark.parametrize("model", [Condition, WarningSign, CareAdvice, SiteText])
def test_every_content_type_has_a_working_list_and_change_page(admin_client, model):
    changelist = reverse(f"admin:conditions_{model._meta.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "hip"}).status_code == 200
    assert admin_client.get(change_url(model.objects.first())).status_code == 200


def test_condition_add_form_opens(admin_client):
    assert admin_client.get(reverse("admin:conditions_condition_add")).status_code == 200


def test_an_approved_edit_saved_in_the_admin_shows_on_the_page_at_once(admin_client, client):
    condition = Condition.objects.get(slug="sciatica")
    client.get(condition.get_absolute_url())  # a reader has the old page
    data = form_data(admin_client.get(change_url(condition)))
    data["overview"] = data["overview"] + "\n\nA sentence an editor just added."
    response = admin_client.post(change_url(condition), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    approve_pending(condition)
    assert "A sentence an editor just added." in client.get(condition.get_absolute_url()).content.decode()


def test_an_approved_site_text_edit_shows_on_the_hub_at_once(admin_client, client):
    texts = SiteText.objects.get()
    client.get(reverse("conditions:hub"))
    data = form_data(admin_client.get(change_url(texts)))
    data["hub_title"] = "Hip pain in runners, explained"
    assert admin_client.post(change_url(texts), data).status_code == 302
    approve_pending(texts)
    assert "Hip pain in runners, explained" in client.get(reverse("conditions:hub")).content.decode()


def test_site_texts_cannot_be_added_twice_or_deleted(admin_client):
    assert admin_client.get(reverse("admin:conditions_sitetext_add")).status_code == 403
    texts = SiteText.objects.get()
    delete = reverse("admin:conditions_sitetext_delete", args=[texts.pk])
    assert admin_client.get(delete).status_code == 403


def test_care_advice_cannot_be_deleted(admin_client):
    tier = CareAdvice.objects.get(tier="emergency")
    assert admin_client.get(reverse("admin:conditions_careadvice_delete", args=[tier.pk])).status_code == 403


def test_admin_needs_a_login(client):
    response = client.get(reverse("admin:conditions_condition_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


@pytest.mark.parametrize("inline", [WarningSignInline, ConditionAreaInline, ConditionFactorInline])
def test_a_conditions_linked_rows_are_read_and_named_in_one_query(
    rf, admin_user, inline, django_assert_num_queries
):
    """Every box of a row is named after the row's item for screen readers; naming them must
    not read each row's item again, on every open and every save of the page."""
    condition = Condition.objects.get(slug="sciatica")
    request = rf.get("/")
    request.user = admin_user
    rows = inline(Condition, admin.site)
    formset = rows.get_formset(request, condition)(
        instance=condition, queryset=rows.get_queryset(request)
    )
    with django_assert_num_queries(1):
        forms = formset.forms
    assert len(forms) >= 2
    assert str(forms[0].instance) in forms[0].fields["DELETE"].widget.attrs["aria-label"]
