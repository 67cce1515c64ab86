"""The checklist by keyboard alone, with JavaScript off, as some readers use it."""


def focused_style(page):
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor].join('|'); }"
    )


def tab_to(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_reader_gets_advice_without_javascript(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "/checklist/")
    tab_to(page, "input.checkbox__input")
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked")
    tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Call 911 now" in page.locator("h1.care-card__heading").inner_text()
    assert page.url == site_url + "/checklist/"


def test_keyboard_only_reader_can_change_their_answers(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "/checklist/")
    tab_to(page, "input[name=none]")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "button[name=change]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("input[name=none]").is_checked()


def test_every_checklist_control_shows_where_focus_is(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "/checklist/")
    page.locator("h1").click()
    for _ in range(40):
        page.keyboard.press("Tab")
        tag = page.evaluate("() => document.activeElement.tagName")
        if tag == "BODY":
            break
        unfocused = page.evaluate(
            "() => { const el = document.activeElement; el.blur();"
            " const s = getComputedStyle(el); const r = [s.outlineStyle, s.outlineWidth,"
            " s.boxShadow, s.backgroundColor].join('|'); el.focus(); return r; }"
        )
        assert focused_style(page) != unfocused, f"no visible focus on a {tag}"


def test_an_empty_answer_shows_the_error_summary(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "/checklist/")
    with page.expect_navigation():
        page.click("main button[type=submit]")  # the checklist's, not the header's search
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    summary.locator("a").click()
    assert page.evaluate("() => document.activeElement.name") == "signs"
