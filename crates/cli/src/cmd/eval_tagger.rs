//! `warta eval pos|ner`: tagger scores with the published metrics.
//!
//! Shipped models (embedded, or `--model FILE`) are scored on held-out test splits; the benchmark
//! models (POSP, BaPOS, NERP, NERGrit, IndoLEM 5-fold NER) are trained in memory from their train
//! splits with the same deterministic recipes as `warta train`, then scored on dev and test.
use anyhow::{Context, Result};
use clap::Args as ClapArgs;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use warta_eval::ud::{convention_for, read_conllu_file, text_convention_for};
use warta_morph::Lemmatizer;
use warta_tagger::recipes::{recipe, score, train_recipe, Metric};
use warta_tagger::{Model, Scratch, Tagger, UdConvention};
use warta_text::TextBuf;

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Corpus directory (one folder per corpus, as ../shared/data).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Score this model file instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Exit with code 4 when a score is below its regression bar.
    #[arg(long)]
    pub check: bool,
}

struct Row {
    name: String,
    metric: &'static str,
    dev: Option<f64>,
    test: f64,
    bar: f64,
    published: &'static str,
}

fn metric_name(m: Metric) -> &'static str {
    match m {
        Metric::Accuracy => "UPOS acc",
        Metric::ConllMacroF1 => "macro F1",
        Metric::ConllMicroF1 => "micro F1",
    }
}

fn print(rows: &[Row], check: bool) -> u8 {
    println!(
        "| {:<38} | {:<8} | {:>6} | {:>6} | {:>5} | {:<30} |",
        "split", "metric", "dev", "test", "bar", "target / published"
    );
    println!(
        "|{:-<40}|{:-<10}|{:->8}|{:->8}|{:->7}|{:-<32}|",
        "", "", "", "", "", ""
    );
    let mut below = false;
    for r in rows {
        let dev = r.dev.map_or_else(|| "-".to_string(), |d| format!("{d:.2}"));
        let flag = if r.test + 1e-9 < r.bar {
            below = true;
            " BELOW"
        } else {
            ""
        };
        println!(
            "| {:<38} | {:<8} | {:>6} | {:>6.2} | {:>5.1} | {:<30} |{flag}",
            r.name, r.metric, dev, r.test, r.bar, r.published
        );
    }
    if below && check {
        crate::exit::BELOW_BAR
    } else {
        crate::exit::OK
    }
}

fn model(a: &Args, shipped: fn() -> &'static Model) -> Result<Model> {
    match &a.model {
        Some(p) => Model::load(p).with_context(|| format!("loading {}", p.display())),
        None => Ok(shipped().clone()),
    }
}

/// Trains `name` in memory; returns (mean dev, test) scores in percent.
fn bench(a: &Args, name: &str) -> Result<(f64, f64, Metric)> {
    let r = recipe(name, &a.data)?;
    let t0 = Instant::now();
    let m = train_recipe(&r, &mut |_, _| {})?;
    let mean = |v: &[warta_tagger::recipes::Split]| {
        100.0 * v.iter().map(|s| score(&m, &s.data, r.metric)).sum::<f64>() / v.len().max(1) as f64
    };
    let (dev, test) = (mean(&r.dev), mean(&r.test));
    eprintln!("  {name}: trained in {:.1}s", t0.elapsed().as_secs_f64());
    Ok((dev, test, r.metric))
}

fn folds(a: &Args, corpus: &str) -> Result<(f64, f64)> {
    let (mut d, mut t) = (0.0, 0.0);
    for k in 1..=5 {
        let (dk, tk, _) = bench(a, &format!("{corpus}-{k}"))?;
        d += dk;
        t += tk;
    }
    Ok((d / 5.0, t / 5.0))
}

/// UPOS from raw text: each gold sentence's text goes through the text layer (tokens), the
/// lemmatiser (syntactic words: clitics split) and the shipped POS model. A gold word counts as
/// correct when a system token has the same character span as its gold token, splits into the
/// same number of words, and the word at its position has the gold UPOS (CoNLL 2018 "UPOS" F1
/// with gold sentence boundaries). The tagger reads with the treebank's convention
/// ([`UdConvention::of_file`]). Returns F1 in percent.
fn raw_upos(pos: &Model, path: &Path) -> Result<f64> {
    let sents = read_conllu_file(path).with_context(|| format!("reading {}", path.display()))?;
    let text_conv = text_convention_for(path);
    let lem = Lemmatizer::embedded_for(convention_for(path));
    let conv = path.file_name().map_or(UdConvention::Any, |f| {
        UdConvention::of_file(&f.to_string_lossy())
    });
    let mut hints = Vec::new();
    let mut buf = TextBuf::default();
    let (mut scratch, mut tags, mut ws) = (Scratch::new(), Vec::new(), Vec::new());
    let (mut gold_n, mut sys_n, mut correct) = (0usize, 0usize, 0usize);
    let nonspace = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    for s in &sents {
        let raw = s.raw_text();
        let mut gold: HashMap<(usize, usize), Vec<&str>> = HashMap::new();
        let mut off = 0;
        for t in &s.tokens {
            let n = nonspace(&t.form);
            let words = s.words.get(t.words.clone()).unwrap_or(&[]);
            gold.insert(
                (off, off + n),
                words.iter().map(|w| w.upos.as_str()).collect(),
            );
            off += n;
            gold_n += words.len();
        }
        buf.analyze_with(&raw, text_conv);
        let mut forms: Vec<&str> = Vec::new();
        let mut token_words: Vec<((usize, usize), std::ops::Range<usize>)> = Vec::new();
        for (ti, t) in buf.tokens.iter().enumerate() {
            let a = nonspace(&raw[..t.span.start]);
            let text = t.text(&raw);
            let b = a + nonspace(text);
            ws.clear();
            lem.words_at(text, ti == 0, &mut ws);
            let first = forms.len();
            if ws.is_empty() {
                forms.push(text);
            }
            for w in &ws {
                forms.push(text.get(w.range.clone()).unwrap_or(text));
            }
            token_words.push(((a, b), first..forms.len()));
        }
        hints.clear();
        hints.extend(conv.hints(forms.len()));
        pos.tag_with_hints(&forms, &hints, &mut scratch, &mut tags);
        sys_n += forms.len();
        for (span, range) in token_words {
            if let Some(g) = gold.get(&span) {
                if g.len() == range.len() {
                    correct += g
                        .iter()
                        .zip(&tags[range])
                        .filter(|(g, &t)| **g == pos.tag_name(t))
                        .count();
                }
            }
        }
    }
    Ok(100.0 * warta_tagger::metrics::f1(correct, sys_n, gold_n))
}

