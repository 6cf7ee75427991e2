//! The embedded lexicon: the contract's examples, the treebank conventions, the artefact's
//! freshness against its sources, and robustness on arbitrary input.
use std::path::Path;
use std::time::Instant;

use proptest::prelude::*;
use warta_morph::build::Sources;
use warta_morph::{Convention, Lemmatizer, Word};

fn words_of(lem: &Lemmatizer, token: &str, initial: bool) -> Vec<String> {
    let mut out: Vec<Word> = Vec::new();
    lem.words_at(token, initial, &mut out);
    out.iter()
        .map(|w| format!("{}/{}", &token[w.range.clone()], w.lemma))
        .collect()
}

#[test]
fn contract_examples() {
    let lem = Lemmatizer::embedded();
    for (word, want) in [
        ("mengunjungi", "kunjung"),
        ("ditandatangani", "tanda tangan"),
        ("kekhawatirannya", "khawatir"),
        ("negara-negara", "negara"),
        ("berbulan-bulan", "bulan"),
        ("Mengunjungi", "kunjung"),
        ("dipertanyakan", "tanya"),
    ] {
        assert_eq!(lem.lemma(word), want, "{word}");
    }
    assert_eq!(
        words_of(lem, "berdirinya", true),
        ["berdiri/diri", "nya/dia"]
    );
}

#[test]
fn conventions_differ_where_the_treebanks_do() {
    let gsd = Lemmatizer::embedded_for(Convention::Gsd);
    let csui = Lemmatizer::embedded_for(Convention::Csui);
    // GSD: -nya -> dia, everything lowercase.
    assert_eq!(words_of(gsd, "rumahnya", false), ["rumah/rumah", "nya/dia"]);
    assert_eq!(words_of(gsd, "Jakarta", false), ["Jakarta/jakarta"]);
    // CSUI: -nya -> nya, capitalised words keep their form inside a sentence only.
    assert_eq!(
        words_of(csui, "rumahnya", false),
        ["rumah/rumah", "nya/nya"]
    );
    assert_eq!(words_of(csui, "Jakarta", false), ["Jakarta/Jakarta"]);
    assert_eq!(words_of(csui, "Pembangunan", true), ["Pembangunan/bangun"]);
}

#[test]
fn loads_quickly() {
    let t = Instant::now();
    let lem = Lemmatizer::embedded_for(Convention::Csui);
    let took = t.elapsed();
    let (roots, base) = lem.sizes();
    assert!(roots > 1000 || roots == 0, "{roots} roots");
    println!("loaded {roots} roots, {base} exceptions in {took:?}");
    // The bar is 20 ms in release; debug builds and a busy CI core get ten times that.
    assert!(took.as_millis() < 200, "load took {took:?}");
}

/// The committed artefact must be built from the current sources: compares the checksum stored
/// in its header (sources + rules version) with the sources on disk. `cargo run -p xtask --
/// build-lemmas --check` does the full byte-for-byte rebuild.
#[test]
fn artefact_matches_sources() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let data = root.join("../shared/data");
    if !data.join(warta_morph::build::NLPID_DICT).exists() {
        eprintln!("skipped: {} absent", data.display());
        return;
    }
    let want = Sources::checksum_of(&data, &root.join("data/lemma/overrides.tsv"))
        .expect("sources readable");
    assert_eq!(
        Lemmatizer::embedded().source_checksum(),
        want,
        "data/lemma/lexicon.bin is stale: run `cargo run -p xtask -- build-lemmas`"
    );
}

#[test]
fn huge_and_odd_tokens() {
    let lem = Lemmatizer::embedded();
    let mut out = Vec::new();
    for token in [
        "a".repeat(100_000),
        "é".repeat(50_000),
        format!("{}nya", "me".repeat(1000)),
        "-".repeat(1000),
        "\u{0}\u{feff}nya".to_string(),
        "İstanbul".to_string(),
    ] {
        let _ = lem.lemma(&token);
        out.clear();
        lem.words_at(&token, false, &mut out);
        assert_eq!(out.last().map(|w| w.range.end), Some(token.len()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_and_ranges_are_valid(token in "\\PC{0,40}", initial in any::<bool>()) {
        for conv in [Convention::Gsd, Convention::Csui] {
            let lem = Lemmatizer::embedded_for(conv);
            let _ = lem.lemma(&token);
            let mut out = Vec::new();
            lem.words_at(&token, initial, &mut out);
            let mut at = 0;
            for w in &out {
                prop_assert_eq!(w.range.start, at);
                prop_assert!(w.range.end > w.range.start);
                prop_assert!(token.is_char_boundary(w.range.start));
                prop_assert!(token.is_char_boundary(w.range.end));
                at = w.range.end;
            }
            prop_assert_eq!(at, token.len());
        }
    }

    #[test]
    fn indonesian_shaped_words_never_panic(
        pre in "(meng|meny|mem|men|me|peng|peny|pem|pen|pe|per|ber|be|ter|di|ke|se|)",
        stem in "[a-z]{0,10}",
        suf in "(kan|an|i|nya|ku|mu|lah|kah|pun|)",
        dup in any::<bool>(),
    ) {
        let w = format!("{pre}{stem}{suf}");
        let token = if dup { format!("{stem}-{w}") } else { w };
        let lem = Lemmatizer::embedded();
        let lemma = lem.lemma(&token);
        prop_assert!(lemma.len() <= token.len() + 16);
        let mut out = Vec::new();
        lem.words(&token, &mut out);
        // lemma() is the first word's lemma, whichever path computed it.
        prop_assert_eq!(out.first().map(|w| w.lemma.as_str()), (!token.is_empty()).then_some(&*lemma));
        prop_assert_eq!(out.last().map(|w| w.range.end), if token.is_empty() { None } else { Some(token.len()) });
    }
}
