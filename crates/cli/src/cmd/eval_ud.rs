//! `warta eval ud`: Tokens, Sentences, Words F1 and Lemmas of the text layer over UD CoNLL-U
//! files, from raw text, aligned as the CoNLL 2018 shared task script does.
use anyhow::{bail, Context, Result};
use clap::{Args as ClapArgs, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use warta_eval::ud::{
    convention_for, evaluate_raw, read_conllu_file, text_convention_for, EvalOptions, Score,
    UdReport,
};
use warta_morph::Convention;

/// Output format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// A table per file.
    Text,
    /// One JSON object per file, one per line.
    Json,
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// CoNLL-U files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Minimum scores in percent, e.g. `tokens=99.9,sentences=94,lemmas=98.5` (also `words`,
    /// `content-lemmas`); exit code 4 when a file scores below one.
    #[arg(long, value_parser = parse_bars)]
    pub bar: Option<Bars>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: Format,
    /// Print up to N error examples per file (missed tokens, sentence ends, wrong lemmas).
    #[arg(long, default_value_t = 0)]
    pub examples: usize,
    /// Lemma conventions: `auto` picks CSUI for files named `*csui*`, GSD otherwise.
    #[arg(long, value_enum, default_value = "auto")]
    pub lemmas: LemmaConvention,
    /// Tokenisation conventions: `auto` picks GSD (abbreviation dots detached) for files named
    /// `*gsd*`, standard (`Prof.` one token, as CSUI and PUD) otherwise.
    #[arg(long, value_enum, default_value = "auto")]
    pub tokens: TokenConvention,
}

/// Whose tokenisation conventions to follow.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum TokenConvention {
    /// From the file name.
    Auto,
    /// Abbreviations keep their dot (CSUI, PUD, and what warta uses).
    Standard,
    /// UD Indonesian-GSD: abbreviation dots are tokens of their own.
    Gsd,
}

/// Whose lemma conventions to follow.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LemmaConvention {
    /// From the file name.
    Auto,
    /// UD Indonesian-GSD.
    Gsd,
    /// UD Indonesian-CSUI.
    Csui,
}

/// Bars by metric name.
#[derive(Clone, Debug, Default)]
pub struct Bars(Vec<(Metric, f64)>);

/// A metric a bar can apply to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Tokens F1.
    Tokens,
    /// Sentences F1.
    Sentences,
    /// Words F1.
    Words,
    /// Lemmas F1 (the CoNLL18 metric).
    Lemmas,
    /// Lemma accuracy on aligned content words.
    ContentLemmas,
}

impl Metric {
    fn name(self) -> &'static str {
        match self {
            Metric::Tokens => "tokens",
            Metric::Sentences => "sentences",
            Metric::Words => "words",
            Metric::Lemmas => "lemmas",
            Metric::ContentLemmas => "content-lemmas",
        }
    }
    fn value(self, r: &UdReport) -> f64 {
        match self {
            Metric::Tokens => r.tokens.f1(),
            Metric::Sentences => r.sentences.f1(),
            Metric::Words => r.words.f1(),
            Metric::Lemmas => r.lemmas.f1(),
            Metric::ContentLemmas => r.content_lemmas.aligned_accuracy().unwrap_or(0.0),
        }
    }
}

fn parse_bars(s: &str) -> Result<Bars, String> {
    let mut v = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, x) = part
            .split_once('=')
            .ok_or_else(|| format!("expected metric=value, got {part:?}"))?;
        let m = match k.trim() {
            "tokens" => Metric::Tokens,
            "sentences" => Metric::Sentences,
            "words" => Metric::Words,
            "lemmas" => Metric::Lemmas,
            "content-lemmas" => Metric::ContentLemmas,
            other => return Err(format!("unknown metric {other:?}")),
        };
        let x: f64 = x
            .trim()
            .parse()
            .map_err(|_| format!("not a number: {x:?}"))?;
        v.push((m, x));
    }
    Ok(Bars(v))
}

