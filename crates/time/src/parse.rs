//! The grammar: hand-written recursive descent over lazily lexed text.
//!
//! [`Grammar::at`] tries every pattern that can start at one lexeme and returns the longest
//! phrase it recognises there ([`Hit`]); the caller skips past it. Patterns only look right,
//! except for three cheap look-backs: the word before a bare month or `semalam`, whether a
//! `Minggu` opens its sentence, and whether a future cue (`akan`) precedes an ambiguous date.

use crate::cal::{add_months, day_number, from_day_number, iso_week, weekday};
use crate::lex::{Kw, Lexer, Lx, Part, Unit, K};
use crate::{Granularity, Modifier};
use warta_core::{days_in_month, Ymd};

/// A resolved (or unresolvable) value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    Day(Ymd),
    Month(i32, u8),
    Year(i32),
    /// ISO week-numbering year and week.
    Week(i32, u8),
    /// The weekend (Saturday and Sunday) of an ISO week.
    Weekend(i32, u8),
    /// First year of the decade.
    Decade(i32),
    /// Ordinal century (`abad ke-20` = 20).
    Century(i32),
    /// Year and quarter 1..=4.
    Quarter(i32, u8),
    /// Year and half 1..=2.
    Half(i32, u8),
    /// A clock time without a date.
    Clock(u8, u8),
    DayClock(Ymd, u8, u8),
    /// Recognised, but its anchor (publication date) is unknown.
    Unresolved(Granularity),
}

/// One recognised phrase.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub s: usize,
    pub e: usize,
    pub v: Val,
    /// End of an explicit range (`2014-2019`, `22-25 Januari 2013`).
    pub to: Option<Val>,
    /// Resolved against the publication date or an earlier expression.
    pub rel: bool,
    pub md: Option<Modifier>,
}

impl Hit {
    fn new(s: usize, e: usize, v: Val, rel: bool) -> Hit {
        Hit {
            s,
            e,
            v,
            to: None,
            rel,
            md: None,
        }
    }
}

/// A day and month with an optional explicit year.
#[derive(Clone, Copy, Debug)]
struct Lit {
    d: u8,
    m: u8,
    y: Option<i32>,
}

/// Which occurrence of a day name or month an expression means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    /// The latest one up to and including the reference (`Senin`).
    Past,
    /// The latest one strictly before the reference (`Senin lalu`).
    PastStrict,
    /// The first one from the reference on (`akan ... Senin`).
    Future,
    /// The first one strictly after the reference (`Senin depan`).
    FutureStrict,
    /// The one in the reference's week, month or year (`Senin ini`, `Juni ini`).
    This,
}

/// How a four-digit number was introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum YearCtx {
    /// After `tahun`: any year 1000..=2100.
    Tahun,
    /// After a preposition (`pada`, `sejak`): 1500..=2100 and not a count (`2000 orang`).
    Prep,
    /// Nothing before it: only a year range (`2014-2019`) or a decade (`1970-an`).
    Bare,
    /// After another word (`Pemilu 2014`): as `Prep`, but 1900..=2100.
    After,
}

/// The grammar over one text.
pub(crate) struct Grammar<'a> {
    pub l: Lexer<'a>,
    pub published: Option<Ymd>,
    /// The last day-precise date found (anchor of `dua hari kemudian`).
    pub anchor: Option<Ymd>,
}

fn gran(unit: Unit) -> Granularity {
    match unit {
        Unit::Day => Granularity::Day,
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Year => Granularity::Year,
    }
}

/// A clock time found by [`Grammar::clock_at`], with the end of a range (`08.00-12.00`).
#[derive(Clone, Copy, Debug)]
struct Clock {
    s: usize,
    e: usize,
    h: u8,
    m: u8,
    to: Option<(u8, u8)>,
}

/// True for a clock time 00:00..=24:00.
fn valid_clock(h: u32, m: u32) -> bool {
    (h < 24 && m < 60) || (h == 24 && m == 0)
}

/// Clock hour in 24-hour form given a part of the day (`pukul 8 malam` = 20).
fn adjust_hour(h: u8, part: Option<Part>) -> u8 {
    match part {
        Some(Part::Evening) if (6..12).contains(&h) => h + 12,
        Some(Part::Evening) if h == 12 => 0,
        Some(Part::Afternoon) if (1..12).contains(&h) => h + 12,
        Some(Part::Noon) if (1..6).contains(&h) => h + 12,
        Some(Part::Morning | Part::Dawn) if h == 12 => 0,
        _ => h,
    }
}

/// Value of a Roman numeral of I, V, X, L (`XXI` = 21), if it is one.
fn roman(w: &[u8]) -> Option<u32> {
    let val = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        _ => None,
    };
    let mut total = 0u32;
    for (i, &c) in w.iter().enumerate() {
        let v = val(c)?;
        match w.get(i + 1).and_then(|&n| val(n)) {
            Some(n) if n > v => total = total.checked_sub(v)?,
            _ => total += v,
        }
    }
    Some(total)
}

/// The date `wd` (Monday = 0) in direction `dir` from `p`.
fn resolve_weekday(p: Ymd, wd: u8, dir: Dir) -> Ymd {
    let pn = day_number(p);
    let pw = i64::from(weekday(pn));
    let w = i64::from(wd);
    let back = (pw - w).rem_euclid(7);
    let fwd = (w - pw).rem_euclid(7);
    let n = match dir {
        Dir::Past => pn - back,
        Dir::PastStrict => pn - if back == 0 { 7 } else { back },
        Dir::Future => pn + fwd,
        Dir::FutureStrict => pn + if fwd == 0 { 7 } else { fwd },
        Dir::This => pn - pw + w,
    };
    from_day_number(n)
}

/// The year of month `m` in direction `dir` from `p`.
fn resolve_month(p: Ymd, m: u8, dir: Dir) -> i32 {
    let y = p.year;
    match dir {
        Dir::Past if m <= p.month => y,
        Dir::PastStrict if m < p.month => y,
        Dir::Past | Dir::PastStrict => y.saturating_sub(1),
        Dir::Future if m >= p.month => y,
        Dir::FutureStrict if m > p.month => y,
        Dir::Future | Dir::FutureStrict => y.saturating_add(1),
        Dir::This => y,
    }
}

