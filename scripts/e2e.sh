#!/usr/bin/env bash
# End-to-end browser tests of `warta serve`: builds the binary, ingests e2e/corpus into a fresh
# store, serves it on a free loopback port and drives Debian's chromium with playwright-core
# (e2e/run.mjs). Screenshots go to target/e2e-artifacts/.
#
# Needs: node + npm (for `npm ci` of the pinned playwright-core in e2e/package-lock.json) and
# /usr/bin/chromium. When chromium is absent this script runs `apt-get install -y chromium`
# (Debian package; needs root). If that is impossible it prints SKIP and exits 0.
# No browser is downloaded by playwright (`playwright install` is never run).
set -euo pipefail
cd "$(dirname "$0")/.."
ART=target/e2e-artifacts
mkdir -p "$ART"

if [ ! -x /usr/bin/chromium ]; then
  echo "e2e: /usr/bin/chromium missing; installing Debian's chromium (apt-get install -y chromium)"
  if ! { apt-get install -y chromium >/dev/null 2>&1 \
        || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; }; }; then
    echo "e2e: SKIP: chromium could not be installed (not root, or no Debian mirror)"
    exit 0
  fi
fi
if ! command -v npm >/dev/null; then
  echo "e2e: SKIP: node/npm not installed"
  exit 0
fi
if ! (cd e2e && npm ci --no-audit --no-fund --silent); then
  echo "e2e: SKIP: npm ci failed (no access to the npm registry?)"
  exit 0
fi

cargo build -q -p warta-cli
BIN=target/debug/warta
WORK=$(mktemp -d)
LOG="$WORK/serve.log"
"$BIN" ingest e2e/corpus --db "$WORK/e2e.db" --no-progress
"$BIN" serve --db "$WORK/e2e.db" --addr 127.0.0.1:0 2>"$LOG" &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
URL=""
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^warta: serving on \(http:[^ ]*\)\/$/\1/p' "$LOG" | head -1)
  [ -n "$URL" ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG"; echo "e2e: server exited"; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { cat "$LOG"; echo "e2e: server did not start"; exit 1; }
echo "e2e: server at $URL"
BASE="$URL" ART="$ART" CORPUS=e2e/corpus node e2e/run.mjs
