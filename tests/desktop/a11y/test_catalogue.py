"""Every text the app's own screens show is in the translation catalogue (pseudo-locale).

Under ``pseudo_locale`` every catalogued message reads ``⟦…⟧``; a text without the marker
that is not content data is a string that never went through ``translate()``. The screens
here are those of the app outside the module viewer: main window with modules, sign-in,
storage, not synced, reports, the assignment dialog, the kiosk's pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from desktop.i18n import translate
from local_store import LocalStore
from tests.desktop._builders import module, seed_student
from tests.desktop.a11y.catalogue import (  # noqa: F401 - pseudo_locale is a fixture
    OPEN,
    build_pseudo_catalogue,
    pseudo_locale,
    shown_texts,
    untranslated_texts,
)
from tests.kiosk_helpers import local_kiosk

pytestmark = [pytest.mark.qt, pytest.mark.usefixtures("pseudo_locale")]

STUDENTS = {"stu-ana": ("Ana Torres", "482913"), "stu-ben": ("Ben Okafor", None)}
EXIT_PIN = "258013"


def _store_data(store: LocalStore, owner: str) -> set[str]:
    """What the seeded store shows as content: modules, sections, people, addresses."""
    data = {"Ada Lovelace", "Ada", "ada@example.edu", "http://127.0.0.1:9", "stu-1"}
    for item in store.list_modules(owner):
        data |= {item.title, item.module_id, item.description or "", item.category or ""}
        data |= set(item.tags)
        record = store.get_module(owner, item.module_id)
        if record is not None:
            data |= {s.title or "" for s in record.sections} | {s.content for s in record.sections}
    return data


def _check(window: QWidget, data: set[str]) -> None:
    texts = shown_texts(window)
    assert any(OPEN in t for t in texts), "the pseudo catalogue is not in effect"
    assert untranslated_texts(window, data) == []


@pytest.fixture
def student_window(main_window: Any, qtbot: Any) -> Any:
    seed_student(main_window.ctx.store)
    main_window.start()
    main_window.resize(1000, 700)
    main_window.show()
    qtbot.waitUntil(lambda: bool(main_window.home.model.module_rows()), timeout=5_000)
    return main_window


def test_the_check_finds_a_string_that_skipped_translate(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    QLabel(translate("MainWindow", "&File"), page)
    QLabel("Not in the catalogue", page)
    QLabel("Lab Safety 101", page)
    assert untranslated_texts(page, {"Lab Safety 101"}) == ["Not in the catalogue"]


def test_placeholders_survive_the_pseudo_translation() -> None:
    text = translate("StoragePage", "{size} in %n file(s)", n=3).format(size="2 kB")
    assert text == "⟦2 kB in 3 file(s)⟧"


def test_main_window_with_modules(student_window: Any) -> None:
    window = student_window
    data = _store_data(window.ctx.store, "stu-1")
    _check(window, data)
    assert window.windowTitle() == "⟦Ada Lovelace — FRAMES LMS⟧"


def test_sign_in(main_window: Any) -> None:
    main_window.start()  # nobody signed in: the sign-in page
    main_window.show()
    assert main_window.pages.currentWidget() is main_window.sign_in_page
    _check(main_window, {"http://127.0.0.1:8000"})


def test_storage_and_not_synced(student_window: Any, qtbot: Any) -> None:
    window = student_window
    store = window.ctx.store
    event = store.record_event(
        owner="stu-1",
        module_id="lab-safety-101",
        event_type="section_complete",
        section_number=2,
        session_id="s",
        device_type="desktop",
    )
    store.mark_sent([event.uuid])
    store.mark_rejected(event.uuid, "unknown module 'lab-safety-101'")
    data = _store_data(store, "stu-1") | {str(window.ctx.data_dir)}
    window.show_storage()
    qtbot.waitUntil(lambda: window.storage.cache_size.text() != "", timeout=5_000)
    _check(window.storage, data)
    window.show_not_synced()
    assert window.not_synced.model.rowCount() == 1
    when = window.not_synced.model.items[0].when
    _check(window.not_synced, data | {when})


def test_reports_and_assignment_dialog(main_window: Any, qtbot: Any) -> None:
    store = main_window.ctx.store
    seed_student(store, user_id="fac-1", role="faculty", modules=[(module("welcome"), None)])
    main_window.start()
    main_window.show()
    main_window.show_reports()
    page = main_window.reports
    data = _store_data(store, "fac-1") | {"fac-1"}
    _check(page, data)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _check(page, data)
    dialog = page.open_assign_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    due = QLocale().toString(
        dialog.due.date(), QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    )
    _check(dialog, data | {due, "welcome"})
    dialog.close()


@pytest.fixture
def kiosk(app_ctx: Any, qtbot: Any) -> Iterator[Any]:
    from desktop.kiosk.window import KioskWindow

    local_kiosk(app_ctx.store, STUDENTS, exit_pin=EXIT_PIN)
    window = KioskWindow(app_ctx, idle_seconds=600.0, idle_clock=lambda: 0.0)
    qtbot.addWidget(window)
    window.start()
    window.resize(1280, 800)
    window.show()
    yield window
    window.allow_close()
    window.shutdown()


KIOSK_DATA = {"Ana Torres", "Ben Okafor", "Ana", "Tablet", "cpp", "http://127.0.0.1:9"}


def test_kiosk_picker_pin_and_staff_pages(kiosk: Any, qtbot: Any) -> None:
    kiosk.show_picker()
    _check(kiosk, KIOSK_DATA)
    kiosk.picker.search.setText("zzz")  # nobody matches: the empty message
    _check(kiosk, KIOSK_DATA | {"zzz"})
    kiosk.picker.chosen.emit("stu-ana")
    kiosk.pin_page.pad.type_pin("12")
    _check(kiosk, KIOSK_DATA)
    kiosk.show_staff()
    pad = kiosk.staff_page.pad
    pad.type_pin(EXIT_PIN)
    pad.submitted.emit(pad.pin)
    qtbot.waitUntil(lambda: kiosk.staff_page.unlocked, timeout=10_000)
    _check(kiosk, KIOSK_DATA | {"1"})


def test_kiosk_countdown_and_link_notice(kiosk: Any) -> None:
    kiosk.show_picker()
    kiosk.countdown.show_seconds(20)
    _check(kiosk.countdown, KIOSK_DATA)
    kiosk.countdown.hide()
    kiosk.link_notice.show_url("https://example.edu/datasheet")
    _check(kiosk.link_notice, KIOSK_DATA | {"https://example.edu/datasheet"})


def test_kiosk_enrol_page(app_ctx: Any, qtbot: Any) -> None:
    from desktop.kiosk.window import KioskWindow

    window = KioskWindow(app_ctx, idle_seconds=600.0, idle_clock=lambda: 0.0)
    qtbot.addWidget(window)
    window.start()  # not enrolled: the enrolment page
    window.show()
    try:
        host = window.enrol_page.name.text()
        _check(window, {host, "http://127.0.0.1:8000"})
    finally:
        window.allow_close()
        window.shutdown()


def test_the_catalogue_marks_every_message(tmp_path: Any) -> None:
    """Every message compiled: a message of the app and one of Qt's own are both found."""
    qm = build_pseudo_catalogue(tmp_path)
    assert qm.stat().st_size > 1000
    assert QCoreApplication.translate("PinPage", "Enter your PIN") == "⟦Enter your PIN⟧"
