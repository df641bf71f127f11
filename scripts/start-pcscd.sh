#!/bin/sh
# Start pcscd in the background (no systemd here) and wait until it answers.
#
# Idempotent: does nothing but the readiness check when pcscd already runs. Call it
# after installing vsmartcard-vpcd, because pcscd reads /etc/reader.conf.d/ only when it
# starts; the virtual readers ("Virtual PCD 00 00", TCP 35963) then appear.
#
#   PCSCD_LOG   where pcscd's own output goes (default /tmp/pcscd.log)
#   PCSCD_WAIT  seconds to wait for readiness (default 15)
set -eu

LOG="${PCSCD_LOG:-/tmp/pcscd.log}"
WAIT="${PCSCD_WAIT:-15}"
PIDFILE=/run/pcscd/pcscd.pid
SOCKET=/run/pcscd/pcscd.comm
VPCD_CONF=/etc/reader.conf.d/vpcd

pid() {
    # pcscd writes "PID\n\0": drop the NUL so the shell does not warn.
    tr -d '\000' <"$PIDFILE" 2>/dev/null
}

running() {
    [ -f "$PIDFILE" ] && kill -0 "$(pid)" 2>/dev/null
}

vpcd_port_open() {
    # The vpcd driver listens on TCP 35963 once pcscd has loaded it.
    if command -v ss >/dev/null 2>&1; then
        ss -ltn 2>/dev/null | grep -q ':35963 '
    else
        grep -qi ':8C7B ' /proc/net/tcp /proc/net/tcp6 2>/dev/null
    fi
}

ready() {
    running || return 1
    [ -S "$SOCKET" ] || return 1
    if [ -f "$VPCD_CONF" ]; then
        vpcd_port_open || return 1
    fi
    return 0
}

if ! command -v pcscd >/dev/null 2>&1; then
    echo "start-pcscd: pcscd is not installed (apt-get install pcscd vsmartcard-vpcd)" >&2
    exit 1
fi

if ! running; then
    mkdir -p /run/pcscd
    # A stale pid file from a killed daemon would make pcscd refuse to start.
    rm -f "$PIDFILE"
    nohup pcscd --foreground >>"$LOG" 2>&1 </dev/null &
fi

i=0
limit=$((WAIT * 10))
while ! ready; do
    i=$((i + 1))
    if [ "$i" -ge "$limit" ]; then
        echo "start-pcscd: pcscd did not become ready within ${WAIT}s (see $LOG)" >&2
        exit 1
    fi
    sleep 0.1
done
echo "start-pcscd: pcscd is running (pid $(pid))"