/// Regression bars of the shipped NER model (just under the measured scores).
fn shipped_bar(split: &str) -> f64 {
    match split {
        "nerui test.01" => 87.6,
        "nerugm test.01" => 78.2,
        "nergrit test" => 71.3,
        _ => 0.0,
    }
}

fn data_present(a: &Args) -> bool {
    if a.data.is_dir() {
        return true;
    }
    println!(
        "skipped: corpus directory {} not found (pass --data)",
        a.data.display()
    );
    false
}

/// `warta eval pos`.
pub fn run_pos(a: Args) -> Result<u8> {
    if !data_present(&a) {
        return Ok(crate::exit::OK);
    }
    let pos = model(&a, Tagger::pos)?;
    let r = recipe("pos", &a.data)?;
    let mut rows = Vec::new();
    let bars = [
        ("id_gsd test", 92.8, "target 95.0"),
        ("id_csui test", 95.9, "target 96.5"),
        ("id_pud test", 93.9, "-"),
    ];
    for s in &r.test {
        let (bar, published) = bars
            .iter()
            .find(|b| b.0 == s.name)
            .map_or((0.0, "-"), |b| (b.1, b.2));
        rows.push(Row {
            name: format!("{} (shipped, gold tok.)", s.name),
            metric: metric_name(r.metric),
            dev: None,
            test: 100.0 * score(&pos, &s.data, r.metric),
            bar,
            published,
        });
    }
    for (file, bar) in [
        ("UD_Indonesian-GSD/id_gsd-ud-test.conllu", 92.6),
        ("UD_Indonesian-CSUI/id_csui-ud-test.conllu", 95.6),
        ("UD_Indonesian-PUD/id_pud-ud-test.conllu", 93.4),
    ] {
        let path = a.data.join(file);
        let name = path
            .file_name()
            .map(|f| {
                f.to_string_lossy()
                    .replace("-ud-", " ")
                    .replace(".conllu", "")
            })
            .unwrap_or_default();
        rows.push(Row {
            name: format!("{name} (shipped, raw text)"),
            metric: "UPOS F1",
            dev: None,
            test: raw_upos(&pos, &path)?,
            bar,
            published: "-",
        });
    }
    let (dev, test, m) = bench(&a, "posp")?;
    rows.push(Row {
        name: "IndoNLU POSP".into(),
        metric: metric_name(m),
        dev: Some(dev),
        test,
        bar: 95.4,
        published: "target 96.0",
    });
    let (dev, test, m) = bench(&a, "bapos")?;
    rows.push(Row {
        name: "IndoNLU BaPOS (eval only, NC)".into(),
        metric: metric_name(m),
        dev: Some(dev),
        test,
        bar: 88.4,
        published: "-",
    });
    Ok(print(&rows, a.check))
}

/// `warta eval ner`.
pub fn run_ner(a: Args) -> Result<u8> {
    if !data_present(&a) {
        return Ok(crate::exit::OK);
    }
    let ner = model(&a, Tagger::ner)?;
    let r = recipe("ner", &a.data)?;
    let mut rows = Vec::new();
    for (s, d) in r.test.iter().zip(&r.dev) {
        rows.push(Row {
            name: format!("{} PER/ORG/LOC (shipped)", s.name),
            metric: metric_name(r.metric),
            dev: Some(100.0 * score(&ner, &d.data, r.metric)),
            test: 100.0 * score(&ner, &s.data, r.metric),
            bar: shipped_bar(&s.name),
            published: "-",
        });
    }
    let (dev, test, m) = bench(&a, "nerp")?;
    rows.push(Row {
        name: "IndoNLU NERP".into(),
        metric: metric_name(m),
        dev: Some(dev),
        test,
        bar: 67.3,
        published: "target 80",
    });
    let (dev, test, m) = bench(&a, "nergrit")?;
    rows.push(Row {
        name: "IndoNLU NERGrit".into(),
        metric: metric_name(m),
        dev: Some(dev),
        test,
        bar: 69.3,
        published: "target 80",
    });
    let (dev, test) = folds(&a, "nerui")?;
    rows.push(Row {
        name: "IndoLEM NER-UI (5-fold mean)".into(),
        metric: "micro F1",
        dev: Some(dev),
        test,
        bar: 86.3,
        published: "IndoBERT 90.1; target 90",
    });
    let (dev, test) = folds(&a, "nerugm")?;
    rows.push(Row {
        name: "IndoLEM NER-UGM (5-fold mean)".into(),
        metric: "micro F1",
        dev: Some(dev),
        test,
        bar: 76.0,
        published: "IndoBERT 74.9; target 75",
    });
    Ok(print(&rows, a.check))
}
