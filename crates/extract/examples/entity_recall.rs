//! Downstream effect of the NER tagger on entity mentions: runs the whole pipeline, with and
//! without the tagger, over a held-out NER test file (token<TAB>BIO tag, blank line between
//! sentences; e.g. ../shared/data/indolem-nerui/test.01.tsv, which no shipped model was trained
//! on) and reports the share of gold PER/ORG/LOC spans found exactly among the entity mentions,
//! and the share of mentions that are gold spans.
//! usage: entity_recall FILE.tsv (with WARTA_SHOW_ERRORS=1 in the environment it also prints every
//! wrong mention and every missed gold span, for error analysis)
use std::collections::HashSet;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: entity_recall FILE.tsv");
    let data = std::fs::read_to_string(&path).expect("readable file");
    let mut body = String::new();
    let mut gold: HashSet<(usize, usize)> = HashSet::new();
    let mut open: Option<usize> = None;
    let mut last_end = 0;
    let mut chars = 0usize;
    for line in data.lines().chain(std::iter::once("")) {
        let mut it = line.split('\t');
        let (Some(tok), Some(tag)) = (it.next(), it.next()) else {
            if let Some(s) = open.take() {
                gold.insert((s, last_end));
            }
            if !body.is_empty() && !body.ends_with('\n') {
                body.push('\n');
                chars += 1;
            }
            continue;
        };
        if !body.is_empty() && !body.ends_with('\n') {
            body.push(' ');
            chars += 1;
        }
        let start = chars;
        body.push_str(tok);
        chars += tok.chars().count();
        let label = tag.get(2..).unwrap_or("");
        let keep = matches!(label, "PERSON" | "ORGANIZATION" | "LOCATION");
        if tag.starts_with("B-") || tag == "O" || !keep {
            if let Some(s) = open.take() {
                gold.insert((s, last_end));
            }
        }
        if tag.starts_with("B-") && keep {
            open = Some(start);
        }
        last_end = chars;
    }
    let art = warta_core::Article {
        body,
        ..Default::default()
    };
    for (name, an) in [
        ("lexicon+rules", warta_extract::Analyzer::without_ner()),
        ("lexicon+rules+NER", warta_extract::Analyzer::new()),
    ] {
        let d = an.analyze(&art, &mut warta_extract::Scratch::default());
        let pred: HashSet<(usize, usize)> = d
            .entities
            .iter()
            .filter(|e| e.kind != "NORP")
            .map(|e| (e.start, e.end))
            .collect();
        let hit = gold.intersection(&pred).count();
        if std::env::var_os("WARTA_SHOW_ERRORS").is_some() {
            // one line per wrong mention (FP) and per missed gold span (FN), for error analysis
            let slice =
                |s: usize, e: usize| -> String { art.body.chars().skip(s).take(e - s).collect() };
            for e in &d.entities {
                if e.kind != "NORP" && !gold.contains(&(e.start, e.end)) {
                    println!("FP\t{name}\t{}\t{}", e.kind, slice(e.start, e.end));
                }
            }
            let mut missed: Vec<_> = gold.difference(&pred).copied().collect();
            missed.sort_unstable();
            for (s, e) in missed {
                println!("FN\t{name}\t{}", slice(s, e));
            }
        }
        println!(
            "{name}\tgold\t{}\tmentions\t{}\trecall\t{:.3}\tprecision\t{:.3}",
            gold.len(),
            pred.len(),
            hit as f64 / gold.len().max(1) as f64,
            hit as f64 / pred.len().max(1) as f64
        );
    }
}
