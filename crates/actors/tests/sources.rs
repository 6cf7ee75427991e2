//! Every row of every embedded source parses and carries valid codes; people are unambiguous.

use std::collections::{HashMap, HashSet};
use std::time::Instant;
use warta_actors::source::{self, NON_STATE_CODES};
use warta_actors::{norm, EntryKind, Lexicon, EMBEDDED};

/// ISO alpha-3 codes: the `country` column of the generated `countries.tsv` (GeoNames).
fn iso3() -> HashSet<String> {
    let countries = EMBEDDED
        .iter()
        .find(|s| s.file == "countries.tsv")
        .expect("countries.tsv is embedded");
    let rows = source::parse(countries.file, countries.text).expect("countries.tsv parses");
    rows.into_iter().filter_map(|r| r.country).collect()
}

#[test]
fn every_row_parses_and_validates() {
    let iso = iso3();
    assert!(iso.len() > 240, "only {} ISO codes", iso.len());
    assert!(iso.contains("RUS") && iso.contains("IDN") && iso.contains("PRK"));
    let is_iso = |c: &str| iso.contains(c);
    let mut problems = Vec::new();
    for s in EMBEDDED {
        let rows = match source::parse(s.file, s.text) {
            Ok(r) => r,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        assert!(!rows.is_empty(), "{} has no rows", s.file);
        for r in &rows {
            for p in source::validate(r, &is_iso) {
                problems.push(format!("{}:{}: {p}", s.file, r.line));
            }
            let need_country = !matches!(s.kind, EntryKind::Role);
            if need_country && r.country.is_none() {
                problems.push(format!("{}:{}: no country", s.file, r.line));
            }
            if s.kind == EntryKind::Role && r.sector.is_none() {
                problems.push(format!("{}:{}: role without sector", s.file, r.line));
            }
            if s.kind == EntryKind::Person && (r.sector.is_none() || r.role.is_none()) {
                problems.push(format!(
                    "{}:{}: person without sector or role",
                    s.file, r.line
                ));
            }
            if r.country.as_deref() == Some("IGO") && r.org.is_none() {
                problems.push(format!("{}:{}: IGO without org", s.file, r.line));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // the non-state codes must not collide with real ISO codes
    for c in NON_STATE_CODES {
        assert!(!iso.contains(*c), "{c} is an ISO code");
    }
}

#[test]
fn person_aliases_are_unambiguous() {
    let lex = Lexicon::embedded();
    let mut by_key: HashMap<String, HashSet<u32>> = HashMap::new();
    for (id, e) in lex.entries().iter().enumerate() {
        if e.kind != EntryKind::Person {
            continue;
        }
        for a in lex.aliases_of(id as u32) {
            by_key.entry(norm::key(a)).or_default().insert(id as u32);
        }
    }
    let mut clashes: Vec<String> = by_key
        .iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|(k, ids)| {
            let names: Vec<&str> = ids.iter().map(|&i| lex.entry(i).name.as_str()).collect();
            format!("{k:?}: {names:?}")
        })
        .collect();
    clashes.sort();
    assert!(
        clashes.is_empty(),
        "ambiguous person aliases:\n{}",
        clashes.join("\n")
    );
}

#[test]
fn counts_and_load_time() {
    let t = Instant::now();
    let lex = Lexicon::from_sources(EMBEDDED).expect("embedded lexicon builds");
    let took = t.elapsed();
    let mut per_kind: HashMap<String, usize> = HashMap::new();
    for e in lex.entries() {
        *per_kind.entry(format!("{:?}", e.kind)).or_default() += 1;
    }
    let mut per_kind: Vec<_> = per_kind.into_iter().collect();
    per_kind.sort();
    eprintln!(
        "lexicon: {} entries, {} keys, built in {took:?} (debug build); {per_kind:?}",
        lex.len(),
        lex.pattern_count()
    );
    let count = |k: &str| per_kind.iter().find(|(n, _)| n == k).map_or(0, |(_, c)| *c);
    assert!(count("Country") > 240);
    assert!(count("Person") > 250);
    assert!(count("Place") > 3000);
    assert!(count("Role") > 50);
    assert!(count("Org") > 200);
    assert!(count("Demonym") > 400);
    // generous bound for an unoptimised build; release is measured by the `measure` example
    assert!(took.as_secs_f64() < 5.0, "lexicon took {took:?} to build");
}

#[test]
fn hand_rows_merge_into_generated_countries() {
    let lex = Lexicon::embedded();
    let id = lex.by_name("Korea Utara").expect("Korea Utara");
    let aliases: Vec<&str> = lex.aliases_of(id).collect();
    assert!(aliases.contains(&"Korut"), "{aliases:?}");
    assert_eq!(lex.entry(id).kind, EntryKind::Country);
    assert_eq!(lex.entry(id).country.as_deref(), Some("PRK"));
    let putin = lex.entry(lex.by_name("Vladimir Putin").expect("Putin"));
    assert_eq!(putin.wikidata.as_deref(), Some("Q7747"));
    assert!(putin.active_on(warta_core::Ymd::new(2024, 6, 18).unwrap()));
    let kuleba = lex.entry(lex.by_name("Dmytro Kuleba").expect("Kuleba"));
    assert!(!kuleba.active_on(warta_core::Ymd::new(2025, 1, 1).unwrap()));
}

#[test]
fn embedded_automaton_is_current() {
    let lex = Lexicon::from_sources(EMBEDDED).expect("embedded lexicon builds");
    assert!(
        lex.automaton_is_current(warta_actors::EMBEDDED_AUTOMATON),
        "data/actors/automaton.bin is stale: run `cargo run -p xtask -- build-actors --data ../shared/data`"
    );
}

#[test]
fn artefact_and_built_automaton_agree_and_bad_artefacts_fall_back() {
    let text = "Presiden Rusia, Vladimir Putin dan Menlu AS Marco Rubio di Jakarta Barat; \
                negara-negara Barat, KPK, MA dan warga Korea Utara.";
    let run = |lex: &Lexicon| {
        let mut out = Vec::new();
        lex.find(text, &[], &mut out);
        out
    };
    let built = Lexicon::from_sources(EMBEDDED).unwrap();
    let loaded = Lexicon::with_automaton(EMBEDDED, Some(warta_actors::EMBEDDED_AUTOMATON)).unwrap();
    assert_eq!(run(&built), run(&loaded));
    assert!(run(&built).len() >= 10);
    let a = warta_actors::EMBEDDED_AUTOMATON;
    let mut wrong_fp = a.to_vec();
    if wrong_fp.len() > 12 {
        wrong_fp[12] ^= 0xff;
    }
    for bad in [&a[..a.len() / 2], &a[..7], &[][..], &wrong_fp[..]] {
        let lex = Lexicon::with_automaton(EMBEDDED, Some(bad)).unwrap();
        assert_eq!(run(&lex), run(&built));
    }
}
