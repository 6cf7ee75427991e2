//! Agreement of lexicon matches with gold named-entity annotations (IOB2 `token<TAB>tag` files).
//!
//! `cargo run --release -p warta-actors --example eval_ner -- [--min-precision P] [--errors N] FILE...`
//!
//! Each sentence is rebuilt by joining its gold tokens with spaces and matched with the gold
//! tokenisation. Only named kinds are scored: Person -> PER/PERSON/PPL, Country and Place ->
//! LOC/LOCATION/PLACE/PLC/GPE, Org -> ORG/ORGANIZATION/ORGANISATION. Roles and derived demonyms
//! are not named entities in these schemes and are skipped.
//!
//! - precision (strict): matches whose tokens are exactly one gold entity of the mapped type;
//! - precision (lenient): matches that overlap a gold entity of the mapped type;
//! - coverage: gold entities (of the three types) exactly found by a match of the right type.
//!   The lexicon is a closed list of well-known actors, so coverage is expected to be low.
//!
//! Exits 1 when strict precision is below `--min-precision` (default 0).

use std::collections::BTreeMap;
use warta_actors::{EntryKind, Lexicon};
use warta_core::{Span, Token, TokenKind};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Ty {
    Per,
    Loc,
    Org,
}

fn gold_type(tag: &str) -> Option<Ty> {
    let t = tag.get(2..)?;
    match t {
        "PER" | "PERSON" | "PPL" => Some(Ty::Per),
        "LOC" | "LOCATION" | "PLACE" | "PLC" | "GPE" => Some(Ty::Loc),
        "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(Ty::Org),
        _ => None,
    }
}

fn kind_type(k: EntryKind) -> Option<Ty> {
    match k {
        EntryKind::Person => Some(Ty::Per),
        EntryKind::Country | EntryKind::Place => Some(Ty::Loc),
        EntryKind::Org => Some(Ty::Org),
        _ => None,
    }
}

/// Gold entities of one sentence as (first token, end token, type).
fn entities(tags: &[String]) -> Vec<(usize, usize, Option<Ty>)> {
    let mut out: Vec<(usize, usize, Option<Ty>)> = Vec::new();
    for (i, t) in tags.iter().enumerate() {
        if let Some(rest) = t.strip_prefix("B-") {
            out.push((i, i + 1, gold_type(&format!("B-{rest}"))));
        } else if t.starts_with("I-") {
            match out.last_mut() {
                Some(e) if e.1 == i => e.1 = i + 1,
                _ => out.push((i, i + 1, gold_type(t))),
            }
        }
    }
    out
}

fn main() {
    let mut files = Vec::new();
    let mut min_p = 0.0;
    let mut show_errors = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-precision" => min_p = args.next().and_then(|v| v.parse().ok()).unwrap_or(0.0),
            "--errors" => show_errors = args.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            _ => files.push(a),
        }
    }
    let lex = Lexicon::embedded();
    let mut per_kind: BTreeMap<String, [usize; 3]> = BTreeMap::new(); // matches, strict, lenient
    let (mut gold_n, mut gold_found) = (0usize, 0usize);
    let mut errors: Vec<String> = Vec::new();
    for f in &files {
        let Ok(data) = std::fs::read_to_string(f) else {
            eprintln!("{f}: cannot read");
            continue;
        };
        for block in data.split("\n\n") {
            let mut words = Vec::new();
            let mut tags = Vec::new();
            for l in block.lines() {
                let mut it = l.split('\t');
                if let (Some(w), Some(t)) = (it.next(), it.next()) {
                    if !w.is_empty() {
                        words.push(w.trim());
                        tags.push(t.trim().to_string());
                    }
                }
            }
            if words.is_empty() {
                continue;
            }
            let mut text = String::new();
            let mut toks = Vec::new();
            for w in &words {
                if !text.is_empty() {
                    text.push(' ');
                }
                let s = text.len();
                text.push_str(w);
                toks.push(Token {
                    span: Span::new(s, text.len()),
                    kind: TokenKind::Word,
                });
            }
            let ents = entities(&tags);
            let mut ms = Vec::new();
            lex.find(&text, &toks, &mut ms);
            for m in &ms {
                let e = lex.entry(m.entry);
                let Some(ty) = kind_type(e.kind) else {
                    continue;
                };
                if e.kind == EntryKind::Org && e.origin.contains("(derived)") {
                    continue;
                }
                let c = per_kind.entry(format!("{:?}", e.kind)).or_default();
                c[0] += 1;
                let strict = ents
                    .iter()
                    .any(|g| g.0 == m.tok_start && g.1 == m.tok_end && g.2 == Some(ty));
                let lenient = ents
                    .iter()
                    .any(|g| g.0 < m.tok_end && m.tok_start < g.1 && g.2 == Some(ty));
                c[1] += usize::from(strict);
                c[2] += usize::from(lenient);
                if !lenient && errors.len() < show_errors {
                    let gold: Vec<String> = ents
                        .iter()
                        .filter(|g| g.0 < m.tok_end && m.tok_start < g.1)
                        .map(|g| format!("{:?}:{}", g.2, words[g.0..g.1].join(" ")))
                        .collect();
                    errors.push(format!(
                        "{:?} {:?} -> gold {:?}",
                        m.span.slice(&text),
                        e.kind,
                        gold
                    ));
                }
            }
            for g in ents.iter().filter(|g| g.2.is_some()) {
                gold_n += 1;
                let found = ms.iter().any(|m| {
                    m.tok_start == g.0
                        && m.tok_end == g.1
                        && kind_type(lex.entry(m.entry).kind) == g.2
                });
                gold_found += usize::from(found);
            }
        }
    }
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("| kind | matches | strict precision | lenient precision |");
    println!("|---|---:|---:|---:|");
    let mut tot = [0usize; 3];
    for (k, c) in &per_kind {
        println!(
            "| {k} | {} | {:.3} | {:.3} |",
            c[0],
            pct(c[1], c[0]),
            pct(c[2], c[0])
        );
        for i in 0..3 {
            tot[i] += c[i];
        }
    }
    let strict = pct(tot[1], tot[0]);
    println!(
        "| all | {} | {:.3} | {:.3} |",
        tot[0],
        strict,
        pct(tot[2], tot[0])
    );
    println!(
        "coverage: {gold_found}/{gold_n} gold PER/LOC/ORG entities found exactly ({:.3})",
        pct(gold_found, gold_n)
    );
    for e in &errors {
        println!("  miss: {e}");
    }
    if strict < min_p {
        eprintln!("strict precision {strict:.3} below bar {min_p}");
        std::process::exit(1);
    }
}
