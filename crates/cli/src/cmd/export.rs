//! `warta export`: aggregated events as PLOVER-style JSONL, a GDELT 2.0 event table (61
//! tab-separated columns) or CSV of every mention.
use super::ingest::DbArgs;
use super::search::FilterArgs;
use anyhow::{Context, Result};
use clap::{Args as ClapArgs, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use warta_store::ExportFormat;

/// Export format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One aggregated event per line with PLOVER fields and its mentions.
    Plover,
    /// GDELT 2.0 event table (61 tab-separated columns, no header).
    Gdelt,
    /// One mention per row, with a header.
    Csv,
    /// Apache Parquet, one row per mention (needs --output; build with `--features parquet`).
    Parquet,
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Output format.
    #[arg(long, short, value_enum, default_value = "plover")]
    pub format: Format,
    /// Output file (default: standard output).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Maximum number of aggregated events (0: all).
    #[arg(long, short = 'n', default_value_t = 0)]
    pub limit: usize,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let fmt = match a.format {
        Format::Plover => ExportFormat::Plover,
        Format::Gdelt => ExportFormat::Gdelt,
        Format::Csv => ExportFormat::Csv,
        Format::Parquet => return parquet(&a),
    };
    let store = a.db.open_read()?;
    let f = a.filter.filter(None, a.limit);
    let n = match &a.output {
        Some(p) => {
            let file =
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let n = store.export(&f, fmt, &mut w)?;
            w.flush()?;
            n
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            let n = store.export(&f, fmt, &mut w)?;
            w.flush()?;
            n
        }
    };
    eprintln!("warta export: {n} records");
    Ok(crate::exit::OK)
}

#[cfg(feature = "parquet")]
fn parquet(a: &Args) -> Result<u8> {
    let Some(p) = &a.output else {
        anyhow::bail!("--format parquet needs --output FILE");
    };
    let store = a.db.open_read()?;
    let file = std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
    let n = store.export_parquet(
        &a.filter.filter(None, a.limit),
        std::io::BufWriter::new(file),
    )?;
    eprintln!("warta export: {n} rows");
    Ok(crate::exit::OK)
}

#[cfg(not(feature = "parquet"))]
fn parquet(_a: &Args) -> Result<u8> {
    anyhow::bail!(
        "this warta was built without Parquet support: rebuild with \
         `cargo build --release -p warta-cli --features parquet`, or use --format csv"
    )
}
