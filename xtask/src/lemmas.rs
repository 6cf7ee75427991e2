//! Lemmatiser data tasks: `build-lemmas` (compile the lexicon) and `lemma-eval` (accuracy on
//! gold-tokenised CoNLL-U).
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use warta_morph::build::{self, Sources, UdSentence};
use warta_morph::{Convention, Lemmatizer, Word};

const OUT: &str = "data/lemma/lexicon.bin";
const OVERRIDES: &str = "data/lemma/overrides.tsv";

struct Opts {
    data: PathBuf,
    out: PathBuf,
    check: bool,
    conv: Option<Convention>,
    fold: Option<(usize, usize)>,
    errors: usize,
    bar: Option<f64>,
    files: Vec<PathBuf>,
}

fn parse(args: &[String]) -> anyhow::Result<Opts> {
    let mut o = Opts {
        data: PathBuf::from("../shared/data"),
        out: PathBuf::from(OUT),
        check: false,
        conv: None,
        fold: None,
        errors: 0,
        bar: None,
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--data" => o.data = PathBuf::from(val()?),
            "--out" => o.out = PathBuf::from(val()?),
            "--check" => o.check = true,
            "--errors" => o.errors = val()?.parse()?,
            "--bar" => o.bar = Some(val()?.parse()?),
            "--conv" => {
                o.conv = Some(match val()?.as_str() {
                    "gsd" => Convention::Gsd,
                    "csui" => Convention::Csui,
                    other => bail!("unknown convention {other:?} (gsd, csui)"),
                })
            }
            "--fold" => {
                let v = val()?;
                let (k, n) = v.split_once('/').context("--fold K/N")?;
                let (k, n) = (k.parse()?, n.parse()?);
                if k >= n {
                    bail!("--fold K/N needs K < N");
                }
                o.fold = Some((k, n));
            }
            f if !f.starts_with("--") => o.files.push(PathBuf::from(f)),
            other => bail!("unknown option {other:?}"),
        }
    }
    Ok(o)
}

/// `build-lemmas`: rebuild `data/lemma/lexicon.bin`, or with `--check` verify it is up to date.
pub fn build_lemmas(args: &[String]) -> anyhow::Result<()> {
    let o = parse(args)?;
    let t = Instant::now();
    let src = Sources::load(&o.data, Path::new(OVERRIDES))?;
    let bytes = build::build(&src)?;
    eprintln!(
        "built lexicon: {} bytes in {:.1}s",
        bytes.len(),
        t.elapsed().as_secs_f64()
    );
    if o.check {
        let old = std::fs::read(&o.out).with_context(|| format!("reading {}", o.out.display()))?;
        if old != bytes {
            bail!(
                "{} is stale: run `cargo run -p xtask -- build-lemmas`",
                o.out.display()
            );
        }
        eprintln!("{} is up to date", o.out.display());
        return Ok(());
    }
    std::fs::write(&o.out, &bytes).with_context(|| format!("writing {}", o.out.display()))?;
    eprintln!("wrote {}", o.out.display());
    Ok(())
}

fn conv_for(path: &Path) -> Convention {
    if path.to_string_lossy().contains("csui") {
        Convention::Csui
    } else {
        Convention::Gsd
    }
}

/// Accuracy counters.
#[derive(Default)]
struct Score {
    words: usize,
    correct: usize,
    by_upos: BTreeMap<String, (usize, usize)>,
    errors: BTreeMap<(String, String, String), usize>,
}

fn eval_sentences(lem: &Lemmatizer, sents: &[&UdSentence], score: &mut Score) {
    let mut out: Vec<Word> = Vec::new();
    for s in sents {
        for (i, t) in s.iter().enumerate() {
            out.clear();
            lem.words_at(&t.form, i == 0, &mut out);
            let aligned = out.len() == t.words.len();
            for (j, w) in t.words.iter().enumerate() {
                let got = if aligned {
                    out[j].lemma.as_str()
                } else {
                    "<split>"
                };
                let ok = got == w.lemma;
                score.words += 1;
                score.correct += usize::from(ok);
                let e = score.by_upos.entry(w.upos.clone()).or_default();
                e.0 += 1;
                e.1 += usize::from(ok);
                if !ok {
                    let got = if aligned {
                        got.to_string()
                    } else {
                        let parts: Vec<&str> =
                            out.iter().map(|x| &t.form[x.range.clone()]).collect();
                        format!("<split {}>", parts.join("+"))
                    };
                    *score
                        .errors
                        .entry((t.form.clone(), w.lemma.clone(), got))
                        .or_default() += 1;
                }
            }
        }
    }
}

