//! Small lexical helpers over raw text and byte positions: words, punctuation and line breaks
//! found directly in the text (the tokenizer's tokens are only hints), plus the word lists of
//! Indonesian reporting language.

use warta_core::Span;

/// What a [`Piece`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters/digits, with inner hyphens, apostrophes or dots (`negara-negara`,
    /// `Ma'ruf`, `19.00`).
    Word,
    /// One punctuation or symbol character (quote marks included).
    Punct(char),
    /// A line break (paragraph boundary).
    Break,
}

/// A word, a punctuation character or a line break, with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub span: Span,
    pub kind: Kind,
}

impl Piece {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‑')
}

/// Horizontal whitespace (anything white but a line break).
#[inline]
pub(crate) fn is_hspace(c: char) -> bool {
    c.is_whitespace() && c != '\n'
}

/// The piece starting at or after `pos` (skipping horizontal whitespace), not going past `hi`.
pub(crate) fn next_piece(text: &str, pos: usize, hi: usize) -> Option<Piece> {
    let hi = hi.min(text.len());
    let mut i = pos;
    let rest = text.get(pos..hi)?;
    let mut chars = rest.char_indices().peekable();
    // skip spaces
    let (off, c) = loop {
        let (off, c) = chars.next()?;
        if !is_hspace(c) {
            break (off, c);
        }
    };
    i += off;
    let start = i;
    if c == '\n' {
        let mut end = start + 1;
        for (o, c) in chars {
            if c.is_whitespace() {
                end = pos + o + c.len_utf8();
            } else {
                break;
            }
        }
        return Some(Piece {
            span: Span::new(start, end),
            kind: Kind::Break,
        });
    }
    if !is_word_char(c) {
        return Some(Piece {
            span: Span::new(start, start + c.len_utf8()),
            kind: Kind::Punct(c),
        });
    }
    let mut end = start + c.len_utf8();
    while let Some(&(o, c)) = chars.peek() {
        if is_word_char(c) {
            end = pos + o + c.len_utf8();
            chars.next();
        } else if is_joiner(c) {
            // a joiner counts only between two word characters
            let mut look = chars.clone();
            look.next();
            match look.peek() {
                Some(&(_, n)) if is_word_char(n) => {
                    chars.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    Some(Piece {
        span: Span::new(start, end),
        kind: Kind::Word,
    })
}

/// The piece ending at or before `pos` (skipping horizontal whitespace), not going before `lo`.
pub(crate) fn prev_piece(text: &str, pos: usize, lo: usize) -> Option<Piece> {
    let pos = pos.min(text.len());
    if lo >= pos {
        return None;
    }
    let rest = text.get(lo..pos)?;
    let mut chars = rest.char_indices().rev().peekable();
    let (off, c) = loop {
        let (off, c) = chars.next()?;
        if !is_hspace(c) {
            break (off, c);
        }
    };
    let end = lo + off + c.len_utf8();
    if c == '\n' {
        let mut start = lo + off;
        for (o, c) in chars {
            if c.is_whitespace() {
                start = lo + o;
            } else {
                break;
            }
        }
        return Some(Piece {
            span: Span::new(start, end),
            kind: Kind::Break,
        });
    }
    if !is_word_char(c) {
        return Some(Piece {
            span: Span::new(lo + off, end),
            kind: Kind::Punct(c),
        });
    }
    let mut start = lo + off;
    while let Some(&(o, c)) = chars.peek() {
        if is_word_char(c) {
            start = lo + o;
            chars.next();
        } else if is_joiner(c) {
            let mut look = chars.clone();
            look.next();
            match look.peek() {
                Some(&(_, n)) if is_word_char(n) => {
                    chars.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    Some(Piece {
        span: Span::new(start, end),
        kind: Kind::Word,
    })
}

/// True when `w` equals one of `list`, ASCII case-insensitively.
#[inline]
pub(crate) fn in_list(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// True when the word starts with an uppercase letter or a digit-free acronym.
#[inline]
pub(crate) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Strips a `-nya` suffix (ASCII case-insensitive); `None` when there is none.
pub(crate) fn strip_nya(w: &str) -> Option<&str> {
    let n = w.len();
    if n > 3 && w.is_char_boundary(n - 3) && w[n - 3..].eq_ignore_ascii_case("nya") {
        Some(&w[..n - 3])
    } else {
        None
    }
}

/// Double quote marks and how they lean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// `“ „ « ‟`: normally opens.
    Open,
    /// `»`: normally closes.
    Close,
    /// `" ”`: either, decided by context (`”...”` pairs are common in Indonesian papers).
    Either,
}

/// The lean of a double quote mark, `None` for any other character.
#[inline]
pub(crate) fn double_mark(c: char) -> Option<Lean> {
    match c {
        '“' | '„' | '«' | '‟' | '〝' => Some(Lean::Open),
        '»' | '〞' => Some(Lean::Close),
        '"' | '”' | '＂' => Some(Lean::Either),
        _ => None,
    }
}

/// Any quote mark, double or single.
#[inline]
pub(crate) fn is_quote_mark(c: char) -> bool {
    double_mark(c).is_some() || matches!(c, '‘' | '’' | '\'' | '‹' | '›' | '‚')
}

/// Post-posed reporting cues (`"...," kata X`, `"...," ujarnya`). The `-nya` forms are
/// recognised by stripping the suffix.
pub(crate) const POST_CUES: &[&str] = &[
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "tegas",
    "jelas",
    "imbuh",
    "tambah",
    "lanjut",
    "pungkas",
    "sebut",
    "papar",
    "terang",
    "ungkap",
    "seru",
    "tanya",
    "kilah",
    "timpal",
    "beber",
    "urai",
    "tukas",
    "tandas",
    "cetus",
    "seloroh",
    "keluh",
    "jawab",
    "sahut",
    "sambung",
    "akui",
    "bilang",
    "klaim",
    "katakan",
    "jelaskan",
    "ungkapkan",
    "tuturkan",
    "terangkan",
    "paparkan",
    "tegaskan",
    "tambahkan",
    "sebutkan",
    "demikian",
];

/// Cues that report speech only with `-nya` (`harapnya`, `pesannya`; bare `harap` is a verb).
pub(crate) const NYA_ONLY_CUES: &[&str] = &[
    "harap", "pesan", "ingat", "kenang", "ajak", "tulis", "aku", "tanggap", "sesal",
];

/// True when `w` is a post-posed cue; the flag says whether it carries `-nya` (an anaphor).
pub(crate) fn post_cue(w: &str) -> Option<bool> {
    if in_list(w, POST_CUES) && !w.eq_ignore_ascii_case("demikian") {
        return Some(false);
    }
    let stem = strip_nya(w)?;
    if (in_list(stem, POST_CUES) || in_list(stem, NYA_ONLY_CUES))
        && !stem.eq_ignore_ascii_case("demikian")
    {
        Some(true)
    } else {
        None
    }
}

/// Reporting verbs with the subject before them (`X mengatakan ...`).
pub(crate) const VERB_CUES: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "menyebut",
    "menyebutkan",
    "menjelaskan",
    "mengungkapkan",
    "mengungkap",
    "menambahkan",
    "mengklaim",
    "menuturkan",
    "membantah",
    "mengakui",
    "mengaku",
    "memperingatkan",
    "berkata",
    "bertanya",
    "menekankan",
    "memaparkan",
    "menerangkan",
    "mengemukakan",
    "menyampaikan",
    "menuding",
    "menilai",
    "berpendapat",
    "mengeklaim",
    "membeberkan",
    "menandaskan",
    "menyebutnya",
    "mengimbuhkan",
    "berujar",
    "bercerita",
    "menceritakan",
    "menjawab",
    "mengeluhkan",
    "mengumumkan",
    "berharap",
    "meminta",
    "mengimbau",
    "memastikan",
    "menyarankan",
    "mengusulkan",
    "mengajak",
    "menduga",
    "meyakini",
    "menganggap",
    "melanjutkan",
    "mengutarakan",
    "menanggapi",
];

/// Personal pronouns that make a speaker an anaphor.
pub(crate) const PRONOUNS: &[&str] = &[
    "ia", "dia", "beliau", "mereka", "pihaknya", "dirinya", "keduanya", "nya",
];

/// Words that end a speaker phrase read forward (`kata X kepada wartawan`).
pub(crate) const SPEAKER_STOPS: &[&str] = &[
    "kepada",
    "di",
    "dalam",
    "saat",
    "ketika",
    "pada",
    "usai",
    "seusai",
    "sesudah",
    "setelah",
    "sebelum",
    "seperti",
    "sebagaimana",
    "dikutip",
    "mengutip",
    "melalui",
    "lewat",
    "via",
    "sambil",
    "seraya",
    "yang",
    "kemarin",
    "tadi",
    "lagi",
    "pula",
    "pun",
    "juga",
    "secara",
    "menjelang",
    "terkait",
    "soal",
    "tentang",
    "mengenai",
    "untuk",
    "dengan",
    "saat",
    "selepas",
    "sembari",
    "kala",
    "tatkala",
    "ketika",
    "sewaktu",
    "hari",
    "pekan",
    "bulan",
    "tahun",
    "sejak",
    "hingga",
    "sampai",
    "menanggapi",
    "menjawab",
    "bahwa",
    "karena",
    "sehingga",
    "lalu",
    "kemudian",
    "bersama",
    "beberapa",
    "waktu",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
];

/// Days and months: a capitalised word after a comma that is a date, not an apposition.
pub(crate) const DATE_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "kemarin",
    "sore",
    "pagi",
    "siang",
    "malam",
    "hari",
    "pekan",
    "jakarta",
];

/// Role nouns that look like prefixed verbs (`menteri`, `direktur`) and so are allowed in a
/// speaker phrase.
pub(crate) const ROLE_LOOKALIKES: &[&str] = &[
    "menteri",
    "mendagri",
    "menlu",
    "menkes",
    "menko",
    "mensos",
    "menkeu",
    "menhan",
    "mentan",
    "menpan",
    "menaker",
    "menpora",
    "mendikbud",
    "menparekraf",
    "menkumham",
    "direktur",
    "dirut",
    "dirjen",
    "diplomat",
    "dinas",
    "divisi",
    "direksi",
    "dewan",
    "bertugas",
    "tersebut",
    "terdakwa",
    "tersangka",
    "terpidana",
    "terlapor",
    "tertuduh",
    "terduga",
    "terkait",
    "bersangkutan",
    "direktorat",
    "diplomatik",
    "dirjen",
    "menko",
    "berwenang",
];

/// A lowercase word that looks like a prefixed verb (`meN-`, `ber-`, `di-`), which ends a noun
/// phrase.
pub(crate) fn looks_like_verb(w: &str) -> bool {
    if is_cap(w) || w.len() < 6 || in_list(w, ROLE_LOOKALIKES) {
        return false;
    }
    let l = w.as_bytes();
    let pre = |p: &[u8]| l.len() > p.len() && l[..p.len()].eq_ignore_ascii_case(p);
    pre(b"me") || pre(b"ber") || pre(b"di") || pre(b"ter")
}

/// Words that end a subject read backwards (clause boundaries).
pub(crate) const SUBJECT_STOPS: &[&str] = &[
    "bahwa",
    "ketika",
    "saat",
    "sementara",
    "sedangkan",
    "namun",
    "tetapi",
    "tapi",
    "karena",
    "sehingga",
    "setelah",
    "sebelum",
    "sesudah",
    "usai",
    "seusai",
    "agar",
    "supaya",
    "jika",
    "kalau",
    "meski",
    "meskipun",
    "walau",
    "walaupun",
    "lalu",
    "kemudian",
    "sambil",
    "seraya",
    "hingga",
    "sampai",
    "padahal",
    "bahkan",
    "adapun",
    "sebelumnya",
    "selanjutnya",
    "terpisah",
    "untuk",
    "guna",
    "demi",
];

/// Adverbs between a subject and its reporting verb (`Kiev juga mengatakan`).
pub(crate) const PRE_VERB_ADVERBS: &[&str] = &[
    "juga",
    "pun",
    "telah",
    "sudah",
    "pernah",
    "kembali",
    "sebelumnya",
    "kemudian",
    "lalu",
    "bahkan",
    "justru",
    "lagi",
    "sendiri",
    "tak",
    "tidak",
    "belum",
    "hanya",
    "akhirnya",
    "baru",
    "secara",
    "terang-terangan",
    "langsung",
    "sempat",
    "pula",
    "segera",
    "tegas",
    "lantas",
    "bisa",
    "dapat",
    "akan",
    "harus",
    "perlu",
    "ingin",
    "mau",
    "masih",
    "terus",
    "kerap",
    "sering",
    "selalu",
    "sangat",
    "cukup",
];

/// Opening words of a comma segment that make it a discourse opener, not part of a subject
/// (`Sementara itu,`, `Dalam keterangannya,`).
pub(crate) const OPENERS: &[&str] = &[
    "sementara",
    "sebelumnya",
    "namun",
    "selain",
    "kemudian",
    "adapun",
    "terpisah",
    "di",
    "dalam",
    "pada",
    "saat",
    "ketika",
    "usai",
    "seusai",
    "menurut",
    "lebih",
    "selanjutnya",
    "meski",
    "meskipun",
    "walau",
    "jika",
    "kalau",
    "bahkan",
    "oleh",
    "untuk",
    "sejak",
    "hingga",
    "sampai",
    "atas",
    "terkait",
    "mengenai",
    "soal",
    "tentang",
    "secara",
    "akan",
    "tetapi",
    "tapi",
    "karena",
    "dengan",
    "sedangkan",
    "lalu",
    "akhirnya",
    "kini",
    "sekarang",
    "senada",
    "sebagaimana",
    "seperti",
    "dikutip",
    "mengutip",
    "berdasarkan",
    "sebab",
    "oleh",
    "itu",
    "nah",
    "ya",
    "apalagi",
    "padahal",
    "maka",
    "jadi",
    "tentu",
    "memang",
    "sayangnya",
    "belakangan",
    "sebab",
    "misalnya",
    "yang",
    "kendati",
    "walaupun",
    "biarpun",
];

/// Single conjunctions dropped from the start of a subject without a comma
/// (`Namun Kirby mengatakan`).
pub(crate) const LEAD_CONJ: &[&str] = &[
    "sementara",
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "bahkan",
    "kemudian",
    "lalu",
    "adapun",
    "dan",
    "selain",
    "sebelumnya",
    "kini",
    "itu",
    "pun",
    "apalagi",
    "padahal",
    "maka",
    "jadi",
    "kendati",
    "meski",
    "walaupun",
    "yang",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_forward_and_back() {
        let t = "Kata Ma’ruf, “negara-negara 19.00”\nBaru";
        let mut pos = 0;
        let mut got = Vec::new();
        while let Some(p) = next_piece(t, pos, t.len()) {
            got.push((p.span.slice(t).to_string(), p.kind));
            pos = p.span.end;
        }
        let words: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "Kata",
                "Ma’ruf",
                ",",
                "“",
                "negara-negara",
                "19.00",
                "”",
                "\n",
                "Baru"
            ]
        );
        let mut back = Vec::new();
        let mut pos = t.len();
        while let Some(p) = prev_piece(t, pos, 0) {
            back.push(p.span.slice(t).to_string());
            pos = p.span.start;
        }
        back.reverse();
        assert_eq!(back, words);
    }

    #[test]
    fn cue_forms() {
        assert_eq!(post_cue("kata"), Some(false));
        assert_eq!(post_cue("Ujarnya"), Some(true));
        assert_eq!(post_cue("pungkasnya"), Some(true));
        assert_eq!(post_cue("rumah"), None);
        assert_eq!(post_cue("demikian"), None);
        assert!(looks_like_verb("mengatakan"));
        assert!(!looks_like_verb("menteri"));
        assert!(!looks_like_verb("Menteri"));
    }
}
