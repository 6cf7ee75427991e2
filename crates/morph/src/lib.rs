//! Indonesian morphology: lemmas of surface tokens.
//!
//! CONTRACT (keep these signatures):
//! - [`Lemmatizer::embedded`] returns the shared, immutable lemmatiser (lexicon embedded).
//! - [`Lemmatizer::lemma`] gives the lemma of a whole surface token, clitics dropped
//!   (`mengunjungi` -> `kunjung`, `kekhawatirannya` -> `khawatir`).
//! - [`Lemmatizer::words`] splits a surface token into syntactic words (UD style: `berdirinya` ->
//!   `berdiri` + `nya`) with the lemma of each.
//!
//! Additions: [`Lemmatizer::embedded_for`] picks a treebank [`Convention`] (GSD, the default, or
//! CSUI); [`Lemmatizer::words_at`] takes whether the token starts a sentence (CSUI keeps the case
//! of capitalised words inside a sentence). `lemma` borrows: its result is a slice of the input
//! or of the embedded lexicon unless the input had to be lowercased.
//!
//! # How a lemma is found
//!
//! 1. The token is split into syntactic words: a host plus the enclitics UD Indonesian writes as
//!    words of their own (`-nya`, `-ku`, `-mu`, `-lah`, `-kah`, `-pun`, `-tah`). Proclitics `ku-`
//!    and `kau-` stay attached, as in both UD treebanks.
//! 2. Each word is looked up, lowercased, in `data/lemma/overrides.tsv` (human-edited, wins over
//!    everything), then in the tables of the chosen treebank [`Convention`] (forms whose UD lemma
//!    the rules and the base lexicon get wrong), then in the base lexicon (the nlp-id forms the
//!    rules get wrong).
//! 3. Otherwise reduplication (`negara-negara`, `berbulan-bulan`) and confix stripping (`rules.rs`:
//!    `meN-`/`peN-` with nasal alternations, `di-`, `ter-`, `ber-`, `ke-`, `se-`, `per-`,
//!    `-kan`/`-i`/`-an`, in ECS / Nazief-Adriani order, validated against a root table) find the
//!    lemma. Both treebanks keep `ke-` + root words whole (ordinals); GSD also `se-` words.
//!
//! The lexicon is compiled by `cargo run -p xtask -- build-lemmas` (see [`build`]) into
//! `data/lemma/lexicon.bin` (magic `WARTALEX`, format version, sources checksum, sorted string
//! tables) and embedded with `include_bytes!`; loading checks offsets only (about 1 ms).
//!
//! ```
//! use warta_morph::Lemmatizer;
//! let lem = Lemmatizer::embedded();
//! assert_eq!(lem.lemma("negara-negara"), "negara");
//! let mut words = Vec::new();
//! lem.words("rumahnya", &mut words);
//! assert_eq!(words.len(), 2);
//! assert_eq!(&"rumahnya"[words[1].range.clone()], "nya");
//! ```
#![deny(missing_docs)]

mod artefact;
pub mod build;
mod rules;
mod table;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use artefact::Sections;
pub use artefact::{Error, Fnv, FORMAT_VERSION, MAGIC};
use rules::Stemmer;
use table::Table;

/// The compiled lexicon shipped with the crate.
static EMBEDDED: &[u8] = include_bytes!("../../../data/lemma/lexicon.bin");

/// Bumped whenever the rules change in a way that changes what the build stores; part of the
/// artefact checksum.
pub const RULES_VERSION: u32 = 1;

/// One syntactic word inside a surface token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte range inside the token's text.
    pub range: Range<usize>,
    /// Lemma of the word.
    pub lemma: String,
}

/// Which UD Indonesian treebank's lemma conventions to follow. The treebanks disagree on some
/// function words (`sebagai`, `tersebut`), on the lemma of `-nya` (`dia` vs `nya`) and on case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Convention {
    /// UD Indonesian-GSD: every lemma lowercase, `-nya` -> `dia`, `ia` -> `dia`.
    #[default]
    Gsd,
    /// UD Indonesian-CSUI: capitalised words inside a sentence keep their surface form as lemma,
    /// `-nya` -> `nya`, derivational affixes more often stripped from function words.
    Csui,
}

