#!/usr/bin/env bash
# The Debian package in a clean Debian 12 root (debootstrap, minbase), as root:
#   bash packaging/linux/test-deb.sh [DEB]        DEB: default the newest dist/kakanai-kiosk_*.deb
# 1. the previous build installs with its dependencies (apt, from the package's Depends);
# 2. a visit is recorded and the configuration edited; the new build is installed over it
#    (an upgrade): the visit and the edit are still there, the schema is at head;
# 3. the systemd unit passes `systemd-analyze verify`;
# 4. the kiosk starts under cage (WLR_BACKENDS=headless) as the kiosk user and grim's
#    screenshot of the welcome screen is saved in .ci/artifacts/kiosk-under-cage.png; it must
#    be the welcome screen filling the output, in the configured language (ja), the same
#    pixels as the offscreen rendering kept beside it (kiosk-welcome-reference.png);
# 5. `kakanai-kiosk-role clerk` turns the tablet into a clerk PC (no kiosk session).
# The previous build is KIOSK_PREVIOUS_DEB when given (CI keeps the last release's .deb);
# otherwise the same bundle repackaged with a lower version. The base root is cached in
# build/packaging/ (debootstrap needs the Debian mirror the first time).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEB=${1:-$(ls -t "$ROOT"/dist/kakanai-kiosk_*_amd64.deb | head -1)}
DEB=$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")
ARTIFACTS="$ROOT/.ci/artifacts"
CACHE="$ROOT/build/packaging/bookworm-minbase.tar"
WORK=$(mktemp -d -t kiosk-deb.XXXXXX)
R="$WORK/root"
CAGE_PID=""
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
ok() { echo "test-deb: ok: $*"; }
cleanup() {
    [ -z "$CAGE_PID" ] || kill -- "-$CAGE_PID" 2>/dev/null || true
    [ -z "$CAGE_PID" ] || wait "$CAGE_PID" 2>/dev/null || true
    for mount in "$R/dev/shm" "$R/proc"; do
        mountpoint -q "$mount" && umount -l "$mount"
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot)"
in_root() { chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_kiosk() {
    chroot "$R" su -s /bin/sh kiosk -c "export KIOSK_CONFIG=/etc/kakanai-kiosk/kiosk.toml \
        KIOSK_HOME=/var/lib/kakanai-kiosk LANG=C.UTF-8; $1"
}

command -v debootstrap >/dev/null && command -v systemd-analyze >/dev/null \
    || apt-get install -y -q debootstrap systemd >/dev/null

# A clean root: Debian 12 minbase, nothing of ours.
mkdir -p "$R" "$(dirname "$CACHE")" "$ARTIFACTS"
if [ ! -f "$CACHE" ]; then
    debootstrap --variant=minbase bookworm "$WORK/base" http://deb.debian.org/debian >/dev/null
    tar -C "$WORK/base" -cf "$CACHE" .
    rm -rf "$WORK/base"
fi
tar -C "$R" -xf "$CACHE"
cp /etc/resolv.conf "$R/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' > "$R/usr/sbin/policy-rc.d"  # no daemons start in the root
chmod +x "$R/usr/sbin/policy-rc.d"
mount -t proc proc "$R/proc"
mount -t tmpfs -o mode=1777 shm "$R/dev/shm"

# The previous build.
if [ -n "${KIOSK_PREVIOUS_DEB:-}" ]; then
    cp "$KIOSK_PREVIOUS_DEB" "$R/tmp/previous.deb"
else
    mkdir -p "$WORK/prev"
    dpkg-deb -R "$DEB" "$WORK/prev/pkg"
    sed -i 's/^Version: .*/Version: 0.0.1+previous/' "$WORK/prev/pkg/DEBIAN/control"
    dpkg-deb --root-owner-group -Zgzip -z1 --build "$WORK/prev/pkg" "$R/tmp/previous.deb" >/dev/null
fi
cp "$DEB" "$R/tmp/current.deb"

# 1. Install the previous build with its dependencies, and what the test drives (cage, grim).
in_root sh -c 'apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install \
    -y -q --no-install-recommends /tmp/previous.deb cage grim xwayland systemd' >"$WORK/apt.log" 2>&1 \
    || { tail -30 "$WORK/apt.log" >&2; fail "the previous build did not install"; }
[ -x "$R/opt/kakanai-kiosk/kiosk" ] || fail "nothing under /opt/kakanai-kiosk"
in_root getent passwd kiosk >/dev/null || fail "no kiosk system user"
[ "$(stat -c %U "$R/var/lib/kakanai-kiosk")" = "$(in_root id -u kiosk)" ] \
    || [ "$(in_root stat -c %U /var/lib/kakanai-kiosk)" = kiosk ] || fail "the data folder is not the kiosk user's"
ok "installed $(in_root dpkg-query -W -f '${Package} ${Version}' kakanai-kiosk) with its dependencies"
as_kiosk "kiosk --version" | grep -Eq '^build: frozen \((linux|deb)\)' || fail "kiosk --version in the root"

# 2. A visit before the upgrade, and a town's own configuration line.
as_kiosk "kiosk db upgrade && kiosk demo-data --visits 3 --days 7 --seed 7" >/dev/null
sed -i 's/^\[terminal\]$/[terminal]\nid = "tablet-7"/' "$R/etc/kakanai-kiosk/kiosk.toml"
visits() {
    "$ROOT/.venv/bin/python" -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM visit").fetchone()[0], "visit(s)")' \
        "$R/var/lib/kakanai-kiosk/data/kiosk.sqlite3"
}
before=$(visits)
[ -n "$before" ] && [ "$before" != "0 visit(s)" ] || fail "no visit recorded before the upgrade ($before)"
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confold /tmp/current.deb' >"$WORK/upgrade.log" 2>&1 \
    || { tail -30 "$WORK/upgrade.log" >&2; fail "the upgrade failed"; }
after=$(visits)
[ "$after" = "$before" ] || fail "the visits changed in the upgrade: $before -> $after"
grep -q '^id = "tablet-7"' "$R/etc/kakanai-kiosk/kiosk.toml" || fail "the upgrade lost the configuration"
as_kiosk "kiosk db status" | grep -q "up to date" || fail "the schema is not at head after the upgrade"
ok "upgraded to $(in_root dpkg-query -W -f '${Version}' kakanai-kiosk): $after kept, configuration kept, schema at head"

# 3. The unit.
systemd-analyze verify --root="$R" /lib/systemd/system/kakanai-kiosk.service 2>"$WORK/verify.log" \
    || { cat "$WORK/verify.log" >&2; fail "systemd-analyze verify"; }
ok "systemd-analyze verify kakanai-kiosk.service: no complaint"

# 4. The kiosk under cage, headless, and a screenshot. The output is 1280×720: Debian 12's
# wlroots (0.15) gives a headless output no other size, and its cage (0.1.4) offers no
# output-management protocol that wlr-randr could resize it with. The kiosk runs as the unit
# runs it (the kiosk user, QT_QPA_PLATFORM=wayland, cage -d), with one difference: `-r -r`
# turns the output by 180° (grim turns the picture back). Without it cage shows a window the
# size of the output by direct scan-out of the kiosk's buffer, which wlroots 0.15's
# screencopy cannot read: grim then gets the last frame cage composited itself, the window's
# first one at its first size, and that is what the old screenshot showed (853×480, English
# welcome text). A turned output is always composited. On a tablet's screen (DRM) nothing of
# this applies: what scan-out shows is the kiosk's own frame.
mkdir -p "$R/run/kiosk-xdg"; in_root chown kiosk:kiosk /run/kiosk-xdg; chmod 0700 "$R/run/kiosk-xdg"
# What the screen must look like: the same welcome screen, drawn offscreen by the checkout's
# kiosk with the root's own configuration, at the output's size.
KIOSK_HOME="$WORK/reference-home" QT_QPA_PLATFORM=offscreen "$ROOT/.venv/bin/python" \
    "$ROOT/packaging/linux/welcome_on_screen.py" reference "$ARTIFACTS/kiosk-welcome-reference.png" \
    1280x720 "$R/etc/kakanai-kiosk/kiosk.toml" >"$WORK/reference.log" 2>&1 \
    || { cat "$WORK/reference.log" >&2; fail "the offscreen welcome screen (the reference)"; }
# A session of its own (setsid), so the clean-up ends su, cage and the kiosk together.
setsid bash -c "$(declare -f as_kiosk); R='$R'; as_kiosk 'export XDG_RUNTIME_DIR=/run/kiosk-xdg \
    QT_QPA_PLATFORM=wayland WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1; \
    exec cage -d -r -r -- kiosk run'" >"$WORK/cage.log" 2>&1 &
CAGE_PID=$!
shot="$ARTIFACTS/kiosk-under-cage.png"
rm -f "$shot"
verdict="no screenshot"
for _ in $(seq 1 60); do
    sleep 0.5
    [ -S "$R/run/kiosk-xdg/wayland-0" ] || continue
    as_kiosk "XDG_RUNTIME_DIR=/run/kiosk-xdg WAYLAND_DISPLAY=wayland-0 grim /run/kiosk-xdg/shot.png" \
        2>/dev/null || continue
    cp "$R/run/kiosk-xdg/shot.png" "$shot"
    # Fails on a window smaller than the output, anything unpainted, or other text.
    verdict=$("$ROOT/.venv/bin/python" "$ROOT/packaging/linux/welcome_on_screen.py" check \
        "$shot" "$ARTIFACTS/kiosk-welcome-reference.png" 2>&1) && break
    verdict="FAIL $verdict"
done
case "$verdict" in
    "no screenshot"|FAIL*) tail -20 "$WORK/cage.log" >&2
        fail "no welcome screen under cage: $verdict (last screenshot: $shot)" ;;
esac
ok "the welcome screen under cage (headless, 1280×720): $shot; $verdict"

# 5. A clerk PC: the same package, the role changed, no kiosk session.
in_root kakanai-kiosk-role clerk >/dev/null
grep -q '^role = "clerk"' "$R/etc/kakanai-kiosk/kiosk.toml" || fail "kakanai-kiosk-role clerk"
[ -f "$R/usr/share/applications/kakanai-kiosk-clerk.desktop" ] || fail "no clerk menu entry"
ok "kakanai-kiosk-role clerk: role set, the clerk console in the menu"
echo "test-deb: all checks passed ($(du -h "$DEB" | cut -f1) package)"
