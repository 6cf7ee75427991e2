//! Datelines: the `CITY, PUBLISHER -` opening of a news body.
//!
//! Layouts recognised at the start of the body (dash = `-`, `--`, `–` or `—` with spaces):
//!
//! | layout | example |
//! |---|---|
//! | city, dash | `Pyongyang – Presiden ...`, `JAKARTA - ...` |
//! | city, publisher, dash | `JAKARTA, KOMPAS.com - ...`, `Jakarta, CNN Indonesia -- ...` |
//! | city (publisher), dash | `Jakarta (ANTARA) - ...` |
//! | publisher, city, dash or colon | `Liputan6.com, Jakarta: ...`, `TEMPO.CO, Jakarta - ...` |
//! | domain publisher, dash | `Suara.com - ...` (publisher only) |
//!
//! In `A, B` the publisher is the part that looks like a web domain or is a well-known news
//! agency; otherwise the city comes first (the common Indonesian order).
use warta_core::Span;

/// A dateline found at the start of a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The city in title case (`JAKARTA` -> `Jakarta`).
    pub city: Option<String>,
    /// Byte span of the city as written in the body.
    pub span: Option<Span>,
    /// The publisher named in the dateline, tidied (`KOMPAS.com` -> `Kompas.com`, `ANTARA` -> `Antara`).
    pub publisher: Option<String>,
    /// Byte offset just after the dateline separator (where the lead sentence begins).
    pub end: usize,
}

/// How far into the body a dateline separator may be.
const MAX_HEAD: usize = 80;

/// Finds the dateline at the start of `body` (leading spaces allowed).
///
/// ```
/// use warta_read::detect_dateline;
/// let body = "JAKARTA, KOMPAS.com - Hujan deras mengguyur ibu kota.";
/// let d = detect_dateline(body).unwrap();
/// assert_eq!(d.city.as_deref(), Some("Jakarta"));
/// assert_eq!(d.span.unwrap().slice(body), "JAKARTA");
/// assert_eq!(d.publisher.as_deref(), Some("Kompas.com"));
/// ```
pub fn detect_dateline(body: &str) -> Option<Dateline> {
    let lead = body.len() - body.trim_start_matches([' ', '\t']).len();
    let line_end = body[lead..].find('\n').map_or(body.len(), |i| lead + i);
    let mut window_end = (lead + MAX_HEAD).min(line_end);
    while !body.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = &body[lead..window_end];
    let (head_len, sep_end, colon) = find_separator(window)?;
    let head = &window[..head_len];
    let head_trim = head.trim_end();
    if head_trim.is_empty() {
        return None;
    }
    let end = lead + sep_end;
    // `City (Publisher)`
    if let Some(open) = head_trim.find('(') {
        let inner = head_trim[open + 1..].strip_suffix(')')?;
        let city = head_trim[..open].trim_end();
        if colon || !is_city(city) || !is_publisher(inner) {
            return None;
        }
        return Some(make(lead, city, 0, Some(inner), end));
    }
    if let Some(comma) = head_trim.find(',') {
        let a = head_trim[..comma].trim();
        let b_off =
            comma + 1 + (head_trim[comma + 1..].len() - head_trim[comma + 1..].trim_start().len());
        let b = head_trim[b_off..].trim_end();
        let a_pub = is_domain(a) || is_known_publisher(a);
        let b_pub = is_domain(b) || is_known_publisher(b);
        if a_pub && !b_pub && is_city(b) {
            return Some(make(lead, b, b_off, Some(a), end));
        }
        if is_city(a) && is_publisher(b) && (b_pub || !colon) {
            return Some(make(lead, a, 0, Some(b), end));
        }
        // `Jakarta, 3 Maret 2025 -`
        if is_city(a) && !colon && crate::date::parse_date(b).is_some() {
            return Some(make(lead, a, 0, None, end));
        }
        return None;
    }
    if colon {
        return None;
    }
    if is_domain(head_trim) {
        return Some(Dateline {
            city: None,
            span: None,
            publisher: Some(tidy_publisher(head_trim)),
            end,
        });
    }
    if is_city(head_trim) {
        return Some(make(lead, head_trim, 0, None, end));
    }
    None
}

