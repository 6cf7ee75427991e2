//! Article reader: plain text, JSON/JSONL records and HTML pages into [`Article`] values.
//!
//! CONTRACT (keep these signatures):
//! - [`read_path`] reads one file (format by extension and content sniffing) and calls `sink` for
//!   every article or per-record error, in order.
//! - [`parse_plain`], [`parse_record`], [`parse_html`] parse one in-memory input.
//!
//! Also public: [`read_bytes`] (the same as [`read_path`] for bytes already in memory, e.g. standard
//! input), [`sniff`] and [`Format`], [`parse_date`] (publisher date lines), [`detect_dateline`]
//! and [`tidy_publisher`].
//!
//! What each reader does:
//! - **Plain text** ([`parse_plain`]): headline, publisher line, date line, then paragraphs, or
//!   just paragraphs (layouts in the `plain` module docs). `ReadOptions::raw` keeps the whole input
//!   as body. `Baca juga:` lines are dropped.
//! - **Datelines** ([`detect_dateline`]): `Pyongyang –`, `JAKARTA, KOMPAS.com -`,
//!   `Jakarta (ANTARA) -`, `Liputan6.com, Jakarta:` set [`Article::dateline`] (title case) and
//!   [`Article::dateline_span`] (the city in the body); the publisher named there fills
//!   [`Article::source`] when nothing else did.
//! - **Dates** ([`parse_date`]): Indonesian and English month names and abbreviations, day names,
//!   `WIB`/`WITA`/`WIT`, ISO, `dd/mm/yyyy`, US `mm/dd/yyyy` (rule in the `date` module docs).
//! - **Records** ([`parse_record`], or files via [`read_path`]): one object, an array, or JSON
//!   Lines; a broken line is an [`Error::Record`] with its 1-based line and the rest is still read.
//! - **HTML** ([`parse_html`]): readability extraction (`dom_smoothie`) plus metadata from
//!   `og:*`, `<title>`, meta dates, JSON-LD and the canonical link.
//!
//! Bad input is normal input: empty files and pages without text are [`Error::Empty`], binary
//! files [`Error::Binary`], invalid UTF-8 is decoded (Windows-1252 or lossy), and nothing panics.
//! Text is normalised (CRLF -> LF, no-break space -> space, BOM dropped) before the body is fixed;
//! all offsets point into [`Article::body`].
//!
//! ```
//! use warta_read::{parse_plain, ReadOptions};
//! let text = "Menlu Bertemu Mitra di Tokyo\nWarta Contoh\nSenin, 3 Maret 2025 14:20 WIB\n\
//!             TOKYO, Warta Contoh - Menteri Luar Negeri tiba di Tokyo.";
//! let a = parse_plain(text, &ReadOptions::default());
//! assert_eq!(a.title.as_deref(), Some("Menlu Bertemu Mitra di Tokyo"));
//! assert_eq!(a.source.as_deref(), Some("Warta Contoh"));
//! assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-03-03"));
//! assert_eq!(a.dateline.as_deref(), Some("Tokyo"));
//! assert_eq!(a.dateline_span.unwrap().slice(&a.body), "TOKYO");
//! assert!(a.body.starts_with("TOKYO, Warta Contoh - Menteri"));
//! ```
#![deny(missing_docs)]

mod clean;
mod date;
mod dateline;
mod decode;
mod html;
mod plain;
mod record;
mod strip;

pub use date::parse_date;
pub use dateline::{detect_dateline, tidy_publisher, Dateline};

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
    /// The input is a binary file (NUL bytes or control bytes), not text.
    #[error("{path}: binary file, not text")]
    Binary {
        /// File.
        path: String,
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

/// The format of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Plain,
    /// JSON: one record object or an array of them (JSON Lines are recognised too).
    Json,
    /// JSON Lines (`.jsonl`, `.ndjson`): one record per line.
    Jsonl,
    /// An HTML page.
    Html,
}

