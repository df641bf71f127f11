#!/usr/bin/env bash
# The frozen kiosk (dist/linux/kiosk, from `bash packaging/build.sh linux`) on its own: no venv
# and no checkout on the path, run from an empty folder with a throw-away home.
#   bash packaging/linux/test-frozen.sh [--no-card] [BUNDLE]   BUNDLE: default dist/linux/kiosk
# (--no-card leaves out the card read, for a machine without pcscd; CI never passes it)
# Checks: --version names a frozen build; `run --demo --smoke` reaches the welcome screen;
# `forms render` of the family-of-four sample gives the same pages, rasterised, as the venv's;
# a card is read through pcscd from the frozen build's own emulator (vpcd). Needs pcscd with
# vpcd (scripts/start-pcscd.sh) and poppler-utils; takes the lock file VPCD_LOCK_FILE names, if any.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CARD=yes
if [ "${1:-}" = --no-card ]; then CARD=no; shift; fi
BUNDLE=$(cd "${1:-$ROOT/dist/linux/kiosk}" && pwd)
VENV_KIOSK=${KIOSK_VENV_KIOSK:-$ROOT/.venv/bin/kiosk}
WORK=$(mktemp -d -t kiosk-frozen.XXXXXX)
EMULATOR_PID=""
# The emulator runs under the `frozen` function's subshell: killing the subshell's pid would
# leave the emulator on the reader for whatever runs next, so it is stopped by its command line.
stop_emulator() {
    [ -z "$EMULATOR_PID" ] && return
    pkill -f "^$BUNDLE/kiosk card emulate" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
    EMULATOR_PID=""
}
cleanup() { stop_emulator; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "test-frozen: FAIL: $*" >&2; exit 1; }
ok() { echo "test-frozen: ok: $*"; }

# The frozen kiosk with nothing of ours around it: a bare PATH, no PYTHON*, its own home.
frozen() {
    (cd "$WORK/run" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$WORK/home" \
        KIOSK_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$BUNDLE/kiosk" "$@")
}
mkdir -p "$WORK/run" "$WORK/home"
[ -x "$BUNDLE/kiosk" ] || fail "$BUNDLE/kiosk is missing: run bash packaging/build.sh linux"
if (cd "$WORK/run" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin python3 -c 'import kiosk' 2>/dev/null); then
    fail "the system python can import kiosk: the test would not prove the bundle stands alone"
fi

# 1. --version
version=$(frozen --version)
grep -Eq '^build: frozen \((linux|deb)\), commit ' <<<"$version" || fail "--version: $version"
grep -q '^catalog version: [0-9]' <<<"$version" || fail "--version lacks the catalog: $version"
ok "--version: $(tr '\n' ' ' <<<"$version")"

# 2. run --demo --smoke: the welcome screen's first frame
smoke=$(frozen run --demo --smoke 2>"$WORK/smoke.err") || { cat "$WORK/smoke.err" >&2; fail "run --demo --smoke"; }
grep -q 'first frame after .* (screen: welcome)' <<<"$smoke" || fail "smoke: $smoke"
ok "run --demo --smoke: $smoke"

# 3. forms render: the frozen and the venv's PDFs, rasterised, are the same pixels
scenario="$BUNDLE/_internal/forms/scenarios/tennyu_family4.json"
[ -f "$scenario" ] || fail "the bundle lacks the sample scenario"
frozen forms render --scenario "$scenario" --visit-id 0123456789ab --out "$WORK/frozen-pdf" >"$WORK/frozen.json"
(cd "$WORK/run" && KIOSK_HOME="$WORK/venv-home" QT_QPA_PLATFORM=offscreen \
    "$VENV_KIOSK" forms render --scenario "$scenario" --visit-id 0123456789ab --out "$WORK/venv-pdf" >"$WORK/venv.json")
compared=0
for pdf in "$WORK"/venv-pdf/*.pdf; do
    name=$(basename "$pdf")
    [ -f "$WORK/frozen-pdf/$name" ] || fail "the frozen build did not write $name"
    pdftoppm -r 60 -gray "$pdf" "$WORK/ras-venv-${name%.pdf}"
    pdftoppm -r 60 -gray "$WORK/frozen-pdf/$name" "$WORK/ras-frozen-${name%.pdf}"
    for page in "$WORK"/ras-venv-"${name%.pdf}"-*.pgm; do
        twin=${page/ras-venv-/ras-frozen-}
        cmp -s "$page" "$twin" || fail "page $(basename "$page") differs from the venv's rendering"
        compared=$((compared + 1))
    done
    [ "$(ls "$WORK"/ras-frozen-"${name%.pdf}"-*.pgm | wc -l)" = \
      "$(ls "$WORK"/ras-venv-"${name%.pdf}"-*.pgm | wc -l)" ] || fail "$name: page counts differ"
done
[ "$compared" -gt 0 ] || fail "nothing was rendered"
ok "forms render: $compared page(s) identical to the venv's when rasterised"

# 4. a card read through pcscd: the frozen build's emulator (vpcd client) and its reader
read_card() {
    frozen card emulate --profile standard-adult >"$WORK/emulator.log" 2>&1 &
    EMULATOR_PID=$!
    for _ in $(seq 1 150); do
        frozen card readers 2>/dev/null | grep -q 'card present' && break
        sleep 0.1
    done
    frozen card readers | grep -q 'card present' || fail "pcscd never saw the emulated card"
    reader=$(frozen card readers | grep 'card present' | head -1 | cut -f1)
    echo 1234 | frozen card read --reader "$reader" --pin-stdin --json >"$WORK/card.json"
    stop_emulator
}
if [ "$CARD" = no ]; then
    echo "test-frozen: all checks but the card read passed (--no-card)"
    exit 0
fi
# VPCD_LOCK_FILE (not KIOSK_*: those are configuration): a lock file shared with other runs that drive the same vpcd reader
if [ -n "${VPCD_LOCK_FILE:-}" ]; then
    exec 9>"$VPCD_LOCK_FILE"
    flock 9
fi
read_card
grep -q '"birth_date": "1985-04-12"' "$WORK/card.json" || fail "card read: $(cat "$WORK/card.json")"
ok "card read through pcscd from the emulated standard-adult card"
echo "test-frozen: all checks passed"
