def test_the_hub_renders_with_its_stylesheet(page, site_url):
    response = page.goto(site_url + "/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Hip pain that runs down the leg in runners"
    background = page.locator(".site-header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(0, 94, 184)"


def test_more_information_links_open_each_condition(page, site_url):
    page.goto(site_url + "/")
    links = page.locator("a.more-link")
    assert links.count() == 6
    links.nth(2).click()
    assert page.locator("h1").inner_text() == "IT band syndrome"


def test_staff_can_sign_in_to_the_admin(admin_page):
    assert admin_page.locator("#site-name").is_visible()
