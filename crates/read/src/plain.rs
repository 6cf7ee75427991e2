//! Plain-text layout: headline, publisher line, date line, then paragraphs.
//!
//! Layouts recognised (blank lines between them are allowed):
//!
//! ```text
//! Headline                         Headline                  Headline
//! - DW | Kompas.com | Warta Contoh Senin, 3 Maret 2025 ...  Paragraph ...
//! [date line]                      Paragraph ...
//! Paragraph ...
//! ```
//!
//! plus a publisher line carrying the date (`Kompas.com - 19/06/2025, 14:20 WIB`), byline lines
//! (`Penulis: ...`, `Oleh ...`, skipped), and plain paragraphs with no header at all.
//!
//! The first line is a headline only when it is shaped like one (at most 250 bytes and 30 words,
//! no sentence end `.`/`,`/`:` at its end, not a dateline opening, not quoted speech, not two
//! sentences) **and** the context agrees: a publisher/date/byline line follows, or the next line
//! opens with a dateline, or the line is in title case, or the next line is longer.
use crate::clean::{push_clean_lines, trim_trailing_credits};
use crate::date::parse_date;
use crate::dateline::{detect_dateline, is_domain, tidy_publisher};
use crate::decode::normalize;
use crate::ReadOptions;
use warta_core::{Article, Ymd};

/// What a short line after the headline says.
#[derive(Debug, PartialEq)]
enum Meta {
    Publisher(String, Option<Ymd>),
    Date(Ymd),
    Byline,
}

/// Parses a plain-text article; see the module docs for the layouts.
pub(crate) fn parse(text: &str, opts: &ReadOptions) -> Article {
    let norm = normalize(text);
    let mut art = Article::default();
    let mut body_from = 0;
    if !opts.raw {
        let lines = first_lines(&norm, 6);
        let mut i = 0;
        let mut seen_pub = false;
        let mut seen_date = false;
        // A date line may come before the headline.
        if let Some(Meta::Date(d)) = lines.first().and_then(|&(_, l)| classify_meta(l)) {
            art.published = Some(d);
            seen_date = true;
            i = 1;
        }
        if let Some(&(_, l0)) = lines.get(i) {
            let next = lines.get(i + 1).map(|&(_, l)| l);
            if is_headline(l0, next) {
                art.title = Some(l0.split_whitespace().collect::<Vec<_>>().join(" "));
                i += 1;
            }
        }
        // Meta lines: after a headline any kind; without one only a date line.
        while let Some(&(_, line)) = lines.get(i) {
            match classify_meta(line) {
                Some(Meta::Publisher(p, d)) if art.title.is_some() && !seen_pub => {
                    art.source = Some(p);
                    seen_pub = true;
                    if d.is_some() && !seen_date {
                        art.published = d;
                        seen_date = true;
                    }
                }
                Some(Meta::Date(d)) if !seen_date => {
                    art.published = Some(d);
                    seen_date = true;
                }
                Some(Meta::Byline) if art.title.is_some() => {}
                _ => break,
            }
            i += 1;
        }
        body_from = lines.get(i).map_or(norm.len(), |&(off, _)| off);
        if i > 0 && body_from == norm.len() && lines.len() <= i {
            // Everything was header: keep the text as body rather than lose it.
            body_from = lines.first().map_or(0, |&(off, _)| off);
            art.title = None;
            art.source = None;
            art.published = None;
        }
    }
    let rest = &norm[body_from..];
    if opts.raw {
        art.body = rest.trim().to_string();
    } else {
        push_clean_lines(rest, &mut art.body);
        trim_trailing_credits(&mut art.body);
    }
    finish(&mut art, opts);
    art
}

/// Sets dateline fields from the body and applies the option overrides.
pub(crate) fn finish(art: &mut Article, opts: &ReadOptions) {
    if let Some(d) = detect_dateline(&art.body) {
        art.dateline = d.city;
        art.dateline_span = d.span;
        if art.source.is_none() {
            art.source = d.publisher;
        }
    }
    if let Some(s) = &opts.source {
        art.source = Some(s.clone());
    }
    if opts.published.is_some() {
        art.published = opts.published;
    }
}

/// Up to `n` non-blank lines with their byte offsets (trimmed). Stops early, so a huge one-line
/// file costs one scan of its first line.
fn first_lines(text: &str, n: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(n);
    let mut off = 0;
    for raw in text.split('\n') {
        let lead = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        if !t.is_empty() {
            out.push((off + lead, t));
            if out.len() == n {
                break;
            }
        }
        off += raw.len() + 1;
    }
    out
}

