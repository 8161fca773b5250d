"""Every screen of the app, built for real, in every variant: text and controls meet the
WCAG contrast thresholds on the grabbed pixels, focus marks stand out, and (under the
pseudo-locale) every word shown comes from the translation catalogue.

The per-check tests beside this file (names, Tab order, the measurement itself, the
catalogue check) prove each check can fail; here they run over the harness's screens.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from typing import Any

import pytest

from sync.rules.render import markdown_to_html
from tests.desktop.a11y.catalogue import (  # noqa: F401 - pseudo_locale is a fixture
    OPEN,
    pseudo_locale,
    shown_texts,
    untranslated_texts,
)
from tests.desktop.a11y.contrast import contrast_failures, focus_failures
from tests.desktop.a11y.screens import (
    DEMO,
    KIOSK_STUDENTS,
    SCREEN_NAMES,
    VARIANTS,
    ScreenEnv,
    build_screen,
    demo_module,
)

pytestmark = [pytest.mark.qt]

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|li|ul|ol|br|h[1-6]|div|tr|td|th|blockquote|pre)\b[^>]*>", re.I)
_ITEM_ID = re.compile(r"\s*\{#[^}]*\}\s*$")
_TICK_BOX = re.compile(r"^\[[ xX]\]\s*")
# What the harness itself seeds beside the demo content (tests/desktop/a11y/screens.py,
# tests/kiosk_helpers.py, tests/desktop/_builders.write_module_folder): data, not words.
HARNESS_DATA = frozenset(
    {
        "http://127.0.0.1:8000",  # the sign-in form's server address
        "Lab Safety 101",
        "Soldering",
        "soldering-basics",
        "ADCS",
        "Power",
        "Tablet",  # the kiosk's name and its university
        "cpp",
        "Preview Module",  # the faculty preview's folder
        "Welcome",
        "Before you start",
        "Goggles on",
        "Gloves on",
    }
)


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", SCREEN_NAMES)
def test_text_controls_and_focus_marks_meet_contrast(
    screen_env: ScreenEnv, name: str, variant: str
) -> None:
    screen = build_screen(name, screen_env, VARIANTS[variant])
    failures = contrast_failures(screen.scope) + focus_failures(screen.scope)
    assert failures == [], f"{name} ({variant}):\n" + "\n".join(failures)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@functools.cache
def _content_data() -> frozenset[str]:
    """Every text the demo content brings (module and section fields, configs, captions),
    as written and as rendered (markdown to plain lines)."""
    data = {"FRAMES LMS", "Ada Lovelace", "Ada", "ada@example.edu", "CC", "PIN"}
    data |= {name for name, _pin in KIOSK_STUDENTS.values()}
    for folder in sorted(p for p in DEMO.iterdir() if (p / "module.yaml").is_file()):
        record = demo_module(folder.name)
        data |= {record.title, record.description or "", record.category or ""}
        data |= set(record.tags)
        for section in record.sections:
            texts = [section.title or "", section.content, *_strings(section.section_config)]
            for text in texts:
                data.add(text)
                rendered = markdown_to_html(text)
                for tags_out in (_BLOCK.sub("\n", rendered), _TAG.sub("\n", rendered)):
                    plain = html.unescape(_TAG.sub("", tags_out))
                    lines = (_TICK_BOX.sub("", line.strip()) for line in plain.splitlines())
                    lines = (_ITEM_ID.sub("", line) for line in lines)  # a checklist item's {#id}
                    data |= {" ".join(line.split()) for line in lines if line.strip()}
    return frozenset(d for d in data if d)


@pytest.mark.usefixtures("pseudo_locale")
@pytest.mark.parametrize("name", SCREEN_NAMES)
def test_every_word_shown_is_in_the_catalogue(screen_env: ScreenEnv, name: str) -> None:
    screen = build_screen(name, screen_env)
    assert any(OPEN in t for t in shown_texts(screen.window)), "no catalogue in effect"
    data = _content_data() | HARNESS_DATA | {str(screen_env.ctx.data_dir)}
    missing = untranslated_texts(screen.window, data)
    assert missing == [], f"{name}: not from the catalogue:\n" + "\n".join(missing)
