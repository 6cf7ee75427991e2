//! Tokens per second of the text layer on one core, for comparison with Python peers:
//! `cargo run --release -p warta-text --example throughput -- [FILE] [RUNS]`.
//! Without FILE it uses the UD raw text from `../shared/data` (see `benches/common/mod.rs`).
//! Prints tab-separated lines like `../shared/bench/peers.py` (name, tokens, seconds, tokens/s,
//! note), where `tokens` is the whitespace-token count of the input (the peers' denominator).
use std::time::Instant;
use warta_text::TextBuf;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(p) => match std::fs::read(&p) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("throughput: {p}: {e}");
                std::process::exit(1);
            }
        },
        None => match common::ud_text() {
            Ok(t) => t,
            Err(e) => {
                eprintln!("throughput: UD data not found ({e}); skipping");
                return;
            }
        },
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let words = text.split_whitespace().count();
    let lem = warta_morph::Lemmatizer::embedded();
    let _ = lem.lemma("mengunjungi");
    let mut buf = TextBuf::default();
    let best = |f: &mut dyn FnMut() -> usize| {
        let mut best = f64::INFINITY;
        let mut n = 0;
        for _ in 0..runs.max(1) {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, n)
    };
    let mut toks = Vec::new();
    let (s, n) = best(&mut || {
        toks.clear();
        warta_text::tokenize(&text, &mut toks);
        toks.len()
    });
    emit("warta-tokenize", words, s, &format!("own tokens {n}"));
    let (s, n) = best(&mut || {
        buf.analyze(&text);
        buf.sentences.len()
    });
    emit("warta-tokenize+split", words, s, &format!("sentences {n}"));
    let (s, _) = best(&mut || {
        buf.analyze(&text);
        buf.tokens
            .iter()
            .map(|t| lem.lemma(t.text(&text)).len())
            .sum::<usize>()
    });
    emit("warta-tokenize+split+lemma", words, s, "");
}

fn emit(name: &str, tokens: usize, secs: f64, note: &str) {
    let rate = if secs > 0.0 {
        tokens as f64 / secs
    } else {
        f64::INFINITY
    };
    println!("{name}\t{tokens}\t{secs:.4}\t{rate:.0}\t{note}");
}
