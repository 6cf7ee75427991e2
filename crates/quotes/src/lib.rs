//! Quotes in Indonesian news: direct, indirect and partial, with cue and speaker mention.
//!
//! CONTRACT (keep these signatures; add freely): [`find_quotes`] appends the quotes of a document
//! to `out`. Speaker *resolution* to actors happens in `warta-extract`; this crate finds the quote
//! span, the cue and the span that names the speaker (or says the speaker is the previous one).
//!
//! The recogniser works on the text and byte positions directly; tokens are not needed and
//! sentences are hints (used for the sentence index and the extent of reported speech; when
//! none are given, sentences are cut at `.`, `?`, `!` and line breaks). Three passes:
//!
//! 1. **Quote marks** (`marks`): straight, curly, `”...”` pairs, mixed, `« »`, repaired when
//!    unbalanced (a missing closing mark closes at the paragraph end; a paragraph opening with a
//!    mark continues the quote).
//! 2. **Direct and partial quotes**: the cue and speaker after (`," kata X`, `," ujarnya`) or
//!    before (`X mengatakan, "`, `Kata X, "`, `X: "`) the marks make a direct quote; a quoted
//!    phrase inside the reporter's sentence is partial (`yang oleh X disebut "..."`).
//! 3. **Indirect speech**: `X mengatakan (bahwa) ...`, `Menurut X, ...`, `..., kata X.`,
//!    `..., katanya.` outside any quote marks.
//!
//! Everything is linear in the text length: every look-around is bounded.
//!
//! ```
//! use warta_quotes::{find_quotes, QuoteKind, Speaker};
//! let text = "“Kami siap berunding,” kata juru bicara kementerian, Budi Santoso.";
//! let mut out = Vec::new();
//! find_quotes(text, &[], &[], &[], &mut out);
//! assert_eq!(out[0].kind, QuoteKind::Direct);
//! assert_eq!(out[0].span.slice(text), "Kami siap berunding");
//! let Speaker::Mention(s) = out[0].speaker else { panic!() };
//! assert_eq!(s.slice(text), "juru bicara kementerian, Budi Santoso");
//! ```
#![deny(missing_docs)]

mod lex;
mod marks;
mod speaker;

use lex::Kind;
use marks::Region;
use warta_core::{Sentence, Span, Token};

/// Kind of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Words inside quote marks, a full statement.
    Direct,
    /// Reported speech (`X mengatakan ...`, `menurut X, ...`, `..., katanya`).
    Indirect,
    /// A short quoted phrase inside the reporter's sentence.
    Partial,
}

impl QuoteKind {
    /// Name used in `warta.analysis/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who said it, as far as the text layer can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// The span that names the speaker (`ajudan Kremlin Yuri Ushakov`, `Kiev`, `Gedung Putih`).
    Mention(Span),
    /// A pronoun or clitic (`katanya`, `ujarnya`, `ia`, `dia`): the speaker is the most recent
    /// speaker (or person) before this quote; the span is the pronoun/clitic cue.
    Anaphor(Span),
    /// Not found.
    Unknown,
}

/// One quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or partial.
    pub kind: QuoteKind,
    /// The quoted words (without the quote marks, surrounding spaces or a trailing comma).
    pub span: Span,
    /// The reporting cue (`kata`, `ujarnya`, `mengatakan`, `menurut`).
    pub cue: Option<Span>,
    /// The speaker.
    pub speaker: Speaker,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// For quotes in marks: the span including the marks (for indirect quotes, equal to `span`).
    pub outer: Span,
}

/// Appends the quotes of `text` to `out`, in text order. `names` are spans of known entity
/// mentions (lexicon and tagger), sorted by start, which help delimit speakers. `tokens` may be
/// empty; `sentences` may be empty (then sentences are cut here).
pub fn find_quotes(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    names: &[Span],
    out: &mut Vec<Quote>,
) {
    let _ = tokens;
    let mut sents: Vec<Span> = sentences
        .iter()
        .map(|s| s.span)
        .filter(|s| s.end <= text.len() && s.start <= s.end)
        .collect();
    if sents.is_empty() {
        fallback_sentences(text, &mut sents);
    }
    let mut regions = Vec::new();
    marks::pair(text, &mut regions);
    let first = out.len();
    let direct_regions = direct(text, &regions, names, out);
    indirect(text, &sents, &direct_regions, names, out);
    out[first..].sort_by_key(|q| (q.span.start, q.span.end));
    for q in &mut out[first..] {
        q.sentence = sentence_of(&sents, q.outer.start);
    }
}

