//! Shared input handling for commands that take articles: files, folders (recursively, sorted),
//! and `-` for standard input. Per-file and per-record errors are reported, counted and skipped;
//! nothing is silently lost.
use anyhow::{Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};
use warta_core::{Article, Ymd};
use warta_read::ReadOptions;

/// Options shared by the commands that read articles.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct InputArgs {
    /// Treat each input as body text only (no headline, publisher or date detection).
    #[arg(long)]
    pub raw: bool,
    /// Publication date to use (YYYY-MM-DD), overriding what the input says.
    #[arg(long, value_parser = parse_ymd)]
    pub published: Option<Ymd>,
    /// Publisher to use, overriding what the input says.
    #[arg(long)]
    pub source: Option<String>,
}

fn parse_ymd(s: &str) -> Result<Ymd, String> {
    Ymd::parse_iso(s).ok_or_else(|| format!("not a date (YYYY-MM-DD): {s}"))
}

impl InputArgs {
    /// Reader options.
    pub fn options(&self) -> ReadOptions {
        ReadOptions {
            raw: self.raw,
            published: self.published,
            source: self.source.clone(),
        }
    }
}

/// Expands the command-line paths: folders become their files (sorted, hidden files skipped).
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
        } else if p.is_dir() {
            walk(p, &mut out).with_context(|| format!("reading folder {}", p.display()))?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Streams every article of `paths` to `on_article`, in input order; per-file and per-record
/// errors go to `on_error` (already formatted with file and line). Memory stays flat: one file
/// (or standard input) is held at a time.
pub fn for_each_article(
    paths: &[PathBuf],
    opts: &ReadOptions,
    on_error: &mut dyn FnMut(String),
    on_article: &mut dyn FnMut(Article) -> Result<()>,
) -> Result<()> {
    let mut failed: Option<anyhow::Error> = None;
    for p in expand(paths)? {
        let mut sink = |r: warta_read::Result<Article>| {
            if failed.is_some() {
                return;
            }
            match r {
                Ok(a) => {
                    if let Err(e) = on_article(a) {
                        failed = Some(e);
                    }
                }
                Err(e) => on_error(e.to_string()),
            }
        };
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("reading standard input")?;
            // Same sniffing as files, by content only (no extension).
            warta_read::read_bytes(&buf, "<stdin>", None, opts, &mut sink);
        } else {
            warta_read::read_path(&p, opts, &mut sink);
        }
        if let Some(e) = failed.take() {
            return Err(e);
        }
    }
    Ok(())
}

/// Reads every article from `paths` into memory; errors go to `on_error`.
pub fn read_all(
    paths: &[PathBuf],
    opts: &ReadOptions,
    on_error: &mut dyn FnMut(String),
) -> Result<Vec<Article>> {
    let mut arts = Vec::new();
    for_each_article(paths, opts, on_error, &mut |a| {
        arts.push(a);
        Ok(())
    })?;
    Ok(arts)
}
