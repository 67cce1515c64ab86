"""The "Where does it hurt?" explorer: which conditions fit, why, and warning signs first."""

import logging
import re

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conditions.cache import versioned
from conditions.forms import EXPLORER_NOTHING_CHOSEN, UNKNOWN_SIGN
from conditions.models import Area, CareAdvice, Condition, ConditionArea, Factor, SiteText
from tests.conftest import answer, area, factor, link, make_area, make_condition, read_site_text

pytestmark = pytest.mark.django_db

EXPLORER = reverse("conditions:explorer")

LIE_ON_SIDE = "It hurts to lie on that side"
TINGLING = "Tingling, pins and needles or numbness"
EACH_RUN = "It gets worse with each run, or starts sooner each time"
MORNING = "It is stiff first thing in the morning, then eases"
OVER_40 = "I am over 40"
SUDDEN = "It started after a fall or a sudden movement"
BOTH_LEGS = "It is in both legs"
BLADDER = "New trouble peeing, or controlling my bladder or bowels"


def choose(client, areas=(), factors=(), **extra):
    return answer(client, path=EXPLORER, data={
        "areas": [area(slug).pk for slug in areas],
        "factors": [factor(name).pk for name in factors],
        **extra,
    })


def fits(html):
    """The conditions a result lists, in the order it lists them."""
    return re.findall(r'<article class="fit" aria-labelledby="fit-([\w-]+)">', html)


def heading(tier):
    return CareAdvice.objects.get(tier=tier).heading.replace("{number}", "911")


@pytest.mark.parametrize(
    ("areas", "factors", "first"),
    [
        (["outside-of-hip"], [LIE_ON_SIDE], "trochanteric-bursitis"),
        (["outside-of-thigh"], [], "it-band-syndrome"),
        (["buttock", "below-the-knee"], [TINGLING], "sciatica"),
        (["groin"], [EACH_RUN], "femoral-neck-stress-fracture"),
        (["groin"], [MORNING, OVER_40], "hip-osteoarthritis"),
        (["groin"], [SUDDEN], "muscle-strain-and-tendinopathy"),
    ],
    ids=["bursitis", "it band", "sciatica", "stress fracture", "osteoarthritis", "strain"],
)
def test_answers_put_the_condition_that_fits_best_first_with_its_reasons(
    client, areas, factors, first
):
    response = choose(client, areas, factors)
    assert response.status_code == 200
    html = response.content.decode()
    assert fits(html)[0] == first
    condition = Condition.objects.get(slug=first)
    best = html[html.index(f'id="fit-{first}"'):]
    best = best[:best.index("</article>")]
    for slug in areas:
        assert area(slug).you_said in best
        assert ConditionArea.objects.get(condition=condition, area__slug=slug).reason in best
    for name in factors:
        assert factor(name).you_said in best
        assert condition.factor_links.get(factor__name=name).reason in best
    assert f'href="{condition.get_absolute_url()}"' in best


def test_a_reason_reads_as_one_sentence_from_the_editable_pieces(client):
    html = choose(client, ["outside-of-hip"], [LIE_ON_SIDE]).content.decode()
    assert (
        "You said the outside of your hip, and that it hurts to lie on that side: "
        "typical of trochanteric bursitis." in html
    )


def test_editors_change_the_reasons_a_result_gives(client):
    texts = SiteText.objects.get()
    texts.explorer_typical = "{answers}? That sounds like {condition}."
    texts.save()
    link = ConditionArea.objects.get(condition__slug="it-band-syndrome", area__slug="outside-of-thigh")
    link.reason = "An editor's own reason."
    link.save()
    html = choose(client, ["outside-of-thigh"]).content.decode()
    assert "the outside of your thigh, down to the knee? That sounds like IT band syndrome." in html
    assert "An editor&#x27;s own reason." in html


def test_each_reason_cites_its_reference(client):
    html = choose(client, ["outside-of-hip"]).content.decode()
    link = ConditionArea.objects.get(condition__slug="trochanteric-bursitis", area__slug="outside-of-hip")
    assert f'<a href="{link.reference_url}">{link.reference_title}</a>' in html


def test_conditions_with_only_possible_matches_fit_less_well(client):
    html = choose(client, ["outside-of-hip"]).content.decode()
    less = html[html.index(SiteText.objects.get().explorer_less_heading):]
    assert fits(html)[0] == "trochanteric-bursitis"
    assert 'id="fit-it-band-syndrome"' in less
    assert 'id="fit-trochanteric-bursitis"' not in less


def test_stress_fracture_answers_get_same_day_advice_first(client):
    html = choose(client, ["groin"], [EACH_RUN]).content.decode()
    assert f"{heading('urgent')}</h1>" in html
    assert html.index(heading("urgent")) < html.index('class="fit"')


@pytest.mark.parametrize("sign", [BOTH_LEGS, BLADDER])
def test_an_emergency_sign_gives_emergency_advice_before_anything_else(client, sign):
    html = choose(client, ["buttock"], [sign]).content.decode()
    main = html[html.index("<main"):]
    assert main.index(f"{heading('emergency')}</h1>") < main.index("<h2")
    assert 'href="tel:911"' in main
    assert factor(sign).warning_sign.why_it_matters in main


def test_the_most_urgent_of_several_signs_decides_the_advice(client):
    html = choose(client, ["groin"], [EACH_RUN, BOTH_LEGS]).content.decode()
    assert f"{heading('emergency')}</h1>" in html
    assert f"{heading('urgent')}</h1>" not in html


def test_a_switched_off_warning_sign_gives_no_advice(client):
    sign = factor(BOTH_LEGS).warning_sign
    sign.is_active = False
    sign.save()
    html = choose(client, ["buttock"], [BOTH_LEGS]).content.decode()
    assert f"{heading('emergency')}</h1>" not in html


