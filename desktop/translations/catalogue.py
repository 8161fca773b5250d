"""Extract marked strings into ``.ts`` sources, check them, compile them with ``lrelease``.

Extraction reads the Python syntax tree: calls written literally as
``translate("Context", "Source")`` (also ``QCoreApplication.translate`` and the no-op marker
``QT_TRANSLATE_NOOP("Context", "Source")`` of plain modules), with an optional
disambiguation (third argument) and ``n=count`` (or a fourth argument) making the message a
numerus one. ``pyside6-lupdate`` (6.11) finds the same calls but drops every one with the
``n=`` keyword and never marks a four-argument ``translate`` as numerus, so counts could not
get Arabic's six plural forms from it; the files written here are the ``.ts`` format lupdate
writes (Qt Linguist opens them, ``lrelease`` compiles them).

Updating keeps every existing translation; a translated message no source marks any more
stays in the file as ``vanished`` (``lrelease`` skips it) so its translation can be reused.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "AREAS",
    "NUMERUS_FORMS",
    "Entry",
    "Message",
    "area_files",
    "build",
    "extract",
    "lrelease_path",
    "merged",
    "placeholders",
    "problems",
    "read_ts",
    "update",
    "write_ts",
]

# How many plural forms each language has (Qt's numerus rules; ``lrelease`` checks them).
NUMERUS_FORMS: dict[str, int] = {"es": 2, "ar": 6}
AREAS = ("app", "viewer")
_MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%L?\d")

Key = tuple[str, str, str]  # (context, source, disambiguation)


@dataclass
class Message:
    """One marked string: where it is, and whether it is a count (numerus)."""

    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    files: set[str] = field(default_factory=set)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


@dataclass
class Entry:
    """A message as a ``.ts`` file holds it."""

    message: Message
    translations: list[str]
    kind: str  # "" (finished), "unfinished" or "vanished"


def area_files(root: Path) -> dict[str, list[Path]]:
    """The sources of each area under the repository ``root``: ``app`` is ``desktop``
    without ``desktop/viewer``; ``viewer`` is ``desktop/viewer`` plus the plain modules of
    ``sync`` that mark strings with ``QT_TRANSLATE_NOOP``."""
    desktop = root / "desktop"
    viewer = desktop / "viewer"
    app = [p for p in sorted(desktop.rglob("*.py")) if viewer not in p.parents]
    plain = [
        p for p in sorted((root / "sync").rglob("*.py")) if "QT_TRANSLATE_NOOP" in p.read_text()
    ]
    return {"app": app, "viewer": sorted(viewer.rglob("*.py")) + plain}


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(files: Iterable[Path], *, relative_to: Path) -> dict[Key, Message]:
    """Every literally marked string in ``files`` (keyed by context, source and
    disambiguation); a message marked in several places is one message."""
    found: dict[Key, Message] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        name = Path(os.path.relpath(path, relative_to)).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called not in _MARKERS or len(node.args) < 2:
                continue
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is None or source is None:
                continue  # passes on a string marked elsewhere
            keywords = {k.arg: k.value for k in node.keywords}
            third = node.args[2] if len(node.args) > 2 else keywords.get("disambiguation")
            numerus = len(node.args) > 3 or "n" in keywords
            message = Message(context, source, _literal(third) or "", numerus)
            kept = found.setdefault(message.key, message)
            kept.numerus = kept.numerus or numerus
            kept.files.add(name)
    return found


def read_ts(path: Path) -> tuple[str, dict[Key, Entry]]:
    """The language and the messages of a ``.ts`` file."""
    root = ET.parse(path).getroot()
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None, f"{path}: a message without a translation element"
            numerus = element.get("numerus") == "yes"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            message = Message(
                context_name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                numerus,
                {loc.get("filename", "") for loc in element.iter("location")},
            )
            entries[message.key] = Entry(message, forms, translation.get("type", ""))
    return root.get("language", ""), entries


def write_ts(path: Path, language: str, entries: Sequence[Entry]) -> None:
    """Write ``entries`` as a ``.ts`` file (contexts and messages sorted, as lupdate does
    with ``-locations relative`` minus line numbers, which would churn at every edit)."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, list[Entry]] = {}
    for entry in entries:
        contexts.setdefault(entry.message.context, []).append(entry)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(contexts[name], key=lambda e: e.message.key):
            message = entry.message
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename in sorted(message.files):
                ET.SubElement(element, "location", filename=filename)
            ET.SubElement(element, "source").text = message.source
            if message.disambiguation:
                ET.SubElement(element, "comment").text = message.disambiguation
            translation = ET.SubElement(element, "translation")
            if entry.kind:
                translation.set("type", entry.kind)
            if message.numerus:
                for form in entry.translations:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translations[0] if entry.translations else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def merged(
    language: str, found: dict[Key, Message], old: dict[Key, Entry]
) -> tuple[list[Entry], int]:
    """The entries of a ``.ts`` for the ``found`` messages, keeping the ``old`` file's
    translations; returns them and how many messages are new."""
    forms = NUMERUS_FORMS.get(language, 2)
    entries, new = [], 0
    for key, message in found.items():
        before = old.get(key)
        if before is None:
            new += 1
            entries.append(Entry(message, [""] * (forms if message.numerus else 1), "unfinished"))
            continue
        translations = before.translations
        if message.numerus and not before.message.numerus:
            translations = [translations[0]] * forms if translations[0] else [""] * forms
        elif not message.numerus:
            translations = translations[:1]
        kind = "" if before.kind in ("", "vanished") and all(translations) else "unfinished"
        entries.append(Entry(message, translations, kind))
    for key, entry in old.items():
        if key not in found and any(entry.translations):  # an empty one is worth nothing
            entries.append(Entry(entry.message, entry.translations, "vanished"))
    return entries, new


