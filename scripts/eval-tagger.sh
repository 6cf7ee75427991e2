#!/usr/bin/env bash
# POS and NER taggers (warta-tagger): scores with the published metrics, read from ../shared/data
# (or $WARTA_SHARED/data), never copied. Skips (exit 0) when the data is absent.
#
# - shipped UPOS model on UD id_gsd / id_csui / id_pud test: gold tokenisation (accuracy) and
#   from raw text through warta-text + warta-morph (UPOS F1 over aligned words, gold sentences);
# - IndoNLU POSP and BaPOS (trained in memory on train, tuned on valid; macro F1 over tags with
#   IndoNLU's conlleval port), NERP and NERGrit (macro F1 over entity types);
# - IndoLEM NER-UI and NER-UGM (5 folds: train.0k -> test.0k, mean micro F1);
# - shipped PER/ORG/LOC model on NER-UI/NER-UGM fold-1 test and NERGrit test.
# Exits 4 when a score drops below its regression bar (the bars in the "bar" column are set just
# under the measured scores; the brief's targets are in the "published" column).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
if [ ! -d "$SHARED/data/indonlu-posp" ]; then
  echo "eval-tagger: $SHARED/data not found; skipping"
  exit 0
fi
cargo build --release -q -p warta-cli
W=target/release/warta
rc=0
$W eval pos --data "$SHARED/data" --check || rc=$?
echo
$W eval ner --data "$SHARED/data" --check || rc=$?
exit $rc
