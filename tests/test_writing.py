"""The writing help: each Markdown section's reading grade, its long sentences and the glossary's
medical words it leaves unexplained, after a save and in the live preview."""

import pytest
from django.urls import reverse

from conditions.editor_warnings import content_warnings, writing_warnings
from conditions.models import Condition, GlossaryTerm, PendingChange
from conditions.writing import WritingHelp
from tests.conftest import make_condition

pytestmark = pytest.mark.django_db

PREVIEW = reverse("markdownx_markdownify")
HARD = (
    "Greater trochanteric pain syndrome encompasses gluteal tendinopathy, trochanteric bursitis "
    "and external coxa saltans, frequently necessitating multidisciplinary physiotherapeutic "
    "intervention alongside pharmacological anti-inflammatory management."
)
EASY = (
    "Rest from running for a few days. Walk if it does not hurt. Put an ice pack on the sore "
    "spot. Then try a short, slow run."
)


def sentence(words):
    return " ".join(["Run"] + ["slowly"] * (words - 1)) + "."


def test_each_section_gets_its_own_reading_grade():
    condition = make_condition(slug="hard-overview", overview=HARD, causes=EASY)
    [warning] = [w for w in content_warnings(condition) if "reads at grade" in w]
    grade = WritingHelp.of(HARD).grade
    assert grade > 7
    assert warning.startswith(f"Overview: reads at grade {grade}. Aim for grade 7 or below")
    assert WritingHelp.of(EASY).grade <= 7


def test_a_section_at_grade_7_or_below_passes():
    assert WritingHelp.of(EASY).notes() == []


def test_a_section_too_short_to_measure_gets_no_grade():
    assert WritingHelp.of("Physiotherapeutic intervention.").grade is None


def test_a_26_word_sentence_is_flagged_with_its_start():
    [warning] = WritingHelp.of(f"{EASY} {sentence(26)}").warnings("Symptoms")
    assert warning.startswith(
        "Symptoms: a sentence has 26 words (“Run slowly slowly slowly slowly slowly slowly "
        "slowly …”). Keep sentences to 25 words or fewer"
    )


def test_a_25_word_sentence_is_not_flagged():
    assert WritingHelp.of(sentence(25)).long_sentences == []


def test_each_list_item_counts_as_a_sentence_of_its_own():
    items = "\n".join(f"- {sentence(15)[:-1]}" for _ in range(3))
    assert WritingHelp.of(items).long_sentences == []


def test_a_glossary_term_used_without_explanation_is_flagged():
    [warning] = WritingHelp.of("You may have tendinopathy.").warnings("Overview")
    assert warning == (
        "Overview: uses “tendinopathy” without saying what it means. Explain it in brackets, "
        "for example “tendinopathy (a sore, weak tendon, from overuse)”."
    )


@pytest.mark.parametrize("text", [
    "You may have tendinopathy (a sore, weak tendon).",
    "You may have a sore, weak tendon (tendinopathy).",
    "Tendinopathy is a sore, weak tendon. Tendinopathy gets better with rest.",
    "Tendinopathy means your tendon is sore and weak.",
    "It could be tendinopathy. This is a sore, weak tendon.",
    "Your hip flexors, the muscles that lift your knee, get tight.",
    "An anti-inflammatory painkiller, such as ibuprofen, may help.",
    "This layer is cartilage. The cartilage gets thinner.",
])
def test_a_glossary_term_explained_in_the_same_section_is_not_flagged(text):
    assert WritingHelp.of(text).unexplained == []


def test_other_forms_and_plurals_of_a_term_are_found():
    found = WritingHelp.of("The bursae swell. Stress fractures heal.").unexplained
    assert [term.term for term in found] == ["bursa", "stress fracture"]


def test_a_link_is_not_taken_for_an_explanation_in_brackets():
    text = "Read about [sciatica](https://www.nhs.uk/conditions/sciatica/)."
    assert [term.term for term in WritingHelp.of(text).unexplained] == ["sciatica"]


