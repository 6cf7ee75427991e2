//! Table-driven tests of the affix rules, on a small lexicon built here (no shared data needed):
//! every case below is found by the rules alone, validated against the root list.
use std::sync::OnceLock;

use warta_morph::build::{self, Sources};
use warta_morph::{Convention, Lemmatizer};

const ROOTS: &[&str] = &[
    "ajar",
    "ambil",
    "baca",
    "bulan",
    "curi",
    "dapat",
    "diri",
    "duduk",
    "gerak",
    "hasil",
    "jalan",
    "kenal",
    "kerja",
    "khawatir",
    "kirim",
    "kunjung",
    "lihat",
    "main",
    "makan",
    "negara",
    "pakai",
    "pukul",
    "rasa",
    "rumah",
    "sapu",
    "satu",
    "sebut",
    "tahu",
    "tani",
    "tanam",
    "tulis",
    "tandatangan",
    "buku",
    "ambil",
    "bom",
    "lapor",
    "temu",
    "bangun",
    "bentuk",
    "terima",
    "mulai",
    "ganggu",
];

/// (surface word, lemma): one row per rule; the comment names the rule.
const CASES: &[(&str, &str)] = &[
    ("mengunjungi", "kunjung"),         // meng- + k restored, -i
    ("menulis", "tulis"),               // men- + t restored
    ("memukul", "pukul"),               // mem- + p restored
    ("menyapu", "sapu"),                // meny- + s restored
    ("mengirim", "kirim"),              // meng- + k restored
    ("mengambil", "ambil"),             // meng- before a vowel
    ("membaca", "baca"),                // mem- before b
    ("mencuri", "curi"),                // men- before c
    ("melihat", "lihat"),               // me- before l
    ("mengebom", "bom"),                // menge- before a one-syllable root
    ("dimakan", "makan"),               // di-
    ("terbentuk", "bentuk"),            // ter-
    ("bermain", "main"),                // ber-
    ("bekerja", "kerja"),               // be- before C-er
    ("belajar", "ajar"),                // bel- + ajar
    ("pelajar", "ajar"),                // pel- + ajar
    ("petani", "tani"),                 // pe-
    ("pekerja", "kerja"),               // pe- before C-er
    ("perumahan", "rumah"),             // pe- + r, -an
    ("pertemuan", "temu"),              // per-an
    ("pembangunan", "bangun"),          // peN-an with m
    ("penerimaan", "terima"),           // peN-an, t restored
    ("pelaporan", "lapor"),             // pe-an before l
    ("kekhawatiran", "khawatir"),       // ke-an
    ("kekhawatirannya", "khawatir"),    // ke-an + -nya dropped
    ("memperkenalkan", "kenal"),        // memper-kan (two prefixes)
    ("diperkenalkan", "kenal"),         // diper-kan
    ("berkenalan", "kenal"),            // ber-an
    ("sebutlah", "sebut"),              // particle -lah
    ("bukumu", "buku"),                 // possessive -mu
    ("bukuku", "buku"),                 // possessive -ku
    ("negara-negara", "negara"),        // full reduplication
    ("berbulan-bulan", "bulan"),        // reduplication with affix
    ("bermain-main", "main"),           // reduplication with affix
    ("ditandatangani", "tanda tangan"), // override rewrites the rules' lemma
    ("gangguan", "ganggu"),             // -an
    ("dimulai", "mulai"),               // root ending in -i
    ("xyzzy", "xyzzy"),                 // unknown word: itself
    ("2024", "2024"),                   // numbers: themselves
    ("Rumah", "rumah"),                 // lowercased
];

fn lemmatizer() -> &'static Lemmatizer {
    static L: OnceLock<Lemmatizer> = OnceLock::new();
    L.get_or_init(|| {
        let src = Sources {
            nlpid: ROOTS
                .iter()
                .map(|r| (r.to_string(), r.to_string()))
                .collect(),
            overrides: build::parse_overrides("tandatangan\ttanda tangan\n"),
            ..Sources::default()
        };
        let bytes = build::build(&src).expect("build");
        Lemmatizer::from_static(Box::leak(bytes.into_boxed_slice()), Convention::Gsd).expect("load")
    })
}

#[test]
fn rule_table() {
    let lem = lemmatizer();
    let mut failures = Vec::new();
    for &(word, want) in CASES {
        let got = lem.lemma(word);
        if got != want {
            failures.push(format!("{word}: want {want}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (token, expected words as `surface/lemma`).
const SPLITS: &[(&str, &[&str])] = &[
    ("rumahnya", &["rumah/rumah", "nya/dia"]),
    ("bukuku", &["buku/buku", "ku/aku"]),
    ("bukumu", &["buku/buku", "mu/kamu"]),
    ("sebutlah", &["sebut/sebut", "lah/lah"]),
    ("bukukah", &["buku/buku", "kah/kah"]),
    ("bukunyapun", &["buku/buku", "nya/dia", "pun/pun"]),
    ("berdirinya", &["berdiri/diri", "nya/dia"]),
    ("negara-negaranya", &["negara-negara/negara", "nya/dia"]),
    ("buku", &["buku/buku"]), // a root ending in -ku is no clitic
    ("satu", &["satu/satu"]),
    ("kenal", &["kenal/kenal"]),
];

#[test]
fn clitic_table() {
    let lem = lemmatizer();
    let mut failures = Vec::new();
    let mut words = Vec::new();
    for &(token, want) in SPLITS {
        words.clear();
        lem.words(token, &mut words);
        let got: Vec<String> = words
            .iter()
            .map(|w| format!("{}/{}", &token[w.range.clone()], w.lemma))
            .collect();
        if got != want {
            failures.push(format!("{token}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lemma_borrows_when_it_can() {
    let lem = lemmatizer();
    for w in ["mengunjungi", "negara-negara", "menulis", "xyzzy"] {
        assert!(
            matches!(lem.lemma(w), std::borrow::Cow::Borrowed(_)),
            "{w} allocated"
        );
    }
}

#[test]
fn build_is_deterministic() {
    let src = Sources {
        nlpid: ROOTS
            .iter()
            .map(|r| (r.to_string(), r.to_string()))
            .collect(),
        ..Sources::default()
    };
    assert_eq!(build::build(&src).ok(), build::build(&src).ok());
}
