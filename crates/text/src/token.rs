//! The tokenizer: one left-to-right byte scan, no allocation, spans into the original text.
//!
//! Decisions are taken on bytes with ASCII fast paths; non-ASCII characters are decoded only where
//! they occur. Every span starts and ends on a char boundary because the scanner only ever
//! advances by whole characters.
use crate::abbrev::{self, AbbrevClass};
use warta_core::{Span, Token, TokenKind};

/// Appends the tokens of `text` to `out` (see [`crate::tokenize`]).
pub(crate) fn tokenize(text: &str, convention: crate::Convention, out: &mut Vec<Token>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c <= b' ' || c == 0x7f {
                i += 1;
                continue;
            }
        } else {
            let ch = char_at(text, i);
            if is_space(ch) {
                i += ch.len_utf8();
                continue;
            }
        }
        let (end, kind) = scan(text, i);
        debug_assert!(end > i && text.is_char_boundary(end));
        let gsd = convention == crate::Convention::Gsd;
        if gsd && kind == TokenKind::Abbrev {
            split_dots(b, i, end, out);
        } else if gsd && kind == TokenKind::Hashtag {
            // GSD: `#bawel` -> `#` `bawel`
            out.push(Token {
                span: Span::new(i, i + 1),
                kind: TokenKind::Punct,
            });
            out.push(Token {
                span: Span::new(i + 1, end),
                kind: TokenKind::Word,
            });
        } else if gsd
            && &b[i..end] == b"'s"
            && out
                .last()
                .is_some_and(|t| t.span.end == i && t.kind == TokenKind::Word)
        {
            // GSD keeps the possessive on its word: `Lloyd's`
            if let Some(t) = out.last_mut() {
                t.span.end = end;
            }
        } else {
            out.push(Token {
                span: Span::new(i, end),
                kind,
            });
        }
        i = end;
    }
}

/// GSD conventions: an abbreviation `B.J.` becomes `B` `.` `J` `.` (ASCII dots only).
fn split_dots(b: &[u8], start: usize, end: usize, out: &mut Vec<Token>) {
    let mut k = start;
    while k < end {
        let e = if b[k] == b'.' {
            k + 1
        } else {
            memchr::memchr(b'.', &b[k..end]).map_or(end, |d| k + d)
        };
        let kind = if b[k] == b'.' {
            TokenKind::Punct
        } else {
            TokenKind::Word
        };
        out.push(Token {
            span: Span::new(k, e),
            kind,
        });
        k = e;
    }
}

/// The char starting at byte `i` (which must be a char boundary inside `text`).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\u{FFFD}')
}

/// Whitespace, including the invisible separators news sites leave in text.
#[inline]
pub(crate) fn is_space(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '\u{200B}' | '\u{2060}' | '\u{FEFF}') || ch.is_control()
}

/// Combining marks that continue a word.
#[inline]
fn is_mark(ch: char) -> bool {
    matches!(ch as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A character that belongs to a word: letters, digits, combining marks, soft hyphens.
#[inline]
pub(crate) fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || is_mark(ch) || ch == '\u{AD}'
}

/// True when a word character starts at byte `i`.
#[inline]
fn word_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&c) if c < 0x80 => c.is_ascii_alphanumeric(),
        Some(_) => is_word_char(char_at(text, i)),
    }
}

/// True when a letter (not a digit) starts at byte `i`.
#[inline]
fn letter_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&c) if c < 0x80 => c.is_ascii_alphabetic(),
        Some(_) => {
            let ch = char_at(text, i);
            ch.is_alphabetic() || is_mark(ch)
        }
    }
}

#[inline]
fn digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Quotation marks of every style.
#[inline]
pub(crate) fn is_quote(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '〝'
            | '〞'
            | '＂'
    )
}

