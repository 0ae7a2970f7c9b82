#!/usr/bin/env bash
# Writes a new migration for both drivers (SQLite and PostgreSQL) from the entity changes:
# each is diffed against a fresh database with the committed migrations applied.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/migration-create.sh NAME}
source scripts/lib-postgres.sh
tmp=$(mktemp -d)
trap 'pg_temp_stop; rm -rf "$tmp"' EXIT
DATABASE_URL= DATA_DIR="$tmp" npm run --silent migrate -- up
DATABASE_URL= DATA_DIR="$tmp" npm run --silent migrate -- create "$name"
pg_temp_start
DATA_DIR="$tmp" npm run --silent migrate -- up
DATA_DIR="$tmp" npm run --silent migrate -- create "$name"
npx prettier --write src/migrations >/dev/null
