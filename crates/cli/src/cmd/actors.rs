//! `warta actors`: actors by number of mentions across the store.
use super::ingest::DbArgs;
use super::search::{FilterArgs, OutFormat};
use anyhow::Result;
use clap::Args as ClapArgs;
use std::io::Write;
use warta_store::{csv_row, write_table};

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Maximum number of actors (0: all).
    #[arg(long, short = 'n', default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: OutFormat,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let store = a.db.open_read()?;
    let actors = store.actors(&a.filter.filter(None, a.limit))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let row = |x: &warta_store::ActorCount| {
        vec![
            x.name.clone(),
            x.key.clone(),
            x.country.clone().unwrap_or_default(),
            x.sector.clone().unwrap_or_default(),
            x.org.clone().unwrap_or_default(),
            x.mentions.to_string(),
            x.articles.to_string(),
        ]
    };
    const HEAD: [&str; 7] = [
        "name", "key", "country", "sector", "org", "mentions", "articles",
    ];
    match a.format {
        OutFormat::Jsonl => {
            for x in &actors {
                serde_json::to_writer(&mut out, x)?;
                writeln!(out)?;
            }
        }
        OutFormat::Csv => {
            csv_row(&mut out, &HEAD)?;
            for x in &actors {
                csv_row(&mut out, &row(x))?;
            }
        }
        OutFormat::Table => {
            if actors.is_empty() {
                writeln!(out, "no actor matches")?;
            } else {
                let rows: Vec<_> = actors.iter().map(row).collect();
                write_table(&mut out, &HEAD, &rows, 40)?;
            }
        }
    }
    out.flush()?;
    Ok(crate::exit::OK)
}
