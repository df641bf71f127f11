#!/usr/bin/env bash
# One script, three verbs, for a fresh Debian machine (run as root, or with sudo):
#   bash scripts/dev.sh demo    set up, then start the kiosk in demo mode (simulated card, SQLite)
#   bash scripts/dev.sh test    set up, start pcscd/CUPS/PostgreSQL, run ruff, mypy, lint-imports,
#                               pytest, then build the wheel and run it from a fresh venv
#   bash scripts/dev.sh setup   only set up (system packages, .venv, the project)
# Extra arguments after `test` go to pytest; after `demo`, to `kiosk run`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV="$ROOT/.venv"

# What the kiosk needs to run (Qt's xcb platform, fonts config, PC/SC client library) and to
# build pyscard, which has no Linux wheel.
BASE_PACKAGES=(
    python3 python3-venv python3-dev build-essential swig libpcsclite-dev libpcsclite1
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libx11-xcb1
    fonts-ipamj-mincho  # IPAmj明朝: the MJ characters of real names (𠮷) the BIZ UD fonts lack
    espeak-ng  # the waiting-area display's voice for English and other non-Japanese languages
)
# What the tests drive for real: pcscd + the vpcd virtual reader, CUPS + a PDF printer,
# PostgreSQL, poppler to rasterise PDFs for the visual comparisons, and Debian's chromium with
# its chromium-driver for the pre-application web wizard (Selenium; no browser download).
TEST_PACKAGES=(
    pcscd vsmartcard-vpcd cups cups-client cups-bsd printer-driver-cups-pdf cups-ipp-utils
    postgresql postgresql-client poppler-utils procps chromium chromium-driver curl
)

log() { printf '\033[1m== %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing system packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

pick_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
            'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            echo "$candidate"; return
        fi
    done
    echo "kiosk: Python 3.11 or newer is needed" >&2
    exit 1
}

setup_python() {
    if [ ! -x "$VENV/bin/python" ]; then
        log "creating the virtual environment in .venv"
        "$(pick_python)" -m venv "$VENV"
    fi
    # Re-install only when the packaging metadata (all of it is in pyproject.toml) changed.
    local stamp="$VENV/.kiosk-installed" want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        log "installing the kiosk and its Python dependencies"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test,display]"
        echo "$want" > "$stamp"
    fi
}

# axe-core, the accessibility checker the browser tests inject into every page, from the npm
# registry (no node needed): the pinned tarball, verified against its published sha512, unpacked
# into .cache/ (not in git) only when missing.
AXE_CORE_VERSION=4.14.1
AXE_CORE_SHA512=1477dafa598d8d065f273d6af302aa203c02e83131707b7fa648cd41bd3d6b734f8c22a0dab86ee6a6f64b8afbe804b214d36db85a2826965edfb3a0b9d546b5
AXE_CORE_DIR="$ROOT/.cache/axe-core"

fetch_axe_core() {
    if [ -f "$AXE_CORE_DIR/axe.min.js" ] \
        && [ "$(cat "$AXE_CORE_DIR/VERSION" 2>/dev/null)" = "$AXE_CORE_VERSION" ]; then
        return
    fi
    log "downloading axe-core $AXE_CORE_VERSION (npm registry) into .cache/axe-core"
    local work
    work=$(mktemp -d)
    curl -sSfL --retry 3 -o "$work/axe-core.tgz" \
        "https://registry.npmjs.org/axe-core/-/axe-core-$AXE_CORE_VERSION.tgz"
    echo "$AXE_CORE_SHA512  $work/axe-core.tgz" | sha512sum --check --quiet
    tar -xzf "$work/axe-core.tgz" -C "$work" package/axe.min.js
    mkdir -p "$AXE_CORE_DIR"
    mv "$work/package/axe.min.js" "$AXE_CORE_DIR/axe.min.js"
    echo "$AXE_CORE_VERSION" > "$AXE_CORE_DIR/VERSION"
    rm -rf "$work"
}

start_services() {
    log "starting pcscd (vpcd virtual readers), CUPS (kiosk-pdf queue) and PostgreSQL"
    bash scripts/start-postgres.sh
    if [ -f scripts/start-pcscd.sh ]; then bash scripts/start-pcscd.sh; fi
    if [ -f scripts/start-cups.sh ]; then bash scripts/start-cups.sh; fi
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    log "ruff"
    "$VENV/bin/ruff" check .
    log "mypy"
    "$VENV/bin/mypy"
    log "lint-imports (the layers declared in pyproject.toml)"
    "$VENV/bin/lint-imports"
    log "pytest"
    "$VENV/bin/pytest" "$@"
    log "the wheel, installed in a fresh venv and run from outside the checkout"
    bash scripts/check-wheel.sh "$VENV/bin/python"
}

verb=${1:-help}
shift || true
case "$verb" in
    setup)
        install_packages "${BASE_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        setup_python
        ;;
    demo)
        install_packages "${BASE_PACKAGES[@]}"
        setup_python
        # A throw-away home folder unless the caller chose one: the demo leaves nothing behind.
        export KIOSK_HOME=${KIOSK_HOME:-$(mktemp -d -t kiosk-demo.XXXXXX)}
        "$VENV/bin/kiosk" db upgrade >/dev/null
        # The reference core system (基幹系), seeded so the demo card's resident has a
        # household and the moving-in card a 転入予約; it stops with the demo.
        core_db="sqlite:///$KIOSK_HOME/core-system.sqlite"
        "$VENV/bin/kiosk" core seed --demo --residents 2000 --db "$core_db" >/dev/null
        "$VENV/bin/kiosk" core serve --port "${DEMO_CORE_PORT:-8700}" --db "$core_db" \
            >"$KIOSK_HOME/core-system.log" 2>&1 &
        core_pid=$!
        trap 'kill "$core_pid" 2>/dev/null || true' EXIT
        export KIOSK_CORE_KIND=rest KIOSK_CORE_URL="http://127.0.0.1:${DEMO_CORE_PORT:-8700}"
        # Up to 10 s for it to listen; the kiosk works without it too (the manual path).
        for _ in $(seq 50); do "$VENV/bin/kiosk" core status >/dev/null 2>&1 && break; sleep 0.2; done
        "$VENV/bin/kiosk" run --demo "$@"
        ;;
    test)
        install_packages "${BASE_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        setup_python
        fetch_axe_core
        start_services
        run_tests "$@"
        ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
