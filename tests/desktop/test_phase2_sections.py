"""Phase 2 sections driven through the real viewer over a real local store: the code exercise
with the real OS sandbox (write code, run it, fail, take a hint, pass, complete; limits,
isolation, saved code, what a computer without a sandbox says), a time criterion, the guided
problem and the interactive picture, each also after a restart."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ops.components import SANDBOX_UNISOLATED_SETTING, components_of
from desktop.ops.modules import load_rows
from desktop.ops.preview import to_record
from desktop.ops.sandbox import SandboxRunner
from desktop.ops.session import LearningSession
from desktop.viewer import ModuleViewer, ViewerTiming
from desktop.viewer.sections.sandbox import SandboxSectionView
from local_store import LocalStore, ModuleRecord, SectionRecord
from sync.client.sandbox import isolation
from sync.client.sandbox._probe import layers
from sync.rules.content_folder import load_module_folder
from tests.local_store._helpers import NOW, add_user

pytestmark = pytest.mark.qt

DEMO = Path(__file__).resolve().parents[2] / "server_api" / "demo_content"
OWNER = "s1"

WRONG = "return watts * minutes"
RIGHT = "return watts * minutes / 60"


class _NoMedia:
    def path(self, section: SectionRecord) -> Path | None:
        return None

    def message(self, section: SectionRecord) -> str:
        return ""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    with LocalStore.open(tmp_path / "data" / "frames.db") as s:
        add_user(s, OWNER)
        yield s


def mirror(store: LocalStore, module: ModuleRecord) -> ModuleRecord:
    store.apply_changes(OWNER, modules=[module], cursor="c1", synced_at=NOW)
    found = store.get_module(OWNER, module.module_id)
    assert found is not None
    return found


def demo_module() -> ModuleRecord:
    return to_record(load_module_folder(DEMO / "power-budget-in-code")).module


def exercise(code: str, *, seconds: float = 5.0, expected: str | None = "42\n") -> ModuleRecord:
    config: dict[str, Any] = {
        "language": "python",
        "files": [{"name": "main.py", "content": code}],
        "time_limit_seconds": seconds,
    }
    if expected is not None:
        config["expected_output"] = expected
    return ModuleRecord(
        module_id="sandbox-drill",
        title="Sandbox drill",
        required_components=("code-sandbox",),
        sections=(
            SectionRecord(
                section_number=1,
                section_type="sandbox",
                content="Print 42.",
                section_config=config,
            ),
        ),
    )


def open_module(
    qtbot: QtBot, store: LocalStore, module: ModuleRecord, *, read_seconds: float = 3600
) -> ModuleViewer:
    session = LearningSession(
        store=store,
        owner=OWNER,
        module=mirror(store, module),
        session_id="sess-1",
        device_type="desktop",
        preview=False,
        media=_NoMedia(),
    )
    viewer = ModuleViewer(session.module, session, timing=ViewerTiming(read_seconds=read_seconds))
    qtbot.addWidget(viewer)
    viewer.resize(1100, 800)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def page(viewer: ModuleViewer, number: int) -> SandboxSectionView:
    viewer.show_section(number)
    view = viewer.views[number]
    assert isinstance(view, SandboxSectionView)
    return view


def set_code(view: SandboxSectionView, name: str, text: str) -> None:
    view.tabs.editor(name).setPlainText(text)


def run(qtbot: QtBot, view: SandboxSectionView, timeout: int = 15_000) -> None:
    assert view.run_button.isEnabled(), view.unavailable_label.text()
    view.run_button.click()
    assert view.running
    qtbot.waitUntil(lambda: not view.running, timeout=timeout)


def events(store: LocalStore, slug: str, kind: str) -> list[Any]:
    return [e for e in store.events_for(OWNER, slug) if e.event_type == kind]


def test_write_run_fail_hint_pass_and_complete(qtbot: QtBot, store: LocalStore) -> None:
    viewer = open_module(qtbot, store, demo_module())
    view = page(viewer, 2)
    slug = "power-budget-in-code"
    starter = view.tabs.files()["budget.py"]
    assert "return 0.0" in starter

    # The starter code runs but prints zeros: a mismatch, with a diff of expected vs got.
    run(qtbot, view)
    [first] = events(store, slug, "code_run")
    assert first.event_data["passed"] is False and first.event_data["exit_status"] == 0
    assert view.output.diff_lines(), "a mismatch shows a diff"
    assert "1 run" in view.attempts.text()

    # Next does not complete it; nothing but a passing run does.
    viewer.next_button.click()
    viewer.show_section(2)
    assert 2 not in viewer.session.derived().completed_sections
    assert "Still needed: Run your code until the output matches" in viewer.hint_label.text()

    # A hint, then a wrong fix: still no pass; the retry is counted.
    view.hint_button.click()
    assert events(store, slug, "hint_used")[0].event_data["hint_index"] == 0
    assert "Hint 1." in view.hints_label.text()
    set_code(view, "budget.py", starter.replace("return 0.0", WRONG))
    run(qtbot, view)
    assert len(events(store, slug, "retry")) == 1
    assert not events(store, slug, "section_complete")

    # The right fix passes and completes the section at once.
    set_code(view, "budget.py", starter.replace("return 0.0", RIGHT))
    run(qtbot, view)
    assert events(store, slug, "code_run")[-1].event_data["passed"] is True
    qtbot.waitUntil(lambda: bool(events(store, slug, "section_complete")), timeout=3000)
    [done] = events(store, slug, "section_complete")
    assert done.section_number == 2 and done.event_data == {"reason": "criteria"}
    assert 2 in viewer.session.derived().completed_sections
    progress = viewer.session.derived().progress
    assert progress.hint_count == 1 and progress.retry_count == 2  # runs 2 and 3
    # The code is saved and comes back in a new viewer (a restart).
    viewer.shutdown()
    again = page(open_module(qtbot, store, demo_module()), 2)
    assert RIGHT in again.tabs.files()["budget.py"]
    assert "3 runs" in again.attempts.text()
    assert "1 of 2 hints used" in again.attempts.text()


def test_a_runaway_loop_is_stopped_and_the_app_stays_responsive(
    qtbot: QtBot, store: LocalStore
) -> None:
    viewer = open_module(qtbot, store, exercise("while True:\n    pass\n", seconds=1.0))
    view = page(viewer, 1)
    view.run_button.click()
    ticks: list[int] = []

    def finished() -> bool:
        ticks.append(1)  # each call is a turn of the event loop
        return not view.running

    qtbot.waitUntil(finished, timeout=10_000)
    assert len(ticks) > 3, "the event loop kept running while the code ran"
    [ran] = events(store, "sandbox-drill", "code_run")
    assert ran.event_data["stopped"] == "time" and ran.event_data["passed"] is False
    [error] = events(store, "sandbox-drill", "error_encountered")
    assert error.event_data["error_type"] == "Timeout"
    assert "longer than 1 s" in view.output.status.text()


def test_a_huge_allocation_is_stopped(qtbot: QtBot, store: LocalStore) -> None:
    viewer = open_module(qtbot, store, exercise("block = bytearray(1024 ** 3)\nprint(42)\n"))
    view = page(viewer, 1)
    run(qtbot, view)
    [ran] = events(store, "sandbox-drill", "code_run")
    assert ran.event_data["passed"] is False
    [error] = events(store, "sandbox-drill", "error_encountered")
    assert error.event_data["error_type"] in ("MemoryError", "MemoryLimit")


def test_code_cannot_read_the_store_reach_the_network_or_leave_its_folder(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.settimeout(0.2)
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    probe = f"""
import socket
for what, attempt in [
    ("store", lambda: open({str(store.path)!r}, "rb").read(16)),
    ("outside", lambda: open({str(outside)!r}).read()),
    ("write", lambda: open({str(tmp_path / "planted.txt")!r}, "w").write("x")),
    ("network", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2)),
]:
    try:
        attempt()
        print(what, "OPEN")
    except OSError as exc:
        print(what, "blocked", type(exc).__name__)
