"""Take the Phase 2 screenshots under Xvfb: code exercises and guided problems.

    xvfb-run -a -s "-screen 0 1400x1000x24" python docs/screenshots/capture_phase2.py

Runs the demo server in a child process and the real app signed in as the demo student Dev
(Power team): the code exercise failing (the diff) and passing, a hint shown; the guided
problem's conversation with the study buddy and the problem solved; a module list on a
computer without the sandbox; and a folder preview of a game being tried by its author and of
a broken section file. Writes ``phase2-*.png`` next to this file.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from capture import ROOT, SIZE, save, settle, sign_in, wait  # noqa: E402

FIX = "return watts * minutes / 60"


def code_shots(window: object) -> None:
    from desktop.viewer.sections.sandbox import SandboxSectionView

    assert window.open_module("power-budget-in-code")  # type: ignore[attr-defined]
    viewer = window.viewer  # type: ignore[attr-defined]
    viewer.show_section(2)
    view = viewer.views[2]
    assert isinstance(view, SandboxSectionView)
    view.run_button.click()
    wait(lambda: not view.running, timeout=30)
    view.hint_button.click()
    save(window, "phase2-sandbox-fail.png")
    editor = view.tabs.editor("budget.py")
    editor.setPlainText(editor.toPlainText().replace("return 0.0", FIX))
    view.run_button.click()
    wait(lambda: not view.running, timeout=30)
    wait(lambda: 2 in viewer._completed, timeout=10)
    save(window, "phase2-sandbox-pass.png")


def guided_shots(window: object) -> None:
    from desktop.viewer.sections.guided_struggle import GuidedStruggleSectionView

    assert window.open_module("resistor-colour-codes")  # type: ignore[attr-defined]
    viewer = window.viewer  # type: ignore[attr-defined]
    viewer.show_section(2)
    view = viewer.views[2]
    assert isinstance(view, GuidedStruggleSectionView)
    settle(0.5)
    for answer in ("102", "100"):
        view.answer_edit.setText(answer)
        view.check()
        settle(0.2)
    view.chat_edit.setText("what does the third band do?")
    view.send()
    view.chat_edit.setText("just tell me the answer")
    view.send()
    save(window, "phase2-guided-chat.png")
    view.answer_edit.setText("1 kΩ")
    view.check()
    wait(lambda: 2 in viewer._completed, timeout=10)
    save(window, "phase2-guided-solved.png")


def list_without_sandbox(window: object) -> None:
    from sync.client.sandbox._probe import layers

    os.environ["FRAMES_SANDBOX_FORCE_UNAVAILABLE"] = "1"
    layers.cache_clear()
    window.show_home()  # type: ignore[attr-defined]
    window.home.refresh()  # type: ignore[attr-defined]
    home = window.home  # type: ignore[attr-defined]
    wait(lambda: any(r.needs for r in home.model.module_rows()), timeout=10)
    save(window, "phase2-list-needs.png")
    del os.environ["FRAMES_SANDBOX_FORCE_UNAVAILABLE"]
    layers.cache_clear()


def preview_shots(data: Path) -> None:
    from desktop.app import start

    folder = data / "phase2-preview"
    shutil.copytree(ROOT / "server_api" / "demo_content" / "power-budget-in-code", folder)
    (folder / "04-orbit-game.md").write_text(
        "---\ntype: game\ntitle: Orbit quiz\nsection_config:\n  game_type: quiz\n"
        "  time_limit: 60\n  challenges:\n"
        "    - {kind: choice, id: eclipse, prompt: 'Where does eclipse power come from?',"
        " options: [The panels, The battery], correct: 1}\n"
        "---\nA faculty member tries the quiz before publishing it: nothing is recorded.\n",
        encoding="utf-8",
    )
    (folder / "05-broken.md").write_text(
        "---\ntype: sandbox\nsection_config:\n  language: pascal\n  files: []\n---\nOops.\n",
        encoding="utf-8",
    )
    app = start(["--preview", str(folder)])
    window = app.window
    window.resize(*SIZE)
    wait(lambda: window.viewer is not None)
    window.viewer.show_section(4)
    save(window, "phase2-preview-game.png")
    window.viewer.show_section(5)
    save(window, "phase2-preview-broken.png")
    app.close()


def main() -> None:
    from desktop.app import _qapp, start
    from desktop.demo import DemoServer

    with tempfile.TemporaryDirectory(prefix="frames-shots-") as tmp:
        data = Path(tmp)
        server = DemoServer(data / "server")
        server.spawn()
        try:
            url = server.wait_ready()
            _qapp()
            app = start(["--data-dir", str(data / "student"), "--server", url])
            window = app.window
            window.resize(1280, 860)
            settle(0.5)
            sign_in(window, url, "dev@frames.demo")
            settle(0.8)
            save(window, "phase2-module-cards.png")
            code_shots(window)
            guided_shots(window)
            list_without_sandbox(window)
            app.close()
            preview_shots(data)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
