//! Matching keys: lower case, diacritics folded, whitespace collapsed.
//!
//! The same function normalises lexicon aliases and article text, so `Erdoğan`, `ERDOGAN` and
//! `Erdogan` share one key. For text, a byte map from the key back to the original keeps every
//! match span exact.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the key form of `c` (not whitespace) to `out`.
#[inline]
fn push_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => out.push('-'),
        'ß' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// The key of an alias: each whitespace run becomes one space, ends trimmed.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        push_char(c, &mut out);
    }
    out
}

/// Fills `out` with the key of `text` and `map` with, for each key byte, the offset of the
/// original char it came from (plus one final entry `text.len()`). Line breaks stay hard breaks
/// (`\n`), so no match crosses a paragraph; other whitespace runs become one space.
pub fn key_with_map(text: &str, out: &mut String, map: &mut Vec<u32>) {
    out.clear();
    map.clear();
    out.reserve(text.len());
    map.reserve(text.len() + 1);
    let mut last_ws: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at = i as u32;
        if c.is_whitespace() {
            let k = if c == '\n' || c == '\r' || c == '\u{2029}' {
                '\n'
            } else {
                ' '
            };
            match last_ws {
                Some('\n') => {}
                Some(_) if k == ' ' => {}
                Some(_) => {
                    // upgrade the pending space to a hard break
                    out.pop();
                    map.pop();
                    out.push('\n');
                    map.push(at);
                    last_ws = Some('\n');
                }
                None => {
                    out.push(k);
                    map.push(at);
                    last_ws = Some(k);
                }
            }
            continue;
        }
        last_ws = None;
        let before = out.len();
        push_char(c, out);
        map.extend(std::iter::repeat_n(at, out.len() - before));
    }
    map.push(text.len() as u32);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let cases = [
            ("Erdoğan", "erdogan"),
            ("ERDOGAN", "erdogan"),
            ("  Korea   Utara ", "korea utara"),
            ("Ma’ruf Amin", "ma'ruf amin"),
            ("Élysée", "elysee"),
            ("Rusia–Ukraina", "rusia-ukraina"),
            ("Łódź", "lodz"),
        ];
        for (s, want) in cases {
            assert_eq!(key(s), want, "{s:?}");
        }
    }

    #[test]
    fn map_points_back() {
        let text = "Presiden  Erdoğan\n\n di Ankara";
        let (mut k, mut m) = (String::new(), Vec::new());
        key_with_map(text, &mut k, &mut m);
        assert_eq!(k, "presiden erdogan\ndi ankara");
        assert_eq!(m.len(), k.len() + 1);
        let s = k.find("erdogan").unwrap();
        assert_eq!(&text[m[s] as usize..m[s + 7] as usize], "Erdoğan");
        let a = k.find("ankara").unwrap();
        assert_eq!(&text[m[a] as usize..m[a + 6] as usize], "Ankara");
    }
}
