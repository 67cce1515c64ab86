"""The whole two-step sign-in in Chromium, as a new member of staff goes through it."""

import re

from tests.browser.conftest import TIMEOUT_MS, app_code, enrol, sign_in_with_password
from tests.browser.test_csp import Watch

USERNAME = "new-clinician"
PASSWORD = "another-long-browser-test-password"


def test_enrol_then_sign_in_with_a_code_and_with_a_recovery_code_once(
    browser, site_url, make_superuser
):
    make_superuser(USERNAME, PASSWORD)

    def fresh_page():
        page = browser.new_context().new_page()
        page.set_default_timeout(TIMEOUT_MS)
        return page

    # First sign-in: the QR code (under the CSP) and the secret as text, then recovery codes.
    page = fresh_page()
    watch = Watch(page)
    sign_in_with_password(page, site_url, USERNAME, PASSWORD)
    page.wait_for_load_state("networkidle")
    assert page.locator("img.two-factor-qr").evaluate("image => image.naturalWidth") > 0
    watch.assert_clean()
    page.context.close()
    page = fresh_page()
    secret, recovery_codes = enrol(page, site_url, USERNAME, PASSWORD)
    assert len(recovery_codes) == 10
    page.click("text=Continue to the admin")
    page.wait_for_url(site_url + "/admin/")
    page.context.close()

    # Next sign-in: a wrong code is refused, the app's next code signs in.
    page = fresh_page()
    sign_in_with_password(page, site_url, USERNAME, PASSWORD)
    wrong = f"{(int(app_code(secret, steps_ahead=1)) + 1) % 1_000_000:06d}"
    page.fill("#id_otp_token", wrong)
    page.click("input[type=submit]")
    page.get_by_text("That code is not right").wait_for()
    # django-otp refuses any code for a second after a wrong one (its throttle doubles each time).
    page.wait_for_timeout(2_000)
    page.fill("#id_otp_token", app_code(secret, steps_ahead=1))
    page.click("input[type=submit]")
    page.wait_for_url(site_url + "/admin/")
    page.context.close()

    # Without the phone: a recovery code works once, then is refused.
    for expected in ("signed in", "refused"):
        page = fresh_page()
        sign_in_with_password(page, site_url, USERNAME, PASSWORD)
        page.fill("#id_otp_token", recovery_codes[0])
        page.click("input[type=submit]")
        if expected == "signed in":
            page.wait_for_url(site_url + "/admin/")
        else:
            page.get_by_text("That code is not right").wait_for()
            assert re.search(r"/admin/two-factor/", page.url)
        page.context.close()
