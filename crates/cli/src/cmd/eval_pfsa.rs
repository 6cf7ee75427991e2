//! `warta eval pfsa`: direct-quote spans, cues and speaker attribution of the quote recogniser
//! against PFSA-ID (evaluation only: the corpus is CC BY-NC-SA and is read from `--data`).
use anyhow::{Context, Result};
use clap::{Args as ClapArgs, ValueEnum};
use std::path::PathBuf;
use warta_eval::pfsa;

/// Which PFSA-ID split.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Split {
    /// `test.txt`: the reported numbers.
    Test,
    /// `dev.txt`: the only split rules may be tuned on.
    Dev,
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Directory holding PFSA-ID `dev.txt` and `test.txt`.
    #[arg(long, default_value = "../shared/data/pfsa-id")]
    pub data: PathBuf,
    /// Split to score.
    #[arg(long, value_enum, default_value = "test")]
    pub split: Split,
    /// Minimum direct-quote span F1 (exact, normalised) and speaker attribution accuracy, as
    /// fractions: `0.9` sets both, `0.9,0.85` sets span then speaker. Exit code 4 below it.
    #[arg(long, value_parser = parse_bar)]
    pub bar: Option<(f64, f64)>,
    /// Print up to N examples of each error kind (spurious, missed, wrong speaker). Use on dev.
    #[arg(long, default_value_t = 0)]
    pub examples: usize,
    /// Pass the actor lexicon's mentions to the recogniser as known names.
    #[arg(long)]
    pub names: bool,
}

fn parse_bar(s: &str) -> Result<(f64, f64), String> {
    let mut it = s.split(',').map(|x| x.trim().parse::<f64>());
    let a = it
        .next()
        .and_then(|x| x.ok())
        .ok_or_else(|| format!("bad bar {s:?}"))?;
    let b = match it.next() {
        Some(Ok(b)) => b,
        Some(Err(_)) => return Err(format!("bad bar {s:?}")),
        None => a,
    };
    Ok((a, b))
}

/// Runs the evaluation; returns the exit code.
pub fn run(a: Args) -> Result<u8> {
    let file = a.data.join(match a.split {
        Split::Test => "test.txt",
        Split::Dev => "dev.txt",
    });
    let docs = pfsa::read(&file).with_context(|| format!("reading PFSA-ID {}", file.display()))?;
    let r = pfsa::evaluate_with(&docs, a.names);
    println!(
        "PFSA-ID {} ({})",
        file.display(),
        match a.split {
            Split::Test => "test",
            Split::Dev => "dev",
        }
    );
    print!("{}", r.table());
    if a.examples > 0 {
        print!("{}", pfsa::error_examples(&docs, a.examples));
    }
    if let Some((span_bar, speaker_bar)) = a.bar {
        let f1 = r.direct_exact.f1();
        let acc = r.speaker_accuracy();
        let ok = f1 >= span_bar && acc >= speaker_bar;
        println!(
            "bar: direct span F1 {f1:.4} >= {span_bar} and speaker {acc:.4} >= {speaker_bar}: {}",
            if ok { "PASS" } else { "BELOW" }
        );
        if !ok {
            return Ok(crate::exit::BELOW_BAR);
        }
    }
    Ok(crate::exit::OK)
}