def update(root: Path, folder: Path, languages: Iterable[str]) -> list[str]:
    """Extract every area's strings into ``folder/<area>_<lang>.ts``; an area with no
    marked string and no file yet gets none. Returns one line per file written."""
    lines = []
    for area, files in area_files(root).items():
        found = extract(files, relative_to=folder)
        for language in languages:
            path = folder / f"{area}_{language}.ts"
            if not found and not path.exists():
                continue
            old = read_ts(path)[1] if path.exists() else {}
            entries, new = merged(language, found, old)
            write_ts(path, language, entries)
            vanished = sum(e.kind == "vanished" for e in entries)
            lines.append(f"{path.name}: {len(found)} message(s), {new} new, {vanished} vanished")
    return lines


def lrelease_path() -> Path:
    """The ``lrelease`` that ships with PySide6 (no system Qt needed)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def build(folder: Path, languages: Iterable[str], *, out: Path | None = None) -> list[Path]:
    """Compile every ``*_<lang>.ts`` in ``folder`` into ``<out>/frames_<lang>.qm``."""
    out = out or folder
    built = []
    for language in languages:
        sources = sorted(folder.glob(f"*_{language}.ts"))
        if not sources:
            continue
        target = out / f"frames_{language}.qm"
        subprocess.run(
            [str(lrelease_path()), "-silent", *map(str, sources), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def placeholders(text: str) -> list[str]:
    """The ``{name}``, ``%n`` and ``%1`` placeholders of a text, sorted (``%Ln``, the count
    in the language's own digits, counts as ``%n``)."""
    return sorted(_PLACEHOLDER.findall(text.replace("%Ln", "%n")))


def problems(path: Path) -> list[str]:
    """What is wrong with the translations of a ``.ts`` file: unfinished or empty ones, a
    numerus message without all its language's forms, a placeholder lost or added."""
    language, entries = read_ts(path)
    forms = NUMERUS_FORMS.get(language, 2)
    found = []
    for entry in entries.values():
        if entry.kind == "vanished":
            continue
        message = entry.message
        where = f"{path.name}: {message.context}: {message.source!r}"
        if entry.kind == "unfinished" or not all(t.strip() for t in entry.translations):
            found.append(f"{where}: not translated")
            continue
        if message.numerus and len(entry.translations) != forms:
            found.append(f"{where}: {len(entry.translations)} plural form(s), not {forms}")
        wanted = placeholders(message.source)
        for text in entry.translations:
            have = placeholders(text)
            # A plural form for exactly one or two may spell the number out (Arabic does).
            if have != wanted and not (
                message.numerus and have == [p for p in wanted if p != "%n"]
            ):
                found.append(f"{where}: placeholders {have} in {text!r}, not {wanted}")
    return found
