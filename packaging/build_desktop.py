"""Build the desktop bundle: one folder with frames-desktop, frames-client and frames-server.

    python packaging/build_desktop.py [--dist DIR] [--work DIR] [--tarball]

Runs PyInstaller on this platform's spec (``packaging/pyinstaller/frames-<os>.spec``) and
writes ``DIR/frames-lms/`` (``DIR`` defaults to ``dist/``; on macOS also ``FRAMES LMS.app``).
On Linux it then adds the ``.desktop`` entry, the icon and ``install-desktop-entry.sh`` to the
folder, refuses a bundle without the libraries Qt's xcb platform plugin needs (install them
on the build machine first; see ``XCB_LIBRARIES``), and with ``--tarball`` packs
``DIR/frames-lms-<version>-linux-<machine>.tar.gz``. The last line printed is JSON:
``{"bundle": ..., "size_mb": ..., "build_s": ..., "tarball": ...}``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
NAME = "frames-lms"

# Qt's xcb platform plugin loads these; PyInstaller copies them from the build machine, so they
# must be installed there (Debian/Ubuntu packages on the right). libxcb.so.1 itself is left
# to the target system, which has it wherever X runs.
XCB_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def spec_for(system: str) -> Path:
    name = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}.get(system)
    if name is None:
        raise SystemExit(f"no spec file for {system}")
    return HERE / "pyinstaller" / f"frames-{name}.spec"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def missing_xcb_libraries(bundle: Path) -> dict[str, str]:
    present = {f.name for f in bundle.rglob("*.so*")}
    return {lib: pkg for lib, pkg in XCB_LIBRARIES.items() if lib not in present}


def add_linux_files(bundle: Path) -> None:
    shutil.copy2(HERE / "icons" / "frames-lms.png", bundle / "frames-lms.png")
    shutil.copy2(HERE / "linux" / "frames-desktop.desktop", bundle / "frames-desktop.desktop")
    shutil.copy2(HERE / "linux" / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh")
    (bundle / "install-desktop-entry.sh").chmod(0o755)


def make_tarball(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    target = bundle.parent / f"{NAME}-{version('frames-lms')}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:  # 9 is slower, barely smaller
        tar.add(bundle, arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work")
    parser.add_argument("--tarball", action="store_true", help="Linux: also pack a .tar.gz")
    args = parser.parse_args(argv)
    system = platform.system()
    spec = spec_for(system)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(spec)]
    print("building:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    build_s = time.monotonic() - started
    bundle = dist / NAME

    tarball = None
    if system == "Linux":
        missing = missing_xcb_libraries(bundle)
        if missing:
            print(
                f"error: the bundle lacks {', '.join(missing)}, which Qt's xcb plugin needs. "
                f"Install them on this machine (apt-get install {' '.join(missing.values())}) "
                "and build again.",
                file=sys.stderr,
            )
            return 1
        add_linux_files(bundle)
        if args.tarball:
            tarball = make_tarball(bundle)
    size_mb = folder_size(bundle) / 1e6
    print(f"built {bundle} ({size_mb:.0f} MB) in {build_s:.0f} s")
    if tarball is not None:
        print(f"packed {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
    summary = {
        "bundle": str(bundle),
        "size_mb": round(size_mb, 1),
        "build_s": round(build_s, 1),
        "tarball": str(tarball) if tarball else None,
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
