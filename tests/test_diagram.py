"""The body diagram on condition pages, and the rules areas and their links keep."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from conditions.models import Condition, ConditionArea
from tests.conftest import area, link, make_area

pytestmark = pytest.mark.django_db


def test_each_condition_page_highlights_its_typical_areas(client):
    html = client.get(reverse("conditions:detail", args=["sciatica"])).content.decode()
    figure = html[html.index('<figure class="where-diagram">'):html.index("</figure>")]
    assert figure.count("diagram__area--typical") == 4
    assert 'role="img" aria-labelledby="diagram-caption"' in figure
    for slug in ["lower-back", "buttock", "back-of-thigh", "below-the-knee"]:
        assert area(slug).name.lower() in figure
    assert "outside of the hip" not in figure
    assert "<script" not in figure and "style=" not in figure


def test_the_diagram_follows_an_editors_change(client):
    page = reverse("conditions:detail", args=["it-band-syndrome"])
    assert "front of the thigh" not in client.get(page).content.decode()
    link(Condition.objects.get(slug="it-band-syndrome"), area("front-of-thigh"))
    assert "front of the thigh" in client.get(page).content.decode()


def test_a_link_is_unique_per_condition_and_area():
    existing = ConditionArea.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        link(existing.condition, existing.area, fit="possible")


def test_an_area_must_have_a_size_and_sit_on_the_diagram():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_area(width=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_area(centre_x=1000)
