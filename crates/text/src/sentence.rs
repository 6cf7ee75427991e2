//! The sentence splitter: decides, token by token, where a sentence ends.
//!
//! A sentence ends
//! - at every line break (paragraphs, headlines without final punctuation, list items);
//! - after `.`, `?`, `!`, an ellipsis or a suffix abbreviation (`dll.`), together with the closing
//!   quotes and brackets attached to it, when what follows can start a sentence (not a lowercase
//!   word, not `,` `;` `:`). So `...,” kata Ushakov.` and `"Apa?" tanyanya.` stay whole.
//!
//! No sentence ends inside a quotation whose closing mark is on the same line (UD CSUI keeps
//! `"Satu. Dua," kata X.` whole). Abbreviations that keep their dot never end a sentence (the
//! tokenizer detaches the dot of a sentence-final `dll.`), nor does the dot of a list number at
//! the start of a line (`1. Pertama`).
use warta_core::{Sentence, Span, Token, TokenKind};

/// Appends the sentences of `tokens` (tokens of `text`) to `out`.
pub(crate) fn split_sentences(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    let n = tokens.len();
    let newline_after =
        |k: usize| k + 1 < n && has_newline(&b[tokens[k].span.end..tokens[k + 1].span.start]);
    let mut first = 0;
    let mut i = 0;
    // index of the closing quote of the quotation we are in: no sentence ends before it
    let mut quote_close = 0usize;
    while i < n {
        if i >= quote_close && quote_role(tokens, i) == Role::Open {
            quote_close = find_close(b, tokens, i).unwrap_or(0);
        }
        let mut end = None;
        if i + 1 == n || newline_after(i) {
            end = Some(i + 1);
            quote_close = 0;
        } else if i + 1 >= quote_close && is_terminal(text, tokens, first, i) {
            let mut k = i + 1;
            while k < n && !newline_after(k - 1) && is_closer(text, tokens, k) {
                k += 1;
            }
            let attached = k < n && tokens[k - 1].span.end == tokens[k].span.start;
            // a bare full stop (no closing quote) before a lowercase word still ends the sentence:
            // abbreviations keep their dots, so this one is a real full stop
            let bare_stop = k == i + 1
                && k < n
                && !attached
                && tokens[i].text(text) == "."
                && tokens[k].kind == TokenKind::Word
                && tokens[k]
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            if k == n
                || newline_after(k - 1)
                || bare_stop
                || (can_start(text, tokens[k]) && !(attached && continues(text, tokens[k])))
            {
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

/// How far ahead (in tokens) the closing quote of a quotation is looked for.
const MAX_QUOTE_TOKENS: usize = 400;

/// Whether a quote token opens or closes a quotation, judged by what it is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Other,
}

fn quote_role(tokens: &[Token], k: usize) -> Role {
    let t = tokens[k];
    if t.kind != TokenKind::Quote {
        return Role::Other;
    }
    let left = k > 0 && tokens[k - 1].span.end == t.span.start;
    let right = tokens
        .get(k + 1)
        .is_some_and(|n| n.span.start == t.span.end);
    match (left, right) {
        (true, false) => Role::Close,
        (false, true) => Role::Open,
        _ => Role::Other,
    }
}

/// The closing quote of the quotation opened at `open`, on the same line and not too far.
fn find_close(b: &[u8], tokens: &[Token], open: usize) -> Option<usize> {
    let last = (open + MAX_QUOTE_TOKENS).min(tokens.len());
    for k in open + 1..last {
        if has_newline(&b[tokens[k - 1].span.end..tokens[k].span.start]) {
            return None;
        }
        match quote_role(tokens, k) {
            Role::Close => return Some(k),
            Role::Open => return None,
            Role::Other => {}
        }
    }
    None
}

/// A token glued to the full stop before it that continues the text (`PMK.011`, `.com`).
fn continues(text: &str, t: Token) -> bool {
    t.text(text)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c.is_lowercase())
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
        // the tokenizer keeps a suffix abbreviation's dot only when no sentence starts after it
        TokenKind::Abbrev => false,
        TokenKind::Punct => {
            let c = s.as_bytes()[0];
            if c == b'.' && s.len() == 1 && i == first + 1 && is_list_label(text, tokens[first]) {
                return false;
            }
            if c == b'.' && s.len() == 1 && i > first && detached_prefix_dot(text, tokens, i) {
                return false;
            }
            matches!(c, b'.' | b'?' | b'!') || matches!(s, "…" | "。" | "！" | "？")
        }
        _ => false,
    }
}

/// The dot of a prefix abbreviation or an initial written as two tokens (`Prof` `.`, `B` `.`),
/// as in GSD conventions.
fn detached_prefix_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    let prev = tokens[i - 1];
    if prev.span.end != tokens[i].span.start || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.text(text);
    let initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase() && {
        // `kuartal I.`: a roman numeral after a lowercase word ends the sentence
        let lower_before = i >= 2
            && tokens[i - 2]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        !(matches!(w, "I" | "V" | "X") && lower_before)
    };
    initial || crate::abbreviation_class(w) == Some(crate::AbbrevClass::Prefix)
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
