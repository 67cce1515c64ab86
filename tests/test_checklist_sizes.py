"""Checklist answers cannot be read back from the size of a response (issue 12, point 3).

Attacked as it was done: every single answer, "None of these" and random combinations were
posted and the response lengths compared; each answer used to give its own size.
"""

import random
import re
import urllib.request
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from conditions.models import WarningSign
from conditions.padding import BLOCK
from tests.conftest import answer, make_warning_sign
from tests.production import gunicorn, manage, production_env

pytestmark = pytest.mark.django_db

CHECKLIST = reverse("conditions:checklist")


def active_signs():
    return list(WarningSign.objects.active().values_list("pk", flat=True))


def every_answer():
    """Each single sign, "None of these", and 20 random combinations of signs."""
    signs = active_signs()
    answers = [{"signs": [pk]} for pk in signs] + [{"none": "on"}]
    chance = random.Random(12)  # fixed, so a failure can be repeated
    for _ in range(20):
        answers.append({"signs": chance.sample(signs, chance.randint(2, len(signs)))})
    return answers


def test_every_result_has_the_same_length_whatever_was_ticked(client):
    lengths = {len(answer(client, ticks).content) for ticks in every_answer()}
    assert lengths == {BLOCK}


def test_every_result_says_the_same_length_in_its_headers(client):
    lengths = {answer(client, ticks)["Content-Length"] for ticks in every_answer()}
    assert lengths == {str(BLOCK)}


def test_the_form_has_the_same_length_however_it_is_reached(client):
    responses = [client.get(CHECKLIST)] + [
        answer(client, {**ticks, "change": "1"}) for ticks in every_answer()
    ]
    assert {len(response.content) for response in responses} == {BLOCK}


def test_refused_answers_get_a_form_of_the_same_length(client):
    signs = active_signs()
    refused = [{}, {"signs": ["999999"]}, {"signs": signs[:1], "none": "on"},
               {"signs": signs, "none": "on"}]
    responses = [answer(client, ticks) for ticks in refused]
    assert {response.status_code for response in responses} == {400}
    assert {len(response.content) for response in responses} == {BLOCK}


def test_the_padding_is_only_whitespace_after_the_page(client):
    html = answer(client, {"none": "on"}).content.decode()
    page, _, padding = html.partition("</html>")
    assert page.startswith("<!doctype html>")
    assert padding.strip() == ""
    assert len(padding) > 1000  # headroom: the page is far smaller than the block


def test_a_page_larger_than_the_block_is_padded_to_the_next_block_never_cut(client):
    long_sign = make_warning_sign(why_it_matters="A long explanation. " * 2000)
    html = answer(client, {"signs": [long_sign.pk]}).content.decode()
    assert len(html.encode()) == 2 * BLOCK
    assert html.rstrip().endswith("</html>")
    assert "A long explanation. " * 2000 in html


def test_gunicorns_access_log_records_no_size_for_checklist_posts(tmp_path, collected_static):
    """Attacked as it was: the access line used to end in the result's size."""
    env = production_env(
        tmp_path, DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_STATIC_ROOT=str(collected_static),
        HIPGUIDE_CACHE_DIR=str(tmp_path / "page-cache"),
    )
    manage(env, "migrate", "-v0")
    log = tmp_path / "server.log"
    with gunicorn(env, log) as url:
        form = urllib.request.urlopen(url + CHECKLIST, timeout=10)  # noqa: S310 (our server)
        cookie = form.headers["Set-Cookie"].split(";")[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.read().decode())[1]
        sizes = set()
        for ticks in ({"signs": ["1"]}, {"signs": ["2", "5"]}, {"none": "on"}):
            body = urlencode({**ticks, "csrfmiddlewaretoken": token}, doseq=True).encode()
            request = urllib.request.Request(url + CHECKLIST, data=body, headers={  # noqa: S310
                "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                assert response.status == 200
                sizes.add(len(response.read()))
    assert sizes == {BLOCK}
    posts = [line for line in log.read_text().splitlines() if '"POST /checklist/' in line]
    assert len(posts) == 3
    for line in posts:
        assert re.search(r'"POST /checklist/ HTTP/1\.1" 200 \d+ms$', line), line
        assert str(BLOCK) not in line


def test_the_csrf_token_in_every_page_has_one_length(client):
    """Django masks the token afresh for each page; its length must never vary."""
    pages = [client.get(CHECKLIST)] + [answer(client, ticks) for ticks in every_answer()[:5]]
    tokens = [re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
              for page in pages]
    assert len(set(tokens)) == len(tokens)  # a new mask each time
    assert {len(token) for token in tokens} == {64}
