//! Building the lexicon artefact from its sources (used by `cargo run -p xtask -- build-lemmas`).
//!
//! Sources, read from the shared data directory and the repository:
//! - nlp-id's `lemma_dict.json` (MIT): inflected form -> root. Its roots form the root table; the
//!   forms whose root the rules do not find are stored as base exceptions.
//! - nlp-id's `non_clitics.txt`: words ending in `-nya` that carry no clitic (added as roots).
//! - UD Indonesian-GSD dev and UD Indonesian-CSUI train (CC BY-SA 4.0), never a test split: their
//!   lemmas are added to the roots, and each treebank's words whose UD lemma (or clitic split)
//!   differs from what rules + base give become that [`Convention`]'s table.
//! - `data/lemma/overrides.tsv`: `form<TAB>lemma`, human-edited, wins over everything.
//!
//! The output depends only on these inputs: every table is sorted and ties are broken by order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::artefact::{self, Fnv};
use crate::table;
use crate::{Convention, Core, FORMAT_VERSION, RULES_VERSION};

/// Why the sources could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A source file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// `lemma_dict.json` is not a JSON object of strings.
    #[error("parsing {path}: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The parse error.
        source: serde_json::Error,
    },
    /// A built table did not load back (a bug in the writer).
    #[error("built artefact does not load: {0}")]
    Artefact(#[from] crate::Error),
}

/// One syntactic word of a CoNLL-U sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdWord {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
}

/// One surface token: a single word, or a multiword token with its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdToken {
    /// The token's surface form.
    pub form: String,
    /// Its syntactic words (one for a plain token).
    pub words: Vec<UdWord>,
}

/// The tokens of one sentence.
pub type UdSentence = Vec<UdToken>;

/// Reads CoNLL-U text into sentences of tokens; comments, empty nodes and malformed lines are
/// skipped.
pub fn read_conllu(text: &str) -> Vec<UdSentence> {
    let mut sents = Vec::new();
    let mut cur: UdSentence = Vec::new();
    let mut mwt_end = 0usize;
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                sents.push(std::mem::take(&mut cur));
            }
            mwt_end = 0;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 || cols[0].contains('.') {
            continue;
        }
        if let Some((a, b)) = cols[0].split_once('-') {
            let (Ok(_), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                continue;
            };
            mwt_end = b;
            cur.push(UdToken {
                form: cols[1].to_string(),
                words: Vec::new(),
            });
            continue;
        }
        let Ok(id) = cols[0].parse::<usize>() else {
            continue;
        };
        let w = UdWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
        };
        match cur.last_mut() {
            Some(t) if id <= mwt_end => t.words.push(w),
            _ => cur.push(UdToken {
                form: w.form.clone(),
                words: vec![w],
            }),
        }
    }
    if !cur.is_empty() {
        sents.push(cur);
    }
    sents
}

/// Everything the artefact is built from.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// nlp-id form -> lemma pairs.
    pub nlpid: Vec<(String, String)>,
    /// nlp-id's words that end like a clitic but carry none.
    pub non_clitics: Vec<String>,
    /// UD Indonesian-GSD dev sentences.
    pub gsd: Vec<UdSentence>,
    /// UD Indonesian-CSUI train sentences.
    pub csui: Vec<UdSentence>,
    /// `overrides.tsv` rows.
    pub overrides: Vec<(String, String)>,
    /// FNV-1a of all source bytes, the rules version and the format version.
    pub checksum: u64,
}

/// Source file paths relative to the shared data directory.
pub const NLPID_DICT: &str = "nlp-id-lemma/lemma_dict.json";
/// See [`NLPID_DICT`].
pub const NLPID_NON_CLITICS: &str = "nlp-id-lemma/non_clitics.txt";
/// GSD dev (GSD train is not in the shared data; test is never read).
pub const GSD_DEV: &str = "UD_Indonesian-GSD/id_gsd-ud-dev.conllu";
/// CSUI train.
pub const CSUI_TRAIN: &str = "UD_Indonesian-CSUI/id_csui-ud-train.conllu";

fn read(path: &Path, ck: &mut Fnv) -> Result<String, BuildError> {
    let text = std::fs::read_to_string(path).map_err(|source| BuildError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    ck.write(&(text.len() as u64).to_le_bytes());
    ck.write(text.as_bytes());
    Ok(text)
}

/// Parses `overrides.tsv`: `form<TAB>lemma` rows; `#` comments and blank lines ignored.
pub fn parse_overrides(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(f, l)| (f.trim().to_lowercase(), l.trim().to_string()))
        .filter(|(f, l)| !f.is_empty() && !l.is_empty())
        .collect()
}

