"""Every screen of the app, built for real from a seeded local store, for the a11y suite.

``SCREENS`` maps a screen's name to a builder ``(ScreenEnv) -> Screen``. A builder makes the
real window the app shows (``MainWindow``, ``KioskWindow``, ``PreviewWindow``, the assignment
dialog) over the demo content (``server_api/demo_content``) mirrored into a fresh local store,
brings it to the state the screen names, shows it and makes it the active window. The
returned ``Screen`` says which widget is the window (``window``) and which part of it holds
the screen's own controls (``scope``: the window, or an overlay that keeps focus inside it).

``screen_variant(theme=..., text_scale=...)`` applies a theme (through
``desktop.theme.apply_theme`` when it exists) and/or multiplies the application font's size
before the screen is built, and restores both afterwards. ``build_screen(name, env,
variant)`` does both.

Tests get a ``ScreenEnv`` from the ``screen_env`` fixture (``tests/desktop/a11y/conftest.py``)
and usually parametrise over ``SCREEN_NAMES`` (and ``VARIANTS``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from desktop.ops.preview import to_record
from local_store import AssignmentRecord, LocalStore, ModuleRecord
from sync.rules.content_folder import load_module_folder
from tests.desktop._builders import seed_student, write_module_folder
from tests.kiosk_helpers import local_kiosk

__all__ = [
    "DEMO",
    "SCREENS",
    "SCREEN_NAMES",
    "VARIANTS",
    "Screen",
    "ScreenEnv",
    "Variant",
    "build_screen",
    "describe",
    "focusable_widgets",
    "screen_variant",
    "tab_cycle",
    "tab_stops",
]

DEMO: Final = Path(__file__).resolve().parents[3] / "server_api" / "demo_content"
EXIT_PIN: Final = "258013"
KIOSK_STUDENTS: Final = {
    "demo-stu-ana": ("Ana Torres", "111111"),
    "demo-stu-ben": ("Ben Okafor", "222222"),
}
# (demo module, section type) of each viewer screen: the demo content has every type.
VIEWER_PAGES: Final = {
    "viewer-text": ("lab-safety-101", "text"),
    "viewer-image": ("lab-safety-101", "image"),
    "viewer-video": ("lab-safety-101", "video"),
    "viewer-checklist": ("lab-safety-101", "checklist"),
    "viewer-sandbox": ("power-budget-in-code", "sandbox"),
    "viewer-guided-struggle": ("resistor-colour-codes", "guided_struggle"),
    "viewer-game": ("esd-safe-or-not", "game"),
    "viewer-interactive": ("lab-hazard-hunt", "interactive"),
}


@dataclass
class ScreenEnv:
    """What a builder may use: the app context over a fresh store, pytest-qt's bot, a
    temporary folder; ``cleanups`` run (last first) when the test ends."""

    ctx: Any  # desktop.context.AppContext
    qtbot: Any
    tmp_path: Path
    cleanups: list[Callable[[], object]] = field(default_factory=list)

    @property
    def store(self) -> LocalStore:
        store: LocalStore = self.ctx.store
        return store

    def close(self) -> None:
        while self.cleanups:
            with contextlib.suppress(Exception):  # every cleanup runs, whatever one raises
                self.cleanups.pop()()


@dataclass(frozen=True)
class Screen:
    """A built screen: ``window`` is the top-level widget, ``scope`` the widget whose
    visible controls are the screen's Tab stops (``window`` unless an overlay holds focus)."""

    name: str
    window: Any  # a QWidget: MainWindow, KioskWindow, PreviewWindow or AssignmentDialog
    scope: QWidget


@dataclass(frozen=True)
class Variant:
    """``theme``: a name for ``desktop.theme.apply_theme`` (``None``: the app's default);
    ``text_scale``: the factor applied to the application font's point size."""

    name: str
    theme: str | None = None
    text_scale: float = 1.0


VARIANTS: Final = {
    v.name: v
    for v in (
        Variant("default"),
        Variant("dark", theme="dark"),
        Variant("high-contrast", theme="high-contrast"),
        Variant("text-200", text_scale=2.0),
    )
}