/// Index of the sentence containing `pos` (the last one starting at or before it).
fn sentence_of(sents: &[Span], pos: usize) -> usize {
    sents.partition_point(|s| s.start <= pos).saturating_sub(1)
}

/// Sentences cut at `.`, `?`, `!` followed by whitespace, and at line breaks.
fn fallback_sentences(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut start = 0;
    for i in 0..b.len() {
        let cut = b[i] == b'\n'
            || (matches!(b[i], b'.' | b'?' | b'!')
                && b.get(i + 1).is_none_or(u8::is_ascii_whitespace));
        if cut {
            let end = if b[i] == b'\n' { i } else { i + 1 };
            if !text[start..end].trim().is_empty() {
                out.push(Span::new(start, end));
            }
            start = i + 1;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(Span::new(start, text.len()));
    }
}

/// The quoted words of a region: trimmed of spaces, stray marks and a trailing comma.
fn trim_inner(text: &str, inner: Span) -> Option<Span> {
    let s = inner.slice(text);
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || lex::is_quote_mark(c));
    let start = inner.start + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';') || lex::double_mark(c).is_some()
    });
    let end = start + t.len();
    if !t.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(Span::new(start, end))
}

/// End of the paragraph containing `pos`.
/// End of the paragraph containing `pos`, looking at most `window` bytes ahead.
fn para_end(text: &str, pos: usize, window: usize) -> usize {
    let hi = marks::floor_boundary(text, pos.saturating_add(window));
    text[pos..hi].find('\n').map_or(hi, |o| pos + o)
}

/// Direct and partial quotes from the quoted regions; returns the regions that hold direct quotes
/// (reported speech is not looked for inside them, and stops before them).
fn direct(text: &str, regions: &[Region], names: &[Span], out: &mut Vec<Quote>) -> Vec<Region> {
    let mut direct_regions = Vec::new();
    let mut prev_end = 0usize;
    for (ri, r) in regions.iter().enumerate() {
        let lo = prev_end.max(r.para_start);
        prev_end = r.end();
        let Some(span) = trim_inner(text, r.inner) else {
            continue;
        };
        let outer = Span::new(r.start(), r.end());
        let next_start = regions.get(ri + 1).map_or(text.len(), Region::start);
        let hi = para_end(text, r.end(), 1000).min(next_start);
        let comma_end = r.inner.slice(text).trim_end().ends_with(',');
        let after = r
            .close
            .and_then(|c| cue_after(text, c.end, hi, comma_end, names));
        let before = if after.is_none() {
            r.open.and_then(|o| cue_before(text, o.start, lo, names))
        } else {
            None
        };
        let cue_speaker = after.or(before);
        let inner_raw = r
            .inner
            .slice(text)
            .trim_end_matches(|c: char| c.is_whitespace() || lex::double_mark(c).is_some());
        let clause_punct = inner_raw.ends_with([',', '.', '?', '!', ';', '…']);
        let before = r.open.and_then(|o| lex::prev_piece(text, o.start, lo));
        let standalone = r.open.is_none()
            || before.is_none_or(|p| {
                matches!(
                    p.kind,
                    Kind::Break | Kind::Punct('.' | '?' | '!' | ':' | ';')
                )
            });
        // a quoted title or phrase right after a word (`diskusi bertajuk "..."`) is not a
        // statement, even when it ends with `?`
        let after_word = before.is_some_and(|p| p.is_word());
        let is_direct = cue_speaker.is_some() || standalone || (clause_punct && !after_word);
        if is_direct {
            let (cue, speaker) = cue_speaker.unwrap_or((None, Speaker::Unknown));
            direct_regions.push(*r);
            out.push(Quote {
                kind: QuoteKind::Direct,
                span,
                cue,
                speaker,
                sentence: 0,
                outer,
            });
        } else {
            let found = r
                .open
                .and_then(|o| partial_speaker(text, o.start, lo, names));
            let words = span.slice(text).split_whitespace().take(2).count();
            if found.is_none() && words < 2 {
                continue;
            }
            let (cue, speaker) = found.unwrap_or((None, Speaker::Unknown));
            out.push(Quote {
                kind: QuoteKind::Partial,
                span,
                cue,
                speaker,
                sentence: 0,
                outer,
            });
        }
    }
    direct_regions
}

const PRONOUN_AFTER_CUE: &[&str] = &["dia", "ia", "beliau", "mereka"];

