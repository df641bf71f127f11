#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment and run it from outside the
# source tree, so the packaged paths (fonts, translations, catalog, layouts, migrations, card
# profiles) are what the kiosk finds, never the checkout's folders.
#   bash scripts/check-wheel.sh [PYTHON]     PYTHON: the dev venv's python (default .venv/bin/python)
# The fresh venv borrows the dev venv's dependencies through a .pth file (no network, no second
# copy of PySide6); the kiosk itself comes only from the wheel (pip install --no-deps).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEV_PYTHON=${1:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d -t kiosk-wheel.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
unset PYTHONPATH

fail() { echo "check-wheel: $*" >&2; exit 1; }

# 1. Build from a copy of the files git knows (tracked and new, not ignored): a stale build/
#    folder in the checkout cannot leak deleted modules into the wheel.
mkdir -p "$WORK/src"
git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
    | tar -C "$ROOT" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$WORK/src" -xf -
"$DEV_PYTHON" -m pip wheel -q --no-deps -w "$WORK/dist" "$WORK/src" >/dev/null
wheel=$(ls "$WORK"/dist/kakanai_kiosk-*.whl)
echo "check-wheel: built $(basename "$wheel")"

# 2. Every tracked data file below the packages is in the wheel (resources/ as kiosk/resources/).
"$DEV_PYTHON" - "$ROOT" "$wheel" <<'PY'
import subprocess, sys, zipfile
root, wheel = sys.argv[1], sys.argv[2]
tracked = subprocess.run(["git", "-C", root, "ls-files", "kiosk", "forms", "printing", "resources"],
                         check=True, capture_output=True, text=True).stdout.split()
shipped = set(zipfile.ZipFile(wheel).namelist())
def in_wheel(path: str) -> str:
    return "kiosk/" + path if path.startswith("resources/") else path
missing = [p for p in tracked if in_wheel(p) not in shipped]
if missing:
    sys.exit("check-wheel: the wheel lacks " + ", ".join(missing)
             + " (add the package or pattern to [tool.setuptools] in pyproject.toml)")
PY

# 3. A fresh venv: its own site-packages first, then the dev venv's dependencies via a .pth.
"$DEV_PYTHON" -m venv --without-pip "$WORK/venv"
VPY="$WORK/venv/bin/python"
site=$("$VPY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
"$DEV_PYTHON" -c 'import sys; print("\n".join(p for p in sys.path if p.endswith("site-packages")))' \
    > "$site/_dev_dependencies.pth"
"$DEV_PYTHON" -m pip --python "$VPY" install -q --no-deps --no-index "$wheel"

# 4. Run it from a folder outside the checkout, with a throw-away home.
mkdir -p "$WORK/run"
cd "$WORK/run"
export KIOSK_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
where=$("$VPY" -c 'import kiosk, forms, printing; print(kiosk.__file__, forms.__file__, printing.__file__)')
for module in $where; do
    case "$module" in
        "$site"/*) ;;
        *) fail "$module is imported instead of the installed package below $site" ;;
    esac
done
"$WORK/venv/bin/kiosk" --version
scenario=$("$VPY" -c 'import importlib.resources as r; print(r.files("forms") / "scenarios" / "tennyu_family4.json")')
case "$scenario" in "$site"/*) ;; *) fail "the sample scenario comes from $scenario" ;; esac
"$WORK/venv/bin/kiosk" forms render --scenario "$scenario" --out "$WORK/out" >/dev/null
"$VPY" - "$WORK/out" <<'PY'
import pathlib, sys
from pypdf import PdfReader
pdfs = sorted(pathlib.Path(sys.argv[1]).rglob("*.pdf"))
if not pdfs:
    sys.exit("check-wheel: kiosk forms render wrote no PDF")
pages = sum(len(PdfReader(pdf).pages) for pdf in pdfs)
if pages == 0:
    sys.exit("check-wheel: the rendered PDFs have no pages")
print(f"check-wheel: the installed wheel rendered {len(pdfs)} PDF(s), {pages} page(s)")
PY
