//! Indonesian morphology: lemmas of surface tokens.
//!
//! CONTRACT (keep these signatures):
//! - [`Lemmatizer::embedded`] returns the shared, immutable lemmatiser (lexicon embedded).
//! - [`Lemmatizer::lemma`] gives the lemma of a whole surface token, clitics dropped
//!   (`mengunjungi` -> `kunjung`, `kekhawatirannya` -> `khawatir`).
//! - [`Lemmatizer::words`] splits a surface token into syntactic words (UD style: `berdirinya` ->
//!   `berdiri` + `nya`) with the lemma of each.
//!
//! STUB: lower-casing until the real lemmatiser lands.
#![deny(missing_docs)]

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// One syntactic word inside a surface token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte range inside the token's text.
    pub range: Range<usize>,
    /// Lemma of the word.
    pub lemma: String,
}

/// The lemmatiser. Immutable; share it by reference across threads.
#[derive(Debug, Default)]
pub struct Lemmatizer {
    _private: (),
}

impl Lemmatizer {
    /// The lemmatiser with the embedded lexicon, loaded once.
    pub fn embedded() -> &'static Lemmatizer {
        static L: OnceLock<Lemmatizer> = OnceLock::new();
        L.get_or_init(Lemmatizer::default)
    }
    /// Lemma of a whole surface token.
    pub fn lemma<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if word.chars().any(|c| c.is_uppercase()) {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    }
    /// Syntactic words of a surface token, appended to `out`.
    pub fn words(&self, token: &str, out: &mut Vec<Word>) {
        out.push(Word {
            range: 0..token.len(),
            lemma: self.lemma(token).into_owned(),
        });
    }
}