impl<'a> Grammar<'a> {
    pub fn new(text: &'a str, published: Option<Ymd>) -> Grammar<'a> {
        Grammar {
            l: Lexer::new(text),
            published,
            anchor: None,
        }
    }

    #[inline]
    fn next(&self, pos: usize) -> Option<Lx> {
        self.l.next(pos)
    }

    #[inline]
    fn next_kw(&self, pos: usize) -> Option<(Lx, Kw)> {
        let n = self.l.next(pos)?;
        Some((n, self.l.kw(&n)))
    }

    /// The next lexeme when it is the punctuation `p` (anything else: `pos` unchanged).
    #[inline]
    fn skip_punct(&self, pos: usize, p: u8) -> usize {
        match self.next(pos) {
            Some(n) if n.k == K::P(p) => n.e,
            _ => pos,
        }
    }

    fn is_word(&self, lx: &Lx, lower: &[u8]) -> bool {
        lx.k == K::Word && self.l.b[lx.s..lx.e].eq_ignore_ascii_case(lower)
    }

    /// The longest time expression that starts at `lx`, if any.
    pub fn at(&self, lx: Lx) -> Option<Hit> {
        match lx.k {
            K::Num { .. } => self.at_num(lx, lx.s),
            K::Word => self.at_word(lx),
            _ => None,
        }
    }

    fn at_word(&self, lx: Lx) -> Option<Hit> {
        self.at_keyword(lx, self.l.start_kw(&lx))
    }

    /// The longest expression that starts at the word `lx`, whose start keyword is `kw`.
    pub fn at_keyword(&self, lx: Lx, kw: Kw) -> Option<Hit> {
        match kw {
            Kw::None => None,
            Kw::Day(d) => self.day_phrase(lx, lx.s, d),
            Kw::Month(m, abbrev) => self.month_phrase(lx, lx.s, m, abbrev, true),
            Kw::Tanggal => {
                let n = self.next(lx.e)?;
                let h = self.at_num(n, lx.s)?;
                matches!(
                    h.v,
                    Val::Day(_)
                        | Val::DayClock(..)
                        | Val::Unresolved(Granularity::Day | Granularity::Minute)
                )
                .then_some(h)
            }
            Kw::Unit(Unit::Day) => {
                let (n, k) = self.next_kw(lx.e)?;
                match k {
                    Kw::Day(d) => self.day_phrase(n, lx.s, d),
                    Kw::Ini => self.unit_rel(Unit::Day, lx, lx.s),
                    _ => None,
                }
            }
            Kw::Unit(Unit::Month) => match self.next_kw(lx.e)? {
                (n, Kw::Month(m, abbrev)) => self.month_phrase(n, lx.s, m, abbrev, false),
                _ => self.unit_rel(Unit::Month, lx, lx.s),
            },
            Kw::Unit(u) => self.unit_rel(u, lx, lx.s),
            Kw::Tahun => {
                let n = self.next(lx.e)?;
                if matches!(n.k, K::Num { .. }) {
                    self.year_phrase(n, lx.s, YearCtx::Tahun)
                } else {
                    self.unit_rel(Unit::Year, lx, lx.s)
                }
            }
            Kw::Mod(m) => self.modified(lx, m),
            Kw::Kemarin | Kw::Besok | Kw::Lusa | Kw::Tadi | Kw::Semalam | Kw::Part(_) => {
                self.rel_word(lx)
            }
            Kw::NumWord(_) | Kw::SeUnit(_) | Kw::Beberapa => self.count_rel(lx),
            Kw::Pukul | Kw::Jam => self.clock_first(lx),
            Kw::Abad => self.century(lx, lx.s),
            Kw::Quarter => self.part_of_year(lx, 4),
            Kw::Half => self.part_of_year(lx, 2),
            _ => None,
        }
    }

    fn at_num(&self, lx: Lx, start: usize) -> Option<Hit> {
        if let Some((e, a, b)) = self.date_core(lx.s) {
            return self.date_hit(start, e, a, b, None, None);
        }
        if start == lx.s {
            if let Some(h) = self.dateline_paren(lx) {
                return Some(h);
            }
        }
        if let Some(h) = self.year_phrase(lx, start, YearCtx::Bare) {
            return Some(h);
        }
        if start == lx.s && lx.num_exact(4).is_some() {
            // `pada 1961`, `sejak 2014`, `Pemilu 2014`: a year after a word that does not make it
            // an amount or a code
            let before = self.l.prev_word(lx.s).map(|w| self.l.kw(&w));
            let ctx = match before {
                Some(Kw::Prep | Kw::Until) => Some(YearCtx::Prep),
                Some(Kw::Quantity | Kw::Sekitar | Kw::Age | Kw::CountNoun) => None,
                Some(_) => Some(YearCtx::After),
                // `Pilpres (Pemilu Presiden) 2009`: after a closing bracket
                None => self.closes_bracket(lx.s).then_some(YearCtx::After),
            };
            if let Some(h) = ctx.and_then(|c| self.year_phrase(lx, start, c)) {
                return Some(h);
            }
        }
        if start == lx.s {
            if let Some(h) = self.clock_first(lx) {
                return Some(h);
            }
            return self.count_rel(lx);
        }
        None
    }

    // ------------------------------------------------------------------ explicit dates

    /// An explicit date at `pos`: `(18/6)`, `(19/6/2025)`, `18/6/2024`, `18-6-2024`,
    /// `2024-06-18`, `18 Juni [2024]`, `22-25 Januari 2013`, `30 November - 3 Desember 2014`.
    fn date_core(&self, pos: usize) -> Option<(usize, Lit, Option<Lit>)> {
        let a = self.next(pos)?;
        match a.k {
            K::P(b'(') => {
                let n = self.next(a.e)?;
                if let Some((e, lit)) = self.numeric_dm(n, true) {
                    let c = self.next(e)?;
                    return (c.k == K::P(b')')).then_some((c.e, lit, None));
                }
                // `(17-18/6)`, `(17-18/6/2024)`: a range of days
                let d1 = n.num(2)?;
                let dash = self.next(n.e)?;
                let n2 = self.next(dash.e)?;
                if dash.k != K::P(b'-') || dash.s != n.e || n2.s != dash.e {
                    return None;
                }
                let (e, second) = self.numeric_dm(n2, true)?;
                let c = self.next(e)?;
                if c.k != K::P(b')') || d1 == 0 || d1 >= u32::from(second.d) {
                    return None;
                }
                let first = Lit {
                    d: d1 as u8,
                    ..second
                };
                Some((c.e, first, Some(second)))
            }
            K::Num { .. } => {
                if let Some((e, lit)) = self.numeric_dm(a, false) {
                    return Some((e, lit, None));
                }
                if let Some((e, lit)) = self.iso_date(a) {
                    return Some((e, lit, None));
                }
                self.day_month(a)
            }
            _ => None,
        }
    }

    /// True when a `)` right after a word (only spaces between) ends just before `pos`.
    fn closes_bracket(&self, pos: usize) -> bool {
        let b = self.l.b;
        let mut p = pos;
        while p > 0 && b[p - 1] == b' ' {
            p -= 1;
        }
        if p < 2 || b[p - 1] != b')' {
            return false;
        }
        p -= 1;
        while p > 0 && b[p - 1] == b' ' {
            p -= 1;
        }
        p > 0 && b[p - 1].is_ascii_alphabetic()
    }

    /// `(22/3)` right after a capitalised word (a place, as in `kata dia di Sepinggan (22/3)`),
    /// seen from the number inside the brackets.
    fn dateline_paren(&self, lx: Lx) -> Option<Hit> {
        let b = self.l.b;
        let mut p = lx.s;
        while p > 0 && b[p - 1] == b' ' {
            p -= 1;
        }
        if p == 0 || b[p - 1] != b'(' {
            return None;
        }
        let paren = p - 1;
        let w = self.l.prev_word(paren)?;
        if !self.l.capitalised(&w) {
            return None;
        }
        let (e, a, _) = self.date_core(paren)?;
        self.date_hit(paren, e, a, None, None, None)
    }

    /// `d/m[/y]` (parenthesised: year optional, may have two digits) or `d-m-yyyy`, `d.m.yyyy`.
    fn numeric_dm(&self, d: Lx, paren: bool) -> Option<(usize, Lit)> {
        let dv = d.num(2)?;
        let s1 = self.next(d.e)?;
        let sep = match s1.k {
            K::P(c @ (b'/' | b'-' | b'.')) if s1.s == d.e => c,
            _ => return None,
        };
        let mo = self.next(s1.e)?;
        if mo.s != s1.e {
            return None;
        }
        let mv = mo.num(2)?;
        if !(1..=31).contains(&dv) || !(1..=12).contains(&mv) {
            return None;
        }
        let lit = |y| Lit {
            d: dv as u8,
            m: mv as u8,
            y,
        };
        if let Some(s2) = self.next(mo.e) {
            if s2.k == K::P(sep) && s2.s == mo.e {
                let yl = self.next(s2.e)?;
                if yl.s != s2.e {
                    return None;
                }
                let y = match yl.k {
                    K::Num { v, n: 4 } if (1900..=2100).contains(&v) => v as i32,
                    K::Num { v, n: 2 } if paren => {
                        if v < 50 {
                            2000 + v as i32
                        } else {
                            1900 + v as i32
                        }
                    }
                    _ => return None,
                };
                return Some((yl.e, lit(Some(y))));
            }
        }
        (paren && sep == b'/').then(|| (mo.e, lit(None)))
    }

    /// `2024-06-18`.
    fn iso_date(&self, a: Lx) -> Option<(usize, Lit)> {
        let y = a.num_exact(4)?;
        let s1 = self.next(a.e)?;
        let m = self.next(s1.e)?;
        let s2 = self.next(m.e)?;
        let d = self.next(s2.e)?;
        let touching = s1.s == a.e && m.s == s1.e && s2.s == m.e && d.s == s2.e;
        if !touching || s1.k != K::P(b'-') || s2.k != K::P(b'-') || !(1000..=2100).contains(&y) {
            return None;
        }
        let lit = Lit {
            d: d.num_exact(2)? as u8,
            m: m.num_exact(2)? as u8,
            y: Some(y as i32),
        };
        Some((d.e, lit))
    }

    /// A month word at `pos` (`Juni`, `Jun`), its end and number.
    fn month_at(&self, pos: usize) -> Option<(Lx, u8, bool)> {
        match self.next_kw(pos)? {
            (n, Kw::Month(m, abbrev)) => Some((n, m, abbrev)),
            _ => None,
        }
    }

    /// A year (1000..=2100) right after `pos`, optionally after the dot of an abbreviation.
    fn year_after(&self, pos: usize, allow_dot: bool) -> Option<(usize, i32)> {
        let mut n = self.next(pos)?;
        if allow_dot && n.k == K::P(b'.') && n.s == pos {
            n = self.next(n.e)?;
        }
        let y = n.num_exact(4)?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        // `Juni 2024.000` is not a year; a sentence-final dot is fine
        if let Some(after) = self.next(n.e) {
            if after.s == n.e && matches!(after.k, K::P(b'.' | b',')) {
                if let Some(d) = self.next(after.e) {
                    if d.s == after.e && matches!(d.k, K::Num { .. }) {
                        return None;
                    }
                }
            }
        }
        Some((n.e, y as i32))
    }

    /// `18 Juni [2024]`, `22-25 Januari 2013`, `30 November - 3 Desember 2014`.
    fn day_month(&self, a: Lx) -> Option<(usize, Lit, Option<Lit>)> {
        let d = a.num(2)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut pos = a.e;
        let mut d2 = None;
        if let Some(dash) = self.next(pos) {
            if dash.k == K::P(b'-') {
                if let Some(n2) = self.next(dash.e) {
                    if let Some(v2) = n2.num(2) {
                        if v2 > d && v2 <= 31 && self.month_at(n2.e).is_some() {
                            d2 = Some(v2 as u8);
                            pos = n2.e;
                        }
                    }
                }
            }
        }
        let (ml, m, abbrev) = self.month_at(pos)?;
        let year = self.year_after(ml.e, abbrev);
        let d = d as u8;
        if let Some(d2) = d2 {
            let (e, y) = match year {
                Some((e, y)) => (e, Some(y)),
                None => (ml.e, None),
            };
            return Some((e, Lit { d, m, y }, Some(Lit { d: d2, m, y })));
        }
        if let Some((e, y)) = year {
            return Some((e, Lit { d, m, y: Some(y) }, None));
        }
        // `30 November hingga 3 Desember 2014`
        if let Some((sep, sk)) = self.next_kw(ml.e) {
            if sep.k == K::P(b'-') || sk == Kw::Until {
                if let Some(n2) = self.next(sep.e) {
                    if let Some(v2) = n2.num(2).filter(|v| (1..=31).contains(v)) {
                        if let Some((ml2, m2, ab2)) = self.month_at(n2.e) {
                            let first = Lit { d, m, y: None };
                            let second = Lit {
                                d: v2 as u8,
                                m: m2,
                                y: None,
                            };
                            return Some(match self.year_after(ml2.e, ab2) {
                                Some((e, y)) => {
                                    let y1 = if m > m2 { y - 1 } else { y };
                                    (
                                        e,
                                        Lit {
                                            y: Some(y1),
                                            ..first
                                        },
                                        Some(Lit {
                                            y: Some(y),
                                            ..second
                                        }),
                                    )
                                }
                                None => (ml2.e, first, Some(second)),
                            });
                        }
                    }
                }
            }
        }
        Some((ml.e, Lit { d, m, y: None }, None))
    }

    /// The year of a day and month written without one: when a day name is given and exactly one
    /// of the neighbouring years has that weekday, that one; else the latest date not after the
    /// publication date plus a tolerance (31 days, or 183 after a future cue).
    fn year_for(
        &self,
        p: Ymd,
        m: u8,
        d: u8,
        wd: Option<u8>,
        pos: usize,
        dir: Option<Dir>,
    ) -> Option<Ymd> {
        let pn = day_number(p);
        let years = p.year.saturating_sub(1)..=p.year.saturating_add(1);
        if let Some(w) = wd {
            let mut found = None;
            let mut count = 0;
            for y in years.clone() {
                if let Some(c) = Ymd::new(y, m, d) {
                    let n = day_number(c);
                    if weekday(n) == w && (n - pn).abs() <= 300 {
                        found = Some(c);
                        count += 1;
                    }
                }
            }
            if count == 1 {
                return found;
            }
        }
        let mut candidates = years.clone().filter_map(|y| Ymd::new(y, m, d));
        match dir {
            Some(Dir::PastStrict) => {
                return years
                    .rev()
                    .filter_map(|y| Ymd::new(y, m, d))
                    .find(|c| *c <= p)
            }
            Some(Dir::FutureStrict) => return candidates.find(|c| *c >= p),
            _ => {}
        }
        let tol = if self.l.future_cue(pos) { 183 } else { 31 };
        years
            .rev()
            .filter_map(|y| Ymd::new(y, m, d))
            .find(|c| day_number(*c) <= pn + tol)
    }

    fn resolve_lit(
        &self,
        lit: Lit,
        wd: Option<u8>,
        pos: usize,
        dir: Option<Dir>,
    ) -> Option<(Val, bool)> {
        match lit.y {
            Some(y) => Some((Val::Day(Ymd::new(y, lit.m, lit.d)?), false)),
            None => {
                if !(1..=12).contains(&lit.m) || lit.d == 0 || lit.d > days_in_month(2024, lit.m) {
                    return None;
                }
                let v = match self.published {
                    Some(p) => match self.year_for(p, lit.m, lit.d, wd, pos, dir) {
                        Some(d) => Val::Day(d),
                        None => Val::Unresolved(Granularity::Day),
                    },
                    None => Val::Unresolved(Granularity::Day),
                };
                Some((v, true))
            }
        }
    }

    /// A hit for an explicit date ending at `e`, with a trailing part of day and clock time.
    fn date_hit(
        &self,
        start: usize,
        e: usize,
        a: Lit,
        b: Option<Lit>,
        wd: Option<u8>,
        part: Option<Part>,
    ) -> Option<Hit> {
        let mut end = e;
        let mut part = part;
        if let Some((p, pe)) = self.day_part(end) {
            part = Some(p);
            end = pe;
        }
        // `15 Agustus lalu`, `17 Agustus mendatang`: the suffix also picks the year
        let mut dir = None;
        match self.next_kw(end) {
            Some((l, Kw::Lalu)) => {
                end = l.e;
                dir = Some(Dir::PastStrict);
            }
            Some((l, Kw::Mendatang)) => {
                end = l.e;
                dir = Some(Dir::FutureStrict);
            }
            _ => {}
        }
        let (v, rel) = self.resolve_lit(a, wd, start, dir)?;
        let to = match b {
            Some(b) => Some(self.resolve_lit(b, None, start, dir)?.0),
            None => None,
        };
        let mut h = Hit::new(start, end, v, rel);
        h.to = to;
        if to.is_none() {
            self.attach_clock(&mut h, part);
        }
        Some(h)
    }

    // ------------------------------------------------------------------ day names

    fn day_phrase(&self, lx: Lx, start: usize, wd: u8) -> Option<Hit> {
        let cap = self.l.capitalised(&lx) || start != lx.s;
        if wd == 6 && start == lx.s {
            let nk = self.next_kw(lx.e).map_or(Kw::None, |x| x.1);
            let weekish = !cap
                || matches!(nk, Kw::Ini | Kw::Depan | Kw::Mendatang)
                || (matches!(nk, Kw::Lalu | Kw::Kemarin) && self.l.sentence_initial(lx.s));
            if weekish {
                return self.unit_rel(Unit::Week, lx, start);
            }
        }
        // `Senin-Selasa (17-18/6)`: two day names before a range of dates
        if let Some((dash, dk)) = self.next_kw(lx.e) {
            if dash.k == K::P(b'-') || dk == Kw::Until {
                if let Some((second, Kw::Day(_))) = self.next_kw(dash.e) {
                    let q = self.skip_punct(second.e, b',');
                    if let Some((e, a, Some(b))) = self.date_core(q) {
                        return self.date_hit(start, e, a, Some(b), Some(wd), None);
                    }
                }
            }
        }
        let mut pos = lx.e;
        let mut part = None;
        if let Some((p, e)) = self.day_part(pos) {
            part = Some(p);
            pos = e;
        }
        let q = self.skip_punct(pos, b',');
        if let Some((e, a, b)) = self.date_core(q) {
            return self.date_hit(start, e, a, b, Some(wd), part);
        }
        // `Selasa 18/6` (no brackets): after a day name, a short date is safe
        if let Some(n) = self.next(q) {
            if let Some((e, a)) = self.numeric_dm(n, true) {
                return self.date_hit(start, e, a, None, Some(wd), part);
            }
        }
        if !cap {
            return None;
        }
        let (mut e, dir) = match self.next_kw(pos) {
            Some((n, Kw::Lalu)) => (n.e, Dir::PastStrict),
            Some((n, Kw::Depan | Kw::Mendatang)) => (n.e, Dir::FutureStrict),
            Some((n, Kw::Ini)) => (n.e, Dir::This),
            _ if self.l.future_cue(start) => (pos, Dir::Future),
            _ => (pos, Dir::Past),
        };
        if part.is_none() {
            if let Some((p, pe)) = self.day_part(e) {
                part = Some(p);
                e = pe;
            }
        }
        // `Minggu mendatang (9/2)`: the explicit date wins
        if let Some(paren) = self.next(e) {
            if paren.k == K::P(b'(') {
                if let Some((de, a, None)) = self.date_core(e) {
                    return self.date_hit(start, de, a, None, Some(wd), part);
                }
            }
        }
        let v = match self.published {
            Some(p) => Val::Day(resolve_weekday(p, wd, dir)),
            None => Val::Unresolved(Granularity::Day),
        };
        let mut h = Hit::new(start, e, v, true);
        self.attach_clock(&mut h, part);
        Some(h)
    }

    /// `pagi`, `siang`, `sore`, `petang`, `malam`, `subuh`, `dini hari` at `pos`.
    fn day_part(&self, pos: usize) -> Option<(Part, usize)> {
        let (n, k) = self.next_kw(pos)?;
        match k {
            Kw::Part(p) => Some((p, n.e)),
            Kw::Dini => match self.next_kw(n.e)? {
                (h, Kw::Unit(Unit::Day)) => Some((Part::Dawn, h.e)),
                _ => None,
            },
            Kw::Larut => match self.next_kw(n.e)? {
                (m, Kw::Part(Part::Evening)) => Some((Part::Evening, m.e)),
                (h, Kw::Unit(Unit::Day)) => Some((Part::Noon, h.e)),
                _ => None,
            },
            _ => None,
        }
    }

    // ------------------------------------------------------------------ clock times

    /// `H[.MM]` / `H[:MM]` at the number `a`: its end, hour, minute and whether minutes were
    /// written.
    fn hour_minute(&self, a: Lx) -> Option<(usize, u32, u32, bool)> {
        let hv = a.num(2)?;
        if let Some(sep) = self.next(a.e) {
            if matches!(sep.k, K::P(b'.' | b':')) && sep.s == a.e {
                if let Some(mn) = self.next(sep.e) {
                    if mn.s == sep.e {
                        if let Some(mv) = mn.num_exact(2) {
                            return valid_clock(hv, mv).then_some((mn.e, hv, mv, true));
                        }
                    }
                }
            }
        }
        valid_clock(hv, 0).then_some((a.e, hv, 0, false))
    }

    /// `[sekitar] pukul|jam H[.MM] [- H[.MM]] [pagi..] [WIB|waktu setempat]`, or `H.MM WIB` at
    /// `pos`.
    fn clock_at(&self, pos: usize, part: Option<Part>) -> Option<Clock> {
        let mut a = self.next(pos)?;
        let s = a.s;
        let mut kw = self.l.kw(&a);
        if kw == Kw::Sekitar {
            a = self.next(a.e)?;
            kw = self.l.kw(&a);
        }
        let intro = matches!(kw, Kw::Pukul | Kw::Jam);
        if intro {
            a = self.next(a.e)?;
            if a.k == K::P(b'.') {
                a = self.next(a.e)?;
            }
        }
        let (mut e, hv, mv, has_min) = self.hour_minute(a)?;
        // `pukul 08.00-12.00`, `pukul 9 hingga 11`
        let mut to = None;
        if let Some((sep, sk)) = self.next_kw(e) {
            if sep.k == K::P(b'-') || sk == Kw::Until {
                if let Some(b) = self.next(sep.e) {
                    if let Some((be, h2, m2, min2)) = self.hour_minute(b) {
                        if min2 == has_min && (intro || has_min) {
                            to = Some((h2, m2));
                            e = be;
                        }
                    }
                }
            }
        }
        let mut part = part;
        if let Some((p, pe)) = self.day_part(e) {
            part = Some(p);
            e = pe;
        }
        let mut zone = false;
        match self.next_kw(e) {
            Some((z, Kw::Zone(_))) => {
                zone = true;
                e = z.e;
            }
            Some((w, Kw::Waktu)) => {
                if let Some((st, Kw::Setempat)) = self.next_kw(w.e) {
                    zone = true;
                    e = st.e;
                }
            }
            _ => {}
        }
        if !(intro || (zone && has_min)) {
            return None;
        }
        let to = to.map(|(h, m)| (adjust_hour(h as u8, part), m as u8));
        Some(Clock {
            s,
            e,
            h: adjust_hour(hv as u8, part),
            m: mv as u8,
            to,
        })
    }

    /// Extends a day-precise hit with a clock time in the same phrase
    /// (`Selasa (18/6) pukul 16.00 WIB`, `18 Juni 2024, sekitar pukul 9`).
    fn attach_clock(&self, h: &mut Hit, part: Option<Part>) {
        if !matches!(h.v, Val::Day(_) | Val::Unresolved(Granularity::Day)) {
            return;
        }
        let mut q = self.skip_punct(h.e, b',');
        if let Some(n) = self.next(q) {
            if self.is_word(&n, b"pada") {
                q = n.e;
            }
        }
        let Some(c) = self.clock_at(q, part) else {
            return;
        };
        h.e = c.e;
        h.v = match h.v {
            Val::Day(d) => {
                h.to = c.to.map(|(hh, mm)| Val::DayClock(d, hh, mm));
                Val::DayClock(d, c.h, c.m)
            }
            _ => Val::Unresolved(Granularity::Minute),
        };
    }

    /// A clock time, joined with a date right after it (`pukul 16.00 WIB, Selasa (18/6)`).
    fn clock_first(&self, lx: Lx) -> Option<Hit> {
        let c = self.clock_at(lx.s, None)?;
        let s = match self.l.prev_word(c.s) {
            Some(w) if self.l.kw(&w) == Kw::Sekitar => w.s,
            _ => c.s,
        };
        let mut q = self.skip_punct(c.e, b',');
        if let Some(n) = self.next(q) {
            if self.is_word(&n, b"pada") {
                q = n.e;
            }
            if let Some(n) = self.next(q) {
                if let Some(d) = self.date_after_clock(n) {
                    match d.v {
                        Val::Day(day) if d.to.is_none() => {
                            let mut h = Hit::new(s, d.e, Val::DayClock(day, c.h, c.m), d.rel);
                            h.to = c.to.map(|(hh, mm)| Val::DayClock(day, hh, mm));
                            h.md = d.md;
                            return Some(h);
                        }
                        Val::Unresolved(Granularity::Day) => {
                            return Some(Hit::new(
                                s,
                                d.e,
                                Val::Unresolved(Granularity::Minute),
                                true,
                            ));
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut h = Hit::new(s, c.e, Val::Clock(c.h, c.m), false);
        h.to = c.to.map(|(hh, mm)| Val::Clock(hh, mm));
        Some(h)
    }

    /// A day-precise expression right after a clock time (`pukul 16.00 WIB, Selasa (18/6)`,
    /// `pukul 7 hari ini`). Never starts at another clock time, so it cannot recurse.
    fn date_after_clock(&self, n: Lx) -> Option<Hit> {
        match n.k {
            K::Num { .. } => {
                let (e, a, b) = self.date_core(n.s)?;
                self.date_hit(n.s, e, a, b, None, None)
            }
            K::Word => match self.l.kw(&n) {
                Kw::Day(d) => self.day_phrase(n, n.s, d),
                Kw::Kemarin | Kw::Besok | Kw::Lusa | Kw::Tadi | Kw::Semalam | Kw::Part(_) => {
                    self.rel_word(n)
                }
                Kw::Unit(Unit::Day) => match self.next_kw(n.e)? {
                    (m, Kw::Day(d)) => self.day_phrase(m, n.s, d),
                    (_, Kw::Ini) => self.unit_rel(Unit::Day, n, n.s),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    // ------------------------------------------------------------------ relative expressions

    fn shift(&self, unit: Unit, n: i64, base: Option<Ymd>) -> Val {
        let Some(b) = base else {
            return Val::Unresolved(gran(unit));
        };
        let bn = day_number(b);
        match unit {
            Unit::Day => Val::Day(from_day_number(bn + n)),
            Unit::Week => {
                let (y, w) = iso_week(bn + 7 * n);
                Val::Week(y, w)
            }
            Unit::Month => {
                let (y, m) = add_months(b.year, b.month, n);
                Val::Month(y, m)
            }
            Unit::Year => Val::Year(
                (i64::from(b.year) + n).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
            ),
        }
    }

    /// `pekan lalu`, `bulan ini`, `tahun depan`, `minggu yang lalu`, `hari ini` (unit at `lx`).
    fn unit_rel(&self, unit: Unit, lx: Lx, start: usize) -> Option<Hit> {
        let (n, k) = self.next_kw(lx.e)?;
        let (e, off) = match k {
            Kw::Ini => (n.e, 0),
            Kw::Lalu | Kw::Kemarin if unit != Unit::Day => (n.e, -1),
            Kw::Depan | Kw::Mendatang if unit != Unit::Day => (n.e, 1),
            Kw::Yang if unit != Unit::Day => match self.next_kw(n.e)? {
                (l, Kw::Lalu) => (l.e, -1),
                _ => return None,
            },
            _ => return None,
        };
        if unit == Unit::Day {
            // `hari ini (18/6)`: the explicit date wins
            if let Some(paren) = self.next(e) {
                if paren.k == K::P(b'(') {
                    if let Some((de, a, None)) = self.date_core(e) {
                        return self.date_hit(start, de, a, None, None, None);
                    }
                }
            }
        }
        let v = self.shift(unit, off, self.published);
        let mut h = Hit::new(start, e, v, true);
        if unit == Unit::Day {
            self.attach_clock(&mut h, None);
        }
        Some(h)
    }

    /// `kemarin`, `kemarin lusa`, `besok`, `lusa`, `tadi malam`, `semalam`, `pagi ini`,
    /// `malam tadi`, with a part of day, a clock time or an explicit `(22/3)` after them.
    fn rel_word(&self, lx: Lx) -> Option<Hit> {
        let k = self.l.kw(&lx);
        let next = self.next_kw(lx.e);
        let nk = next.map_or(Kw::None, |x| x.1);
        let ne = next.map_or(lx.e, |x| x.0.e);
        let (mut e, off) = match k {
            Kw::Kemarin if nk == Kw::Lusa => (ne, -2),
            Kw::Kemarin => (lx.e, -1),
            Kw::Besok if nk == Kw::Lusa => (ne, 2),
            Kw::Besok if nk == Kw::Unit(Unit::Day) => (ne, 1),
            Kw::Besok => (lx.e, 1),
            Kw::Lusa => (lx.e, 2),
            Kw::Tadi => match nk {
                Kw::Part(Part::Evening) => (ne, -1),
                Kw::Part(_) => (ne, 0),
                _ => return None,
            },
            Kw::Semalam => {
                if let Some(w) = self.l.prev_word(lx.s) {
                    if self.l.kw(&w) == Kw::Duration {
                        return None;
                    }
                }
                (lx.e, -1)
            }
            Kw::Part(p) => match nk {
                Kw::Ini => (ne, 0),
                Kw::Tadi if p == Part::Evening => (ne, -1),
                Kw::Tadi => (ne, 0),
                _ => return None,
            },
            _ => return None,
        };
        let mut part = match k {
            Kw::Part(p) => Some(p),
            Kw::Tadi => match nk {
                Kw::Part(p) => Some(p),
                _ => None,
            },
            Kw::Semalam => Some(Part::Evening),
            _ => None,
        };
        if matches!(k, Kw::Kemarin | Kw::Besok | Kw::Lusa) {
            if let Some((p, pe)) = self.day_part(e) {
                part = Some(p);
                e = pe;
            }
        }
        // an explicit date right after wins: `kemarin (22/3)`
        if let Some(paren) = self.next(e) {
            if paren.k == K::P(b'(') {
                if let Some((de, a, None)) = self.date_core(e) {
                    return self.date_hit(lx.s, de, a, None, None, part);
                }
            }
        }
        let v = self.shift(Unit::Day, off, self.published);
        let mut h = Hit::new(lx.s, e, v, true);
        self.attach_clock(&mut h, part);
        Some(h)
    }

    /// `dua hari lalu`, `5 tahun silam`, `tiga pekan kemudian`, `sebulan sebelumnya`,
    /// `dua minggu lagi`, `beberapa hari lalu` (no value).
    fn count_rel(&self, lx: Lx) -> Option<Hit> {
        let k = self.l.kw(&lx);
        let (count, mut pos, unit) = match (lx.k, k) {
            (K::Num { v, n }, _) if n <= 5 => (Some(v), lx.e, None),
            (_, Kw::NumWord(a)) => {
                let mut c = u32::from(a);
                let mut pos = lx.e;
                match self.next_kw(pos) {
                    Some((n, Kw::Belas)) if a < 10 => {
                        c += 10;
                        pos = n.e;
                    }
                    Some((n, Kw::Puluh)) if a < 10 => {
                        c *= 10;
                        pos = n.e;
                        if let Some((n2, Kw::NumWord(b))) = self.next_kw(pos) {
                            if b < 10 {
                                c += u32::from(b);
                                pos = n2.e;
                            }
                        }
                    }
                    _ => {}
                }
                (Some(c), pos, None)
            }
            (_, Kw::SeUnit(u)) => (Some(1), lx.e, Some(u)),
            (_, Kw::Beberapa) => (None, lx.e, None),
            _ => return None,
        };
        let unit = match unit {
            Some(u) => u,
            None => {
                let (n, nk) = self.next_kw(pos)?;
                pos = n.e;
                match nk {
                    Kw::Unit(u) => u,
                    Kw::Tahun => Unit::Year,
                    Kw::Day(6) => Unit::Week,
                    _ => return None,
                }
            }
        };
        let (n, nk) = self.next_kw(pos)?;
        let (e, dir, from_anchor) = match nk {
            Kw::Lalu | Kw::Silam => (n.e, -1, false),
            Kw::Yang => match self.next_kw(n.e)? {
                (l, Kw::Lalu) => (l.e, -1, false),
                _ => return None,
            },
            Kw::Sebelumnya => (n.e, -1, true),
            Kw::Kemudian => (n.e, 1, true),
            Kw::Lagi | Kw::Mendatang => (n.e, 1, false),
            _ => return None,
        };
        let base = if from_anchor {
            self.anchor
        } else {
            self.published
        };
        let v = match count {
            Some(c) => self.shift(unit, dir * i64::from(c.min(100_000)), base),
            None => Val::Unresolved(gran(unit)),
        };
        Some(Hit::new(lx.s, e, v, true))
    }

    // ------------------------------------------------------------------ months, years

    /// `Juni 2024`, `Januari-April 2014`, `Juni tahun lalu`, `Mei lalu`, `Desember mendatang`,
    /// and a bare month (capitalised, after `pada`, `sejak`, `awal`, ... when `need_ctx`).
    fn month_phrase(
        &self,
        lx: Lx,
        start: usize,
        m: u8,
        abbrev: bool,
        need_ctx: bool,
    ) -> Option<Hit> {
        if let Some((ye, y)) = self.year_after(lx.e, abbrev) {
            return Some(Hit::new(start, ye, Val::Month(y, m), false));
        }
        if let Some((sep, sk)) = self.next_kw(lx.e) {
            if sep.k == K::P(b'-') || sk == Kw::Until {
                if let Some((m2l, Kw::Month(m2, ab2))) = self.next_kw(sep.e) {
                    if let Some((ye, y)) = self.year_after(m2l.e, ab2) {
                        let y1 = if m > m2 { y - 1 } else { y };
                        let mut h = Hit::new(start, ye, Val::Month(y1, m), false);
                        h.to = Some(Val::Month(y, m2));
                        return Some(h);
                    }
                }
            }
        }
        if abbrev {
            return None;
        }
        if let Some((t, Kw::Tahun)) = self.next_kw(lx.e) {
            if let Some((n, nk)) = self.next_kw(t.e) {
                if let Some(y) = n.num_exact(4).filter(|y| (1000..=2100).contains(y)) {
                    return Some(Hit::new(start, n.e, Val::Month(y as i32, m), false));
                }
                let off = match nk {
                    Kw::Ini => Some(0),
                    Kw::Lalu => Some(-1),
                    Kw::Depan | Kw::Mendatang => Some(1),
                    _ => None,
                };
                if let Some(off) = off {
                    let v = match self.published {
                        Some(p) => Val::Month(p.year.saturating_add(off), m),
                        None => Val::Unresolved(Granularity::Month),
                    };
                    return Some(Hit::new(start, n.e, v, true));
                }
            }
        }
        let (e, dir) = match self.next_kw(lx.e) {
            Some((n, Kw::Lalu)) => (n.e, Dir::PastStrict),
            Some((n, Kw::Depan | Kw::Mendatang)) => (n.e, Dir::FutureStrict),
            Some((n, Kw::Ini)) => (n.e, Dir::This),
            _ => {
                if need_ctx {
                    let ok = self.l.prev_word(start).is_some_and(|w| {
                        matches!(
                            self.l.kw(&w),
                            Kw::Prep | Kw::Until | Kw::Mod(_) | Kw::Unit(Unit::Month)
                        )
                    });
                    if !ok {
                        return None;
                    }
                }
                let dir = if self.l.future_cue(start) {
                    Dir::Future
                } else {
                    Dir::Past
                };
                (lx.e, dir)
            }
        };
        let v = match self.published {
            Some(p) => Val::Month(resolve_month(p, m, dir), m),
            None => Val::Unresolved(Granularity::Month),
        };
        Some(Hit::new(start, e, v, true))
    }

    /// `-an` right after `pos`: the end of a decade suffix.
    fn decade_suffix(&self, pos: usize) -> Option<usize> {
        let dash = self.next(pos)?;
        let an = self.next(dash.e)?;
        (dash.s == pos && dash.k == K::P(b'-') && an.s == dash.e && self.is_word(&an, b"an"))
            .then_some(an.e)
    }

    /// A year, a year range (`2014-2019`, `2014 hingga 2019`) or a decade (`1970-an`, `90-an`)
    /// starting at the number `n`.
    fn year_phrase(&self, n: Lx, start: usize, ctx: YearCtx) -> Option<Hit> {
        if let Some(de) = self.decade_suffix(n.e) {
            let v = match n.k {
                K::Num { v, n: 4 } if v % 10 == 0 && (1000..=2090).contains(&v) => v as i32,
                K::Num { v, n: 2 } if v % 10 == 0 && v >= 20 => {
                    let age = self
                        .l
                        .prev_word(n.s)
                        .is_some_and(|w| self.l.kw(&w) == Kw::Age);
                    if age {
                        return None;
                    }
                    1900 + v as i32
                }
                _ => return None,
            };
            return Some(Hit::new(start, de, Val::Decade(v), false));
        }
        let y = n.num_exact(4)?;
        let min = match ctx {
            YearCtx::Tahun => 1000,
            YearCtx::Prep | YearCtx::Bare => 1500,
            YearCtx::After => 1900,
        };
        if !(min..=2100).contains(&y) {
            return None;
        }
        let y = y as i32;
        // `antara (tahun) 1904 dan 1914`
        if let Some((dan, dk)) = self.next_kw(n.e) {
            if self.is_word(&dan, b"dan") && dk == Kw::None {
                let before = self.l.prev_word(start);
                if before.is_some_and(|w| self.is_word(&w, b"antara")) {
                    if let Some(n2) = self.next(dan.e) {
                        if let Some(y2) = n2.num_exact(4).map(|v| v as i32) {
                            if y2 > y && y2 <= y + 100 {
                                let mut h = Hit::new(start, n2.e, Val::Year(y), false);
                                h.to = Some(Val::Year(y2));
                                return Some(h);
                            }
                        }
                    }
                }
            }
        }
        if let Some((sep, sk)) = self.next_kw(n.e) {
            let is_sep = matches!(sep.k, K::P(b'-')) || (sep.k == K::P(b'/') && sep.s == n.e);
            if is_sep || sk == Kw::Until {
                if let Some(y2) = self.next(sep.e).and_then(|n2| Some((n2, n2.num_exact(4)?))) {
                    let (n2, y2) = (y2.0, y2.1 as i32);
                    if y2 > y && y2 <= y + 100 {
                        let mut h = Hit::new(start, n2.e, Val::Year(y), false);
                        h.to = Some(Val::Year(y2));
                        return Some(h);
                    }
                }
            }
        }
        match ctx {
            YearCtx::Bare => None,
            YearCtx::Tahun => Some(Hit::new(start, self.year_suffix(n.e), Val::Year(y), false)),
            YearCtx::Prep | YearCtx::After => {
                if let Some((a, ak)) = self.next_kw(n.e) {
                    let count = ak == Kw::CountNoun || a.k == K::P(b'%');
                    let number = a.s == n.e
                        && matches!(a.k, K::P(b'.' | b','))
                        && self
                            .next(a.e)
                            .is_some_and(|d| d.s == a.e && matches!(d.k, K::Num { .. }));
                    if count || number {
                        return None;
                    }
                }
                Some(Hit::new(start, self.year_suffix(n.e), Val::Year(y), false))
            }
        }
    }

    /// The end of `lalu`, `yang lalu`, `silam`, `mendatang`, `nanti` after a year ending at `e`
    /// (`e` itself when none follows).
    fn year_suffix(&self, e: usize) -> usize {
        match self.next_kw(e) {
            Some((n, Kw::Lalu | Kw::Silam | Kw::Mendatang | Kw::Ini)) => n.e,
            Some((n, Kw::Yang)) => match self.next_kw(n.e) {
                Some((l, Kw::Lalu)) => l.e,
                _ => e,
            },
            _ => e,
        }
    }

    /// `awal`, `pertengahan`, `akhir` + a month, year or relative unit; `akhir pekan` (weekend).
    fn modified(&self, lx: Lx, mi: u8) -> Option<Hit> {
        let md = match mi {
            0 => Modifier::Start,
            1 => Modifier::Mid,
            _ => Modifier::End,
        };
        let (n, k) = self.next_kw(lx.e)?;
        let weekish = k == Kw::Unit(Unit::Week) || (k == Kw::Day(6) && !self.l.capitalised(&n));
        if weekish && md == Modifier::End {
            return self.weekend(lx.s, n);
        }
        // `akhir tahun`, `awal bulan`, `awal pekan` alone: the publication year, month, week
        let bare = |unit| {
            self.unit_rel(unit, n, lx.s)
                .unwrap_or_else(|| Hit::new(lx.s, n.e, self.shift(unit, 0, self.published), true))
        };
        let mut h = match k {
            _ if weekish => bare(Unit::Week),
            Kw::Unit(Unit::Month) => match self.next_kw(n.e) {
                Some((m, Kw::Month(mo, ab))) => self.month_phrase(m, lx.s, mo, ab, false)?,
                _ => bare(Unit::Month),
            },
            Kw::Tahun => match self.next(n.e) {
                Some(y) if matches!(y.k, K::Num { .. }) => {
                    self.year_phrase(y, lx.s, YearCtx::Tahun)?
                }
                _ => bare(Unit::Year),
            },
            Kw::Month(m, ab) => self.month_phrase(n, lx.s, m, ab, false)?,
            Kw::Abad => self.century(n, lx.s)?,
            _ if n.num_exact(4).is_some() => self.year_phrase(n, lx.s, YearCtx::Prep)?,
            _ => return None,
        };
        h.s = lx.s;
        h.md = Some(md);
        Some(h)
    }

    /// `akhir pekan [ini|lalu|depan]`: a bare one is the coming weekend on Saturday and Sunday or
    /// after a future cue, else the last one.
    fn weekend(&self, start: usize, pekan: Lx) -> Option<Hit> {
        let (e, off) = match self.next_kw(pekan.e) {
            Some((n, Kw::Ini)) => (n.e, Some(0)),
            Some((n, Kw::Lalu | Kw::Kemarin)) => (n.e, Some(-1)),
            Some((n, Kw::Depan | Kw::Mendatang)) => (n.e, Some(1)),
            _ => (pekan.e, None),
        };
        let v = match self.published {
            Some(p) => {
                let pn = day_number(p);
                let off = off.unwrap_or_else(|| {
                    if weekday(pn) >= 5 || self.l.future_cue(start) {
                        0
                    } else {
                        -1
                    }
                });
                let (y, w) = iso_week(pn + 7 * off);
                Val::Weekend(y, w)
            }
            None => Val::Unresolved(Granularity::Week),
        };
        Some(Hit::new(start, e, v, true))
    }

    /// `kuartal pertama 2008`, `triwulan II tahun 2023`, `semester 1 tahun 2007`, `paruh kedua
    /// tahun ini`, `kuartal lalu`; `parts` is 4 (quarters) or 2 (halves). Without a year, the
    /// publication year.
    fn part_of_year(&self, lx: Lx, parts: u8) -> Option<Hit> {
        let n = self.next(lx.e)?;
        let size = 12 / parts;
        let unresolved = Val::Unresolved(if parts == 4 {
            Granularity::Quarter
        } else {
            Granularity::Half
        });
        // `kuartal ini` / `lalu` / `depan`: relative to the publication date
        let off = match self.l.kw(&n) {
            Kw::Ini => Some(0),
            Kw::Lalu => Some(-1),
            Kw::Depan | Kw::Mendatang => Some(1),
            _ => None,
        };
        if let Some(off) = off {
            let v = match self.published {
                Some(p) => {
                    let (y, m) = add_months(p.year, p.month, off * i64::from(size));
                    let part = (m - 1) / size + 1;
                    if parts == 4 {
                        Val::Quarter(y, part)
                    } else {
                        Val::Half(y, part)
                    }
                }
                None => unresolved,
            };
            return Some(Hit::new(lx.s, n.e, v, true));
        }
        let (num, mut e) = match (n.k, self.l.kw(&n)) {
            (_, Kw::Ordinal(o)) => (u32::from(o), n.e),
            (K::Num { v, n: 1 }, _) => (v, n.e),
            (K::Word, _) => (roman(&self.l.b[n.s..n.e])?, n.e),
            _ => return None,
        };
        if num == 0 || num > u32::from(parts) {
            return None;
        }
        let num = num as u8;
        let mut year = None;
        let mut rel = false;
        let mut q = e;
        if let Some((t, Kw::Tahun)) = self.next_kw(q) {
            q = t.e;
        }
        if let Some((y, yk)) = self.next_kw(q) {
            if let Some(v) = y.num_exact(4).filter(|v| (1000..=2100).contains(v)) {
                year = Some(v as i32);
                e = y.e;
            } else if q != e {
                let off = match yk {
                    Kw::Ini => Some(0),
                    Kw::Lalu => Some(-1),
                    Kw::Depan | Kw::Mendatang => Some(1),
                    _ => None,
                };
                if let Some(off) = off {
                    year = self.published.map(|p| p.year.saturating_add(off));
                    rel = true;
                    e = y.e;
                }
            }
        }
        if year.is_none() && !rel {
            year = self.published.map(|p| p.year);
            rel = true;
        }
        let v = match year {
            Some(y) if parts == 4 => Val::Quarter(y, num),
            Some(y) => Val::Half(y, num),
            None => unresolved,
        };
        Some(Hit::new(lx.s, e, v, rel))
    }

    /// `abad ke-20`, `abad 21`, `abad XX`.
    fn century(&self, abad: Lx, start: usize) -> Option<Hit> {
        let mut n = self.next(abad.e)?;
        if self.l.kw(&n) == Kw::Ke {
            n = self.next(n.e)?;
            if n.k == K::P(b'-') {
                n = self.next(n.e)?;
            }
        }
        let c = match n.k {
            K::Num { v, n: 1 | 2 } => v,
            K::Word => roman(&self.l.b[n.s..n.e])?,
            _ => return None,
        };
        if !(1..=30).contains(&c) {
            return None;
        }
        Some(Hit::new(start, n.e, Val::Century(c as i32), false))
    }
}
