#!/usr/bin/env bash
# Rebuilds the committed tagger models in data/models/ from ../shared/data (or
# $WARTA_SHARED/data) and checks they are bit-identical to the committed files.
# Training is single-threaded and deterministic; both models take well under a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
if [ ! -d "$SHARED/data/UD_Indonesian-CSUI" ]; then
  echo "train-models: $SHARED/data not found; skipping"
  exit 0
fi
cargo build --release -q -p warta-cli
W=target/release/warta
time $W train pos --data "$SHARED/data" --out data/models/pos-ud.wtag
time $W train ner --data "$SHARED/data" --out data/models/ner-id.wtag
if git diff --quiet -- data/models; then
  echo "train-models: data/models rebuilt bit-for-bit"
else
  echo "train-models: data/models differ from the committed files" >&2
  git diff --stat -- data/models >&2
  exit 1
fi
