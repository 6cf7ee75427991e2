#!/usr/bin/env bash
# Speed of warta-time against dateparser's search_dates (the Python peer in
# ../shared/bench/peers.py; venv in target/peers-venv from ../shared/bench/requirements.lock),
# per article, on the same inputs:
#   - the DW example article (../shared/examples/dw-putin-kim/article.txt, 2.4 KB, 4 expressions);
#   - the dense bench paragraph (crates/time/benches/paragraph.txt, 0.7 KB, 6 expressions).
# Ours: crates/time/examples/profile (mean over many runs, one core). Peer: best of 3 runs over 20
# copies, one search_dates call per copy. Skips with a message when ../shared (or $WARTA_SHARED)
# or the venv is absent. Instruction counts (noise-free) with valgrind:
#   valgrind --tool=callgrind target/release/examples/profile 1000 FILE
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
DW=$SHARED/examples/dw-putin-kim/article.txt
PARA=crates/time/benches/paragraph.txt
if [ ! -f "$DW" ] || [ ! -f "$SHARED/bench/peers.py" ]; then
  echo "bench-time: $SHARED not found; skipping"
  exit 0
fi
cargo build --release -q -p warta-time --example profile
echo "== warta-time (find_times, one core)"
target/release/examples/profile 100000 "$DW"
target/release/examples/profile 100000 "$PARA"
VENV=target/peers-venv
if [ ! -x "$VENV/bin/python" ]; then
  echo "bench-time: $VENV not found (see ../shared/bench/README.md); peer skipped"
  exit 0
fi
echo "== dateparser search_dates (name, tokens, seconds for 20 articles, tokens/s, note)"
"$VENV/bin/python" "$SHARED/bench/peers.py" "$DW" 20 --only dateparser --runs 3 | tail -n +3
"$VENV/bin/python" "$SHARED/bench/peers.py" "$PARA" 20 --only dateparser --runs 3 | tail -n +3
