//! Indonesian time expressions normalised against a publication date.
//!
//! CONTRACT (keep these signatures): [`find_times`] appends every time expression of `text` to
//! `out`, each with its byte span and normalised value.
//!
//! STUB: finds nothing until the real recogniser lands.
#![deny(missing_docs)]

use warta_core::{Span, Token, Ymd};

/// How precise a normalised value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Granularity {
    /// `2000`
    Year,
    /// `2024-06`
    Month,
    /// `2024-W25`
    Week,
    /// `2024-06-18`
    Day,
    /// `2024-06-18T16:00`
    Minute,
    /// Anything vaguer (`dulu`, `akhir-akhir ini`).
    Other,
}

impl Granularity {
    /// Name used in `warta.analysis/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
            Granularity::Minute => "minute",
            Granularity::Other => "other",
        }
    }
}

/// One time expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is in the text.
    pub span: Span,
    /// Normalised value (`2024-06-18`, `2000`, `2024-06`, `2024-W25`, `2024-06-18T16:00`), or `None`
    /// when it cannot be resolved (a relative expression without publication date).
    pub value: Option<String>,
    /// Precision of `value`.
    pub granularity: Granularity,
    /// The first day the expression covers, when it resolves to a calendar range.
    pub date: Option<Ymd>,
}

/// Appends the time expressions of `text` (tokenised as `tokens`) to `out`, resolving relative
/// ones against `published`.
pub fn find_times(text: &str, tokens: &[Token], published: Option<Ymd>, out: &mut Vec<TimeExpr>) {
    let _ = (text, tokens, published, out);
}
