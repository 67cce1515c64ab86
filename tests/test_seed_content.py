"""The seeded site carries every fact of the source article, in the project's own words."""

import hashlib
import re
from pathlib import Path

import pytest

from conditions.models import CareAdvice, Condition, SiteText, WarningSign
from conditions.models.condition import SECTIONS
from tests.production import drop_database, fresh_database_url, manage, production_env

pytestmark = pytest.mark.django_db

# The article is not in the repository: only digests of its six-word runs are, so the check
# below needs nothing beside a clone.
ARTICLE_RUNS = Path(__file__).resolve().parent / "seed_shingles.txt"
# The page's sections in the order readers meet them; "when to get help" is the care cards.
PAGE_SECTIONS = [*SECTIONS[:2], "when_to_get_help", *SECTIONS[2:]]

# Each condition's facts from the source article, as words its page must contain.
FACTS = {
    "muscle-strain-and-tendinopathy": ["overuse", "flexib", "weak", "stretch", "strain", "inflam"],
    "trochanteric-bursitis": ["bursa", "fluid", "friction", "wear", "trochanter", "thigh bone",
                              "IT band"],
    "it-band-syndrome": ["iliotibial", "1 inch", "iliac crest", "pelvis", "knee", "steady",
                         "common in runners", "outer hip"],
    "hip-osteoarthritis": ["40s", "50s", "ball", "socket", "stiff", "impact", "swimming",
                           "cycling"],
    "femoral-neck-stress-fracture": ["crack", "overuse", "femoral neck", "hip joint", "serious",
                                     "rest", "rehabilitation"],
    "sciatica": ["back", "leg", "symptom, not a diagnosis", "slipped", "disc"],
}
ARTICLE_ORDER = list(FACTS)


def words(text):
    return re.findall(r"[a-z0-9$]+", text.lower().replace("’", "'").replace("'", ""))


def shingles(text, size=6):
    tokens = words(text)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def digest(run):
    return hashlib.blake2b(run.encode(), digest_size=8).hexdigest()


def article_runs():
    lines = ARTICLE_RUNS.read_text().splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def all_site_text():
    texts = SiteText.objects.get()
    parts = [texts.hub_title, texts.hub_intro, texts.care_intro, texts.cta_heading,
             texts.cta_text, texts.cta_link_label, texts.disclaimer,
             texts.emergency_number_note, texts.medicines_caution,
             texts.checklist_emergency_notice]
    for condition in Condition.objects.all():
        parts += [condition.title, condition.summary, condition.where_it_hurts]
        parts += [getattr(condition, name) for name in SECTIONS]
    for flag in WarningSign.objects.all():
        parts += [flag.sign, flag.why_it_matters]
    for tier in CareAdvice.objects.all():
        parts += [tier.heading, tier.what_to_do, tier.meanwhile]
    return parts


def test_the_six_conditions_come_in_the_articles_order():
    assert list(Condition.objects.published().values_list("slug", flat=True)) == ARTICLE_ORDER


@pytest.mark.parametrize("slug", ARTICLE_ORDER)
def test_each_condition_page_has_every_section_in_order(slug, client):
    texts = SiteText.objects.get()
    html = client.get(Condition.objects.get(slug=slug).get_absolute_url()).content.decode()
    headings = re.findall(r'<h2 id="[\w-]+-heading">(.*?)</h2>', html)
    expected = [getattr(texts, f"{name}_heading") for name in PAGE_SECTIONS]
    assert headings[: len(expected)] == expected


@pytest.mark.parametrize("slug", ARTICLE_ORDER)
def test_each_condition_page_carries_the_articles_facts(slug, client):
    condition = Condition.objects.get(slug=slug)
    page = client.get(condition.get_absolute_url()).content.decode().lower()
    for fact in FACTS[slug]:
        assert fact.lower() in page, f"{slug} is missing “{fact}”"


@pytest.mark.parametrize("slug", ARTICLE_ORDER)
def test_each_condition_cites_two_or_more_reputable_sources(slug):
    references = Condition.objects.get(slug=slug).references.all()
    assert len(references) >= 2
    for reference in references:
        assert reference.url.startswith("https://")
        assert reference.title and reference.publisher


@pytest.mark.parametrize("slug", ARTICLE_ORDER)
def test_summaries_fit_a_meta_description(slug):
    assert len(Condition.objects.get(slug=slug).summary) <= 160


def test_no_sentence_of_the_article_is_copied():
    article = article_runs()
    # The article's title is the hub's title by design, and a service is called by its name.
    allowed = shingles("Hip pain that runs down the leg in runners") | shingles(
        "SportsMD's Virtual Urgent Care Service"
    )
    copied = set()
    for text in all_site_text():
        copied |= {run for run in shingles(text) - allowed if digest(run) in article}
    assert not copied


def test_hub_lists_the_articles_five_warning_signs(client):
    html = client.get("/").content.decode()
    article_signs = WarningSign.objects.filter(order__lt=100)
    assert article_signs.count() == 5
    for flag in article_signs:
        assert flag.sign in html


def test_hub_carries_the_articles_advice_on_professional_care(client):
    html = client.get("/").content.decode().lower()
    for fact in ["self-care", "severe", "sports medicine doctor", "physical therapist",
                 "treatment plan", "when to seek professional medical care"]:
        assert fact in html


def test_call_to_action_carries_the_articles_offer(client):
    html = client.get("/").content.decode()
    for fact in ["$29", "5 minutes", "24 hours a day", "365 days", "phone", "video",
                 "SportsMD", "urgent care"]:
        assert fact in html


def test_emergency_number_defaults_to_911(client):
    assert SiteText.objects.get().emergency_number == "911"
    assert "call 911" in client.get("/").content.decode().lower()


def test_every_care_advice_is_seeded():
    assert set(CareAdvice.objects.values_list("tier", flat=True)) == {
        "emergency", "urgent", "soon", "none"}


COUNT_CONTENT = """
from conditions.models import Condition, SiteText
print(Condition.objects.count(), SiteText.objects.count())
"""


@pytest.fixture
def empty_database(tmp_path):
    url = fresh_database_url(tmp_path)
    yield url
    drop_database(url)


def test_the_data_migrations_reverse_cleanly(tmp_path, empty_database):
    # In a database of its own: unapplying migrations in the suite's would take its content away
    # from every test that runs after this one in the same process.
    env = production_env(tmp_path, DATABASE_URL=empty_database)
    manage(env, "migrate", "-v0")
    manage(env, "migrate", "conditions", "zero", "-v0")
    assert "[X]" not in manage(env, "showmigrations", "conditions").stdout
    manage(env, "migrate", "-v0")
    counts = manage(env, "shell", "-v0", "-c", COUNT_CONTENT).stdout.split()
    assert counts == ["6", "1"]
