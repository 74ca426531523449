# Start/stop a PostgreSQL cluster on 127.0.0.1 in a temp folder; exports CONVERSA_TEST_DATABASE_URL.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then echo "CI: PostgreSQL not installed; PostgreSQL store tests will skip." >&2; return 0; fi
  PGTMP=$(mktemp -d /tmp/conversa-pg.XXXXXX)
  chown -R postgres "$PGTMP" 2>/dev/null || true
  local port=55432
  local as=""
  [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
  $as "$bin/initdb" -D "$PGTMP/data" -U conversa --auth=trust >/dev/null
  $as "$bin/pg_ctl" -D "$PGTMP/data" -o "-p $port -k $PGTMP -c listen_addresses=127.0.0.1" -l "$PGTMP/log" -w start >/dev/null
  $as "$bin/createdb" -h 127.0.0.1 -p $port -U conversa conversa_test
  export CONVERSA_TEST_DATABASE_URL="postgresql+psycopg://conversa@127.0.0.1:$port/conversa_test"
  export PG_BIN="$bin" PGTMP PG_AS="$as"
}
stop_postgres() {
  [ -n "${PGTMP:-}" ] && $PG_AS "$PG_BIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1
}
