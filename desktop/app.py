"""``frames-desktop``: the FRAMES LMS desktop app.

    frames-desktop                   # open the last user's modules (offline), or sign in
    frames-desktop --demo            # run the demo server and sign in as a demo student
    frames-desktop --preview DIR     # show a module folder from disk, reloading on save
    frames-desktop --server URL      # the server address the sign-in page proposes
    frames-desktop --data-dir DIR    # where the local store and media cache live
    frames-desktop --kiosk           # a shared tablet: enrol, students pick name + PIN
    frames-desktop --smoke-test      # print "ready" at the first screen and quit (builds)
    frames-desktop --verbose         # also show Qt Multimedia's, PipeWire's, VA-API's and
                                     # FFmpeg's messages on the terminal (hidden otherwise)
    frames-desktop --lang es         # the interface language (en, es, ar; default: the
                                     # FRAMES_LANG variable, View → Language, the system's)

Start-up is kept lean: only Qt widgets and the local store are imported before the first
screen; the sync engine (httpx, pydantic) is imported on a worker thread afterwards and
the module viewer while the student reads the list.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.client.paths import STORE_FILE, default_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.widgets.main_window import MainWindow
    from desktop.widgets.preview_window import PreviewWindow

__all__ = [
    "App",
    "app_version",
    "build_parser",
    "default_data_dir",
    "main",
    "quiet_multimedia",
    "RESTART_EXIT",
    "start",
]

PROG = "frames-desktop"
# The exit status of the event loop when the window asks to start again (a new language).
RESTART_EXIT = 75


def app_version() -> str:
    from desktop import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="FRAMES LMS: training modules for university lab teams, offline first.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {app_version()}")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--demo",
        action="store_true",
        help="start the demo server (SQLite, sample modules) as a child process and sign in "
        "as a demo student",
    )
    mode.add_argument(
        "--preview",
        metavar="DIR",
        type=Path,
        help="show a module folder (the import format) straight from disk and reload it "
        "when its files change; no server or account needed",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="where the local store and media cache live (default: the user data folder; "
        "with --demo, a separate demo folder)",
    )
    parser.add_argument(
        "--server", metavar="URL", help="the server address the sign-in page proposes"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="kiosk mode for a shared tablet: full screen, students sign in with name and "
        "PIN (also offline), staff exit PIN to leave; enrol the device on first start",
    )
    parser.add_argument(
        "--idle-timeout",
        metavar="SECONDS",
        type=_positive_seconds,
        default=None,
        help="kiosk mode: sign a student out after this long without input (default 180; a "
        "playing video counts as input)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, wait for the first screen (with --demo: the demo's module list), print "
        "'frames-desktop: ready page=... rows=N' on standard output and quit; checks that an "
        "installed build works",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show the video player's messages on the terminal (Qt Multimedia, PipeWire, "
        "VA-API, FFmpeg), which are hidden otherwise, and the app's own informational log",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=None,
        help="the interface language: en, es, ar or system (default: the FRAMES_LANG "
        "environment variable, else the choice in View → Language, else the system's)",
    )
    parser.add_argument(
        "--demo-account",
        metavar="EMAIL",
        default=None,
        help=argparse.SUPPRESS,  # e.g. faculty@frames.demo for a faculty demo
    )
    return parser


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 10 <= value <= 86_400:
        raise argparse.ArgumentTypeError("choose between 10 and 86400 seconds")
    return value


@dataclass(eq=False)
class App:
    """One running app: the Qt application and its window (for tests and the benchmark)."""

    qapp: QApplication
    window: MainWindow | PreviewWindow
    ctx: AppContext | None
    cleanups: list[Callable[[], object]] = field(default_factory=list)

    def close(self) -> None:
        """Shut everything down (idempotent): window, background work, store, demo server."""
        while self.cleanups:
            self.cleanups.pop()()
        if hasattr(self.window, "allow_close"):
            self.window.allow_close()  # a kiosk window refuses to close otherwise
        self.window.close()
        if hasattr(self.window, "shutdown"):
            self.window.shutdown()
        if self.ctx is not None:
            self.ctx.tasks.shutdown()
            self.ctx.store.close()


# Loggers of the video stack that talk to the terminal about things a student can do nothing
# about (no PipeWire, no hardware decoder, the file's streams, ...).
_QUIET_RULES = "qt.multimedia*=false"
_QUIET_ENV = {
    "PIPEWIRE_DEBUG": "0",  # libpipewire's own log
    "LIBVA_MESSAGING_LEVEL": "0",  # libva's "libva info: ..." lines
}
# Warnings Qt Multimedia writes without a logging category.
_QUIET_PREFIXES = ("PulseAudioService:", "QAudioSink", "QAudioOutput", "pw.", "libva")
_message_filter: Any = None


def quiet_multimedia(*, verbose: bool) -> None:
    """Keep the video stack's messages off the terminal unless ``verbose``. Call before
    ``QApplication`` exists and before Qt Multimedia loads (the rules are read then); a
    person's own ``QT_LOGGING_RULES`` still win (they come after ours)."""
    if verbose:
        return
    own = os.environ.get("QT_LOGGING_RULES", "")
    if _QUIET_RULES not in own:
        os.environ["QT_LOGGING_RULES"] = ";".join(filter(None, [_QUIET_RULES, own]))
    for name, value in _QUIET_ENV.items():
        os.environ.setdefault(name, value)


