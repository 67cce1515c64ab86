"""The admin's Markdown editor in Chromium: the live preview works and runs no injected script."""

from playwright.sync_api import expect

UNSAFE = (
    '<img src="/no-such-image.png" onerror="alert(\'onerror ran\')">\n\n'
    "<script>alert('script ran')</script>\n\n"
    "[a link](javascript:alert('link ran'))\n\n"
    '<svg onload="alert(\'svg ran\')"></svg>\n\n'
    "## Preview still works"
)


def open_condition(page, site_url, title="Sciatica"):
    page.goto(site_url + "/admin/conditions/condition/")
    page.get_by_role("link", name=title, exact=True).click()
    editor, preview = page.locator("#id_overview"), page.locator("#id_overview ~ .markdownx-preview")
    # The editor is ready once its script has rendered the saved text into the preview. A
    # server worker's first preview also loads the writing help's pronouncing dictionary
    # (textstat's, about 2 s of CPU on its own), so it may take a while on a busy machine.
    expect(editor).to_have_attribute("data-markdownx-init", "")
    expect(preview.locator("p").first).not_to_be_empty()
    return editor, preview


def test_the_live_preview_renders_an_edit(admin_page, site_url):
    editor, preview = open_condition(admin_page, site_url)
    editor.fill("## A heading typed just now\n\nWith *emphasis* and a [link](https://www.nhs.uk/).")
    expect(preview.locator("h2")).to_have_count(1)
    expect(preview.locator("h2")).to_have_text("A heading typed just now")
    expect(preview.locator("em")).to_have_text("emphasis")
    expect(preview.locator("a")).to_have_attribute("rel", "noopener noreferrer")


def test_unsafe_html_typed_into_the_editor_runs_no_script(admin_page, site_url):
    dialogs = []
    admin_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    editor, preview = open_condition(admin_page, site_url)
    editor.fill(UNSAFE)
    expect(preview.locator("h2")).to_have_count(1)
    expect(preview.locator("h2")).to_have_text("Preview still works")
    # Let the broken image fail to load, which is when an onerror handler would run.
    admin_page.wait_for_function(
        "() => [...document.querySelectorAll('.markdownx-preview img')].every(i => i.complete)"
    )
    preview.locator("a").click(no_wait_after=True)
    assert dialogs == []
    html = preview.inner_html()
    for marker in ["onerror", "<script", "javascript:", "onload"]:
        assert marker not in html


DROP_FILE = """([name, body, type]) => {
    const files = new DataTransfer();
    files.items.add(new File([body], name, {type}));
    document.querySelector("#id_overview").dispatchEvent(
        new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
}"""


def test_a_refused_image_says_why_and_leaves_the_text_alone(admin_page, site_url):
    editor, _ = open_condition(admin_page, site_url)
    before = editor.input_value()
    admin_page.evaluate(DROP_FILE, ["hip.png", "<html><script>alert(1)</script></html>", "image/png"])
    note = admin_page.locator(".markdownx .upload-error")
    expect(note).to_contain_text("not a JPEG, PNG or WebP image")
    expect(editor).to_have_value(before)
