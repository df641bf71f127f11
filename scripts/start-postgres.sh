#!/usr/bin/env bash
# Start the local PostgreSQL cluster (no systemd here) and create the test role and
# database the suite uses: postgresql://kiosk:kiosk@127.0.0.1:5432/kiosk_test.
# Idempotent: safe to run when the server is already up.
set -euo pipefail

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=$(pg_lsclusters --no-header | awk -v v="$version" '$1==v {print $2; exit}')
if [ -z "$cluster" ]; then
    pg_createcluster "$version" main >/dev/null
    cluster=main
fi
online() {
    pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' \
        | grep -q online
}
# A server killed a moment ago may still hold its lock file until its process is reaped:
# try a few times before giving up.
for attempt in 1 2 3 4 5; do
    online && break
    pg_ctlcluster "$version" "$cluster" start && break
    [ "$attempt" -lt 5 ] || { echo "start-postgres: the server does not start" >&2; exit 1; }
    sleep 2
done
for _ in $(seq 1 50); do
    if su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 0.2
done
su postgres -c "psql -qAt" <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kiosk') THEN
    CREATE ROLE kiosk LOGIN PASSWORD 'kiosk' CREATEDB;
  END IF;
END $$;
-- tests/integration/test_pg_roles.py creates (and drops) its own per-test roles.
ALTER ROLE kiosk CREATEROLE;
SQL
if ! su postgres -c "psql -qAtc \"select 1 from pg_database where datname='kiosk_test'\"" | grep -q 1; then
    su postgres -c "createdb -O kiosk kiosk_test"
fi
echo "postgresql ready: postgresql://kiosk:kiosk@127.0.0.1:5432/kiosk_test"