/// Cue and speaker right after a closing mark: `," kata X`, `," ujarnya`, `," X menambahkan`.
/// After a quote that ends in a full stop, only a lower-case cue continues the sentence
/// (`?” tanya dia`); a capitalised word or a verb a few words on starts a new sentence.
fn cue_after(
    text: &str,
    pos: usize,
    hi: usize,
    comma_end: bool,
    names: &[Span],
) -> Option<(Option<Span>, Speaker)> {
    let mut p = lex::next_piece(text, pos, hi)?;
    let mut comma_end = comma_end;
    if p.is_punct(',') {
        comma_end = true;
        p = lex::next_piece(text, p.span.end, hi)?;
    }
    if !comma_end && lex::is_cap(p.span.slice(text)) {
        return None;
    }
    if !p.is_word() {
        return None;
    }
    let mut w = p.span.slice(text);
    if w.eq_ignore_ascii_case("demikian") {
        p = lex::next_piece(text, p.span.end, hi).filter(|q| q.is_word())?;
        w = p.span.slice(text);
    }
    if let Some(nya) = lex::post_cue(w) {
        if nya {
            return Some((Some(p.span), Speaker::Anaphor(p.span)));
        }
        if let Some(n) = lex::next_piece(text, p.span.end, hi) {
            if n.is_word() && lex::in_list(n.span.slice(text), PRONOUN_AFTER_CUE) {
                return Some((Some(p.span), Speaker::Anaphor(n.span)));
            }
        }
        let sp = speaker::forward(text, p.span.end, hi, names)
            .map_or(Speaker::Unknown, |s| speaker::to_speaker(text, s));
        return Some((Some(p.span), sp));
    }
    // `"...," Kirby menambahkan.` / `"...," ia menjelaskan.`
    if !comma_end {
        return None;
    }
    let mut q = p;
    for _ in 0..8 {
        let qw = q.span.slice(text);
        if lex::in_list(qw, lex::VERB_CUES) && !lex::is_cap(qw) {
            let subj = speaker::backward(text, pos, q.span.start, names)?;
            return Some((Some(q.span), speaker::to_speaker(text, subj)));
        }
        q = lex::next_piece(text, q.span.end, hi).filter(|n| n.is_word())?;
    }
    None
}

const PRE_CUES: &[&str] = &["kata", "ujar", "tutur", "ucap", "menurut", "tegas", "jelas"];

/// Cue and speaker before an opening mark: `X mengatakan, "`, `Kata X, "`, `X: "`.
fn cue_before(
    text: &str,
    open: usize,
    lo: usize,
    names: &[Span],
) -> Option<(Option<Span>, Speaker)> {
    let p = lex::prev_piece(text, open, lo)?;
    let (verb, punct) = match p.kind {
        Kind::Punct(c @ (',' | ':')) => {
            (lex::prev_piece(text, p.span.start, lo)?, Some((c, p.span)))
        }
        Kind::Word => (p, None),
        _ => return None,
    };
    if !verb.is_word() {
        return None;
    }
    let mut verb = verb;
    if verb.span.slice(text).eq_ignore_ascii_case("bahwa") {
        verb = lex::prev_piece(text, verb.span.start, lo).filter(|v| v.is_word())?;
    }
    let vw = verb.span.slice(text);
    if lex::in_list(vw, lex::VERB_CUES) || (punct.is_some() && lex::post_cue(vw) == Some(true)) {
        if lex::post_cue(vw) == Some(true) {
            return Some((Some(verb.span), Speaker::Anaphor(verb.span)));
        }
        let subj = speaker::backward(text, lo, verb.span.start, names)?;
        return Some((Some(verb.span), speaker::to_speaker(text, subj)));
    }
    let (c, pspan) = punct?;
    // `Kata X, "` / `Menurut X: "`: a cue word opens the clause a few words back
    let mut q = lex::prev_piece(text, pspan.start, lo)?;
    for _ in 0..12 {
        if !q.is_word() {
            break;
        }
        let qw = q.span.slice(text);
        if lex::in_list(qw, PRE_CUES) {
            let at_start = lex::prev_piece(text, q.span.start, lo)
                .is_none_or(|b| matches!(b.kind, Kind::Break | Kind::Punct('.' | '?' | '!' | ',')));
            if at_start {
                let s = lex::next_piece(text, q.span.end, pspan.start)?;
                let sp = Span::new(s.span.start, pspan.start);
                let sp = Span::new(sp.start, sp.start + sp.slice(text).trim_end().len());
                return Some((Some(q.span), speaker::to_speaker(text, sp)));
            }
        }
        match lex::prev_piece(text, q.span.start, lo) {
            Some(n) => q = n,
            None => break,
        }
    }
    if c == ':' {
        // `X: "..."`
        let subj = speaker::backward(text, lo, pspan.start, names)?;
        return Some((None, speaker::to_speaker(text, subj)));
    }
    None
}

