"""The ``sandbox`` section: a prompt, a code editor with the starter files, Run, the output.

``section_config`` is a ``SandboxConfig`` (``sync.rules.section_config``). The code runs in
a separate, isolated process (``CodeRunner``, from the session; never in the app's); the UI
stays responsive and Stop ends a run. The output is compared with ``expected_output``
after normalising line endings and trailing spaces (``sync.rules.output_match``); a
mismatch shows a diff of expected against got. Hints unlock one at a time.

Completion: by its criteria (``run_passes`` unless the author wrote others): the fold sees
the ``code_run`` with ``"passed": true`` and the viewer completes the section. Next never
does. Records, beyond what every page records:

``code_run``
    ``{"run": n, "language", "exit_status", "duration_ms", "stopped", "passed"}`` per run;
    ``passed``: the output matched (or, with no ``expected_output``, the program exited 0).
``retry``
    ``{"after": "code_run"}`` before a run that follows a run that did not pass.
``error_encountered``
    ``{"error_type", "line"}`` when a run ends in an error (a traceback, a compile error, a
    limit).
``code_change``
    ``{"file", "length", "lines"}`` once per burst of editing (``input_burst_seconds``
    apart), never the text.
``code_saved``
    ``{"files": {name: text}}`` on each Run and when the page is left with unsaved edits: the
    student's latest code, which follows them to other devices (the newest one wins). Code
    too large for one event (``MAX_SAVED_CODE_BYTES``) is kept in the editor only.
``hint_used``
    ``{"hint_index": i, "level": "hint", "source": "asked"}`` per hint unlocked.
"""

from __future__ import annotations

import json
from typing import Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.a11y import announce
from desktop.i18n import translate
from desktop.viewer._session import (
    CodeRunner,
    CodeSource,
    RunOutcome,
    ViewerSession,
    ViewerTiming,
    ms,
)
from desktop.viewer._widgets import MarkdownLabel, em, set_muted
from desktop.viewer.sections.base import SectionType, SectionView
from desktop.widgets.code_editor import CodeTabs, OutputPane
from local_store.records import SectionRecord
from sync.rules.output_match import output_matches
from sync.rules.section_config import SandboxConfig

__all__ = ["MAX_SAVED_CODE_BYTES", "SECTION_TYPE", "SandboxSectionView"]

MAX_SAVED_CODE_BYTES: Final = 30_000
"""Code larger than this (as JSON, UTF-8) is not saved as an event (an event's data is at
most 32 KB, ``local_store.MAX_EVENT_DATA_BYTES``)."""


