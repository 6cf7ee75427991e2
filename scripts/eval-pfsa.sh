#!/usr/bin/env bash
# PFSA-ID evaluation of the quote recogniser (warta-quotes): direct-quote span F1 against the
# corpus's STATEMENT entities, CUE F1 and speaker attribution accuracy, on the test split.
# PFSA-ID is CC BY-NC-SA: it is read from ../shared/data/pfsa-id (or $WARTA_SHARED/data/pfsa-id)
# and never copied into the repository. Skips (exit 0) when the data is absent.
#
# Bars (test): direct-quote span F1 (exact, normalised) >= 0.90 and speaker attribution >= 0.90.
# Exit 4 below a bar. WARTA_PFSA_SPLIT=dev scores the dev split (the only one rules are tuned on).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
D=$SHARED/data/pfsa-id
if [ ! -f "$D/test.txt" ]; then
  echo "eval-pfsa: $D/test.txt not found; skipping"
  exit 0
fi
cargo build --release -q -p warta-cli
W=${WARTA_BIN:-target/release/warta}
SPLIT=${WARTA_PFSA_SPLIT:-test}
rc=0
"$W" eval pfsa --data "$D" --split "$SPLIT" --bar "${WARTA_PFSA_BAR:-0.90,0.90}" || rc=$?
if [ "$rc" -eq 4 ]; then echo "eval-pfsa: below bar"; fi
exit "$rc"