/// Is `l0`, followed by `next`, a headline? See the module docs.
fn is_headline(l0: &str, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    // `Presiden berkata, "Kita harus bersatu."`: the sentence end hides behind the quote.
    let core = l0.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ')']);
    let ellipsis = core.ends_with("...") || core.ends_with('\u{2026}');
    if l0.len() > 250 || (core.ends_with(['.', ',', ':', ';']) && !ellipsis) {
        return false;
    }
    let words = l0.split_whitespace().count();
    if !(2..=30).contains(&words) {
        return false;
    }
    let byline = matches!(classify_meta(l0), Some(Meta::Byline | Meta::Date(_)));
    if byline || is_domain(l0) || detect_dateline(l0).is_some() {
        return false;
    }
    if is_quoted_speech(l0) || has_two_sentences(l0) {
        return false;
    }
    // Without a header line after it, a sentence-case line is a headline only when short
    // (`Menteri menerima delegasi parlemen di Jakarta pada Rabu ...` is a lead sentence).
    classify_meta(next).is_some()
        || detect_dateline(next).is_some()
        || is_title_case(l0)
        || (words <= 10 && next.len() > l0.len())
}

/// `"Kami siap," kata dia` — a quote line, not a headline.
fn is_quoted_speech(l: &str) -> bool {
    l.starts_with(['"', '\u{201C}', '\''])
        && (l.contains(",\"") || l.contains(",\u{201D}") || l.contains(",'"))
}

/// `Satu kalimat. Kalimat kedua` — a sentence end followed by a capitalised word.
fn has_two_sentences(l: &str) -> bool {
    l.match_indices(". ").any(|(i, _)| {
        let before = l[..i].rsplit(' ').next().unwrap_or("");
        // Abbreviations such as `Dr.`, `H.`, `St.` are not sentence ends.
        let abbrev = before.len() <= 3 && before.starts_with(char::is_uppercase);
        !abbrev && l[i + 2..].starts_with(char::is_uppercase)
    })
}