impl Sources {
    /// Reads the sources from the shared data directory and the overrides file.
    pub fn load(data_dir: &Path, overrides: &Path) -> Result<Self, BuildError> {
        let mut ck = Fnv::default();
        ck.write(&RULES_VERSION.to_le_bytes());
        ck.write(&FORMAT_VERSION.to_le_bytes());
        let dict_path = data_dir.join(NLPID_DICT);
        let dict = read(&dict_path, &mut ck)?;
        let map: BTreeMap<String, String> =
            serde_json::from_str(&dict).map_err(|source| BuildError::Json {
                path: dict_path,
                source,
            })?;
        let non_clitics = read(&data_dir.join(NLPID_NON_CLITICS), &mut ck)?
            .lines()
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty())
            .collect();
        let gsd = read_conllu(&read(&data_dir.join(GSD_DEV), &mut ck)?);
        let csui = read_conllu(&read(&data_dir.join(CSUI_TRAIN), &mut ck)?);
        let overrides = parse_overrides(&read(overrides, &mut ck)?);
        Ok(Sources {
            nlpid: map.into_iter().collect(),
            non_clitics,
            gsd,
            csui,
            overrides,
            checksum: ck.finish(),
        })
    }

    /// Only the checksum of the sources, without parsing them (for the staleness test).
    pub fn checksum_of(data_dir: &Path, overrides: &Path) -> Result<u64, BuildError> {
        let mut ck = Fnv::default();
        ck.write(&RULES_VERSION.to_le_bytes());
        ck.write(&FORMAT_VERSION.to_le_bytes());
        for p in [NLPID_DICT, NLPID_NON_CLITICS, GSD_DEV, CSUI_TRAIN] {
            read(&data_dir.join(p), &mut ck)?;
        }
        read(overrides, &mut ck)?;
        Ok(ck.finish())
    }
}

/// A plain word the lexicon should know: lowercase letters, optionally hyphenated.
fn lexical(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Statistics of how one treebank lemmatises and splits.
#[derive(Default)]
struct Treebank {
    /// lowercase word form -> lemma -> count
    lemmas: HashMap<String, BTreeMap<String, usize>>,
    /// lowercase token -> cut positions ("" for no split) -> count
    splits: HashMap<String, BTreeMap<String, usize>>,
}

fn majority(m: &BTreeMap<String, usize>) -> Option<&str> {
    // Highest count; ties go to the bytewise smallest, so the result is deterministic.
    m.iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| k.as_str())
}

fn gather(sents: &[UdSentence], default_nya: &str) -> Treebank {
    let mut tb = Treebank::default();
    for s in sents {
        for t in s {
            for w in &t.words {
                if w.lemma == "_" || w.form.contains('\t') {
                    continue;
                }
                *tb.lemmas
                    .entry(w.form.to_lowercase())
                    .or_default()
                    .entry(w.lemma.to_lowercase())
                    .or_default() += 1;
            }
            let form = t.form.to_ascii_lowercase();
            let concat: String = t.words.iter().map(|w| w.form.as_str()).collect();
            if concat.to_ascii_lowercase() != form || form.contains('\t') {
                continue;
            }
            let mut cuts = Vec::new();
            let mut at = 0;
            for (i, w) in t.words.iter().enumerate().skip(1) {
                at += t.words[i - 1].form.len();
                // The clitic's lemma rides along when it is not the convention's default.
                let lemma = w.lemma.to_lowercase();
                let default = match w.form.to_lowercase().as_str() {
                    "nya" => default_nya,
                    "ku" => "aku",
                    "mu" => "kamu",
                    other => other,
                }
                .to_string();
                if lemma != default && lemma != "_" {
                    cuts.push(format!("{at}:{lemma}"));
                } else {
                    cuts.push(at.to_string());
                }
            }
            *tb.splits
                .entry(form)
                .or_default()
                .entry(cuts.join(","))
                .or_default() += 1;
        }
    }
    tb
}

