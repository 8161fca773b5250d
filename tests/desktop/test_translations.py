"""The catalogues are in step with the code: extracted, compiled, complete, placeholders kept.

Every ``desktop/translations/*.ts`` is checked (the app's and the viewer's, in every
language); the ``.qm`` files are compiled again into a temporary folder and compared byte
for byte with the committed ones.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.translations import FOLDER, LANGUAGES, qm_path
from desktop.translations.catalogue import (
    NUMERUS_FORMS,
    area_files,
    build,
    extract,
    lrelease_path,
    placeholders,
    problems,
    read_ts,
    update,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted(FOLDER.glob("*.ts"))


def test_every_language_has_the_app_catalogue() -> None:
    for language in LANGUAGES:
        assert (FOLDER / f"app_{language}.ts").is_file()
        assert qm_path(language).is_file()


def test_the_ts_files_hold_every_marked_string_and_no_stale_one(tmp_path: Path) -> None:
    """``python -m desktop.translations update`` would change nothing but locations."""
    for area, files in area_files(ROOT).items():
        found = extract(files, relative_to=FOLDER)
        for language in LANGUAGES:
            path = FOLDER / f"{area}_{language}.ts"
            if not path.exists():
                assert not found, (
                    f"{path.name} is missing: run python -m desktop.translations update"
                )
                continue
            stored = {k: e for k, e in read_ts(path)[1].items() if e.kind != "vanished"}
            missing = sorted(set(found) - set(stored))
            stale = sorted(set(stored) - set(found))
            assert not missing, f"{path.name}: not extracted yet: {missing[:5]}"
            assert not stale, f"{path.name}: no longer in the code: {stale[:5]}"
            numerus = [k for k in found if found[k].numerus != stored[k].message.numerus]
            assert not numerus, f"{path.name}: count messages changed: {numerus[:5]}"


def test_update_keeps_translations_and_finds_new_strings(tmp_path: Path) -> None:
    """The script on a copy: a new marked string is added unfinished, a removed one kept
    (vanished) with its translation, every other translation unchanged."""
    root = tmp_path / "repo"
    (root / "desktop" / "viewer").mkdir(parents=True)
    (root / "sync").mkdir()
    (root / "desktop" / "page.py").write_text(
        "from desktop.i18n import translate\n\n\n"
        "class Page:\n"
        "    def f(self, n: int) -> None:\n"
        '        translate("Page", "Hello")\n'
        '        translate("Page", "%n file(s)", n=n)\n',
        encoding="utf-8",
    )
    folder = tmp_path / "translations"
    folder.mkdir()
    assert update(root, folder, ["ar"]) == ["app_ar.ts: 2 message(s), 2 new, 0 vanished"]
    _, entries = read_ts(folder / "app_ar.ts")
    for entry in entries.values():
        entry.translations = ["ترجمة"] * len(entry.translations)
        entry.kind = ""
    from desktop.translations.catalogue import write_ts

    write_ts(folder / "app_ar.ts", "ar", list(entries.values()))
    counted = next(e for e in entries.values() if e.message.numerus)
    assert len(counted.translations) == NUMERUS_FORMS["ar"] == 6
    (root / "desktop" / "page.py").write_text(
        "from desktop.i18n import translate\n\n\n"
        "def f() -> None:\n"
        '    translate("page", "Goodbye")\n'
        '    translate("Page", "%n file(s)", n=2)\n',
        encoding="utf-8",
    )
    assert update(root, folder, ["ar"]) == ["app_ar.ts: 2 message(s), 1 new, 1 vanished"]
    _, after = read_ts(folder / "app_ar.ts")
    kinds = {key[1]: (entry.kind, entry.translations) for key, entry in after.items()}
    assert kinds["Hello"] == ("vanished", ["ترجمة"])
    assert kinds["Goodbye"] == ("unfinished", [""])
    assert kinds["%n file(s)"] == ("", ["ترجمة"] * 6)
    assert problems(folder / "app_ar.ts") == ["app_ar.ts: page: 'Goodbye': not translated"]


def test_lupdate_finds_nothing_we_miss(tmp_path: Path) -> None:
    """Our extraction finds every message ``pyside6-lupdate`` finds in the app (and, unlike
    it, the ``n=`` count messages)."""
    lupdate = lrelease_path().with_name(lrelease_path().name.replace("lrelease", "lupdate"))
    if not lupdate.exists():
        pytest.fail(f"pyside6-lupdate is missing: {lupdate}")
    files = area_files(ROOT)["app"]
    target = tmp_path / "lupdate_es.ts"
    subprocess.run(
        [str(lupdate), "-silent", *map(str, files), "-ts", str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    theirs = {(k[0], k[1]) for k in read_ts(target)[1]}
    ours = {(k[0], k[1]) for k in extract(files, relative_to=FOLDER)}
    assert theirs, "lupdate found nothing"
    assert theirs <= ours, sorted(theirs - ours)[:5]
    assert len(ours - theirs) > 0  # the count messages lupdate drops


def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for path in TS_FILES:
        shutil.copy(path, tmp_path / path.name)
    built = build(tmp_path, LANGUAGES)
    assert {p.name for p in built} == {qm_path(lang).name for lang in LANGUAGES}
    for path in built:
        committed = FOLDER / path.name
        assert committed.read_bytes() == path.read_bytes(), (
            f"{committed.name} is out of date: run python -m desktop.translations build"
        )


@pytest.mark.parametrize("path", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_translation_is_finished_and_keeps_its_placeholders(path: Path) -> None:
    assert problems(path) == []


def test_the_checks_catch_a_lost_placeholder_and_a_missing_plural(tmp_path: Path) -> None:
    bad = tmp_path / "app_es.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
        "<context><name>X</name>"
        "<message><source>Saved {n} rows</source><translation>Guardadas filas</translation>"
        "</message>"
        '<message numerus="yes"><source>%n file(s)</source><translation>'
        "<numerusform>%n archivo</numerusform></translation></message>"
        "<message><source>Open</source>"
        '<translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    found = problems(bad)
    assert len(found) == 3
    assert "placeholders [] in 'Guardadas filas'" in found[2] or any(
        "placeholders []" in f for f in found
    )
    assert any("1 plural form(s), not 2" in f for f in found)
    assert any("'Open': not translated" in f for f in found)
    assert placeholders("{size} in %n file(s) at %1") == ["%1", "%n", "{size}"]


def _contexts(path: Path) -> list[tuple[int, str, str]]:
    """(line, context used, context expected) of every literal translate() call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef) and owner == path.stem:
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                first = child.args[0] if child.args else None
                if (
                    name in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    out.append((child.lineno, first.value, owner))
            visit(child, owner)

    visit(tree, path.stem)
    return out


def test_contexts_are_the_class_or_the_module() -> None:
    """The house rule: a call's context is its class's name, or at module level the file's
    stem (a table of words marked at import names the module that shows them)."""
    wrong = []
    for path in area_files(ROOT)["app"]:
        for line, used, expected in _contexts(path):
            if used != expected and used != path.stem:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {used!r}, expected {expected!r}")
    assert wrong == []


def test_no_formatted_string_is_passed_to_translate() -> None:
    """translate(f"...") would look a different text up each time (never found)."""
    found = []
    for path in area_files(ROOT)["app"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "translate"
                and len(node.args) > 1
                and not (isinstance(node.args[1], ast.Constant))
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    allowed = {
        "desktop/module_kinds.py",
        "desktop/ops/modules.py",
        "desktop/ops/reports.py",
        "desktop/ops/components.py",
    }  # look words up from tables marked QT_TRANSLATE_NOOP
    assert [f for f in found if f.split(":")[0] not in allowed] == []
