//! Boilerplate lines inside article bodies: cross-links (`Baca juga:`), calls to action and ad
//! markers that Indonesian news sites put between paragraphs.

/// Line openings (lower case) that mark a boilerplate line.
const PREFIXES: &[&str] = &[
    "baca juga",
    "baca:",
    "simak juga",
    "simak video",
    "simak berita",
    "simak selengkapnya",
    "lihat juga",
    "tonton juga",
    "tonton video",
    "baca selengkapnya",
    "baca berita",
    "artikel terkait",
    "berita terkait",
    "scroll to continue",
    "advertisement",
    "dapatkan update berita",
    "ikuti berita",
    "ikuti kami",
    "klik di sini",
    "baca artikel",
    "simak breaking news",
    "dapatkan berita",
    "download aplikasi",
    "ikuti saluran",
];

/// Whole lines (lower case) that are boilerplate.
const WHOLE: &[&str] = &["iklan", "ads", "advertisement", "adsbygoogle", "-", "*"];

/// True when `line` is a boilerplate line rather than article text.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let t = line.trim();
    let t = t.trim_start_matches(['*', '-', '•', '>', ' ']);
    let head: String = t.chars().take(32).collect::<String>().to_lowercase();
    PREFIXES.iter().any(|p| head.starts_with(p)) || WHOLE.contains(&head.trim())
}

/// Cross-link markers that may trail a paragraph (`... kata dia. Baca juga: Judul Lain`).
const INLINE: &[&[u8]] = &[
    b"baca juga:",
    b"simak juga:",
    b"lihat juga:",
    b"baca juga :",
];

/// `line` without a trailing cross-link (`Baca juga: ...` after a sentence end). Linear; byte
/// offsets are kept by ASCII-only case folding.
pub(crate) fn cut_inline_crosslink(line: &str) -> &str {
    let bytes = line.as_bytes();
    if memchr::memmem::find(bytes, b"uga").is_none()
        && memchr::memmem::find(bytes, b"UGA").is_none()
    {
        return line;
    }
    let lower = line.to_ascii_lowercase();
    let lb = lower.as_bytes();
    let mut cut = line.len();
    for marker in INLINE {
        for at in memchr::memmem::find_iter(lb, marker) {
            let before = line[..at].trim_end();
            let after_sentence = before.ends_with(['.', '!', '?', '"', '\u{201D}']);
            if at > 0 && after_sentence && at < cut {
                cut = before.len();
            }
        }
    }
    &line[..cut]
}

/// Words that open a credit line (`Penulis: ...`, `Editor: ...`, `Sumber: Antara`).
const CREDIT: &[&str] = &[
    "penulis",
    "editor",
    "reporter",
    "pewarta",
    "penyunting",
    "redaktur",
    "sumber",
    "foto",
    "oleh",
    "kontributor",
    "laporan",
    "wartawan",
    "ilustrasi",
    "video",
];

/// True when `line` is a credit line (author, editor, source, photo) or an agency tag such as
/// `(ant/abc)`: short, not ending in a full stop.
pub(crate) fn is_credit(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 120 || t.split_whitespace().count() > 12 {
        return false;
    }
    if t.starts_with('(') && t.ends_with(')') && t.len() <= 30 && !t.contains(". ") {
        return true; // (ant/abc), (nvl/tsa)
    }
    if t.ends_with('.') {
        return false;
    }
    let first = t
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("")
        .to_lowercase();
    CREDIT.contains(&first.as_str()) && (t.contains(':') || t.split_whitespace().count() <= 4)
}

/// Drops credit lines (and blank lines) from the end of `body`.
pub(crate) fn trim_trailing_credits(body: &mut String) {
    loop {
        let trimmed = body.trim_end().len();
        body.truncate(trimmed);
        let start = body.rfind('\n').map_or(0, |i| i + 1);
        if start == 0 || !is_credit(&body[start..]) {
            return;
        }
        body.truncate(start);
    }
}

/// Appends the non-boilerplate lines of `text` to `out`, each trimmed at its end, dropping
/// boilerplate lines and collapsing runs of blank lines to one blank line. Linear in `text`.
pub(crate) fn push_clean_lines(text: &str, out: &mut String) {
    let mut blank_run = false;
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run = !out.is_empty();
            continue;
        }
        if is_boilerplate(line) {
            continue;
        }
        let line = cut_inline_crosslink(line);
        if !out.is_empty() {
            out.push('\n');
            if blank_run {
                out.push('\n');
            }
        }
        blank_run = false;
        out.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_table() {
        let cases = [
            ("Baca juga: Banjir Rendam Ratusan Rumah", true),
            ("Baca Juga: Harga Cabai Turun", true),
            ("BACA JUGA: Timnas Menang", true),
            ("Simak juga: Video Peresmian", true),
            ("**Baca juga:** Sesuatu", true),
            ("Iklan", true),
            ("ADVERTISEMENT", true),
            ("SCROLL TO CONTINUE WITH CONTENT", true),
            ("Pembaca juga diminta berhati-hati.", false),
            ("Ia membaca juga laporan itu.", false),
            ("Iklan rokok dilarang di televisi.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_boilerplate(line), want, "{line:?}");
        }
    }

    #[test]
    fn credit_table() {
        let cases = [
            ("Penulis: Rina Ayu", true),
            ("Editor: Sari Dewi", true),
            ("Pewarta: Budi | Editor: Tim", true),
            ("Sumber: Antara", true),
            ("(ant/abc)", true),
            ("Oleh karena itu, warga diminta waspada.", false),
            (
                "Sumber air warga tercemar limbah pabrik sejak pekan lalu",
                false,
            ),
            ("Editor itu mengatakan laporan sudah diperiksa.", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_credit(line), want, "{line:?}");
        }
        let mut body = "Isi pertama.\nIsi kedua.\n\nEditor: Sari\n(ant/abc)\n".to_string();
        trim_trailing_credits(&mut body);
        assert_eq!(body, "Isi pertama.\nIsi kedua.");
        let mut only = "Editor: Sari".to_string();
        trim_trailing_credits(&mut only);
        assert_eq!(only, "Editor: Sari");
    }

    #[test]
    fn inline_crosslinks() {
        let cases = [
            ("Isi berita. Baca juga: Judul Lain", "Isi berita."),
            ("Isi berita. BACA JUGA: Judul Lain", "Isi berita."),
            (
                "\"Kami siap,\" katanya. Simak juga: Video",
                "\"Kami siap,\" katanya.",
            ),
            (
                "Warga diminta membaca juga: aturan baru itu",
                "Warga diminta membaca juga: aturan baru itu",
            ),
            ("Tanpa penanda apa pun.", "Tanpa penanda apa pun."),
            ("İstanbul. Baca juga: X", "İstanbul."),
        ];
        for (line, want) in cases {
            assert_eq!(cut_inline_crosslink(line), want, "{line:?}");
        }
    }

    #[test]
    fn cleans_lines() {
        let mut out = String::new();
        push_clean_lines("Satu.  \nBaca juga: X\n\n\n\nDua.\n", &mut out);
        assert_eq!(out, "Satu.\n\nDua.");
    }
}
