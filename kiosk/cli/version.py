"""``kiosk --version``: the program's version, which build this is, and the catalog's version.

A frozen bundle (``packaging/``) carries ``build-info.json`` written by the build (commit,
build date, builder); a source checkout asks git; an installed wheel says so. The catalog
version is the one pre-application codes carry (``town.yaml``) of the catalog this terminal
uses (the configuration's ``catalog.folder``, else the bundled one), read without loading the
whole catalog so the command stays instant.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk import __version__

BUILD_INFO_FILE = "build-info.json"


def bundle_root() -> Path | None:
    """The folder of a PyInstaller bundle (``sys._MEIPASS``), or None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(sys.executable).resolve().parent


def build_description() -> str:
    """One line saying which build this is, e.g. ``frozen, commit 35a8be6, built 2026-11-29``."""
    root = bundle_root()
    if root is not None:
        try:
            info = json.loads((root / BUILD_INFO_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return "frozen, build information missing"
        return (f"frozen ({info.get('target', '?')}), commit {info.get('commit', '?')}, "
                f"built {info.get('built', '?')}")
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / ".git").exists():
        commit = _git_commit(checkout)
        return f"source checkout, commit {commit}" if commit else "source checkout"
    return "installed package"


def _git_commit(checkout: Path) -> str:
    try:
        done = subprocess.run(["git", "-C", str(checkout), "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def catalog_version(config_file: str | None = None) -> str:
    """The ``catalog_version`` of the catalog the configuration names (a town's own folder) or
    of the bundled one, saying which; or why it cannot be read."""
    from forms.catalog.loader import BUNDLED_FOLDER
    from forms.catalog.yamlio import read_catalog_version
    from kiosk.config import ConfigError, load_config

    try:
        folder = load_config(config_file).catalog.folder
    except ConfigError:
        folder, where = "", "bundled; the configuration is not valid (kiosk doctor says why)"
    else:
        where = f"the town's, {folder}" if folder else "bundled"
    version = read_catalog_version(Path(folder) if folder else BUNDLED_FOLDER)
    return f"{'unreadable' if version is None else version} ({where})"


def version_text(config_file: str | None = None) -> str:
    from kiosk.storage.migrate import head_revision

    return "\n".join([
        f"kiosk {__version__}",
        f"build: {build_description()}",
        f"catalog version: {catalog_version(config_file)}",
        f"database schema: {head_revision()}",
        f"python {sys.version.split()[0]} on {sys.platform}",
    ])


class VersionAction(argparse.Action):
    """``--version`` that prints several lines, computed only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        # --config given before --version is already parsed; KIOSK_CONFIG or the default else.
        print(version_text(getattr(namespace, "config", None)))
        parser.exit()
