"""What the first reader after a save pays: only the page's own queries, however much content
there is (the site texts, the diagram and the reading order are made by the save, once for
every worker)."""

import pytest
from django.urls import reverse

from conditions import cache as page_cache
from conditions.models import Condition, SiteText

pytestmark = pytest.mark.django_db

SCIATICA = reverse("conditions:detail", args=["sciatica"])


def copies_of_sciatica(count):
    original = Condition.objects.get(slug="sciatica")
    copies = []
    for number in range(count - Condition.objects.count()):
        copy = Condition.objects.get(pk=original.pk)
        copy.pk, copy.slug, copy.title = None, f"copy-{number}", f"Copy {number}"
        copy.order = original.order + 1 + number
        copies.append(copy)
    Condition.objects.bulk_create(copies)


def another_worker():
    """A worker that has made nothing from the content yet."""
    page_cache.memory.current(None)


def save_sciatica(django_capture_on_commit_callbacks):
    condition = Condition.objects.get(slug="sciatica")
    condition.summary = "A summary an editor just changed."
    with django_capture_on_commit_callbacks(execute=True):
        condition.save()


@pytest.mark.parametrize("count", [6, 60, 600])
def test_the_first_reader_after_a_save_runs_only_the_pages_three_queries(
    client, django_capture_on_commit_callbacks, django_assert_num_queries, count
):
    copies_of_sciatica(count)
    save_sciatica(django_capture_on_commit_callbacks)
    another_worker()
    with django_assert_num_queries(3):  # the page, its warning signs, its references
        response = client.get(SCIATICA)
    assert "A summary an editor just changed." in response.content.decode()


def test_another_worker_shows_the_site_texts_as_the_save_left_them(
    client, django_capture_on_commit_callbacks
):
    client.get(SCIATICA)
    texts = SiteText.objects.get()
    texts.contents_heading = "On this page, changed"
    with django_capture_on_commit_callbacks(execute=True):
        texts.save()
    another_worker()
    assert "On this page, changed" in client.get(SCIATICA).content.decode()


@pytest.mark.parametrize("count", [8, 600])
def test_a_page_finds_its_neighbours_in_reading_order(client, count):
    copies_of_sciatica(count)
    reading_order = Condition.objects.reading_order()
    previous, following = Condition.objects.get(slug="copy-0").neighbours(reading_order)
    assert (previous.slug, following.slug) == ("sciatica", "copy-1")
    last = Condition.objects.get(slug=f"copy-{count - 7}")
    assert last.neighbours(reading_order)[1] is None
