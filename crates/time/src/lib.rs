//! Indonesian time expressions normalised against a publication date.
//!
//! [`find_times`] appends every time expression of a text to a vector, each as a [`TimeExpr`]: an
//! exact byte [`Span`] into the original text, a normalised ISO 8601 value, its [`Granularity`],
//! and the calendar range it covers. [`infer_published`] guesses a publication date from the
//! latest explicit full date of a text.
//!
//! What is recognised (case-insensitive unless noted):
//!
//! | kind | examples | value |
//! |---|---|---|
//! | full dates | `Selasa, 18 Juni 2024`, `18/6/2024`, `18-6-2024`, `2024-06-18`, `Kamis (19/6/2025)`, `18 Jun 2024` | `2024-06-18` |
//! | dates without year | `Selasa (18/6)`, `Selasa 18/6`, `17 Agustus`, `15 Agustus lalu`, `di Sepinggan (22/3)` | year from the publication date |
//! | months, years | `Juni 2024`, `bulan Juli 2007`, `tahun 1961`, `pada 1961`, `Pemilu 2014`, `2015 mendatang` | `2024-06`, `1961` |
//! | ranges | `2014-2019`, `antara tahun 1904 dan 1914`, `22-25 Januari 2013`, `Senin-Selasa (17-18/6)`, `Januari-April 2014` | `2014/2019` |
//! | decades, centuries | `1970-an`, `tahun 90-an`, `abad ke-20` | `197X`, `19` |
//! | quarters, halves | `kuartal pertama 2008`, `triwulan II tahun ini`, `semester 1 tahun 2007` | `2008-Q1`, `2007-H1` |
//! | clock times | `pukul 16.00 WIB`, `jam 9 malam`, `16.00 WIB`, `pukul 08.00-12.00`, joined with a date next to them | `2024-06-18T16:00` (`T16:00` alone) |
//! | relative days | `kemarin`, `hari ini`, `besok`, `lusa`, `kemarin lusa`, `tadi malam`, `semalam`, `pagi ini` | `2024-06-17` |
//! | relative units | `pekan lalu`, `minggu depan`, `bulan ini`, `tahun lalu`, `akhir pekan ini` | `2024-W24`, `2024-06`, `2023`, `2024-W25-WE` |
//! | counted | `dua hari lalu`, `tiga pekan lalu`, `5 tahun silam`, `sebulan kemudian` | |
//! | day names | `Senin`, `pada Rabu`, `Senin lalu`, `Rabu depan`, `Jumat malam` | |
//! | modified | `awal 2014`, `akhir Mei`, `pertengahan Juni 2024`, `awal bulan depan`, `akhir tahun` | value of the inner expression, [`Modifier`] set |
//!
//! Resolution rules, all against `published` (day names, months and dates without a year that are
//! ambiguous):
//! - a bare day name is the latest such day up to the publication date, or the next one from it
//!   when a future cue (`akan`, `dijadwalkan`, `rencananya`, ...) precedes it in the sentence;
//!   `Senin lalu` is strictly before, `Senin depan`/`mendatang` strictly after, `Senin ini` in the
//!   same ISO week;
//! - a bare month (after `pada`, `sejak`, `hingga`, `awal`, `bulan`, ...) is the latest such
//!   month up to the publication month (next one after a future cue); `Mei lalu` strictly before,
//!   `Desember mendatang`/`nanti` strictly after;
//! - a day and month without year: if a day name comes with it and exactly one of the neighbouring
//!   years has that weekday, that year; else `lalu`/`mendatang` after it picks the latest date up
//!   to / the first from the publication date; else the latest such date not after the
//!   publication date plus 31 days (183 after a future cue);
//! - `akhir tahun`, `awal bulan`, `awal pekan` without `ini`/`lalu`/`depan` mean the publication
//!   year, month, week;
//! - `dua hari kemudian`, `sebulan sebelumnya` count from the last day-precise date found before
//!   them in the text;
//! - `Minggu` is Sunday, except lowercase, or followed by `ini`/`depan`/`mendatang`, or opening a
//!   sentence with `lalu` after it: then it is the week;
//! - a clock time alone has no date (`T16:00`); time zones are recognised but not applied.
//!
//! Expressions that need a publication date that is not given are still found, with `value` and
//! `date` `None`. False positives are avoided by requiring context: a bare four-digit number is a
//! year only in 1900..=2100 (1500.. after `pada`, `sejak`, ...; 1000.. after `tahun`), right after
//! a word that does not make it an amount or a code (`sebanyak`, `Rp`, `nomor`, `UUD`) and not
//! before a count noun (`2000 orang`), `%` or a decimal part; `16.00` only after `pukul`/`jam` or
//! before `WIB`/`WITA`/`WIT`; `(18/6)` only after a day name, a relative day word or a capitalised
//! word (a place); numeric dates only with plausible day, month and year; bare month names only
//! with a preposition or `lalu`/`mendatang` (so `Mei Ling` is no month).
//!
//! The recogniser lexes the text itself, lazily, so it does not depend on the tokenizer; `tokens`
//! is accepted for the pipeline contract and currently unused. The scan skips every word that a
//! compile-time (length, first letter, last letter) filter rules out as the start of an expression,
//! and parses only the rest; it allocates only the value strings (about 6 µs for a 2.4 KB article).
//!
//! ```
//! use warta_core::Ymd;
//! use warta_time::{find_times, Granularity};
//! let text = "Putin tiba pada Selasa, 18 Juni 2024. Perjanjian itu diteken tahun 1961 dan kemarin.";
//! let mut out = Vec::new();
//! find_times(text, &[], Ymd::new(2024, 6, 19), &mut out);
//! let found: Vec<(&str, Option<&str>)> =
//!     out.iter().map(|t| (t.span.slice(text), t.value.as_deref())).collect();
//! assert_eq!(found, [
//!     ("Selasa, 18 Juni 2024", Some("2024-06-18")),
//!     ("tahun 1961", Some("1961")),
//!     ("kemarin", Some("2024-06-18")),
//! ]);
//! assert_eq!(out[1].granularity, Granularity::Year);
//! ```
#![deny(missing_docs)]

