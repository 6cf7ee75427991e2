//! Pairing double quote marks into quoted regions, in one left-to-right pass.
//!
//! Each mark is classified by its neighbours as *opening* (a word follows, a space or an opening
//! bracket precedes), *closing* (a word or punctuation precedes, a space or punctuation follows)
//! or *undecided* (spaces on both sides, as in tokenised text); undecided marks toggle the state.
//! Repairs for real-world text:
//!
//! - a missing closing mark closes at the end of the paragraph, unless the next paragraph opens
//!   with a quote mark (the news convention for a quote running over several paragraphs);
//! - an opening mark while a quote is open closes the open quote at its last sentence end;
//! - a closing mark with no open quote either extends the previous quote of the paragraph when no
//!   cue stands between them (`"Part one,” di antaranya ..., " kata X.`) or opens at the start of
//!   its sentence (a missing opening mark).

use crate::lex::{self, Lean};
use warta_core::Span;

/// A quoted region of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// The opening mark, when there is one.
    pub open: Option<Span>,
    /// The closing mark, when there is one.
    pub close: Option<Span>,
    /// The text between the marks (not trimmed).
    pub inner: Span,
    /// Start of the paragraph where the region starts.
    pub para_start: usize,
}

impl Region {
    /// End of the region including its closing mark.
    pub fn end(&self) -> usize {
        self.close.map_or(self.inner.end, |c| c.end)
    }
    /// Start of the region including its opening mark.
    pub fn start(&self) -> usize {
        self.open.map_or(self.inner.start, |o| o.start)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flank {
    Open,
    Close,
    Neither,
}

fn flank(text: &str, i: usize, len: usize) -> Flank {
    let prev = text[..i].chars().next_back();
    let next = text[i + len..].chars().next();
    let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let prev_ws = ws(prev);
    let next_ws = ws(next);
    let prev_opening_punct = punct(prev)
        && !matches!(
            prev,
            Some(',' | '.' | '!' | '?' | ';' | '”' | '"' | '’' | '\'' | ')')
        );
    let can_open = !next_ws && (prev_ws || prev_opening_punct);
    let can_close = !prev_ws && (next_ws || punct(next));
    match (can_open, can_close) {
        (true, false) => Flank::Open,
        (false, true) => Flank::Close,
        _ => Flank::Neither,
    }
}

/// True when the text right after `pos` is a post-posed cue (`kata`, `, ujarnya`).
pub(crate) fn cue_follows(text: &str, pos: usize) -> bool {
    let hi = text.len().min(pos.saturating_add(200));
    let hi = floor_boundary(text, hi);
    let mut p = lex::next_piece(text, pos, hi);
    if let Some(q) = p {
        if q.is_punct(',') {
            p = lex::next_piece(text, q.span.end, hi);
        }
    }
    p.is_some_and(|p| {
        let w = p.span.slice(text);
        p.is_word() && !lex::is_cap(w) && lex::post_cue(w).is_some()
    })
}

/// Largest char boundary `<= i`.
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The position just after the last sentence end (`.`, `?`, `!` followed by whitespace) in
/// `lo..hi`, if any.
pub(crate) fn last_sentence_end(text: &str, lo: usize, hi: usize) -> Option<usize> {
    let s = text.get(lo..hi)?;
    let b = s.as_bytes();
    let mut j = b.len();
    while j >= 2 {
        j -= 1;
        if b[j].is_ascii_whitespace() && matches!(b[j - 1], b'.' | b'?' | b'!') {
            return Some(lo + j);
        }
    }
    None
}

/// Start of the sentence that ends at `hi` (trailing punctuation before `hi` ignored), not before
/// `lo`.
fn sentence_start_before(text: &str, lo: usize, hi: usize) -> usize {
    let s = &text[lo..hi];
    let trimmed =
        s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?'));
    let hi2 = lo + trimmed.len();
    match last_sentence_end(text, lo, hi2) {
        Some(p) => p,
        None => lo,
    }
}

struct Open {
    mark: Span,
    para_start: usize,
    /// An opening mark inside the quote (`“A “b” c”`), until its closing mark.
    nested: Option<Span>,
}

/// Pairs the double quote marks of `text` into regions, appended to `out` in text order.
pub(crate) fn pair(text: &str, out: &mut Vec<Region>) {
    let first = out.len();
    let mut open: Option<Open> = None;
    let mut para_start = 0usize;
    let mut skip_until = 0usize;
    let mut continuation: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if i < skip_until {
            continue;
        }
        if c == '\n' {
            // paragraph end: find the next paragraph's first character
            let rest = &text[i..];
            let j = i + (rest.len() - rest.trim_start().len());
            skip_until = j;
            if let Some(o) = open.take() {
                let next_is_mark = text[j..]
                    .chars()
                    .next()
                    .and_then(lex::double_mark)
                    .is_some_and(|l| l != Lean::Close);
                if next_is_mark
                    && !cue_follows(text, j + text[j..].chars().next().map_or(0, char::len_utf8))
                {
                    continuation = Some(j);
                    open = Some(Open { nested: None, ..o });
                } else {
                    out.push(Region {
                        open: Some(o.mark),
                        close: None,
                        inner: Span::new(o.mark.end, i),
                        para_start: o.para_start,
                    });
                }
            }
            para_start = j;
            continue;
        }
        let Some(lean) = lex::double_mark(c) else {
            // a single closing mark that ends a double quote before its cue (`“...,’ kata X`)
            if matches!(c, '’' | '\'') {
                if let Some(o) = open.take_if(|o| o.nested.is_none()) {
                    let closes = flank(text, i, c.len_utf8()) != Flank::Open
                        && cue_follows(text, i + c.len_utf8());
                    if closes {
                        out.push(Region {
                            open: Some(o.mark),
                            close: Some(Span::new(i, i + c.len_utf8())),
                            inner: Span::new(o.mark.end, i),
                            para_start: o.para_start,
                        });
                    } else {
                        open = Some(o);
                    }
                }
            }
            continue;
        };
        if continuation == Some(i) {
            continuation = None;
            continue;
        }
        let mark = Span::new(i, i + c.len_utf8());
        let fl = flank(text, i, c.len_utf8());
        match open.take() {
            Some(mut o) => {
                let low_high = text[o.mark.start..].starts_with('„') && c == '“';
                let opens_nested = lean == Lean::Open && fl != Flank::Close && !low_high;
                let closes = low_high
                    || match fl {
                        Flank::Close | Flank::Neither => true,
                        Flank::Open => lean == Lean::Close,
                    };
                if opens_nested && o.nested.is_none() {
                    o.nested = Some(mark);
                    open = Some(o);
                } else if closes && !opens_nested {
                    match o.nested.take() {
                        Some(n) if cue_follows(text, mark.end) => {
                            // the "nested" quote was a new one: the outer lost its closing mark
                            let end =
                                last_sentence_end(text, o.mark.end, n.start).unwrap_or(n.start);
                            out.push(Region {
                                open: Some(o.mark),
                                close: None,
                                inner: Span::new(o.mark.end, end),
                                para_start: o.para_start,
                            });
                            out.push(Region {
                                open: Some(n),
                                close: Some(mark),
                                inner: Span::new(n.end, i),
                                para_start,
                            });
                        }
                        Some(_) => open = Some(o),
                        None => out.push(Region {
                            open: Some(o.mark),
                            close: Some(mark),
                            inner: Span::new(o.mark.end, i),
                            para_start: o.para_start,
                        }),
                    }
                } else {
                    // an opening mark inside an open quote: the open one lost its closing mark
                    let end = last_sentence_end(text, o.mark.end, i).unwrap_or(i);
                    out.push(Region {
                        open: Some(o.mark),
                        close: None,
                        inner: Span::new(o.mark.end, end),
                        para_start: o.para_start,
                    });
                    open = Some(Open {
                        mark,
                        para_start,
                        nested: None,
                    });
                }
            }
            None => {
                let opens = match fl {
                    Flank::Open => true,
                    Flank::Close => false,
                    Flank::Neither => match lean {
                        Lean::Open => true,
                        Lean::Close => false,
                        Lean::Either => !cue_follows(text, mark.end),
                    },
                };
                if opens {
                    open = Some(Open {
                        mark,
                        para_start,
                        nested: None,
                    });
                } else {
                    orphan_close(text, mark, para_start, first, out);
                }
            }
        }
    }
    if let Some(o) = open {
        out.push(Region {
            open: Some(o.mark),
            close: None,
            inner: Span::new(o.mark.end, text.len()),
            para_start: o.para_start,
        });
    }
}

/// A closing mark with no open quote.
fn orphan_close(text: &str, mark: Span, para_start: usize, first: usize, out: &mut Vec<Region>) {
    let mut lo = para_start;
    if out.len() > first {
        if let Some(last) = out.last_mut() {
            if last.end() >= para_start && last.end() <= mark.start {
                lo = last.end();
                let gap = &text[last.end()..mark.start];
                let merge = last.close.is_some()
                    && gap.len() <= 400
                    && !gap.contains('\n')
                    && !cue_follows(text, last.end())
                    && last_sentence_end(text, last.end(), mark.start).is_none()
                    && gap.chars().any(char::is_alphanumeric);
                if merge {
                    last.inner = Span::new(last.inner.start, mark.start);
                    last.close = Some(mark);
                    return;
                }
            }
        }
    }
    let start = sentence_start_before(text, lo, mark.start);
    out.push(Region {
        open: None,
        close: Some(mark),
        inner: Span::new(start, mark.start),
        para_start,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        pair(text, &mut v);
        v.iter()
            .map(|r| r.inner.slice(text).trim().to_string())
            .collect()
    }

    #[test]
    fn styles() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Kami siap,\" kata dia.", &["Kami siap,"]),
            ("“Kami siap,” kata dia.", &["Kami siap,"]),
            ("”Kami siap,” kata dia.", &["Kami siap,"]),
            ("\"Kami siap,” kata dia.", &["Kami siap,"]),
            ("«Kami siap», kata dia.", &["Kami siap"]),
            (
                " ” Kami siap , ” kata dia . ” Lagi , ” ujarnya .",
                &["Kami siap ,", "Lagi ,"],
            ),
            ("“A ‘b’ c,” kata X.", &["A ‘b’ c,"]),
            (
                "“Tanpa tutup.\nParagraf lain tanpa kutip.",
                &["Tanpa tutup."],
            ),
            ("“Satu.\n“Dua,” kata X.", &["Satu.\n“Dua,"]),
            (
                "\"Satu,” di antaranya dua,\" kata X.",
                &["Satu,” di antaranya dua,"],
            ),
            (
                "Tanpa pembuka, kata dia. Saya lelah,\" kata X.",
                &["Saya lelah,"],
            ),
        ];
        for (t, want) in cases {
            assert_eq!(inner(t), *want, "{t}");
        }
    }
}
