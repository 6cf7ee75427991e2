//! The `--format pretty` terminal view of an analysis.
use std::io::{self, Write};
use warta_core::analysis::Analysis;

/// Writes a readable view of `d`.
pub fn write(out: &mut dyn Write, d: &Analysis) -> io::Result<()> {
    let a = &d.article;
    writeln!(out, "== {}", a.title.as_deref().unwrap_or("(untitled)"))?;
    writeln!(
        out,
        "   source: {}  dateline: {}  published: {}",
        a.source.as_deref().unwrap_or("-"),
        a.dateline.as_deref().unwrap_or("-"),
        a.published.as_deref().unwrap_or("-")
    )?;
    writeln!(
        out,
        "   {} sentences, {} entities, {} quotes, {} events",
        d.sentences.len(),
        d.entities.len(),
        d.quotes.len(),
        d.events.len()
    )?;
    writeln!(out)?;
    Ok(())
}
