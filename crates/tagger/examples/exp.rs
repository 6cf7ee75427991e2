//! Tuning helper: trains recipes in memory and prints dev (and optionally test) scores with
//! per-type F1. Run: `cargo run --release -p warta-tagger --example exp -- nerp [epochs] [--test]`.
//! Settings from the environment: SEED, BITS, MARGIN, FV (feature version), ENS (ensemble
//! runs), OBIAS (extra O-bias step), EVERY (dev score after every epoch), DUMP (file prefix for
//! predictions), PR (precision/recall per type), OUT (save a shipped model).
use std::path::Path;
use std::time::Instant;
use warta_tagger::metrics::conll;
use warta_tagger::recipes::{predict, recipe, score, Metric};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = Path::new("../shared/data");
    let test = args.iter().any(|a| a == "--test");
    let epochs: Option<usize> = args.get(1).and_then(|a| a.parse().ok());
    for name in args[0].split(',') {
        let mut r = match recipe(name, data) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: {e}");
                continue;
            }
        };
        if let Some(e) = epochs {
            r.config.epochs = e;
        }
        if let Some(b) = std::env::var("BITS").ok().and_then(|b| b.parse().ok()) {
            r.config.bits = b;
        }
        if let Some(b) = std::env::var("SEED").ok().and_then(|b| b.parse().ok()) {
            r.config.seed = b;
        }
        if let Some(b) = std::env::var("MARGIN").ok().and_then(|b| b.parse().ok()) {
            r.config.margin = b;
        }
        if let Some(b) = std::env::var("FV").ok().and_then(|b| b.parse().ok()) {
            r.config.feature_version = b;
        }
        if let Some(b) = std::env::var("ENS").ok().and_then(|b| b.parse().ok()) {
            r.config.ensemble = b;
        }
        let t0 = Instant::now();
        let dev = r.dev.clone();
        let metric = r.metric;
        let every = std::env::var("EVERY").is_ok();
        let m = warta_tagger::recipes::train_recipe(&r, &mut |st, m| {
            if every {
                let s: Vec<String> = dev
                    .iter()
                    .map(|s| format!("{:.2}", 100.0 * score(m, &s.data, metric)))
                    .collect();
                eprintln!("  run {} ep {} {}", st.run, st.epoch, s.join(" "));
            }
        })
        .expect("train");
        let secs = t0.elapsed().as_secs_f64();
        let mut m = m;
        if let Ok(v) = std::env::var("OBIAS") {
            let d: i16 = v.parse().unwrap_or(0);
            if let Some(o) = m.tag_id("O") {
                m.shift_bias(o, -d);
            }
        }
        let show = |split: &warta_tagger::recipes::Split| {
            let s = 100.0 * score(&m, &split.data, metric);
            let mut line = format!("{name} {} {:.2}", split.name, s);
            {
                let guess = predict(&m, &split.data);
                let gold: Vec<Vec<&str>> = split
                    .data
                    .iter()
                    .map(|s| s.tags.iter().map(String::as_str).collect())
                    .collect();
                if let Ok(path) = std::env::var("DUMP") {
                    let mut o = String::new();
                    for ((s, g), p) in split.data.iter().zip(&gold).zip(&guess) {
                        for i in 0..s.words.len() {
                            o.push_str(&format!("{}\t{}\t{}\n", s.words[i], g[i], p[i]));
                        }
                        o.push('\n');
                    }
                    std::fs::write(format!("{path}.{}", split.name.replace([' ', '/'], "_")), o)
                        .ok();
                }
                let c = conll(&guess, &gold);
                if metric != Metric::Accuracy {
                    for (t, &(cor, gu, go)) in &c.by_type {
                        line.push_str(&format!(
                            " {t}={:.1}",
                            100.0 * warta_tagger::metrics::f1(cor, gu, go)
                        ));
                        if std::env::var("PR").is_ok() {
                            let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
                            line.push_str(&format!("(p{:.0} r{:.0})", pct(cor, gu), pct(cor, go)));
                        }
                    }
                }
            }
            println!("{line}");
        };
        for s in &r.dev {
            show(s);
        }
        if test {
            for s in &r.test {
                show(s);
            }
        }
        let shipped = match name {
            "pos" => Some("data/models/pos-ud.wtag"),
            "ner" => Some("data/models/ner-id.wtag"),
            _ => None,
        };
        if let Some(f) = shipped {
            let same = std::fs::read(f).ok() == Some(m.to_bytes());
            println!(
                "{name}: identical to {f}: {same}; {} bytes",
                m.to_bytes().len()
            );
            if let Ok(out) = std::env::var("OUT") {
                m.save(Path::new(&out)).expect("save");
            }
        }
        println!("{name} trained in {secs:.1}s, {} rows", m.nonzero_rows());
    }
}
