//! `warta search`: articles by words (matched by lemma) and event filters, with their matching
//! events and evidence sentences. Also home of the filter and output options shared by `events`,
//! `actors` and `export`.
use super::ingest::DbArgs;
use anyhow::{Context, Result};
use clap::{Args as ClapArgs, ValueEnum};
use std::io::Write;
use warta_core::Ymd;
use warta_store::{csv_row, Filter};

/// Output format of the listing commands.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutFormat {
    /// An aligned table for people.
    Table,
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header.
    Csv,
}

fn parse_ymd(s: &str) -> Result<Ymd, String> {
    Ymd::parse_iso(s).ok_or_else(|| format!("not a date (YYYY-MM-DD): {s}"))
}

/// Filters shared by the query commands.
#[derive(ClapArgs, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Actor or recipient: code (RUS, RUSGOV, GOV), organisation or name, any case.
    #[arg(long)]
    pub actor: Option<String>,
    /// CAMEO code prefix (04, 042).
    #[arg(long)]
    pub cameo: Option<String>,
    /// PLOVER event type (CONSULT).
    #[arg(long)]
    pub plover: Option<String>,
    /// Modality: asserted, alleged, denied, future, hypothetical, negated.
    #[arg(long)]
    pub modality: Option<String>,
    /// Publisher (exact, any case).
    #[arg(long)]
    pub source: Option<String>,
    /// Earliest date, YYYY-MM-DD (event date; publication date when no event filter is given).
    #[arg(long, value_parser = parse_ymd)]
    pub since: Option<Ymd>,
    /// Latest date, YYYY-MM-DD.
    #[arg(long, value_parser = parse_ymd)]
    pub until: Option<Ymd>,
}

impl FilterArgs {
    /// The store filter.
    pub fn filter(&self, text: Option<String>, limit: usize) -> Filter {
        Filter {
            text,
            actor: self.actor.clone(),
            cameo: self.cameo.clone(),
            plover: self.plover.clone(),
            modality: self.modality.clone(),
            source: self.source.clone(),
            since: self.since,
            until: self.until,
            limit,
        }
    }
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Words to find (matched by lemma: `kunjungan` finds `mengunjungi`); `"..."` for a phrase.
    pub query: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Maximum number of articles (0: all).
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: OutFormat,
    /// Run every line of this file as a query (with the same filters), one after another.
    #[arg(long, conflicts_with = "query")]
    pub queries: Option<std::path::PathBuf>,
    /// Print query latency (p50/p95/p99) to standard error.
    #[arg(long)]
    pub timing: bool,
    #[command(flatten)]
    pub db: DbArgs,
}

/// One line for a display cell.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let store = a.db.open_read()?;
    let queries: Vec<Option<String>> = match &a.queries {
        Some(p) => std::fs::read_to_string(p)
            .with_context(|| format!("reading {}", p.display()))?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| Some(l.to_string()))
            .collect(),
        None => vec![a.query.clone()],
    };
    if queries.is_empty() {
        anyhow::bail!("no queries in the --queries file (one per line; `#` starts a comment)");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut times = Vec::with_capacity(queries.len());
    let mut total_hits = 0usize;
    let many = queries.len() > 1;
    for q in queries {
        if many && a.format == OutFormat::Table {
            writeln!(out, "== {}", q.as_deref().unwrap_or(""))?;
        }
        let f = a.filter.filter(q, a.limit);
        let t = std::time::Instant::now();
        let hits = store.search(&f)?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        total_hits += hits.len();
        write_hits(&mut out, a.format, &hits)?;
    }
    out.flush()?;
    if a.timing {
        times.sort_by(f64::total_cmp);
        let pct = |p: f64| {
            let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
            times[i]
        };
        eprintln!(
            "warta search: {} queries, {total_hits} hits; latency ms p50 {:.2} p95 {:.2} p99 {:.2} max {:.2}",
            times.len(),
            pct(0.50),
            pct(0.95),
            pct(0.99),
            times.last().copied().unwrap_or(0.0)
        );
    }
    Ok(crate::exit::OK)
}

fn write_hits(
    out: &mut dyn Write,
    format: OutFormat,
    hits: &[warta_store::ArticleHit],
) -> Result<()> {
    match format {
        OutFormat::Jsonl => {
            for h in hits {
                serde_json::to_writer(&mut *out, h)?;
                writeln!(out)?;
            }
        }
        OutFormat::Csv => {
            csv_row(
                out,
                &[
                    "article",
                    "published",
                    "source",
                    "title",
                    "url",
                    "copies",
                    "event",
                    "mention",
                    "cameo",
                    "plover",
                    "modality",
                    "actor",
                    "recipient",
                    "date",
                    "sentence",
                    "evidence",
                ],
            )?;
            for h in hits {
                let art = [
                    h.id.to_string(),
                    h.published.clone().unwrap_or_default(),
                    h.source.clone().unwrap_or_default(),
                    h.title.clone().unwrap_or_default(),
                    h.url.clone().unwrap_or_default(),
                    h.copies.to_string(),
                ];
                if h.events.is_empty() {
                    let mut r = art.to_vec();
                    r.extend(std::iter::repeat_n(String::new(), 10));
                    csv_row(out, &r)?;
                }
                for e in &h.events {
                    let mut r = art.to_vec();
                    r.extend([
                        e.group.to_string(),
                        e.id.to_string(),
                        e.cameo.clone(),
                        e.plover.clone().unwrap_or_default(),
                        e.modality.clone(),
                        e.actor.clone(),
                        e.recipient.clone(),
                        e.date.clone(),
                        e.sentence.to_string(),
                        e.evidence.clone(),
                    ]);
                    csv_row(out, &r)?;
                }
            }
        }
        OutFormat::Table => {
            if hits.is_empty() {
                writeln!(out, "no article matches")?;
            }
            for (i, h) in hits.iter().enumerate() {
                let copies = if h.copies > 0 {
                    format!("  (+{} syndicated copies)", h.copies)
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "[{}] {}  {}  {}  #{}{}",
                    i + 1,
                    h.published.as_deref().unwrap_or("----------"),
                    h.source.as_deref().unwrap_or("-"),
                    one_line(h.title.as_deref().unwrap_or("(untitled)")),
                    h.id,
                    copies
                )?;
                if let Some(u) = h.url.as_deref().or(h.origin.as_deref()) {
                    writeln!(out, "    {u}")?;
                }
                for e in &h.events {
                    writeln!(
                        out,
                        "    {} {} {}: {} -> {}  ({}; event {})",
                        e.cameo,
                        e.plover.as_deref().unwrap_or("-"),
                        e.modality,
                        if e.actor.is_empty() { "?" } else { &e.actor },
                        if e.recipient.is_empty() {
                            "?"
                        } else {
                            &e.recipient
                        },
                        if e.date.is_empty() {
                            "no date"
                        } else {
                            &e.date
                        },
                        e.group
                    )?;
                    writeln!(out, "        \u{201c}{}\u{201d}", one_line(&e.evidence))?;
                }
            }
        }
    }
    Ok(())
}
