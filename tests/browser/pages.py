"""Every page a reader can reach, in one place.

The browser tests, the HTML check, the print tests, `make audit` and `make screenshots` all read
these lists, so a new reader page is proved everywhere by adding it here once.
"""

from dataclasses import dataclass

from django.urls import reverse

# The seeded conditions; test_pages_cover_every_condition keeps this list honest.
CONDITION_SLUGS = [
    "muscle-strain-and-tendinopathy",
    "trochanteric-bursitis",
    "it-band-syndrome",
    "hip-osteoarthritis",
    "femoral-neck-stress-fracture",
    "sciatica",
]


@dataclass(frozen=True)
class ReaderPage:
    name: str
    path: str
    status: int = 200
    # For a checklist result: the start of the label of each box to tick before sending the form.
    ticks: tuple[str, ...] = ()

    def __str__(self):
        return self.name

    def open(self, page, site_url):
        """Reach the page as a reader would; returns the HTTP response that drew it."""
        response = page.goto(site_url + self.path)
        if not self.ticks:
            return response
        for label in self.ticks:
            page.get_by_label(label).check()
        with page.expect_navigation() as navigation:
            page.locator("main form [type=submit]").first.click()
        return navigation.value


HUB = ReaderPage("hub", reverse("conditions:hub"))
CONDITION_LIST = ReaderPage("conditions", reverse("conditions:list"))
CONDITIONS = [ReaderPage(slug, reverse("conditions:detail", args=[slug])) for slug in CONDITION_SLUGS]
A_CONDITION = CONDITIONS[-1]
NOT_FOUND = ReaderPage("not-found", "/no-such-page/", status=404)

# The checklist, and one result of each tier.
CHECKLIST = reverse("conditions:checklist")
CHECKLIST_PAGES = [ReaderPage("checklist", CHECKLIST)]
RESULTS = [
    ReaderPage("result-emergency", CHECKLIST, ticks=("New trouble peeing",)),
    ReaderPage("result-urgent", CHECKLIST, ticks=("One calf or thigh is swollen",)),
    ReaderPage("result-soon", CHECKLIST, ticks=("Your pain is no better",)),
    ReaderPage("result-none", CHECKLIST, ticks=("None of these",)),
]

# "Where does it hurt?": the form, a result with a warning sign and one without; and search.
EXPLORER = ReaderPage("explorer", reverse("conditions:explorer"))
EXPLORER_RESULTS = [
    ReaderPage(
        "explorer-result", EXPLORER.path, ticks=("Outside of the hip", "It hurts to lie on")
    ),
    ReaderPage(
        "explorer-result-warning", EXPLORER.path, ticks=("Groin and front", "It gets worse with")
    ),
]
SEARCH = reverse("conditions:search")
SEARCH_PAGES = [
    ReaderPage("search-result", f"{SEARCH}?q=bursits"),
    ReaderPage("search-nothing", f"{SEARCH}?q=xylophone"),
]

READER_PAGES = [
    HUB, CONDITION_LIST, *CONDITIONS, *CHECKLIST_PAGES, *RESULTS,
    EXPLORER, *EXPLORER_RESULTS, *SEARCH_PAGES, NOT_FOUND,
]
# One page made by each template, for checks that depend on the markup, not the content.
ONE_OF_EACH_KIND = [
    HUB, CONDITION_LIST, A_CONDITION, *CHECKLIST_PAGES, *RESULTS[:1],
    EXPLORER, *EXPLORER_RESULTS[:1], *SEARCH_PAGES, NOT_FOUND,
]
# Pages readers print to take to a clinician.
PRINTED = [A_CONDITION, *RESULTS[:1], *EXPLORER_RESULTS[:1]]
# Pages Lighthouse scores in `make audit` (it can only open an address, not send a form; search
# results carry noindex, which Lighthouse's SEO score counts against them).
AUDITED = [HUB, A_CONDITION, *CHECKLIST_PAGES, EXPLORER]
# Pages tabbed through, element by element, in the keyboard tests.
TABBED = [HUB, A_CONDITION, *CHECKLIST_PAGES, EXPLORER]
