"""A condition's history and its compare view tell what happened to its references and to the
warning signs linked to it: what, who, when and why."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conditions.models import Condition
from tests.admin_forms import form_data
from tests.conftest import approve_pending, make_condition, make_reference, make_warning_sign
from tests.test_history import admin_url, restore, revisions

pytestmark = pytest.mark.django_db


@pytest.fixture
def condition():
    return make_condition(slug="related-history")


def save_condition(client, condition, note, **changes):
    """Save the condition's page in the admin with a note, and have the change approved."""
    url = admin_url(condition, "change", condition.pk)
    data = {**form_data(client.get(url)), "review_note": note, **changes}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    approve_pending(condition)


def history(client, condition):
    response = client.get(admin_url(condition, "history", condition.pk))
    assert response.status_code == 200
    return response.content.decode()


def compare_newest_with(client, condition, older):
    response = client.get(admin_url(condition, "compare", condition.pk),
                          {"from": older.pk, "to": revisions(condition)[-1].pk})
    assert response.status_code == 200
    return response.content.decode()


def test_a_reference_added_shows_in_the_history_and_compare(editor, condition):
    before = revisions(condition)[-1]
    save_condition(editor, condition, "Cite the NICE guideline", **{
        "references-0-title": "Hip pain", "references-0-publisher": "NICE",
        "references-0-url": "https://www.nice.org.uk/hip",
    })
    page = history(editor, condition)
    assert "Reference added" in page
    assert "Hip pain (NICE) https://www.nice.org.uk/hip" in page
    assert "Cite the NICE guideline" in page
    assert "<td>editor</td>" in page
    compare = compare_newest_with(editor, condition, before)
    assert '<ins class="diff-line">Hip pain (NICE) https://www.nice.org.uk/hip</ins>' in compare
    assert "Reference added" in compare


def test_a_reference_changed_shows_which_of_its_boxes_changed(editor, condition):
    make_reference(condition, title="Hip pain", url="https://www.nhs.uk/old")
    condition.save()
    before = revisions(condition)[-1]
    save_condition(editor, condition, "The NHS moved the page",
                   **{"references-0-url": "https://www.nhs.uk/new"})
    assert "Reference changed: Web address" in history(editor, condition)
    compare = compare_newest_with(editor, condition, before)
    assert "<del>https://www.nhs.uk/old</del><ins>https://www.nhs.uk/new</ins>" in compare


def test_a_reference_removed_shows_in_the_history_and_compare(editor, condition):
    make_reference(condition, title="An old leaflet")
    condition.save()
    before = revisions(condition)[-1]
    save_condition(editor, condition, "Withdrawn", **{"references-0-DELETE": "on"})
    page = history(editor, condition)
    assert "Reference removed" in page
    assert "An old leaflet (NHS)" in page
    compare = compare_newest_with(editor, condition, before)
    assert '<del class="diff-line">An old leaflet (NHS) https://www.nhs.uk/</del>' in compare


def test_a_warning_sign_linked_on_the_condition_shows_in_the_history_and_compare(
    editor, condition
):
    flag = make_warning_sign(sign="I cannot stand on my leg")
    before = revisions(condition)[-1]
    save_condition(editor, condition, "Link the weight-bearing sign", **{
        "WarningSign_conditions-TOTAL_FORMS": "1",
        "WarningSign_conditions-0-condition": str(condition.pk),
        "WarningSign_conditions-0-warningsign": str(flag.pk),
    })
    assert not flag.conditions.exists()  # a link waits for review, like the sign's own page
    approve_pending(flag)
    assert list(flag.conditions.all()) == [condition]
    page = history(editor, condition)
    assert "Warning sign linked" in page
    assert "I cannot stand on my leg" in page
    assert "Link the weight-bearing sign" in page
    compare = compare_newest_with(editor, condition, before)
    assert '<ins class="diff-line">I cannot stand on my leg</ins>' in compare


