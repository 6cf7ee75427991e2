#!/usr/bin/env bash
# Load test of `warta serve` over loopback, bounded in requests and time:
#   - search and event queries with 50 concurrent keep-alive clients: latency p50/p95/p99, req/s;
#   - POST /api/analyze: articles/s with one client per core.
#
#   scripts/bench-serve.sh [N]     # N articles in the store (default 5000)
#   STORE=target/bench/bench.db scripts/bench-serve.sh
#                                  # an existing store instead (e.g. the 100k store that
#                                  # scripts/bench-store.sh builds); N is then ignored
#
# The store is built from scripts/make-bench-corpus.py (needs ../shared/data); without the data
# folder it falls back to the five e2e/corpus articles (numbers then only show the server's
# overhead). Client: crates/serve/examples/loadgen.rs (release build). Every run is capped at
# REQS requests and MAX_SECS seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-5000}"
REQS="${REQS:-5000}"
MAX_SECS="${MAX_SECS:-30}"
CLIENTS="${CLIENTS:-50}"
# Response cache of the server in MB (`warta serve --cache-mb`); CACHE_MB=0 measures every
# request computed from the store.
CACHE_MB="${CACHE_MB:-64}"
DATA="${WARTA_DATA:-../shared/data}"
OUT=target/bench-serve
mkdir -p "$OUT"
if [ -n "${STORE:-}" ]; then
  CORPUS=existing
elif [ -d "$DATA" ]; then
  CORPUS="$OUT/corpus-$N.jsonl"
  [ -s "$CORPUS" ] || python3 scripts/make-bench-corpus.py --data "$DATA" --n "$N" --out "$CORPUS"
else
  echo "note: no data folder at $DATA; using e2e/corpus (5 articles)"
  CORPUS=e2e/corpus
fi
cargo build --release -q -p warta-cli
cargo build --release -q -p warta-serve --example loadgen
WARTA=target/release/warta
LOADGEN=target/release/examples/loadgen
if [ -n "${STORE:-}" ]; then
  DB="$STORE"
  [ -s "$DB" ] || { echo "no store at $DB"; exit 1; }
else
  DB="$OUT/serve.db"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$WARTA" ingest --db "$DB" --no-progress "$CORPUS" 2>&1 | tail -1
fi
echo "store: $DB ($(du -h "$DB" | cut -f1))"

LOG="$OUT/serve.log"
"$WARTA" serve --db "$DB" --addr 127.0.0.1:0 --cache-mb "$CACHE_MB" 2>"$LOG" &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^warta: serving on http:\/\/\([^/]*\)\/$/\1/p' "$LOG" | head -1)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { cat "$LOG"; echo "server did not start"; exit 1; }
echo "server at $URL ($(nproc) cores; client and server share them; response cache ${CACHE_MB} MB)"

# Search paths: the store benchmark's query set, URL-encoded.
mapfile -t SEARCH < <(grep -v '^#' scripts/bench-queries.txt | grep -v '^$' | head -40 |
  python3 -c 'import sys,urllib.parse; [print("--get\n/api/search?limit=20&q=" + urllib.parse.quote(l.strip())) for l in sys.stdin]')
run() {
  local name=$1; shift
  printf '%-28s ' "$name"
  "$LOADGEN" --addr "$URL" --clients "$CLIENTS" --requests "$REQS" --max-secs "$MAX_SECS" "$@"
}
run "search (40 queries)" "${SEARCH[@]}"
# 1,500 distinct one-word queries (fixed seed), drawn from the words of the bench corpus (or pairs
# of the query set without it): with each asked about once per run, the cache rarely helps, so
# this line shows the cost of searches computed from the store.
DISTINCT="$OUT/distinct-queries.txt"
SRC=$(ls -S target/bench/corpus-*.jsonl "$OUT"/corpus-*.jsonl 2>/dev/null | head -1 || true)
python3 - "$SRC" scripts/bench-queries.txt > "$DISTINCT" <<'PY'
import collections, json, random, re, sys, urllib.parse
src, qfile = sys.argv[1], sys.argv[2]
words = collections.Counter()
if src:
    with open(src, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                break
            try:
                body = json.loads(line).get("text", "") or json.loads(line).get("body", "")
            except ValueError:
                continue
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{5,}", body))
pool = [w for w, n in words.most_common(6000) if n >= 3]
if len(pool) < 1500:
    qs = [l.strip() for l in open(qfile, encoding="utf-8") if l.strip() and not l.startswith("#")]
    pool += [a + " " + b for a in qs for b in qs if a < b]
rng = random.Random(7)
rng.shuffle(pool)
for q in pool[:1500]:
    print("/api/search?limit=20&q=" + urllib.parse.quote(q))
PY
printf '%-28s ' "search ($(wc -l < "$DISTINCT") distinct)"
"$LOADGEN" --addr "$URL" --clients "$CLIENTS" --requests 1500 --max-secs "$MAX_SECS" --get-file "$DISTINCT"
run "search --actor IDN" --get "/api/search?actor=IDN&limit=20"
run "events (mentions, cameo 04)" --get "/api/events?cameo=04&limit=100"
run "events aggregate" --get "/api/events?aggregate=true&limit=50"
run "timeline" --get "/api/timeline"
run "network" --get "/api/network"
ART="$OUT/article.txt"
cp e2e/corpus/03-presiden-kunjungi.txt "$ART"
printf '%-28s ' "analyze ($(wc -c < "$ART") B article)"
"$LOADGEN" --addr "$URL" --clients "$(nproc)" --requests 2000 --max-secs "$MAX_SECS" --post-file "$ART"
if [ -n "$SRC" ]; then
  # A typical record of the bench corpus (JSON), to report articles/s for article-sized input.
  REC="$OUT/record.json"
  sed -n 11p "$SRC" > "$REC"
  printf '%-28s ' "analyze ($(wc -c < "$REC") B JSON record)"
  "$LOADGEN" --addr "$URL" --clients "$(nproc)" --requests 2000 --max-secs "$MAX_SECS" \
    --content-type application/json --post-file "$REC"
fi
