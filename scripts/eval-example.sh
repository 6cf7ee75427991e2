#!/usr/bin/env bash
# Scores `warta analyze` on the worked example (../shared/examples/dw-putin-kim) with the shared
# scorer and fails below the bars of issue 3: events P and R >= 0.9, modality and date accuracy
# 1.0, quote recall and speaker accuracy 1.0, entity recall and resolution >= 0.95, times 1.0.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
EX="$SHARED/examples/dw-putin-kim"
if [ ! -f "$EX/article.txt" ]; then echo "eval-example: $EX not found; skipping"; exit 0; fi
cargo build --release -q -p warta-cli
out=target/eval-example.json
target/release/warta analyze "$EX/article.txt" --format json > "$out"
"$SHARED/bin/warta-score" "$EX/gold.json" "$out"
"$SHARED/bin/warta-score" "$EX/gold.json" "$out" --json | python3 -c '
import json, sys
s = json.load(sys.stdin)
e, q, n, t = s["events"], s["quotes"], s["entities"], s["times"]
bars = [("events precision", e["precision"], 0.9), ("events recall", e["recall"], 0.9),
        ("modality accuracy", e["modality_accuracy"], 1.0), ("date accuracy", e["date_accuracy"], 1.0),
        ("quote recall", q["recall"], 1.0), ("speaker accuracy", q["speaker_accuracy"], 1.0),
        ("entity recall", n["recall"], 0.95), ("entity resolution", n["resolution_accuracy"], 0.95),
        ("times accuracy", t["accuracy"], 1.0)]
bad = [f"{name} {v:.3f} < {bar}" for name, v, bar in bars if v < bar]
for b in bad: print("eval-example: BELOW BAR:", b)
sys.exit(4 if bad else 0)'
echo "eval-example: all bars met"
