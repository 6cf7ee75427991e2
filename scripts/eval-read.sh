#!/usr/bin/env bash
# Reader evaluation: dateline detection on PFSA-ID (evaluation only, CC BY-NC-SA; never shipped).
# Recall = article openings (`JAKARTA , KOMPAS —`) with a dateline city; false rate = other
# sentences that would be taken for a dateline at the start of a body. The stoplist was tuned on
# dev only; test is held out. Exits non-zero below the bars; skips when ../shared/data is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/pfsa-id
if [ ! -f "$DATA/dev.txt" ]; then
  echo "eval-read: skipped ($DATA not found)"
  exit 0
fi
cargo build --release -q -p warta-read --example datelines
for split in dev test; do
  echo "== pfsa-id $split (bars: recall >= 0.98, false rate <= 0.005)"
  target/release/examples/datelines --pfsa "$DATA/$split.txt" 0.98 0.005 | grep -v '^false cities'
done