fn make(lead: usize, city: &str, city_off: usize, publisher: Option<&str>, end: usize) -> Dateline {
    let start = lead + city_off;
    Dateline {
        city: Some(title_case(city)),
        span: Some(Span::new(start, start + city.len())),
        publisher: publisher.map(tidy_publisher),
        end,
    }
}

/// `(head length, offset after separator and spaces, separator is a colon)`.
fn find_separator(w: &str) -> Option<(usize, usize, bool)> {
    let b = w.as_bytes();
    for (i, c) in w.char_indices() {
        match c {
            '-' | '–' | '—' => {
                let mut j = i + c.len_utf8();
                if w[j..].starts_with('-') {
                    j += 1;
                }
                let rest = &w[j..];
                let after = rest.trim_start_matches(' ');
                let space_before = i > 0 && b[i - 1] == b' ';
                if !space_before && after.len() == rest.len() {
                    continue; // `Indo-Pasifik`, `ketar-ketir`: a hyphen, not a separator
                }
                if after.starts_with(|c: char| c.is_ascii_digit()) {
                    return None; // `Covid - 19`, `2020 - 2024`: a range, not a dateline
                }
                return Some((i, w.len() - after.len(), false));
            }
            ':' => {
                let rest = &w[i + 1..];
                if !rest.starts_with(' ') {
                    return None;
                }
                return Some((i, w.len() - rest.trim_start_matches(' ').len(), true));
            }
            '"' | '“' | '”' | ';' => return None,
            '.' | '!' | '?' => {
                // A dot inside a domain (`KOMPAS.com`) is fine; a sentence end is not.
                if w[i + c.len_utf8()..].starts_with(|n: char| n.is_alphanumeric()) {
                    continue;
                }
                return None;
            }
            _ => {}
        }
    }
    None
}

/// Words that open a sentence rather than name a place.
const NOT_CITY: &[&str] = &[
    "presiden",
    "menteri",
    "ketua",
    "kepala",
    "gubernur",
    "bupati",
    "wali",
    "direktur",
    "sementara",
    "namun",
    "menurut",
    "selain",
    "baca",
    "simak",
    "lihat",
    "foto",
    "ilustrasi",
    "video",
    "editor",
    "penulis",
    "reporter",
    "sumber",
    "catatan",
    "update",
    "kata",
    "ia",
    "dia",
    "mereka",
    "kami",
    "saya",
    "ini",
    "itu",
    "hal",
    "para",
    "sebelumnya",
    "kemudian",
    "adapun",
    "oleh",
    "di",
    "ke",
    "dari",
    "pada",
    "dalam",
    "untuk",
    "saat",
    "ketika",
    "setelah",
    "sejak",
    "bagi",
    "dengan",
    "selama",
    "sebab",
    "jalan",
    "jl",
    "pasangan",
    "acara",
    "ada",
    "data",
    "dampak",
    "pandemi",
    "kawasan",
    "operasi",
    "gerakan",
    "kartu",
    "jarak",
    "program",
    "tim",
    "pihak",
    "warga",
    "pemerintah",
    "partai",
    "kasus",
    "pasien",
    "vaksin",
    "rapat",
    "sidang",
    "satgas",
    "pesawat",
    "kereta",
    "ka",
    "penerbangan",
    "proyek",
    "pekan",
    "upacara",
    "sosok",
];

/// 1..=4 words, each starting with an upper-case letter, made of letters, `-`, `'` or `.`.
fn is_city(s: &str) -> bool {
    if s.is_empty() || s.len() > 40 {
        return false;
    }
    let words: Vec<&str> = s.split(' ').collect();
    if words.len() > 4 {
        return false;
    }
    let first = words[0].to_lowercase();
    if NOT_CITY.contains(&first.as_str()) || is_known_publisher(s) || is_domain(s) {
        return false;
    }
    words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
    })
}