/// Runs the evaluation.
pub fn run(a: Args) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut below = false;
    for f in &a.files {
        let sents = read_conllu_file(f).with_context(|| format!("reading {}", f.display()))?;
        if sents.is_empty() {
            bail!("{}: no sentence", f.display());
        }
        let rep = evaluate_raw(
            &sents,
            EvalOptions {
                max_examples: a.examples,
                convention: match a.lemmas {
                    LemmaConvention::Auto => convention_for(f),
                    LemmaConvention::Gsd => Convention::Gsd,
                    LemmaConvention::Csui => Convention::Csui,
                },
                text_convention: match a.tokens {
                    TokenConvention::Auto => text_convention_for(f),
                    TokenConvention::Standard => warta_text::Convention::Standard,
                    TokenConvention::Gsd => warta_text::Convention::Gsd,
                },
            },
        )
        .with_context(|| format!("evaluating {}", f.display()))?;
        let fails: Vec<String> = a
            .bar
            .iter()
            .flat_map(|b| b.0.iter())
            .filter(|(m, bar)| m.value(&rep) < *bar)
            .map(|(m, bar)| format!("{} {:.2} < {bar}", m.name(), m.value(&rep)))
            .collect();
        below |= !fails.is_empty();
        match a.format {
            Format::Text => write_table(&mut out, &f.display().to_string(), &rep, &fails)?,
            Format::Json => {
                let v = serde_json::json!({
                    "file": f.display().to_string(),
                    "sentences_in_file": sents.len(),
                    "tokens": rep.tokens.f1(),
                    "sentences": rep.sentences.f1(),
                    "words": rep.words.f1(),
                    "lemmas": rep.lemmas.f1(),
                    "lemma_accuracy_aligned": rep.lemmas.aligned_accuracy(),
                    "content_lemma_accuracy_aligned": rep.content_lemmas.aligned_accuracy(),
                    "counts": {
                        "tokens": rep.tokens, "sentences": rep.sentences, "words": rep.words,
                        "lemmas": rep.lemmas, "content_lemmas": rep.content_lemmas,
                    },
                    "below_bar": fails,
                    "examples": rep.examples,
                });
                serde_json::to_writer(&mut out, &v)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(if below {
        crate::exit::BELOW_BAR
    } else {
        crate::exit::OK
    })
}

fn write_table(out: &mut dyn Write, name: &str, r: &UdReport, fails: &[String]) -> Result<()> {
    writeln!(out, "== {name}")?;
    writeln!(
        out,
        "{:<28} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8}",
        "metric", "precision", "recall", "F1", "gold", "system", "correct"
    )?;
    let row = |out: &mut dyn Write, label: &str, s: &Score| -> std::io::Result<()> {
        writeln!(
            out,
            "{:<28} {:>9.2} {:>9.2} {:>9.2} {:>8} {:>8} {:>8}",
            label,
            s.precision(),
            s.recall(),
            s.f1(),
            s.gold,
            s.system,
            s.correct
        )
    };
    row(out, "Tokens", &r.tokens)?;
    row(out, "Sentences", &r.sentences)?;
    row(out, "Words", &r.words)?;
    row(out, "Lemmas", &r.lemmas)?;
    for (label, s) in [
        ("lemma acc. (aligned words)", &r.lemmas),
        ("lemma acc. (content words)", &r.content_lemmas),
    ] {
        writeln!(
            out,
            "{:<28} {:>29.2} {:>8} {:>8} {:>8}",
            label,
            s.aligned_accuracy().unwrap_or(0.0),
            s.aligned.unwrap_or(0),
            "",
            s.correct
        )?;
    }
    for e in &r.examples {
        writeln!(out, "  {e}")?;
    }
    for f in fails {
        writeln!(out, "BELOW BAR: {f}")?;
    }
    writeln!(out)?;
    Ok(())
}
