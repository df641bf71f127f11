#!/usr/bin/env bash
# Wrap the frozen folder into a Debian package with dpkg-deb (no debhelper needed).
#   bash packaging/linux/make-deb.sh BUNDLE OUT_DIR     (build.sh deb calls it)
# KIOSK_DEB_VERSION overrides the version (tests build two to check an upgrade).
# Layout: /opt/kakanai-kiosk (the bundle), /usr/bin/kiosk, /etc/kakanai-kiosk/kiosk.toml (a
# conffile: upgrades keep it), the kiosk user's data in /var/lib/kakanai-kiosk (never in the
# package, so upgrades and removal keep it), the systemd unit and the role command.
set -euo pipefail

BUNDLE=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NAME=kakanai-kiosk
program_version=$("$BUNDLE/kiosk" --version | sed -n 's/^kiosk //p' | head -1)
VERSION=${KIOSK_DEB_VERSION:-$program_version+$(date -u +%Y%m%d%H%M%S)}
STAGE=$(mktemp -d -t kiosk-deb.XXXXXX)
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/sbin" \
    "$STAGE/etc/$NAME" "$STAGE/lib/systemd/system" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/doc/$NAME"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
cp "$ROOT/README.md" "$STAGE/opt/$NAME/README.md"
ln -s "/opt/$NAME/kiosk" "$STAGE/usr/bin/kiosk"
install -m 0644 "$HERE/debian/kiosk.toml" "$STAGE/etc/$NAME/kiosk.toml"
install -m 0644 "$HERE/debian/$NAME.service" "$STAGE/lib/systemd/system/$NAME.service"
install -m 0755 "$HERE/debian/$NAME-role" "$STAGE/usr/sbin/$NAME-role"
install -m 0644 "$HERE/debian/$NAME-clerk.desktop" "$STAGE/usr/share/applications/"
install -m 0755 "$HERE/debian/postinst" "$HERE/debian/prerm" "$STAGE/DEBIAN/"
echo "/etc/$NAME/kiosk.toml" > "$STAGE/DEBIAN/conffiles"
printf 'Copyright: the kakanai-kiosk authors. License: MIT.\nBundled fonts: SIL OFL (resources/fonts/README.md). Qt: LGPL-3.0.\n' \
    > "$STAGE/usr/share/doc/$NAME/copyright"
size_kb=$(du -sk "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: amd64
Maintainer: kakanai-kiosk maintainers <kiosk@example.invalid>
Installed-Size: $size_kb
Section: misc
Priority: optional
Depends: pcscd, cups, fonts-ipamj-mincho, adduser, libc6 (>= 2.36), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libxkbcommon0, libwayland-client0, libwayland-cursor0, libwayland-egl1, libpcsclite1
Recommends: cage, xwayland, speech-dispatcher, printer-driver-all
Suggests: postgresql-client
Description: 書かない窓口: the write-free counter kiosk for town halls
 The resident kiosk (My Number card, life events, every form printed prefilled),
 the clerk console and the manager's window, frozen with its own Python and Qt.
 On a kiosk tablet it starts on boot under cage with the welcome screen and nothing
 else; on a clerk PC (kakanai-kiosk-role clerk) it adds the clerk console.
CONTROL
deb="$OUT/${NAME}_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$deb" >/dev/null
echo "make-deb: $deb ($(du -h "$deb" | cut -f1))"
