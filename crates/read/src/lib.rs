//! Article reader: plain text, JSON/JSONL records and HTML pages into [`Article`] values.
//!
//! CONTRACT (keep these signatures):
//! - [`read_path`] reads one file (format by extension and content sniffing) and calls `sink` for
//!   every article or per-record error, in order.
//! - [`parse_plain`], [`parse_record`], [`parse_html`] parse one in-memory input.
//!
//! STUB: plain text as body only until the real reader lands.
#![deny(missing_docs)]

use std::path::Path;
use warta_core::{Article, Ymd};

/// Errors of the reader.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// One record (line) of a file is bad; the others may still be fine.
    #[error("{path}:{line}: {msg}")]
    Record {
        /// File.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// The input holds no article text.
    #[error("{path}: {msg}")]
    Empty {
        /// File.
        path: String,
        /// What is wrong.
        msg: String,
    },
}

/// Result alias.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How to read.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Treat the whole input as body text: no headline, publisher or date detection.
    pub raw: bool,
    /// Override the publication date.
    pub published: Option<Ymd>,
    /// Override the publisher.
    pub source: Option<String>,
}

/// Reads one file and passes each article (or each bad record) to `sink`.
pub fn read_path(path: &Path, opts: &ReadOptions, sink: &mut dyn FnMut(Result<Article>)) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let mut a = parse_plain(&text, opts);
            a.origin = Some(path.display().to_string());
            sink(Ok(a))
        }
        Err(source) => sink(Err(Error::Io {
            path: path.display().to_string(),
            source,
        })),
    }
}

/// Parses a plain-text article.
pub fn parse_plain(text: &str, opts: &ReadOptions) -> Article {
    Article {
        body: text.to_string(),
        published: opts.published,
        source: opts.source.clone(),
        ..Article::default()
    }
}

/// Parses one JSON record (`{"id","url","title","source","published","text"|"html"}`).
pub fn parse_record(json: &str, opts: &ReadOptions) -> Result<Article> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| Error::Record {
        path: String::new(),
        line: 0,
        msg: e.to_string(),
    })?;
    let body = v
        .get("text")
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_string();
    Ok(Article {
        body,
        published: opts.published,
        ..Article::default()
    })
}

/// Parses an HTML page.
pub fn parse_html(html: &str, opts: &ReadOptions) -> Result<Article> {
    Ok(parse_plain(html, opts))
}