def test_a_term_explained_in_another_section_is_flagged_again():
    condition = make_condition(
        slug="explained-once", overview="Sciatica is pain down your leg.", causes="Sciatica hurts."
    )
    [warning] = [w for w in content_warnings(condition) if "without saying" in w]
    assert warning.startswith("Causes: uses “sciatica”")


def test_the_words_of_a_conditions_title_need_no_explaining_in_its_sections():
    condition = make_condition(slug="own-title", title="Sciatica", causes="Sciatica hurts.")
    assert [w for w in content_warnings(condition) if "without saying" in w] == []


def test_the_glossary_is_read_once_for_all_of_an_items_sections(django_assert_num_queries):
    condition = make_condition(slug="read-once")
    with django_assert_num_queries(1):
        writing_warnings(condition)


def test_editors_add_glossary_terms_in_the_admin_and_the_writing_help_uses_them(editor):
    response = editor.post(reverse("admin:conditions_glossaryterm_add"), {
        "term": "labrum", "other_forms": "labral", "explanation": "a rim of tough tissue "
        "around the hip socket",
    })
    assert response.status_code == 302
    [term] = WritingHelp.of("You may have a labral tear.").unexplained
    assert term.term == "labrum"


def test_a_glossary_change_needs_no_sign_off(editor):
    term = GlossaryTerm.objects.get(term="sciatica")
    url = reverse("admin:conditions_glossaryterm_change", args=[term.pk])
    editor.post(url, {"term": "sciatica", "other_forms": "", "explanation": "leg pain"})
    assert GlossaryTerm.objects.get(pk=term.pk).explanation == "leg pain"
    assert not PendingChange.objects.exists()


def test_a_term_already_in_the_glossary_is_refused_with_a_message(editor):
    response = editor.post(reverse("admin:conditions_glossaryterm_add"), {
        "term": "Sciatica", "other_forms": "", "explanation": "leg pain",
    })
    assert response.status_code == 200
    assert "This term is already in the glossary." in response.content.decode()
    assert GlossaryTerm.objects.filter(term__iexact="sciatica").count() == 1


def test_the_preview_shows_the_writing_help_to_an_editor(editor):
    response = editor.post(PREVIEW, {"content": f"You may have tendinopathy. {sentence(30)}"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<p>You may have tendinopathy." in html
    assert '<div class="writing-help writing-help-warning">' in html
    assert "A sentence has 30 words" in html
    assert "Uses “tendinopathy” without saying what it means" in html


def test_the_preview_says_when_the_writing_is_good(editor):
    html = editor.post(PREVIEW, {"content": EASY}).content.decode()
    grade = WritingHelp.of(EASY).grade
    assert '<div class="writing-help">' in html
    assert f"<p>Reads at grade {grade}: good.</p>" in html
    assert "<ul>" not in html


def test_the_preview_escapes_the_quoted_sentence(editor):
    text = f"&lt;script&gt;alert(1)&lt;/script&gt; {sentence(30)[:-1]}."
    html = editor.post(PREVIEW, {"content": text}).content.decode()
    assert "“&lt;script&gt;alert(1)&lt;/script&gt; Run" in html
    assert "<script" not in html


def test_every_seeded_section_reads_at_grade_7_or_below():
    for condition in Condition.objects.all():
        assert not [w for w in writing_warnings(condition) if "reads at grade" in w], condition


def test_the_preview_counts_the_pages_title_as_explained(editor):
    unexplained = "Uses “sciatica” without saying what it means"
    assert unexplained in editor.post(PREVIEW, {"content": "Sciatica hurts."}).content.decode()
    html = editor.post(f"{PREVIEW}?title=Sciatica", {"content": "Sciatica hurts."}).content.decode()
    assert '<div class="writing-help">' in html
    assert unexplained not in html
