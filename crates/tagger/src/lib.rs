//! Averaged-perceptron sequence taggers (POS and NER) with hashed features.
//!
//! - [`Model`]: an immutable, `Send + Sync` tagger: a `2^bits x T` table of `i16` weights indexed
//!   by hashed features (word, affixes, shape, clitics, reduplication, neighbours, word clusters,
//!   gazetteer hints), first-order tag transitions and Viterbi decoding.
//! - [`Scratch`]: per-thread buffers; tagging allocates nothing once they are warm.
//! - [`Tagger::pos`] / [`Tagger::ner`]: the shipped models (UD UPOS; PER/ORG/LOC in BIO), embedded
//!   in the binary and parsed once on first use.
//! - [`train()`]: the deterministic trainer (structured averaged perceptron) behind
//!   `warta train`; [`recipes`] lists the training sets of each model; [`metrics`] scores with the
//!   published metrics; [`decode_bio`] turns BIO tags into token spans; [`gazetteer`] turns
//!   entity phrase lists into per-token hints; [`UdConvention`] picks a UD treebank's reading
//!   of the POS model.
//!
//! ```
//! use warta_tagger::{train, Scratch, TaggedSentence, TrainConfig};
//! let sent = |w: &[&str], t: &[&str]| TaggedSentence {
//!     words: w.iter().map(|s| s.to_string()).collect(),
//!     tags: t.iter().map(|s| s.to_string()).collect(),
//!     hints: vec![],
//! };
//! let data = vec![
//!     sent(&["Budi", "makan", "nasi"], &["PROPN", "VERB", "NOUN"]),
//!     sent(&["Ani", "makan", "roti"], &["PROPN", "VERB", "NOUN"]),
//! ];
//! let cfg = TrainConfig { epochs: 3, bits: 12, ..TrainConfig::default() };
//! let model = train(&data, &cfg, &mut |_, _| {}).unwrap();
//! let (mut scratch, mut out) = (Scratch::new(), Vec::new());
//! model.tag(&["Budi", "makan", "roti"], &mut scratch, &mut out);
//! assert_eq!(model.tag_name(out[1]), "VERB");
//! ```
#![deny(missing_docs)]

use std::sync::OnceLock;

mod bio;
pub mod clusters;
pub mod corpus;
mod features;
pub mod gazetteer;
mod hash;
pub mod metrics;
mod model;
pub mod recipes;
mod train;

pub use bio::{decode_bio, decode_bio_ids, BioSpan};
pub use features::{FEATURE_VERSION, N_FEATS};
pub use model::{tag_dictionary, Model, Scratch, WordClusters};
pub use train::{train, EpochStats, TaggedSentence, TrainConfig};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A model file is malformed or of another version.
    #[error("bad model file: {0}")]
    Format(String),
    /// A file could not be read or written.
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    /// Bad training settings or data.
    #[error("bad training input: {0}")]
    Config(String),
}

/// The UD annotation conventions the shipped POS model tells apart. Pass
/// [`UdConvention::hints`] to [`Model::tag_with_hints`] to get one treebank's reading; plain
/// [`Model::tag`] gives the convention-neutral reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UdConvention {
    /// No preference (what [`Model::tag`] gives).
    #[default]
    Any = 0,
    /// UD Indonesian-GSD: e.g. `-nya` PRON, capitalised title words PROPN.
    Gsd = 1,
    /// UD Indonesian-CSUI (also PUD, revised by the same team, Alfina et al. 2019/2020):
    /// e.g. `-nya` DET.
    Csui = 2,
}

impl UdConvention {
    /// The convention of a treebank file from its name (`id_csui-ud-test.conllu` -> CSUI;
    /// `gsd` -> GSD; `pud` -> CSUI; anything else -> Any).
    pub fn of_file(name: &str) -> UdConvention {
        let n = name.to_lowercase();
        if n.contains("csui") || n.contains("pud") {
            UdConvention::Csui
        } else if n.contains("gsd") {
            UdConvention::Gsd
        } else {
            UdConvention::Any
        }
    }

    /// The hint of every word of a sentence of `n` words.
    pub fn hints(self, n: usize) -> Vec<u8> {
        vec![self as u8; if self == UdConvention::Any { 0 } else { n }]
    }

    /// `s` with its hints set to this convention.
    pub fn mark(self, mut s: TaggedSentence) -> TaggedSentence {
        s.hints = self.hints(s.words.len());
        s
    }
}

/// Result alias of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

static POS_MODEL: &[u8] = include_bytes!("../../../data/models/pos-ud.wtag");
static NER_MODEL: &[u8] = include_bytes!("../../../data/models/ner-id.wtag");

/// The shipped models, embedded in the binary and parsed once on first use (rebuild them
/// bit-for-bit with `warta train pos|ner`, see `scripts/train-models.sh`).
#[derive(Clone, Copy, Debug)]
pub struct Tagger;

impl Tagger {
    /// UD UPOS tagger (17 tags), trained on UD Indonesian GSD dev + CSUI train.
    ///
    /// Feed it *syntactic words* as UD writes them: clitics split off (`rumah` `nya`), e.g. the
    /// words `warta_morph::Lemmatizer::words_at` returns for each surface token. Pick a
    /// treebank's reading with `tag_with_hints(words, &UdConvention::Csui.hints(n), ..)`
    /// (CSUI, the news treebank, is the better default for news; plain `tag` is about 0.5 points
    /// below either convention on held-out data).
    pub fn pos() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::from_bytes(POS_MODEL).expect("embedded POS model is valid"))
    }

    /// Named entities in BIO over PER, ORG, LOC, trained on IndoLEM NER-UI and NER-UGM (fold 1
    /// train) and IndoNLU NERGrit train.
    ///
    /// Feed it *surface tokens* (clitics attached, `rumahnya`), as `warta_text` produces them;
    /// decode entities with [`decode_bio_ids`]. Trained without hints: use [`Model::tag`]
    /// (hints would only add untrained features). The benchmark recipes NERP and NERGrit use
    /// gazetteer hints from their training split ([`gazetteer`]); a shipped model with hints
    /// would need its gazetteer shipped and applied by the caller.
    pub fn ner() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::from_bytes(NER_MODEL).expect("embedded NER model is valid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_models_load_and_tag() {
        let pos = Tagger::pos();
        assert!(pos.tag_id("NOUN").is_some());
        assert_eq!(pos.to_bytes(), POS_MODEL, "save(load(x)) == x");
        let ner = Tagger::ner();
        assert_eq!(
            ner.tags(),
            ["B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"]
        );
        let mut scratch = Scratch::new();
        let mut out = Vec::new();
        for words in [
            &[][..],
            &[""][..],
            &["\u{0}", "\u{feff}", "🙂", "-", "--", "...."][..],
            &["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."][..],
        ] {
            for m in [pos, ner] {
                m.tag(words, &mut scratch, &mut out);
                assert_eq!(out.len(), words.len());
                assert!(out.iter().all(|&t| usize::from(t) < m.tags().len()));
            }
        }
    }
}
