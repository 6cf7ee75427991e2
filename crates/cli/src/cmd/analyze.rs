//! `warta analyze`: articles in, warta.analysis/1 documents out.
use super::input::{read_all, InputArgs};
use anyhow::Result;
use clap::{Args as ClapArgs, ValueEnum};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use warta_extract::{Analyzer, Scratch};

/// Output format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One pretty-printed JSON document per article (a JSON array when there are several).
    Json,
    /// One JSON document per line.
    Jsonl,
    /// A readable terminal view.
    Pretty,
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Files, folders or `-` for standard input (plain text, .json/.jsonl records, .html pages).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "json")]
    pub format: Format,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let mut skipped = 0usize;
    let arts = read_all(&a.paths, &a.input.options(), &mut |e| {
        skipped += 1;
        eprintln!("warta: skipped: {e}");
    })?;
    if arts.is_empty() {
        anyhow::bail!("no article could be read from the input ({skipped} skipped)");
    }
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let analyzer = Analyzer::new();
    let docs: Vec<_> = arts
        .par_iter()
        .map_init(Scratch::default, |s, art| analyzer.analyze(art, s))
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        Format::Json if docs.len() == 1 => {
            serde_json::to_writer_pretty(&mut out, &docs[0])?;
            writeln!(out)?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &docs)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for d in &docs {
                serde_json::to_writer(&mut out, d)?;
                writeln!(out)?;
            }
        }
        Format::Pretty => {
            for d in &docs {
                super::pretty::write(&mut out, d)?;
            }
        }
    }
    out.flush()?;
    Ok(if skipped > 0 {
        crate::exit::PARTIAL
    } else {
        crate::exit::OK
    })
}
