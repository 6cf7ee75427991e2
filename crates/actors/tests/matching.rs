//! Table-driven matching tests over the embedded lexicon, plus property tests.
//!
//! Each case is a text and the matches expected in it, as `surface => name / country / sector`.
//! Texts are ordinary Indonesian news phrasing, not sentences of the worked example.

use proptest::prelude::*;
use warta_actors::{EntryKind, Lexicon, Match};
use warta_core::{Span, Token, TokenKind};

/// A small tokenizer for the tests: words (with inner hyphens) and single punctuation marks.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Token>, s: usize, e: usize, kind| {
        out.push(Token {
            span: Span::new(s, e),
            kind,
        })
    };
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (c == '-' && start.is_some() && next_word) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push(&mut out, s, i, TokenKind::Word);
        }
        if !c.is_whitespace() {
            push(&mut out, i, i + c.len_utf8(), TokenKind::Punct);
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len(), TokenKind::Word);
    }
    out
}

fn find(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    Lexicon::embedded().find(text, &tokens(text), &mut out);
    out
}

/// `surface => name / country / sector` for every match, `-` for none.
fn render(text: &str) -> Vec<String> {
    let lex = Lexicon::embedded();
    find(text)
        .iter()
        .map(|m| {
            let e = lex.entry(m.entry);
            format!(
                "{} => {} / {} / {}",
                m.span.slice(text),
                e.name,
                e.country.as_deref().unwrap_or("-"),
                e.sector.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn table() {
    let cases: &[(&str, &[&str])] = &[
        // countries: CLDR names, hand variants, punctuation, multi-token names
        (
            "Pasukan Korea Utara dikirim ke Rusia, kata Korsel.",
            &[
                "Pasukan => tentara / - / MIL",
                "Korea Utara => Korea Utara / PRK / -",
                "Rusia => Rusia / RUS / -",
                "Korsel => Korea Selatan / KOR / -",
            ],
        ),
        (
            "Hubungan AS dan China memanas; Negeri Paman Sam menuding Tiongkok.",
            &[
                "AS => Amerika Serikat / USA / -",
                "China => Tiongkok / CHN / -",
                "Negeri Paman Sam => Amerika Serikat / USA / -",
                "Tiongkok => Tiongkok / CHN / -",
            ],
        ),
        // `as`/`ma`/`pan` in lower case are words, never acronyms
        ("Ia bekerja keras as usual, ma pan.", &[]),
        (
            "Putusan MA dan MK digugat PAN ke KPK.",
            &[
                "MA => Mahkamah Agung / IDN / JUD",
                "MK => Mahkamah Konstitusi / IDN / JUD",
                "PAN => Partai Amanat Nasional / IDN / PTY",
                "KPK => Komisi Pemberantasan Korupsi / IDN / JUD",
            ],
        ),
        // the bloc `Barat` vs the direction `barat` vs provinces
        (
            "Negara-negara Barat mengecam, sedangkan Barat terbelah.",
            &[
                "Negara-negara Barat => Barat / WST / -",
                "Barat => Barat / WST / -",
            ],
        ),
        (
            "Banjir melanda bagian barat Jawa Barat dan Papua Barat.",
            &[
                "Jawa Barat => Jawa Barat / IDN / -",
                "Papua Barat => Papua Barat / IDN / -",
            ],
        ),
        (
            "Banjir di Jakarta Barat dan Lombok Barat; Namun Barat diam.",
            &[
                "Jakarta => Jakarta / IDN / GOV",
                "Lombok => Lombok / IDN / -",
                "Barat => Barat / WST / -",
            ],
        ),
        (
            "Gempa di Nusa Tenggara Barat dan Sumatera Barat.",
            &[
                "Nusa Tenggara Barat => Nusa Tenggara Barat / IDN / -",
                "Sumatera Barat => Sumatera Barat / IDN / -",
            ],
        ),
        // metonyms: seats and capitals
        (
            "Kremlin dan Gedung Putih saling tuding, sementara Pentagon diam.",
            &[
                "Kremlin => Kremlin / RUS / GOV",
                "Gedung Putih => Gedung Putih / USA / GOV",
                "Pentagon => Pentagon / USA / MIL",
            ],
        ),
        (
            "Kiev dan Kyiv sama; Teheran menolak tuduhan Washington.",
            &[
                "Kiev => Kyiv / UKR / GOV",
                "Kyiv => Kyiv / UKR / GOV",
                "Teheran => Teheran / IRN / GOV",
                "Washington => Washington / USA / GOV",
            ],
        ),
        // people: full names, unambiguous surnames, spelling variants, no clitic forms
        (
            "Presiden Vladimir Putin bertemu Zelenskyy? Bukan, Zelensky menolak. Putinnya tidak.",
            &[
                "Presiden => presiden / - / GOV",
                "Vladimir Putin => Vladimir Putin / RUS / GOV",
                "Zelenskyy => Volodymyr Zelensky / UKR / GOV",
                "Zelensky => Volodymyr Zelensky / UKR / GOV",
            ],
        ),
        // roles: longest role wins, any case
        (
            "Menteri Luar Negeri dan para menteri serta juru bicara hadir.",
            &[
                "Menteri Luar Negeri => menteri luar negeri / - / GOV",
                "menteri => menteri / - / GOV",
                "juru bicara => juru bicara / - / GOV",
            ],
        ),
        // bodies: longest match beats the country inside it
        (
            "Bank Indonesia dan Dewan Keamanan PBB serta Uni Eropa.",
            &[
                "Bank Indonesia => Bank Indonesia / IDN / GOV",
                "Dewan Keamanan PBB => Dewan Keamanan PBB / IGO / -",
                "Uni Eropa => Uni Eropa / IGO / -",
            ],
        ),
        // demonyms and governments are derived from country names
        (
            "Warga Rusia dan pemerintah Indonesia serta bangsa Indonesia.",
            &[
                "Warga Rusia => warga Rusia / RUS / CVL",
                "pemerintah Indonesia => pemerintah Indonesia / IDN / GOV",
                "bangsa Indonesia => bangsa Indonesia / IDN / -",
            ],
        ),
        // diacritics and hyphenated compounds
        (
            "Erdoğan dan ERDOGAN; konflik Rusia-Ukraina.",
            &[
                "Erdoğan => Recep Tayyip Erdogan / TUR / GOV",
                "ERDOGAN => Recep Tayyip Erdogan / TUR / GOV",
                "Rusia => Rusia / RUS / -",
                "Ukraina => Ukraina / UKR / -",
            ],
        ),
        // lower-case proper names are not matched
        ("rusia dan putin ditulis kecil.", &[]),
        // cities (GeoNames) and Indonesian cities
        (
            "Banjir di Surabaya dan Bandung, lalu di Medan.",
            &[
                "Surabaya => Surabaya / IDN / -",
                "Bandung => Bandung / IDN / -",
                "Medan => Medan / IDN / -",
            ],
        ),
    ];
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = render(text);
        if got != *want {
            failed.push(format!("{text:?}\n  got:  {got:#?}\n  want: {want:#?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn token_indices_cover_the_match() {
    let text = "Kata juru bicara Kremlin, Dmitry Peskov.";
    let toks = tokens(text);
    let mut out = Vec::new();
    Lexicon::embedded().find(text, &toks, &mut out);
    assert!(!out.is_empty());
    for m in &out {
        let first = toks[m.tok_start].span;
        let last = toks[m.tok_end - 1].span;
        assert_eq!(first.start, m.span.start, "{}", m.span.slice(text));
        assert_eq!(last.end, m.span.end, "{}", m.span.slice(text));
    }
}

#[test]
fn prefixing_shifts_every_span() {
    let text = "Menlu AS Antony Blinken bertemu Wang Yi di Beijing.";
    let prefix = "Bogor — ";
    let a = find(text);
    let b = find(&format!("{prefix}{text}"));
    let b: Vec<_> = b
        .into_iter()
        .filter(|m| m.span.start >= prefix.len())
        .map(|m| {
            (
                m.span.start - prefix.len(),
                m.span.end - prefix.len(),
                m.entry,
            )
        })
        .collect();
    let a: Vec<_> = a
        .iter()
        .map(|m| (m.span.start, m.span.end, m.entry))
        .collect();
    assert_eq!(a, b);
}

#[test]
fn composition() {
    let lex = Lexicon::embedded();
    let cases: &[(&str, &[&str])] = &[
        (
            "Presiden Rusia, Vladimir Putin tiba.",
            &["Presiden Rusia, Vladimir Putin | RUS GOV | Presiden Rusia"],
        ),
        (
            "Tentara Rusia menyerang.",
            &["Tentara Rusia | RUS MIL | Tentara Rusia"],
        ),
        (
            "ujar juru bicara Kremlin Dmitry Peskov",
            &["juru bicara Kremlin Dmitry Peskov | RUS GOV | juru bicara Kremlin"],
        ),
        (
            "Sekjen NATO Mark Rutte dan Menlu Rusia",
            &[
                "Sekjen NATO Mark Rutte | IGO GOV | Sekjen NATO",
                "Menlu Rusia | RUS GOV | Menlu Rusia",
            ],
        ),
        // a body followed by a country belongs to that country
        (
            "Kementerian Pertahanan Israel dan Angkatan Udara Israel",
            &[
                "Kementerian Pertahanan Israel | ISR MIL | -",
                "Angkatan Udara Israel | ISR MIL | -",
            ],
        ),
        (
            "Menlu AS Marco Rubio menelepon juru bicara Kemlu China.",
            &[
                "Menlu AS Marco Rubio | USA GOV | Menlu AS",
                "juru bicara Kemlu China | CHN GOV | juru bicara Kemlu China",
            ],
        ),
        // rank after role; the person's sector wins over the rank's; Indonesia-only roles
        (
            "Kapolri Jenderal Listyo Sigit Prabowo dan Panglima TNI",
            &[
                "Kapolri Jenderal Listyo Sigit Prabowo | IDN COP | Kapolri",
                "Panglima TNI | IDN MIL | Panglima TNI",
            ],
        ),
        // a line break or a verb between parts stops composition
        (
            "Rusia\nPutin",
            &["Rusia | RUS - | -", "Putin | RUS GOV | -"],
        ),
    ];
    for (text, want) in cases {
        let mut ms = Vec::new();
        lex.find(text, &tokens(text), &mut ms);
        let mut out = Vec::new();
        lex.compose(text, &ms, &mut out);
        let got: Vec<String> = out
            .iter()
            .map(|m| {
                format!(
                    "{} | {} {} | {}",
                    m.span.slice(text),
                    m.country.unwrap_or("-"),
                    m.sector.unwrap_or("-"),
                    m.role_span.map_or("-", |s| s.slice(text))
                )
            })
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
    // org from the polity
    let text = "Sekjen NATO Mark Rutte";
    let mut ms = Vec::new();
    lex.find(text, &[], &mut ms);
    let mut out = Vec::new();
    lex.compose(text, &ms, &mut out);
    assert_eq!(out[0].org, Some("NATO"));
    assert_eq!(lex.entry(out[0].person.unwrap()).kind, EntryKind::Person);
}

fn check_spans(text: &str, out: &[Match], ntok: usize) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for m in out {
        prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
        prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prop_assert!(m.span.start >= last_end, "overlap or disorder");
        prop_assert!(m.tok_start <= m.tok_end && m.tok_end <= ntok);
        prop_assert!(Lexicon::embedded().get(m.entry).is_some());
        last_end = m.span.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_any_text(text in "\\PC{0,200}") {
        let toks = tokens(&text);
        let mut out = Vec::new();
        Lexicon::embedded().find(&text, &toks, &mut out);
        check_spans(&text, &out, toks.len())?;
    }

    #[test]
    fn never_panics_lexicon_like_text(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "Korea", "Utara", "AS", "as", "Barat", "negara-negara", "Jawa", "Rusia", ",",
                "İstanbul", "Erdoğan", "ß", "Putin", "nya", "\n", "  ", "Presiden", "-", "é",
                "\u{301}", "Menteri", "Luar", "Negeri", "PBB", "Dewan", "Keamanan",
            ]),
            0..40,
        ),
        sep in prop::sample::select(vec!["", " ", "\u{a0}", "\t", "-"]),
    ) {
        let text = words.join(sep);
        let toks = tokens(&text);
        let mut out = Vec::new();
        Lexicon::embedded().find(&text, &toks, &mut out);
        check_spans(&text, &out, toks.len())?;
        // composition never panics and covers every match once
        let mut ms = Vec::new();
        Lexicon::embedded().compose(&text, &out, &mut ms);
        prop_assert!(ms.len() <= out.len());
        // bad token lists (unsorted, out of range) must not panic either
        let bogus = vec![Token { span: Span::new(5, 3_000), kind: TokenKind::Word }; 3];
        let mut out2 = Vec::new();
        Lexicon::embedded().find(&text, &bogus, &mut out2);
        prop_assert_eq!(out2.len(), out.len());
    }
}
