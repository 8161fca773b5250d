"""``frames-desktop --preview DIR``: from disk, no account, reloads as files change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.ops.preview import content_error_text, load_preview, watch_paths
from desktop.ops.session import FolderPreviewSession
from desktop.viewer.sections.unsupported import BrokenSectionView
from sync.rules.content_folder import ContentError
from tests.desktop._builders import write_module_folder

pytestmark = pytest.mark.qt

DEMO_MODULE = Path(__file__).resolve().parents[2] / "server_api" / "demo_content" / "lab-safety-101"


def test_a_folder_becomes_what_the_server_would_send() -> None:
    preview = load_preview(DEMO_MODULE)
    module = preview.module
    assert module.module_id == "lab-safety-101"
    assert [s.section_type for s in module.sections] == [
        "text",
        "image",
        "video",
        "text",
        "checklist",
    ]
    image = module.sections[1]
    assert image.media_url == f"/v1/media/{image.media_sha256}/ppe-station.png"
    assert preview.media_files[2].name == "ppe-station.png"
    session = FolderPreviewSession(module, preview.media_files)
    assert session.preview
    assert session.media_path(image) == preview.media_files[2]
    assert session.media_path(module.sections[0]) is None
    session.record("section_view", section_number=1)  # records nothing, and says nothing
    assert session.derived().progress.status == "not_started"


def test_content_errors_name_file_and_line() -> None:
    exc = ContentError("unknown key 'tittle' (did you mean 'title'?)", file="m/01-a.md", line=3)
    assert (
        content_error_text(exc) == "m/01-a.md, line 3: unknown key 'tittle' (did you mean 'title'?)"
    )


def test_watch_paths_cover_the_folder_its_subfolders_and_files(tmp_path: Path) -> None:
    folder = write_module_folder(tmp_path)
    (folder / "media").mkdir()
    (folder / "media" / "a.png").write_bytes(b"x")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("x")
    dirs, files = watch_paths(folder)
    assert dirs == [str(folder), str(folder / "media")]
    assert sorted(Path(f).name for f in files) == [
        "01-intro.md",
        "02-check.md",
        "a.png",
        "module.yaml",
    ]


@pytest.fixture
def preview_window(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from desktop.tasks import TaskRunner
    from desktop.widgets.preview_window import PreviewWindow

    tasks = TaskRunner()
    window = PreviewWindow(write_module_folder(tmp_path), tasks=tasks, debounce_ms=50)
    qtbot.addWidget(window)
    yield window
    window.shutdown()
    tasks.shutdown(wait=True)


def test_preview_reloads_on_change_and_shows_errors_in_plain_words(
    preview_window: Any, qtbot: Any
) -> None:
    window = preview_window
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.reload()
    window.show()
    viewer = window.viewer
    assert viewer.preview and viewer.module.title == "Preview Module"
    assert viewer.section_title.text() == "Welcome"
    viewer.show_section(2)

    # Edit a section: the preview follows, on the same section.
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        (window.folder / "02-check.md").write_text(
            "---\ntype: checklist\ntitle: Before you solder\n---\n- [ ] Goggles on\n",
            encoding="utf-8",
        )
    assert window.viewer is not viewer
    assert window.viewer.current_section() == 2
    assert window.viewer.section_title.text() == "Before you solder"

    # A mistake in a section file: shown in its place with its file and line; the other
    # sections still work.
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        (window.folder / "01-intro.md").write_text(
            "---\ntype: text\ntittle: Welcome\n---\nHello.\n", encoding="utf-8"
        )
    assert window.error.isVisible() and "01-intro.md, line 3" in window.error.text()
    assert "1 section file: 1 problem" in window.error.text()
    broken = window.viewer.views[1]
    assert isinstance(broken, BrokenSectionView)
    assert broken.card.heading() == "This section file has a problem"
    assert "preview-module/01-intro.md:3: unknown key 'tittle'" in broken.card.text()
    window.viewer.show_section(2)
    assert window.viewer.section_title.text() == "Before you solder"

    # A mistake in module.yaml: nothing can be shown from it; the last good version stays.
    module_yaml = window.folder / "module.yaml"
    good = module_yaml.read_text(encoding="utf-8")
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        module_yaml.write_text(good + "colour: blue\n", encoding="utf-8")
    assert failed.args[0].startswith("preview-module/module.yaml, line ")
    assert "unknown key 'colour'" in failed.args[0]
    assert window.viewer is not None
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        module_yaml.write_text(good, encoding="utf-8")

    # Fixed, and a new section file added: both picked up.
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        (window.folder / "01-intro.md").write_text(
            "---\ntype: text\ntitle: Welcome back\n---\nHello.\n", encoding="utf-8"
        )
    assert not window.error.isVisible()
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        (window.folder / "03-more.md").write_text("---\ntype: text\n---\nMore.\n", encoding="utf-8")
    assert len(window.viewer.module.sections) == 3


def test_app_preview_mode_needs_no_store_or_account(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    from desktop.app import start

    app = start(["--preview", str(DEMO_MODULE)], show=False)
    try:
        assert app.ctx is None
        qtbot.waitUntil(lambda: app.window.viewer is not None, timeout=10_000)
        assert app.window.viewer.preview
        assert len(app.window.viewer.module.sections) == 5
    finally:
        app.close()


def test_broken_folder_at_start_is_a_message_not_a_crash(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    from desktop.app import start
    from desktop.widgets.preview_window import PreviewWindow

    app = start(["--preview", str(tmp_path / "missing")], show=False)
    window = app.window
    assert isinstance(window, PreviewWindow)
    try:
        qtbot.waitUntil(lambda: window.error_text != "", timeout=10_000)
        assert window.viewer is None
        assert "not a folder" in window.error_text
    finally:
        app.close()


def test_the_preview_window_has_a_file_menu_and_can_be_closed(
    preview_window: Any, qtbot: Any
) -> None:
    """Not a window without a way out: File > Reload, Close (Ctrl+W), Quit (Ctrl+Q), and a
    close button at the bottom."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    window = preview_window
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.reload()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File"]
    items = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert items == ["&Reload", "&Close", "&Quit"]
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()
    assert window.close_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.viewer is None  # closed: the viewer was shut down

    window.show()
    qtbot.waitExposed(window)
    assert window.close_button.isVisible() and window.close_button.text() == "Close preview"
    qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_preview_names_images_without_alt_text(preview_window: Any, qtbot: Any) -> None:
    window = preview_window
    (window.folder / "01-intro.md").write_text(
        "---\ntype: text\ntitle: Welcome\n---\nHello.\n\n![](bench.png)\n", encoding="utf-8"
    )
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.reload()
    window.show()
    assert window.error.isVisible()
    assert "To mend" in window.error.text()
    assert window.error_text == "preview-module/01-intro.md:7: image bench.png has no alt text"
    assert window.viewer.section_title.text() == "Welcome"  # the module works as it is
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        (window.folder / "01-intro.md").write_text(
            "---\ntype: text\ntitle: Welcome\n---\nHello.\n\n![A bench](bench.png)\n",
            encoding="utf-8",
        )
    assert not window.error.isVisible() and window.error_text == ""
