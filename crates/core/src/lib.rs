//! Shared, dependency-light types of the warta pipeline.
//!
//! Every stage of warta (text -> morphology -> tagging -> actors -> extraction -> store -> serve)
//! speaks in these types:
//!
//! - [`Span`]: a `Copy` **byte** range into the original article text. Internally everything is a
//!   byte span (natural for Rust slicing); the JSON contract speaks in character offsets, converted
//!   once at the output edge by [`CharMap`].
//! - [`Token`], [`TokenKind`], [`Sentence`]: what the text layer produces.
//! - [`Ymd`]: a calendar date without a time zone.
//! - [`Article`]: one news article with its metadata, as the reader produces it.
//! - [`analysis`]: the `warta.analysis/1` output document (serde types).
//!
//! ```
//! use warta_core::Span;
//! let text = "Presiden Rusia";
//! let s = Span::new(9, 14);
//! assert_eq!(s.slice(text), "Rusia");
//! ```
#![deny(missing_docs)]

pub mod analysis;
mod charmap;

pub use charmap::CharMap;

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `start..end` into a text. `start <= end` always holds.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A new span; panics in debug builds when `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }
    /// The text this span covers. Panics if the span is not on char boundaries of `text`.
    #[inline]
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// True when `other` lies inside `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// This span moved right by `by` bytes.
    #[inline]
    pub fn shift(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// What kind of surface token the tokenizer found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including reduplications (`negara-negara`) and words with clitics (`rumahnya`).
    Word,
    /// A number, possibly with thousands separators or decimals (`51.900`, `3,5`).
    Number,
    /// A clock time or numeric date (`16.00`, `19/6/2025`).
    DateTime,
    /// An abbreviation with its dot (`dll.`, `Prof.`, `Jl.`).
    Abbrev,
    /// An opening or closing quotation mark of any style.
    Quote,
    /// Other punctuation.
    Punct,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A `#hashtag`.
    Hashtag,
    /// An `@mention`.
    Mention,
    /// A symbol (currency signs, `%`, emoji, ...).
    Symbol,
}

/// One surface token: a byte span into the original text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is in the original text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// One sentence: its byte span and the range of its tokens in the document's token list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span of the sentence (first token start .. last token end).
    pub span: Span,
    /// Index of the first token.
    pub tok_start: usize,
    /// One past the index of the last token.
    pub tok_end: usize,
}

impl Sentence {
    /// The token index range of this sentence.
    #[inline]
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.tok_start..self.tok_end
    }
}

/// A calendar date (proleptic Gregorian), no time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
}

impl Ymd {
    /// A date when the triple is a real calendar date, else `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Ymd> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Ymd { year, month, day })
    }
    /// Parses `YYYY-MM-DD` (a longer string such as `2024-06-18T10:00` is cut to its date).
    pub fn parse_iso(s: &str) -> Option<Ymd> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        Ymd::new(y, m, d)
    }
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One news article as read from a file, a JSON record or an HTML page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// Identifier from the record, if any.
    pub id: Option<String>,
    /// URL from the record or page, if any.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher (`DW`, `Kompas.com`, `ANTARA`).
    pub source: Option<String>,
    /// Dateline city of the opening (`Pyongyang –`, `JAKARTA, KOMPAS.com -`), as written in the text
    /// but in title case (`Jakarta`).
    pub dateline: Option<String>,
    /// Byte span of the dateline city inside `body`, when it was found there.
    pub dateline_span: Option<Span>,
    /// Publication date.
    pub published: Option<Ymd>,
    /// The body text as analysed (paragraphs separated by newlines). All offsets point into it.
    pub body: String,
    /// Where the article came from (file path, `file:line` for JSONL), for error messages.
    pub origin: Option<String>,
}
