#!/usr/bin/env bash
# Content-word lemma accuracy: warta-morph beside Sastrawi and nlp-id on UD Indonesian GSD, CSUI
# and PUD test. Needs ../shared (data + bench/requirements.lock); skips without it.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
LOCK=${LOCK:-../shared/bench/requirements.lock}
if [ ! -d "$DATA" ] || [ ! -f "$LOCK" ]; then
  echo "compare-lemmatizers: $DATA or $LOCK absent, skipped"
  exit 0
fi
VENV=target/peers-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r "$LOCK"
fi
cargo build -q --release -p xtask
"$VENV/bin/python" scripts/compare-lemmatizers.py "$DATA" target/release/xtask
