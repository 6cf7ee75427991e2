//! The sentence splitter: decides, token by token, where a sentence ends.
//!
//! A sentence ends
//! - at every line break (paragraphs, headlines without final punctuation, list items);
//! - after `.`, `?`, `!`, an ellipsis or a suffix abbreviation (`dll.`), together with the closing
//!   quotes and brackets attached to it, when what follows can start a sentence (not a lowercase
//!   word, not `,` `;` `:`). So `...,” kata Ushakov.` and `"Apa?" tanyanya.` stay whole.
//!
//! Prefix abbreviations (`Prof.`, `Jl.`, initials `B.J.`) never end a sentence, nor does the dot
//! of a list number at the start of a line (`1. Pertama`).
use crate::abbrev::AbbrevClass;
use crate::token::abbrev_class;
use warta_core::{Sentence, Span, Token, TokenKind};

/// Appends the sentences of `tokens` (tokens of `text`) to `out`.
pub(crate) fn split_sentences(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    let n = tokens.len();
    let newline_after =
        |k: usize| k + 1 < n && has_newline(&b[tokens[k].span.end..tokens[k + 1].span.start]);
    let mut first = 0;
    let mut i = 0;
    while i < n {
        let mut end = None;
        if i + 1 == n || newline_after(i) {
            end = Some(i + 1);
        } else if is_terminal(text, tokens, first, i) {
            let mut k = i + 1;
            while k < n && !newline_after(k - 1) && is_closer(text, tokens, k) {
                k += 1;
            }
            if k == n || newline_after(k - 1) || can_start(text, tokens[k]) {
                end = Some(k);
            }
        }
        match end {
            Some(e) => {
                out.push(Sentence {
                    span: Span::new(tokens[first].span.start, tokens[e - 1].span.end),
                    tok_start: first,
                    tok_end: e,
                });
                first = e;
                i = e;
            }
            None => i += 1,
        }
    }
}

fn has_newline(gap: &[u8]) -> bool {
    memchr::memchr2(b'\n', b'\r', gap).is_some()
        || gap.windows(3).any(|w| w == "\u{2029}".as_bytes())
}

/// True when token `i` can end a sentence.
fn is_terminal(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    let t = tokens[i];
    let s = t.text(text);
    match t.kind {
        TokenKind::Abbrev => abbrev_class(s) == AbbrevClass::Suffix,
        TokenKind::Punct => {
            let c = s.as_bytes()[0];
            if c == b'.' && s.len() == 1 && i == first + 1 && is_list_label(text, tokens[first]) {
                return false;
            }
            matches!(c, b'.' | b'?' | b'!') || matches!(s, "…" | "。" | "！" | "？")
        }
        _ => false,
    }
}

/// `1` or `a` before the dot of a numbered list item.
fn is_list_label(text: &str, t: Token) -> bool {
    match t.kind {
        TokenKind::Number => t.span.len() <= 3,
        TokenKind::Word => t.span.len() == 1 && t.text(text).as_bytes()[0].is_ascii_alphabetic(),
        _ => false,
    }
}

/// A closing quote or bracket at token `k` that still belongs to the sentence before it.
fn is_closer(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = tokens[k];
    let s = t.text(text);
    let attached = k > 0 && tokens[k - 1].span.end == t.span.start;
    match t.kind {
        TokenKind::Quote => match s.chars().next() {
            Some('”' | '’' | '»' | '›' | '」' | '』' | '〞') => true,
            Some('"' | '\'' | '`' | '＂') => attached,
            _ => false,
        },
        TokenKind::Punct => matches!(s, ")" | "]" | "}" | "）"),
        _ => false,
    }
}

/// True when token `t` can be the first of a sentence.
fn can_start(text: &str, t: Token) -> bool {
    let s = t.text(text);
    match t.kind {
        TokenKind::Word | TokenKind::Abbrev => s.chars().next().is_some_and(|c| !c.is_lowercase()),
        TokenKind::Punct => !matches!(
            s.as_bytes()[0],
            b',' | b';' | b':' | b')' | b']' | b'}' | b'.' | b'?' | b'!'
        ),
        _ => true,
    }
}