/// Decides the format: `.json`, `.jsonl`/`.ndjson`, `.html`/`.htm` by extension; otherwise by
/// content: `{` or `[` first -> JSON, `<!doctype` or `<html` (or a leading `<head>`/`<body>`)
/// first -> HTML, else plain text.
pub fn sniff(path: Option<&Path>, text: &str) -> Format {
    let ext = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json") => return Format::Json,
        Some("jsonl" | "ndjson") => return Format::Jsonl,
        Some("html" | "htm" | "xhtml") => return Format::Html,
        _ => {}
    }
    let head = text.trim_start();
    if head.starts_with(['{', '[']) {
        return Format::Json;
    }
    let lower: String = head
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype", "<html", "<head", "<body", "<?xml", "<!--"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Format::Html;
    }
    Format::Plain
}

/// Reads one file and passes each article (or each bad record) to `sink`.
pub fn read_path(path: &Path, opts: &ReadOptions, sink: &mut dyn FnMut(Result<Article>)) {
    match std::fs::read(path) {
        Ok(bytes) => read_bytes(&bytes, &path.display().to_string(), Some(path), opts, sink),
        Err(source) => sink(Err(Error::Io {
            path: path.display().to_string(),
            source,
        })),
    }
}

/// Reads in-memory file contents named `name` (used in errors and [`Article::origin`]); `path`,
/// when given, lends its extension to [`sniff`]. Each article or bad record goes to `sink`.
pub fn read_bytes(
    bytes: &[u8],
    name: &str,
    path: Option<&Path>,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Result<Article>),
) {
    let text = match decode::decode(bytes) {
        Ok(t) => t,
        Err(decode::DecodeError::Binary) => {
            return sink(Err(Error::Binary { path: name.into() }));
        }
    };
    let empty = |msg: &str| Error::Empty {
        path: name.into(),
        msg: msg.into(),
    };
    if text.trim().is_empty() {
        return sink(Err(empty("empty file")));
    }
    match sniff(path, &text) {
        Format::Plain => {
            let mut a = parse_plain(&text, opts);
            if a.body.is_empty() {
                return sink(Err(empty("no body text")));
            }
            a.origin = Some(name.into());
            sink(Ok(a))
        }
        Format::Html => sink(
            parse_html(&text, opts)
                .map(|mut a| {
                    a.origin = Some(name.into());
                    a
                })
                .map_err(|e| with_path(e, name)),
        ),
        f @ (Format::Json | Format::Jsonl) => {
            record::read_all(&text, name, f == Format::Jsonl, opts, sink)
        }
    }
}

/// Fills in the file name of an error made by an in-memory parser.
fn with_path(e: Error, name: &str) -> Error {
    match e {
        Error::Empty { msg, .. } => Error::Empty {
            path: name.into(),
            msg,
        },
        Error::Record { line, msg, .. } => Error::Record {
            path: name.into(),
            line,
            msg,
        },
        other => other,
    }
}

/// Parses a plain-text article (headline, publisher and date lines detected unless `opts.raw`).
///
/// Layouts: `headline / publisher / [date] / paragraphs`, `headline / date / paragraphs`,
/// `date / headline / ...`, `headline / paragraphs`, a publisher line carrying the date
/// (`Kompas.com - 19/06/2025, 14:20 WIB`), byline lines (`Penulis: ...`, skipped), or paragraphs
/// only. The first line is a headline only when shaped like one (no final `.`, at most 30 words,
/// not a dateline opening, not quoted speech, not two sentences) and the next line agrees (a
/// header line, a dateline opening, title case, or a short line before a longer paragraph).
/// `Baca juga:` lines and trailing credits (`Editor: ...`, `(ant/abc)`) leave the body.
/// Never fails: an input that is all header keeps its text as body.
pub fn parse_plain(text: &str, opts: &ReadOptions) -> Article {
    plain::parse(text, opts)
}

/// Parses one JSON record (`{"id","url","title","source","published","text"|"html"}`).
/// Errors are [`Error::Record`] with an empty path (the caller knows the file).
pub fn parse_record(json: &str, opts: &ReadOptions) -> Result<Article> {
    record::parse_one(json, opts)
}

/// Parses an HTML page. A page without article text is [`Error::Empty`] with an empty path.
pub fn parse_html(html: &str, opts: &ReadOptions) -> Result<Article> {
    html::parse(html, opts)
}
