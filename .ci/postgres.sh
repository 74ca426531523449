# Start/stop a throw-away PostgreSQL cluster on 127.0.0.1 in a temp folder; exports CONVERSA_TEST_DATABASE_URL.
# Usage: source .ci/postgres.sh; start_postgres; ...; stop_postgres
# Keeps an already set CONVERSA_TEST_DATABASE_URL (an external server); picks a free port from 55432 on.
_pg_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  if [ -n "${CONVERSA_TEST_DATABASE_URL:-}" ]; then
    echo "CI: using the PostgreSQL at CONVERSA_TEST_DATABASE_URL." >&2
    return 0
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then echo "CI: PostgreSQL not installed; PostgreSQL store tests will skip." >&2; return 0; fi
  local port=55432
  while _pg_port_in_use "$port"; do port=$((port + 1)); done
  PGTMP=$(mktemp -d /tmp/conversa-pg.XXXXXX)
  local as=""
  if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root
    chown -R postgres "$PGTMP"
    as="runuser -u postgres --"
  fi
  $as "$bin/initdb" -D "$PGTMP/data" -U conversa --auth=trust -E UTF8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log" >&2; return 1; }
  $as "$bin/pg_ctl" -D "$PGTMP/data" -o "-p $port -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" \
    -l "$PGTMP/log" -w start >/dev/null || { cat "$PGTMP/log" >&2; return 1; }
  $as "$bin/createdb" -h 127.0.0.1 -p "$port" -U conversa conversa_test
  export CONVERSA_TEST_DATABASE_URL="postgresql+psycopg://conversa@127.0.0.1:$port/conversa_test"
  export PG_BIN="$bin" PGTMP PG_AS="$as"
  echo "CI: PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port (CONVERSA_TEST_DATABASE_URL set)." >&2
}

stop_postgres() {
  [ -n "${PGTMP:-}" ] || return 0
  $PG_AS "$PG_BIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
  unset PGTMP CONVERSA_TEST_DATABASE_URL
}
