//! Load time of the embedded lexicon and lemma() throughput.
//!
//! `cargo run --release -p warta-morph --example lemma_speed -- FILE.conllu [ROUNDS]`
//! (tokens are the FORM column; the first round is cold, the rest hit the same words again).
use std::time::Instant;

use warta_morph::{Lemmatizer, Word};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: lemma_speed FILE.conllu [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let tokens: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut c = l.split('\t');
            let id = c.next()?;
            (!id.contains('.') && !id.is_empty()).then_some(())?;
            c.next()
        })
        .collect();

    let t = Instant::now();
    let lem = Lemmatizer::embedded();
    let load = t.elapsed();
    let (roots, base) = lem.sizes();
    println!("load: {load:?} ({roots} roots, {base} base exceptions)");

    let mut bytes = 0usize;
    let t = Instant::now();
    for _ in 0..rounds {
        for tok in &tokens {
            bytes += lem.lemma(tok).len();
        }
    }
    let dt = t.elapsed().as_secs_f64();
    let n = tokens.len() * rounds;
    println!(
        "lemma(): {n} tokens in {dt:.3}s = {:.2} M tokens/s (checksum {bytes})",
        n as f64 / dt / 1e6
    );

    let mut out: Vec<Word> = Vec::new();
    let t = Instant::now();
    let mut words = 0usize;
    for _ in 0..rounds {
        for tok in &tokens {
            out.clear();
            lem.words(tok, &mut out);
            words += out.len();
        }
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "words(): {n} tokens ({words} words) in {dt:.3}s = {:.2} M tokens/s",
        n as f64 / dt / 1e6
    );
}