"""
    viewer = open_module(qtbot, store, exercise(probe, expected=None))
    view = page(viewer, 1)
    run(qtbot, view)
    out = view.output.output.toPlainText()
    for what in ("store", "outside", "write", "network"):
        assert f"{what} blocked" in out, out
    assert not (tmp_path / "planted.txt").exists()
    with pytest.raises(TimeoutError):
        listener.accept()
    listener.close()


def test_without_a_sandbox_code_does_not_run_unless_staff_allow_it(
    qtbot: QtBot, store: LocalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMES_SANDBOX_FORCE_UNAVAILABLE", "1")
    layers.cache_clear()
    try:
        assert not isolation().available
        module = exercise("print(42)\n")
        mirror(store, module)
        [row] = load_rows(store, owner=OWNER, role="student", today=NOW.date())
        assert row.needs == "Needs the code sandbox, which is not available on this computer"
        viewer = open_module(qtbot, store, module)
        view = page(viewer, 1)
        assert not view.run_button.isEnabled()
        assert "Code cannot run on this computer" in view.unavailable_label.text()
        assert "--allow-unisolated yes" in view.unavailable_label.text()
        viewer.shutdown()

        store.set_setting(SANDBOX_UNISOLATED_SETTING, True)
        assert components_of(store).has("code-sandbox")
        view = page(open_module(qtbot, store, module), 1)
        run(qtbot, view)
        assert events(store, "sandbox-drill", "code_run")[-1].event_data["passed"] is True
    finally:
        monkeypatch.delenv("FRAMES_SANDBOX_FORCE_UNAVAILABLE")
        layers.cache_clear()


def test_stop_cancels_a_run(qtbot: QtBot, store: LocalStore) -> None:
    viewer = open_module(qtbot, store, exercise("import time\ntime.sleep(30)\n", seconds=30))
    view = page(viewer, 1)
    view.run_button.click()
    qtbot.waitUntil(view.stop_button.isEnabled, timeout=2000)
    view.stop_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=5000)
    [ran] = events(store, "sandbox-drill", "code_run")
    assert ran.event_data["stopped"] == "cancelled"
    assert not events(store, "sandbox-drill", "error_encountered")


def test_the_runner_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = SandboxRunner(None)
    assert runner.unavailable("python") is None
    assert runner.unavailable("cobol") == "This version of FRAMES cannot run cobol code."
    monkeypatch.setenv("PATH", os.devnull)
    # The compiler is looked up on PATH at the time of asking.
    assert "C code cannot run on this computer" in (runner.unavailable("c") or "")


def test_a_time_criterion_completes_the_moment_it_is_met(qtbot: QtBot, store: LocalStore) -> None:
    """The issue's text section: read for 2.4 s it is not complete; it completes when its
    criterion's seconds have passed, not on reading and not on Next."""
    module = ModuleRecord(
        module_id="timed",
        title="Timed reading",
        sections=(
            SectionRecord(
                section_number=1,
                section_type="text",
                content="Read this carefully.",
                completion_criteria={"type": "time", "value": 2},
            ),
            SectionRecord(section_number=2, section_type="text", content="Done."),
        ),
    )
    viewer = open_module(qtbot, store, module, read_seconds=0.2)
    qtbot.wait(500)  # read_seconds passed: a plain text section would be complete by now
    assert not events(store, "timed", "section_complete")
    assert viewer.hint_label.text().startswith("Still needed: ")
    qtbot.waitUntil(lambda: bool(events(store, "timed", "section_complete")), timeout=5000)
    [done] = events(store, "timed", "section_complete")
    assert done.event_data == {"reason": "criteria"}
    assert 1 in viewer.session.derived().completed_sections