/// Speaker of a partial quote: `oleh X disebut (sebagai) "`, `X menyebut(nya) "`, `disebut X
/// sebagai "`, `yang X sebut "`, or any reporting verb a few words before.
fn partial_speaker(
    text: &str,
    open: usize,
    lo: usize,
    names: &[Span],
) -> Option<(Option<Span>, Speaker)> {
    let mut p = open;
    let mut after_cue_words: Option<Span> = None; // words between cue and mark (`disebut X sebagai`)
    for _ in 0..12 {
        let q = lex::prev_piece(text, p, lo)?;
        if !q.is_word() {
            return None;
        }
        let w = q.span.slice(text);
        let lw = w.to_ascii_lowercase();
        match lw.as_str() {
            "disebut" | "disebutkan" | "dijuluki" | "dinamai" | "dinamakan" | "diistilahkan" => {
                // `oleh X disebut`
                let mut b = q.span.start;
                for _ in 0..10 {
                    let r = lex::prev_piece(text, b, lo).filter(|r| r.is_word())?;
                    if r.span.slice(text).eq_ignore_ascii_case("oleh") {
                        let s = lex::next_piece(text, r.span.end, q.span.start)?;
                        let sp = Span::new(s.span.start, q.span.start);
                        let sp = Span::new(sp.start, sp.start + sp.slice(text).trim_end().len());
                        return Some((Some(q.span), speaker::to_speaker(text, sp)));
                    }
                    b = r.span.start;
                }
                // `disebut X sebagai`
                if let Some(sp) = after_cue_words {
                    return Some((Some(q.span), speaker::to_speaker(text, sp)));
                }
                return Some((Some(q.span), Speaker::Unknown));
            }
            "sebut" | "namakan" | "juluki" => {
                // `yang X sebut`
                let subj = speaker::backward(text, lo, q.span.start, names)?;
                let s = subj.slice(text);
                let subj = match s.get(..4) {
                    Some(y) if y.eq_ignore_ascii_case("yang") && s.len() > 5 => {
                        let n = lex::next_piece(text, subj.start + 4, subj.end)?;
                        Span::new(n.span.start, subj.end)
                    }
                    _ => subj,
                };
                return Some((Some(q.span), speaker::to_speaker(text, subj)));
            }
            _ => {}
        }
        if lex::in_list(w, lex::VERB_CUES) && !lex::is_cap(w) {
            let subj = speaker::backward(text, lo, q.span.start, names)?;
            return Some((Some(q.span), speaker::to_speaker(text, subj)));
        }
        if !lex::in_list(w, &["sebagai", "dengan", "itu", "ini", "tersebut", "nya"]) {
            let s = after_cue_words.map_or(q.span.end, |a| a.end);
            after_cue_words = Some(Span::new(q.span.start, s));
        } else {
            after_cue_words = None;
        }
        p = q.span.start;
    }
    None
}

const NOT_CLAUSE_START: &[&str] = &["kepada", "pada", "di", "dalam"];

