"""Markdown section content to safe HTML, and the stylesheet the desktop shows it with.

Pure (python-markdown and nh3, no Qt): the desktop renders text sections, captions and
checklist intros with it, and anything else that needs the same HTML can import it.

Rules
-----
Markdown
    python-markdown with ``tables`` (cell alignment as ``align`` attributes, which Qt's rich
    text understands, not ``style``), ``fenced_code`` and ``sane_lists``. Raw HTML in the
    source passes through markdown and is then sanitised like everything else.

Sanitising (nh3)
    Only the tags markdown produces are kept: paragraphs, headings, emphasis, lists, block
    quotes, code and preformatted blocks, tables, rules, line breaks and links. Everything
    else loses its tag but keeps its text, except ``script``/``style`` and friends, whose
    content is dropped too. No ``style``, ``class``, ``id`` or event handler attributes
    survive. Links keep ``href`` (and ``title``) only for ``http``, ``https`` and ``mailto``
    URLs; relative and other URLs (``javascript:``, ``data:``, ``file:``) are stripped, so
    the link text stays but leads nowhere. Every link gets ``rel="noopener noreferrer"``.

Images
    A text section has no media of its own in the cache, and a rich-text viewer asked to
    show ``<img src=...>`` would read local files or fetch nothing; images belong in image
    sections. A markdown image therefore becomes its alt text in brackets
    (``[image: PPE station]``), and raw ``<img>`` tags are removed.

Tables
    Get ``border="1" cellspacing="0" cellpadding="6"`` so that they have visible, collapsed
    cell borders even in renderers that ignore the stylesheet.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as etree
from typing import Final

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "ALLOWED_TAGS",
    "ALLOWED_URL_SCHEMES",
    "VIEWER_CSS",
    "markdown_to_html",
]

ALLOWED_TAGS: Final = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "kbd",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
"""Tags kept by the sanitiser: what python-markdown with our extensions produces."""

ALLOWED_ATTRIBUTES: Final[dict[str, frozenset[str]]] = {
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
    "ol": frozenset({"start"}),
    "td": frozenset({"align"}),
    "th": frozenset({"align"}),
}
"""Attributes kept per tag; nothing else (no ``style``, ``class``, ``on*``) survives."""

ALLOWED_URL_SCHEMES: Final = frozenset({"http", "https", "mailto"})
"""The only link targets kept; the desktop opens them in the system browser / mail app."""

# Tags whose *content* is dropped as well, not only the tag.
_DROP_WITH_CONTENT: Final = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript", "textarea"}
)
# Added after sanitising (which leaves ``<table>`` bare), in a fixed attribute order.
_TABLE_TAG: Final = '<table border="1" cellspacing="0" cellpadding="6">'
_EXTENSION_CONFIGS: Final = {"tables": {"use_align_attribute": True}}


VIEWER_CSS: Final = """
p { line-height: 140%; margin-top: 0; margin-bottom: 0.7em; }
ul, ol, dl, blockquote { margin-top: 0; margin-bottom: 0.7em; }
li { margin-bottom: 0.3em; }
h1, h2, h3, h4, h5, h6 { font-weight: 600; margin-top: 0.9em; margin-bottom: 0.45em; }
h1 { font-size: x-large; }
h2 { font-size: large; }
h3 { font-size: medium; }
a { text-decoration: underline; }
blockquote { margin-left: 1em; margin-right: 1em; font-style: italic; }
code { font-family: monospace; background-color: #eef0f3; color: #1f2328; }
pre { font-family: monospace; background-color: #eef0f3; color: #1f2328;
      margin-top: 0; margin-bottom: 0.7em; }
table { border-collapse: collapse; border-width: 1px; border-color: #b8bec6;
        border-style: solid; margin-top: 0.2em; margin-bottom: 0.9em; }
th { font-weight: 600; background-color: #eef0f3; color: #1f2328; text-align: left; }
th, td { border-width: 1px; border-color: #b8bec6; border-style: solid; padding: 6px;
         vertical-align: top; }
table.code { border-style: none; margin-top: 0; margin-bottom: 0.8em; }
table.code td { border-style: none; background-color: #eef0f3; }
table.code pre { margin-bottom: 0; }
"""
"""A calm stylesheet for ``QTextDocument.setDefaultStyleSheet`` (Qt's rich-text CSS subset).

The font is the widget's (the system font); sizes are relative. Code blocks and table
headers get a light grey background with a dark text colour set explicitly, so they stay
readable under a dark palette too. Qt's rich text has no padding on blocks, so the desktop
wraps each ``<pre>`` in a one-cell ``<table class="code">`` (``table.code`` rules) to give
code blocks room; other renderers simply never see that class.
"""


class _ImagesToAltText(Treeprocessor):
    """Replace every ``<img>`` element with its alt text in brackets (see module docstring)."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("img"):
            alt = (element.get("alt") or "").strip()
            element.tag = "span"
            element.attrib.clear()
            element.text = f"[image: {alt}]" if alt else "[image]"


class _ImagesToAltTextExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's API)
        # After "inline" (priority 20), which is what creates the <img> elements.
        md.treeprocessors.register(_ImagesToAltText(md), "frames_img_alt", 5)


_local = threading.local()


def _markdown() -> markdown.Markdown:
    """One converter per thread, reset between documents: building one costs milliseconds."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists", _ImagesToAltTextExtension()],
            extension_configs=_EXTENSION_CONFIGS,
            output_format="html",
        )
        _local.md = md
    md.reset()
    return md


def markdown_to_html(text: str) -> str:
    """Render section markdown to sanitised HTML (see the module docstring for the rules)."""
    md = _markdown()
    # Fenced code ends with a newline before </code>; it would show as an empty last line.
    raw = md.convert(text).replace("\n</code></pre>", "</code></pre>")
    return nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        url_relative="deny",
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).replace("<table>", _TABLE_TAG)
