"""What goes into the PyInstaller bundle; shared by ``linux/kiosk.spec`` and ``windows/kiosk.spec``.

Our three packages come in whole (every module: commands and screens are imported by name at
run time) with their data (fonts, translations, catalog, layouts, card profiles, web
templates) and the Alembic migrations as source files, since Alembic loads them by path.
Qt is limited to the modules the kiosk imports; the PySide6 hooks then bring only their
libraries and plug-ins. Everything a tablet never runs (tests, type checkers, other Qt
modules, Tk) is excluded to keep the folder lean.
"""

from __future__ import annotations

import os
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

OUR_PACKAGES = ("kiosk", "forms", "printing")

# The Qt modules the kiosk imports (grep "PySide6.Qt" kiosk printing); nothing else.
QT_MODULES = (
    "QtCore", "QtGui", "QtWidgets", "QtCharts", "QtMultimedia", "QtMultimediaWidgets",
    "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtTextToSpeech", "QtSvg", "QtNetwork",
)
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner", "QtGraphs",
    "QtHelp", "QtHttpServer", "QtLocation", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml",
    "QtAxContainer", "QtGraphsWidgets",
)
EXCLUDES = [
    *(f"PySide6.{name}" for name in QT_EXCLUDED),
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter",
    "selenium", "pdfplumber", "IPython", "numpy.tests", "setuptools", "pip", "PyInstaller",
    # The display's Open JTalk voice is an optional extra with a large dictionary; the frozen
    # kiosk speaks through the OS voices (QtTextToSpeech) or eSpeak NG instead.
    "pyopenjtalk", "numpy", "scipy",
]

# Libraries and plug-ins the hooks bring that a kiosk never loads: Qt's own on-screen
# keyboard (ours is in the window), the GTK theme (and GTK with it), VNC and framebuffer.
DROPPED_BINARIES = (
    "libqtvirtualkeyboardplugin", "libQt6VirtualKeyboard", "libqgtk3", "libgtk-3", "libgdk-3",
    "libqvnc", "libqlinuxfb", "libqvkkhrdisplay",
)
# Qt's own translations (standard dialogs) for the languages the kiosk offers, no others.
QT_TRANSLATIONS_KEPT = ("_ja.qm", "_en.qm", "_vi.qm", "_zh_CN.qm", "_ko.qm", "_fil.qm", "_id.qm")


def lean(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop what a kiosk never loads from PyInstaller's TOC (binaries and data files)."""
    kept = []
    for entry in entries:
        name = entry[0].replace("\\", "/")
        if any(dropped in name.rsplit("/", 1)[-1] for dropped in DROPPED_BINARIES):
            continue
        if "/Qt/translations/" in name and not name.endswith(QT_TRANSLATIONS_KEPT):
            continue
        kept.append(entry)
    return kept


def hidden_imports() -> list[str]:
    modules: list[str] = []
    for package in OUR_PACKAGES:
        modules += collect_submodules(package)
    modules += [f"PySide6.{name}" for name in QT_MODULES]
    # SQLAlchemy dialects, Alembic's operations and the ASGI server's parts are loaded by name.
    modules += collect_submodules("alembic", filter=lambda name: ".testing" not in name)
    modules += ["sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql",
                "psycopg", "psycopg_binary"]
    modules += collect_submodules("uvicorn")
    modules += collect_submodules("smartcard")
    return modules


def data_files() -> list[tuple[str, str]]:
    datas: list[tuple[str, str]] = []
    for package in OUR_PACKAGES:
        datas += collect_data_files(package)
    # Alembic imports env.py and each revision from files, so they ship as source.
    datas += collect_data_files("kiosk.storage.migrations", include_py_files=True)
    datas += collect_data_files("jpholiday") + collect_data_files("pykakasi")
    datas += collect_data_files("reportlab")
    build_info = Path(os.environ["KIOSK_BUILD_INFO"])
    datas.append((str(build_info), "."))
    return datas
