"""`make screenshots`: full-page PNGs of every reader page at phone and desktop widths, in
screenshots/, from the site served as production serves it, in the system Chromium."""

import shutil
import sys

from playwright.sync_api import sync_playwright

from tools.pages import reader_pages
from tools.production_site import ROOT, production_site

FOLDER = ROOT / "screenshots"
WIDTHS = {"phone": 390, "desktop": 1280}


def main():
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("Chromium is not installed: run `make install-test`, which installs it.")
    pages = reader_pages()
    FOLDER.mkdir(exist_ok=True)
    with production_site() as site_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for width_name, width in WIDTHS.items():
            context = browser.new_context(
                viewport={"width": width, "height": 800}, device_scale_factor=1
            )
            page = context.new_page()
            for reader_page in pages.READER_PAGES:
                reader_page.open(page, site_url)
                path = FOLDER / f"{reader_page.name}-{width_name}.png"
                page.screenshot(path=path, full_page=True)
                print(path.relative_to(ROOT))
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