/// A web domain (`KOMPAS.com`, `Liputan6.com`, `REPUBLIKA.CO.ID`) or 1..=4 capitalised words.
fn is_publisher(s: &str) -> bool {
    if s.is_empty() || s.len() > 40 {
        return false;
    }
    if is_domain(s) {
        return true;
    }
    let words: Vec<&str> = s.split(' ').collect();
    words.len() <= 4
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&'))
        })
}

/// `name.tld` with letters after the last dot (`Kompas.com`, `TEMPO.CO`, `detik.com`).
pub(crate) fn is_domain(s: &str) -> bool {
    if s.contains(' ') || s.len() > 40 {
        return false;
    }
    let mut parts = s.split('.');
    let Some(name) = parts.next() else {
        return false;
    };
    let tail: Vec<&str> = parts.collect();
    !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !tail.is_empty()
        && tail
            .iter()
            .all(|t| (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Well-known Indonesian and international news publishers and agencies (lower case name part).
const KNOWN_PUBLISHERS: &[&str] = &[
    "antara",
    "antaranews",
    "kompas",
    "tempo",
    "detik",
    "detiknews",
    "liputan6",
    "cnn indonesia",
    "republika",
    "tribunnews",
    "okezone",
    "suara",
    "kumparan",
    "merdeka",
    "sindonews",
    "bisnis",
    "kontan",
    "tirto",
    "viva",
    "idn times",
    "beritasatu",
    "jpnn",
    "inews",
    "dw",
    "bbc",
    "voa",
    "reuters",
    "afp",
    "ap",
    "xinhua",
    "bernama",
    "jawapos",
    "jawa pos",
    "media indonesia",
];

fn is_known_publisher(s: &str) -> bool {
    let lower = s.to_lowercase();
    let name = lower.split('.').next().unwrap_or("");
    KNOWN_PUBLISHERS
        .iter()
        .any(|k| name == *k || name.strip_prefix(k).is_some_and(|r| r.starts_with(' ')))
}

/// `JAKARTA` -> `Jakarta`, `KUALA LUMPUR` -> `Kuala Lumpur`; mixed-case words are kept.
pub(crate) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase)
            {
                let mut cs = w.chars();
                let first = cs
                    .next()
                    .map(|c| c.to_uppercase().collect::<String>())
                    .unwrap_or_default();
                first + &cs.as_str().to_lowercase()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Tidies a publisher name: all-capital names longer than three letters get title case
/// (`KOMPAS.com` -> `Kompas.com`, `ANTARA` -> `Antara`, `TEMPO.CO` -> `Tempo.co`); acronyms such as
/// `CNN`, `DW`, `BBC` and mixed-case names are kept.
pub fn tidy_publisher(s: &str) -> String {
    let s = s.trim();
    if is_domain(s) {
        let (name, tail) = s.split_once('.').unwrap_or((s, ""));
        if name.len() > 3 && !name.chars().any(char::is_lowercase) {
            return format!("{}.{}", title_case(name), tail.to_lowercase());
        }
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 3 && !w.chars().any(char::is_lowercase) {
                title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_table() {
        // (body, city, city as written, publisher)
        type Case = (
            &'static str,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
        );
        let cases: &[Case] = &[
            (
                "Pyongyang – Presiden Rusia tiba.",
                Some("Pyongyang"),
                Some("Pyongyang"),
                None,
            ),
            (
                "Jakarta - Komisi Pemberantasan Korupsi memeriksa pejabat.",
                Some("Jakarta"),
                Some("Jakarta"),
                None,
            ),
            (
                "JAKARTA, KOMPAS.com - Hujan deras turun.",
                Some("Jakarta"),
                Some("JAKARTA"),
                Some("Kompas.com"),
            ),
            (
                "BANDUNG, KOMPAS.com — Banjir melanda.",
                Some("Bandung"),
                Some("BANDUNG"),
                Some("Kompas.com"),
            ),
            (
                "Jakarta (ANTARA) - Pemerintah menetapkan.",
                Some("Jakarta"),
                Some("Jakarta"),
                Some("Antara"),
            ),
            (
                "Liputan6.com, Jakarta: Polisi menangkap.",
                Some("Jakarta"),
                Some("Jakarta"),
                Some("Liputan6.com"),
            ),
            (
                "TOKYO, Warta Contoh - Menteri tiba.",
                Some("Tokyo"),
                Some("TOKYO"),
                Some("Warta Contoh"),
            ),
            (
                "Jakarta, CNN Indonesia -- Harga beras naik.",
                Some("Jakarta"),
                Some("Jakarta"),
                Some("CNN Indonesia"),
            ),
            (
                "TEMPO.CO, Jakarta - Komisi menggelar rapat.",
                Some("Jakarta"),
                Some("Jakarta"),
                Some("Tempo.co"),
            ),
            (
                "REPUBLIKA.CO.ID, SURABAYA -- Warga antre.",
                Some("Surabaya"),
                Some("SURABAYA"),
                Some("Republika.co.id"),
            ),
            (
                "KUALA LUMPUR (Reuters) - Malaysia said.",
                Some("Kuala Lumpur"),
                Some("KUALA LUMPUR"),
                Some("Reuters"),
            ),
            (
                "  Banda Aceh – Gempa mengguncang.",
                Some("Banda Aceh"),
                Some("Banda Aceh"),
                None,
            ),
            (
                "JAKARTA , KOMPAS — Presiden menginstruksikan kementerian.",
                Some("Jakarta"),
                Some("JAKARTA"),
                Some("Kompas"),
            ),
            (
                "Suara.com - Harga emas turun.",
                None,
                None,
                Some("Suara.com"),
            ),
            (
                "Jakarta, 3 Maret 2025 - Harga emas turun.",
                Some("Jakarta"),
                Some("Jakarta"),
                None,
            ),
            (
                "Pyongyang –Presiden tiba.",
                Some("Pyongyang"),
                Some("Pyongyang"),
                None,
            ),
            (
                "Jakarta- Presiden tiba.",
                Some("Jakarta"),
                Some("Jakarta"),
                None,
            ),
        ];
        for (body, city, written, publisher) in cases {
            let d = detect_dateline(body).unwrap_or_else(|| panic!("no dateline in {body:?}"));
            assert_eq!(d.city.as_deref(), *city, "{body}");
            assert_eq!(d.span.map(|s| s.slice(body)), *written, "{body}");
            assert_eq!(d.publisher.as_deref(), *publisher, "{body}");
        }
    }

    #[test]
    fn no_dateline() {
        for body in [
            "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta - kata polisi.",
            "Presiden Joko Widodo – yang tiba kemarin – menyapa warga.",
            "Catatan: artikel ini diperbarui.",
            "\"Kami siap,\" kata dia - tegas.",
            "Jakarta. Hujan turun - deras.",
            "",
            "-",
            " – ",
            "Menurut dia - ini penting.",
            "Pandemi Covid - 19 belum usai.",
            "Pasangan Ahmad Budi - Citra Dewi unggul.",
            "Di Jalan Sudirman - Thamrin macet.",
            "K - pop digemari remaja.",
            "Kerja sama Indo-Pasifik - kata menteri.",
            "Ketar-ketir warga - begitu katanya.",
        ] {
            assert_eq!(detect_dateline(body), None, "{body:?}");
        }
    }

    #[test]
    fn publishers_tidied() {
        for (raw, want) in [
            ("KOMPAS.com", "Kompas.com"),
            ("ANTARA", "Antara"),
            ("CNN Indonesia", "CNN Indonesia"),
            ("DW", "DW"),
            ("Liputan6.com", "Liputan6.com"),
            ("ANTARA News", "Antara News"),
        ] {
            assert_eq!(tidy_publisher(raw), want);
        }
    }
}
