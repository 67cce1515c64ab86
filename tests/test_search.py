"""Site search: runners' words, other names and misspellings, the same on SQLite and PostgreSQL."""

import logging

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conditions.cache import content_version
from conditions.models import Condition, SiteText
from tests.conftest import make_condition

pytestmark = pytest.mark.django_db

SEARCH = reverse("conditions:search")

# What readers type, and the page that must come first. Run on whichever database the suite
# uses; CI runs it on SQLite and on PostgreSQL, so both must give these answers.
FIRST_RESULTS = [
    ("sciatica", "sciatica"),
    ("sciatca", "sciatica"),
    ("bursitis", "trochanteric-bursitis"),
    ("bursits", "trochanteric-bursitis"),
    ("greater trochanteric pain syndrome", "trochanteric-bursitis"),
    ("GTPS", "trochanteric-bursitis"),
    ("runner's knee", "it-band-syndrome"),
    ("iliotibial", "it-band-syndrome"),
    ("ITBS", "it-band-syndrome"),
    ("slipped disc", "sciatica"),
    ("trapped nerve", "sciatica"),
    ("piriformis", "sciatica"),
    ("pins and needles", "sciatica"),
    ("hip flexor strain", "muscle-strain-and-tendinopathy"),
    ("pulled muscle", "muscle-strain-and-tendinopathy"),
    ("tendonitis", "muscle-strain-and-tendinopathy"),
    ("wear and tear", "hip-osteoarthritis"),
    ("osteoarthritis", "hip-osteoarthritis"),
    ("osteoarthritus", "hip-osteoarthritis"),
    ("hip arthritis", "hip-osteoarthritis"),
    ("stress fracture", "femoral-neck-stress-fracture"),
    ("hairline fracture", "femoral-neck-stress-fracture"),
    ("stres fractur", "femoral-neck-stress-fracture"),
]


def search(client, query):
    return client.get(SEARCH, {"q": query})


def results(html):
    """The slugs of the results, in order."""
    listed = html[html.index('<ol class="search-results">'):] if "search-results" in html else ""
    return [
        part.split("/")[0] for part in listed.split('href="/conditions/')[1:]
    ]


@pytest.mark.parametrize(("query", "first"), FIRST_RESULTS)
def test_a_search_puts_the_right_page_first(client, query, first):
    response = search(client, query)
    assert response.status_code == 200
    assert results(response.content.decode())[0] == first


def test_results_show_an_excerpt_with_the_words_marked(client):
    html = search(client, "slipped disc").content.decode()
    assert "<mark>slipped</mark>" in html
    assert "<mark>disc</mark>" in html


def test_a_misspelling_marks_the_word_it_was_read_as(client):
    assert "<mark>sciatica</mark>" in search(client, "sciatca").content.decode().lower()


def test_a_match_on_another_name_shows_that_name(client):
    assert "<mark>GTPS</mark>" in search(client, "gtps").content.decode()


def test_markup_in_a_query_is_shown_as_text(client):
    html = search(client, '<script>alert("x")</script> bursitis').content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_markup_in_content_is_escaped_in_the_excerpt(client):
    make_condition(title="Odd page", summary="Pain <b onclick=x()>zebrafish</b> here")
    html = search(client, "zebrafish").content.decode()
    assert "<b onclick" not in html
    assert "<mark>zebrafish</mark>" in html


def test_nothing_found_suggests_the_explorer_and_the_checklist(client):
    html = search(client, "xylophone").content.decode()
    texts = SiteText.objects.get()
    assert texts.nothing_found("xylophone") in html
    assert f'href="{reverse("conditions:explorer")}"' in html
    assert f'href="{reverse("conditions:checklist")}"' in html
    assert results(html) == []


def test_only_stop_words_find_nothing(client):
    assert results(search(client, "the and of").content.decode()) == []


def test_an_empty_search_shows_the_form(client):
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert 'id="search-q"' in response.content.decode()


def test_an_overlong_search_is_refused_with_a_message(client):
    response = search(client, "hip " * 100)
    assert response.status_code == 400
    assert "at most 200 letters" in response.content.decode()


@pytest.mark.parametrize("query", ['"', "*", "OR", "NEAR(", "a:b", "-", "') --", "🏃"])
def test_search_syntax_in_a_query_is_never_an_error(client, query):
    assert search(client, query).status_code == 200


def test_a_null_byte_is_refused_with_a_message(client):
    response = search(client, "hip\x00pain")
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


def test_drafts_are_never_found(client):
    make_condition(title="Zebrafish hip", status=Condition.Status.DRAFT)
    assert results(search(client, "zebrafish").content.decode()) == []


def test_a_new_other_name_is_found_at_once(client):
    condition = Condition.objects.get(slug="sciatica")
    condition.also_known_as += "\nlumbago leg"
    condition.save()
    assert results(search(client, "lumbago").content.decode()) == ["sciatica"]


def test_a_deleted_page_is_no_longer_found(client):
    Condition.objects.get(slug="sciatica").delete()
    assert "sciatica" not in results(search(client, "sciatica").content.decode())


def test_every_page_has_the_search_box(client):
    for url in [reverse("conditions:hub"), reverse("conditions:checklist"), SEARCH]:
        html = client.get(url).content.decode()
        assert f'<form class="site-search" role="search" method="get" action="{SEARCH}">' in html


def test_a_search_runs_at_most_three_queries_with_sixty_conditions(
    client, django_assert_max_num_queries
):
    for number in range(54):
        make_condition(title=f"Extra {number}", slug=f"extra-{number}", summary="Hip pain.")
    content_version()  # a cold content version costs its own query (tests/test_page_cache.py)
    with django_assert_max_num_queries(3):
        search(client, "hip pain")


def test_searches_are_never_cached_or_shared(client):
    cache_control = search(client, "bursitis")["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_searches_never_reach_the_page_cache(client, renders):
    first = search(client, "bursitis")
    search(client, "bursitis")
    assert renders == [SEARCH, SEARCH]
    assert "ETag" not in first


def test_searching_writes_nothing_to_the_database(client):
    with CaptureQueriesContext(connection) as queries:
        search(client, "sciatca")
        search(client, "xylophone")
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_searching_writes_no_session(client):
    search(client, "bursitis")
    assert Session.objects.count() == 0
    assert "sessionid" not in client.cookies


def test_search_terms_never_reach_the_logs(client, caplog):
    with caplog.at_level(logging.DEBUG):
        search(client, "zanzibar bursitis")
        search(client, "zanzibar " * 100)
    assert "zanzibar" not in caplog.text
