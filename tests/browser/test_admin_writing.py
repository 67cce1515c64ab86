"""Writing in the admin, in Chromium: the editor beside its preview, Save at the top, the
summary's counter, images that always land on a line of their own, and the writing help under
the preview as the editor types."""

import base64
import re

from playwright.sync_api import expect

from tests.browser.test_admin_editor import open_condition
from tests.images import image_bytes

SIDEWAYS_SCROLL = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
PNG = base64.b64encode(image_bytes("PNG")).decode()
# The start of the second paragraph of Sciatica's overview: an image put there must not glue
# itself to it ("![](…)It happens when").
PARAGRAPH = "It happens when"

DROP_IMAGE = """([name, base64, type]) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const files = new DataTransfer();
    files.items.add(new File([bytes], name, {type}));
    document.querySelector("#id_overview").dispatchEvent(
        new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
}"""

CARET_BEFORE = """(text) => {
    const editor = document.querySelector("#id_overview");
    editor.focus();
    editor.selectionStart = editor.selectionEnd = editor.value.indexOf(text);
}"""


def test_the_editor_and_its_preview_sit_side_by_side_at_1280_px(admin_page, site_url):
    editor, preview = open_condition(admin_page, site_url)
    text, shown = editor.bounding_box(), preview.bounding_box()
    assert shown["x"] >= text["x"] + text["width"]
    assert abs(shown["y"] - text["y"]) < 20
    # Each keeps to the screen's height and scrolls, rather than growing with the page.
    assert text["height"] <= 900 and shown["height"] <= 900
    assert admin_page.evaluate(SIDEWAYS_SCROLL) <= 0


def test_the_editor_is_stacked_above_its_preview_on_a_narrow_screen(admin_page, site_url):
    admin_page.set_viewport_size({"width": 800, "height": 900})
    editor, preview = open_condition(admin_page, site_url)
    assert preview.bounding_box()["y"] >= editor.bounding_box()["y"] + editor.bounding_box()["height"]
    assert admin_page.evaluate(SIDEWAYS_SCROLL) <= 0


def test_save_is_at_the_top_of_the_form_as_well_as_the_bottom(admin_page, site_url):
    open_condition(admin_page, site_url)
    saves = admin_page.locator("input[name=_save]")
    expect(saves).to_have_count(2)
    assert saves.first.bounding_box()["y"] < admin_page.locator("#id_title").bounding_box()["y"]


def test_the_summary_counts_its_characters_as_the_editor_types(admin_page, site_url):
    open_condition(admin_page, site_url)
    admin_page.fill("#id_summary", "x" * 150)
    expect(admin_page.locator("#id_summary_counter")).to_have_text("150 of 160 characters")
    admin_page.fill("#id_summary", "x" * 170)
    expect(admin_page.locator("#id_summary_counter")).to_contain_text("10 too many")


def test_the_image_button_asks_for_alt_text_and_puts_the_image_on_its_own_line(
    admin_page, site_url
):
    editor, preview = open_condition(admin_page, site_url)
    asked = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept("An ice pack on the outside of a hip")

    admin_page.on("dialog", answer)
    admin_page.evaluate(CARET_BEFORE, PARAGRAPH)
    with admin_page.expect_file_chooser() as chooser:
        # Each section has its own button: the overview's.
        admin_page.locator(".markdownx", has=editor).get_by_role(
            "button", name="Add an image").click()
    chooser.value.set_files(files=[{"name": "ice.png", "mimeType": "image/png",
                                    "buffer": image_bytes("PNG")}])
    expect(editor).to_have_value(
        re.compile(r"\n\n!\[An ice pack on the outside of a hip\]\(/media/[^)]+\)"
                                 r"\n\n" + PARAGRAPH)
    )
    assert "alt text" in asked[0]
    expect(preview.locator("img[alt='An ice pack on the outside of a hip']")).to_have_count(1)


def test_an_image_dropped_before_a_paragraph_lands_on_its_own_line(admin_page, site_url):
    editor, _ = open_condition(admin_page, site_url)
    admin_page.evaluate(CARET_BEFORE, PARAGRAPH)
    admin_page.evaluate(DROP_IMAGE, ["hip.png", PNG, "image/png"])
    expect(editor).to_have_value(
        re.compile(r"\n\n!\[\]\(/media/[^)]+\)\n\n" + PARAGRAPH)
    )
    assert ")" + PARAGRAPH not in editor.input_value()


def test_a_refused_files_message_goes_once_a_later_image_is_accepted(admin_page, site_url):
    open_condition(admin_page, site_url)
    admin_page.evaluate(DROP_IMAGE, ["notes.png", base64.b64encode(b"not an image").decode(),
                                     "image/png"])
    note = admin_page.locator(".markdownx .upload-error")
    expect(note).to_contain_text("not a JPEG, PNG or WebP image")
    admin_page.evaluate(DROP_IMAGE, ["hip.png", PNG, "image/png"])
    expect(note).to_have_count(0)


def test_the_preview_warns_about_a_long_sentence_as_the_editor_types(admin_page, site_url):
    editor, preview = open_condition(admin_page, site_url)
    # The page is Sciatica's: its sections may say “sciatica” without explaining it each time.
    symptoms_help = admin_page.locator("#id_symptoms ~ .markdownx-preview .writing-help")
    expect(symptoms_help).to_contain_text("Reads at grade")
    expect(symptoms_help).not_to_contain_text("sciatica")
    long_sentence = " ".join(["You"] + ["slowly"] * 29) + "."
    editor.press("Control+End")
    editor.type(" " + long_sentence)
    expect(preview.locator(".writing-help-warning")).to_contain_text(
        "A sentence has 30 words (“You slowly slowly")
    # Nothing was saved: the change form is still open, with no message.
    expect(admin_page.locator(".messagelist")).to_have_count(0)
