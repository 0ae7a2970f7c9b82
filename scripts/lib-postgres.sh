# Starts a throwaway PostgreSQL server on a free loopback port (sourced by other scripts).
# Sets PG_TMP, PG_PORT and DATABASE_URL; pg_temp_stop stops it and removes its files.
pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_temp_start() {
  local bin; bin=$(pg_bin_dir) || { echo "PostgreSQL is not installed: run 'npm run setup' (or apt-get install -y postgresql)" >&2; return 1; }
  PG_TMP=$(mktemp -d /tmp/redress-pg.XXXXXX)
  PG_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  local run_as=()
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$PG_TMP"; run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_TMP/data" -U redress --auth=trust -E UTF8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U redress redress
  export DATABASE_URL="postgres://redress@127.0.0.1:$PG_PORT/redress"
  export PG_TMP PG_PORT
}

pg_temp_stop() {
  [ -n "${PG_TMP:-}" ] || return 0
  local bin; bin=$(pg_bin_dir)
  local run_as=()
  [ "$(id -u)" = "0" ] && run_as=(runuser -u postgres --)
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
}
