#!/usr/bin/env python3
"""Per-page time of Python trafilatura on the reader's HTML fixtures, for comparison with
`cargo run --release -p warta-read --example bench`.

usage: target/peers-venv/bin/python crates/read/examples/bench_trafilatura.py [ITER]
(the venv comes from ../shared/bench/requirements.lock, which pins trafilatura).
"""
import pathlib
import sys
import time

import trafilatura

ITER = int(sys.argv[1]) if len(sys.argv) > 1 else 200
FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"

print("file\tbytes\tus_per_page\tchars")
for path in sorted(FIXTURES.glob("*.html")):
    html = path.read_text(encoding="utf-8")
    out = trafilatura.bare_extraction(html, with_metadata=True)
    if not out or not out.text:
        continue
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(ITER):
            trafilatura.bare_extraction(html, with_metadata=True)
        best = min(best, (time.perf_counter() - t0) / ITER)
    print(f"{path.name}\t{len(html.encode())}\t{best * 1e6:.1f}\t{len(out.text)}")
