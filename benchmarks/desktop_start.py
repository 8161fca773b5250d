"""How fast the desktop app starts, opens a module, and how much memory it takes.

Builds a warm local store once: a signed-in student with 200 assigned modules (five
sections each, one with 50), some progress, no network (the server address points at a
closed port, so the sync attempt fails fast in the background, as on a train). Then, per
run, a fresh process (offscreen Qt) starts the app and reports:

* ``cold_start_s``: from just before the process is spawned to the module list being
  painted and the event loop idle (interactive);
* ``open_module_ms``: opening the 50-section module and painting its first section, once
  the background start-up (sync engine import, viewer warm-up) is done, as it is by the
  time a person clicks;
* ``peak_rss_mb``: the process's peak resident memory at the end.

Children get compiled bytecode (cached under the temporary folder, as an installed app
has it from pip) even when ``PYTHONDONTWRITEBYTECODE`` is set; one warm-up run fills that
cache and the OS file cache before the measured runs.

    python benchmarks/desktop_start.py [--runs N] [--exe PATH]

The last line of output is JSON: ``{"modules": 200, "cold_start_s": ..., "open_module_ms":
..., "peak_rss_mb": ...}`` (medians over the runs; peak memory is the largest). Targets:
cold start < 1.0 s, open < 100 ms, memory < 150 MB.

``--exe PATH`` times a built program instead, e.g. the bundle's
``dist/frames-lms/frames-desktop`` or an installed ``frames-desktop``: it runs ``PATH
--data-dir DIR --smoke-test``, and the cold start ends when the program prints that the module
list is shown (``frames-desktop: ready page=modules rows=200``); it quits there, so only
``cold_start_s`` is measured (the other two figures are ``null``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from local_store import SectionRecord  # noqa: E402

MODULES = 200
BIG_MODULE = "bench-module-050-sections"
OWNER = "student-bench"

_TEXT = """## {title}

Before you start, read the whole section. **Safety first**: ask a lab manager when in
doubt, and never work alone on live circuits.

- Check the bench is clear.
- Put on goggles and gloves.
- Switch on the fume extractor.

| Step | What to check |
|------|---------------|
| 1    | Power off     |
| 2    | Tools ready   |
"""

_CHECKLIST = """Tick each item when it is true.