/// `lemma-eval`: lemma accuracy of `words_at` on gold tokens. With `--fold K/N` the lexicon is
/// rebuilt in memory without sentences `i % N == K` of the evaluated file, which are then scored
/// (an honest number for a file the lexicon is built from).
pub fn lemma_eval(args: &[String]) -> anyhow::Result<()> {
    let o = parse(args)?;
    if o.files.is_empty() {
        bail!("lemma-eval needs CoNLL-U files");
    }
    let mut below = Vec::new();
    for f in &o.files {
        if f.to_string_lossy().contains("-test") {
            eprintln!(
                "note: {} is a test split: report it once, never tune on it",
                f.display()
            );
        }
        let text =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let sents = build::read_conllu(&text);
        let conv = o.conv.unwrap_or_else(|| conv_for(f));
        let (lem, picked): (&Lemmatizer, Vec<&UdSentence>) = match o.fold {
            None => (Lemmatizer::embedded_for(conv), sents.iter().collect()),
            Some((k, n)) => {
                let mut src = Sources::load(&o.data, Path::new(OVERRIDES))?;
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
                let keep = |v: &mut Vec<UdSentence>| {
                    let all = std::mem::take(v);
                    *v = all
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| i % n != k)
                        .map(|(_, s)| s)
                        .collect();
                };
                match name.as_deref() {
                    Some(n) if build::GSD_DEV.ends_with(n) => keep(&mut src.gsd),
                    Some(n) if build::CSUI_TRAIN.ends_with(n) => keep(&mut src.csui),
                    _ => eprintln!(
                        "note: {} is not a lexicon source; --fold only subsets it",
                        f.display()
                    ),
                }
                let bytes: &'static [u8] = Box::leak(build::build(&src)?.into_boxed_slice());
                let lem: &'static Lemmatizer =
                    Box::leak(Box::new(Lemmatizer::from_static(bytes, conv)?));
                let picked = sents
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % n == k)
                    .map(|(_, s)| s)
                    .collect();
                (lem, picked)
            }
        };
        let mut score = Score::default();
        eval_sentences(lem, &picked, &mut score);
        let acc = 100.0 * score.correct as f64 / score.words.max(1) as f64;
        println!(
            "{}\t{:?}\twords {}\tlemma accuracy {acc:.2}%",
            f.display(),
            conv,
            score.words,
        );
        if o.bar.is_some_and(|bar| acc < bar) {
            below.push(format!("{} {acc:.2}%", f.display()));
        }
        for (upos, (n, c)) in &score.by_upos {
            println!(
                "  {upos:<6} {n:>6} {:>7.2}%",
                100.0 * *c as f64 / (*n).max(1) as f64
            );
        }
        let mut errs: Vec<_> = score.errors.iter().collect();
        errs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for ((form, gold, got), n) in errs.iter().take(o.errors) {
            println!("  err {n:>3} {form}\tgold={gold}\tgot={got}");
        }
    }
    if !below.is_empty() {
        bail!(
            "below the bar of {:.2}%: {}",
            o.bar.unwrap_or_default(),
            below.join(", ")
        );
    }
    Ok(())
}

/// `lemma-words [--conv gsd|csui]`: reads `form<TAB>initial` lines (initial = 1 for a
/// sentence-initial word) on stdin and writes one lemma per line: the lemma of the token's first
/// syntactic word. Used by `scripts/compare-lemmatizers.py`.
pub fn lemma_words(args: &[String]) -> anyhow::Result<()> {
    use std::io::{BufRead, Write};
    let o = parse(args)?;
    let lem = Lemmatizer::embedded_for(o.conv.unwrap_or_default());
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut words = Vec::new();
    for line in stdin.lock().lines() {
        let line = line?;
        let (form, initial) = line.split_once('\t').unwrap_or((line.as_str(), "1"));
        words.clear();
        lem.words_at(form, initial == "1", &mut words);
        let lemma = words.first().map_or(form, |w| w.lemma.as_str());
        writeln!(out, "{lemma}")?;
    }
    out.flush()?;
    Ok(())
}
