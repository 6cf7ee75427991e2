#!/usr/bin/env python3
"""Builds the store benchmark corpus: >= 100,000 article-sized JSONL records from raw Indonesian
sentences under ../shared/data, sampled deterministically (fixed seed, sorted inputs).

Sentences come from UD `# text` lines (GSD, CSUI, PUD) and from the tokens of the NER/POS corpora
joined back into text (IndoNLU NERGrit/NERP/POSP, IndoLEM NER UGM/UI, nlp-id POS). BaPOS and
PFSA-ID are not used (non-commercial licences). Each record is 6-20 sentences in 2-4 paragraphs
with a headline, publisher, date, id and URL; 3% are lightly edited syndicated copies of an
earlier record and 1% exact re-posts, so that ingest exercises de-duplication.

The corpus is written to target/bench/ (never committed: it is derived from the data sets).

usage: scripts/make-bench-corpus.py [--data ../shared/data] [--out target/bench/corpus.jsonl]
                                     [--n 100000] [--seed 20240618]
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

UD = ["UD_Indonesian-GSD", "UD_Indonesian-CSUI", "UD_Indonesian-PUD"]
TOKEN_FILES = [
    "indonlu-nergrit", "indonlu-nerp", "indonlu-posp", "indolem-nerugm", "indolem-nerui",
    "nlp-id-postag",
]
SOURCES = ["Kompas", "Tempo", "ANTARA", "DW", "Detik", "CNN Indonesia", "Republika", "BBC Indonesia"]


def detok(tokens):
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:?!%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{]) ", r"\1", s)
    s = re.sub(r" - ", "-", s)
    return s.strip()


def ud_sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                yield line[len("# text = "):].strip()


def token_sentences(path):
    toks = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield detok(toks)
                    toks = []
                continue
            tok = line.split("\t")[0].strip()
            if tok and not tok.startswith("-DOCSTART-"):
                toks.append(tok)
    if toks:
        yield detok(toks)


def pool(data):
    seen = set()
    out = []
    for d in UD:
        folder = os.path.join(data, d)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            if fn.endswith(".conllu"):
                for s in ud_sentences(os.path.join(folder, fn)):
                    if s not in seen:
                        seen.add(s)
                        out.append(s)
    for d in TOKEN_FILES:
        folder = os.path.join(data, d)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            if not (fn.endswith(".txt") or fn.endswith(".tsv")) or fn in ("nerugm.txt", "nergithub.txt"):
                continue
            for s in token_sentences(os.path.join(folder, fn)):
                # Article-like sentences only: a few words, ending in punctuation.
                if len(s.split()) >= 4 and s[-1] in ".?!\"'" and s not in seen:
                    seen.add(s)
                    out.append(s)
    return out


def headline(s):
    words = s.rstrip(".?!").split()
    return " ".join(words[:12])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "target", "bench", "corpus.jsonl"))
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20240618)
    a = ap.parse_args()
    if not os.path.isdir(a.data):
        print(f"skipped: no data folder at {a.data}", file=sys.stderr)
        return 0
    sents = pool(a.data)
    if len(sents) < 100:
        print(f"error: only {len(sents)} sentences found under {a.data}", file=sys.stderr)
        return 1
    rng = random.Random(a.seed)
    start = datetime.date(2024, 1, 1)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    records = []
    near = exact = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.n):
            r = rng.random()
            if records and r < 0.01:
                rec = dict(rng.choice(records))
                rec["id"] = f"bench-{i:06d}"
                exact += 1
            elif records and r < 0.04:
                base = rng.choice(records)
                # Syndicated copy: other publisher, one sentence dropped, a credit line added.
                src = rng.choice([s for s in SOURCES if s != base["source"]])
                parts = base["text"].split(". ")
                if len(parts) > 6:
                    del parts[rng.randrange(1, len(parts) - 1)]
                body = ". ".join(parts) + f"\n\n({src})"
                rec = dict(base, id=f"bench-{i:06d}", source=src, text=body,
                           url=f"https://bench.invalid/{src.lower().replace(' ', '-')}/{i}")
                near += 1
            else:
                k = rng.randint(6, 20)
                chosen = [sents[rng.randrange(len(sents))] for _ in range(k)]
                n_par = rng.randint(2, 4)
                cuts = sorted(rng.sample(range(1, k), n_par - 1))
                paras, prev = [], 0
                for c in cuts + [k]:
                    paras.append(" ".join(chosen[prev:c]))
                    prev = c
                src = rng.choice(SOURCES)
                day = start + datetime.timedelta(days=rng.randrange(366))
                rec = {
                    "id": f"bench-{i:06d}",
                    "url": f"https://bench.invalid/{src.lower().replace(' ', '-')}/{i}",
                    "title": headline(chosen[0]),
                    "source": src,
                    "published": day.isoformat(),
                    "text": "\n\n".join(paras),
                }
                if len(records) < 20_000:
                    records.append(rec)
                else:
                    records[rng.randrange(len(records))] = rec
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{a.n} records ({exact} exact re-posts, {near} syndicated copies) from {len(sents)} "
          f"sentences -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
