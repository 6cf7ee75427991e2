#!/usr/bin/env bash
# Store benchmark: ingest throughput (articles/s, analysis + indexing included), search latency
# percentiles over a fixed query set, and store size per article.
#
#   scripts/bench-store.sh [N]      # N articles (default 100000); needs ../shared/data
#
# Builds the release binary, the corpus (scripts/make-bench-corpus.py -> target/bench/), ingests
# it into a fresh target/bench/bench.db with all cores, then runs scripts/bench-queries.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
DATA="${WARTA_DATA:-../shared/data}"
if [ ! -d "$DATA" ]; then
  echo "skipped: no data folder at $DATA"
  exit 0
fi
mkdir -p target/bench
CORPUS="target/bench/corpus-$N.jsonl"
DB="target/bench/bench.db"
[ -s "$CORPUS" ] || python3 scripts/make-bench-corpus.py --data "$DATA" --n "$N" --out "$CORPUS"
cargo build --release -q -p warta-cli
WARTA=target/release/warta
rm -f "$DB" "$DB-wal" "$DB-shm"

echo "== ingest $N articles ($(nproc) cores)"
start=$(date +%s.%N)
"$WARTA" ingest --db "$DB" --no-progress "$CORPUS" 2> target/bench/ingest.log || true
end=$(date +%s.%N)
cat target/bench/ingest.log
secs=$(awk "BEGIN{print $end - $start}")
articles=$(grep -o 'store [^:]*: [0-9]* articles' target/bench/ingest.log | grep -o '[0-9]* articles' | grep -o '[0-9]*')
bytes=$(stat -c %s "$DB")
awk -v n="$N" -v s="$secs" 'BEGIN{printf "ingest: %d records in %.1f s = %.0f records/s (wall, incl. start-up)\n", n, s, n/s}'
awk -v b="$bytes" -v a="$articles" 'BEGIN{printf "store: %d bytes for %d articles = %.0f bytes/article\n", b, a, b/a}'

echo "== search latency (scripts/bench-queries.txt, 3 rounds, warm)"
Q=target/bench/queries-3x.txt
cat scripts/bench-queries.txt scripts/bench-queries.txt scripts/bench-queries.txt > "$Q"
"$WARTA" search --db "$DB" --queries "$Q" -n 20 --format jsonl --timing > /dev/null
echo "== search with filters (same query set, warm)"
for args in "--source Kompas" "--actor IDN" "--cameo 04" "--since 2024-06-01 --until 2024-06-30"; do
  # shellcheck disable=SC2086
  echo "$args: $("$WARTA" search --db "$DB" --queries "$Q" $args -n 20 --format jsonl --timing 2>&1 >/dev/null)"
done
echo "== one process per command (includes start-up and cold pages)"
for args in "search --actor IDN" "search --cameo 04" "events -n 50" "actors -n 50"; do
  s=$(date +%s%N)
  # shellcheck disable=SC2086
  "$WARTA" $args --db "$DB" --format jsonl > /dev/null
  e=$(date +%s%N)
  echo "warta $args: $(( (e - s) / 1000000 )) ms"
done
