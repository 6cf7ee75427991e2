#!/usr/bin/env python3
"""Content-word lemma accuracy of warta-morph beside Sastrawi and nlp-id.

Words: every syntactic word with UPOS NOUN, VERB, ADJ, ADV or PROPN in UD Indonesian GSD test,
CSUI test and PUD test (gold tokenisation, multiword tokens already split). A lemma counts as
correct when it equals the gold LEMMA ignoring case (Sastrawi and nlp-id only produce lowercase).
warta-morph follows the GSD convention on GSD and the CSUI convention on CSUI and PUD (PUD's
lemmas follow the CSUI guidelines).

Run through scripts/compare-lemmatizers.sh, which builds the venv target/peers-venv from
../shared/bench/requirements.lock. Usage: compare-lemmatizers.py DATA_DIR XTASK_BINARY
"""
import os
import subprocess
import sys

CONTENT = {"NOUN", "VERB", "ADJ", "ADV", "PROPN"}
SETS = [
    ("GSD test", "UD_Indonesian-GSD/id_gsd-ud-test.conllu", "gsd"),
    ("CSUI test", "UD_Indonesian-CSUI/id_csui-ud-test.conllu", "csui"),
    ("PUD test", "UD_Indonesian-PUD/id_pud-ud-test.conllu", "csui"),
]


def content_words(path):
    """(form, lemma, sentence_initial) of the content words of a CoNLL-U file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or line.startswith("#") or "." in cols[0] or "-" in cols[0]:
                continue
            if cols[3] in CONTENT and cols[2] != "_":
                out.append((cols[1], cols[2], cols[0] == "1"))
    return out


def ours(xtask, conv, words):
    inp = "".join(f"{w}\t{1 if ini else 0}\n" for w, _, ini in words)
    res = subprocess.run(
        [xtask, "lemma-words", "--conv", conv],
        input=inp, capture_output=True, text=True, check=True,
    )
    return res.stdout.split("\n")[: len(words)]


def sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    # Sastrawi keeps its root list in a Python list (O(n) membership); a set gives the same
    # answers in a fraction of the time.
    inner = getattr(stemmer, "delegatedStemmer", stemmer)
    inner.dictionary.words = set(inner.dictionary.words)
    cache = {}

    def lemma(w):
        if w not in cache:
            cache[w] = stemmer.stem(w)
        return cache[w]

    return lemma


def nlpid():
    from nlp_id.lemmatizer import Lemmatizer

    lem = Lemmatizer()
    cache = {}

    def lemma(w):
        if w not in cache:
            cache[w] = lem.lemmatize(w)
        return cache[w]

    return lemma


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data, xtask = sys.argv[1], sys.argv[2]
    peers = [("Sastrawi", sastrawi()), ("nlp-id", nlpid())]
    print(f"{'set':<10} {'words':>6} {'warta-morph':>12} {'Sastrawi':>9} {'nlp-id':>7}")
    for name, rel, conv in SETS:
        path = os.path.join(data, rel)
        if not os.path.exists(path):
            print(f"{name}: {path} missing, skipped")
            continue
        words = content_words(path)
        gold = [g.lower() for _, g, _ in words]
        got = ours(xtask, conv, words)
        row = [sum(a.lower() == b for a, b in zip(got, gold))]
        for _, fn in peers:
            row.append(sum(fn(w).lower() == g for (w, _, _), g in zip(words, gold)))
        pct = [100.0 * c / max(len(words), 1) for c in row]
        print(f"{name:<10} {len(words):>6} {pct[0]:>12.1f} {pct[1]:>9.1f} {pct[2]:>7.1f}")


if __name__ == "__main__":
    main()
