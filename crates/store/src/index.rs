//! The full-text index speaks in lemmas: the body and the query both go through
//! `warta_text::tokenize` and `warta_morph::Lemmatizer::lemma`, so `kunjungan` and `mengunjungi`
//! meet at `kunjung`.

use std::cell::RefCell;
use std::collections::HashMap;
use warta_core::TokenKind;
use warta_morph::Lemmatizer;

/// Entries kept in the per-thread lemma cache before it is cleared.
const CACHE_CAP: usize = 1 << 18;

thread_local! {
    /// Surface form -> lemma. Word frequencies are Zipfian, so most tokens hit.
    static LEMMAS: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::new(HashMap::new());
}

/// Appends the lemma of `surface` to `out` (through the per-thread cache).
fn push_lemma(lem: &Lemmatizer, surface: &str, out: &mut String) {
    LEMMAS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(l) = c.get(surface) {
            out.push_str(l);
            return;
        }
        let l: Box<str> = lem.lemma(surface).trim().into();
        out.push_str(&l);
        if c.len() >= CACHE_CAP {
            c.clear();
        }
        c.insert(surface.into(), l);
    })
}

/// Appends the space-separated lemmas of the words and numbers of `text` to `out`.
pub fn lemma_text(text: &str, out: &mut String) {
    let mut toks = Vec::new();
    warta_text::tokenize(text, &mut toks);
    let lem = Lemmatizer::embedded();
    for t in &toks {
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Abbrev | TokenKind::Hashtag
        ) {
            continue;
        }
        let Some(surface) = text.get(t.span.start..t.span.end) else {
            continue;
        };
        let mark = out.len();
        if !out.is_empty() {
            out.push(' ');
        }
        let before = out.len();
        push_lemma(lem, surface, out);
        if out.len() == before {
            out.truncate(mark);
        }
    }
}

/// Turns a user query into an FTS5 expression over lemmas: every word is required (AND); a part
/// in double quotes is a phrase. `None` when the query has no searchable word.
pub fn fts_query(q: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    for (i, part) in q.split('"').enumerate() {
        let mut lemmas = String::new();
        lemma_text(part, &mut lemmas);
        let words: Vec<String> = lemmas
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            terms.push(format!("\"{}\"", words.join(" ")));
        } else {
            terms.extend(words.into_iter().map(|w| format!("\"{w}\"")));
        }
    }
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" AND "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_building() {
        let table = [
            ("kim jong un", Some(r#""kim" AND "jong" AND "un""#)),
            (r#""kim jong" un"#, Some(r#""kim jong" AND "un""#)),
            ("  ", None),
            ("...", None),
            (r#"a"b"#, Some(r#""a" AND "b""#)),
        ];
        for (q, want) in table {
            assert_eq!(fts_query(q).as_deref(), want, "{q:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn query_never_panics(s in "\\PC*") {
            let _ = fts_query(&s);
            let mut out = String::new();
            lemma_text(&s, &mut out);
        }
    }
}
