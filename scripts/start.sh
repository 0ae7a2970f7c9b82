#!/usr/bin/env bash
# npm start: the service on the embedded default (SQLite + a private Redis) unless DATABASE_URL / REDIS_URL say otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/src/main.js ]; then
  echo "No build found: building first (npm run setup does this once)." >&2
  npm run --silent build
fi
# MikroORM loads .env through dotenv, which otherwise prints a banner among the JSON logs.
export DOTENV_CONFIG_QUIET="${DOTENV_CONFIG_QUIET:-true}"
exec node dist/src/main.js
