"""Plain English, measured: every published condition page reads at grade 7 or below.

The Flesch-Kincaid grade estimates the school grade a reader needs, from sentence length and
syllables per word. Health pages aim low: the NHS writes for a reading age of 9 to 11. The
text measured is the page's sections as readers read them, without the Markdown, prepared as
the editors' writing help prepares it (conditions/writing.py).
"""

import pytest
import textstat

from conditions.models import Condition
from conditions.models.condition import SECTIONS
from conditions.writing import HIGHEST_GRADE, plain_text

pytestmark = pytest.mark.django_db

PUBLISHED = [
    "muscle-strain-and-tendinopathy", "trochanteric-bursitis", "it-band-syndrome",
    "hip-osteoarthritis", "femoral-neck-stress-fracture", "sciatica",
]


def page_text(condition):
    return "\n".join(plain_text(getattr(condition, f"{name}_html")) for name in SECTIONS)


def test_every_published_condition_is_measured():
    assert list(Condition.objects.published().values_list("slug", flat=True)) == PUBLISHED


@pytest.mark.parametrize("slug", PUBLISHED)
def test_each_condition_page_reads_at_grade_7_or_below(slug):
    grade = textstat.flesch_kincaid_grade(page_text(Condition.objects.get(slug=slug)))
    assert grade <= HIGHEST_GRADE, f"{slug} reads at grade {grade}"


def test_a_hard_page_fails_the_measure():
    hard = (
        "<p>Greater trochanteric pain syndrome encompasses gluteal tendinopathy, trochanteric "
        "bursitis and external coxa saltans, frequently necessitating multidisciplinary "
        "physiotherapeutic intervention alongside pharmacological anti-inflammatory "
        "management.</p>"
    )
    assert textstat.flesch_kincaid_grade(plain_text(hard)) > HIGHEST_GRADE