/// Pronouns and determiners, whose lemma CSUI lowercases even where a capitalised form keeps
/// its case (after an opening quote, in titles).
const CSUI_LOWER_ALWAYS: &[&str] = &[
    "aku", "anda", "beberapa", "beliau", "berbagai", "banyak", "dia", "engkau", "ia", "ini", "itu",
    "kami", "kamu", "kita", "mereka", "para", "saya", "semua", "seorang", "seluruh", "setiap",
    "yang",
];

/// The clitics UD Indonesian splits off as words of their own, outermost first.
const PARTICLES: [&str; 4] = ["lah", "kah", "pun", "tah"];
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];

/// The lemmatiser. Immutable; share it by reference across threads.
#[derive(Debug)]
pub struct Lemmatizer {
    core: Core<'static>,
}

/// The lemmatiser's logic over artefact bytes of any lifetime (the build uses it on bytes it has
/// just encoded).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Core<'d> {
    data: Sections<'d>,
    convention: Convention,
    /// The treebanks' keep-whole rules for `ke-`/`se-` words; the build turns them off to find
    /// what the bare rules get wrong.
    keep_whole: bool,
}

/// Where a token splits into host and clitics: byte cut positions, ascending, and the lemma of
/// the clitic after each cut when a treebank table fixes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cuts<'d> {
    at: [usize; 2],
    lemma: [Option<&'d str>; 2],
    n: usize,
}

impl Cuts<'_> {
    fn push(&mut self, c: usize) {
        if self.n < 2 {
            self.at[self.n] = c;
            self.n += 1;
        }
    }
    fn host_end(&self, len: usize) -> usize {
        if self.n == 0 {
            len
        } else {
            self.at[0]
        }
    }
}

impl Lemmatizer {
    /// The lemmatiser with the embedded lexicon and GSD conventions, loaded once.
    pub fn embedded() -> &'static Lemmatizer {
        Self::embedded_for(Convention::Gsd)
    }

    /// The embedded lemmatiser following `convention`, loaded once per convention.
    pub fn embedded_for(convention: Convention) -> &'static Lemmatizer {
        static GSD: OnceLock<Lemmatizer> = OnceLock::new();
        static CSUI: OnceLock<Lemmatizer> = OnceLock::new();
        let cell = match convention {
            Convention::Gsd => &GSD,
            Convention::Csui => &CSUI,
        };
        cell.get_or_init(|| {
            // A corrupt embedded artefact is a build bug; fall back to the rules with no lexicon
            // rather than panic, and let the artefact test report it.
            Lemmatizer::from_static(EMBEDDED, convention).unwrap_or(Lemmatizer {
                core: Core {
                    data: Sections::default(),
                    convention,
                    keep_whole: true,
                },
            })
        })
    }

    /// A lemmatiser over an artefact built by [`build::build`].
    pub fn from_static(bytes: &'static [u8], convention: Convention) -> Result<Self, Error> {
        Ok(Lemmatizer {
            core: Core::new(bytes, convention)?,
        })
    }

    /// The convention this lemmatiser follows.
    pub fn convention(&self) -> Convention {
        self.core.convention
    }

    /// Checksum of the sources the loaded artefact was built from (see [`build::Sources`]).
    pub fn source_checksum(&self) -> u64 {
        self.core.data.checksum
    }

    /// Number of entries in the root table and in the base exception table.
    pub fn sizes(&self) -> (usize, usize) {
        (self.core.data.roots.len(), self.core.data.base.len())
    }

    /// Lemma of a whole surface token: the lemma of its host word, clitics dropped.
    pub fn lemma<'a>(&'a self, word: &'a str) -> Cow<'a, str> {
        self.core.lemma(word)
    }

    /// Syntactic words of a surface token, appended to `out`; the token is treated as sentence
    /// initial (see [`Lemmatizer::words_at`]).
    pub fn words(&self, token: &str, out: &mut Vec<Word>) {
        self.core.words_at(token, true, out);
    }

    /// Syntactic words of a surface token, appended to `out`. `sentence_initial` matters for the
    /// CSUI convention only, which keeps capitalised words' surface form as lemma except at the
    /// start of a sentence.
    pub fn words_at(&self, token: &str, sentence_initial: bool, out: &mut Vec<Word>) {
        self.core.words_at(token, sentence_initial, out);
    }
}

