#!/usr/bin/env bash
# Lemmatiser evaluation: the committed lexicon matches its sources, and lemma accuracy on gold
# tokenisation of UD Indonesian GSD test and CSUI test is at least the bar (default 98.5%).
# Needs ../shared/data (or $WARTA_SHARED/data); skips without it.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
BAR=${BAR:-98.5}
D="$SHARED/data"
if [ ! -d "$D/UD_Indonesian-GSD" ]; then
  echo "eval-morph: $D not found; skipped"
  exit 0
fi
cargo build --release -q -p xtask
X=target/release/xtask
"$X" build-lemmas --data "$D" --check
"$X" lemma-eval --data "$D" --bar "$BAR" \
  "$D/UD_Indonesian-GSD/id_gsd-ud-test.conllu" \
  "$D/UD_Indonesian-CSUI/id_csui-ud-test.conllu"
