#!/usr/bin/env bash
# npm run test:scale [-- --count 500 --kill-at 0.3 --keep]: the scale-out set-up under a fault (see
# test/scale/scale-out.ts): a PostgreSQL started for the run on a free loopback port, one Redis, two web
# processes and two workers from dist/ (built first when the sources are newer), 500 documents, a worker
# killed with -9 and restarted. Prints its figures; exits non-zero when a check fails. Everything it
# started is stopped on the way out, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib-postgres.sh

SCALE_PIDFILE=$(mktemp /tmp/redress-scale-pids.XXXXXX)
export SCALE_PIDFILE
runner=""
cleanup() {
  # The runner stops what it started itself (also on SIGTERM); whatever is left after that, if the
  # runner was killed outright, is killed here by the pids it wrote down.
  if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
    kill -TERM "$runner" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$runner" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$runner" 2>/dev/null || true
  fi
  if [ -s "$SCALE_PIDFILE" ]; then
    while read -r pid; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done <"$SCALE_PIDFILE"
  fi
  rm -f "$SCALE_PIDFILE"
  pg_temp_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if [ ! -f dist/src/main.js ] || [ ! -f dist/src/worker.js ] ||
  [ -n "$(find src prisma-free-config -type f -newer dist/src/main.js -print -quit)" ]; then
  echo "Building dist/ (the sources are newer than the build)" >&2
  npm run --silent build
fi

pg_temp_start
echo "PostgreSQL on port $PG_PORT" >&2
# In the background and waited for, so a signal to this script is handled at once (by the traps).
DOTENV_CONFIG_QUIET=true node -r ts-node/register/transpile-only test/scale/scale-out.ts "$@" &
runner=$!
wait "$runner"
