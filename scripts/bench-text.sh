#!/usr/bin/env bash
# Speed and memory of the text layer against Python peers, on the UD Indonesian raw text
# (GSD dev+test, PUD test, CSUI train+test: ~61k whitespace tokens, 15k distinct words).
#   (a) warta tokens/s on one core (tokenize, +sentence split, +lemma): best of RUNS runs;
#   (b) ../shared/bench/peers.py on the same text (venv in target/peers-venv from
#       ../shared/bench/requirements.lock), PEERS=spacy,nlpid by default (sastrawi takes ~12 min);
#   (c) resident memory of `warta tokens --raw -f json` on a big file (the UD text x BIG_COPIES).
# Skips with a message when ../shared (or $WARTA_SHARED) is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
PEERS=${PEERS:-spacy,nlpid}
RUNS=${RUNS:-5}
BIG_COPIES=${BIG_COPIES:-20}
if [ ! -d "$SHARED/data/UD_Indonesian-GSD" ] || [ ! -f "$SHARED/bench/peers.py" ]; then
  echo "bench-text: $SHARED/data or $SHARED/bench not found; skipping"
  exit 0
fi
mkdir -p target
TEXT=target/ud_text.txt
bash "$SHARED/bench/make_ud_text.sh" "$TEXT" >/dev/null

echo "== (a) warta text layer, one core (name, tokens, seconds, tokens/s, note)"
cargo build --release -q -p warta-text --example throughput
ours=$(cargo run --release -q -p warta-text --example throughput -- "$TEXT" "$RUNS")
echo "$ours"

echo "== (b) peers: $PEERS"
VENV=target/peers-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r "$SHARED/bench/requirements.lock"
fi
peers=$("$VENV/bin/python" "$SHARED/bench/peers.py" "$TEXT" 1 --runs 3 --only "$PEERS" | grep -v '^#' || true)
echo "$peers"

echo "== ratios (warta tokens/s / peer tokens/s; the same whitespace-token denominator)"
rate() { echo "$1" | awk -F'\t' -v n="$2" '$1==n {gsub(",","",$4); print $4}'; }
for mine in warta-tokenize warta-tokenize+split; do
  m=$(rate "$ours" "$mine")
  echo "$peers" | awk -F'\t' 'NR>1 && $4!="unavailable" {print $1"\t"$4}' | while IFS=$'\t' read -r name r; do
    r=${r//,/}
    [ -n "$r" ] && awk -v m="$m" -v r="$r" -v a="$mine" -v b="$name" 'BEGIN {printf "%-24s vs %-32s %8.0fx\n", a, b, m / r}'
  done
done

echo "== (c) resident memory of warta tokens on a big file"
BIG=target/ud_text_big.txt
for _ in $(seq "$BIG_COPIES"); do cat "$TEXT"; done > "$BIG"
cargo build --release -q -p warta-cli
W=target/release/warta
size=$(wc -c < "$BIG")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "$W" tokens --raw -f json "$BIG" 2> target/bench-text-time.txt > /dev/null
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' target/bench-text-time.txt)
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' target/bench-text-time.txt)
  echo "input $size bytes: max RSS ${rss} KB, wall $secs"
else
  "$W" tokens --raw -f json "$BIG" > /dev/null &
  pid=$!
  peak=0
  while kill -0 "$pid" 2>/dev/null; do
    r=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r
    sleep 0.05
  done
  wait "$pid"
  echo "input $size bytes: peak RSS ~${peak} KB (sampled from /proc VmHWM)"
fi
