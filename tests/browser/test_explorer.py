"""The explorer with JavaScript off, by pointer on the diagram and by keyboard alone."""

from tests.browser.test_checklist_keyboard import tab_to

EXPLORER = "/where-does-it-hurt/"


def test_clicking_an_area_on_the_diagram_ticks_it_without_javascript(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + EXPLORER)
    checkbox = page.get_by_role("checkbox", name="Outside of the hip")
    assert not checkbox.is_checked()
    page.locator("label.diagram__label[for=id_areas_2]").click()
    assert checkbox.is_checked()
    page.get_by_role("checkbox", name="It hurts to lie on that side").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url == site_url + EXPLORER
    first = page.locator("article.fit h3").first.inner_text()
    assert first == "Trochanteric bursitis"


def test_keyboard_only_reader_gets_a_result_without_javascript(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + EXPLORER)
    tab_to(page, "input[name=areas]")
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked")
    tab_to(page, "main button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("article.fit").count() >= 1
    tab_to(page, "button[name=change]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("input[name=areas]").first.is_checked()


def test_a_warning_sign_shows_its_advice_first(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + EXPLORER)
    page.get_by_role("checkbox", name="Buttock").check()
    page.get_by_role("checkbox", name="It is in both legs").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "Call 911 now" in page.locator("main h1").inner_text()


def test_searching_from_the_header_shows_results_with_the_words_marked(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + "/")
    page.get_by_role("searchbox", name="Search the site").fill("bursits")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site_url + "/search/?q=bursits"
    assert page.locator(".search-result").first.locator("h2").inner_text() == "Trochanteric bursitis"
    assert page.locator(".search-result mark").count() >= 1


def test_a_ticked_area_is_filled_in_on_the_drawing(no_js_page, site_url):
    page = no_js_page
    page.goto(site_url + EXPLORER)
    label = page.locator("label.diagram__label[for=id_areas_0]")
    colour = "el => getComputedStyle(el).backgroundColor"
    before = label.evaluate(colour)
    page.get_by_role("checkbox", name="Groin and front of the hip").check()
    assert label.evaluate(colour) == "rgb(0, 94, 184)" != before
