"""``sync.rules.render``: markdown to sanitised HTML, and the viewer's stylesheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sync.rules.render
from sync.rules.content_folder import load_module_folder
from sync.rules.render import (
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
    VIEWER_CSS,
    markdown_to_html,
)

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"


def _tags(html: str) -> set[str]:
    return {match.lower() for match in re.findall(r"<\s*([a-zA-Z0-9]+)", html)}


def test_all_is_complete() -> None:
    defined = {
        name
        for name, value in vars(sync.rules.render).items()
        if not name.startswith("_")
        and (
            (callable(value) and getattr(value, "__module__", None) == "sync.rules.render")
            or (name.isupper() and not isinstance(value, type(sync)))
        )
    }
    assert defined == set(sync.rules.render.__all__)


def test_render_imports_no_qt() -> None:
    source = Path(sync.rules.render.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source


def test_paragraphs_emphasis_lists_and_headings() -> None:
    html = markdown_to_html("## Title\n\nSome *soft* and **bold** text.\n\n- one\n- two\n")
    assert "<h2>Title</h2>" in html
    assert "<em>soft</em>" in html and "<strong>bold</strong>" in html
    assert "<ul>" in html and html.count("<li>") == 2


def test_tables_keep_alignment_and_get_borders() -> None:
    html = markdown_to_html("| Solder | Melts at |\n| :--- | ---: |\n| Sn63Pb37 | 183 °C |\n")
    assert '<table border="1" cellspacing="0" cellpadding="6">' in html
    assert '<th align="left">Solder</th>' in html
    assert '<td align="right">183 °C</td>' in html
    assert "<thead>" in html and "<tbody>" in html
    assert "style=" not in html


def test_fenced_code_is_escaped_and_kept_verbatim() -> None:
    html = markdown_to_html("```python\nif a < b and c > d:\n    print('<b>x</b>')\n```\n")
    assert html.startswith("<pre><code>")
    assert "if a &lt; b and c &gt; d:" in html
    assert "    print(" in html  # indentation kept
    assert "<b>" not in html
    assert "\n</code>" not in html  # no empty last line
    assert "class=" not in html


def test_sane_lists_do_not_merge_ordered_and_bulleted() -> None:
    html = markdown_to_html("1. first\n2. second\n\n* bullet\n")
    assert "<ol>" in html and "<ul>" in html


def test_ordered_list_start_is_kept() -> None:
    assert '<ol start="3">' in markdown_to_html("3. three\n4. four\n")


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        '[x](javascript&#58;alert(1) "t")',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<p onclick="alert(1)" style="background:url(javascript:alert(1))">x</p>',
        '<iframe src="https://evil.example"></iframe>',
        "<svg><script>alert(1)</script></svg>",
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
        "<style>body{background:red}</style>",
        '<object data="evil.swf"></object>',
        '<form action="https://evil.example"><input name="x"></form>',
        "<!-- <script>alert(1)</script> -->",
        '<div id="x" class="y" onmouseover="alert(1)">x</div>',
    ],
)
def test_xss_attempts_are_neutralised(attack: str) -> None:
    html = markdown_to_html(f"Before\n\n{attack}\n\nAfter")
    lowered = html.lower()
    assert "<script" not in lowered
    tags = re.findall(r"<[^>]*>", lowered)
    assert not [t for t in tags if re.search(r"\son\w+\s*=", t)]  # no event handler
    assert not [t for t in tags if re.search(r"\s(style|class|id|src|action|data)\s*=", t)]
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.split(":", 1)[0] in ALLOWED_URL_SCHEMES for h in hrefs), hrefs
    assert _tags(html) <= ALLOWED_TAGS
    assert "Before" in html and "After" in html


def test_script_and_style_content_is_dropped_not_shown() -> None:
    html = markdown_to_html("<script>var secret = 1;</script>\n\n<style>p{}</style>\n\nText")
    assert "secret" not in html and "p{}" not in html
    assert "Text" in html


def test_only_web_and_mail_links_keep_their_target() -> None:
    html = markdown_to_html(
        "[web](https://example.edu/a?b=1) [plain](http://example.edu) "
        "[mail](mailto:lab@example.edu) [js](javascript:alert(1)) [file](file:///etc/passwd) "
        "[relative](02-ppe.md) [ftp](ftp://example.edu/x)"
    )
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://example.edu/a?b=1", "http://example.edu", "mailto:lab@example.edu"]
    assert {scheme.split(":")[0] for scheme in hrefs} <= ALLOWED_URL_SCHEMES
    # The text of a stripped link stays.
    for text in ("js", "file", "relative", "ftp"):
        assert f">{text}</a>" in html


def test_links_get_rel_noopener() -> None:
    html = markdown_to_html("[web](https://example.edu)")
    assert html == ('<p><a href="https://example.edu" rel="noopener noreferrer">web</a></p>')


def test_images_become_their_alt_text() -> None:
    html = markdown_to_html("See ![PPE station by the door](media/ppe.png) and ![](x.png).")
    assert "<img" not in html
    assert "[image: PPE station by the door]" in html
    assert "[image]" in html


def test_raw_html_images_are_removed() -> None:
    assert "<img" not in markdown_to_html('<img src="file:///etc/passwd">')


def test_every_demo_section_renders_to_allowed_tags_only() -> None:
    for folder in sorted(DEMO.iterdir()):
        if not (folder / "module.yaml").is_file():
            continue
        for section in load_module_folder(folder).sections:
            html = markdown_to_html(section.content)
            assert _tags(html) <= ALLOWED_TAGS, (folder.name, section.section_number)
            assert html.strip()


def test_empty_text_renders_to_nothing() -> None:
    assert markdown_to_html("") == ""


def test_the_stylesheet_is_calm_and_relative() -> None:
    assert "font-family" not in VIEWER_CSS.replace("font-family: monospace", "")
    assert not re.search(r"font-size:\s*\d+px", VIEWER_CSS)  # no fixed text sizes
    for selector in ("table", "th", "td", "pre", "code"):
        assert re.search(rf"(^|[\s,]){selector}[\s,{{]", VIEWER_CSS), selector
    assert "line-height" in VIEWER_CSS
    # Code and table headers set both colours, so they stay readable on a dark palette.
    for rule in re.findall(r"(?:^|\n)(code|pre|th) \{([^}]*)\}", VIEWER_CSS):
        assert "background-color" in rule[1] and "color:" in rule[1].replace("background-color", "")
