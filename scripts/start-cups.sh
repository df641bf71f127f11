#!/usr/bin/env bash
# Start cupsd without systemd and add the `kiosk-pdf` cups-pdf queue (idempotent).
#
# Used by .ci/run and by developers before the CUPS integration tests. The cups-pdf
# output folder is fixed (KIOSK_CUPS_PDF_OUT, default /var/spool/cups-pdf/kiosk) so tests
# can find what was "printed". Needs root, the `cups` and `printer-driver-cups-pdf` packages.
set -euo pipefail

QUEUE="${KIOSK_CUPS_QUEUE:-kiosk-pdf}"
OUT_DIR="${KIOSK_CUPS_PDF_OUT:-/var/spool/cups-pdf/kiosk}"
CONF=/etc/cups/cups-pdf.conf

if ! command -v cupsd >/dev/null || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
    echo "start-cups: install cups and printer-driver-cups-pdf first" >&2
    exit 1
fi

mkdir -p "$OUT_DIR"
chmod 0777 "$OUT_DIR"
# Write every job to one known folder, whoever submits it.
if grep -qE '^Out ' "$CONF"; then
    sed -i "s|^Out .*|Out $OUT_DIR|" "$CONF"
else
    echo "Out $OUT_DIR" >> "$CONF"
fi
if grep -qE '^AnonDirName ' "$CONF"; then
    sed -i "s|^AnonDirName .*|AnonDirName $OUT_DIR|" "$CONF"
else
    echo "AnonDirName $OUT_DIR" >> "$CONF"
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    mkdir -p /run/cups /var/spool/cups /var/log/cups
    # -f keeps it in the foreground of its own background process; no systemd needed.
    nohup cupsd -f >/var/log/cups/kiosk-cupsd.log 2>&1 &
fi
for _ in $(seq 1 100); do
    if lpstat -r 2>/dev/null | grep -q "is running"; then break; fi
    sleep 0.1
done
lpstat -r | grep -q "is running" || { echo "start-cups: cupsd did not start" >&2; exit 1; }

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    PPD=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
    if [ -z "$PPD" ]; then PPD=$(ls /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n1); fi
    if [ -n "$PPD" ] && [ -f "$PPD" ]; then
        lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$PPD"
    else
        lpadmin -p "$QUEUE" -v cups-pdf:/ -m "${PPD:-lsb/usr/cups-pdf/CUPS-PDF_opt.ppd}"
    fi
fi
lpadmin -p "$QUEUE" -o printer-error-policy=abort-job -o media=A4
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
echo "start-cups: queue $QUEUE ready, output in $OUT_DIR"