def _filter_qt_messages() -> None:
    """Drop the uncategorised warnings of ``_QUIET_PREFIXES``; everything else is written
    as Qt would write it."""
    global _message_filter
    if _message_filter is not None:
        return
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    def handler(mode: QtMsgType, context: Any, message: str) -> None:
        if message.startswith(_QUIET_PREFIXES) and mode != QtMsgType.QtFatalMsg:
            return
        if sys.stderr is not None:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")

    _message_filter = handler
    qInstallMessageHandler(handler)


def _qapp() -> QApplication:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop.theme import apply_theme, scheme_from_env

    scheme = scheme_from_env()  # FRAMES_THEME: a wrong value stops here, in one line
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        apply_theme(existing, scheme)
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("FRAMES LMS")
    qapp.setApplicationDisplayName("FRAMES LMS")
    qapp.setOrganizationName("FRAMES")
    qapp.setDesktopFileName("frames-desktop")
    apply_theme(qapp, scheme)
    return qapp


def start(argv: Sequence[str] | None = None, *, show: bool = True) -> App:
    """Parse ``argv``, build and show the first window; the caller runs the event loop."""
    args = build_parser().parse_args(argv)
    quiet_multimedia(verbose=args.verbose)
    if not args.verbose:
        _filter_qt_messages()
    if args.preview is not None:
        return _start_preview(args.preview, show=show, lang=args.lang)

    if args.idle_timeout is not None and not args.kiosk:
        raise ValueError("--idle-timeout is for --kiosk mode")
    # The demo and a kiosk keep their own folders: a laptop lent as a kiosk keeps its
    # owner's data apart.
    folder = {(True, True): "demo-kiosk", (True, False): "demo", (False, True): "kiosk"}
    own = folder.get((args.demo, args.kiosk))
    data_dir: Path = args.data_dir or (
        default_data_dir().parent / own if own else default_data_dir()
    )
    demo = None
    if args.demo:
        from desktop.demo import DemoServer

        demo = DemoServer(data_dir)
        demo.spawn()  # before Qt starts any thread: a plain fork/exec

    qapp = _qapp()
    from desktop.context import AppContext, AppSignals, detect_device_type
    from desktop.errors import ErrorReporter
    from desktop.language import LANGUAGE_SETTING
    from desktop.tasks import TaskRunner
    from desktop.theme import THEME_SETTING
    from desktop.widgets.main_window import MainWindow
    from local_store import LocalStore

    # Tokens left in the file by an older app move to the keyring on the sync worker.
    store = LocalStore.open(data_dir / STORE_FILE, secure_tokens=False)
    _install_language(args.lang, store.get_setting(LANGUAGE_SETTING))
    _apply_stored_colours(qapp, store.get_setting(THEME_SETTING))
    errors = ErrorReporter(qapp)
    errors.install_excepthook()
    ctx = AppContext(
        store=store,
        data_dir=data_dir,
        tasks=TaskRunner(qapp),
        signals=AppSignals(qapp),
        errors=errors,
        device_type=detect_device_type(),
    )
    if args.server:
        from desktop.ops.auth import SERVER_SETTING

        store.set_setting(SERVER_SETTING, args.server.rstrip("/"))
    cleanups: list[Callable[[], object]] = []
    if args.kiosk:
        from desktop.kiosk.window import DEFAULT_IDLE_SECONDS, KioskWindow

        kiosk = KioskWindow(
            ctx,
            demo=demo,
            server=args.server,
            idle_seconds=args.idle_timeout or DEFAULT_IDLE_SECONDS,
        )
        kiosk.exited.connect(qapp.quit)
        kiosk.start()
        if show:
            kiosk.show_locked_down()
        window: MainWindow = kiosk
    else:
        window = MainWindow(ctx, demo=demo, server=args.server, demo_email=args.demo_account)
        window.restart_requested.connect(lambda: qapp.exit(RESTART_EXIT))
        cleanups.append(_remember_captions(ctx))
        window.start()
        if show:
            window.show()
    if store.recovery is not None:
        from desktop.ops.storage import refresh_after_recovery

        refresh_after_recovery(
            tasks=ctx.tasks, store=store, on_success=lambda _n: ctx.signals.data_changed.emit()
        )
        _tell_recovery(window, store.recovery)
    return App(qapp=qapp, window=window, ctx=ctx, cleanups=cleanups)


