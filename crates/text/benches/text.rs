//! Throughput of the text layer on the UD Indonesian raw text (about 61k whitespace tokens, 15k
//! distinct words; see `common/mod.rs`): tokenising, tokenising + sentence splitting, and both plus
//! the lemma of every token. Token and sentence counts are asserted so the bench cannot measure a
//! layer that silently stopped producing output. Skips with a message when `../shared/data` is
//! absent.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use warta_text::{tokenize, TextBuf};

#[path = "common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let text = match common::ud_text() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench text: UD data not found ({e}); skipping");
            return;
        }
    };
    let lem = warta_morph::Lemmatizer::embedded();
    let _ = lem.lemma("mengunjungi"); // warm up the lazily loaded lexicon
    let mut buf = TextBuf::default();
    buf.analyze(&text);
    let (n_tok, n_sent) = (buf.tokens.len(), buf.sentences.len());
    let lines = text.lines().count();
    let words = text.split_whitespace().count();
    assert!(n_tok > words, "{n_tok} tokens for {words} whitespace words");
    assert!(n_sent >= lines, "{n_sent} sentences for {lines} lines");

    let mut g = c.benchmark_group("ud_text");
    g.throughput(Throughput::Elements(n_tok as u64));
    g.sample_size(20);
    let mut toks = Vec::with_capacity(n_tok);
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            toks.clear();
            tokenize(black_box(&text), &mut toks);
            assert_eq!(toks.len(), n_tok);
        })
    });
    g.bench_function("tokenize+split", |b| {
        b.iter(|| {
            buf.analyze(black_box(&text));
            assert_eq!(buf.sentences.len(), n_sent);
        })
    });
    g.bench_function("tokenize+split+lemma", |b| {
        b.iter(|| {
            buf.analyze(black_box(&text));
            let mut bytes = 0usize;
            for t in &buf.tokens {
                bytes += lem.lemma(t.text(&text)).len();
            }
            assert_eq!(buf.tokens.len(), n_tok);
            black_box(bytes)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
