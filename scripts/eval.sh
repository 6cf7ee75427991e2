#!/usr/bin/env bash
# Runs every evaluation against ../shared (or $WARTA_SHARED) and fails when a score drops below
# its recorded bar. Each evaluation prints a table; see README "Measured".
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
cargo build --release -q -p warta-cli
W=target/release/warta
if [ ! -d "$SHARED/data" ]; then echo "eval: $SHARED/data not found; skipping evaluations"; exit 0; fi
echo "eval: (evaluations are added as they land)"
