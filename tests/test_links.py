"""Every link an editor types is checked (issue 12, point 5), tried the way it was attacked:
a javascript: link saved as the emergency button's address, and //evil.example in Markdown."""

import importlib

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from conditions.markdown import render
from conditions.models import CareAdvice, Condition, SiteText, Tier, WarningSign
from tests.admin_forms import form_data
from tests.conftest import answer

pytestmark = pytest.mark.django_db

SCRIPT = "javascript:alert(document.domain)"
OFF_SITE = "//evil.example"
REFUSED = [SCRIPT, OFF_SITE, "/\\evil.example", " javascript:alert(1)", "java\tscript:alert(1)",
           "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x",
           "{number}", "evil.example"]
ACCEPTED = ["tel:{number}", "tel:0800123456", "https://www.nhs.uk/", "http://example.org/a",
            "mailto:help@example.org", "/", "/conditions/sciatica/", "HTTPS://WWW.NHS.UK/"]


def change_url(obj):
    return reverse(f"admin:conditions_{obj._meta.model_name}_change", args=[obj.pk])


def emergency():
    return CareAdvice.objects.get(tier=Tier.EMERGENCY)


@pytest.mark.parametrize("link", REFUSED)
def test_a_care_advice_button_refuses_script_and_off_site_links(link):
    advice = emergency()
    advice.action_url = link
    with pytest.raises(ValidationError) as refused:
        advice.full_clean()
    assert "cannot be used as a link" in str(refused.value.message_dict["action_url"])


@pytest.mark.parametrize("link", REFUSED)
def test_the_call_to_action_refuses_script_and_off_site_links(link):
    texts = SiteText.objects.get()
    texts.cta_url = link
    with pytest.raises(ValidationError) as refused:
        texts.full_clean()
    assert "cta_url" in refused.value.message_dict


@pytest.mark.parametrize("link", ACCEPTED)
def test_phone_web_email_and_site_links_are_accepted(link):
    advice, texts = emergency(), SiteText.objects.get()
    advice.action_url = texts.cta_url = link
    advice.full_clean()
    texts.full_clean()


def test_the_admin_refuses_a_script_link_for_the_emergency_button_with_a_message(admin_client):
    advice = emergency()
    data = form_data(admin_client.get(change_url(advice)))
    data["action_url"] = SCRIPT
    response = admin_client.post(change_url(advice), data)
    assert response.status_code == 200
    assert "cannot be used as a link" in response.content.decode()
    assert emergency().action_url == "tel:{number}"


def test_the_admin_refuses_an_off_site_call_to_action_with_a_message(admin_client):
    texts = SiteText.objects.get()
    data = form_data(admin_client.get(change_url(texts)))
    data["cta_url"] = OFF_SITE
    response = admin_client.post(change_url(texts), data)
    assert response.status_code == 200
    assert "cannot be used as a link" in response.content.decode()
    assert SiteText.objects.get().cta_url != OFF_SITE


def test_the_database_refuses_a_script_link_saved_without_the_form():
    with pytest.raises(IntegrityError), transaction.atomic():
        CareAdvice.objects.filter(tier=Tier.EMERGENCY).update(action_url=SCRIPT)
    with pytest.raises(IntegrityError), transaction.atomic():
        SiteText.objects.update(cta_url=OFF_SITE)


def test_the_emergency_button_never_renders_a_script_link(client):
    with pytest.raises(IntegrityError), transaction.atomic():
        advice = emergency()
        advice.action_url = SCRIPT
        advice.save()
    flag = WarningSign.objects.active().filter(tier=Tier.EMERGENCY).first()
    html = answer(client, {"signs": [flag.pk]}).content.decode()
    assert 'href="tel:911"' in html
    assert "javascript:" not in html


@pytest.mark.parametrize("link", [OFF_SITE, "/\\evil.example", "\\\\evil.example", SCRIPT])
def test_markdown_drops_links_that_leave_the_site_or_run_code(link):
    html = render(f"[Read more]({link}) ![A picture]({link}/x.png)")
    assert "evil" not in html and "javascript" not in html
    assert "Read more" in html


@pytest.mark.parametrize("link", ["https://www.nhs.uk/", "mailto:a@example.org",
                                  "/conditions/sciatica/", "#causes", "/media/x.png"])
def test_markdown_keeps_web_email_site_and_same_page_links(link):
    assert f'href="{link}"' in render(f"[Read more]({link})")


@pytest.mark.parametrize("link", [OFF_SITE, SCRIPT])
def test_markdown_with_an_off_site_or_script_link_is_refused_by_full_clean(link):
    condition = Condition.objects.get(slug="sciatica")
    condition.overview += f"\n\n[Read more]({link})"
    with pytest.raises(ValidationError) as refused:
        condition.full_clean()
    assert link in str(refused.value.message_dict["overview"])


def test_the_admin_refuses_markdown_with_an_off_site_link_with_a_message(admin_client):
    condition = Condition.objects.get(slug="sciatica")
    data = form_data(admin_client.get(change_url(condition)))
    data["overview"] += f"\n\n[Read more]({OFF_SITE})"
    response = admin_client.post(change_url(condition), data)
    assert response.status_code == 200
    assert "Links and images may only go to" in response.content.decode()
    assert OFF_SITE not in Condition.objects.get(slug="sciatica").overview


def test_site_texts_markdown_with_an_off_site_link_is_refused_by_full_clean():
    texts = SiteText.objects.get()
    texts.disclaimer += f" [More]({OFF_SITE})"
    with pytest.raises(ValidationError) as refused:
        texts.full_clean()
    assert "disclaimer" in refused.value.message_dict


class Row:
    """A stored row as the migration sees it."""

    def __init__(self, **fields):
        self.__dict__.update(fields)
        self.saved = None

    def save(self, update_fields):
        self.saved = update_fields


class StoredRows:
    def __init__(self, rows):
        self.rows = rows

    def get_model(self, app, name):
        rows = self.rows.get(name, [])
        return type(name, (), {"objects": type("Manager", (), {"all": lambda self: rows})()})


def test_migration_0011_replaces_stored_script_links_and_renders_off_site_markdown_again():
    safe_links = importlib.import_module("conditions.migrations.0009_safe_links")
    emergency_advice = Row(tier="emergency", action_url=SCRIPT, what_to_do="Call.",
                           meanwhile=f"[x]({OFF_SITE})", meanwhile_html=f'<a href="{OFF_SITE}">x</a>')
    soon_advice = Row(tier="soon", action_url=OFF_SITE, what_to_do="", meanwhile="")
    good_advice = Row(tier="urgent", action_url="https://www.nhs.uk/", what_to_do="", meanwhile="")
    texts = Row(cta_url="javascript:void(0)", hub_intro="", care_intro="", cta_text="",
                disclaimer=f"Call {{number}}. [x]({OFF_SITE})", disclaimer_html="old",
                checklist_intro="", checklist_emergency_notice="", emergency_number="999")
    stored = StoredRows({"CareAdvice": [emergency_advice, soon_advice, good_advice],
                         "SiteText": [texts], "Condition": []})
    safe_links.make_links_safe(stored, None)
    assert emergency_advice.action_url == "tel:{number}"
    assert soon_advice.action_url == "/"
    assert good_advice.action_url == "https://www.nhs.uk/" and good_advice.saved is None
    assert texts.cta_url == "/"
    assert "evil" not in emergency_advice.meanwhile_html
    assert "evil" not in texts.disclaimer_html and "Call 999." in texts.disclaimer_html