/// Scans the token starting at `i` (not whitespace); returns its end and kind.
fn scan(text: &str, i: usize) -> (usize, TokenKind) {
    let b = text.as_bytes();
    let c = b[i];
    if c < 0x80 {
        if c.is_ascii_alphanumeric() {
            if let Some(end) = scan_url(text, i) {
                return (end, TokenKind::Url);
            }
            if let Some(end) = scan_email(b, i) {
                return (end, TokenKind::Email);
            }
            return scan_word(text, i);
        }
        return scan_ascii_punct(text, i);
    }
    let ch = char_at(text, i);
    if is_word_char(ch) {
        return scan_word(text, i);
    }
    let len = ch.len_utf8();
    if is_quote(ch) {
        return (i + len, TokenKind::Quote);
    }
    if is_punct(ch) {
        return (i + len, TokenKind::Punct);
    }
    (absorb_emoji_tail(text, i, ch), TokenKind::Symbol)
}

/// Non-ASCII punctuation (not quotes): dashes, ellipsis, bullets, CJK and fullwidth punctuation.
#[inline]
fn is_punct(ch: char) -> bool {
    matches!(ch as u32,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
        | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F)
}

/// Extends a symbol (emoji) over its modifiers: variation selectors, skin tones, keycaps, tags,
/// zero-width-joiner sequences and regional-indicator pairs (flags).
fn absorb_emoji_tail(text: &str, i: usize, first: char) -> usize {
    let mut j = i + first.len_utf8();
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    if regional(first) {
        if let Some(n) = text[j..].chars().next() {
            if regional(n) {
                j += n.len_utf8();
            }
        }
    }
    while let Some(n) = text[j..].chars().next() {
        match n as u32 {
            0xFE0E | 0xFE0F | 0x20E3 | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => j += n.len_utf8(),
            0x200D => {
                let after = j + n.len_utf8();
                match text[after..].chars().next() {
                    Some(m) if !is_space(m) && !is_word_char(m) => j = after + m.len_utf8(),
                    _ => break,
                }
            }
            _ => break,
        }
    }
    j
}

/// ASCII punctuation and symbols, and the tokens they start (`#tag`, `@user`, `...`, `--`).
fn scan_ascii_punct(text: &str, i: usize) -> (usize, TokenKind) {
    let b = text.as_bytes();
    let c = b[i];
    let run = |set: &[u8]| {
        let mut j = i + 1;
        while j < b.len() && set.contains(&b[j]) {
            j += 1;
        }
        j
    };
    match c {
        b'#' if word_at(text, i + 1) => {
            let mut j = i + 1;
            while j < b.len() {
                if b[j] == b'_' {
                    j += 1;
                } else if word_at(text, j) {
                    j += char_at(text, j).len_utf8();
                } else {
                    break;
                }
            }
            (j, TokenKind::Hashtag)
        }
        b'@' if b
            .get(i + 1)
            .is_some_and(|&n| n.is_ascii_alphanumeric() || n == b'_') =>
        {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.') {
                j += 1;
            }
            while b[j - 1] == b'.' {
                j -= 1;
            }
            (j, TokenKind::Mention)
        }
        // an ellipsis is three dots; other runs are typing noise, one dot each
        b'.' if b.get(i + 1..i + 3) == Some(b"..") && b.get(i + 3) != Some(&b'.') => {
            (i + 3, TokenKind::Punct)
        }
        b'-' => (run(b"-"), TokenKind::Punct),
        b'`' => (run(b"`"), TokenKind::Quote),
        b'\''
            if i > 0
                && b[i - 1].is_ascii_alphabetic()
                && b.get(i + 1) == Some(&b's')
                && !word_at(text, i + 2) =>
        {
            (i + 2, TokenKind::Word) // English possessive `'s`
        }
        b'\'' => (run(b"'"), TokenKind::Quote),
        b'"' => (i + 1, TokenKind::Quote),
        b'$' | b'%' | b'&' | b'*' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' => {
            (i + 1, TokenKind::Symbol)
        }
        _ => (i + 1, TokenKind::Punct),
    }
}