mod cal;
mod lex;
mod parse;

use cal::{day_number, from_day_number, iso_week_monday, month_end};
use parse::{Grammar, Hit, Val};
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
    /// `197X` (`1970-an`)
    Decade,
    /// `19` (`abad ke-20`)
    Century,
    /// `2024-Q1` (`kuartal pertama 2024`)
    Quarter,
    /// `2024-H1` (`semester I 2024`)
    Half,
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
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
        }
    }
}

/// Which part of a period a modified expression means (`awal`, `pertengahan`, `akhir`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modifier {
    /// `awal 2014`
    Start,
    /// `pertengahan Juni`, `medio 2024`
    Mid,
    /// `akhir bulan ini`
    End,
}

impl Modifier {
    /// Lowercase name (`start`, `mid`, `end`), as in TIMEX3's `mod` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "start",
            Modifier::Mid => "mid",
            Modifier::End => "end",
        }
    }
}

/// One time expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where it is in the text.
    pub span: Span,
    /// Normalised value (`2024-06-18`, `2000`, `2024-06`, `2024-W25`, `2024-06-18T16:00`), or `None`
    /// when it cannot be resolved (a relative expression without publication date). Explicit
    /// ranges are ISO 8601 intervals (`2014/2019`), a weekend is `2024-W25-WE`, a decade `197X`,
    /// a century `19`, a quarter `2008-Q1`, a half year `2007-H1`, a clock time without date
    /// `T16:00`.
    pub value: Option<String>,
    /// Precision of `value`.
    pub granularity: Granularity,
    /// The first day the expression covers, when it resolves to a calendar range.
    pub date: Option<Ymd>,
    /// The last day the expression covers (`2024-06-30` for `Juni 2024`), when `date` is set.
    pub end: Option<Ymd>,
    /// True when the value was computed from the publication date or an earlier expression
    /// (`kemarin`, `Senin (21/2)`), false when the text alone fixes it (`18 Juni 2024`).
    pub relative: bool,
    /// `awal`, `pertengahan`, `akhir` before the expression.
    pub modifier: Option<Modifier>,
}

