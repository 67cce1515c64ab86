import pytest

from conditions.markdown import render


def test_renders_headings_lists_emphasis_and_tables():
    html = render("## Symptoms\n\n- **sharp** pain\n- *ache*\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<h2>Symptoms</h2>" in html
    assert "<strong>sharp</strong>" in html
    assert "<em>ache</em>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_keeps_images_with_alt_text():
    assert '<img alt="Hip joint" src="/media/hip.png">' in render("![Hip joint](/media/hip.png)")


@pytest.mark.parametrize(
    "link", ["https://www.nhs.uk/", "http://example.org/", "mailto:team@example.org", "/checklist/"]
)
def test_keeps_safe_links(link):
    assert f'href="{link}"' in render(f"[a page]({link})")


@pytest.mark.parametrize(
    "unsafe",
    [
        "<script>alert(1)</script>",
        '<img src="x.png" alt="x" onerror="alert(1)">',
        "[tap](javascript:alert(1))",
        '<a href="javascript:alert(1)">tap</a>',
        '<iframe src="https://evil.example"></iframe>',
        "<style>body{display:none}</style>",
        '<p style="color:red">styled</p>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<svg onload="alert(1)"></svg>',
        '<object data="x.swf"></object>',
        '<form action="https://evil.example"><input></form>',
    ],
)
def test_strips_unsafe_markup(unsafe):
    html = render(unsafe).lower()
    for marker in ["<script", "onerror", "javascript:", "<iframe", "<style", "style=", "data:",
                   "onload", "<svg", "<object", "<form", "<input"]:
        assert marker not in html


def test_links_open_without_handing_over_the_window():
    assert 'rel="noopener noreferrer"' in render("[NHS](https://www.nhs.uk/)")


def test_empty_text_renders_nothing():
    assert render("") == ""