/// Builds the artefact bytes. Deterministic for given sources.
pub fn build(src: &Sources) -> Result<Vec<u8>, BuildError> {
    // 1. Roots: nlp-id's roots, the UD lemmas, the non-clitic words.
    let mut roots: BTreeSet<String> = BTreeSet::new();
    for (_, l) in &src.nlpid {
        let l = l.to_lowercase();
        if lexical(&l) {
            roots.insert(l);
        }
    }
    let gsd = gather(&src.gsd, "dia");
    let csui = gather(&src.csui, "nya");
    for tb in [&gsd, &csui] {
        for m in tb.lemmas.values() {
            for l in m.keys() {
                if lexical(l) && l.len() >= 2 {
                    roots.insert(l.clone());
                }
            }
        }
    }
    roots.extend(src.non_clitics.iter().filter(|w| lexical(w)).cloned());
    let root_entries: Vec<(&str, &str)> = roots.iter().map(|r| (r.as_str(), "")).collect();
    let roots_t = table::encode(&root_entries);
    let empty = table::encode::<&str, &str>(&[]);
    let overrides_t = table::encode(&src.overrides);

    // 2. Base exceptions: nlp-id forms the rules alone get wrong.
    let stage0 = artefact::write(
        0,
        &[
            roots_t.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
        ],
    );
    let base_t = {
        let mut core = Core::new(&stage0, Convention::Gsd)?;
        // Compare the bare rules: the keep-whole rules apply to lexicon hits too, so exceptions
        // that only restate them would be dead weight.
        core.keep_whole = false;
        let mut base = Vec::new();
        for (f, l) in &src.nlpid {
            let (f, l) = (f.to_lowercase(), l.to_lowercase());
            if !lexical(&f) || l.contains('\t') || l.is_empty() {
                continue;
            }
            if core.lemma_of_word(&f) != l.as_str() {
                base.push((f, l));
            }
        }
        table::encode(&base)
    };

    // 3. Per-treebank tables: first lemmas, then splits (split rules consult the lemma table).
    let mut conv_tables = Vec::new();
    for (conv, own, other) in [
        (Convention::Gsd, &gsd, &csui),
        (Convention::Csui, &csui, &gsd),
    ] {
        // For GSD, CSUI fills in forms GSD dev never saw (most lemmas agree; measured on held-out
        // folds of GSD dev it helps, while GSD does not help CSUI).
        let mut merged = Treebank {
            lemmas: own.lemmas.clone(),
            splits: own.splits.clone(),
        };
        if conv == Convention::Gsd {
            for (f, m) in &other.lemmas {
                merged.lemmas.entry(f.clone()).or_insert_with(|| m.clone());
            }
            for (f, m) in &other.splits {
                merged.splits.entry(f.clone()).or_insert_with(|| m.clone());
            }
        }
        let tb = &merged;
        let stage1 = artefact::write(
            0,
            &[
                roots_t.clone(),
                base_t.clone(),
                overrides_t.clone(),
                empty.clone(),
                empty.clone(),
                empty.clone(),
                empty.clone(),
            ],
        );
        let core = Core::new(&stage1, conv)?;
        let mut lemmas = Vec::new();
        let mut keys: Vec<&String> = tb.lemmas.keys().collect();
        keys.sort();
        for f in keys {
            let Some(l) = majority(&tb.lemmas[f]) else {
                continue;
            };
            let clitic =
                crate::PARTICLES.contains(&f.as_str()) || crate::POSSESSIVES.contains(&f.as_str());
            let got = if clitic {
                core.clitic_lemma(f).to_string()
            } else {
                core.lemma_of_word(f).into_owned()
            };
            if got != l || clitic {
                lemmas.push((f.clone(), l.to_string()));
            }
        }
        let lemmas_t = table::encode(&lemmas);
        let mut tables = [
            roots_t.clone(),
            base_t.clone(),
            overrides_t.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
            empty.clone(),
        ];
        let slot = if conv == Convention::Gsd { 3 } else { 5 };
        tables[slot] = lemmas_t.clone();
        let stage2 = artefact::write(0, &tables);
        let core = Core::new(&stage2, conv)?;
        let mut splits = Vec::new();
        let mut keys: Vec<&String> = tb.splits.keys().collect();
        keys.sort();
        for t in keys {
            let Some(gold) = majority(&tb.splits[t]) else {
                continue;
            };
            let cuts = core.cuts(t);
            let got: Vec<String> = cuts.at[..cuts.n].iter().map(|c| c.to_string()).collect();
            // Rules never set clitic lemmas, so a gold value with one is always stored.
            if got.join(",") != gold {
                splits.push((t.clone(), gold.to_string()));
            }
        }
        conv_tables.push((lemmas_t, table::encode(&splits)));
    }
    let mut it = conv_tables.into_iter();
    let (glem, gspl) = it.next().unwrap_or_default();
    let (clem, cspl) = it.next().unwrap_or_default();
    let out = artefact::write(
        src.checksum,
        &[roots_t, base_t, overrides_t, glem, gspl, clem, cspl],
    );
    artefact::parse(&out)?;
    Ok(out)
}
