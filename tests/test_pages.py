import datetime

import markdown
import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from conditions.cache import content_version
from conditions.models import Condition, SiteText
from tests.conftest import (
    answer,
    make_condition,
    make_warning_sign,
    read_shared_values,
    read_site_text,
)

pytestmark = pytest.mark.django_db

HUB = reverse("conditions:hub")
LIST = reverse("conditions:list")


def detail(slug):
    return reverse("conditions:detail", args=[slug])


@pytest.fixture
def warm_site_text():
    read_shared_values()
    return read_site_text()


@pytest.fixture
def sixty_conditions(db):
    for number in range(54):
        condition = make_condition(title=f"Extra {number}", slug=f"extra-{number}")
        make_warning_sign(conditions=[condition], sign=f"Extra sign {number}")
    # Saving content starts a new content version, which the site texts are kept under.
    read_shared_values()


def test_hub_names_every_condition_with_a_link_to_its_page(client):
    html = client.get(HUB).content.decode()
    for condition in Condition.objects.published():
        assert condition.title in html
        link = f'<a class="more-link" href="{condition.get_absolute_url()}">'
        assert f"{link}More information on {condition.title}</a>" in html


def test_every_more_information_link_opens_its_page(client):
    for condition in Condition.objects.published():
        response = client.get(condition.get_absolute_url())
        assert response.status_code == 200
        assert condition.overview_html in response.content.decode()


def test_condition_page_shows_where_it_hurts_references_and_review_dates(client):
    condition = Condition.objects.get(slug="sciatica")
    html = client.get(detail("sciatica")).content.decode()
    assert condition.where_it_hurts in html
    for reference in condition.references.all():
        assert reference.url in html
    assert "Page last reviewed: 26 November 2026" in html
    assert "Next review due: 26 November 2027" in html


def test_condition_page_names_its_reviewer_when_there_is_one(client):
    make_condition(slug="reviewed", reviewed_by="Dr A Runner, sports medicine physician")
    assert "Dr A Runner, sports medicine physician" in client.get(detail("reviewed")).content.decode()


def test_condition_page_lists_its_warning_signs(client):
    flag = make_warning_sign(tier="emergency", conditions=[Condition.objects.get(slug="sciatica")],
                         sign="Both legs feel numb")
    html = client.get(detail("sciatica")).content.decode()
    assert flag.sign in html
    assert "Call 911 now" in html


def test_condition_page_links_to_previous_and_next_conditions(client):
    html = client.get(detail("hip-osteoarthritis")).content.decode()
    assert f'href="{detail("it-band-syndrome")}" rel="prev"' in html
    assert f'href="{detail("femoral-neck-stress-fracture")}" rel="next"' in html


def test_condition_page_has_a_breadcrumb(client):
    html = client.get(detail("sciatica")).content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert f'<a href="{LIST}">Conditions</a>' in html


def test_condition_list_shows_only_published_conditions(client):
    make_condition(title="Hidden draft", slug="hidden", status=Condition.Status.DRAFT)
    html = client.get(LIST).content.decode()
    assert "Hidden draft" not in html
    for condition in Condition.objects.published():
        assert condition.title in html


def test_drafts_are_not_found_by_readers(client):
    make_condition(slug="draft", status=Condition.Status.DRAFT)
    assert client.get(detail("draft")).status_code == 404


def test_scheduled_pages_stay_hidden_until_their_date(client):
    make_condition(slug="later", publish_at=timezone.now() + datetime.timedelta(hours=1))
    assert client.get(detail("later")).status_code == 404


def test_staff_see_drafts_with_a_banner(admin_client):
    make_condition(slug="draft", status=Condition.Status.DRAFT)
    response = admin_client.get(detail("draft"))
    assert response.status_code == 200
    assert "Draft preview." in response.content.decode()


def test_published_pages_have_no_draft_banner(admin_client):
    assert "Draft preview." not in admin_client.get(detail("sciatica")).content.decode()


