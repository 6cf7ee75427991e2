#!/usr/bin/env bash
# Actor lexicon (warta-actors): load time, matching speed, and agreement of lexicon matches with
# gold NER annotations on held-out news test splits (IndoNLU NERGrit test, IndoLEM NER-UI and
# NER-UGM test fold 1). The corpora are read from ../shared/data (or $WARTA_SHARED/data), never
# copied. Skips (exit 0) when the data is absent.
#
# Bar: strict precision (match = exactly one gold entity of the mapped type) >= 0.60 over all
# Person/Country/Place/Org matches (measured 0.64; most disagreements are places and countries
# inside organisation names, e.g. `Medan` in `PSMS Medan`). Exit 1 below the bar.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
D=$SHARED/data
FILES=("$D/indonlu-nergrit/test_preprocess.txt" "$D/indolem-nerui/test.01.tsv" "$D/indolem-nerugm/test.01.tsv")
for f in "${FILES[@]}"; do
  if [ ! -f "$f" ]; then
    echo "eval-actors: $f not found; skipping"
    exit 0
  fi
done
cargo build --release -q -p warta-actors --examples
target/release/examples/measure
target/release/examples/eval_ner --min-precision "${WARTA_ACTORS_BAR:-0.60}" "${FILES[@]}"
