"""What the three spec files share: the programs, their code and data, the Qt parts left out.

``frames-linux.spec``, ``frames-windows.spec`` and ``frames-macos.spec`` import this (PyInstaller
runs a spec file as Python with ``SPECPATH`` set) and differ only in icons and, on macOS, the
``.app`` wrapper. One folder holds three programs sharing one Python and one Qt:
``frames-desktop`` (windowed), ``frames-client`` and ``frames-server`` (the desktop's ``--demo``
starts it as a child process; see ``desktop/demo.py``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PyInstaller.building.api import COLLECT, EXE, PYZ
from PyInstaller.building.build_main import Analysis
from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ICON_PNG = ROOT / "packaging" / "icons" / "frames-lms.png"
NAME = "frames-lms"
# The languages the interface speaks besides English (a compiled catalogue each).
TRANSLATED = sorted(
    path.stem.removeprefix("frames_")
    for path in (ROOT / "desktop" / "translations").glob("frames_*.qm")
)

_MARKDOWN = [
    "markdown.extensions.tables",
    "markdown.extensions.fenced_code",
    "markdown.extensions.sane_lists",
]
# The desktop and the client never import the server; each program gets only its own code
# (the desktop imports its viewer with importlib, so whole packages are listed).
_CLIENT = collect_submodules("sync") + collect_submodules("local_store")
HIDDEN = {
    "desktop": collect_submodules("desktop") + _CLIENT + _MARKDOWN,
    "client": _CLIENT + _MARKDOWN,
    "server": collect_submodules("server_api")
    + collect_submodules("sync")
    + collect_submodules("uvicorn")
    + ["argon2", "nh3", *_MARKDOWN],
}
# The version comes from the package metadata (importlib.metadata), so ship it. Alembic reads
# its revision scripts as files, and the demo loads its content folder from disk (starter
# code of its code exercises included: .py files there are content, not modules).
_META = copy_metadata("frames-lms")
DATAS = {
    # The interface's translations (desktop.translations; Qt's own qtbase_<lang>.qm come
    # with PyInstaller's Qt hook).
    "desktop": _META + collect_data_files("desktop", subdir="translations"),
    "client": _META,
    "server": _META
    + collect_data_files("server_api", include_py_files=True, subdir="migrations")
    + collect_data_files("server_api", include_py_files=True, subdir="demo_content"),
}

EXCLUDES = [
    # Qt modules the app does not use. QtQuick and QtQml stay: Qt's FFmpeg media plugin
    # (video playback) links against them; QtCharts stays for the faculty's Reports area.
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQml",
    "PySide6.QtQuickWidgets",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer",
    "PySide6.QtWebSockets",
    "PySide6.QtWebChannel",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    # The bundled server only runs the demo (SQLite, one worker, no reload): uvicorn falls back
    # to asyncio without uvloop, and PostgreSQL servers are installed with pip (packaging/server/).
    "uvloop",
    "watchfiles",
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg2",
    # Installed on the build machine and reachable through optional imports, never used.
    "boto3",
    "botocore",
    "tkinter",
    "av",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "numpy",
    "IPython",
    "jedi",
    "PIL",
    "pandas",
    "matplotlib",
    "setuptools",
    "pip",
]

# Files Qt's hooks collect that the app never loads: Qt's translations other than the base
# catalogue of a language the app speaks (its dialogs' and buttons' words), PDF rendering
# and the VNC platform plugin. Same names on Linux, Windows, macOS.
_DROP = re.compile(r"^PySide6/.*(/translations/|Qt6?Pdf|qpdf|qvnc)")
_QT_WORDS = re.compile(
    r"^PySide6/.*/translations/qtbase_(" + "|".join(sorted(TRANSLATED)) + r")\.qm$"
)


def _keep(entry: tuple[str, ...]) -> bool:
    dest, source, typecode = entry
    if _QT_WORDS.match(dest.replace("\\", "/")):
        return True
    # PyInstaller also links Qt's libraries into the top folder; drop those links with them.
    names = [dest, source] if typecode == "SYMLINK" else [dest]
    return not any(_DROP.match(name.replace("\\", "/")) for name in names)


def analyse(program: str, script: str) -> Any:
    a = Analysis(
        [str(HERE / script)],
        pathex=[str(ROOT)],
        hiddenimports=HIDDEN[program],
        datas=DATAS[program],
        excludes=EXCLUDES,
        noarchive=False,
    )
    a.binaries = [entry for entry in a.binaries if _keep(entry)]
    a.datas = [entry for entry in a.datas if _keep(entry)]
    return a


def program(a: Any, name: str, *, console: bool, icon: str | None = None) -> Any:
    return EXE(
        PYZ(a.pure),
        a.scripts,
        [],
        exclude_binaries=True,
        name=name,
        console=console,
        icon=icon,
        strip=False,
        upx=False,
    )


def bundle(*, icon: str | None = None) -> Any:
    """Analyse the three programs and collect them into ``dist/frames-lms/``."""
    desktop = analyse("desktop", "entry_desktop.py")
    client = analyse("client", "entry_client.py")
    server = analyse("server", "entry_server.py")
    return COLLECT(
        program(desktop, "frames-desktop", console=False, icon=icon),
        desktop.binaries,
        desktop.datas,
        program(client, "frames-client", console=True, icon=icon),
        client.binaries,
        client.datas,
        program(server, "frames-server", console=True, icon=icon),
        server.binaries,
        server.datas,
        strip=False,
        upx=False,
        name=NAME,
    )
