//! Table-driven tests of the token and sentence rules. Each row: input, expected tokens joined by
//! ` | ` (or sentences joined by ` || `).
use warta_core::TokenKind;
use warta_text::{tokenize, Convention, TextBuf};

fn toks(text: &str) -> String {
    let mut out = Vec::new();
    tokenize(text, &mut out);
    out.iter()
        .map(|t| t.text(text))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn kinds(text: &str) -> Vec<TokenKind> {
    let mut out = Vec::new();
    tokenize(text, &mut out);
    out.iter().map(|t| t.kind).collect()
}

fn sents(text: &str) -> String {
    let mut b = TextBuf::default();
    b.analyze(text);
    b.sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect::<Vec<_>>()
        .join(" || ")
}

#[test]
fn token_rules() {
    let cases = [
        // reduplication, compounds, clitics
        (
            "negara-negara berbulan-bulan ketar-ketir",
            "negara-negara | berbulan-bulan | ketar-ketir",
        ),
        ("rumahnya, kataku.", "rumahnya | , | kataku | ."),
        ("ke-5 tahun 1960-an", "ke-5 | tahun | 1960-an"),
        ("anti-Amerika", "anti-Amerika"),
        ("Kisah-kisah APBN-P F-16", "Kisah-kisah | APBN-P | F-16"),
        (
            "Jakarta-Bandung Januari-September",
            "Jakarta | - | Bandung | Januari | - | September",
        ),
        ("Bapepam-LK RI-Jepang", "Bapepam | - | LK | RI | - | Jepang"),
        (
            "APBD-nya AA-idn hamba-Nya",
            "APBD | - | nya | AA-idn | hamba-Nya",
        ),
        // slashes: dates and letter pairs join, words and plain numbers split
        (
            "DPR/MPR dan/atau S/A II/2007",
            "DPR | / | MPR | dan/atau | S/A | II/2007",
        ),
        (
            "kuartal 4/2007 Rp9.100/9.105",
            "kuartal | 4 | / | 2007 | Rp | 9.100 | / | 9.105",
        ),
        // numbers and money
        (
            "51.900 orang, 3,5 persen",
            "51.900 | orang | , | 3,5 | persen",
        ),
        ("Rp 3,5 juta", "Rp | 3,5 | juta"),
        ("Rp3,5 juta", "Rp | 3,5 | juta"),
        ("US$370 juta", "US | $ | 370 | juta"),
        ("naik 5% menjadi", "naik | 5 | % | menjadi"),
        ("5-10 persen", "5 | - | 10 | persen"),
        // times and dates
        ("pukul 16.00 WIB", "pukul | 16.00 | WIB"),
        ("pada 19/6/2025 lalu", "pada | 19/6/2025 | lalu"),
        ("Rabu (18/6).", "Rabu | ( | 18/6 | ) | ."),
        // abbreviations and initials
        ("dll. dan", "dll. | dan"),
        ("jagung dll. Konon", "jagung | dll | . | Konon"),
        ("Nippon Steel Corp.", "Nippon | Steel | Corp | ."),
        (
            "naik dibanding kuartal I. Dengan",
            "naik | dibanding | kuartal | I | . | Dengan",
        ),
        ("Prof. Dr. Budi", "Prof. | Dr. | Budi"),
        ("di Jl. Thamrin No. 5", "di | Jl. | Thamrin | No. | 5"),
        ("dr. Tirta", "dr. | Tirta"),
        ("H. Agus Salim", "H. | Agus | Salim"),
        ("B.J. Habibie", "B.J. | Habibie"),
        ("di A.S. kemarin", "di | A.S. | kemarin"),
        ("Budi, S.H., M.Si.", "Budi | , | S.H. | , | M.Si."),
        ("PT Astra Tbk. menjual", "PT | Astra | Tbk. | menjual"),
        // acronyms keep their letters, sentence dots split
        ("AS dan PBB.", "AS | dan | PBB | ."),
        ("ujarnya.Menurut", "ujarnya | . | Menurut"),
        // web things
        (
            "lihat https://www.dw.com/id/x-1?a=b.",
            "lihat | https://www.dw.com/id/x-1?a=b | .",
        ),
        ("(www.kompas.com)", "( | www.kompas.com | )"),
        (
            "JAKARTA, KOMPAS.com - Presiden",
            "JAKARTA | , | KOMPAS.com | - | Presiden",
        ),
        (
            "surel redaksi@tempo.co.id.",
            "surel | redaksi@tempo.co.id | .",
        ),
        (
            "#PemiluDamai @jokowi_ kata",
            "#PemiluDamai | @jokowi_ | kata",
        ),
        // quotes of every style
        ("“Kami siap,” kata", "“ | Kami | siap | , | ” | kata"),
        ("”Kami siap,” kata", "” | Kami | siap | , | ” | kata"),
        ("‘ya’ «non» „ja“", "‘ | ya | ’ | « | non | » | „ | ja | “"),
        ("\"Ya\" 'tidak'", "\" | Ya | \" | ' | tidak | '"),
        ("Qur'an dan Jum’at", "Qur'an | dan | Jum’at"),
        ("Moody's menaikkan", "Moody | 's | menaikkan"),
        ("PT Mobile-8 Telecom", "PT | Mobile | - | 8 | Telecom"),
        ("Covid-19 U-23 April-14", "Covid-19 | U-23 | April | - | 14"),
        ("``Berapa''", "`` | Berapa | ''"),
        // dashes, ellipsis, emoji
        (
            "Pyongyang – Presiden—kata",
            "Pyongyang | – | Presiden | — | kata",
        ),
        ("tunggu... ya… --", "tunggu | ... | ya | … | --"),
        ("zat??? Akan.. ya", "zat | ? | ? | ? | Akan | . | . | ya"),
        ("Mantap👍🏽 🇮🇩!?", "Mantap | 👍🏽 | 🇮🇩 | ! | ?"),
        ("👨‍👩‍👧 keluarga", "👨‍👩‍👧 | keluarga"),
        // whitespace of every kind
        ("a\u{a0}b\u{200b}c\u{feff}d", "a | b | c | d"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(toks(input), want, "input: {input:?}");
    }
}

#[test]
fn token_kinds() {
    use TokenKind::*;
    let cases: [(&str, &[TokenKind]); 8] = [
        ("negara-negara", &[Word]),
        ("51.900 3,5", &[Number, Number]),
        ("16.00 19/6/2025 3.0", &[DateTime, DateTime, Number]),
        ("dll. dan B.J.", &[Abbrev, Word, Abbrev]),
        ("“ \" ”", &[Quote, Quote, Quote]),
        ("https://a.id x@y.id", &[Url, Email]),
        ("#a @b", &[Hashtag, Mention]),
        (
            "Rp3 % 😀 , –",
            &[Symbol, Number, Symbol, Symbol, Punct, Punct],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(kinds(input), want, "input: {input:?}");
    }
}

#[test]
fn sentence_rules() {
    let cases = [
        ("Dia datang. Kami pergi.", "Dia datang. || Kami pergi."),
        // abbreviations, initials, decimals
        (
            "Prof. Budi datang. Ia senang.",
            "Prof. Budi datang. || Ia senang.",
        ),
        (
            "Ada buku, pena, dll. yang dibawa.",
            "Ada buku, pena, dll. yang dibawa.",
        ),
        (
            "Ada buku, pena, dll. Semua dibawa.",
            "Ada buku, pena, dll. || Semua dibawa.",
        ),
        (
            "B.J. Habibie tiba. Ia lelah.",
            "B.J. Habibie tiba. || Ia lelah.",
        ),
        (
            "Naik 3.5 persen. Turun 2,5.",
            "Naik 3.5 persen. || Turun 2,5.",
        ),
        (
            "Di Jl. Sudirman No. 5 ramai.",
            "Di Jl. Sudirman No. 5 ramai.",
        ),
        // quotes that end or continue a sentence
        (
            "“Kami tidak akan mundur,” kata Ushakov. Ia pergi.",
            "“Kami tidak akan mundur,” kata Ushakov. || Ia pergi.",
        ),
        (
            "\"Kalimat satu. Kalimat dua,\" kata X.",
            "\"Kalimat satu. Kalimat dua,\" kata X.",
        ),
        (
            "\"Apa kabar?\" tanyanya. Dia diam.",
            "\"Apa kabar?\" tanyanya. || Dia diam.",
        ),
        (
            "Dia berkata: “Kami siap.” Lalu pergi.",
            "Dia berkata: “Kami siap.” || Lalu pergi.",
        ),
        (
            "Dia pergi (ke pasar.) Lalu pulang.",
            "Dia pergi (ke pasar.) || Lalu pulang.",
        ),
        ("Tunggu... dan lihat.", "Tunggu... dan lihat."),
        (
            "Ia lahir 1879. atau lebih awal.",
            "Ia lahir 1879. || atau lebih awal.",
        ),
        ("Apa?! Tidak mungkin!", "Apa?! || Tidak mungkin!"),
        // newlines: paragraphs, headlines, bullets
        (
            "Judul Tanpa Titik\nIsi berita.",
            "Judul Tanpa Titik || Isi berita.",
        ),
        ("Daftar:\n- satu\n- dua\n", "Daftar: || - satu || - dua"),
        (
            "1. Pertama ada.\n2. Kedua ada.",
            "1. Pertama ada. || 2. Kedua ada.",
        ),
        ("Kalimat\r\n\r\nBaru", "Kalimat || Baru"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(sents(input), want, "input: {input:?}");
    }
}

#[test]
fn sentences_cover_tokens_contiguously() {
    let text = "Satu. Dua!\nTiga? “Empat.” Lima";
    let mut b = TextBuf::default();
    b.analyze(text);
    let mut next = 0;
    for s in &b.sentences {
        assert_eq!(s.tok_start, next);
        assert!(s.tok_end > s.tok_start);
        assert_eq!(s.span.start, b.tokens[s.tok_start].span.start);
        assert_eq!(s.span.end, b.tokens[s.tok_end - 1].span.end);
        next = s.tok_end;
    }
    assert_eq!(next, b.tokens.len());
}

#[test]
fn gsd_convention_detaches_abbreviation_dots() {
    let cases = [
        (
            "Prof. Dr. Budi datang.",
            "Prof | . | Dr | . | Budi | datang | .",
            1,
        ),
        (
            "oleh B.J. Habibie. Ia",
            "oleh | B | . | J | . | Habibie | . | Ia",
            2,
        ),
        (
            "naik di kuartal I. Dengan",
            "naik | di | kuartal | I | . | Dengan",
            2,
        ),
        (
            "di Jl. Thamrin No. 5 ramai.",
            "di | Jl | . | Thamrin | No | . | 5 | ramai | .",
            1,
        ),
        ("#bawel Lloyd's.", "# | bawel | Lloyd's | .", 1),
    ];
    for (input, want, n_sent) in cases {
        let mut b = TextBuf::default();
        b.analyze_with(input, Convention::Gsd);
        let got: Vec<&str> = b.tokens.iter().map(|t| t.text(input)).collect();
        assert_eq!(got.join(" | "), want, "input: {input:?}");
        assert_eq!(b.sentences.len(), n_sent, "input: {input:?}");
    }
}