def _apply_stored_colours(qapp: QApplication, stored: object) -> None:
    """The scheme chosen in *View → Colours*, unless ``FRAMES_THEME`` chose one."""
    from desktop.theme import THEME_ENV, THEME_VALUES, apply_theme

    # (``system`` is what ``_qapp`` applied already.)
    if not os.environ.get(THEME_ENV, "").strip() and stored in THEME_VALUES[1:]:
        apply_theme(qapp, str(stored))


def _remember_captions(ctx: Any) -> Callable[[], object]:
    """The CC button's choice holds for every video and the next start (a shared kiosk
    keeps it for the session only: the next student starts with captions on)."""
    from desktop import captions
    from desktop.ops.window import save_setting

    captions.set_captions_on(ctx.store.get_setting(captions.CAPTIONS_SETTING) != "off")

    def save(on: bool) -> None:
        save_setting(ctx, captions.CAPTIONS_SETTING, "on" if on else "off").run(ctx)

    return captions.on_chosen(save)


def _tell_recovery(window: Any, report: Any) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from desktop.formats import datetime_text
    from desktop.i18n import translate

    saved = (
        " "
        + translate(
            "app",
            "Unsynced items rescued: %n. They will still sync, and a copy is in {path}.",
            n=report.events_rescued,
        ).format(path=report.export_path)
        if report.events_rescued
        else ""
    )
    start = ""
    if report.backup_path is not None:
        try:
            made = datetime.fromtimestamp(report.backup_path.stat().st_mtime)
            start = " " + translate("app", "It started again from the backup of {time}.").format(
                time=datetime_text(made)
            )
        except OSError:
            start = " " + translate("app", "It started again from the newest backup.")
    kept = " " + (
        translate(
            "app",
            "You stay signed in and can go on working offline; the next sync brings back "
            "anything else.",
        )
        if report.users_rescued or report.backup_path is not None
        else translate("app", "Your modules will be downloaded again at the next sync.")
    )
    QMessageBox.information(
        window,
        "FRAMES LMS",
        translate("app", "The data on this computer was damaged and has been rebuilt.")
        + start
        + kept
        + saved,
    )


