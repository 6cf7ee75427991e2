//! `warta analyze`: articles in, warta.analysis/1 documents out.
//!
//! Articles stream through in batches: each batch is analysed in parallel (rayon, one reusable
//! scratch buffer per worker) and written in input order before the next is read, so memory
//! stays flat however large the input.
use super::input::{for_each_article, InputArgs};
use anyhow::Result;
use clap::{Args as ClapArgs, ValueEnum};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use warta_core::analysis::Analysis;
use warta_core::Article;
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

const BATCH: usize = 256;

/// Writes documents in the chosen format; JSON becomes an array only when there is more than one.
struct Writer<W: Write> {
    out: W,
    format: Format,
    count: usize,
    first: Option<Analysis>,
}

impl<W: Write> Writer<W> {
    fn write(&mut self, d: Analysis) -> Result<()> {
        self.count += 1;
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, &d)?;
                writeln!(self.out)?;
            }
            Format::Pretty => super::pretty::write(&mut self.out, &d)?,
            Format::Json => match self.count {
                1 => self.first = Some(d),
                2 => {
                    writeln!(self.out, "[")?;
                    if let Some(f) = self.first.take() {
                        serde_json::to_writer_pretty(&mut self.out, &f)?;
                    }
                    writeln!(self.out, ",")?;
                    serde_json::to_writer_pretty(&mut self.out, &d)?;
                }
                _ => {
                    writeln!(self.out, ",")?;
                    serde_json::to_writer_pretty(&mut self.out, &d)?;
                }
            },
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        if self.format == Format::Json {
            if let Some(f) = self.first.take() {
                serde_json::to_writer_pretty(&mut self.out, &f)?;
                writeln!(self.out)?;
            } else if self.count > 1 {
                writeln!(self.out, "\n]")?;
            }
        }
        self.out.flush()?;
        Ok(())
    }
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let analyzer = Analyzer::new();
    let stdout = std::io::stdout();
    let mut w = Writer {
        out: std::io::BufWriter::new(stdout.lock()),
        format: a.format,
        count: 0,
        first: None,
    };
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let flush = |batch: &mut Vec<Article>, w: &mut Writer<_>| -> Result<()> {
        let docs: Vec<Analysis> = batch
            .par_iter()
            .map_init(Scratch::default, |s, art| analyzer.analyze(art, s))
            .collect();
        batch.clear();
        docs.into_iter().try_for_each(|d| w.write(d))
    };
    let mut skipped = 0usize;
    for_each_article(
        &a.paths,
        &a.input.options(),
        &mut |e| {
            skipped += 1;
            eprintln!("warta: skipped: {e}");
        },
        &mut |art| {
            batch.push(art);
            if batch.len() >= BATCH {
                flush(&mut batch, &mut w)?;
            }
            Ok(())
        },
    )?;
    flush(&mut batch, &mut w)?;
    let n = w.count;
    w.finish()?;
    if n == 0 {
        anyhow::bail!("no article could be read from the input ({skipped} skipped)");
    }
    Ok(if skipped > 0 {
        crate::exit::PARTIAL
    } else {
        crate::exit::OK
    })
}