fn indirect(text: &str, sents: &[Span], regions: &[Region], names: &[Span], out: &mut Vec<Quote>) {
    let mut ri = 0usize;
    let mut ends = ClauseEnds::default();
    for s in sents {
        let s_end = s.end.min(text.len());
        if s.start >= s_end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s_end) {
            continue;
        }
        let mut clause_lo = s.start;
        let mut skip_to = s.start;
        ends.reset();
        let mut p = s.start;
        let mut prev: Option<lex::Piece> = None;
        while let Some(pc) = lex::next_piece(text, p, s_end) {
            p = pc.span.end;
            while ri < regions.len() && regions[ri].end() <= pc.span.start {
                ri += 1;
            }
            let inside = regions
                .get(ri)
                .is_some_and(|r| r.start() <= pc.span.start && pc.span.start < r.end());
            if inside {
                // jump past the region; the clause restarts after it
                if let Some(r) = regions.get(ri) {
                    p = r.end().max(p).min(s_end);
                    clause_lo = p;
                }
                prev = None;
                continue;
            }
            if pc.kind == Kind::Break {
                clause_lo = pc.span.end;
                prev = Some(pc);
                continue;
            }
            if !pc.is_word() || pc.span.start < skip_to {
                prev = Some(pc);
                continue;
            }
            let w = pc.span.slice(text);
            let next_region = regions.get(ri);
            // `Menurut X, CLAUSE`
            if w.eq_ignore_ascii_case("menurut") || w.eq_ignore_ascii_case("menurutnya") {
                let clause_end = ends.get(text, pc.span.end, s_end, next_region);
                if let Some(q) = menurut(text, pc, clause_lo, clause_end, names) {
                    skip_to = q.span.end;
                    out.push(q);
                }
            } else if lex::in_list(w, lex::VERB_CUES) && !lex::is_cap(w) {
                let clause_end = ends.get(text, pc.span.end, s_end, next_region);
                if let Some(q) = verb_cue(text, pc, clause_lo, clause_end, names) {
                    skip_to = q.span.end;
                    out.push(q);
                }
            } else if prev.is_some_and(|b| b.is_punct(',')) && lex::post_cue(w).is_some() {
                let clause_end = ends.get(text, pc.span.end, s_end, next_region);
                if let Some(q) = trailing_cue(text, pc, prev, clause_lo, clause_end, names) {
                    skip_to = clause_end;
                    out.push(q);
                }
            }
            prev = Some(pc);
        }
    }
}

/// End of reported speech starting at a position: the sentence end, the next line break or the
/// next direct quote, whichever comes first, without trailing punctuation. Positions only grow
/// within a sentence, so the line-break search and the trimming are cached (linear time).
#[derive(Default)]
struct ClauseEnds {
    /// Next line break at or after the last position asked (or the sentence end).
    next_break: usize,
    /// Last raw end and its trimmed value.
    cache: Option<(usize, usize)>,
}

impl ClauseEnds {
    fn reset(&mut self) {
        *self = ClauseEnds::default();
    }

    fn get(&mut self, text: &str, pos: usize, s_end: usize, next_region: Option<&Region>) -> usize {
        if self.next_break < pos {
            self.next_break = text[pos..s_end].find('\n').map_or(s_end, |o| pos + o);
        }
        let mut e = s_end.min(self.next_break);
        if let Some(r) = next_region {
            if r.start() >= pos && r.start() < e {
                e = r.start();
            }
        }
        match self.cache {
            Some((raw, t)) if raw == e && t >= pos => t,
            _ => {
                let t = text[pos..e].trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!')
                });
                let t = pos + t.len();
                self.cache = Some((e, t));
                t
            }
        }
    }
}

/// A short noun phrase closed by a demonstrative (`tuduhan itu`, `usulan tersebut`): the object
/// of a verb such as `membantah`, not a reported clause.
fn is_object_phrase(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_punctuation()))
        .collect();
    words.len() <= 3
        && words
            .last()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "itu" | "ini" | "tersebut"))
}

fn clause_span(text: &str, from: usize, to: usize) -> Option<Span> {
    if from >= to {
        return None;
    }
    let s = &text[from..to];
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':'));
    let start = from + (s.len() - t.len());
    if t.split_whitespace().take(2).count() < 2 {
        return None;
    }
    Some(Span::new(start, to))
}

fn menurut(
    text: &str,
    pc: lex::Piece,
    clause_lo: usize,
    clause_end: usize,
    names: &[Span],
) -> Option<Quote> {
    let w = pc.span.slice(text);
    if lex::strip_nya(w).is_some() {
        let c = lex::next_piece(text, pc.span.end, clause_end)?;
        let from = if c.is_punct(',') {
            c.span.end
        } else {
            pc.span.end
        };
        let span = clause_span(text, from, clause_end)?;
        if starts_with_mark(text, span) {
            return None;
        }
        return Some(indirect_quote(
            span,
            Some(pc.span),
            Speaker::Anaphor(pc.span),
        ));
    }
    let sp = speaker::forward(text, pc.span.end, clause_end.max(pc.span.end), names)?;
    let comma = lex::next_piece(text, sp.end, clause_end + 1);
    match comma {
        Some(c) if c.is_punct(',') && c.span.end < clause_end => {
            let span = clause_span(text, c.span.end, clause_end)?;
            if starts_with_mark(text, span) {
                return None;
            }
            Some(indirect_quote(
                span,
                Some(pc.span),
                speaker::to_speaker(text, sp),
            ))
        }
        _ => {
            // `CLAUSE, menurut X.`
            let before = lex::prev_piece(text, pc.span.start, clause_lo)?;
            if !before.is_punct(',') || sp.end < clause_end {
                return None;
            }
            let span = clause_span(text, clause_lo, before.span.start)?;
            Some(indirect_quote(
                span,
                Some(pc.span),
                speaker::to_speaker(text, sp),
            ))
        }
    }
}

