"""Take the Reports area's screenshots under Xvfb, in the real app against a real server.

    xvfb-run -a -s "-screen 0 1400x1000x24" python docs/screenshots/capture_reports.py

Makes a SQLite server database holding a small university with history (the tests'
``tests/desktop/_reports_world.py``: three teams, twelve students, assignments due in the
past and the future, progress, section events, feedback), serves it with ``frames-server
serve`` in a child process, signs the real app in as its faculty member, lets it sync (the
reports come with the sync), and captures: the compliance table (grouped by team), the
per-module view with its charts, a student, feedback with comments, and the assignment
dialog. Writes ``reports-*.png`` and ``assignment-dialog.png`` next to this file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from capture import ROOT, save_screen, settle, wait  # noqa: E402

sys.path.insert(0, str(ROOT))
SIZE = (1280, 800)


def make_database(path: Path) -> tuple[str, object]:
    from sqlalchemy.orm import Session

    from server_api.config import parse_database_url
    from server_api.db import make_engine
    from server_api.migrate import migrate
    from tests.desktop._reports_world import build_world

    url = f"sqlite:///{path}"
    engine = make_engine(parse_database_url(url))
    migrate(engine)
    with Session(engine, expire_on_commit=False) as db:
        world = build_world(db)
    engine.dispose()
    return url, world


def shots(url: str, world: object, data: Path) -> None:
    from desktop.app import start
    from sync.rules.protocol import REPORT_KINDS

    app = start(["--data-dir", str(data / "faculty"), "--server", url])
    window = app.window
    window.resize(*SIZE)
    page = window.sign_in_page
    page.sign_in(server=url, email=world.faculty_email, password=world.password)  # type: ignore[attr-defined]
    wait(lambda: window.pages.currentWidget() is window.home, timeout=120)
    user = app.ctx.user
    wait(lambda: "compliance" in app.ctx.store.report_meta(user.user_id), timeout=120)
    wait(lambda: len(app.ctx.store.report_meta(user.user_id)) == len(REPORT_KINDS), timeout=120)
    window.show_reports()
    reports = window.reports
    reports.group_by_team.setChecked(True)
    settle(0.5)
    save_screen(window, "reports-compliance.png")

    reports.tabs.setCurrentIndex(1)
    reports.module_pick.setCurrentIndex(reports.module_pick.findData("lab-safety"))
    settle(1.0)
    save_screen(window, "reports-module.png")

    reports.tabs.setCurrentIndex(2)
    ana = world.students["Ana Torres"]  # type: ignore[attr-defined]
    reports.student_pick.setCurrentIndex(reports.student_pick.findData(ana))
    settle(0.5)
    save_screen(window, "reports-student.png")

    reports.tabs.setCurrentIndex(3)
    settle(0.5)
    save_screen(window, "reports-feedback.png")

    reports.tabs.setCurrentIndex(0)
    dialog = reports.open_assign_dialog()
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.set_module("esd-handling")
    dialog.team.setCurrentIndex(dialog.team.findData(world.teams["Power"]))  # type: ignore[attr-defined]
    wait(lambda: bool(loaded) and dialog.module.currentData() == "esd-handling", timeout=60)
    settle(0.5)
    save_screen(dialog, "assignment-dialog.png")
    dialog.close()
    app.close()


def main() -> None:
    from desktop.demo import free_port
    from tests.helpers import running_server

    with tempfile.TemporaryDirectory(prefix="frames-report-shots-") as tmp:
        data = Path(tmp)
        url, world = make_database(data / "server.sqlite3")
        port = free_port()
        args = ["serve", "--database-url", url, "--port", str(port), "--log-level", "warning"]
        with running_server(args, port=port, env={"FRAMES_DATA_DIR": str(data / "server")}):
            shots(f"http://127.0.0.1:{port}", world, data)


if __name__ == "__main__":
    main()