/// `http://`, `https://`, `ftp://` or `www.` at `i` (ASCII case-insensitive), up to whitespace,
/// without trailing sentence punctuation or an unbalanced closing bracket.
fn scan_url(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let starts = |p: &[u8]| b.len() >= i + p.len() && b[i..i + p.len()].eq_ignore_ascii_case(p);
    let head = if starts(b"https://") {
        8
    } else if starts(b"http://") {
        7
    } else if starts(b"ftp://") {
        6
    } else if starts(b"www.") {
        4
    } else {
        return None;
    };
    let mut j = i + head;
    while j < b.len() {
        let c = b[j];
        if c < 0x80 {
            if c <= b' ' || matches!(c, b'"' | b'<' | b'>' | b'`' | 0x7f) {
                break;
            }
            j += 1;
        } else {
            let ch = char_at(text, j);
            if is_space(ch) || is_quote(ch) || is_punct(ch) {
                break;
            }
            j += ch.len_utf8();
        }
    }
    // trailing punctuation belongs to the sentence, not the URL
    loop {
        match b[j - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' => j -= 1,
            b')' if count(&b[i..j], b'(') < count(&b[i..j], b')') => j -= 1,
            b']' if count(&b[i..j], b'[') < count(&b[i..j], b']') => j -= 1,
            _ => break,
        }
    }
    (j > i + head).then_some(j)
}

fn count(b: &[u8], c: u8) -> usize {
    b.iter().filter(|&&x| x == c).count()
}

/// `local@domain.tld` at `i`.
fn scan_email(b: &[u8], i: usize) -> Option<usize> {
    // local parts have at most 64 bytes and domains 253 (RFC 5321): bounded work per token start
    let mut j = i;
    let local_end = b.len().min(i + 65);
    while j < local_end
        && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-'))
    {
        j += 1;
    }
    if j == i || b.get(j) != Some(&b'@') || b[j - 1] == b'.' {
        return None;
    }
    let at = j;
    j += 1;
    let mut dots = 0;
    let mut seg = 0;
    let domain_end = b.len().min(j + 253);
    while j < domain_end {
        let c = b[j];
        if c.is_ascii_alphanumeric() || c == b'-' {
            seg += 1;
        } else if c == b'.' && seg > 0 && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) {
            dots += 1;
            seg = 0;
        } else {
            break;
        }
        j += 1;
    }
    (dots > 0 && seg > 0 && j > at + 1).then_some(j)
}

/// After a letter/digit run ending at `j` with `b[j] == b'.'`: the end of a domain name whose last
/// label is a known TLD (`kompas.com`, `detik.co.id`), if the dot starts one.
fn domain_tail(text: &str, j: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut k = j;
    let mut last = (0, 0);
    let mut labels = 0;
    while k < b.len() && b[k] == b'.' && labels < 4 {
        labels += 1;
        let s = k + 1;
        let mut e = s;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
            e += 1;
        }
        if e == s {
            break;
        }
        last = (s, e);
        k = e;
    }
    if last.1 == 0 || word_at(text, k) {
        return None;
    }
    let seg = &b[last.0..last.1];
    if seg.len() > 6 {
        return None;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(seg) {
        *d = s.to_ascii_lowercase();
    }
    let low = std::str::from_utf8(&buf[..seg.len()]).ok()?;
    abbrev::is_tld(low).then_some(k)
}

/// End of the run of word characters starting at `k`.
fn word_end(text: &str, mut k: usize) -> usize {
    let b = text.as_bytes();
    while k < b.len() {
        if b[k] < 0x80 {
            if !b[k].is_ascii_alphanumeric() {
                break;
            }
            k += 1;
        } else {
            let ch = char_at(text, k);
            if !is_word_char(ch) {
                break;
            }
            k += ch.len_utf8();
        }
    }
    k
}

