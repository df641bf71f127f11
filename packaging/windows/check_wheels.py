"""Every runtime dependency resolves as a Windows wheel (win_amd64, CPython 3.11), checked here.

The Windows build itself runs on a Windows runner (``.github/workflows/windows-kiosk.yml``);
what this Linux machine can check is that pip, asked for Windows and for wheels only
(``--platform win_amd64 --only-binary=:all: --python-version 3.11``), finds a wheel for each
runtime dependency of ``pyproject.toml`` and everything they pull in: no sdist to compile on
the tablet (pyscard and psycopg's binary part are the usual suspects). Markers of our own
requirements are evaluated for Windows here; those of the dependencies' own requirements
follow this machine (pip's limit), so a Windows-only sub-dependency (colorama for click) is
not checked. The resolution is pip's
own; ``--dry-run --report`` resolves from the index's metadata, so nothing is downloaded;
``--download DIR`` runs ``pip download`` instead and keeps the wheels.

Exit 0: all resolved. Exit 1: pip's reason is printed. When the package index cannot be reached
at all, it prints ``SKIPPED`` with the reason and exits 0 (an offline machine proves nothing,
and must not fail the build for it); ``--require-network`` makes that a failure instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLATFORM = ["--platform", "win_amd64", "--only-binary=:all:", "--python-version", "3.11",
            "--implementation", "cp"]
INDEX_PROBE = "https://pypi.org/simple/pip/"


WINDOWS_MARKERS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                   "platform_machine": "AMD64", "python_version": "3.11",
                   "python_full_version": "3.11.9", "implementation_name": "cpython"}


def runtime_requirements() -> list[str]:
    """The runtime dependencies a Windows tablet installs, their markers evaluated for it.

    pip's ``--platform`` does not change how markers are evaluated (they follow the machine
    pip runs on), so ``tzdata; sys_platform == 'win32'`` is decided here, for Windows."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(WINDOWS_MARKERS):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted


def index_reachable() -> str:
    """Empty when the index answers, else why not."""
    try:
        with urllib.request.urlopen(INDEX_PROBE, timeout=10) as answer:
            answer.read(1)
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))
    return ""


def resolve(requirements: list[str], download: Path | None) -> subprocess.CompletedProcess[str]:
    pip = [sys.executable, "-m", "pip"]
    if download is not None:
        command = [*pip, "download", "-q", "-d", str(download), *PLATFORM, *requirements]
    else:
        report = Path(tempfile.mkdtemp()) / "report.json"
        command = [*pip, "install", "-q", "--dry-run", "--ignore-installed", "--report",
                   str(report), "--target", str(report.parent / "target"), *PLATFORM,
                   *requirements]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=900)
    if download is None and done.returncode == 0:
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
        names = sorted(f"{item['metadata']['name']} {item['metadata']['version']}"
                       for item in installs)
        done.stdout = "\n".join(names)
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--download", type=Path, metavar="DIR",
                        help="pip download the wheels into DIR instead of resolving only")
    parser.add_argument("--require-network", action="store_true",
                        help="fail, not skip, when the package index cannot be reached")
    args = parser.parse_args()
    requirements = runtime_requirements()
    done = resolve(requirements, args.download)
    if done.returncode == 0:
        count = len(done.stdout.splitlines()) if args.download is None else len(
            list(args.download.glob("*.whl")))
        print(f"check-wheels: {len(requirements)} runtime requirements resolve to {count} "
              "win_amd64 / py3.11 wheels")
        if args.download is None:
            print("  " + done.stdout.replace("\n", "\n  "))
        return 0
    unreachable = index_reachable()
    if unreachable and not args.require_network:
        print(f"check-wheels: SKIPPED: the package index cannot be reached ({unreachable}); "
              "run it where it can")
        return 0
    print("check-wheels: FAIL: pip found no Windows wheel for something:", file=sys.stderr)
    print(done.stderr.strip()[-3000:], file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
