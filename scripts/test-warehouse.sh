#!/usr/bin/env bash
# `npm run test:warehouse`: the PostgreSQL tests (test/**/*.pgtest.ts, not in `npm test`) against a
# throw-away server: Debian's PostgreSQL (newest /usr/lib/postgresql/*/bin), a data folder under
# /tmp and a port of its own (CRM_PG_PORT, default 55432), started as the `postgres` user when we
# are root (PostgreSQL refuses to run as root), and stopped and removed after, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "test:warehouse: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
port=${CRM_PG_PORT:-55432}
data=$(mktemp -d /tmp/crm-pg.XXXXXX)
# The tests' role has a password so that they can check it never shows (scram over TCP).
password="crm-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres: "$data"
chmod 700 "$data"
stop() {
  as_postgres "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT INT TERM
printf '%s\n' "$password" >"$data/pw"
[ "$(id -u)" = 0 ] && chown postgres: "$data/pw"
as_postgres "$bin/initdb" -D "$data/db" -U crm --pwfile="$data/pw" -E UTF8 --locale=C \
  --auth-local=trust --auth-host=scram-sha-256 >"$data/initdb.log"
# No parallel scans: a table is then read in the order COPY wrote it, the order of the file's
# lines, which the in-memory path follows (the customers' order reaches the model fits).
as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_parallel_workers_per_gather=0" \
  start >/dev/null
as_postgres "$bin/createdb" -h "$data" -p "$port" -U crm crm
export CRM_TEST_PG_URL="postgres://crm:${password}@127.0.0.1:${port}/crm"
export CRM_TEST_PG_PASSWORD="$password"
npx jest -c jest.warehouse.config.js "$@"
