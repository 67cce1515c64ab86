"""The admin's calendar beside a date box, in Chromium: it opens on the box's month and writes
the date the way the box shows dates, which the form accepts."""

import datetime

from django import forms
from playwright.sync_api import expect


def open_condition(page, site_url, title="Sciatica"):
    page.goto(site_url + "/admin/conditions/condition/")
    page.get_by_role("link", name=title, exact=True).click()
    box = page.locator("#id_next_review_due")
    # The calendar's links are added by its script once the page has loaded.
    expect(page.locator(".field-next_review_due .date-icon")).to_be_visible()
    return box


def test_the_calendar_opens_on_the_boxs_month_and_writes_a_date_the_form_takes(
    admin_page, site_url
):
    box = open_condition(admin_page, site_url)
    shown = forms.DateField().clean(box.input_value())
    admin_page.locator(".field-next_review_due .date-icon").click()
    calendar = admin_page.locator(".calendarbox:visible")
    expect(calendar.locator("caption")).to_have_text(shown.strftime("%B %Y"))
    calendar.get_by_role("link", name="15", exact=True).click()
    written = box.input_value()
    assert written == shown.replace(day=15).strftime("%d %B %Y")
    assert forms.DateField().clean(written) == shown.replace(day=15)


def test_today_writes_a_date_the_form_takes(admin_page, site_url):
    open_condition(admin_page, site_url)
    admin_page.locator(".field-last_reviewed").get_by_role("link", name="Today").click()
    today = forms.DateField().clean(admin_page.locator("#id_last_reviewed").input_value())
    assert abs(today - datetime.date.today()) <= datetime.timedelta(days=1)
