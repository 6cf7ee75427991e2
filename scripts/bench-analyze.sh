#!/usr/bin/env bash
# Whole-analysis speed and memory, on one core and on all cores: `warta analyze` over N copies of
# article-sized inputs (the shared worked example when ../shared is present, else the bundled
# examples), plus the cold load time of every embedded lexicon. Prints a table; compare ratios,
# not absolute times (the machine is noisy). Criterion bench: cargo bench -p warta-extract.
# usage: scripts/bench-analyze.sh [N]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
SHARED=${WARTA_SHARED:-../shared}
cargo build --release -q -p warta-cli -p warta-extract --examples --bins
W=target/release/warta
src=examples/kunjungan-menlu.txt
[ -f "$SHARED/examples/dw-putin-kim/article.txt" ] && src="$SHARED/examples/dw-putin-kim/article.txt"
corpus=target/bench-analyze.jsonl
python3 - "$src" "$N" "$corpus" <<'PY'
import json, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(src, encoding="utf-8").read().split("\n")
title, body = lines[0], "\n".join(lines[2:])
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"copy-{i}", "title": title, "source": "bench", "published": "2024-06-18", "text": body}, ensure_ascii=False) + "\n")
PY
chars=$(python3 -c "import sys,json; print(len(json.loads(open('$corpus').readline())['text']))")
echo "input: $N copies of $(basename "$src") ($chars chars each)"
printf 'threads\tarticles\tseconds\tarticles_per_s\tmax_rss_mb\n'
for j in 1 2; do
  /usr/bin/time -f '%e %M' -o target/bench-time.txt "$W" analyze -j "$j" --format jsonl "$corpus" > /dev/null
  read -r secs kb < target/bench-time.txt
  python3 -c "print(f'$j\t$N\t$secs\t{$N/max($secs,1e-9):.0f}\t{$kb/1024:.1f}')"
done
for i in 1 2 3; do target/release/examples/load_time; done | sort -t$'\t' -k2 -n | head -1 | sed 's/^/cold /'