/// True when `a` and `b` are equal ignoring case (`Kisah-kisah`).
fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether the hyphen at `j` (between the segment `text[seg..j]` and a word character) joins.
///
/// Reduplication and compounds join (`negara-negara`, `ke-5`, `APBN-P`, `F-16`, `Covid-19`); two capitalised
/// parts that differ are two names or a range (`Jakarta-Bandung`, `Januari-September`,
/// `RI-Jepang`) and split, as do digit ranges (`5-10`) and an acronym's clitic (`APBD-nya`).
fn hyphen_joins(text: &str, seg: usize, j: usize) -> bool {
    let b = text.as_bytes();
    if b[j - 1].is_ascii_digit() && digit_at(b, j + 1) {
        return false;
    }
    let first = char_at(text, seg);
    let next = char_at(text, j + 1);
    if first.is_uppercase() && next.is_lowercase() {
        // an acronym with a clitic: `APBD-nya`, `KTP-ku` -> `APBD` `-` `nya`
        let cur = &b[seg..j];
        let nxt = &b[j + 1..word_end(text, j + 1)];
        let acronym = cur.len() >= 2 && cur.iter().all(u8::is_ascii_uppercase);
        let clitic = matches!(nxt, b"nya" | b"ku" | b"mu" | b"lah" | b"kah" | b"pun");
        return !(acronym && clitic);
    }
    if !(first.is_uppercase() && (next.is_uppercase() || next.is_ascii_digit())) {
        return true;
    }
    let cur = &text[seg..j];
    let nxt = &text[j + 1..word_end(text, j + 1)];
    (nxt.len() == 1 && nxt.as_bytes()[0].is_ascii_alphabetic())
        || same_ignoring_case(cur, nxt)
        || (next.is_ascii_digit() && cur.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        || (next.is_ascii_digit() && nxt.len() >= 2 && !is_month(cur))
}

/// Month names and abbreviations, lowercase, sorted.
const MONTHS: &[&str] = &[
    "agt",
    "agu",
    "agustus",
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "des",
    "desember",
    "feb",
    "februari",
    "february",
    "jan",
    "januari",
    "january",
    "jul",
    "juli",
    "july",
    "jun",
    "june",
    "juni",
    "mar",
    "march",
    "maret",
    "may",
    "mei",
    "nov",
    "november",
    "oct",
    "october",
    "okt",
    "oktober",
    "sep",
    "sept",
    "september",
];

/// Month names and their abbreviations (Indonesian and English): `April-14` is a date range.
fn is_month(w: &str) -> bool {
    w.len() <= 9 && {
        let mut buf = [0u8; 9];
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| MONTHS.binary_search(&l).is_ok())
    }
}

/// Whether the slash at `j` (after the segment `text[seg..j]`) joins: numeric dates (checked at
/// the end of the token), single letters (`S/A`), a roman numeral and a year (`II/2007`).
/// Lowercase pairs join (`dan/atau`); capitalised words and acronyms split (`DPR/MPR`).
fn slash_joins(text: &str, seg: usize, j: usize) -> bool {
    let b = text.as_bytes();
    if b[j - 1].is_ascii_digit() {
        return digit_at(b, j + 1);
    }
    let cur = &b[seg..j];
    let nxt = &b[j + 1..word_end(text, j + 1)];
    let single = |x: &[u8]| x.len() == 1 && x[0].is_ascii_alphabetic();
    let roman = !cur.is_empty()
        && cur
            .iter()
            .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'));
    let lower = |x: &[u8]| !x.is_empty() && x.iter().all(u8::is_ascii_lowercase);
    (single(cur) && single(nxt))
        || (lower(cur) && lower(nxt))
        || (roman && !nxt.is_empty() && nxt.iter().all(u8::is_ascii_digit))
}

/// `d/m`, `d/m/yy` or `d/m/yyyy` with a valid day and month.
fn is_numeric_date(t: &[u8]) -> bool {
    let mut parts = t.split(|&c| c == b'/');
    let num = |p: Option<&[u8]>, max_len: usize| {
        p.filter(|p| !p.is_empty() && p.len() <= max_len && p.iter().all(u8::is_ascii_digit))
            .map(|p| p.iter().fold(0u32, |a, &d| a * 10 + u32::from(d - b'0')))
    };
    let d = num(parts.next(), 2);
    let m = num(parts.next(), 2);
    let y = parts.next();
    let y_ok = match y {
        None => true,
        Some(y) => matches!(y.len(), 2 | 4) && y.iter().all(u8::is_ascii_digit),
    };
    parts.next().is_none()
        && y_ok
        && d.is_some_and(|d| (1..=31).contains(&d))
        && m.is_some_and(|m| (1..=12).contains(&m))
}

