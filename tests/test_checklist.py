
import pytest
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conditions.forms import NONE_WITH_SIGNS, NOTHING_CHOSEN, UNKNOWN_SIGN
from conditions.models import CareAdvice, Condition, SiteText, WarningSign
from tests.conftest import answer, make_warning_sign, read_site_text

pytestmark = pytest.mark.django_db

CHECKLIST = reverse("conditions:checklist")


def sign(tier):
    return WarningSign.objects.active().filter(tier=tier).order_by("order").first()


def tick(client, *flags, **extra):
    return answer(client, {"signs": [flag.pk for flag in flags], **extra})


def shown(text):
    """A stored text as readers see it: with the emergency number filled in."""
    return text.replace("{number}", SiteText.objects.get().emergency_number)


def heading(tier):
    return CareAdvice.objects.get(tier=tier).heading.replace("{number}", "911")


def test_the_form_offers_every_active_sign_and_none_of_these(client):
    hidden = make_warning_sign(sign="A sign editors switched off", is_active=False)
    html = client.get(CHECKLIST).content.decode()
    for flag in WarningSign.objects.active():
        assert f'value="{flag.pk}"' in html and escape(flag.sign) in html
    assert hidden.sign not in html
    assert "None of these" in html
    assert "<fieldset" in html and "<legend" in html


def test_the_form_puts_emergency_signs_first(client):
    html = client.get(CHECKLIST).content.decode()
    positions = {
        flag.tier_id: html.index(escape(flag.sign)) for flag in WarningSign.objects.active()
    }
    assert positions["emergency"] < positions["urgent"] < positions["soon"]


def test_an_emergency_notice_comes_before_the_form(client):
    html = client.get(CHECKLIST).content.decode()
    assert "Call 911 now" in html
    assert html.index("notice--emergency") < html.index('<form method="post"')


def test_the_emergency_notice_follows_the_emergency_number(client):
    texts = SiteText.objects.get()
    texts.emergency_number = "999"
    texts.save()
    assert "Call 999 now" in client.get(CHECKLIST).content.decode()


def test_the_page_says_answers_are_not_stored(client):
    assert SiteText.objects.get().checklist_privacy in client.get(CHECKLIST).content.decode()


def test_the_hub_and_every_condition_page_link_to_the_checklist(client):
    link = f'href="{CHECKLIST}"'
    assert link in client.get(reverse("conditions:hub")).content.decode()
    for condition in Condition.objects.published():
        assert link in client.get(condition.get_absolute_url()).content.decode()


@pytest.mark.parametrize("tier", ["emergency", "urgent", "soon"])
def test_one_sign_gives_its_tiers_advice(client, tier):
    response = tick(client, sign(tier))
    assert response.status_code == 200
    html = response.content.decode()
    outcome = CareAdvice.objects.get(tier=tier)
    assert f"{heading(tier)}</h1>" in html
    assert shown(outcome.what_to_do_html) in html
    assert outcome.urgency_prefix in html


def test_none_of_these_gives_self_care_advice(client):
    html = answer(client, {"none": "on"}).content.decode()
    outcome = CareAdvice.objects.get(tier="none")
    assert f"{outcome.heading}</h1>" in html
    assert shown(outcome.what_to_do_html) in html
    assert shown(outcome.meanwhile_html) in html


@pytest.mark.parametrize(
    ("tiers", "winner"),
    [
        (["soon", "emergency"], "emergency"),
        (["soon", "urgent"], "urgent"),
        (["urgent", "emergency", "soon"], "emergency"),
    ],
)
def test_the_most_urgent_sign_decides_the_advice(client, tiers, winner):
    html = tick(client, *[sign(tier) for tier in tiers]).content.decode()
    assert f"{heading(winner)}</h1>" in html
    for loser in set(tiers) - {winner}:
        assert f"{heading(loser)}</h1>" not in html


def test_a_single_emergency_sign_among_many_is_enough(client):
    others = list(WarningSign.objects.active().exclude(tier="emergency"))
    html = tick(client, *others, sign("emergency")).content.decode()
    assert f"{heading('emergency')}</h1>" in html


def test_the_emergency_action_calls_the_emergency_number(client):
    html = tick(client, sign("emergency")).content.decode()
    assert 'href="tel:911"' in html


def test_the_result_explains_each_ticked_sign(client):
    flags = [sign("emergency"), sign("soon")]
    html = tick(client, *flags).content.decode()
    for flag in flags:
        assert flag.sign in html
        assert flag.why_it_matters in html
    assert html.index(flags[0].why_it_matters) < html.index(flags[1].why_it_matters)


def test_the_result_says_what_to_do_meanwhile(client):
    html = tick(client, sign("urgent")).content.decode()
    assert shown(CareAdvice.objects.get(tier="urgent").meanwhile_html) in html