@contextlib.contextmanager
def screen_variant(*, theme: str | None = None, text_scale: float = 1.0) -> Iterator[None]:
    """Apply a theme and/or a text size for the duration; both are restored afterwards.

    A theme is applied only if ``desktop.theme.apply_theme`` exists (another part of the
    accessibility work adds it); without it the variant runs in the default look."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from desktop import theme as theme_mod

    apply_theme: Callable[..., Any] | None = getattr(theme_mod, "apply_theme", None)
    font = QFont(app.font())
    palette = app.palette()
    style_sheet = app.styleSheet()
    try:
        if theme is not None and apply_theme is not None:
            apply_theme(app, theme)
        if text_scale != 1.0:
            bigger = QFont(font)
            bigger.setPointSizeF(font.pointSizeF() * text_scale)
            app.setFont(bigger)
        yield
    finally:
        if theme is not None and apply_theme is not None:
            with contextlib.suppress(Exception):
                apply_theme(app, "light")
        app.setFont(font)
        app.setPalette(palette)
        app.setStyleSheet(style_sheet)


# -- seeding ------------------------------------------------------------------------------


def demo_module(slug: str) -> ModuleRecord:
    """A demo module as the local store keeps it (media URLs, hashes and sizes)."""
    return to_record(load_module_folder(DEMO / slug)).module


def _demo_slugs() -> list[str]:
    return sorted(p.name for p in DEMO.iterdir() if (p / "module.yaml").is_file())


def seed_demo_student(store: LocalStore, *, role: str = "student") -> None:
    """A signed-in user (offline server) with every demo module and its media on disk."""
    modules: list[tuple[ModuleRecord, AssignmentRecord | None]] = []
    for slug in _demo_slugs():
        preview = to_record(load_module_folder(DEMO / slug))
        modules.append((preview.module, AssignmentRecord(slug, "required")))
        for section in preview.module.sections:
            path = preview.media_files.get(section.section_number)
            if path is not None and section.media_sha256 and section.media_url:
                size = path.stat().st_size
                store.media_put(
                    sha256=section.media_sha256,
                    url=section.media_url,
                    size=size,
                    path=path,
                    state="complete",
                    bytes_done=size,
                )
    seed_student(store, modules=modules, role=role)


# -- showing ------------------------------------------------------------------------------


def _show(env: ScreenEnv, window: QWidget, *, width: int = 1100, height: int = 760) -> None:
    window.resize(width, height)
    window.show()
    env.qtbot.waitExposed(window)
    window.activateWindow()
    env.qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QApplication.processEvents()


def _settle(env: ScreenEnv, window: Any) -> None:
    """Wait for the window's start-up work (the sync engine's imports on a worker thread)
    before going on: a Qt module imported on the UI thread meanwhile (the charts of the
    Reports area) can crash the interpreter."""
    ctx = env.ctx
    env.qtbot.waitUntil(lambda: window._ready, timeout=10_000)
    env.qtbot.waitUntil(lambda: ctx.sync is None or not ctx.sync.starting, timeout=30_000)
    # Then no more syncing (nothing listens at the user's server): the status line stays
    # as it is while a test walks the screen, instead of turning busy now and then.
    bridge = ctx.sync
    if bridge is not None:
        bridge.stop()
        ctx.sync = None
        env.cleanups.append(lambda: bridge)  # (kept alive until the test ends)
        QApplication.processEvents()
        window._refresh_status()


def _main_window(env: ScreenEnv, *, user: str | None = "student") -> Any:
    from desktop.widgets.main_window import MainWindow

    if user is not None:
        seed_demo_student(env.store, role=user)
    window = MainWindow(env.ctx)
    env.qtbot.addWidget(window)
    env.cleanups.append(window.shutdown)
    window.start()
    _show(env, window)
    _settle(env, window)
    return window


def _screen(name: str, window: QWidget, scope: QWidget | None = None) -> Screen:
    return Screen(name=name, window=window, scope=scope or window)


# -- the screens --------------------------------------------------------------------------


def sign_in(env: ScreenEnv) -> Screen:
    window = _main_window(env, user=None)
    window.sign_in_page.email.setFocus()
    return _screen("sign-in", window)


def my_modules(env: ScreenEnv) -> Screen:
    window = _main_window(env)
    window.home.focus_list()
    return _screen("my-modules", window)


def _viewer_screen(name: str, slug: str, kind: str) -> Callable[[ScreenEnv], Screen]:
    def build(env: ScreenEnv) -> Screen:
        window = _main_window(env)
        assert window.open_module(slug), slug
        numbers = [
            s.section_number for s in window.viewer.module.sections if s.section_type == kind
        ]
        assert numbers, f"{slug} has no {kind} section"
        window.viewer.show_section(numbers[0])
        QApplication.processEvents()
        window.viewer.setFocus()
        return _screen(name, window)

    build.__name__ = name.replace("-", "_")
    return build


def completion(env: ScreenEnv) -> Screen:
    window = _main_window(env)
    assert window.open_module("lab-safety-101")
    window.viewer.show_completion()
    QApplication.processEvents()
    return _screen("completion", window)


def not_synced(env: ScreenEnv) -> Screen:
    window = _main_window(env)
    window.show_not_synced()
    return _screen("not-synced", window)


def storage(env: ScreenEnv) -> Screen:
    window = _main_window(env)
    window.show_storage()
    page = window.storage
    env.qtbot.waitUntil(lambda: bool(page.cache_size.text()), timeout=10_000)  # measured
    return _screen("storage", window)


def faculty_preview(env: ScreenEnv) -> Screen:
    from desktop.widgets.preview_window import PreviewWindow

    folder = write_module_folder(env.tmp_path / "preview")
    window = PreviewWindow(folder, tasks=env.ctx.tasks)
    env.qtbot.addWidget(window)
    env.cleanups.append(window.close)
    with env.qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.reload()
    _show(env, window)
    window.viewer.setFocus()
    return _screen("faculty-preview", window)


def faculty_reports(env: ScreenEnv) -> Screen:
    window = _main_window(env, user="faculty")
    window.show_reports()
    return _screen("faculty-reports", window)


def assignment_dialog(env: ScreenEnv) -> Screen:
    from desktop.widgets.assignment_dialog import AssignmentDialog

    window = _main_window(env, user="faculty")
    dialog = AssignmentDialog(
        env.ctx,
        modules=[("lab-safety-101", "Lab Safety 101"), ("soldering-basics", "Soldering")],
        teams=[(1, "ADCS"), (2, "Power")],
        students=[("stu-1", "Ana Torres"), ("stu-2", "Ben Okafor")],
        university_id="uni-1",
        parent=window,
    )
    env.cleanups.append(dialog.close)
    _show(env, dialog, width=640, height=560)
    return _screen("assignment-dialog", dialog)


def _kiosk(env: ScreenEnv) -> Any:
    from desktop.kiosk.window import KioskWindow

    local_kiosk(env.store, KIOSK_STUDENTS, exit_pin=EXIT_PIN)
    for student_id, (name, _pin) in KIOSK_STUDENTS.items():
        env.store.save_user(
            user_id=student_id,
            role="student",
            display_name=name,
            server_url="http://127.0.0.1:9",
            token="",
            email=None,
            university_id="cpp",
        )
    window = KioskWindow(env.ctx, idle_seconds=600.0, idle_clock=lambda: 0.0)
    env.qtbot.addWidget(window)

    def close() -> None:
        window.allow_close()
        window.shutdown()

    env.cleanups.append(close)
    window.start()
    _show(env, window, width=1280, height=800)
    _settle(env, window)
    return window


def kiosk_picker(env: ScreenEnv) -> Screen:
    window = _kiosk(env)
    window.show_picker()
    return _screen("kiosk-picker", window)


def kiosk_pin_pad(env: ScreenEnv) -> Screen:
    window = _kiosk(env)
    window.picker.chosen.emit("demo-stu-ana")
    window.pin_page.pad.type_pin("12")
    return _screen("kiosk-pin-pad", window)


def kiosk_countdown(env: ScreenEnv) -> Screen:
    window = _kiosk(env)
    window.picker.chosen.emit("demo-stu-ana")
    pad = window.pin_page.pad
    pad.type_pin(KIOSK_STUDENTS["demo-stu-ana"][1])
    pad.submitted.emit(pad.pin)
    env.qtbot.waitUntil(lambda: window.ctx.user is not None, timeout=10_000)
    window.idle.stop()  # the test drives the countdown; a key press would cancel it
    window.countdown.show_seconds(20)
    return _screen("kiosk-countdown", window, window.countdown)


def kiosk_staff(env: ScreenEnv) -> Screen:
    window = _kiosk(env)
    window.show_staff()
    page = window.staff_page
    page.pad.type_pin(EXIT_PIN)
    page.pad.submitted.emit(page.pad.pin)
    env.qtbot.waitUntil(lambda: page.unlocked, timeout=10_000)
    page.sync_button.setFocus()
    return _screen("kiosk-staff", window)


SCREENS: Final[dict[str, Callable[[ScreenEnv], Screen]]] = {
    "sign-in": sign_in,
    "my-modules": my_modules,
    **{name: _viewer_screen(name, slug, kind) for name, (slug, kind) in VIEWER_PAGES.items()},
    "completion": completion,
    "not-synced": not_synced,
    "storage": storage,
    "faculty-preview": faculty_preview,
    "faculty-reports": faculty_reports,
    "assignment-dialog": assignment_dialog,
    "kiosk-picker": kiosk_picker,
    "kiosk-pin-pad": kiosk_pin_pad,
    "kiosk-countdown": kiosk_countdown,
    "kiosk-staff": kiosk_staff,
}
SCREEN_NAMES: Final = tuple(SCREENS)


def build_screen(name: str, env: ScreenEnv, variant: Variant | None = None) -> Screen:
    """Build screen ``name`` under ``variant`` (kept applied until ``env.close()``)."""
    variant = variant or VARIANTS["default"]
    context = screen_variant(theme=variant.theme, text_scale=variant.text_scale)
    context.__enter__()
    env.cleanups.insert(0, lambda: context.__exit__(None, None, None))  # restored last
    screen = SCREENS[name](env)
    QApplication.processEvents()
    return screen


# -- what the tests walk ------------------------------------------------------------------


def _in_scope(screen: Screen, widget: QWidget) -> bool:
    return widget is screen.scope or screen.scope.isAncestorOf(widget)


def focusable_widgets(screen: Screen) -> list[QWidget]:
    """Every visible, enabled widget of the screen that takes focus in any way (Tab or
    click), without widgets that pass their focus on (``focusProxy``)."""
    found: list[QWidget] = []
    window = screen.window
    for widget in [screen.scope, *screen.scope.findChildren(QWidget)]:
        # (Cheap tests first: see desktop.a11y.tab_stops.)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if not widget.isEnabled() or not (widget is window or window.isAncestorOf(widget)):
            continue
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def tab_stops(screen: Screen) -> list[QWidget]:
    """The widgets a Tab cycle must visit: focusable ones whose policy includes Tab."""
    return [w for w in focusable_widgets(screen) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def describe(widget: QWidget | None) -> str:
    """A widget for a failure message: class, object name, text or accessible name."""
    if widget is None:
        return "<nothing>"
    text = ""
    for attr in ("text", "accessibleName", "placeholderText", "windowTitle"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            with contextlib.suppress(TypeError):
                value = getter()
                if isinstance(value, str) and value:
                    text = value
                    break
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}({parent.objectName()})" if parent else ""
    return f"{type(widget).__name__}({widget.objectName()!r}, {text[:40]!r}){where}"


def tab_cycle(screen: Screen, *, backward: bool = False, limit: int = 300) -> list[QWidget]:
    """Press Tab (Shift+Tab) from the focused widget until focus comes back to it; the
    widgets focused on the way, starting with the first. Presses that stay in one control
    (its own parts) count as one visit. Stops after ``limit`` presses (a cycle that never
    returns, or focus lost) so a test can say what happened."""
    start = QApplication.focusWidget()
    assert start is not None, f"{screen.name}: nothing has focus"
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    order = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is None:
            break
        if (
            isinstance(current, QPlainTextEdit | QTextEdit)
            and not current.isReadOnly()
            and not current.tabChangesFocus()
        ):
            # Tab types into a code editor; it says so, and that Escape then Tab moves on.
            QTest.keyClick(current, Qt.Key.Key_Escape)
        QTest.keyClick(current, Qt.Key.Key_Tab, modifier)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is current:
            continue  # within one control: a date's parts, a label's links, a picture's spots
        if now is start:
            return order
        order.append(now)  # type: ignore[arg-type]
    return order
