#!/usr/bin/env bash
# Store evaluation with bars: runs scripts/bench-store.sh on N articles (default 20000) and fails
# when ingest throughput or search p95 latency misses its bar.
#
#   scripts/eval-store.sh [N]
#   STORE_MIN_INGEST=400 STORE_MAX_P95_MS=20 scripts/eval-store.sh 100000
#
# Skips (exit 0) when ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
MIN_INGEST="${STORE_MIN_INGEST:-300}"
MAX_P95="${STORE_MAX_P95_MS:-20}"
DATA="${WARTA_DATA:-../shared/data}"
if [ ! -d "$DATA" ]; then
  echo "skipped: no data folder at $DATA"
  exit 0
fi
LOG=target/bench/eval-store.log
mkdir -p target/bench
bash scripts/bench-store.sh "$N" | tee "$LOG"
rate=$(sed -n 's/^ingest: .* = \([0-9]*\) records\/s.*/\1/p' "$LOG")
p95=$(sed -n 's/.*latency ms p50 [0-9.]* p95 \([0-9.]*\) .*/\1/p' "$LOG" | head -1)
bytes=$(sed -n 's/.* = \([0-9]*\) bytes\/article/\1/p' "$LOG")
echo
printf '%-28s %12s %12s %6s\n' metric value bar ok
ok_rate=$(awk -v v="$rate" -v b="$MIN_INGEST" 'BEGIN{print (v >= b) ? "yes" : "NO"}')
ok_p95=$(awk -v v="$p95" -v b="$MAX_P95" 'BEGIN{print (v <= b) ? "yes" : "NO"}')
printf '%-28s %12s %12s %6s\n' "ingest records/s" "$rate" ">= $MIN_INGEST" "$ok_rate"
printf '%-28s %12s %12s %6s\n' "search p95 ms" "$p95" "<= $MAX_P95" "$ok_p95"
printf '%-28s %12s %12s %6s\n' "store bytes/article" "$bytes" "-" "-"
if [ "$ok_rate" != yes ] || [ "$ok_p95" != yes ]; then
  echo "store evaluation below bar"
  exit 4
fi
