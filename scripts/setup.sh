#!/usr/bin/env bash
# npm run setup: everything a fresh Debian/Ubuntu machine needs, idempotent.
#   system packages when missing: redis-server (to run), postgresql and chromium (for the tests);
#   npm packages (from the lockfile), build, database migrations, seeds.
# SETUP_SKIP_TEST_DEPS=1 skips postgresql and chromium (a production host needs neither).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "Need root to run: $* (run as root, or install sudo)" >&2; return 1; fi
}

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${SETUP_SKIP_TEST_DEPS:-0}" != "1" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    say "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
  else
    echo "Please install: ${missing[*]} (no apt-get on this machine)" >&2
    exit 1
  fi
fi

# sqlite3 builds from source here: node-gyp needs Node's headers.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi

say "Installing npm packages"
npm install --no-audit --no-fund --loglevel=error

say "Building"
npm run --silent build

say "Applying database migrations"
npm run --silent migrate

say "Loading seeds"
npm run --silent seed

say "Set up. Run: npm start  (http://localhost:${PORT:-3000})"