/// Appends the time expressions of `text` (tokenised as `tokens`) to `out`, resolving relative
/// ones against `published`.
///
/// The appended expressions are sorted by position and do not overlap; spans are on char
/// boundaries. Never panics, whatever the input.
pub fn find_times(text: &str, tokens: &[Token], published: Option<Ymd>, out: &mut Vec<TimeExpr>) {
    let _ = tokens;
    let mut g = Grammar::new(text, published);
    let b = text.as_bytes();
    let mut last_end = 0;
    let mut i = 0;
    // The scan skips, byte by byte, everything that cannot open an expression: plain words that
    // fail the keyword pre-filter, punctuation, spaces. Only candidates are lexed and parsed.
    while i < b.len() {
        let class = lex::CLASS[usize::from(b[i])];
        let candidate = if class == lex::LETTER {
            let s = i;
            i = lex::letters_end(b, i + 1);
            let plain = i == b.len() || lex::CLASS[usize::from(b[i])] == 0 && b[i] != b'\'';
            let glued = s > 0 && b[s - 1] >= 0x80;
            if plain && !glued {
                // the common case, without lexing again
                let kw = lex::start_keyword(&b[s..i]);
                if kw != lex::Kw::None {
                    let lx = lex::Lx {
                        s,
                        e: i,
                        k: lex::K::Word,
                    };
                    if let Some(hit) = g.at_keyword(lx, kw) {
                        emit(&mut g, hit, lx, &mut last_end, out);
                        i = last_end;
                    }
                }
                None
            } else {
                // a word with digits, apostrophes or non-ASCII letters: the lexer decides
                match g.l.next(s) {
                    Some(lx) => {
                        i = i.max(lx.e);
                        (lx.k == lex::K::Word).then_some(lx.s)
                    }
                    None => None,
                }
            }
        } else if class == lex::DIGIT {
            let s = i;
            while i < b.len() && lex::CLASS[usize::from(b[i])] == lex::DIGIT {
                i += 1;
            }
            Some(s)
        } else {
            i += 1;
            None
        };
        let Some(s) = candidate else { continue };
        let Some(lx) = g.l.next(s) else { break };
        if let Some(hit) = g.at(lx) {
            emit(&mut g, hit, lx, &mut last_end, out);
            i = last_end;
        } else {
            i = i.max(lx.e);
        }
    }
}

/// Appends one hit found at lexeme `lx` and moves the scan past it.
fn emit(
    g: &mut Grammar<'_>,
    mut hit: Hit,
    lx: lex::Lx,
    last_end: &mut usize,
    out: &mut Vec<TimeExpr>,
) {
    // a look-back (`sekitar pukul`) never reaches into the previous expression
    if hit.s < *last_end {
        hit.s = lx.s;
    }
    let expr = render(&hit);
    if matches!(expr.granularity, Granularity::Day | Granularity::Minute) {
        if let Some(d) = expr.date {
            g.anchor = Some(d);
        }
    }
    out.push(expr);
    *last_end = hit.e.max(lx.e);
}

/// A publication date inferred from the text: the latest explicit full date (day, month and year
/// written out, e.g. `Selasa, 18 Juni 2024` or `19/6/2025`) it contains, or `None`.
///
/// Use it only when an article has no publication date: a text may quote later dates (a
/// scheduled event), and an old article may mention no date at all. The caller decides.
pub fn infer_published(text: &str, tokens: &[Token]) -> Option<Ymd> {
    let mut out = Vec::new();
    find_times(text, tokens, None, &mut out);
    out.iter()
        .filter(|t| !t.relative && matches!(t.granularity, Granularity::Day | Granularity::Minute))
        .filter_map(|t| t.date)
        .max()
}

/// Builds all lazily initialised tables now (call before timing).
pub fn warm_up() {
    lex::warm_up();
}

