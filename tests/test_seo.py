"""Findable and shareable: the sitemap, robots.txt, the tags in each page's head and the
schema.org structured data search engines read."""

import datetime
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from conditions.models import Condition, SiteText
from tests.conftest import make_condition, make_warning_sign

pytestmark = pytest.mark.django_db

HUB = reverse("conditions:hub")
LIST = reverse("conditions:list")
SITEMAP = reverse("sitemap")
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def detail(slug):
    return reverse("conditions:detail", args=[slug])


def absolute(path):
    return f"http://testserver{path}"


def sitemap(client):
    response = client.get(SITEMAP)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own sitemap)
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }


def structured_data(client, path):
    (data,) = JSON_LD.findall(client.get(path).content.decode())
    return json.loads(data)


def head_tag(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert match, f"no {name} in the page"
    return match.group(1)


# Sitemap


def test_sitemap_lists_exactly_the_published_pages(client):
    expected = {HUB, LIST, reverse("conditions:checklist"), reverse("conditions:explorer"),
                *(c.get_absolute_url() for c in Condition.objects.published())}
    assert set(sitemap(client)) == {absolute(path) for path in expected}


def test_sitemap_never_lists_drafts_or_scheduled_pages(client):
    make_condition(slug="a-draft", status=Condition.Status.DRAFT)
    make_condition(slug="a-later", publish_at=timezone.now() + datetime.timedelta(days=1))
    urls = set(sitemap(client))
    assert absolute(detail("a-draft")) not in urls
    assert absolute(detail("a-later")) not in urls


def test_sitemap_dates_a_condition_by_its_last_edit(client):
    condition = make_condition(slug="edited", publish_at=timezone.now() - datetime.timedelta(days=9))
    Condition.objects.filter(pk=condition.pk).update(
        updated=timezone.now() - datetime.timedelta(days=3)
    )
    expected = (timezone.now() - datetime.timedelta(days=3)).date().isoformat()
    assert sitemap(client)[absolute(detail("edited"))] == expected


def test_sitemap_dates_a_scheduled_condition_by_the_day_it_went_live(client):
    went_live = timezone.now() - datetime.timedelta(hours=1)
    condition = make_condition(slug="scheduled", publish_at=went_live)
    Condition.objects.filter(pk=condition.pk).update(
        updated=timezone.now() - datetime.timedelta(days=20)
    )
    assert sitemap(client)[absolute(detail("scheduled"))] == went_live.date().isoformat()


def test_sitemap_dates_a_condition_by_a_change_to_its_warning_signs(client):
    condition = Condition.objects.get(slug="sciatica")
    Condition.objects.filter(pk=condition.pk).update(
        updated=timezone.now() - datetime.timedelta(days=30)
    )
    make_warning_sign(conditions=[condition])
    assert sitemap(client)[absolute(detail("sciatica"))] == timezone.now().date().isoformat()


def test_sitemap_dates_the_index_by_its_latest_condition(client):
    Condition.objects.update(updated=timezone.now() - datetime.timedelta(days=40))
    newest = Condition.objects.get(slug="sciatica")
    newest.save()
    assert sitemap(client)[absolute(LIST)] == newest.updated.date().isoformat()


def test_sitemap_dates_the_hub_by_its_texts(client):
    Condition.objects.update(updated=timezone.now() - datetime.timedelta(days=40))
    texts = SiteText.objects.get()
    texts.save()
    assert sitemap(client)[absolute(HUB)] == texts.updated.date().isoformat()


# robots.txt


def test_robots_txt_names_the_sitemap_by_its_full_address(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f"Sitemap: {absolute(SITEMAP)}" in response.content.decode().splitlines()


def test_robots_txt_keeps_crawlers_out_of_the_admin(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert f"Disallow: {reverse('admin:index')}" in lines


def test_robots_txt_lets_crawlers_read_the_reader_pages(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert [line for line in lines if line.startswith("Disallow:")] == ["Disallow: /admin/"]


# Tags in the head


@pytest.mark.parametrize("path", [HUB, LIST, detail("sciatica")])
def test_page_names_its_canonical_address(client, path):
    html = client.get(path).content.decode()
    assert f'<link rel="canonical" href="{absolute(path)}">' in html


def test_canonical_address_leaves_out_the_query_string(client):
    html = client.get(detail("sciatica") + "?utm_source=newsletter").content.decode()
    assert f'<link rel="canonical" href="{absolute(detail("sciatica"))}">' in html


def test_condition_page_has_open_graph_and_twitter_card_tags(client):
    condition = Condition.objects.get(slug="sciatica")
    html = client.get(detail("sciatica")).content.decode()
    assert head_tag(html, "property", "og:title") == condition.title
    assert head_tag(html, "property", "og:description") == condition.summary
    assert head_tag(html, "property", "og:type") == "article"
    assert head_tag(html, "property", "og:url") == absolute(detail("sciatica"))
    assert head_tag(html, "property", "og:site_name") == "HipGuide"
    assert head_tag(html, "name", "twitter:card") == "summary"
    assert head_tag(html, "name", "twitter:title") == condition.title
    assert head_tag(html, "name", "twitter:description") == condition.summary


@pytest.mark.parametrize("path", [HUB, LIST])
def test_other_pages_share_as_a_website(client, path):
    html = client.get(path).content.decode()
    assert head_tag(html, "property", "og:type") == "website"
    assert head_tag(html, "property", "og:description") == head_tag(html, "name", "description")


def test_hub_description_is_its_opening_sentences(client):
    html = client.get(HUB).content.decode()
    assert head_tag(html, "name", "description") == (
        "Hip pain that spreads down into your leg is common in people who run. "
        "This guide looks at 6 common causes in runners."
    )


def test_hub_description_is_shortened_when_the_first_sentence_is_long(client):
    texts = SiteText.objects.get()
    texts.hub_intro = "A *very* long opening " + "and more " * 30 + "to finish."
    texts.save()
    description = head_tag(client.get(HUB).content.decode(), "name", "description")
    assert description.startswith("A very long opening and more")
    assert len(description) == 160


@pytest.mark.parametrize("path", [HUB, detail("sciatica"), detail("nope")])
def test_every_page_links_its_icons(client, path):
    html = client.get(path).content.decode()
    assert re.search(r'<link rel="icon" href="/static/favicon\.[0-9a-f]+\.svg"', html)
    assert re.search(r'<link rel="apple-touch-icon" href="/static/apple-touch-icon\.[0-9a-f]+\.png"', html)


def test_not_found_page_asks_search_engines_not_to_index_it(client):
    html = client.get(detail("nope")).content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html


def test_printout_carries_the_pages_address(client):
    html = client.get(detail("sciatica") + "?from=print").content.decode()
    assert f"Web address of this page: {absolute(detail('sciatica'))}</p>" in html


# Structured data (JSON-LD)


def test_every_condition_page_describes_itself_as_a_medical_web_page(client):
    for condition in Condition.objects.published():
        data = structured_data(client, condition.get_absolute_url())
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "MedicalWebPage"
        assert data["url"] == absolute(condition.get_absolute_url())
        assert data["about"]["@type"] == "MedicalCondition"
        assert data["about"]["name"] == condition.title
        assert data["lastReviewed"] == condition.last_reviewed.isoformat()
        assert data["medicalAudience"] == "https://schema.org/Patient"


def test_condition_data_lists_its_signs_and_treatments_line_by_line(client):
    make_condition(slug="listed", signs_or_symptoms="Ache\n\n  Stiffness \n", treatments="Rest\nIce")
    about = structured_data(client, detail("listed"))["about"]
    assert about["signOrSymptom"] == [
        {"@type": "MedicalSignOrSymptom", "name": "Ache"},
        {"@type": "MedicalSignOrSymptom", "name": "Stiffness"},
    ]
    assert about["possibleTreatment"] == [
        {"@type": "MedicalTherapy", "name": "Rest"},
        {"@type": "MedicalTherapy", "name": "Ice"},
    ]


def test_condition_data_leaves_out_signs_and_treatments_it_does_not_have(client):
    make_condition(slug="bare", signs_or_symptoms="", treatments="")
    about = structured_data(client, detail("bare"))["about"]
    assert "signOrSymptom" not in about
    assert "possibleTreatment" not in about


def test_seeded_conditions_give_search_engines_their_signs_and_treatments(client):
    for condition in Condition.objects.published():
        about = structured_data(client, condition.get_absolute_url())["about"]
        assert len(about["signOrSymptom"]) >= 3
        assert len(about["possibleTreatment"]) >= 3


def test_condition_data_names_the_reviewer_when_there_is_one(client):
    make_condition(slug="reviewed", reviewed_by="Dr A Runner, sports medicine physician")
    data = structured_data(client, detail("reviewed"))
    assert data["reviewedBy"] == {"@type": "Person", "name": "Dr A Runner, sports medicine physician"}


def test_condition_data_names_no_reviewer_when_there_is_none(client):
    make_condition(slug="anonymous", reviewed_by="")
    assert "reviewedBy" not in structured_data(client, detail("anonymous"))


def test_condition_data_has_a_breadcrumb_trail(client):
    breadcrumb = structured_data(client, detail("sciatica"))["breadcrumb"]
    assert breadcrumb["@type"] == "BreadcrumbList"
    assert [(i["position"], i["name"], i["item"]) for i in breadcrumb["itemListElement"]] == [
        (1, "Home", absolute(HUB)),
        (2, "Conditions", absolute(LIST)),
        (3, "Sciatica", absolute(detail("sciatica"))),
    ]


def test_hub_data_lists_every_published_condition(client):
    make_condition(slug="hidden-draft", title="Hidden draft", status=Condition.Status.DRAFT)
    data = structured_data(client, HUB)
    assert data["@type"] == "MedicalWebPage"
    assert data["medicalAudience"] == "https://schema.org/Patient"
    assert [(c["@type"], c["name"], c["url"]) for c in data["about"]] == [
        ("MedicalCondition", c.title, absolute(c.get_absolute_url()))
        for c in Condition.objects.published()
    ]


def test_editor_text_cannot_break_out_of_the_structured_data(client):
    title = '</script><script>alert("x")</script> & <!-- more'
    make_condition(slug="hostile", title=title, summary="a </SCRIPT> b")
    html = client.get(detail("hostile")).content.decode()
    block = JSON_LD.search(html).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == title
    assert "<script>alert" not in html


def test_mark_safe_is_used_in_one_place_only(settings):
    found = []
    for folder, subfolders, files in os.walk(settings.BASE_DIR):
        subfolders[:] = [
            name for name in subfolders
            if name not in {"tests", "node_modules", "staticfiles"} and not name.startswith(".")
        ]
        found += [
            path.relative_to(settings.BASE_DIR).as_posix()
            for path in (Path(folder) / name for name in files if name.endswith(".py"))
            if "mark_safe(" in path.read_text()
        ]
    assert found == ["conditions/templatetags/seo.py"]
