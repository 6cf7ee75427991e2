//! Recall of the TIME entities of the IndoLEM NER UGM corpus (news, IOB2 `token<TAB>tag`).
//!
//! usage: `cargo run --release -p warta-time --example eval_nerugm -- [FILE] [--min-recall R]
//! [--show-misses]`
//!
//! `--show-misses` prints each missed gold entity with its context, each partial match, and each
//! prediction outside every gold entity (`extra`).
//!
//! FILE defaults to `../shared/data/indolem-nerugm/nerugm.txt`. Each sentence is rebuilt by
//! joining its tokens with single spaces (so `( 24/8 )` keeps the corpus spacing), and
//! `find_times` runs on it without a publication date. Reported:
//! - `overlap recall`: gold TIME entities touched by some predicted expression;
//! - `exact recall`: gold entities whose span a prediction equals exactly;
//! - `precision (lower bound)`: predictions touching some gold TIME entity. The corpus does not
//!   annotate every time expression (e.g. `kemarin` is often `O`), so this is a lower bound.
//!
//! Exits 1 when the overlap recall is below `--min-recall` (default 0), 2 on a usage error; prints
//! a message and exits 0 when the file is absent.

use std::process::ExitCode;
use warta_time::find_times;

struct Sentence {
    text: String,
    gold: Vec<(usize, usize)>,
}

fn read(path: &str) -> std::io::Result<Vec<Sentence>> {
    let data = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    let mut cur = Sentence {
        text: String::new(),
        gold: Vec::new(),
    };
    let mut open: Option<usize> = None;
    let flush = |cur: &mut Sentence, open: &mut Option<usize>, out: &mut Vec<Sentence>| {
        if let Some(s) = open.take() {
            cur.gold.push((s, cur.text.len()));
        }
        if !cur.text.is_empty() {
            out.push(std::mem::replace(
                cur,
                Sentence {
                    text: String::new(),
                    gold: Vec::new(),
                },
            ));
        }
    };
    for line in data.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut cur, &mut open, &mut out);
            continue;
        }
        let mut parts = line.split('\t');
        let (Some(tok), Some(tag)) = (parts.next(), parts.next_back()) else {
            continue;
        };
        let inside = tag == "I-TIME" && open.is_some();
        if !inside {
            if let Some(s) = open.take() {
                cur.gold.push((s, cur.text.len()));
            }
        }
        if !cur.text.is_empty() {
            cur.text.push(' ');
        }
        if tag == "B-TIME" || (tag == "I-TIME" && open.is_none()) {
            open = Some(cur.text.len());
        }
        cur.text.push_str(tok);
    }
    flush(&mut cur, &mut open, &mut out);
    Ok(out)
}

/// Up to 40 bytes of text either side of `a..b` (on char boundaries).
fn context(text: &str, a: usize, b: usize) -> &str {
    let mut s = a.saturating_sub(40);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (b + 40).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    &text[s..e]
}

fn main() -> ExitCode {
    let mut path = "../shared/data/indolem-nerugm/nerugm.txt".to_string();
    let mut min_recall = 0.0f64;
    let mut show = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-recall" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => min_recall = v,
                None => {
                    eprintln!("--min-recall needs a number");
                    return ExitCode::from(2);
                }
            },
            "--show-misses" => show = true,
            _ => path = a,
        }
    }
    let sentences = match read(&path) {
        Ok(s) => s,
        Err(e) => {
            println!("skipped: cannot read {path}: {e}");
            return ExitCode::SUCCESS;
        }
    };
    warta_time::warm_up();
    let (mut gold, mut overlap, mut exact, mut pred, mut pred_ok) = (0, 0, 0, 0, 0);
    let mut out = Vec::new();
    let mut bytes = 0;
    let t0 = std::time::Instant::now();
    for s in &sentences {
        out.clear();
        find_times(&s.text, &[], None, &mut out);
        bytes += s.text.len();
        pred += out.len();
        for t in &out {
            let ok = s
                .gold
                .iter()
                .any(|&(a, b)| t.span.start < b && a < t.span.end);
            pred_ok += usize::from(ok);
            if show && !ok {
                let (a, b) = (t.span.start, t.span.end);
                println!("extra\t{}\t| {}", &s.text[a..b], context(&s.text, a, b));
            }
        }
        for &(a, b) in &s.gold {
            gold += 1;
            let hit = out.iter().any(|t| t.span.start < b && a < t.span.end);
            overlap += usize::from(hit);
            exact += usize::from(out.iter().any(|t| (t.span.start, t.span.end) == (a, b)));
            if show && !hit {
                println!("miss\t{}\t| {}", &s.text[a..b], context(&s.text, a, b));
            }
            if show && hit {
                for t in out.iter().filter(|t| t.span.start < b && a < t.span.end) {
                    if (t.span.start, t.span.end) != (a, b) {
                        println!(
                            "diff\tgold {:?}\tpred {:?}",
                            &s.text[a..b],
                            t.span.slice(&s.text)
                        );
                    }
                }
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let recall = pct(overlap, gold);
    println!(
        "corpus\t{path}\t{} sentences, {bytes} bytes",
        sentences.len()
    );
    println!("gold TIME entities\t{gold}");
    println!("overlap recall\t{:.3}", recall);
    println!("exact recall\t{:.3}", pct(exact, gold));
    println!("predictions\t{pred}");
    println!("precision (lower bound)\t{:.3}", pct(pred_ok, pred));
    println!(
        "throughput\t{:.0} MB/s (find_times only, one pass, one sentence per call)",
        bytes as f64 / secs / 1e6
    );
    if recall < min_recall {
        eprintln!("FAIL: overlap recall {recall:.3} < {min_recall}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
