import datetime
from unittest import mock

import pytest
from django.db import IntegrityError
from django.utils import timezone

from conditions.models import Condition, SiteText, Tier, WarningSign
from conditions.models.condition import SECTIONS
from tests.conftest import make_condition, make_warning_sign

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("section", SECTIONS)
def test_saving_a_condition_stores_each_sections_sanitised_html(section):
    condition = make_condition(**{section: "**Fine.**\n\n<script>alert(1)</script>"})
    html = getattr(condition, f"{section}_html")
    assert "<strong>Fine.</strong>" in html
    assert "<script" not in html


@pytest.mark.parametrize("section", SECTIONS)
def test_a_published_condition_cannot_miss_a_section(section):
    with pytest.raises(IntegrityError):
        make_condition(**{section: ""})


def test_a_draft_may_miss_sections():
    draft = make_condition(status=Condition.Status.DRAFT, **dict.fromkeys(SECTIONS, ""))
    assert draft.pk


def test_published_excludes_drafts_and_future_pages():
    live = make_condition(slug="live")
    make_condition(slug="draft", status=Condition.Status.DRAFT)
    make_condition(slug="later", publish_at=timezone.now() + datetime.timedelta(days=2))
    slugs = set(Condition.objects.published().values_list("slug", flat=True))
    assert live.slug in slugs
    assert not {"draft", "later"} & slugs


def test_next_review_cannot_come_before_last_review():
    today = timezone.localdate()
    with pytest.raises(IntegrityError):
        make_condition(last_reviewed=today, next_review_due=today - datetime.timedelta(days=1))


def test_slugs_are_unique():
    make_condition(slug="same")
    with pytest.raises(IntegrityError):
        make_condition(slug="same")


def test_a_warning_sign_cannot_have_the_self_care_advice():
    with pytest.raises(IntegrityError):
        make_warning_sign(tier=Tier.NONE)


def test_warning_signs_sort_most_urgent_first():
    make_warning_sign(tier="soon", sign="Soon sign", order=0)
    make_warning_sign(tier="emergency", sign="Emergency sign", order=999)
    tiers = [sign.tier_id for sign in WarningSign.objects.most_urgent_first()]
    assert tiers == sorted(tiers, key=Tier.values.index)


def test_a_page_finds_its_neighbours_in_reading_order():
    page = Condition.objects.get(slug="hip-osteoarthritis")
    previous, following = page.neighbours(Condition.objects.reading_order())
    assert (previous.slug, following.slug) == ("it-band-syndrome", "femoral-neck-stress-fracture")


def test_a_scheduled_page_becomes_a_neighbour_when_it_goes_live_and_a_draft_never_does():
    make_condition(slug="draft", title="Draft", order=0, status=Condition.Status.DRAFT)
    make_condition(slug="soon", title="Soon", order=0,
                   publish_at=timezone.now() + datetime.timedelta(hours=1))
    first = Condition.objects.order_by("order", "title").exclude(slug__in=["draft", "soon"])[0]
    reading_order = Condition.objects.reading_order()  # made once, before the page goes live
    assert first.neighbours(reading_order)[0] is None
    later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch.object(timezone, "now", lambda: later):
        assert first.neighbours(reading_order)[0].slug == "soon"


def test_there_is_only_ever_one_row_of_site_texts():
    texts = SiteText.objects.get()
    texts.pk = None
    texts.save()  # save() pins the row, so this updates rather than adds
    assert SiteText.objects.count() == 1


def test_a_changed_emergency_number_shows_in_the_disclaimer(client):
    texts = SiteText.objects.get()
    texts.emergency_number = "999"
    texts.save()
    footer = client.get("/").content.decode().split('class="disclaimer"')[1]
    assert "call 999" in footer
    assert "{number}" not in footer


def test_current_site_texts_follow_a_save_at_once():
    SiteText.objects.current()
    texts = SiteText.objects.get()
    texts.hub_title = "A new title"
    texts.save()
    assert SiteText.objects.current().hub_title == "A new title"
