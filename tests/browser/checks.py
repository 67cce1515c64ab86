"""What the browser tests share: pages opened at a given width and text size, and what went
wrong in them (console errors, Content-Security-Policy violations)."""

from contextlib import contextmanager

from tests.browser.conftest import TIMEOUT_MS

WIDTHS = {"desktop": 1280, "phone": 320}
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Anything visible that sticks out of the screen sideways, or whose content is clipped by
# overflow: hidden. Scrollable boxes (overflow: auto) are fine: the reader can scroll them.
CUT_OFF = """() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    for (const element of document.body.querySelectorAll("*")) {
        if (element.closest(".visually-hidden")) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const style = getComputedStyle(element);
        const clips = ["hidden", "clip"].includes(style.overflowX)
            || ["hidden", "clip"].includes(style.overflowY);
        const clipped = clips && (element.scrollWidth > element.clientWidth + 1
            || element.scrollHeight > element.clientHeight + 1);
        if (box.left < -1 || box.right > width + 1 || clipped) {
            found.push(`${element.tagName.toLowerCase()}.${element.className}: `
                + `${element.textContent.trim().slice(0, 60)}`);
        }
    }
    return found;
}"""

# Recorded from before the page's first byte, so nothing the page does can hide a violation.
RECORD_CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


@contextmanager
def open_page(reader_context, width, *, javascript=True, text_size=100):
    """A fresh page at `width` CSS pixels, its text at `text_size` percent, as a reader's
    browser setting would make it (media queries in em follow it, as they would for them)."""
    context = reader_context(width, javascript)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    if text_size != 100:
        standard, fixed = 16 * text_size // 100, 13 * text_size // 100
        session = context.new_cdp_session(page)
        session.send("Page.setFontSizes", {"fontSizes": {"standard": standard, "fixed": fixed}})
    try:
        yield page
    finally:
        page.close()


def record_problems(page):
    """Console errors and uncaught exceptions, as a list that fills while the page is used."""
    problems = []
    page.on("console", lambda message: problems.append(message) if message.type == "error" else 0)
    page.on("pageerror", lambda error: problems.append(error))
    page.add_init_script(RECORD_CSP_VIOLATIONS)
    return problems


def unexpected(problems, reader_page, response):
    """Leave out the one expected message: Chromium reports the 404 page's own status."""
    return [
        str(getattr(problem, "text", problem))
        for problem in problems
        if not (
            reader_page.status == 404
            and getattr(problem, "location", {}).get("url") == response.url
            and "status of 404" in problem.text
        )
    ]