def test_the_guided_problem_through_the_viewer(qtbot: QtBot, store: LocalStore) -> None:
    from desktop.viewer.sections.guided_struggle import GuidedStruggleSectionView

    module = to_record(load_module_folder(DEMO / "resistor-colour-codes")).module
    viewer = open_module(qtbot, store, module)
    viewer.show_section(2)
    view = viewer.views[2]
    assert isinstance(view, GuidedStruggleSectionView)
    assert view.answer_edit is not None
    viewer.next_button.click()  # Next does not solve it
    viewer.show_section(2)
    for wrong in ("102", "100"):
        view.answer_edit.setText(wrong)
        view.check()
    assert not events(store, "resistor-colour-codes", "section_complete")
    view.answer_edit.setText("1 kΩ")
    view.check()
    qtbot.waitUntil(
        lambda: bool(events(store, "resistor-colour-codes", "section_complete")), timeout=3000
    )
    progress = viewer.session.derived().progress
    assert (progress.retry_count, progress.hint_count) == (2, 1)
    # Opened again (a restart): solved, with its counts.
    viewer.shutdown()
    again = open_module(qtbot, store, module).views[2]
    assert isinstance(again, GuidedStruggleSectionView) and again.solved


class _DemoMedia:
    """The demo module's own files, as the media cache would hold them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, section: SectionRecord) -> Path | None:
        name = (section.media_url or "").rsplit("/", 1)[-1]
        found = self.folder / "media" / name
        return found if name and found.is_file() else None

    def message(self, section: SectionRecord) -> str:
        return "not downloaded"


def test_the_hazard_hunt_through_the_viewer_and_after_a_restart(
    qtbot: QtBot, store: LocalStore
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from desktop.viewer.sections.interactive import InteractiveSectionView

    folder = DEMO / "lab-hazard-hunt"
    module = mirror(store, to_record(load_module_folder(folder)).module)

    def open_hunt() -> tuple[ModuleViewer, InteractiveSectionView]:
        session = LearningSession(
            store=store,
            owner=OWNER,
            module=module,
            session_id="sess-1",
            device_type="desktop",
            preview=False,
            media=_DemoMedia(folder),
        )
        viewer = ModuleViewer(module, session, timing=ViewerTiming(read_seconds=3600))
        qtbot.addWidget(viewer)
        viewer.resize(1280, 860)
        viewer.show()
        qtbot.waitExposed(viewer)
        viewer.show_section(2)
        view = viewer.views[2]
        assert isinstance(view, InteractiveSectionView)
        qtbot.waitUntil(lambda: view.scene.image is not None, timeout=5000)
        return viewer, view

    def tap(view: InteractiveSectionView, x: float, y: float) -> None:
        at: QPoint = view.scene.image_to_widget(x, y).toPoint()
        QTest.mouseClick(view.scene, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)

    viewer, view = open_hunt()
    viewer.next_button.click()  # Next does not do the tasks
    viewer.show_section(2)
    for x, y in [(550, 425), (770, 430), (1080, 565)]:  # the iron, the cup, the cable
        tap(view, x, y)
    assert not events(store, "lab-hazard-hunt", "task_complete")
    viewer.shutdown()

    # A restart: the three hazards found so far are still found.
    viewer, view = open_hunt()
    qtbot.waitUntil(lambda: view.task_buttons["find-hazards"].status == "3 of 4 found")
    tap(view, 1400, 865)  # the extinguisher on the floor
    view.chips["put-back"]["extinguisher-item"].click()
    tap(view, 1420, 330)  # its mount
    for item, (x, y) in {
        "label-eyewash": (930, 195),
        "label-strip": (900, 443),
        "label-station": (330, 405),
    }.items():
        view.chips["name-the-equipment"][item].click()
        tap(view, x, y)
    qtbot.waitUntil(lambda: bool(events(store, "lab-hazard-hunt", "section_complete")))
    done = [e.event_data["task"] for e in events(store, "lab-hazard-hunt", "task_complete")]
    assert sorted(done) == ["find-hazards", "name-the-equipment", "put-back"]
    assert 2 in viewer.session.derived().completed_sections


def test_a_broken_exercise_says_so_and_never_completes(qtbot: QtBot, store: LocalStore) -> None:
    module = ModuleRecord(
        module_id="broken-code",
        title="Broken",
        sections=(
            SectionRecord(
                section_number=1,
                section_type="sandbox",
                content="Print 42.",
                section_config={"language": "cobol", "files": []},
            ),
        ),
    )
    viewer = open_module(qtbot, store, module)
    view = page(viewer, 1)
    assert view.card.heading() == "This exercise could not be shown"
    assert "language: Input should be 'python' or 'c'" in view.card.text()
    assert viewer.hint_label.text() == "This exercise cannot be shown; tell the module's author."
    viewer.next_button.click()
    assert not events(store, "broken-code", "section_complete")
