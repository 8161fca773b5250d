"""The desktop bundle as students get it: built by PyInstaller, run from its folder.

One build (several minutes) serves every test here: they share an xdist group, and a lock
in pytest's shared temporary folder keeps a second worker from building again. Deselect
them locally with ``-m "not bundle"``; under ``CI=true`` they run, and a machine that cannot
build or run them fails instead of skipping.
"""

from __future__ import annotations

import configparser
import fcntl
import importlib.util
import json
import os
import runpy
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build_desktop.py"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.xdist_group("bundle"),
    pytest.mark.timeout(1800),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


def _need(ok: bool, why: str) -> None:
    if not ok:
        if IN_CI:
            pytest.fail(f"{why} (required under CI=true)")
        pytest.skip(why)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> dict[str, str]:
    """Build the bundle once per test run into a temporary folder; the build's summary."""
    _need(importlib.util.find_spec("PyInstaller") is not None, "PyInstaller is not installed")
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent  # the xdist workers' common folder
    out = shared / "frames-bundle"
    with (shared / "frames-bundle.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        summary = out / "summary.json"
        if not summary.exists():
            out.mkdir(exist_ok=True)
            proc = subprocess.run(
                [sys.executable, str(BUILD), "--dist", str(out / "dist")]
                + ["--work", str(out / "work"), "--tarball"],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            last = proc.stdout.strip().splitlines()[-1:] or ["{}"]
            result = json.loads(last[0]) if proc.returncode == 0 else {}
            result["log"] = (proc.stdout + proc.stderr)[-4000:]
            shutil.rmtree(out / "work", ignore_errors=True)  # PyInstaller's, ~300 MB
            summary.write_text(json.dumps(result), encoding="utf-8")
    result = json.loads(summary.read_text(encoding="utf-8"))
    assert "bundle" in result, f"the bundle build failed:\n{result['log']}"
    return {k: str(v) for k, v in result.items()}


@pytest.fixture
def bundle(built: dict[str, str]) -> Path:
    return Path(built["bundle"])


def _run(cmd: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        cmd, capture_output=True, text=True, env=full_env, cwd=tmp_path, timeout=600
    )


def test_bundled_programs_print_the_package_version(bundle: Path, tmp_path: Path) -> None:
    expected = version("frames-lms")
    for program in ("frames-client", "frames-server", "frames-desktop"):
        proc = _run([str(bundle / program), "--version"], tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == f"{program} {expected}"


def test_bundled_desktop_reaches_its_first_screen_and_exits_cleanly(
    bundle: Path, tmp_path: Path
) -> None:
    proc = _run(
        [str(bundle / "frames-desktop"), "--smoke-test", "--data-dir", str(tmp_path / "data")],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "frames-desktop: ready page=sign-in-page rows=0" in proc.stdout.splitlines()
    assert (tmp_path / "data" / "store.sqlite3").is_file()


def test_bundled_desktop_starts_in_spanish_and_arabic_with_qts_own_words(
    bundle: Path, tmp_path: Path
) -> None:
    """Our catalogues and Qt's (qtbase_<lang>.qm) are in the bundle and load."""
    internal = bundle / "_internal"
    for language in ("es", "ar"):
        assert (internal / "desktop" / "translations" / f"frames_{language}.qm").is_file()
        assert list(internal.rglob(f"qtbase_{language}.qm")), f"qtbase_{language}.qm missing"
        proc = _run(
            [str(bundle / "frames-desktop"), "--lang", language, "--smoke-test"]
            + ["--data-dir", str(tmp_path / language)],
            tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        assert "translation is missing" not in proc.stderr
        assert "frames-desktop: ready page=sign-in-page rows=0" in proc.stdout.splitlines()


def test_bundled_kiosk_reaches_its_enrolment_page_and_verifies_pins(
    bundle: Path, tmp_path: Path
) -> None:
    # The kiosk's pages import the PIN check (argon2's compiled part): it must be bundled.
    proc = _run(
        [str(bundle / "frames-desktop"), "--kiosk", "--smoke-test"]
        + ["--data-dir", str(tmp_path / "kiosk")],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "frames-desktop: ready page=kiosk-enrol rows=0" in proc.stdout.splitlines()


def test_bundled_demo_runs_the_bundled_server_and_shows_the_demo_modules(
    bundle: Path, tmp_path: Path
) -> None:
    data = tmp_path / "demo"
    proc = _run(
        [str(bundle / "frames-desktop"), "--demo", "--smoke-test", "--data-dir", str(data)],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr + (data / "demo-server.log").read_text()
    ready = [line for line in proc.stdout.splitlines() if line.startswith("frames-desktop: ready")]
    assert ready and ready[0].startswith("frames-desktop: ready page=modules rows=")
    assert int(ready[0].rsplit("=", 1)[1]) >= 4  # Chloe's demo modules
    # The demo server loaded its media from the bundle, and stopped with the app.
    assert any(f.is_file() for f in (data / "demo-server" / "media").rglob("*"))
    assert not (data / "demo-server.pid").exists()


def test_linux_tarball_holds_the_bundle_desktop_entry_and_icon(
    built: dict[str, str], tmp_path: Path
) -> None:
    with tarfile.open(built["tarball"]) as tar:
        names = set(tar.getnames())
    for member in ("frames-desktop", "frames-client", "frames-server", "frames-lms.png"):
        assert f"frames-lms/{member}" in names
    assert "frames-lms/frames-desktop.desktop" in names
    assert "frames-lms/install-desktop-entry.sh" in names

    bundle = Path(built["bundle"])
    data = tmp_path / "share"
    proc = _run(["sh", str(bundle / "install-desktop-entry.sh")], tmp_path, XDG_DATA_HOME=str(data))
    assert proc.returncode == 0, proc.stderr
    entry = data / "applications" / "frames-desktop.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    assert parser["Desktop Entry"]["Exec"] == f'"{bundle / "frames-desktop"}"'
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "frames-lms.png").is_file()
    validate = shutil.which("desktop-file-validate")
    _need(validate is not None, "desktop-file-validate (desktop-file-utils) is not installed")
    assert validate is not None
    check = _run([validate, str(entry)], tmp_path)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout


# -- without the system's xcb libraries ------------------------------------------------------


def _system_paths(libraries: list[str]) -> list[str]:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for line in listing.splitlines():
        name, _, path = line.strip().partition(" => ")
        name = name.split(" ")[0]
        if name in libraries and os.path.exists(path):
            paths.setdefault(name, path)
    return sorted(paths.values())


@pytest.fixture
def without_system_xcb() -> list[str]:
    """A command prefix that runs its command with the system's copies of the libraries the
    bundle carries for Qt's xcb plugin made unloadable (``/dev/null`` bind-mounted over each,
    in a private mount namespace), on a virtual X display."""
    _need(os.geteuid() == 0, "needs root for a private mount namespace")
    _need(shutil.which("unshare") is not None, "needs unshare (util-linux)")
    _need(shutil.which("xvfb-run") is not None, "needs xvfb-run (xvfb)")
    libraries = runpy.run_path(str(BUILD))["XCB_LIBRARIES"]
    hidden = _system_paths(list(libraries))
    _need(bool(hidden), "the xcb libraries are not installed on this machine")
    mounts = " && ".join(f"mount --bind /dev/null '{path}'" for path in hidden)
    return ["unshare", "--mount", "sh", "-c", f'{mounts} && exec xvfb-run -a "$@"', "sh"]


def test_bundled_desktop_starts_on_xcb_without_the_systems_xcb_libraries(
    bundle: Path, without_system_xcb: list[str], tmp_path: Path
) -> None:
    cmd = [str(bundle / "frames-desktop"), "--smoke-test", "--data-dir", str(tmp_path / "d")]
    proc = _run(without_system_xcb + cmd, tmp_path, QT_QPA_PLATFORM="xcb")
    assert proc.returncode == 0, proc.stderr
    assert "frames-desktop: ready page=sign-in-page rows=0" in proc.stdout.splitlines()


def test_the_same_check_stops_the_app_from_a_normal_install(
    without_system_xcb: list[str], tmp_path: Path
) -> None:
    """The check above can fail: the same setup stops a non-bundled app at Qt's xcb plugin."""
    cmd = [sys.executable, "-m", "desktop", "--smoke-test", "--data-dir", str(tmp_path / "d")]
    proc = _run(without_system_xcb + cmd, tmp_path, QT_QPA_PLATFORM="xcb")
    assert proc.returncode != 0
    assert "ready" not in proc.stdout
    assert 'Qt platform plugin "xcb"' in proc.stderr