- [ ] The bench is clear {{#bench}}
- [ ] Goggles on {{#goggles}}
- [ ] Fume extractor on {{#fumes}}
- [ ] I know where the first-aid kit is (optional)
"""


def _sections(count: int, slug: str) -> list[SectionRecord]:

    sections = []
    for n in range(1, count + 1):
        kind = "checklist" if n % 10 == 0 else ("image" if n % 7 == 0 else "text")
        sha = f"{(n * 7919 + len(slug)) % 16**8:08x}" * 8
        sections.append(
            SectionRecord(
                section_number=n,
                section_type=kind,
                title=f"Part {n} of {slug}",
                content=_CHECKLIST if kind == "checklist" else _TEXT.format(title=f"Part {n}"),
                media_url=f"/v1/media/{sha}/photo.png" if kind == "image" else None,
                media_sha256=sha if kind == "image" else None,
                media_size=120_000 if kind == "image" else None,
            )
        )
    return sections


def build_store(data_dir: Path) -> None:
    from local_store import AssignmentRecord, LocalStore, ModuleRecord

    categories = ["Safety", "Technical", "Orientation", "Electronics", "Software"]
    kinds = ["required", "optional", "recommended"]
    now = datetime.now(UTC).replace(tzinfo=None)
    today = date.today()
    with LocalStore.open(data_dir / "store.sqlite3") as store:
        store.save_user(
            user_id=OWNER,
            role="student",
            display_name="Bench Student",
            server_url="http://127.0.0.1:9",
            token="bench-token",
            email="bench@example.edu",
            university_id="uni-1",
        )
        store.set_current_user(OWNER)
        modules = []
        assignments = []
        for i in range(MODULES):
            slug = BIG_MODULE if i == 50 else f"bench-module-{i:03d}"
            modules.append(
                ModuleRecord(
                    module_id=slug,
                    title=f"Module {i:03d}: {categories[i % 5]} practice",
                    description="A realistic description of what this module teaches.",
                    category=categories[i % 5],
                    tags=("lab", categories[i % 5].lower(), f"team-{i % 4}"),
                    prerequisites=(f"bench-module-{i - 1:03d}",) if i % 9 == 1 else (),
                    estimated_minutes=5 + i % 40,
                    status="published",
                    university_id="uni-1",
                    sections=tuple(_sections(50 if i == 50 else 5, slug)),
                )
            )
            assignments.append(
                AssignmentRecord(
                    module_id=slug,
                    assignment_type=kinds[i % 3],
                    due_date=today + timedelta(days=(i % 30) - 5) if i % 2 == 0 else None,
                )
            )
        store.apply_changes(
            OWNER, modules=modules, assignments=assignments, cursor="bench", synced_at=now
        )
        for i in range(0, MODULES, 3):
            slug = BIG_MODULE if i == 50 else f"bench-module-{i:03d}"
            done = i % 6 == 0
            store.put_progress(
                OWNER,
                slug,
                {
                    "status": "completed" if done else "in_progress",
                    "progress_percent": 100 if done else 40,
                    "started_at": now,
                    "completed_at": now if done else None,
                },
            )


def child(data_dir: str) -> None:
    """One run: start the app, report READY when interactive, then open the big module."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import start

    app = start(["--data-dir", data_dir])
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.widgets.main_window import MainWindow

    window = app.window
    assert isinstance(window, MainWindow)
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    deadline = time.monotonic() + 30
    while not ready and time.monotonic() < deadline:
        QApplication.processEvents()
        if not ready:
            time.sleep(0.001)
    rows = len(window.home.model.module_rows())
    print(f"READY {rows}", flush=True)

    # Let the background start-up finish, as it has by the time someone clicks.
    ctx = app.ctx
    assert ctx is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if (
            ctx.sync is not None
            and ctx.sync.status is not None
            and "desktop.viewer" in sys.modules
            and ctx.tasks.running == 0
        ):
            break
        time.sleep(0.01)
    if os.environ.get("BENCH_DEBUG"):
        print("background done", file=sys.stderr, flush=True)
    time.sleep(0.2)
    QApplication.processEvents()

    painted: list[float] = []
    viewers: list[QObject] = []

    class PaintWatch(QObject):
        """Notes the first paint of any widget inside the viewer's section page."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and not painted
                and viewers
                and isinstance(obj, QWidget)
                and viewers[0].stack.currentWidget().isAncestorOf(obj)  # type: ignore[attr-defined]
            ):
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    qapp = QApplication.instance()
    assert qapp is not None
    t0 = time.perf_counter()
    window.open_module(BIG_MODULE)
    viewer = window.viewer
    viewers.append(viewer)
    qapp.installEventFilter(watch)
    deadline = time.monotonic() + 10
    while not painted and time.monotonic() < deadline:
        QApplication.processEvents()
    open_ms = (painted[0] - t0) * 1000 if painted else float("nan")
    shown = viewer.current_section()

    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps({"open_module_ms": open_ms, "peak_rss_mb": peak_kb / 1024, "section": shown}),
        flush=True,
    )
    app.close()


def run_exe_once(exe: Path, data_dir: Path, pycache: Path) -> dict[str, float | None]:
    """One start of a built ``frames-desktop`` to its module list (``--smoke-test``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--data-dir", str(data_dir), "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    ready_at = None
    line = ""
    for line in proc.stdout:
        if line.startswith("frames-desktop: ready"):
            ready_at = time.perf_counter()
            break
    proc.communicate(timeout=60)
    if ready_at is None or proc.returncode != 0:
        raise RuntimeError(f"{exe} did not report its first screen (exit {proc.returncode})")
    if f"page=modules rows={MODULES}" not in line:
        raise RuntimeError(f"{exe} showed {line.strip()!r}, not the list of {MODULES} modules")
    return {"cold_start_s": ready_at - t0, "open_module_ms": None, "peak_rss_mb": None}


def run_once(data_dir: Path, pycache: Path) -> dict[str, float]:
    # An installed app has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module on every start. Cache it, outside
    # the source tree.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    ready_at = None
    rows = 0
    result: dict[str, float] = {}
    for line in proc.stdout:
        if line.startswith("READY") and ready_at is None:
            ready_at = time.perf_counter()
            rows = int(line.split()[1])
        elif line.startswith("{"):
            result = json.loads(line)
    proc.wait(60)
    if ready_at is None or not result:
        raise RuntimeError(f"the app did not report (exit status {proc.returncode})")
    if rows != MODULES:
        raise RuntimeError(f"the list showed {rows} modules, not {MODULES}")
    return {
        "cold_start_s": ready_at - t0,
        "open_module_ms": float(result["open_module_ms"]),
        "peak_rss_mb": float(result["peak_rss_mb"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--exe", type=Path, metavar="PATH", help="time this frames-desktop program's cold start"
    )
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if args.exe is not None:
        main_exe(args.exe.resolve(), args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="frames-desktop-bench-") as tmp:
        data_dir = Path(tmp)
        build_store(data_dir)
        pycache = data_dir / "pycache"
        run_once(data_dir, pycache)  # warm: bytecode, OS file cache, the store's pages
        runs = [run_once(data_dir, pycache) for _ in range(args.runs)]
    for i, r in enumerate(runs, 1):
        print(
            f"run {i}: cold start {r['cold_start_s']:.3f} s, open {r['open_module_ms']:.1f} ms, "
            f"peak {r['peak_rss_mb']:.1f} MB"
        )
    print(
        json.dumps(
            {
                "modules": MODULES,
                "cold_start_s": round(statistics.median(r["cold_start_s"] for r in runs), 3),
                "open_module_ms": round(statistics.median(r["open_module_ms"] for r in runs), 1),
                "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs), 1),
            }
        )
    )


def main_exe(exe: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="frames-desktop-bench-") as tmp:
        data_dir = Path(tmp)
        build_store(data_dir)
        pycache = data_dir / "pycache"
        run_exe_once(exe, data_dir, pycache)  # warm, as above
        starts = [run_exe_once(exe, data_dir, pycache)["cold_start_s"] for _ in range(runs)]
    for i, s in enumerate(starts, 1):
        print(f"run {i}: cold start {s:.3f} s")
    median = statistics.median(s for s in starts if s is not None)
    print(
        json.dumps(
            {
                "modules": MODULES,
                "exe": str(exe),
                "cold_start_s": round(median, 3),
                "open_module_ms": None,
                "peak_rss_mb": None,
            }
        )
    )


if __name__ == "__main__":
    main()