def test_unknown_condition_gets_the_sites_own_404_page(client):
    response = client.get(detail("no-such-condition"))
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert SiteText.objects.get().site_name in html


def test_hub_shows_the_call_to_action_and_disclaimer(client):
    texts = SiteText.objects.get()
    html = client.get(HUB).content.decode()
    assert texts.cta_heading in html
    assert f'href="{texts.cta_url}"' in html
    assert texts.disclaimer_html.replace("{number}", texts.emergency_number) in html


def test_every_page_carries_the_disclaimer_and_the_emergency_number_note(client):
    texts = SiteText.objects.get()
    disclaimer = texts.disclaimer_html.replace("{number}", texts.emergency_number)
    for url in [HUB, LIST, detail("sciatica"), detail("nope")]:
        html = client.get(url).content.decode()
        assert disclaimer in html
        assert escape(texts.emergency_number_note) in html


def test_meta_description_is_the_summary(client):
    condition = Condition.objects.get(slug="sciatica")
    html = client.get(detail("sciatica")).content.decode()
    assert f'<meta name="description" content="{condition.summary}">' in html


def test_unsafe_markdown_never_reaches_a_page(client):
    make_condition(
        slug="nasty",
        overview='<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n<iframe src="x">'
        '</iframe><style>p{}</style><img src="a.png" alt="a" onerror="alert(3)">',
    )
    html = client.get(detail("nasty")).content.decode()
    for marker in ["alert(", "<iframe", "<style", "onerror", "javascript:"]:
        assert marker not in html


def test_text_fields_are_escaped(client):
    make_condition(slug="escaped", title="<b>Bold</b> title", summary="<script>x</script>")
    html = client.get(detail("escaped")).content.decode()
    assert "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in html
    assert "<script>x</script>" not in html


def test_pages_never_render_markdown(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("Markdown was rendered while serving a page")

    monkeypatch.setattr(markdown.Markdown, "convert", refuse)
    for url in [HUB, LIST, detail("sciatica")]:
        assert client.get(url).status_code == 200


def test_posting_to_a_page_is_not_allowed(client):
    assert answer(client, {}, path=HUB).status_code == 405


@pytest.mark.parametrize("extra", [False, True], ids=["6 conditions", "60 conditions"])
def test_hub_runs_two_queries(client, django_assert_num_queries, warm_site_text, extra, request):
    if extra:
        request.getfixturevalue("sixty_conditions")
    with django_assert_num_queries(2):
        client.get(HUB)


@pytest.mark.parametrize("extra", [False, True], ids=["6 conditions", "60 conditions"])
def test_condition_page_runs_three_queries(
    client, django_assert_num_queries, warm_site_text, extra, request
):
    if extra:
        request.getfixturevalue("sixty_conditions")
    with django_assert_num_queries(3):
        client.get(detail("sciatica"))


@pytest.mark.parametrize("extra", [False, True], ids=["6 conditions", "60 conditions"])
def test_condition_list_runs_one_query(
    client, django_assert_num_queries, warm_site_text, extra, request
):
    if extra:
        request.getfixturevalue("sixty_conditions")
    with django_assert_num_queries(1):
        client.get(LIST)


def test_not_found_page_runs_two_queries(client, django_assert_num_queries, warm_site_text):
    # The page, then the old web addresses, in case the page moved.
    with django_assert_num_queries(2):
        client.get(detail("nope"))


def test_a_cold_site_text_cache_costs_one_query(client, django_assert_num_queries):
    content_version()  # a cold content version costs its own query (tests/test_page_cache.py)
    with django_assert_num_queries(3):
        client.get(HUB)


def test_a_server_error_gets_the_sites_own_page(monkeypatch):
    from django.test import Client

    def broken(self):
        raise RuntimeError("the database went away")

    monkeypatch.setattr("conditions.models.condition.ConditionQuerySet.published", broken)
    response = Client(raise_request_exception=False).get(HUB)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert "/static/css/site." in html
