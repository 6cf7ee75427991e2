//! `warta events`: aggregated events (the same event reported by several articles is one event)
//! with GDELT-style counts; `--mentions` lists every mention with its evidence sentence.
use super::ingest::DbArgs;
use super::search::{one_line, FilterArgs, OutFormat};
use anyhow::Result;
use clap::Args as ClapArgs;
use std::io::Write;
use warta_store::{csv_row, write_table};

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// List the mentions (article, sentence, evidence) of each event.
    #[arg(long)]
    pub mentions: bool,
    /// Maximum number of events (0: all).
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
    let groups = store.events(&a.filter.filter(None, a.limit))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        OutFormat::Jsonl => {
            for g in &groups {
                let mut v = serde_json::to_value(g)?;
                if a.mentions {
                    v["mentions"] = serde_json::to_value(store.mentions(g.id)?)?;
                }
                serde_json::to_writer(&mut out, &v)?;
                writeln!(out)?;
            }
        }
        OutFormat::Csv => {
            csv_row(
                &mut out,
                &[
                    "event",
                    "date",
                    "cameo",
                    "root",
                    "quad_class",
                    "plover",
                    "actor_key",
                    "actor",
                    "recipient_key",
                    "recipient",
                    "num_mentions",
                    "num_sources",
                    "num_articles",
                    "evidence",
                ],
            )?;
            for g in &groups {
                csv_row(
                    &mut out,
                    &[
                        g.id.to_string(),
                        g.date.clone(),
                        g.cameo.clone(),
                        g.root.clone(),
                        g.quad_class.to_string(),
                        g.plover.clone().unwrap_or_default(),
                        g.actor_key.clone(),
                        g.actor.clone(),
                        g.recipient_key.clone(),
                        g.recipient.clone(),
                        g.num_mentions.to_string(),
                        g.num_sources.to_string(),
                        g.num_articles.to_string(),
                        g.evidence.clone(),
                    ],
                )?;
            }
        }
        OutFormat::Table => {
            if groups.is_empty() {
                writeln!(out, "no event matches")?;
            } else if !a.mentions {
                let rows: Vec<Vec<String>> = groups
                    .iter()
                    .map(|g| {
                        vec![
                            g.id.to_string(),
                            g.date.clone(),
                            g.cameo.clone(),
                            g.plover.clone().unwrap_or_default(),
                            g.actor.clone(),
                            g.recipient.clone(),
                            g.num_mentions.to_string(),
                            g.num_sources.to_string(),
                            g.num_articles.to_string(),
                            one_line(&g.evidence),
                        ]
                    })
                    .collect();
                write_table(
                    &mut out,
                    &[
                        "event",
                        "date",
                        "cameo",
                        "plover",
                        "actor",
                        "recipient",
                        "mentions",
                        "sources",
                        "articles",
                        "evidence",
                    ],
                    &rows,
                    60,
                )?;
            } else {
                for g in &groups {
                    writeln!(
                        out,
                        "event {}  {}  {} {}: {} -> {}  mentions {}, sources {}, articles {}",
                        g.id,
                        g.date,
                        g.cameo,
                        g.plover.as_deref().unwrap_or("-"),
                        g.actor,
                        g.recipient,
                        g.num_mentions,
                        g.num_sources,
                        g.num_articles
                    )?;
                    for m in store.mentions(g.id)? {
                        writeln!(
                            out,
                            "    #{} s{} {} {}  {}: \u{201c}{}\u{201d}",
                            m.article,
                            m.sentence,
                            m.cameo,
                            m.modality,
                            m.source.as_deref().unwrap_or("-"),
                            one_line(&m.evidence)
                        )?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(crate::exit::OK)
}
