//! `warta reanalyze`: recode every stored article with the current analyzer and report which
//! events were added or removed per article.
use super::ingest::DbArgs;
use super::search::OutFormat;
use anyhow::Result;
use clap::Args as ClapArgs;
use rayon::prelude::*;
use std::io::Write;
use warta_extract::{Analyzer, Scratch};
use warta_store::Prepared;

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Output format of the change list (table: one line per change).
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: OutFormat,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let mut store = a.db.open()?;
    let analyzer = Analyzer::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut after, mut n, mut changed, mut added, mut removed) =
        (0i64, 0usize, 0usize, 0usize, 0usize);
    loop {
        let arts = store.articles_after(after, a.batch.max(1))?;
        let Some(last) = arts.last() else { break };
        after = last.id;
        n += arts.len();
        let prepared: Vec<(i64, Prepared)> = arts
            .into_par_iter()
            .map_init(Scratch::default, |s, sa| {
                let an = analyzer.analyze(&sa.article, s);
                (sa.id, Prepared::new(sa.article, an))
            })
            .collect();
        for c in store.replace_analyses(prepared)? {
            changed += 1;
            added += c.added.len();
            removed += c.removed.len();
            match a.format {
                OutFormat::Jsonl => {
                    serde_json::to_writer(&mut out, &c)?;
                    writeln!(out)?;
                }
                OutFormat::Table | OutFormat::Csv => {
                    for s in &c.added {
                        writeln!(out, "#{}\t+ {s}", c.article)?;
                    }
                    for s in &c.removed {
                        writeln!(out, "#{}\t- {s}", c.article)?;
                    }
                }
            }
        }
    }
    out.flush()?;
    eprintln!(
        "warta reanalyze: {n} articles recoded with warta {}: {changed} changed, {added} events added, {removed} removed",
        env!("CARGO_PKG_VERSION")
    );
    Ok(crate::exit::OK)
}
