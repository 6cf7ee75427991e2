//! Bytes to text: encoding detection, binary rejection and the normalisation that fixes the body.
//!
//! Files in the wild arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy
//! single-byte encoding (Windows-1252 is the common one for Indonesian pages saved on Windows).
//! Binary junk is refused instead of being "read" as text.
//!
//! [`normalize`] runs before the body is fixed, so the offsets every later stage produces point into
//! normalised text: CRLF and lone CR become LF, no-break and narrow spaces become a plain space,
//! BOMs and zero-width spaces are dropped, other control characters become a space.
use std::borrow::Cow;

/// Why bytes could not be turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes look like a binary file (NUL bytes or many control bytes).
    Binary,
}

/// How many leading bytes the binary check inspects.
const SNIFF_LEN: usize = 64 * 1024;

/// Decodes a file's bytes to text (not yet normalised).
///
/// - UTF-8 (a BOM is stripped) is taken as is.
/// - UTF-16 LE/BE with a BOM is decoded (unpaired surrogates become U+FFFD).
/// - Bytes with NUL bytes or more than 10% control bytes in the first 64 KiB are [`DecodeError::Binary`].
/// - Otherwise invalid UTF-8: when the bytes hold no valid multi-byte UTF-8 sequence at all they
///   are read as Windows-1252 (the usual legacy encoding); else invalid sequences become U+FFFD.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_8bit(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(Cow::Owned(decode_utf16(rest, u16::from_le_bytes)));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(Cow::Owned(decode_utf16(rest, u16::from_be_bytes)));
    }
    decode_8bit(bytes)
}

fn decode_8bit(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if !has_utf8_multibyte(bytes) => Ok(Cow::Owned(decode_cp1252(bytes))),
        Err(_) => Ok(String::from_utf8_lossy(bytes)),
    }
}

/// True when the first 64 KiB hold a NUL byte or more than 10% control bytes (tab, LF, CR, FF and
/// ESC excluded).
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len()
}

/// True when `bytes` hold at least one well-formed UTF-8 multi-byte sequence.
fn has_utf8_multibyte(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => return !s.is_ascii(),
            Err(e) => {
                let good = e.valid_up_to();
                // Safe split: `valid_up_to` is a char boundary of valid UTF-8.
                if !rest[..good].is_ascii() {
                    return true;
                }
                let skip = good + e.error_len().unwrap_or(rest.len() - good).max(1);
                if skip >= rest.len() {
                    return false;
                }
                rest = &rest[skip..];
            }
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252 code points for bytes 0x80..=0x9F (the rest of the range equals Latin-1).
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{017D}', '\u{FFFD}',
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}',
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Normalises text before it becomes a body: CRLF / CR -> LF; U+00A0, U+2007, U+202F -> space;
/// U+FEFF, U+200B dropped; other control characters except tab and LF -> space.
/// Borrows when there is nothing to change (the usual case).
pub fn normalize(text: &str) -> Cow<'_, str> {
    let needs = text.bytes().any(|b| b < 0x20 && b != b'\n' && b != b'\t')
        || text.contains(['\u{00A0}', '\u{2007}', '\u{202F}', '\u{FEFF}', '\u{200B}']);
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
            '\u{FEFF}' | '\u{200B}' => {}
            c if c.is_control() && (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_encodings() {
        let cases: &[(&[u8], &str)] = &[
            (b"Jakarta", "Jakarta"),
            (b"\xEF\xBB\xBFJakarta", "Jakarta"),
            (
                "Caf\u{e9} \u{201C}ok\u{201D}".as_bytes(),
                "Caf\u{e9} \u{201C}ok\u{201D}",
            ),
            // Windows-1252: curly quotes and e-acute, no UTF-8 sequence anywhere.
            (
                b"\x93Kami siap,\x94 kata caf\xE9",
                "\u{201C}Kami siap,\u{201D} kata caf\u{e9}",
            ),
            // Mostly UTF-8 with one stray byte: lossy UTF-8.
            (b"caf\xC3\xA9 \xFF ok", "caf\u{e9} \u{FFFD} ok"),
            (b"\xFF\xFEJ\x00a\x00", "Ja"),
            (b"\xFE\xFF\x00J\x00a", "Ja"),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(*want), "{bytes:?}");
        }
    }

    #[test]
    fn rejects_binary() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00abc"), Err(DecodeError::Binary));
        assert_eq!(
            decode(&[1u8, 2, 3, 4, 5, 6, 7, 8]),
            Err(DecodeError::Binary)
        );
        assert!(decode(b"baris satu\r\nbaris dua\tx\x0c").is_ok());
    }

    #[test]
    fn normalizes() {
        let cases = [
            ("a\r\nb\rc\n", "a\nb\nc\n"),
            ("a\u{00A0}b\u{202F}c", "a b c"),
            ("\u{FEFF}a\u{200B}b", "ab"),
            ("a\x0bb", "a b"),
            ("tidak berubah\n", "tidak berubah\n"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "{input:?}");
        }
        assert!(matches!(normalize("biasa saja"), Cow::Borrowed(_)));
    }
}