fn starts_with_mark(text: &str, span: Span) -> bool {
    span.slice(text)
        .chars()
        .next()
        .is_some_and(lex::is_quote_mark)
}

fn indirect_quote(span: Span, cue: Option<Span>, speaker: Speaker) -> Quote {
    Quote {
        kind: QuoteKind::Indirect,
        span,
        cue,
        speaker,
        sentence: 0,
        outer: span,
    }
}

fn verb_cue(
    text: &str,
    pc: lex::Piece,
    clause_lo: usize,
    clause_end: usize,
    names: &[Span],
) -> Option<Quote> {
    let subj = speaker::backward(text, clause_lo, pc.span.start, names)?;
    let mut from = pc.span.end;
    // `mengatakan kepada wartawan, ...`
    if let Some(n) = lex::next_piece(text, from, clause_end) {
        if n.is_word() && lex::in_list(n.span.slice(text), NOT_CLAUSE_START) {
            let hi = marks::floor_boundary(text, clause_end.min(n.span.end + 80));
            let rest = text.get(n.span.end..hi)?;
            let comma = rest.find(',')?;
            from = n.span.end + comma + 1;
        }
    }
    let mut n = lex::next_piece(text, from, clause_end)?;
    if matches!(n.kind, Kind::Punct(',' | ':')) {
        from = n.span.end;
        n = lex::next_piece(text, from, clause_end)?;
    }
    if n.is_word() && n.span.slice(text).eq_ignore_ascii_case("bahwa") {
        from = n.span.end;
        n = lex::next_piece(text, from, clause_end)?;
    }
    if let Kind::Punct(c) = n.kind {
        if lex::is_quote_mark(c) {
            return None;
        }
    }
    let span = clause_span(text, from, clause_end)?;
    if is_object_phrase(span.slice(text)) {
        // `membantah tuduhan itu`, `menolak usulan tersebut`: an object, not reported speech
        return None;
    }
    if trailing_attribution(text, span) {
        // `Polisi menduga ..., kata Kapolsek X.`: the sentence is the Kapolsek's
        return None;
    }
    Some(indirect_quote(
        span,
        Some(pc.span),
        speaker::to_speaker(text, subj),
    ))
}

/// True when the last 160 bytes of `span` hold `, <post-posed cue>` (`..., kata X`).
fn trailing_attribution(text: &str, span: Span) -> bool {
    let lo = marks::floor_boundary(text, span.end.saturating_sub(160).max(span.start));
    let mut p = lo;
    let mut prev_comma = false;
    while let Some(pc) = lex::next_piece(text, p, span.end) {
        let w = pc.span.slice(text);
        if prev_comma && pc.is_word() && !lex::is_cap(w) && lex::post_cue(w).is_some() {
            return true;
        }
        prev_comma = pc.is_punct(',');
        p = pc.span.end;
    }
    false
}

/// `CLAUSE, kata X.` / `CLAUSE, katanya.`
fn trailing_cue(
    text: &str,
    pc: lex::Piece,
    comma: Option<lex::Piece>,
    clause_lo: usize,
    clause_end: usize,
    names: &[Span],
) -> Option<Quote> {
    let comma = comma?;
    let nya = lex::post_cue(pc.span.slice(text))?;
    // a quote mark right before the comma means a direct quote (already found)
    if let Some(b) = lex::prev_piece(text, comma.span.start, clause_lo) {
        if let Kind::Punct(c) = b.kind {
            if lex::is_quote_mark(c) {
                return None;
            }
        }
    }
    let speaker = if nya {
        Speaker::Anaphor(pc.span)
    } else {
        match lex::next_piece(text, pc.span.end, clause_end) {
            Some(n) if n.is_word() && lex::in_list(n.span.slice(text), PRONOUN_AFTER_CUE) => {
                Speaker::Anaphor(n.span)
            }
            _ => {
                let sp = speaker::forward(text, pc.span.end, clause_end, names)?;
                speaker::to_speaker(text, sp)
            }
        }
    };
    let span = clause_span(text, clause_lo, comma.span.start)?;
    if span.slice(text).split_whitespace().take(3).count() < 3 {
        return None;
    }
    Some(indirect_quote(span, Some(pc.span), speaker))
}
