"""Content checks: warnings after a save, for each kind of problem, never a block."""

import pytest
from django.urls import reverse

from conditions.editor_warnings import (
    content_checks,
    content_warnings,
    markdown_warnings,
    summary_warnings,
)
from conditions.models import CareAdvice, Condition, SiteText
from tests.admin_forms import form_data
from tests.conftest import make_condition, pending_value

pytestmark = pytest.mark.django_db


def warnings_for(markdown_text):
    return markdown_warnings(markdown_text, "Body")


def test_clean_content_gets_no_warnings():
    text = (
        "## Overview\n\nSee [the NHS page on sciatica](https://www.nhs.uk/).\n\n"
        "### Detail\n\n![A runner holding the outside of her hip](/media/hip.png)\n\n## Next"
    )
    assert warnings_for(text) == []


@pytest.mark.parametrize("text", ["![](/media/a.png)", '<img src="/media/a.png">', "![ ](/a.png)"])
def test_an_image_without_alt_text_is_flagged(text):
    [warning] = warnings_for(text)
    assert "has no alt text" in warning


def test_a_skipped_heading_level_is_flagged():
    [warning] = warnings_for("## Overview\n\n#### Detail")
    assert "a level 4 heading follows a level 2 heading" in warning


def test_a_body_starting_below_level_two_is_flagged():
    [warning] = warnings_for("### Overview")
    assert "a level 3 heading follows a level 1 heading" in warning


def test_going_back_up_heading_levels_is_fine():
    assert warnings_for("## A\n\n### B\n\n#### C\n\n## D\n\n### E") == []


@pytest.mark.parametrize("text", ["# Title again\n\nText", "Title again\n===\n\nText"])
def test_an_h1_in_the_body_is_flagged(text):
    [warning] = warnings_for(text)
    assert "top-level heading" in warning


@pytest.mark.parametrize("link_text", [
    "click here", "Click here.", "here", "Read more", "link", "more", "this page",
])
def test_links_whose_text_says_nothing_are_flagged(link_text):
    [warning] = warnings_for(f"For more, [{link_text}](https://www.nhs.uk/).")
    assert "does not say where it goes" in warning


@pytest.mark.parametrize("text", [
    "<https://www.nhs.uk/conditions/sciatica/>",
    "[https://www.nhs.uk/](https://www.nhs.uk/)",
    "[www.nhs.uk](https://www.nhs.uk/)",
])
def test_bare_web_addresses_as_link_text_are_flagged(text):
    [warning] = warnings_for(text)
    assert "bare web address" in warning


def test_an_empty_summary_is_flagged():
    assert "Summary: is empty" in summary_warnings("  ")[0]


def test_a_summary_too_long_for_search_results_is_flagged():
    assert summary_warnings("x" * 160) == []
    [warning] = summary_warnings("x" * 161)
    assert "161 characters" in warning


def test_every_markdown_field_of_a_model_is_checked():
    tier = CareAdvice.objects.get(tier="urgent")
    tier.what_to_do = "[click here](https://example.org/)"
    tier.meanwhile = "![](/media/a.png)"
    tier.save()
    warnings = content_warnings(tier)
    assert any(w.startswith("What to do:") and "does not say" in w for w in warnings)
    assert any(w.startswith("In the meantime:") and "alt text" in w for w in warnings)


def test_the_seeded_content_passes_its_own_checks():
    for condition in Condition.objects.all():
        assert content_checks(condition) == [], condition.slug


def test_the_admin_warns_after_saving_and_still_saves(admin_client):
    condition = make_condition(slug="checked")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = {
        **form_data(admin_client.get(url)),
        "summary": "y" * 200,
        "overview": "## A\n\n#### B\n\n![](/media/a.png)\n\n[click here](https://www.nhs.uk/)\n\n"
                "<https://www.nhs.uk/>",
    }
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    warnings = [m.message for m in response.context["messages"] if m.level_tag == "warning"]
    assert len(warnings) == 5
    for expected in ["200 characters", "level 4 heading", "no alt text", "does not say",
                     "bare web address"]:
        assert any(expected in warning for warning in warnings), expected
    assert pending_value(condition, "summary") == "y" * 200


def test_a_clean_save_shows_no_warnings(admin_client):
    condition = make_condition(slug="clean")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    response = admin_client.post(url, form_data(admin_client.get(url)), follow=True)
    assert [m for m in response.context["messages"] if m.level_tag == "warning"] == []


@pytest.mark.parametrize("text", [
    "Call {number} now if you cannot walk.",
    "See a doctor the same day.",
    "Ask for a same-day appointment.",
    "Go to A&E.",
    "It can be an emergency.",
    "Call 911 straight away.",
    "call 999",
])
def test_urgent_advice_typed_into_a_section_is_flagged(text):
    [warning] = content_warnings(make_condition(slug="urgent-words", symptoms=text))
    assert warning.startswith("Symptoms: says")
    assert "belongs in a warning sign" in warning


def test_a_changed_emergency_number_is_flagged_in_a_section():
    texts = SiteText.objects.get()
    texts.emergency_number = "000"
    texts.save()
    [warning] = content_warnings(make_condition(slug="local-number", causes="Ring 000."))
    assert "“000”" in warning


def test_care_advice_may_name_the_emergency_number():
    advice = CareAdvice.objects.get(tier="emergency")
    assert "{number}" in advice.what_to_do
    assert content_warnings(advice) == []


def test_the_admin_warns_about_urgent_advice_in_a_section_and_still_saves(admin_client):
    condition = make_condition(slug="urgent-in-admin")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = {**form_data(admin_client.get(url)), "running_again": "Stop and go to A&E."}
    response = admin_client.post(url, data, follow=True)
    warnings = [m.message for m in response.context["messages"] if m.level_tag == "warning"]
    assert warnings == [
        "Running again: says “A&E”. Advice on when to get urgent help belongs in a warning "
        "sign linked to this condition: the page shows it in the right care card, with the "
        "current emergency number."
    ]
    assert pending_value(condition, "running_again") == "Stop and go to A&E."
