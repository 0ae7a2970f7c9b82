#!/usr/bin/env bash
# npm run test:postgres [-- jest args]: the integration and end-to-end suites against a real PostgreSQL,
# started on a free loopback port for this run and removed afterwards. Each test app gets its own database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib-postgres.sh
trap pg_temp_stop EXIT
pg_temp_start
export TEST_DATABASE_URL="$DATABASE_URL"
unset DATABASE_URL
echo "PostgreSQL on port $PG_PORT" >&2
DOTENV_CONFIG_QUIET=true NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning -r ts-node/register/transpile-only" \
  npx jest --selectProjects integration --testPathIgnorePatterns '/test/browser/' --maxWorkers=2 "$@"
