//! Dateline detection measured on text.
//!
//! - `datelines FILE`: one article opening per line; prints how many have a dateline city, the
//!   cities, and the lines without one.
//! - `datelines --pfsa FILE [MIN_RECALL MAX_FALSE_RATE]`: a PFSA-ID CoNLL-style file (token TAB tag,
//!   blank line between sentences). Sentences with `KOMPAS` among their first six tokens are
//!   article openings (`JAKARTA , KOMPAS —`): the share of them with a dateline is the recall.
//!   Every other sentence put at the start of a body must give no dateline: the share that does is
//!   the false rate. Exits 1 when recall < MIN_RECALL or false rate > MAX_FALSE_RATE.
//!
//! `cargo run --release -p warta-read --example datelines -- --pfsa ../shared/data/pfsa-id/dev.txt 0.98 0.005`
use std::collections::BTreeMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (pfsa, path) = match args.first().map(String::as_str) {
        Some("--pfsa") => (true, args.get(1)),
        _ => (false, args.first()),
    };
    let Some(path) = path else {
        eprintln!("usage: datelines [--pfsa] FILE [MIN_RECALL MAX_FALSE_RATE]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    if !pfsa {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let (found, cities, missed) = detect_all(lines.iter().copied());
        println!("{found}/{} openings with a dateline city", lines.len());
        println!("cities: {cities:?}");
        for m in missed {
            println!("missed: {m}");
        }
        return;
    }
    let (openings, others) = pfsa_sentences(&text);
    let (found, _, missed) = detect_all(openings.iter().map(String::as_str));
    let (false_found, false_cities, _) = detect_all(others.iter().map(String::as_str));
    let recall = found as f64 / openings.len().max(1) as f64;
    let false_rate = false_found as f64 / others.len().max(1) as f64;
    println!("measure\tcount\tvalue");
    println!(
        "openings_with_dateline\t{found}/{}\t{recall:.4}",
        openings.len()
    );
    println!(
        "other_sentences_with_dateline\t{false_found}/{}\t{false_rate:.4}",
        others.len()
    );
    for m in missed.iter().take(10) {
        println!("missed: {m}");
    }
    println!("false cities: {false_cities:?}");
    let bar = |i: usize| args.get(i).and_then(|s| s.parse::<f64>().ok());
    if let (Some(min_recall), Some(max_false)) = (bar(2), bar(3)) {
        if recall < min_recall || false_rate > max_false {
            eprintln!(
                "FAIL: recall {recall:.4} (bar {min_recall}), false rate {false_rate:.4} (bar {max_false})"
            );
            std::process::exit(1);
        }
        println!("ok: recall >= {min_recall}, false rate <= {max_false}");
    }
}

type Detected = (usize, BTreeMap<String, usize>, Vec<String>);

fn detect_all<'a>(lines: impl Iterator<Item = &'a str>) -> Detected {
    let mut found = 0;
    let mut cities: BTreeMap<String, usize> = BTreeMap::new();
    let mut missed = Vec::new();
    for line in lines {
        match warta_read::detect_dateline(line).and_then(|d| d.city) {
            Some(city) => {
                found += 1;
                *cities.entry(city).or_default() += 1;
            }
            None => missed.push(line.chars().take(80).collect()),
        }
    }
    (found, cities, missed)
}

/// Sentences of a token-per-line file, detokenised (no space before `, . ; : ! ? )`), split into
/// article openings and the rest.
fn pfsa_sentences(text: &str) -> (Vec<String>, Vec<String>) {
    let mut openings = Vec::new();
    let mut others = Vec::new();
    let mut toks: Vec<&str> = Vec::new();
    let mut flush = |toks: &mut Vec<&str>| {
        if toks.is_empty() {
            return;
        }
        let mut s = String::new();
        for t in toks.iter() {
            let glue = matches!(*t, "," | "." | ";" | ":" | "!" | "?" | ")");
            if !s.is_empty() && !glue {
                s.push(' ');
            }
            s.push_str(t);
        }
        if toks.iter().take(6).any(|t| *t == "KOMPAS") {
            openings.push(s);
        } else {
            others.push(s);
        }
        toks.clear();
    };
    for line in text.lines() {
        match line.split('\t').next().filter(|t| !t.trim().is_empty()) {
            Some(tok) => toks.push(tok),
            None => flush(&mut toks),
        }
    }
    flush(&mut toks);
    (openings, others)
}
