#!/usr/bin/env bash
# Build the frozen kiosk (PyInstaller, one folder) and, on Linux, its Debian package.
#   bash packaging/build.sh linux      -> dist/linux/kiosk/ (the folder: run dist/linux/kiosk/kiosk)
#   bash packaging/build.sh deb        -> the folder above, then dist/kakanai-kiosk_<ver>_amd64.deb
#   bash packaging/build.sh windows    -> dist/windows/kiosk/ (run on Windows: see packaging/windows)
# The bundle is made from the wheel (the same files check-wheel.sh checks), installed into a
# throw-away venv beside the dev venv's dependencies, so nothing of the checkout leaks in.
# PyInstaller is a build dependency (pip install '.[packaging]'), never a runtime one.
set -euo pipefail

TARGET=${1:?usage: bash packaging/build.sh linux|deb|windows}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEV_PYTHON=${KIOSK_BUILD_PYTHON:-$ROOT/.venv/bin/python}
[ -x "$DEV_PYTHON" ] || DEV_PYTHON=$(command -v python3)
WORK="$ROOT/build/packaging/$TARGET"
DIST="$ROOT/dist"
unset PYTHONPATH
started=$(date +%s)

case "$TARGET" in
    linux|deb) SPEC="$ROOT/packaging/linux/kiosk.spec"; BUNDLE="$DIST/linux" ;;
    windows) SPEC="$ROOT/packaging/windows/kiosk.spec"; BUNDLE="$DIST/windows" ;;
    *) echo "build.sh: unknown target $TARGET (linux, deb or windows)" >&2; exit 2 ;;
esac

"$DEV_PYTHON" -c 'import PyInstaller' 2>/dev/null \
    || "$DEV_PYTHON" -m pip install -q "pyinstaller>=6.10"

rm -rf "$WORK"
mkdir -p "$WORK/src" "$BUNDLE"

# 1. The wheel, from the files git knows (a stale build/ cannot leak deleted modules in).
git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
    | tar -C "$ROOT" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$WORK/src" -xf -
"$DEV_PYTHON" -m pip wheel -q --no-deps -w "$WORK/wheel" "$WORK/src" >/dev/null
wheel=$(ls "$WORK"/wheel/kakanai_kiosk-*.whl)

# 2. A throw-away venv: the wheel, plus the dev venv's dependencies (and PyInstaller) by .pth.
"$DEV_PYTHON" -m venv --without-pip "$WORK/venv"
VPY="$WORK/venv/bin/python"
[ -x "$VPY" ] || VPY="$WORK/venv/Scripts/python.exe"
site=$("$VPY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
"$DEV_PYTHON" -c 'import sys; print("\n".join(p for p in sys.path if p.endswith("site-packages")))' \
    > "$site/_dev_dependencies.pth"
"$DEV_PYTHON" -m pip --python "$VPY" install -q --no-deps --no-index "$wheel"

# 3. What `kiosk --version` says about this build.
commit=$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)
export KIOSK_BUILD_INFO="$WORK/build-info.json"
printf '{"commit": "%s", "built": "%s", "target": "%s"}\n' \
    "$commit" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${TARGET/deb/linux}" > "$KIOSK_BUILD_INFO"

# 4. Freeze, from outside the checkout so `import kiosk` finds the wheel's copy.
cd "$WORK"
"$VPY" -m PyInstaller --noconfirm --log-level WARN --distpath "$BUNDLE" \
    --workpath "$WORK/pyinstaller" "$SPEC"
echo "build.sh: $BUNDLE/kiosk ($(du -sh "$BUNDLE/kiosk" | cut -f1)) in $(( $(date +%s) - started )) s"

if [ "$TARGET" = deb ]; then
    bash "$ROOT/packaging/linux/make-deb.sh" "$BUNDLE/kiosk" "$DIST"
fi
