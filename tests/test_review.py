"""Review governance: which pages are current, due within 30 days or overdue, and who is told."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, ManagementUtility, call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from conditions.models import Condition, ReviewStatus
from tests.conftest import make_condition
from tests.users import make_editor, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:conditions_condition_changelist")


def due_in(days, **fields):
    today = timezone.localdate()
    return make_condition(
        last_reviewed=today - datetime.timedelta(days=400),
        next_review_due=today + datetime.timedelta(days=days),
        **fields,
    )


def run_report():
    out = StringIO()
    try:
        call_command("review_report", stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


@pytest.mark.parametrize(("days", "status"), [
    (-1, ReviewStatus.OVERDUE),
    (0, ReviewStatus.DUE),
    (30, ReviewStatus.DUE),
    (31, ReviewStatus.CURRENT),
])
def test_review_status_follows_the_next_review_date(days, status):
    condition = due_in(days, slug="dated")
    assert condition.review_status == status
    assert list(Condition.objects.review_status(status).filter(slug="dated")) == [condition]
    others = set(ReviewStatus) - {status}
    assert not any(Condition.objects.review_status(s).filter(slug="dated") for s in others)


def test_the_condition_list_shows_review_status_with_a_filter(admin_client):
    overdue_page = due_in(-10, title="Long overdue page", slug="overdue")
    soon_page = due_in(10, title="Soon due page", slug="soon")
    html = admin_client.get(CHANGELIST).content.decode()
    assert f"Overdue (due {date_format(overdue_page.next_review_due)})" in html
    assert f"Due within 30 days (due {date_format(soon_page.next_review_due)})" in html
    assert "?review=overdue" in html

    overdue = admin_client.get(CHANGELIST, {"review": "overdue"}).content.decode()
    assert "Long overdue page" in overdue
    assert "Soon due page" not in overdue
    due = admin_client.get(CHANGELIST, {"review": "due"}).content.decode()
    assert "Soon due page" in due
    assert "Long overdue page" not in due


def test_the_admin_front_page_lists_overdue_pages(admin_client):
    page = due_in(-3, title="Long overdue page", slug="overdue")
    due_in(5, title="Soon due page", slug="soon")
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "Overdue for clinical review" in html
    link = reverse("admin:conditions_condition_change", args=[page.pk])
    overdue = html.split('id="overdue-reviews"')[1].split("</table>")[0]
    assert f'<a href="{link}">Long overdue page</a>' in overdue
    assert "Soon due page" not in overdue


def test_the_admin_front_page_lists_pages_due_within_30_days(admin_client):
    page = due_in(5, title="Soon due page", slug="soon")
    due_in(-3, title="Long overdue page", slug="overdue")
    due_in(60, title="Later page", slug="later")
    html = admin_client.get(reverse("admin:index")).content.decode()
    due = html.split('id="due-reviews"')[1].split("</table>")[0]
    assert "Due for clinical review within 30 days" in due
    link = reverse("admin:conditions_condition_change", args=[page.pk])
    assert f'<a href="{link}">Soon due page</a>' in due
    assert date_format(page.next_review_due) in due
    assert "Long overdue page" not in due
    assert "Later page" not in html


def test_the_front_page_lists_no_due_pages_for_staff_without_content_rights(client):
    due_in(5, title="Soon due page", slug="soon")
    client.force_login(make_user("other-staff"))
    assert "Soon due page" not in client.get(reverse("admin:index")).content.decode()


def test_the_admin_front_page_says_nothing_when_nothing_is_overdue(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "Overdue for clinical review" not in html
    assert 'id="content-main"' in html


def test_editors_see_overdue_pages_but_staff_without_content_rights_do_not(client):
    due_in(-3, title="Long overdue page", slug="overdue")
    client.force_login(make_editor())
    assert "Long overdue page" in client.get(reverse("admin:index")).content.decode()
    client.force_login(make_user("other-staff"))
    assert "Long overdue page" not in client.get(reverse("admin:index")).content.decode()


def test_the_review_report_lists_overdue_and_due_pages_and_fails():
    due_in(-3, title="Long overdue page", slug="overdue")
    due_in(5, title="Soon due page", slug="soon")
    output, error = run_report()
    assert error is not None and error.returncode == 1
    assert "1 page is overdue for review." in str(error)
    overdue_part, due_part = output.split("Due within 30 days")
    assert "Long overdue page" in overdue_part
    assert "Soon due page" in due_part


def test_the_review_report_passes_when_nothing_is_overdue():
    due_in(5, title="Soon due page", slug="soon")
    output, error = run_report()
    assert error is None
    assert "Soon due page" in output
    assert "Nothing is overdue for review." in output


def test_the_review_report_exits_with_status_1_from_the_command_line(capsys):
    due_in(-3, title="Long overdue page", slug="overdue")
    with pytest.raises(SystemExit) as exit_status:
        ManagementUtility(["manage.py", "review_report"]).execute()
    assert exit_status.value.code == 1
    assert "Long overdue page" in capsys.readouterr().out