class SandboxSectionView(SectionView):
    """Prompt, editor, Run/Stop/Reset/Hint, output (see the module docstring)."""

    criteria_aware = True

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        self.config: SandboxConfig | None = None
        self.runner: CodeRunner | None = None
        self.runs = 0
        self.hints_shown = 0
        self.running = False
        self._last_passed: bool | None = None
        self._dirty_save = False
        self._typing_file: str | None = None
        source = session if isinstance(session, CodeSource) else None
        unit = em(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(unit, unit // 2, unit, unit // 2)
        layout.setSpacing(unit // 2)
        self.prompt = MarkdownLabel(section.content, self)
        self.prompt.link_activated.connect(self.link_activated)
        layout.addWidget(self.prompt)
        config, error = self.read_config(SandboxConfig)
        if config is None:
            self.card = self.config_problem_card("exercise", error, self)
            layout.addWidget(self.card)
            layout.addStretch(1)
            return
        self.config = config
        if source is not None:
            self.runner = source.code_runner()
            counts = source.section_counts(section.section_number)
            self.runs = counts.get("code_run", 0)
            self.hints_shown = min(counts.get("hint_used", 0), len(config.hints))
            saved = source.saved_code(section.section_number)
        else:
            saved = None

        self.tabs = CodeTabs(self)
        self._starter = {f.name: f.content for f in config.files}
        read_only = [f.name for f in config.files if f.read_only]
        files = dict(self._starter)
        if saved:
            files.update((k, v) for k, v in saved.items() if k in files and k not in read_only)
        self.tabs.set_files(files, read_only=read_only)
        self.tabs.show_file(config.main_file.name)
        self.tabs.changed.connect(self._on_edit)

        buttons = QHBoxLayout()
        self.run_button = theme.make_primary(
            QPushButton(translate("SandboxSectionView", "Run"), self)
        )
        self.run_button.setToolTip(translate("SandboxSectionView", "Run your code (Ctrl+Enter)"))
        self.run_button.clicked.connect(self.run)
        self.stop_button = QPushButton(translate("SandboxSectionView", "Stop"), self)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.reset_button = QPushButton(translate("SandboxSectionView", "Reset code"), self)
        self.reset_button.setToolTip(
            translate("SandboxSectionView", "Put the starter code back (Ctrl+Z undoes it)")
        )
        self.reset_button.clicked.connect(self.reset)
        self.hint_button = QPushButton(self)
        self.hint_button.clicked.connect(self.show_hint)
        for button in (self.run_button, self.stop_button, self.reset_button, self.hint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.attempts = QLabel(self)
        self.attempts.setAccessibleDescription(translate("SandboxSectionView", "Runs and hints"))
        set_muted(self.attempts)
        buttons.addWidget(self.attempts)

        self.hints_label = MarkdownLabel("", self)
        self.hints_label.setAccessibleName(translate("SandboxSectionView", "Hints"))
        self.hints_label.setVisible(False)
        self.output = OutputPane(self)
        self.unavailable_label = QLabel(self)
        self.unavailable_label.setWordWrap(True)
        theme.set_role(self.unavailable_label, theme.caution(self.palette()))
        self.unavailable_label.setVisible(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        editor_box = QWidget(splitter)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.tabs)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.unavailable_label)
        editor_layout.addWidget(self.hints_label)
        splitter.addWidget(editor_box)
        splitter.addWidget(self.output)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(ms(timing.input_burst_seconds))
        self._typing.timeout.connect(self._flush_typing)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(translate("SandboxSectionView", "Run the code exercise"))
        shortcut.activated.connect(self.run)
        self.setFocusProxy(self.tabs.editor(config.main_file.name))
        self._refresh()

    # -- what the viewer asks -------------------------------------------------------------

    def hint(self, complete: bool) -> str:
        if complete:
            return translate("SandboxSectionView", "Section complete.")
        if self.config is None:
            return self.config_problem_hint("exercise")
        return self.criteria_hint()

    def deactivate(self) -> None:
        self._flush_typing()
        self._save_code()
        super().deactivate()

    def shutdown(self) -> None:
        if self.running and self.runner is not None:
            self.runner.cancel()
        super().shutdown()

    # -- actions --------------------------------------------------------------------------

    def run(self) -> None:
        """Run the code (no-op while a run is going or where code cannot run)."""
        config = self.config
        if config is None or self.running or not config.runnable:
            return
        problem = self._unavailable()
        if problem is not None:
            self.output.clear()
            self.unavailable_label.setText(problem)
            self.unavailable_label.setVisible(True)
            announce(self, problem, assertive=True)
            return
        assert self.runner is not None
        self._flush_typing()
        if self._last_passed is False:
            self.record_requested.emit("retry", {"after": "code_run"})
        self._save_code(force=True)
        self.running = True
        self._refresh()
        self.output.clear()
        announce(self, translate("SandboxSectionView", "Running…"))
        self.runner.run(
            language=config.language,
            files=self.tabs.files(),
            main=config.main_file.name,
            stdin=config.stdin,
            seconds=config.time_limit_seconds,
            on_done=self._on_done,
        )

    def stop(self) -> None:
        if self.running and self.runner is not None:
            self.runner.cancel()

    def reset(self) -> None:
        """The starter code again, in every file (each editor's undo brings it back)."""
        for name, text in self._starter.items():
            editor = self.tabs.editor(name)
            if editor.toPlainText() != text:
                cursor = editor.textCursor()
                cursor.beginEditBlock()
                cursor.select(cursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.endEditBlock()

    def show_hint(self) -> None:
        config = self.config
        if config is None or self.hints_shown >= len(config.hints):
            return
        index = self.hints_shown
        self.hints_shown += 1
        self.record_requested.emit(
            "hint_used", {"hint_index": index, "level": "hint", "source": "asked"}
        )
        self._refresh()
        announce(
            self,
            translate("SandboxSectionView", "Hint {i}: {hint}").format(
                i=index + 1, hint=config.hints[index]
            ),
        )

    # -- results --------------------------------------------------------------------------

    def _on_done(self, outcome: RunOutcome) -> None:
        config = self.config
        self.running = False
        if config is None:
            return
        if outcome.problem is not None:
            self.unavailable_label.setText(outcome.problem)
            self.unavailable_label.setVisible(True)
            self._refresh()
            announce(self, outcome.problem, assertive=True)
            return
        self.runs += 1
        expected = config.expected_output
        ok = outcome.stopped is None and outcome.exit_status == 0
        passed = ok and (expected is None or output_matches(expected, outcome.stdout))
        self._last_passed = passed
        self.output.show_run(
            stdout=outcome.stdout,
            stderr=outcome.stderr,
            exit_code=outcome.exit_status if outcome.exit_status is not None else -1,
            elapsed_ms=outcome.duration_ms,
            timed_out=outcome.stopped == "time",
            time_limit_s=config.time_limit_seconds,
            cut_at_bytes=64 * 1024 if outcome.truncated else None,
            expected=expected if outcome.stopped is None else None,
        )
        self.record_requested.emit(
            "code_run",
            {
                "run": self.runs,
                "language": config.language,
                "exit_status": outcome.exit_status,
                "duration_ms": outcome.duration_ms,
                "stopped": outcome.stopped,
                "passed": passed,
            },
        )
        error_type = outcome.error_type or (
            {"time": "Timeout", "memory": "MemoryLimit", "output": "OutputLimit"}.get(
                outcome.stopped or ""
            )
        )
        if error_type is not None and outcome.stopped != "cancelled":
            self.record_requested.emit(
                "error_encountered", {"error_type": error_type[:100], "line": outcome.error_line}
            )
        if passed:
            self.complete_requested.emit("criteria")
        self._refresh()
        verdict = (
            translate("SandboxSectionView", "Run passed.")
            if passed
            else translate("SandboxSectionView", "Run did not pass.")
        )
        announce(self, f"{verdict} {self.output.status.text()}", assertive=not passed)

    # -- editing --------------------------------------------------------------------------

    def _on_edit(self) -> None:
        self._dirty_save = True
        self._typing_file = self.tabs.current_name()
        self._typing.start()

    def _flush_typing(self) -> None:
        if not hasattr(self, "_typing"):
            return
        self._typing.stop()
        name = self._typing_file
        if name is None:
            return
        self._typing_file = None
        text = self.tabs.files().get(name, "")
        self.record_requested.emit(
            "code_change", {"file": name, "length": len(text), "lines": text.count("\n") + 1}
        )

    def _save_code(self, *, force: bool = False) -> None:
        if self.config is None or not (self._dirty_save or force):
            return
        files = {n: t for n, t in self.tabs.files().items() if not self.tabs.is_read_only(n)}
        self._dirty_save = False
        size = len(json.dumps({"files": files}, ensure_ascii=False).encode("utf-8"))
        if size > MAX_SAVED_CODE_BYTES:
            return  # kept in the editor; too large to travel as an event
        self.record_requested.emit("code_saved", {"files": files})

    # -- state ----------------------------------------------------------------------------

    def _unavailable(self) -> str | None:
        config = self.config
        if config is None:
            return None
        if self.runner is None:
            return translate(
                "SandboxSectionView", "Code cannot run here (this preview has no sandbox)."
            )
        return self.runner.unavailable(config.language)

    def _refresh(self) -> None:
        config = self.config
        if config is None:
            return
        problem = self._unavailable() if config.runnable else None
        self.unavailable_label.setText(problem or "")
        self.unavailable_label.setVisible(problem is not None)
        self.run_button.setVisible(config.runnable)
        self.stop_button.setVisible(config.runnable)
        self.run_button.setEnabled(not self.running and problem is None)
        self.run_button.setText(
            translate("SandboxSectionView", "Running…")
            if self.running
            else translate("SandboxSectionView", "Run")
        )
        self.stop_button.setEnabled(self.running)
        total = len(config.hints)
        self.hint_button.setVisible(total > 0)
        self.hint_button.setEnabled(self.hints_shown < total)
        self.hint_button.setText(
            translate("SandboxSectionView", "Hint ({i} of {n})").format(
                i=self.hints_shown + 1, n=total
            )
            if self.hints_shown < total
            else translate("SandboxSectionView", "No more hints")
        )
        shown = config.hints[: self.hints_shown]
        self.hints_label.setVisible(bool(shown))
        self.hints_label.set_markdown(
            "\n\n".join(
                translate("SandboxSectionView", "**Hint {i}.** {hint}").format(i=i + 1, hint=text)
                for i, text in enumerate(shown)
            )
        )
        parts = [translate("SandboxSectionView", "%n run(s)", n=self.runs)]
        if total:
            parts.append(
                translate("SandboxSectionView", "{used} of {total} hints used").format(
                    used=self.hints_shown, total=total
                )
            )
        self.attempts.setText(" · ".join(parts))
        self.state_changed.emit()


SECTION_TYPE = SectionType(
    "sandbox",
    "Code exercise",
    SandboxSectionView,
    records=frozenset(
        {"code_run", "retry", "error_encountered", "code_change", "code_saved", "hint_used"}
    ),
    glyph="⌨",
)
