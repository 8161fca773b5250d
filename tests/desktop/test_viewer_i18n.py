"""The viewer in Spanish and Arabic: its own strings, the section type names and the shared
rules' "still needed" phrases come from the catalogues (``desktop/translations/viewer_*.ts``,
as the app ships them compiled), numbers in the reader's digits; and every
``translate("Context", ...)`` in the viewer names its enclosing class or module."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.translations import qm_path
from desktop.viewer import ModuleViewer, ViewerTiming
from desktop.viewer._completion import format_duration
from desktop.viewer.sections.checklist import ChecklistSectionView
from desktop.viewer.sections.registry import SECTION_TYPES, TYPE_LABELS, type_label
from local_store.records import ModuleRecord, SectionRecord
from tests.desktop.test_viewer import (
    SLOW,
    FakeSession,
    close_viewer,
    demo_session,
    open_viewer,
    seed,
)

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "desktop" / "translations"
VIEWER_FILES = sorted(
    [
        *(ROOT / "desktop" / "viewer").glob("*.py"),
        *(
            ROOT / "desktop" / "viewer" / "sections" / f"{name}.py"
            for name in (
                "__init__",
                "base",
                "checklist",
                "registry",
                "text",
                "unsupported",
                "video",
            )
        ),
        ROOT / "sync" / "rules" / "criteria.py",
    ]
)
"""The files whose strings the viewer catalogues hold (the other section pages' strings are
their own helpers')."""

PLACEHOLDER = re.compile(r"\{\w*\}|%n")


@pytest.fixture
def language(qapp: object, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app's compiled catalogue for ``request.param`` ("es" or "ar") installed (the one
    the app ships: ``test_translations`` keeps it in step with the ``.ts`` sources), with
    ``desktop.i18n`` routed through Qt and the locale set; all undone."""
    code: str = request.param
    qm = qm_path(code)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    i18n.install(QCoreApplication.translate)
    try:
        yield code
    finally:
        i18n.install(None)
        QLocale.setDefault(before)
        QCoreApplication.removeTranslator(translator)


def _numbers(code: str, text: str) -> str:
    """``text`` with each ``#n#`` written as ``QLocale(code)`` writes the number ``n``."""
    return re.sub(r"#(\d+)#", lambda m: QLocale(code).toString(int(m.group(1))), text)


EXPECTED = {
    "es": {
        "kicker": "Sección #1# de #5# · Lectura",
        "first_item": "#1#. ¶ What can hurt you here",
        "progress": "#0# de #5# secciones completadas",
        "hint": "Léelo completo y luego continúa con Siguiente.",
        "next": "Siguiente",
        "back": "Mis módulos",
        "optional": " (opcional)",
        "ticked": "Elementos obligatorios marcados: #0# de #6#.",
        "checklist_hint": "Marca todos los elementos obligatorios para completar esta sección.",
        "almost": "Ya casi terminas",
        "left": "Secciones por completar en “Lab Safety 101”: #5#",
        "done": "Módulo completado",
        "well_done": "¡Bien hecho! Terminaste “Lab Safety 101”.",
        "form": "Tu opinión (opcional)",
        "save": "Guardar opinión",
        "rating": "Valoración general: #3# de #5#",
        "needed": "Falta: #1# min #40# s más en esta página",
    },
    "ar": {
        "kicker": "القسم #1# من #5# · قراءة",
        "first_item": "#1#. ¶ What can hurt you here",
        "progress": "الأقسام المكتملة: #0# من #5#",
        "hint": "اقرأ النص كاملًا، ثم تابع بالضغط على «التالي».",
        "next": "التالي",
        "back": "وحداتي",
        "optional": " (اختياري)",
        "ticked": "البنود المطلوبة المحدّدة: #0# من #6#.",
        "checklist_hint": "حدّد كل البنود المطلوبة لإكمال هذا القسم.",
        "almost": "أوشكت على الانتهاء",
        "left": "الأقسام المتبقية لإكمال «Lab Safety 101»: #5#",
        "done": "اكتملت الوحدة",
        "well_done": "أحسنت: أنهيت «Lab Safety 101».",
        "form": "رأيك (اختياري)",
        "save": "حفظ الرأي",
        "rating": "التقييم العام: #3# من #5#",
        "needed": "المتبقي: #1# د #40# ث إضافية في هذه الصفحة",
    },
}


@pytest.mark.parametrize("language", ["es", "ar"], indirect=True)
def test_the_viewer_reads_in_the_language_with_its_digits(qtbot: QtBot, language: str) -> None:
    words = {key: _numbers(language, text) for key, text in EXPECTED[language].items()}
    session = demo_session("lab-safety-101")
    viewer = open_viewer(qtbot, session)
    try:
        # A text page, the header and the section list.
        assert viewer.kicker.text() == words["kicker"]
        assert viewer.section_list.item(0).text() == words["first_item"]
        assert viewer.progress_label.text() == words["progress"]
        assert viewer.hint_label.text() == words["hint"]
        assert viewer.next_button.text() == words["next"]
        assert viewer.back_button.text() == words["back"]

        # The checklist page.
        viewer.show_section(5)
        page = viewer.views[5]
        assert isinstance(page, ChecklistSectionView)
        optional = [box for box in page.boxes.values() if not box.property("required")]
        assert optional
        assert all(box.full_text.endswith(words["optional"]) for box in optional)
        assert page.summary.text() == words["ticked"]
        assert viewer.hint_label.text() == words["checklist_hint"]

        # The completion page, not complete yet, then complete.
        viewer.show_completion()
        completion = viewer.completion_page
        assert completion.heading.text() == words["almost"]
        assert completion.summary.text() == words["left"]
    finally:
        close_viewer(viewer)

    done = demo_session("lab-safety-101")
    seed(done, *(("section_complete", n, {"reason": "next"}) for n in range(1, 6)))
    seed(done, ("module_complete", None, None))
    viewer = open_viewer(qtbot, done)
    try:
        viewer.show_completion()
        completion = viewer.completion_page
        assert completion.heading.text() == words["done"]
        assert completion.summary.text().startswith(words["well_done"])
        assert completion.form.title() == words["form"]
        assert completion.form.save_button.text() == words["save"]
        assert completion.form.rating.buttons[2].accessibleName() == words["rating"]
        assert completion.form.rating.buttons[2].text() == QLocale(language).toString(3)
    finally:
        close_viewer(viewer)

    # What a section's criteria still need, worded by the shared rules.
    module = ModuleRecord(
        module_id="timed",
        title="Timed",
        sections=(
            SectionRecord(
                section_number=1,
                section_type="text",
                content="Read this slowly.",
                title="Slow reading",
                completion_criteria={"type": "time", "value": 100},
            ),
        ),
    )
    timed = ModuleViewer(module, FakeSession(module=module), timing=ViewerTiming(read_seconds=SLOW))
    qtbot.addWidget(timed)
    try:
        assert timed.hint_label.text() == words["needed"]
    finally:
        timed.shutdown()


def test_without_a_translator_the_viewer_reads_in_english(qtbot: QtBot) -> None:
    """The test above can fail: the same texts in English when nothing is installed."""
    viewer = open_viewer(qtbot, demo_session("lab-safety-101"))
    try:
        assert viewer.kicker.text() == "Section 1 of 5 · Reading"
        assert viewer.hint_label.text() == "Read through, then continue with Next."
    finally:
        close_viewer(viewer)


def test_every_registered_section_type_has_its_label_marked_for_translation() -> None:
    assert {entry.label for entry in SECTION_TYPES.values()} == set(TYPE_LABELS)
    assert type_label("no_such_type") == "No such type"


def _context_problems(path: Path) -> list[str]:
    """``translate``/``QT_TRANSLATE_NOOP`` calls in ``path`` whose literal context is not the
    enclosing class's name (or, outside classes, the module's stem)."""
    problems: list[str] = []

    def visit(node: ast.AST, context: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = getattr(child.func, "id", getattr(child.func, "attr", None))
                first = child.args[0] if child.args else None
                if name in {"translate", "QT_TRANSLATE_NOOP"} and isinstance(first, ast.Constant):
                    if first.value != context:
                        problems.append(f"{path.name}:{child.lineno}: {first.value!r} in {context}")
            visit(child, context)

    visit(ast.parse(path.read_text(encoding="utf-8")), path.stem)
    return problems


def test_every_translation_context_is_the_enclosing_class_or_module(tmp_path: Path) -> None:
    problems = [problem for path in VIEWER_FILES for problem in _context_problems(path)]
    assert problems == []
    # The check itself: a wrong context is found.
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "class A:\n    def f(self):\n        return translate('B', 'x')\n"
        "y = QT_TRANSLATE_NOOP('wrong', 'fine')\n",
        encoding="utf-8",
    )
    assert _context_problems(wrong) == ["wrong.py:3: 'B' in A"]


def _literal_messages(path: Path) -> set[tuple[str, str]]:
    """``(context, text)`` of every literal ``translate``/``QT_TRANSLATE_NOOP`` call."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            context, text = node.args[0], node.args[1]
            if (
                name in {"translate", "QT_TRANSLATE_NOOP"}
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
            ):
                found.add((str(context.value), str(text.value)))
    return found


@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_catalogue_translates_every_viewer_string_keeping_placeholders(code: str) -> None:
    in_code = {message for path in VIEWER_FILES for message in _literal_messages(path)}
    assert len(in_code) > 100
    translated: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"viewer_{code}.ts").getroot()
    for group in root.iter("context"):
        name = group.findtext("name") or ""
        for message in group.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "vanished":  # kept for translators, not shipped
                continue
            assert translation.get("type") not in {"unfinished", "obsolete"}
            forms = [f.text or "" for f in translation.iter("numerusform")]
            translated[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    assert in_code <= set(translated)
    for (context, source), texts in translated.items():
        for text in texts:  # one text, or each plural form
            assert text.strip(), (context, source)
            kept, wanted = PLACEHOLDER.findall(text), PLACEHOLDER.findall(source)
            if len(texts) > 1:  # a plural form may say the number in words ("one", "two")
                kept, wanted = (
                    [p for p in kept if "%" not in p],
                    [p for p in wanted if "%" not in p],
                )
            assert sorted(kept) == sorted(wanted), source


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", ["menos de un minuto", "12 min", "1 h 05 min"]),
        ("ar", ["أقل من دقيقة", "١٢ د", "١ س ٠٥ د"]),
    ],
    indirect=["language"],
)
def test_time_spent_reads_in_the_language_with_its_digits(language: str, words: list[str]) -> None:
    assert [format_duration(s) for s in (59, 12 * 60, 65 * 60)] == words
