#!/usr/bin/env bash
# UD evaluation of the text layer (tokens, sentences) and lemmatiser, from raw text, aligned as the
# CoNLL 2018 shared task script does. Prints a table per treebank and exits 4 when a score is below
# its bar. Skips (exit 0) when ../shared/data (or $WARTA_SHARED/data) is absent.
#
# Bars: tokens >= 99.9 / 99.7 / 99.7 and sentences >= 94 / 92 / 95 on GSD / CSUI / PUD test.
# Lemma bars (GSD and CSUI) are off by default; switch them on with WARTA_UD_LEMMA_BAR=98.5.
# WARTA_UD_GSD_BAR / WARTA_UD_CSUI_BAR / WARTA_UD_PUD_BAR override the token/sentence bars
# (e.g. WARTA_UD_GSD_BAR=tokens=99.9,sentences=87). WARTA_UD_EXAMPLES=N prints N error examples
# per file. Conventions per treebank are chosen from the file names (GSD: abbreviation dots are
# tokens of their own; CSUI: CSUI lemma conventions); see `warta eval ud --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
D=$SHARED/data
if [ ! -d "$D/UD_Indonesian-GSD" ] || [ ! -d "$D/UD_Indonesian-CSUI" ] || [ ! -d "$D/UD_Indonesian-PUD" ]; then
  echo "eval-ud: UD treebanks not found under $D; skipping"
  exit 0
fi
cargo build --release -q -p warta-cli
W=${WARTA_BIN:-target/release/warta}
LEMMA_BAR=${WARTA_UD_LEMMA_BAR:-}
EXAMPLES=${WARTA_UD_EXAMPLES:-0}
lemma() { if [ -n "$LEMMA_BAR" ]; then echo ",lemmas=$LEMMA_BAR"; fi; }

status=0
run() {
  local file=$1 bar=$2 rc=0
  "$W" eval ud "$file" --bar "$bar" --examples "$EXAMPLES" || rc=$?
  if [ "$rc" -eq 4 ]; then status=4; elif [ "$rc" -ne 0 ]; then exit "$rc"; fi
}
run "$D/UD_Indonesian-GSD/id_gsd-ud-test.conllu" "${WARTA_UD_GSD_BAR:-tokens=99.9,sentences=94}$(lemma)"
run "$D/UD_Indonesian-CSUI/id_csui-ud-test.conllu" "${WARTA_UD_CSUI_BAR:-tokens=99.7,sentences=92}$(lemma)"
run "$D/UD_Indonesian-PUD/id_pud-ud-test.conllu" "${WARTA_UD_PUD_BAR:-tokens=99.7,sentences=95}"
if [ -z "$LEMMA_BAR" ]; then
  echo "eval-ud: lemma bars not applied (set WARTA_UD_LEMMA_BAR=98.5 to apply them to GSD and CSUI)"
fi
if [ "$status" -ne 0 ]; then echo "eval-ud: below bar"; fi
exit "$status"