impl<'d> Core<'d> {
    pub(crate) fn new(bytes: &'d [u8], convention: Convention) -> Result<Self, Error> {
        Ok(Core {
            data: artefact::parse(bytes)?,
            convention,
            keep_whole: true,
        })
    }

    fn conv_tables(&self) -> (Table<'d>, Table<'d>) {
        match self.convention {
            Convention::Gsd => (self.data.gsd_lemmas, self.data.gsd_splits),
            Convention::Csui => (self.data.csui_lemmas, self.data.csui_splits),
        }
    }

    fn stemmer(&self) -> Stemmer<'d> {
        Stemmer {
            roots: self.data.roots,
        }
    }

    /// Lemma of a whole surface token: the lemma of its host word, clitics dropped.
    pub(crate) fn lemma<'a>(&'a self, word: &'a str) -> Cow<'a, str> {
        match ascii_lower(word) {
            Cow::Borrowed(s) => self.lemma_lower(s),
            Cow::Owned(s) => Cow::Owned(self.lemma_lower(&s).into_owned()),
        }
    }

    /// [`Core::lemma`] of an ASCII-lowercased token.
    fn lemma_lower<'a>(&'a self, s: &'a str) -> Cow<'a, str> {
        let (lemmas, splits) = self.conv_tables();
        // Numbers and punctuation: only the treebank table may say otherwise (`2-2` -> `2`).
        if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_alphabetic()) {
            return Cow::Borrowed(lemmas.get(s).unwrap_or(s));
        }
        // Hit path: a token the lexicon knows whole takes no split and needs no rules.
        if splits.get(s).is_none() {
            if let Some(l) = self.lookup(s) {
                return l;
            }
        }
        let word_like = s.bytes().all(|b| b.is_ascii_lowercase());
        if word_like {
            // Not in the lexicon: a word the rules stem whole takes no split.
            if let Some(r) = self.stemmer().core(s) {
                return self.keep_prefixed(s, self.remap(r));
            }
            if self.se_nya_adverb(s) {
                return self.lemma_of_word(s);
            }
        }
        let cuts = self.cuts_checked(s, false, !word_like);
        self.lemma_of_word(&s[..cuts.host_end(s.len())])
    }

    /// The lexicon's lemma for a whole word: overrides, treebank table, base exceptions, roots.
    fn lookup<'a>(&'a self, w: &'a str) -> Option<Cow<'a, str>> {
        let (lemmas, _) = self.conv_tables();
        if let Some(v) = self.data.overrides.get(w).or_else(|| lemmas.get(w)) {
            return Some(Cow::Borrowed(v));
        }
        if let Some(v) = self.data.base.get(w) {
            return Some(self.keep_prefixed(w, self.remap(v)));
        }
        self.data
            .roots
            .get_key(w)
            .map(|r| Cow::Borrowed(self.remap(r)))
    }

    /// Syntactic words of a surface token, appended to `out`. `sentence_initial` matters for the
    /// CSUI convention only, which keeps capitalised words' surface form as lemma except at the
    /// start of a sentence.
    pub(crate) fn words_at(&self, token: &str, sentence_initial: bool, out: &mut Vec<Word>) {
        let lower = ascii_lower(token);
        // A capitalised word inside a sentence is most likely a name: no rules, only the tables.
        let proper = !sentence_initial && token.chars().next().is_some_and(char::is_uppercase);
        let cuts = self.cuts_in(&lower, proper);
        let mut start = 0;
        for i in 0..=cuts.n {
            let end = if i < cuts.n { cuts.at[i] } else { token.len() };
            if end <= start {
                continue;
            }
            let surface = &token[start..end];
            let piece = &lower[start..end];
            let lemma = if self.convention == Convention::Csui
                && !sentence_initial
                && surface.chars().any(char::is_uppercase)
                && !CSUI_LOWER_ALWAYS.contains(&piece)
            {
                surface.to_string()
            } else if i > 0 {
                match cuts.lemma[i - 1] {
                    Some(l) => l.to_string(),
                    None => self.clitic_lemma(piece).to_string(),
                }
            } else if proper {
                let (lemmas, _) = self.conv_tables();
                match self.data.overrides.get(piece).or_else(|| lemmas.get(piece)) {
                    Some(l) => l.to_string(),
                    // A reduplicated name-cased word is still a plural: `Raja-Raja` -> `raja`.
                    None if piece.contains('-') => self.reduplication(piece).to_lowercase(),
                    None => piece.to_lowercase(),
                }
            } else {
                self.lemma_of_word(piece).into_owned()
            };
            out.push(Word {
                range: start..end,
                lemma,
            });
            start = end;
        }
    }

    fn clitic_lemma<'a>(&'a self, clitic: &'a str) -> &'a str {
        let (lemmas, _) = self.conv_tables();
        if let Some(l) = self
            .data
            .overrides
            .get(clitic)
            .or_else(|| lemmas.get(clitic))
        {
            return l;
        }
        match clitic {
            "nya" => "dia",
            "ku" => "aku",
            "mu" => "kamu",
            other => other,
        }
    }

    /// Where `lower` (ASCII-lowercased token) splits into host + clitics.
    fn cuts(&self, lower: &str) -> Cuts<'d> {
        self.cuts_in(lower, false)
    }

    /// Like [`Core::cuts`]; for a `proper` name only `-nya` splits by rule.
    fn cuts_in(&self, lower: &str, proper: bool) -> Cuts<'d> {
        self.cuts_checked(lower, proper, true)
    }

    /// [`Core::cuts_in`]; `check_whole` false when the caller already knows the whole token is
    /// not a word of the lexicon.
    fn cuts_checked(&self, lower: &str, proper: bool, check_whole: bool) -> Cuts<'d> {
        let mut cuts = Cuts::default();
        let (_, splits) = self.conv_tables();
        if let Some(v) = splits.get(lower) {
            // "5" or "5:nya": cut at byte 5; the word after the cut has lemma "nya".
            for item in v.split(',') {
                let (c, lemma) = match item.split_once(':') {
                    Some((c, l)) => (c, Some(l)),
                    None => (item, None),
                };
                let Ok(c) = c.parse::<usize>() else { continue };
                if c > 0 && c < lower.len() && lower.is_char_boundary(c) {
                    if cuts.n < 2 {
                        cuts.lemma[cuts.n] = lemma;
                    }
                    cuts.push(c);
                }
            }
            return cuts;
        }
        let word_like = lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !lower.starts_with('-')
            && !lower.ends_with('-');
        if !word_like || (check_whole && self.known_whole(lower)) {
            return cuts;
        }
        let mut host = lower;
        let mut rev = [0usize; 2];
        let mut n = 0;
        for p in PARTICLES {
            if let Some(h) = host.strip_suffix(p) {
                if h.len() >= 2 && (self.known_host(h) || self.possessive_host(h).is_some()) {
                    rev[n] = h.len();
                    n += 1;
                    host = h;
                }
                break;
            }
        }
        if proper && n == 0 {
            if let Some(h) = lower.strip_suffix("nya").filter(|h| h.len() >= 3) {
                cuts.push(h.len());
            }
            return cuts;
        }
        if !self.known_whole(host) {
            if let Some(h) = self.possessive_host(host) {
                rev[n] = h.len();
                n += 1;
            }
        }
        for i in (0..n).rev() {
            cuts.push(rev[i]);
        }
        cuts
    }

    /// `w` minus a possessive enclitic, when what is left is a plausible host.
    fn possessive_host<'w>(&self, w: &'w str) -> Option<&'w str> {
        for p in POSSESSIVES {
            if let Some(h) = w.strip_suffix(p) {
                let ok = if p == "nya" {
                    h.len() >= 3
                } else {
                    h.len() >= 3 && self.known_host(h)
                };
                return ok.then_some(h);
            }
        }
        None
    }

    /// A whole token that is a word in its own right and takes no split.
    fn known_whole(&self, w: &str) -> bool {
        let (lemmas, _) = self.conv_tables();
        self.data.overrides.get(w).is_some()
            || lemmas.get(w).is_some()
            || self.data.base.get(w).is_some()
            || self.stemmer().core(w).is_some()
            || self.se_nya_adverb(w)
    }

    /// `se-` + root + `-nya` (`sepenuhnya`, `setidaknya`): an adverb, not a host + clitic.
    fn se_nya_adverb(&self, w: &str) -> bool {
        let Some(mid) = w.strip_prefix("se").and_then(|m| m.strip_suffix("nya")) else {
            return false;
        };
        mid.len() >= 3
            && self.data.roots.get_key(mid).is_some()
            && self.data.roots.get_key(&w[..w.len() - 3]).is_none()
    }

    /// A host that a clitic may attach to.
    fn known_host(&self, w: &str) -> bool {
        self.known_whole(w)
    }

    /// Lemma of one syntactic word given lowercased.
    fn lemma_of_word<'a>(&'a self, w: &'a str) -> Cow<'a, str> {
        if w.is_empty() {
            return Cow::Borrowed(w);
        }
        if let Some(l) = self.lookup(w) {
            return l;
        }
        if w.chars().any(char::is_uppercase) {
            let lowered = w.to_lowercase();
            if lowered != w {
                return Cow::Owned(self.lemma_of_word(&lowered).into_owned());
            }
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Cow::Borrowed(w);
        }
        if w.contains('-') {
            return self.reduplication(w);
        }
        match self.stemmer().stem(w, true) {
            Some(r) => self.keep_prefixed(w, self.remap(r)),
            None => Cow::Borrowed(w),
        }
    }

    /// Both treebanks keep ordinals and other `ke-` + root words whole (`kedua`, `ketiga`); GSD
    /// also keeps `se-` words (`sejenis`, `semula`, `sebaliknya`).
    fn keep_prefixed<'a>(&'a self, w: &'a str, lemma: &'a str) -> Cow<'a, str> {
        let keep = |p: &str| {
            w.strip_prefix(p).is_some_and(|rest| {
                rest.starts_with(lemma) && (rest.len() == lemma.len() || p == "se")
            })
        };
        // `se-` + root + `-nya` adverbs (`sebaliknya`, `sepenuhnya`) stay whole in both treebanks.
        if !self.keep_whole {
            return Cow::Borrowed(lemma);
        }
        let se_nya = w.ends_with("nya") && keep("se");
        if keep("ke") || se_nya || (self.convention == Convention::Gsd && keep("se")) {
            Cow::Borrowed(w)
        } else {
            Cow::Borrowed(lemma)
        }
    }

    /// Overrides also rewrite lemmas found by the rules (`tandatangan` -> `tanda tangan`).
    fn remap<'a>(&'a self, lemma: &'a str) -> &'a str {
        self.data.overrides.get(lemma).unwrap_or(lemma)
    }

    /// `negara-negara` -> `negara`, `berbulan-bulan` -> `bulan`, `sebesar-besarnya` -> `besar`.
    fn reduplication<'a>(&'a self, w: &'a str) -> Cow<'a, str> {
        if let Some(r) = self.data.roots.get_key(w) {
            return Cow::Borrowed(self.remap(r));
        }
        let Some((a, b)) = w.split_once('-') else {
            return Cow::Borrowed(w);
        };
        if a.is_empty() || b.is_empty() || b.contains('-') {
            return Cow::Borrowed(w);
        }
        let la = self.lemma_of_word(a);
        if a == b {
            return la;
        }
        let lb = self.lemma_of_word(b);
        if la == lb || la == b {
            return la;
        }
        if lb == a {
            return lb;
        }
        Cow::Borrowed(w)
    }
}

/// `s` with ASCII letters lowercased; borrowed when nothing changes. Byte length is preserved,
/// so ranges found on the result are valid in `s`.
fn ascii_lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}