/// Appends `v` in decimal, zero-padded to `width` digits (a minus sign first when negative).
/// Hand-rolled: `write!` costs more than the whole recognition of a phrase.
fn push_num(out: &mut String, v: i64, width: usize) {
    if v < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut n = v.unsigned_abs();
    let mut len = 0;
    while n > 0 || len == 0 {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

fn push_ymd(out: &mut String, d: Ymd) {
    push_num(out, i64::from(d.year), 4);
    out.push('-');
    push_num(out, i64::from(d.month), 2);
    out.push('-');
    push_num(out, i64::from(d.day), 2);
}

fn push_clock(out: &mut String, h: u8, m: u8) {
    out.push('T');
    push_num(out, i64::from(h), 2);
    out.push(':');
    push_num(out, i64::from(m), 2);
}

/// The ISO value, granularity, first and last day of one value.
fn describe(v: Val, value: &mut String) -> (Granularity, Option<(Ymd, Ymd)>) {
    let ymd = |year, month, day| Ymd { year, month, day };
    match v {
        Val::Day(d) => {
            push_ymd(value, d);
            (Granularity::Day, Some((d, d)))
        }
        Val::Month(y, m) => {
            push_num(value, i64::from(y), 4);
            value.push('-');
            push_num(value, i64::from(m), 2);
            (Granularity::Month, Some((ymd(y, m, 1), month_end(y, m))))
        }
        Val::Year(y) => {
            push_num(value, i64::from(y), 4);
            (Granularity::Year, Some((ymd(y, 1, 1), ymd(y, 12, 31))))
        }
        Val::Week(y, w) | Val::Weekend(y, w) => {
            push_num(value, i64::from(y), 4);
            value.push_str("-W");
            push_num(value, i64::from(w), 2);
            let mon = iso_week_monday(y, w);
            if matches!(v, Val::Weekend(..)) {
                value.push_str("-WE");
                let range = (from_day_number(mon + 5), from_day_number(mon + 6));
                return (Granularity::Week, Some(range));
            }
            let range = (from_day_number(mon), from_day_number(mon + 6));
            (Granularity::Week, Some(range))
        }
        Val::Decade(y) => {
            push_num(value, i64::from(y / 10), 3);
            value.push('X');
            (
                Granularity::Decade,
                Some((ymd(y, 1, 1), ymd(y + 9, 12, 31))),
            )
        }
        Val::Century(c) => {
            let first = (c - 1) * 100;
            push_num(value, i64::from(c - 1), 2);
            let range = (ymd(first, 1, 1), ymd(first + 99, 12, 31));
            (Granularity::Century, Some(range))
        }
        Val::Quarter(y, q) | Val::Half(y, q) => {
            let (tag, size, g) = match v {
                Val::Quarter(..) => ('Q', 3, Granularity::Quarter),
                _ => ('H', 6, Granularity::Half),
            };
            push_num(value, i64::from(y), 4);
            value.push('-');
            value.push(tag);
            push_num(value, i64::from(q), 1);
            let last = q * size;
            (g, Some((ymd(y, last + 1 - size, 1), month_end(y, last))))
        }
        Val::Clock(h, m) => {
            push_clock(value, h, m);
            (Granularity::Minute, None)
        }
        Val::DayClock(d, h, m) => {
            push_ymd(value, d);
            push_clock(value, h, m);
            (Granularity::Minute, Some((d, d)))
        }
        Val::Unresolved(g) => (g, None),
    }
}

fn render(hit: &Hit) -> TimeExpr {
    let mut value = String::with_capacity(24);
    let (granularity, range) = describe(hit.v, &mut value);
    let mut range = range;
    if let Some(to) = hit.to {
        value.push('/');
        let (_, to_range) = describe(to, &mut value);
        range = match (range, to_range) {
            (Some((first, _)), Some((_, last))) => Some((first, last)),
            (r, _) => r,
        };
    }
    let resolved =
        !matches!(hit.v, Val::Unresolved(_)) && !matches!(hit.to, Some(Val::Unresolved(_)));
    // sanity: a range that ends before it starts is not one
    if let Some((a, b)) = range {
        if day_number(b) < day_number(a) {
            range = None;
        }
    }
    TimeExpr {
        span: Span::new(hit.s, hit.e),
        value: resolved.then_some(value),
        granularity,
        date: range.map(|r| r.0),
        end: range.map(|r| r.1),
        relative: hit.rel,
        modifier: hit.md,
    }
}