def test_the_result_links_to_related_conditions(client):
    flag = sign("urgent")
    html = tick(client, flag).content.decode()
    for condition in flag.conditions.all():
        assert f'href="{condition.get_absolute_url()}"' in html


def test_the_call_to_action_shows_only_with_advice_that_is_not_urgent(client):
    cta = escape(SiteText.objects.get().cta_heading)
    assert cta not in tick(client, sign("emergency"), sign("soon")).content.decode()
    assert cta not in tick(client, sign("urgent"), sign("soon")).content.decode()
    assert cta in tick(client, sign("soon")).content.decode()
    assert cta in answer(client, {"none": "on"}).content.decode()


def test_the_result_is_dated_for_printing(client):
    from django.utils import timezone

    html = tick(client, sign("soon")).content.decode()
    assert timezone.localdate().strftime("%-d %B %Y") in html


def test_change_your_answers_brings_back_the_same_ticks(client):
    flags = [sign("urgent"), sign("soon")]
    result = tick(client, *flags).content.decode()
    for flag in flags:
        assert f'<input type="hidden" name="signs" value="{flag.pk}">' in result
    html = answer(client, {"signs": [f.pk for f in flags], "change": "1"}).content.decode()
    for flag in flags:
        assert f'value="{flag.pk}" class="checkbox__input"' in html
    checked = html.count(" checked")
    assert checked == 2
    assert "There is a problem" not in html


def test_nothing_ticked_asks_for_an_answer(client):
    response = answer(client, {})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert NOTHING_CHOSEN.replace("“", "&ldquo;") in html or NOTHING_CHOSEN in html
    assert "<title>Error:" in html


def test_none_of_these_with_signs_is_refused(client):
    response = tick(client, sign("soon"), none="on")
    assert response.status_code == 400
    assert NONE_WITH_SIGNS in response.content.decode()


@pytest.mark.parametrize(
    "signs",
    [["999999"], ["abc"], ["1.5"], ["-1"], ["1\x00"], [""], ["<script>"]],
    ids=["unknown", "word", "decimal", "negative", "null byte", "empty", "markup"],
)
def test_nonsense_answers_get_the_form_again_with_a_message(client, signs):
    response = answer(client, {"signs": signs})
    assert response.status_code == 400
    html = response.content.decode()
    assert UNKNOWN_SIGN in html
    assert "<script>" not in html


def test_an_inactive_sign_is_refused(client):
    flag = make_warning_sign(tier="emergency", is_active=False)
    response = tick(client, flag)
    assert response.status_code == 400
    assert UNKNOWN_SIGN in response.content.decode()


def test_a_sign_sent_twice_counts_once(client):
    flag = sign("soon")
    response = answer(client, {"signs": [flag.pk, flag.pk]})
    assert response.status_code == 200
    assert response.content.decode().count(f"<dt>{flag.sign}</dt>") == 1


def test_thousands_of_answers_are_refused(client):
    response = answer(client, {"signs": [str(n) for n in range(5000)]})
    assert response.status_code == 400


def test_an_oversized_body_is_refused(client):
    response = answer(client, {"signs": "1", "padding": "x" * 3_000_000})
    assert response.status_code == 413


def test_the_form_runs_three_queries_then_none_until_the_content_changes(
    client, django_assert_num_queries
):
    read_site_text()
    with django_assert_num_queries(3):  # the signs, their conditions and the advice
        client.get(CHECKLIST)
    with django_assert_num_queries(0):
        client.get(CHECKLIST)


def test_a_result_runs_no_query_once_the_checklist_has_been_read(
    client, django_assert_num_queries
):
    read_site_text()
    flags = [sign("emergency"), sign("soon")]
    client.get(CHECKLIST)
    with django_assert_num_queries(0):
        tick(client, *flags)


def test_a_self_care_result_runs_no_query_once_the_checklist_has_been_read(
    client, django_assert_num_queries
):
    read_site_text()
    client.get(CHECKLIST)
    with django_assert_num_queries(0):
        answer(client, {"none": "on"})


form_values = st.one_of(
    st.text(max_size=30), st.integers().map(str), st.sampled_from(["on", "1", "", "none"])
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.dictionaries(
        st.sampled_from(["signs", "none", "change", "other", "signs[]"]),
        st.lists(form_values, max_size=6),
        max_size=4,
    )
)
def test_any_form_data_gets_an_answer_never_a_server_error(client, data):
    response = answer(client, data)
    assert response.status_code in {200, 400}


def test_a_refused_oversized_body_explains_itself(client):
    response = answer(client, {"signs": "1", "padding": "x" * 3_000_000})
    assert "Sorry, we could not understand that request" in response.content.decode()