/// True when what follows byte `k` starts a new sentence: the end of the text, a line break, or
/// a capital letter or opening quote after whitespace.
fn sentence_starts_after(text: &str, k: usize) -> bool {
    let mut spaced = false;
    for ch in text[k..].chars() {
        if ch == '\n' || ch == '\r' {
            return true;
        }
        if is_space(ch) {
            spaced = true;
            continue;
        }
        if !spaced {
            return false;
        }
        if ch.is_uppercase() {
            // `Pte. Ltd.`, `Co. Ltd.`: a company suffix continues the name
            let at = text.len() - text[k..].trim_start().len();
            let end = word_end(text, at);
            let next_is_suffix = text.as_bytes().get(end) == Some(&b'.')
                && abbrev::class(&text[at..end]) == Some(AbbrevClass::Suffix);
            return !next_is_suffix;
        }
        return matches!(ch, '"' | '“' | '‘' | '«' | '„');
    }
    true
}

/// A roman numeral `I`, `V`, `X` after a lowercase word (`kuartal I`, `abad X`): not an initial.
fn roman_after_word(text: &str, i: usize, j: usize) -> bool {
    let b = text.as_bytes();
    if j != i + 1 || !matches!(b[i], b'I' | b'V' | b'X') {
        return false;
    }
    let before = text[..i].trim_end_matches(' ');
    if before.len() == i {
        return false;
    }
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |k| {
        k + before[k..].chars().next().map_or(1, char::len_utf8)
    });
    before[word_start..]
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// A word, number, date/time or abbreviation starting with a word character at `i`.
fn scan_word(text: &str, i: usize) -> (usize, TokenKind) {
    let b = text.as_bytes();
    // `Rp3,5` -> `Rp` `3,5`
    if b.len() > i + 2 && &b[i..i + 2] == b"Rp" && b[i + 2].is_ascii_digit() {
        return (i + 2, TokenKind::Symbol);
    }
    let mut j = i;
    let mut seg = i; // start of the current hyphen/slash segment
    let mut alpha = false;
    let mut seps = 0u8; // bit set: 1 '.', 2 ',', 4 ':', 8 '/'
    let mut slashes = 0u8; // a date has two at most; also bounds rescanning after a split
    loop {
        while j < b.len() {
            let c = b[j];
            if c < 0x80 {
                if c.is_ascii_digit() {
                    j += 1;
                } else if c.is_ascii_alphabetic() {
                    alpha = true;
                    j += 1;
                } else {
                    break;
                }
            } else {
                let ch = char_at(text, j);
                if !is_word_char(ch) {
                    break;
                }
                alpha |= !ch.is_numeric();
                j += ch.len_utf8();
            }
        }
        if j >= b.len() {
            break;
        }
        let prev_digit = b[j - 1].is_ascii_digit();
        let c = b[j];
        match c {
            b'-' if word_at(text, j + 1) && hyphen_joins(text, seg, j) => {
                j += 1;
                seg = j;
            }
            b'/' if word_at(text, j + 1) && slash_joins(text, seg, j) && slashes < 2 => {
                slashes += 1;
                if prev_digit {
                    seps |= 8;
                }
                j += 1;
                seg = j;
            }
            b'.' | b',' | b':' if prev_digit && digit_at(b, j + 1) => {
                seps |= match c {
                    b'.' => 1,
                    b',' => 2,
                    _ => 4,
                };
                j += 1;
            }
            b'.' => match domain_tail(text, j) {
                Some(k) if alpha => {
                    j = k;
                    break;
                }
                _ => break,
            },
            // `Moody's` -> `Moody` `'s` (English possessive), `Qur'an` stays whole
            b'\''
                if alpha
                    && letter_at(text, j + 1)
                    && !prev_digit
                    && (b.get(j + 1) != Some(&b's') || word_at(text, j + 2)) =>
            {
                j += 1;
            }
            0xE2 if alpha
                && b.get(j + 1) == Some(&0x80)
                && b.get(j + 2) == Some(&0x99)
                && letter_at(text, j + 3) =>
            {
                j += 3; // ’ inside a word (Qur’an)
            }
            _ => break,
        }
    }
    if b.get(j) == Some(&b'.') && alpha {
        if !roman_after_word(text, i, j) {
            if let Some(end) = initials(text, i, j) {
                return (end, TokenKind::Abbrev);
            }
        }
        match abbrev::class(&text[i..j]) {
            // a sentence-final `dll.`: the dot is the sentence's full stop
            Some(AbbrevClass::Suffix) if sentence_starts_after(text, j + 1) => {}
            Some(_) => return (j + 1, TokenKind::Abbrev),
            None => {}
        }
    }
    if !alpha && seps & 8 != 0 && !is_numeric_date(&b[i..j]) {
        // `4/2007`, `9.100/9.105`: numbers around a slash, not a date
        j = i + memchr::memchr(b'/', &b[i..j]).unwrap_or(j - i);
        seps &= !8;
    }
    let kind = if alpha {
        TokenKind::Word
    } else if seps & 8 != 0 || is_clock(&b[i..j]) {
        TokenKind::DateTime
    } else {
        TokenKind::Number
    };
    (j, kind)
}

