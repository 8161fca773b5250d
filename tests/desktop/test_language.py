"""The interface language: choosing it, installing it (ours and Qt's words, mirroring), dates
and sizes by locale, and the server's error codes worded by the app."""

from __future__ import annotations

import ast
import importlib
import logging
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop import formats, i18n, language
from desktop.errors import plain_message
from desktop.server_errors import CODES, server_message
from tests.desktop._builders import seed_student

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt


@pytest.fixture
def use_language(qapp: Any) -> Iterator[Callable[[str], str]]:
    """``install_language`` for one test; English and the C locale again afterwards."""
    yield language.install_language
    language.install_language("en")
    QLocale.setDefault(QLocale.c())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.translate("MainWindow", "&File") == "&File"


# -- choosing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "shown"),
    [("es", "es"), ("es_MX", "es"), ("ES-es", "es"), ("ar_EG.UTF-8", "ar"), ("en_GB", "en")],
)
def test_a_language_by_any_of_its_names(asked: str, shown: str) -> None:
    assert language.resolve_language(asked) == (shown, None)


def test_an_unknown_language_is_english_with_one_line_of_warning(
    use_language: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    code, warning = language.resolve_language("klingon")
    assert code == "en"
    assert warning == "unknown language 'klingon' (choose one of en, es, ar); using English"
    with caplog.at_level(logging.WARNING, logger="frames.desktop"):
        assert use_language("klingon") == "en"
    assert [r.getMessage() for r in caplog.records] == [warning]


def test_system_means_the_systems_language_or_english() -> None:
    system = QLocale.system().name().split("_")[0]
    expected = system if system in ("es", "ar") else "en"
    assert language.resolve_language("system") == (expected, None)
    assert language.resolve_language("") == (expected, None)


def test_english_on_a_system_without_a_locale_writes_us_formats(qapp: Any) -> None:
    """No locale set (``C``, as on many kiosks and servers): dates read 12/3/26, not C's
    "3 12 2026"; a real system locale is kept."""
    system = QLocale.system()
    try:
        shown = language.install_language("system")
        if shown != "en":  # a Spanish or Arabic system: its language's formats
            assert QLocale().language() == QLocale(shown).language()
        elif system.language() == QLocale.Language.C:
            assert QLocale().name() == "en_US"
            assert formats.date_text(date(2026, 12, 3)) == "12/3/26"
        else:
            assert QLocale().name() == system.name()
    finally:
        language.install_language("en")
        QLocale.setDefault(QLocale.c())


def test_the_option_beats_the_environment_which_beats_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    assert language.requested_language(option=None, setting=None) == "system"
    assert language.requested_language(option=None, setting="ar") == "ar"
    monkeypatch.setenv(language.ENV_VAR, "es")
    assert language.requested_language(option=None, setting="ar") == "es"
    assert language.requested_language(option="en", setting="ar") == "en"


# -- installing ------------------------------------------------------------------------------


def test_spanish_words_ours_and_qts(
    use_language: Callable[[str], str], main_window: Any, qtbot: Any
) -> None:
    assert use_language("es") == "es"
    from desktop.widgets.signin import SignInPage

    page = SignInPage(main_window.ctx)
    qtbot.addWidget(page)
    assert page.button.text() == "Iniciar sesión"
    assert QLocale().language() == QLocale.Language.Spanish
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Cancelar"  # qtbase_es.qm
    assert i18n.translate("status", "%n change(s) waiting to sync", n=1) == (
        "1 cambio pendiente de sincronizar"
    )
    assert i18n.translate("status", "%n change(s) waiting to sync", n=4) == (
        "4 cambios pendientes de sincronizar"
    )


def test_arabic_mirrors_the_layout_and_has_six_plural_forms(
    use_language: Callable[[str], str], app_ctx: Any, qtbot: Any
) -> None:
    assert use_language("ar") == "ar"
    from desktop.widgets.main_window import MainWindow

    seed_student(app_ctx.store)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    try:
        window.start()
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.home.title.text() == "وحداتي"
        assert window.menuBar().actions()[0].text() == "&ملف"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.text() == "ألغِ"  # qtbase_ar.qm
        said = [i18n.translate("module_list", "%n section(s)", n=n) for n in (0, 1, 2, 5, 11, 100)]
        assert said == ["لا أقسام", "قسم واحد", "قسمان", "٥ أقسام", "١١ قسمًا", "١٠٠ قسم"]  # %Ln
    finally:
        window.shutdown()


def test_the_pin_rule_in_words_is_the_clients_rule() -> None:
    from desktop.ops import kiosk as kiosk_ops

    assert kiosk_ops.pin_rule() == kiosk_ops.PIN_RULE == "6 to 12 digits"


def test_english_loads_no_catalogue_and_counts_in_english(
    use_language: Callable[[str], str],
) -> None:
    use_language("es")
    assert use_language("en") == "en"
    assert i18n.translate("PinPage", "Enter your PIN") == "Enter your PIN"
    assert i18n.translate("x", "%n more try(s)", n=1) == "1 more try"
    assert i18n.translate("x", "%n more try(s)", n=3) == "3 more tries"
    assert i18n.translate("x", "Due in %n day(s)", n=2) == "Due in 2 days"


def test_the_language_menu_saves_the_choice_and_offers_to_restart(
    main_window: Any, qtbot: Any
) -> None:
    actions = main_window.language_actions
    assert list(actions) == ["system", "en", "es", "ar"]
    assert [a.text() for a in actions.values()][1:] == ["English", "Español", "العربية"]
    assert actions["system"].isChecked()
    main_window.choose_language("ar")
    assert main_window.ctx.store.get_setting(language.LANGUAGE_SETTING) == "ar"
    assert actions["ar"].isChecked() and not actions["system"].isChecked()
    box = main_window.language_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    restart = next(b for b in box.buttons() if b.text() == "&Restart now")
    with qtbot.waitSignal(main_window.restart_requested, timeout=2_000):
        restart.click()


def test_the_app_starts_in_the_stored_language_and_the_option_overrides_it(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import start
    from local_store import LocalStore

    monkeypatch.delenv(language.ENV_VAR, raising=False)
    with LocalStore.open(tmp_path / "store.sqlite3") as store:
        store.set_setting(language.LANGUAGE_SETTING, "es")
    app = start(["--data-dir", str(tmp_path)], show=False)
    try:
        assert language.current_language() == "es"
        assert app.window.windowTitle() == "Iniciar sesión — FRAMES LMS"
    finally:
        app.close()
    app = start(["--data-dir", str(tmp_path), "--lang", "ar"], show=False)
    try:
        assert language.current_language() == "ar"
        assert app.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert app.window.windowTitle() == "تسجيل الدخول — FRAMES LMS"
    finally:
        app.close()
        language.install_language("en")
        QLocale.setDefault(QLocale.c())


# -- formats ---------------------------------------------------------------------------------


def test_dates_times_numbers_and_sizes_by_locale() -> None:
    es, ar, us = QLocale("es_ES"), QLocale("ar"), QLocale("en_US")
    day, moment = date(2026, 12, 3), datetime(2026, 12, 3, 17, 5)
    assert formats.date_text(day, locale=es) == "3/12/26"
    assert formats.date_text(day, locale=us) == "12/3/26"
    assert formats.date_text(day, locale=ar) == "٣\u200f/١٢\u200f/٢٠٢٦"
    assert formats.date_text(day, long=True, locale=es) == "jueves, 3 de diciembre de 2026"
    assert formats.time_text(moment, locale=es) == "17:05"
    assert formats.datetime_text(moment, locale=us) == "12/3/26 5:05\u202fPM"
    assert formats.size_text(1536, locale=es) == "1,5 kB"
    assert formats.size_text(1536, locale=ar) == "١٫٥ كيلوبايت"
    assert formats.size_text(34_983_000, locale=us) == "35.0 MB"
    assert formats.number_text(1234.5, decimals=1, locale=es) == "1234,5"
    assert formats.number_text(1234.5, decimals=1, locale=ar) == "١٬٢٣٤٫٥"
    assert formats.percent_text(0.45, locale=us) == "45%"


def test_durations() -> None:
    assert formats.duration_text(30) == "30 s"
    assert formats.duration_text(240) == "4 min"
    assert formats.duration_text(3900) == "1 h 05 min"


# -- server error codes ----------------------------------------------------------------------


def _server_codes() -> set[str]:
    """Every code the server can answer with: its error classes', the HTTP fallbacks, and
    the literal codes written into error bodies."""
    import server_api
    from server_api import http
    from server_api.errors import FramesError

    for info in pkgutil.walk_packages(server_api.__path__, "server_api."):
        skip = (".migrations", ".demo_content", "__main__")
        if not any(part in info.name for part in skip):
            importlib.import_module(info.name)
    codes: set[str] = set()
    todo: list[type[FramesError]] = [FramesError]
    while todo:
        cls = todo.pop()
        codes.add(cls.code)
        todo.extend(cls.__subclasses__())
    codes |= set(http._HTTP_CODES.values())
    for path in (ROOT / "server_api").rglob("*.py"):
        if "migrations" in path.parts or "demo_content" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name == "error_body" and isinstance(first, ast.Constant):
                codes.add(str(first.value))
            if name == "get" and "_HTTP_CODES" in ast.unparse(node.func):
                default = node.args[1] if len(node.args) > 1 else None
                if isinstance(default, ast.Constant):
                    codes.add(str(default.value))
    return codes


def test_the_table_words_every_code_the_server_defines() -> None:
    codes = _server_codes()
    assert {"not_found", "account_disabled", "busy", "invalid_request", "error"} <= codes
    assert codes <= CODES, sorted(codes - CODES)
    assert all(server_message(code) for code in CODES)
    assert server_message("a_code_from_a_newer_server") is None
    assert server_message(None) is None


def test_the_client_carries_the_code_and_the_app_words_it(
    use_language: Callable[[str], str],
) -> None:
    from server_api.http import error_body
    from sync.client import account
    from sync.client.engine import ServerError, _refused
    from sync.client.manage import ManageError, Manager

    def answer(status: int, code: str) -> httpx.Response:
        return httpx.Response(status, json=error_body(code, "the server's own English"))

    refused = _refused(answer(409, "conflict"), "http://x")
    assert isinstance(refused, ServerError) and refused.code == "conflict"
    disabled = account._refusal(answer(401, "account_disabled"))
    assert isinstance(disabled, account.AccountDisabled) and disabled.code == "account_disabled"
    transport = httpx.MockTransport(lambda _request: answer(403, "forbidden"))
    with httpx.Client(transport=transport) as client:
        with pytest.raises(ManageError) as caught:
            Manager("http://x", "t", http=client).module_assignments("m")
    assert caught.value.code == "forbidden"

    use_language("es")
    assert plain_message(caught.value) == "Tu cuenta no tiene permiso para hacer esto."
    assert plain_message(refused) == (
        "El servidor tuvo un problema: Esto choca con algo que ya existe en el servidor. "
        "Tu trabajo sigue guardado en este dispositivo."
    )
    newer = ServerError("the server answered 418: a newer server's sentence")
    newer.code = "a_code_from_a_newer_server"
    assert "a newer server's sentence" in plain_message(newer)  # its English, as a fallback