/// At least 60% of the words longer than three letters start with a capital.
fn is_title_case(l: &str) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    for w in l.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() > 3 {
            long += 1;
            if w.starts_with(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    long > 0 && caps * 10 >= long * 6
}

/// Words that open a byline line.
const BYLINE: &[&str] = &[
    "oleh",
    "penulis",
    "reporter",
    "editor",
    "penyunting",
    "kontributor",
    "laporan",
    "by",
    "foto",
    "redaktur",
    "pewarta",
];

/// Classifies a short line after the headline: publisher, date, both, or byline.
fn classify_meta(line: &str) -> Option<Meta> {
    let line = line.trim();
    if line.len() > 90 {
        return None;
    }
    if let Some(d) = parse_date(line) {
        return Some(Meta::Date(d));
    }
    let first = line
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .to_lowercase();
    if BYLINE.contains(&first.as_str()) && line.split_whitespace().count() <= 10 {
        return Some(Meta::Byline);
    }
    let stripped = line.trim_start_matches(['-', '–', '—', '|', '•', ' ']);
    let stripped = strip_prefix_ci(stripped, "sumber:")
        .unwrap_or(stripped)
        .trim();
    if is_publisher_line(stripped) {
        return Some(Meta::Publisher(tidy_publisher(stripped), None));
    }
    // `Kompas.com - 19/06/2025, 14:20 WIB`, `Warta Contoh | Senin, 3 Maret 2025`
    for sep in [" - ", " | ", " – ", " — ", ", "] {
        if let Some((p, d)) = stripped.split_once(sep) {
            if let (true, Some(date)) = (is_publisher_line(p.trim()), parse_date(d)) {
                return Some(Meta::Publisher(tidy_publisher(p.trim()), Some(date)));
            }
        }
    }
    None
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// A short publisher name: a web domain, or 1..=4 words that start with a capital or digit
/// (`DW`, `Warta Contoh`, `CNN Indonesia`, `detikNews` via the domain-or-camel rule).
fn is_publisher_line(s: &str) -> bool {
    if s.is_empty() || s.len() > 40 || s.ends_with(['.', ',', ':', ';', '?', '!']) {
        return false;
    }
    if is_domain(s) {
        return true;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    words.iter().all(|w| {
        let camel = w.chars().skip(1).any(char::is_uppercase);
        (w.starts_with(char::is_uppercase) || w.starts_with(|c: char| c.is_ascii_digit()) || camel)
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '\''))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Article {
        parse(text, &ReadOptions::default())
    }

    /// (input, title, source, published, body starts with, dateline)
    type Case = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
    );

    #[test]
    fn layout_table() {
        let cases: &[Case] = &[
            (
                "Banjir Rendam Ratusan Rumah di Bekasi\n- DW\nBekasi – Banjir setinggi satu meter merendam permukiman warga.\nWarga mengungsi.",
                Some("Banjir Rendam Ratusan Rumah di Bekasi"), Some("DW"), None,
                "Bekasi – Banjir", Some("Bekasi"),
            ),
            (
                "Harga Cabai Turun Jelang Akhir Pekan\nKompas.com\nSenin, 3 Maret 2025 14:20 WIB\nJAKARTA, KOMPAS.com - Harga cabai rawit di pasar induk turun.",
                Some("Harga Cabai Turun Jelang Akhir Pekan"), Some("Kompas.com"), Some("2025-03-03"),
                "JAKARTA, KOMPAS.com -", Some("Jakarta"),
            ),
            (
                "Menteri Tinjau Pelabuhan\nWarta Contoh\n2025-06-19 22:17\nSURABAYA, Warta Contoh - Menteri meninjau pelabuhan.",
                Some("Menteri Tinjau Pelabuhan"), Some("Warta Contoh"), Some("2025-06-19"),
                "SURABAYA", Some("Surabaya"),
            ),
            (
                "Gempa Guncang Lombok\nWarta Contoh\n10/17/2025 13:54\nMataram – Gempa bermagnitudo 5,1 mengguncang.",
                Some("Gempa Guncang Lombok"), Some("Warta Contoh"), Some("2025-10-17"),
                "Mataram –", Some("Mataram"),
            ),
            (
                "Timnas Lolos ke Final\n\nKamis, 19 Juni 2025 14:00 WIB\n\nJakarta - Tim nasional memastikan tiket final.",
                Some("Timnas Lolos ke Final"), None, Some("2025-06-19"),
                "Jakarta - Tim", Some("Jakarta"),
            ),
            (
                "Pemerintah Umumkan Libur Nasional\n19 Jun 2025, 14:00\nJakarta (ANTARA) - Pemerintah mengumumkan libur.",
                Some("Pemerintah Umumkan Libur Nasional"), Some("Antara"), Some("2025-06-19"),
                "Jakarta (ANTARA)", Some("Jakarta"),
            ),
            (
                "Polisi Tangkap Pengedar Narkoba\nKompas.com - 19/06/2025, 14:20 WIB\nMEDAN, KOMPAS.com - Polisi menangkap dua orang.",
                Some("Polisi Tangkap Pengedar Narkoba"), Some("Kompas.com"), Some("2025-06-19"),
                "MEDAN", Some("Medan"),
            ),
            (
                "DPR Sahkan RUU Baru\nPenulis: Redaksi Contoh\nWarta Contoh\nRapat paripurna DPR mengesahkan rancangan undang-undang itu pada Selasa.",
                Some("DPR Sahkan RUU Baru"), Some("Warta Contoh"), None,
                "Rapat paripurna", None,
            ),
            // headline followed directly by a paragraph
            (
                "Warga Keluhkan Jalan Rusak\nWarga Desa Sukamaju mengeluhkan jalan rusak yang belum diperbaiki selama dua tahun terakhir.",
                Some("Warga Keluhkan Jalan Rusak"), None, None,
                "Warga Desa", None,
            ),
            (
                "Menteri berkata, \"Kita harus bersatu.\"\nPernyataan itu disampaikan di depan ratusan peserta rapat kerja.",
                None, None, None, "Menteri berkata", None,
            ),
            (
                "Ini Kata Menteri soal Harga Beras...\nMenteri Perdagangan menanggapi kenaikan harga beras di pasar.",
                Some("Ini Kata Menteri soal Harga Beras..."), None, None, "Menteri Perdagangan", None,
            ),
            (
                "Menteri Luar Negeri menerima kunjungan delegasi parlemen Jepang di Jakarta pada Rabu\nPertemuan itu membahas kerja sama energi dan investasi kedua negara.",
                None, None, None, "Menteri Luar", None,
            ),
            (
                "Jokowi minta menteri fokus bekerja\nPresiden meminta para menteri tetap fokus bekerja hingga akhir masa jabatan.",
                Some("Jokowi minta menteri fokus bekerja"), None, None, "Presiden meminta", None,
            ),
            (
                "Judul  Dengan\tSpasi Ganda Sekali\n- DW\nIsi berita.",
                Some("Judul Dengan Spasi Ganda Sekali"), Some("DW"), None, "Isi berita.", None,
            ),
            (
                "Rabu, 2 Juli 2025 08:15 WIB\nPemkot Bagikan Bibit Pohon Gratis\nWarta Contoh\nBOGOR, Warta Contoh - Pemerintah kota membagikan bibit.",
                Some("Pemkot Bagikan Bibit Pohon Gratis"), Some("Warta Contoh"), Some("2025-07-02"), "BOGOR", Some("Bogor"),
            ),
            (
                "Rabu, 2 Juli 2025\nPemerintah kota membagikan seribu bibit pohon kepada warga pada Rabu pagi.",
                None, None, Some("2025-07-02"), "Pemerintah kota", None,
            ),
            // just paragraphs: a first line that is a full sentence is body
            (
                "Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta, Senin (25/8).\nMereka menuntut pembatalan tunjangan.",
                None, None, None, "Ribuan mahasiswa", None,
            ),
            (
                "Jakarta - Komisi Pemberantasan Korupsi memeriksa pejabat.\nPejabat itu membantah.",
                None, None, None, "Jakarta - Komisi", Some("Jakarta"),
            ),
            (
                "\"Kami siap menghadapi tuntutan itu,\" kata juru bicara itu\nIa menambahkan bahwa semua dokumen sudah lengkap dan diserahkan.",
                None, None, None, "\"Kami siap", None,
            ),
            (
                "Harga beras naik. Pedagang mengeluh\nPembeli juga mengeluh karena harga terus naik setiap pekan.",
                None, None, None, "Harga beras", None,
            ),
            // a single line is body
            ("Hanya satu baris tanpa judul", None, None, None, "Hanya satu", None),
            // CRLF and BOM-free Windows line ends
            (
                "Judul Berita Contoh Hari Ini\r\n- DW\r\nBerlin – Kanselir tiba.\r\n",
                Some("Judul Berita Contoh Hari Ini"), Some("DW"), None, "Berlin – Kanselir tiba.", Some("Berlin"),
            ),
            // Baca juga lines are dropped from the body
            (
                "Judul Berita Lagi di Sini\nWarta Contoh\nParagraf pertama cukup panjang untuk jadi isi.\nBaca juga: Berita Lain\nParagraf kedua.",
                Some("Judul Berita Lagi di Sini"), Some("Warta Contoh"), None, "Paragraf pertama", None,
            ),
        ];
        for (input, title, source, published, body_start, dateline) in cases {
            let a = read(input);
            assert_eq!(a.title.as_deref(), *title, "title of {input:?}");
            assert_eq!(a.source.as_deref(), *source, "source of {input:?}");
            assert_eq!(
                a.published.map(|d| d.to_string()).as_deref(),
                *published,
                "date of {input:?}"
            );
            assert!(
                a.body.starts_with(body_start),
                "body of {input:?}: {:?}",
                a.body
            );
            assert_eq!(a.dateline.as_deref(), *dateline, "dateline of {input:?}");
            assert!(!a.body.contains("Baca juga"), "{:?}", a.body);
            assert!(!a.body.contains('\r'));
            if let (Some(span), Some(city)) = (a.dateline_span, &a.dateline) {
                assert!(span.slice(&a.body).eq_ignore_ascii_case(city));
            }
        }
    }

    #[test]
    fn raw_keeps_everything() {
        let text = "Judul Berita\n- DW\nIsi berita.";
        let opts = ReadOptions {
            raw: true,
            ..ReadOptions::default()
        };
        let a = parse(text, &opts);
        assert_eq!(a.body, text);
        assert_eq!(a.title, None);
    }

    #[test]
    fn options_override() {
        let opts = ReadOptions {
            raw: false,
            published: Ymd::new(2024, 1, 2),
            source: Some("Sumber Lain".into()),
        };
        let a = parse(
            "Judul Berita Contoh\nWarta Contoh\n3 Maret 2025\nIsi berita di sini.",
            &opts,
        );
        assert_eq!(a.source.as_deref(), Some("Sumber Lain"));
        assert_eq!(a.published, Ymd::new(2024, 1, 2));
    }

    #[test]
    fn header_only_is_kept_as_body() {
        let a = read("Judul Saja Tanpa Isi\n- DW\n");
        assert!(!a.body.is_empty());
    }
}
