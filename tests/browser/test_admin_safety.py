"""Safety rails in Chromium: a serious warning sign is not switched off without a question,
and a page whose web address changes is still found at the old one."""

from playwright.sync_api import expect

from tests.browser.conftest import approve


def test_switching_off_an_emergency_sign_asks_first(admin_page, site_url):
    admin_page.goto(site_url + "/admin/conditions/warningsign/?tier__tier__exact=emergency")
    admin_page.locator("#result_list tbody th a").first.click()
    sign = admin_page.locator("#id_sign").input_value()
    admin_page.uncheck("#id_is_active")
    admin_page.locator("input[name=_save]").last.click()
    expect(admin_page.locator("h1")).to_have_text("Switch off this warning sign?")
    expect(admin_page.locator("#content-main")).to_contain_text(
        "the sign on the warning-sign checklist")
    admin_page.get_by_role("link", name="No, keep it on").click()
    expect(admin_page.locator("#id_is_active")).to_be_checked()
    expect(admin_page.locator("#id_sign")).to_have_value(sign)


def rename(page, site_url, title, slug):
    page.goto(site_url + "/admin/conditions/condition/")
    page.get_by_role("link", name=title, exact=True).click()
    page.fill("#id_slug", slug)
    page.locator("input[name=_save]").last.click()
    expect(page.locator(".messagelist .success")).to_have_count(1)


def test_the_old_web_address_leads_to_the_page_after_it_changes(
    admin_page, site_url, browser, reviewer_page
):
    rename(admin_page, site_url, "Sciatica", "sciatic-nerve-pain")
    # The new address is a change to clinical content: readers get it once it is approved.
    approve(reviewer_page, site_url, "Condition: Sciatica")
    reader = browser.new_context()
    try:
        page = reader.new_page()
        response = page.goto(site_url + "/conditions/sciatica/")
        assert response.request.redirected_from.response().status == 301
        assert page.url == site_url + "/conditions/sciatic-nerve-pain/"
        expect(page.locator("h1")).to_have_text("Sciatica")
    finally:
        reader.close()
        rename(admin_page, site_url, "Sciatica", "sciatica")
        approve(reviewer_page, site_url, "Condition: Sciatica")
