"""Clinical safety: urgency has one source, and advice follows the guidelines it cites.

These tests guard what a clinical review found: a page and the checklist disagreeing on how
urgent a sign is, a possible stress fracture or a cancer history sent to "book an appointment",
an emergency number typed into texts, and a paid video call offered beside urgent advice.
"""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from conditions.models import CareAdvice, Condition, SiteText, WarningSign
from conditions.models.condition import SECTIONS
from tests.admin_forms import form_data
from tests.conftest import answer

pytestmark = pytest.mark.django_db

CHECKLIST = reverse("conditions:checklist")

POSSIBLE_STRESS_FRACTURE = [
    "Hip or groin pain that gets worse when you are active, or that is there when you rest or "
    "at night",
    "You run, and hip or groin pain makes you limp or comes back every time you run",
    "Sudden, severe pain in your hip or groin during a run, even without a fall, or you "
    "suddenly cannot put weight on your leg",
]
CANCER_HISTORY = [
    "You have had cancer, and you have new back pain or hip pain",
    "You have had cancer, and you have new back pain with pain, numbness or weakness going down "
    "your legs, trouble walking, or bladder or bowel problems",
]
# The levels of urgency each page must have a linked sign for. IT band syndrome has no
# emergency sign, by the clinical editor's judgement.
TIERS_PER_CONDITION = {
    "muscle-strain-and-tendinopathy": {"emergency", "urgent", "soon"},
    "trochanteric-bursitis": {"emergency", "urgent", "soon"},
    "it-band-syndrome": {"urgent", "soon"},
    "hip-osteoarthritis": {"emergency", "urgent", "soon"},
    "femoral-neck-stress-fracture": {"emergency", "urgent", "soon"},
    "sciatica": {"emergency", "urgent", "soon"},
}
CARD = re.compile(r'<div class="care-card care-card--(\w+)">(.*?)</div>\n</div>', re.DOTALL)
# A word on its own: "911" inside a hashed file name or a token is not a phone number.
NINE_ONE_ONE = re.compile(r"(?<![\w-])911(?![\w-])")


def tick(client, *signs):
    return answer(client, {"signs": [sign.pk for sign in signs]})


def result_tier(response):
    return re.search(r'<div class="care-card care-card--(\w+)">', response.content.decode())[1]


def sign_called(text):
    return WarningSign.objects.get(sign=text)


def one_sign_per_tier():
    return [WarningSign.objects.active().filter(tier=tier).first() for tier in
            ["emergency", "urgent", "soon"]]


def reader_pages(client):
    """Every page a reader can reach, and a checklist result of every level of urgency."""
    pages = {
        "hub": client.get(reverse("conditions:hub")),
        "list": client.get(reverse("conditions:list")),
        "checklist": client.get(CHECKLIST),
        "result: none": answer(client, {"none": "on"}),
    }
    for condition in Condition.objects.published():
        pages[condition.slug] = client.get(condition.get_absolute_url())
    for sign in one_sign_per_tier():
        pages[f"result: {sign.tier_id}"] = tick(client, sign)
    return {name: response.content.decode() for name, response in pages.items()}


def cta_parts():
    texts = SiteText.objects.get()
    return [escape(texts.cta_heading), f'href="{texts.cta_url}"', texts.cta_text_html]


@pytest.mark.parametrize("text", POSSIBLE_STRESS_FRACTURE + CANCER_HISTORY)
def test_one_sign_of_a_stress_fracture_or_cancer_gets_same_day_care_or_sooner(client, text):
    response = tick(client, sign_called(text))
    assert response.status_code == 200
    assert result_tier(response) in {"emergency", "urgent"}
    assert escape(CareAdvice.objects.get(tier="soon").heading) not in response.content.decode()


def test_cancer_history_is_linked_to_the_sciatica_page():
    sciatica = Condition.objects.get(slug="sciatica")
    for text in CANCER_HISTORY:
        assert sciatica in sign_called(text).conditions.all()


def test_not_bearing_weight_is_an_emergency_after_a_fall_and_same_day_care_otherwise():
    after_a_fall = WarningSign.objects.get(sign__startswith="After a fall or injury, you cannot")
    otherwise = WarningSign.objects.get(sign__startswith="You cannot stand or put weight")
    assert after_a_fall.tier_id == "emergency"
    assert otherwise.tier_id == "urgent"
    assert "did not start suddenly or after a fall" in otherwise.sign


def test_after_changing_the_emergency_number_no_reader_page_says_911(client):
    texts = SiteText.objects.get()
    texts.emergency_number = "999"
    texts.save()
    for name, html in reader_pages(client).items():
        assert not NINE_ONE_ONE.search(html), name
        assert "{number}" not in html, name
    assert "Call 999 now" in reader_pages(client)["result: emergency"]


def test_no_stored_text_types_the_emergency_number():
    texts = SiteText.objects.get()
    stored = [texts.disclaimer, texts.checklist_emergency_notice, texts.care_intro]
    for advice in CareAdvice.objects.all():
        stored += [advice.heading, advice.what_to_do, advice.meanwhile, advice.action_label,
                   advice.action_url]
    for sign in WarningSign.objects.all():
        stored += [sign.sign, sign.why_it_matters]
    for condition in Condition.objects.all():
        stored += [getattr(condition, name) for name in SECTIONS]
    for text in stored:
        assert not NINE_ONE_ONE.search(text), text