/// `HH.MM` / `HH:MM` with a valid hour and minute.
fn is_clock(t: &[u8]) -> bool {
    let d = |x: &u8| x.is_ascii_digit().then(|| u32::from(x - b'0'));
    let parts = match t {
        [h, b'.' | b':', m1, m2] => d(h)
            .zip(d(m1))
            .zip(d(m2))
            .map(|((h, a), b)| (h, a * 10 + b)),
        [h1, h2, b'.' | b':', m1, m2] => d(h1)
            .zip(d(h2))
            .zip(d(m1).zip(d(m2)))
            .map(|((h1, h2), (a, b))| (h1 * 10 + h2, a * 10 + b)),
        _ => None,
    };
    parts.is_some_and(|(h, m)| h <= 24 && m < 60)
}

/// Initials and dotted short abbreviations: `B.`, `B.J.`, `A.S.`, `S.H.`, `M.Si.`, `a.n.`.
/// `j` is the end of the first letter run (`b[j] == b'.'`).
fn initials(text: &str, i: usize, j: usize) -> Option<usize> {
    let b = text.as_bytes();
    let seg_ok = |s: usize, e: usize| {
        (1..=3).contains(&(e - s)) && b[s..e].iter().all(u8::is_ascii_alphabetic)
    };
    if !seg_ok(i, j) {
        return None;
    }
    let upper_first = b[i].is_ascii_uppercase();
    let mut all_single = j - i == 1;
    let mut segs = 1;
    let mut end = j + 1;
    while segs < 8 {
        let s = end;
        let mut e = s;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        if e > s && seg_ok(s, e) && b.get(e) == Some(&b'.') {
            all_single &= e - s == 1;
            segs += 1;
            end = e + 1;
        } else {
            break;
        }
    }
    let single_upper = segs == 1 && j - i == 1 && upper_first;
    if single_upper || (segs >= 2 && (upper_first || all_single)) {
        Some(end)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_sorted_and_found() {
        assert!(MONTHS.windows(2).all(|w| w[0] < w[1]));
        for (w, want) in [
            ("April", true),
            ("okt", true),
            ("Mobile", false),
            ("SEPTEMBERX", false),
        ] {
            assert_eq!(is_month(w), want, "{w}");
        }
    }

    #[test]
    fn clock_and_date_shapes() {
        for (t, want) in [
            ("16.00", true),
            ("9:30", true),
            ("25.00", false),
            ("3.0", false),
        ] {
            assert_eq!(is_clock(t.as_bytes()), want, "{t}");
        }
        for (t, want) in [
            ("19/6/2025", true),
            ("18/6", true),
            ("4/2007", false),
            ("1/2/3/4", false),
        ] {
            assert_eq!(is_numeric_date(t.as_bytes()), want, "{t}");
        }
    }
}