def _install_language(option: str | None, setting: object) -> None:
    """The interface language (``desktop.language``), before the first widget is made."""
    from desktop.language import install_language, requested_language

    install_language(requested_language(option=option, setting=setting))


def _start_preview(folder: Path, *, show: bool, lang: str | None = None) -> App:
    qapp = _qapp()
    _install_language(lang, None)
    from desktop.errors import ErrorReporter
    from desktop.tasks import TaskRunner
    from desktop.widgets.preview_window import PreviewWindow

    ErrorReporter(qapp).install_excepthook()
    window = PreviewWindow(folder.expanduser(), tasks=TaskRunner(qapp))
    window.reload()
    if show:
        window.show()
    return App(qapp=qapp, window=window, ctx=None)


def _quit_on_signals(qapp: QApplication) -> Any:
    """Let Ctrl+C and SIGTERM close the app cleanly (so the demo server stops too)."""
    from PySide6.QtCore import QTimer

    def handler(_signum: int, _frame: object) -> None:
        # exit(), not quit(): Qt 6's quit() asks every window first, and a kiosk says no.
        # main() closes the window and stops the background work afterwards either way.
        qapp.exit(0)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    timer = QTimer()
    timer.start(300)  # Python runs signal handlers only when it gets control
    timer.timeout.connect(lambda: None)
    return timer


def _smoke_test(app: App, *, demo: bool) -> Any:
    """``--smoke-test``: one line on stdout once the first screen is up, then quit (exit 0).

    The first screen is the window's first paint; with ``--demo``, the module list once the
    demo's modules are in it. Gives up with exit status 1 after two minutes.
    """
    from PySide6.QtCore import QTimer

    from desktop.widgets.main_window import MainWindow

    window = app.window
    qapp = app.qapp

    def report() -> bool:
        page, rows = "preview", 0
        if isinstance(window, MainWindow):
            rows = len(window.home.model.module_rows())
            shown = window.pages.currentWidget()
            page = "modules" if shown is window.home else (shown and shown.objectName()) or "?"
            if demo and (page != "modules" or rows == 0):
                return False
        if sys.stdout is not None:  # None in a windowed Windows build
            sys.stdout.write(f"{PROG}: ready page={page} rows={rows}\n")
            sys.stdout.flush()
        qapp.exit(0)  # not quit(): a kiosk window refuses to be closed
        return True

    def give_up() -> None:
        sys.stderr.write(f"{PROG}: smoke test: no first screen within 120 s\n")
        qapp.exit(1)

    def tick() -> None:
        if report():
            poll.stop()

    def first_paint() -> None:
        if not report():
            poll.start(100)

    poll = QTimer()
    poll.timeout.connect(tick)
    if isinstance(window, MainWindow):
        window.ready.connect(first_paint)
    else:
        QTimer.singleShot(0, report)
    QTimer.singleShot(120_000, give_up)
    return poll


def main(argv: Sequence[str] | None = None) -> int:
    verbose = "--verbose" in (sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG
        if os.environ.get("FRAMES_DEBUG")
        else logging.INFO
        if verbose
        else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        app = start(argv)
    except Exception as exc:  # noqa: BLE001 - one line for the person, details with FRAMES_DEBUG
        if os.environ.get("FRAMES_DEBUG"):
            raise
        from desktop.errors import plain_message

        sys.stderr.write(f"{PROG}: {plain_message(exc)}\n")
        return 1
    keep = _quit_on_signals(app.qapp)
    args = build_parser().parse_args(argv)  # already checked by start()
    smoke = _smoke_test(app, demo=args.demo) if args.smoke_test else None
    try:
        status = int(app.qapp.exec())
    finally:
        keep.stop()
        if smoke is not None:
            smoke.stop()
        app.close()
    if status == RESTART_EXIT:  # a new language: the same program and arguments again
        _restart()
    return status


def _restart() -> None:
    """Replace this process with a new start of the app (everything is closed already)."""
    if getattr(sys, "frozen", False):  # the bundle: the program itself
        os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
    os.execv(sys.executable, [sys.executable, "-m", "desktop", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