def test_no_call_to_action_in_an_emergency(client):
    cta = SiteText.objects.get().cta_heading
    assert cta not in choose(client, ["buttock"], [BLADDER]).content.decode()
    assert cta in choose(client, ["buttock"]).content.decode()


def test_every_result_links_to_the_checklist_and_says_it_is_not_a_diagnosis(client):
    texts = SiteText.objects.get()
    for response in [choose(client, ["groin"]), choose(client, [], [OVER_40])]:
        html = response.content.decode()
        assert f'href="{reverse("conditions:checklist")}"' in html
        assert texts.explorer_not_a_diagnosis_html in html


def test_answers_nothing_fits_say_so(client):
    lonely = make_area(name="The left ear", slug="left-ear")
    html = answer(client, path=EXPLORER, data={"areas": [lonely.pk]}).content.decode()
    assert SiteText.objects.get().explorer_no_fit in html
    assert fits(html) == []


def test_drafts_never_appear_in_a_result(client):
    draft = make_condition(title="A draft page", status=Condition.Status.DRAFT)
    link(draft, area("groin"))
    assert 'id="fit-' + draft.slug not in choose(client, ["groin"]).content.decode()


def test_the_form_offers_every_area_on_the_diagram_and_in_the_list(client):
    html = client.get(EXPLORER).content.decode()
    for number, place in enumerate(Area.objects.all()):
        assert f'value="{place.pk}" class="checkbox__input" id="id_areas_{number}"' in html
        assert f'<label class="diagram__label" for="id_areas_{number}">' in html
        assert place.name in html
    for choice in Factor.objects.all():
        assert choice.name in html
    assert "<script" not in html


def test_the_form_says_answers_are_not_stored(client):
    assert SiteText.objects.get().explorer_privacy in client.get(EXPLORER).content.decode()


def test_the_hub_and_the_navigation_link_to_the_explorer(client):
    html = client.get(reverse("conditions:hub")).content.decode()
    label = SiteText.objects.get().explorer_link_label
    assert f'<a class="button" href="{EXPLORER}">{label}</a>' in html
    nav = html[html.index('<nav class="site-nav"'):]
    assert f'href="{EXPLORER}"' in nav[:nav.index("</nav>")]


def test_change_your_answers_brings_back_the_same_ticks(client):
    result = choose(client, ["groin"], [OVER_40]).content.decode()
    assert f'<input type="hidden" name="areas" value="{area("groin").pk}">' in result
    html = choose(client, ["groin"], [OVER_40], change="1").content.decode()
    assert html.count(" checked") == 2
    assert "There is a problem" not in html


def test_nothing_chosen_asks_for_an_answer(client):
    response = answer(client, path=EXPLORER, data={})
    assert response.status_code == 400
    html = response.content.decode()
    assert EXPLORER_NOTHING_CHOSEN in html
    assert "<title>Error:" in html


@pytest.mark.parametrize(
    "answers",
    [{"areas": ["999999"]}, {"factors": ["abc"]}, {"areas": ["<script>"]}, {"areas": ["1\x00"]}],
    ids=["unknown area", "word", "markup", "null byte"],
)
def test_nonsense_answers_get_the_form_again_with_a_message(client, answers):
    response = answer(client, path=EXPLORER, data=answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert UNKNOWN_SIGN in html
    assert "<script>" not in html[html.index("<main"):]


def test_thousands_of_answers_are_refused(client):
    assert answer(client, path=EXPLORER, data={"areas": [str(n) for n in range(5000)]}).status_code == 400


def test_a_post_without_the_csrf_token_is_refused():
    assert choose(Client(enforce_csrf_checks=True), ["groin"]).status_code == 403


def test_the_form_and_the_result_are_never_cached_or_shared(client):
    for response in [client.get(EXPLORER), choose(client, ["groin"])]:
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_the_result_is_the_post_response_not_a_redirect(client):
    response = choose(client, ["groin"])
    assert response.status_code == 200
    assert "Location" not in response


def test_using_the_explorer_writes_nothing_to_the_database(client):
    with CaptureQueriesContext(connection) as queries:
        choose(client, ["groin"], [EACH_RUN, BOTH_LEGS])
        choose(client, ["groin"], change="1")
        answer(client, path=EXPLORER, data={"areas": ["999999"]})
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_using_the_explorer_writes_no_session(client):
    choose(client, ["buttock"], [TINGLING])
    assert Session.objects.count() == 0
    assert "sessionid" not in client.cookies


def test_answers_never_reach_the_logs(client, caplog):
    with caplog.at_level(logging.DEBUG):
        choose(client, ["buttock"], [BLADDER])
        answer(client, path=EXPLORER, data={"areas": ["999999"]})
    logged = caplog.text
    assert factor(BLADDER).name not in logged
    assert f"factors={factor(BLADDER).pk}" not in logged
    assert "999999" not in logged


def test_a_result_runs_four_queries(client, django_assert_num_queries):
    read_site_text()
    versioned("diagram")
    answers = {"areas": [area("groin").pk], "factors": [factor(EACH_RUN).pk]}
    with django_assert_num_queries(4):
        answer(client, path=EXPLORER, data=answers)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.dictionaries(
        st.sampled_from(["areas", "factors", "change", "other"]),
        st.lists(st.one_of(st.text(max_size=20), st.integers().map(str)), max_size=5),
        max_size=3,
    )
)
def test_any_form_data_gets_an_answer_never_a_server_error(client, data):
    assert answer(client, path=EXPLORER, data=data).status_code in {200, 400}
