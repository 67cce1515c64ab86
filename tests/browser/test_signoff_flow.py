"""Clinical sign-off in Chromium, from an editor's change to a reader's page."""

import datetime
import json
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import TIMEOUT_MS, enrol
from tools.production_site import ROOT, environment

PASSWORD = "a-long-browser-test-password"
SIGN = "Your hip will not move as far as it normally does"
PAGE = "/conditions/hip-osteoarthritis/"
ACCOUNTS = f"""
from django.contrib.auth.models import Group, User
from conditions.models import ReviewerProfile
editor = User.objects.create_user("flow-editor", password="{PASSWORD}", is_staff=True)
editor.groups.add(Group.objects.get(name="Editors"))
reviewer = User.objects.create_user("flow-reviewer", password="{PASSWORD}", is_staff=True)
reviewer.groups.add(Group.objects.get(name="Clinical reviewers"))
ReviewerProfile.objects.create(
    user=reviewer, display_name="Dr Amy Smith", qualification="Sports medicine physician"
)
"""


@pytest.fixture(scope="module")
def accounts(site_url, site_database, tmp_path_factory):
    """An editor and a clinical reviewer on the running site."""
    env = environment(tmp_path_factory.mktemp("accounts"), DATABASE_URL=site_database)
    subprocess.run(  # noqa: S603 - our own command and script
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", ACCOUNTS],
        env=env, cwd=ROOT, check=True,
    )


def sign_in(browser, site_url, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    enrol(page, site_url, username, PASSWORD)  # both steps of signing in
    page.goto(site_url + "/admin/")
    return page


def read_page(browser, site_url):
    """The condition page as a new reader gets it (pages may be kept by browsers for a minute,
    so each visit is a new browser)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + PAGE)
    return page


def reader_card(page, tier):
    return page.locator(f".care-card--{tier} li", has_text=SIGN)


def open_sign(page, site_url):
    page.goto(site_url + "/admin/conditions/warningsign/")
    page.get_by_role("link", name=SIGN, exact=True).click()


def open_change(page, site_url, name):
    page.goto(site_url + "/admin/conditions/pendingchange/")
    page.get_by_role("link", name=name).click()


def test_a_change_reaches_readers_only_once_a_reviewer_approves_it(
    browser, site_url, accounts
):
    editor = sign_in(browser, site_url, "flow-editor")
    reviewer = sign_in(browser, site_url, "flow-reviewer")

    # The editor makes the sign urgent and says why; readers still see it as "soon".
    open_sign(editor, site_url)
    editor.select_option("#id_tier", "urgent")
    editor.fill("#id_review_note", "Loss of movement can be a fracture: NICE CKS hip pain.")
    editor.click("input[name=_save]")
    expect(editor.locator(".messagelist")).to_contain_text("awaits clinical review")
    expect(editor.locator("#result_list")).to_contain_text("Changed (awaiting review)")
    expect(reader_card(read_page(browser, site_url), "soon")).to_have_count(1)

    # The editor previews the change: the form shows it, and its review page the differences.
    open_sign(editor, site_url)
    expect(editor.locator("#id_tier")).to_have_value("urgent")
    editor.get_by_role("link", name="Change awaiting review").click()
    expect(editor.locator(".review-difference ins")).to_contain_text("Urgent")

    # The reviewer sees the words that changed and the note, and sends it back.
    open_change(reviewer, site_url, f"Warning sign: {SIGN}")
    expect(reviewer.locator(".review-difference del")).to_contain_text("Soon: book an appointment")
    expect(reviewer.locator(".review-difference ins")).to_contain_text("Urgent: get care today")
    expect(reviewer.locator("#review-note")).to_contain_text("NICE CKS hip pain")
    reviewer.fill("#id_comment", "Say it is urgent only with new pain after a fall.")
    reviewer.click("input[name=_send_back]")
    expect(reviewer.locator(".messagelist")).to_contain_text("Sent back")

    # The editor sees the comment on the sign and changes it again.
    open_sign(editor, site_url)
    expect(editor.locator(".messagelist")).to_contain_text("only with new pain after a fall")
    editor.fill("#id_why_it_matters", "After a fall or a sudden new pain, this may be a fracture.")
    editor.click("input[name=_save]")
    expect(editor.locator(".messagelist")).to_contain_text("awaits clinical review")

    # The reviewer approves, and readers see the new tier at once.
    open_change(reviewer, site_url, f"Warning sign: {SIGN}")
    expect(reviewer.locator(".review-difference ins").first).to_be_visible()
    reviewer.click("input[name=_approve]")
    expect(reviewer.locator(".messagelist")).to_contain_text("Approved")
    reader = read_page(browser, site_url)
    expect(reader_card(reader, "urgent")).to_have_count(1)
    expect(reader_card(reader, "soon")).to_have_count(0)

    # A change to the page itself, once approved, signs the page with the reviewer's name.
    editor.goto(site_url + "/admin/conditions/condition/")
    editor.get_by_role("link", name="Hip osteoarthritis", exact=True).click()
    editor.fill("#id_summary", "Wear and tear of the hip joint, reviewed by a clinician.")
    editor.click("input[name=_save]")
    open_change(reviewer, site_url, "Condition: Hip osteoarthritis")
    reviewer.click("input[name=_approve]")
    expect(reviewer.locator(".messagelist")).to_contain_text("Approved")
    reader = read_page(browser, site_url)
    byline = reader.locator(".byline")
    expect(byline).to_contain_text("Reviewed by Dr Amy Smith, Sports medicine physician, on ")
    expect(byline).to_contain_text("Next review due")
    data = json.loads(reader.locator('script[type="application/ld+json"]').first.text_content())
    assert data["reviewedBy"] == {
        "@type": "Person", "name": "Dr Amy Smith", "jobTitle": "Sports medicine physician",
    }
    today = datetime.date.today()
    assert data["lastReviewed"] == today.isoformat()
    expect(byline).to_contain_text(f"on {today:%-d %B %Y}.")