def test_a_warning_sign_unlinked_on_the_condition_shows_in_the_history_and_compare(
    editor, condition
):
    flag = make_warning_sign(sign="My leg is numb", conditions=[condition])
    condition.save()
    before = revisions(condition)[-1]
    save_condition(editor, condition, "Not a sign of this condition",
                   **{"WarningSign_conditions-0-DELETE": "on"})
    assert flag.conditions.exists()  # until a reviewer approves the unlinking
    approve_pending(flag)
    assert not flag.conditions.exists()
    page = history(editor, condition)
    assert "Warning sign unlinked" in page
    assert "Not a sign of this condition" in page
    compare = compare_newest_with(editor, condition, before)
    assert '<del class="diff-line">My leg is numb</del>' in compare


def test_a_link_approved_on_the_sign_carries_the_editors_note_and_name(editor, sign, condition):
    url = admin_url(sign, "change", sign.pk)
    data = {**form_data(editor.get(url)), "conditions": [str(condition.pk)],
            "review_note": "NICE lists it for this condition"}
    assert editor.post(url, data).status_code == 302
    assert not sign.conditions.exists()
    approve_pending(sign)
    page = history(editor, condition)
    assert "Warning sign linked" in page
    assert "NICE lists it for this condition" in page
    assert "<td>editor</td>" in page


def test_a_signs_compare_names_the_conditions_it_points_to(admin_client, sign, condition):
    sign.conditions.add(condition)
    older, newer = revisions(sign)[-2:]
    response = admin_client.get(admin_url(sign, "compare", sign.pk),
                                {"from": older.pk, "to": newer.pk})
    assert f'<ins class="diff-line">{condition.title}</ins>' in response.content.decode()


def test_a_condition_with_nothing_linked_shows_no_empty_table(admin_client, condition):
    assert "Its references and warning signs" not in history(admin_client, condition)
    assert Condition.objects.filter(pk=condition.pk).exists()


def test_a_link_switched_to_another_sign_unlinks_one_and_links_the_other(editor, condition):
    old = make_warning_sign(sign="My hip gives way", conditions=[condition])
    new = make_warning_sign(sign="My hip gives way when I run")
    save_condition(editor, condition, "A closer sign",
                   **{"WarningSign_conditions-0-warningsign": str(new.pk)})
    assert list(condition.warning_signs.all()) == [old]  # until a reviewer approves both
    approve_pending(old)
    approve_pending(new)
    assert list(condition.warning_signs.all()) == [new]
    assert not old.conditions.exists()
    page = history(editor, condition)
    assert "Warning sign unlinked" in page
    assert "Warning sign linked" in page


def test_the_history_page_runs_as_many_queries_however_many_references_changed(
    admin_client, condition
):
    url = admin_url(condition, "history", condition.pk)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(url).status_code == 200
        return len(captured)

    # Each count is of a second visit: a first also saves the session and reads the site texts
    # again after a change.
    make_reference(condition, title="One")
    queries()
    one = queries()
    for title in ["Two", "Three", "Four"]:
        make_reference(condition, title=title).delete()
    queries()
    assert queries() == one


def test_restoring_a_signs_earlier_version_brings_back_its_links(admin_client, sign):
    first, second = make_condition(slug="first"), make_condition(slug="second")
    sign.conditions.set([first])
    linked_to_first = revisions(sign)[-1]
    sign.conditions.set([second])
    url = admin_url(sign, "simple_history", sign.pk, linked_to_first.history_id)
    assert form_data(admin_client.get(url))["conditions"] == str(first.pk)
    restore(admin_client, sign, linked_to_first)
    assert list(sign.conditions.all()) == [first]


def test_seeded_references_show_as_added_and_only_those_the_page_has(admin_client,
                                                                      seeded_condition):
    page = history(admin_client, seeded_condition)
    assert "Reference added" in page
    assert "Reference changed" not in page
    shown = page.count("<td>Reference added</td>")
    assert shown == seeded_condition.references.count()