def test_the_emergency_number_note_goes_wherever_the_number_stands_out(client):
    note = escape(SiteText.objects.get().emergency_number_note)
    assert note
    pages = reader_pages(client)
    for name in ["checklist", "result: emergency", "result: urgent"]:
        assert pages[name].count(note) >= 2, name  # the notice or result, and the disclaimer
    emergency_card = dict(CARD.findall(pages["sciatica"]))["emergency"]
    assert note in emergency_card


@pytest.mark.parametrize("tier", ["emergency", "urgent"])
def test_no_emergency_or_urgent_result_carries_the_call_to_action(client, tier):
    html = tick(client, WarningSign.objects.active().filter(tier=tier).first()).content.decode()
    for part in cta_parts():
        assert part not in html


def test_no_emergency_or_urgent_card_carries_the_call_to_action(client):
    pages = reader_pages(client)
    cards = 0
    for name in ["hub", *TIERS_PER_CONDITION]:
        for tier, card in CARD.findall(pages[name]):
            if tier in {"emergency", "urgent"}:
                cards += 1
                for part in cta_parts():
                    assert part not in card, (name, tier)
    assert cards == 1 + 1 + sum(
        len(tiers & {"emergency", "urgent"}) for tiers in TIERS_PER_CONDITION.values()
    )


def test_the_call_to_action_does_not_offer_itself_instead_of_urgent_care():
    texts = SiteText.objects.get()
    assert "whether to go to urgent care" not in texts.cta_text
    assert "does not replace urgent care" in texts.cta_text


@pytest.mark.parametrize("slug", TIERS_PER_CONDITION)
def test_every_condition_page_shows_every_section(client, slug):
    condition = Condition.objects.get(slug=slug)
    html = client.get(condition.get_absolute_url()).content.decode()
    for name in SECTIONS:
        section = getattr(condition, f"{name}_html")
        assert section and section in html, name


@pytest.mark.parametrize("slug", TIERS_PER_CONDITION)
def test_a_pages_care_cards_are_its_linked_signs_by_tier(client, slug):
    condition = Condition.objects.get(slug=slug)
    html = client.get(condition.get_absolute_url()).content.decode()
    when = html.split('id="when-to-get-help"')[1].split("</section>")[0]
    cards = CARD.findall(when)
    assert cards, "“When to get help” is empty"
    linked = condition.warning_signs.active()
    assert [tier for tier, _ in cards] == [
        tier for tier in ["emergency", "urgent", "soon"] if linked.filter(tier=tier).exists()
    ]
    for tier, card in cards:
        advice = CareAdvice.objects.get(tier=tier)
        assert escape(advice.heading.replace("{number}", "911")) in card
        signs = re.findall(r"<li>(.*?)</li>", card.split("</ul>")[0])
        assert signs == [escape(sign.sign) for sign in linked.filter(tier=tier).order_by("order")]


@pytest.mark.parametrize("slug", TIERS_PER_CONDITION)
def test_each_condition_has_a_linked_sign_for_each_tier_that_applies(slug):
    condition = Condition.objects.get(slug=slug)
    tiers = set(condition.warning_signs.active().values_list("tier", flat=True))
    assert tiers == TIERS_PER_CONDITION[slug]


def test_the_checklist_result_cites_each_signs_source(client):
    signs = one_sign_per_tier()
    html = tick(client, *signs).content.decode()
    why = html.split('id="why-heading"')[1].split("</section>")[0]
    for sign in signs:
        assert f'<a href="{sign.source_url}">{escape(sign.source_title)}</a>' in why


def test_the_medicines_caution_shows_only_where_anti_inflammatories_are_suggested(client):
    texts = SiteText.objects.get()
    caution = texts.medicines_caution_html
    assert caution
    for condition in Condition.objects.published():
        html = client.get(condition.get_absolute_url()).content.decode()
        assert (caution in html) == condition.uses_anti_inflammatories, condition.slug
    assert not Condition.objects.get(slug="femoral-neck-stress-fracture").uses_anti_inflammatories


@pytest.mark.parametrize("slug", ["hip-osteoarthritis", "sciatica"])
def test_paracetamol_is_never_suggested_where_nice_advises_against_it(slug):
    condition = Condition.objects.get(slug=slug)
    for line in condition.things_to_do.splitlines():
        if "paracetamol" in line.lower():
            assert "not" in line.lower(), line


def test_the_sciatica_page_warns_against_heat_on_numb_skin():
    lines = Condition.objects.get(slug="sciatica").things_to_avoid.splitlines()
    assert any("heat" in line and "numb" in line for line in lines)


def test_the_stress_fracture_page_does_not_suggest_anti_inflammatories():
    # They may slow bone healing and hide the pain that protects the bone.
    condition = Condition.objects.get(slug="femoral-neck-stress-fracture")
    for line in condition.things_to_do.splitlines():
        if "ibuprofen" in line.lower() or "anti-inflammator" in line.lower():
            assert "not" in line.lower(), line


def test_an_emergency_number_with_markup_is_refused_and_never_reaches_a_page(admin_client, client):
    url = reverse("admin:conditions_sitetext_change", args=[SiteText.SINGLETON_ID])
    attack = '"><script>x</script>'  # 20 characters: the field's limit on PostgreSQL
    response = admin_client.post(url, {**form_data(admin_client.get(url)), "emergency_number": attack})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors.keys() == {"emergency_number"}
    assert SiteText.objects.get().emergency_number == "911"
    # Even written straight into the database, it is shown as text.
    SiteText.objects.filter(pk=SiteText.SINGLETON_ID).update(emergency_number=attack)
    for html in reader_pages(client).values():
        assert "<script>x" not in html
