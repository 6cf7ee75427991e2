//! Indonesian text layer: tokens and sentences with byte offsets into the original text.
//!
//! CONTRACT (used by every later stage; keep these signatures):
//! - [`tokenize`] appends the surface tokens of `text` to `out`.
//! - [`split_sentences`] groups tokens into sentences.
//! - [`TextBuf::analyze`] does both into reusable buffers.
//!
//! Tokens follow the conventions of the Universal Dependencies Indonesian treebanks (GSD, CSUI,
//! PUD) where news text needs them:
//! - reduplication and hyphenated compounds are one token (`negara-negara`, `ketar-ketir`,
//!   `ke-5`, `1960-an`, `APBN-P`, `Covid-19`); a hyphen between digits is a range and splits
//!   (`5-10` -> `5` `-` `10`), as does one between two different capitalised words
//!   (`Jakarta-Bandung`, `Januari-September`);
//! - a slash joins numeric dates, letter pairs and lowercase pairs (`19/6/2025`, `S/A`,
//!   `dan/atau`) and splits names and plain numbers (`DPR/MPR`, `4/2007`);
//! - clitics stay inside the surface token (`rumahnya`): the morphology layer splits syntactic
//!   words;
//! - numbers keep their separators (`51.900`, `3,5`), clock times and numeric dates are one
//!   [`TokenKind::DateTime`] token (`16.00`, `19/6/2025`, `(18/6)` -> `(` `18/6` `)`), `Rp3,5`
//!   splits into `Rp` `3,5`;
//! - abbreviations keep their dot (`dll.`, `Prof.`, `Jl.`, initials `B.J.`) except a suffix
//!   abbreviation that ends a sentence (`... jagung dll. Konon` -> `dll` `.`), as UD CSUI and PUD
//!   write them (UD GSD detaches every such dot); domain names stay whole (`kompas.com`), and URLs,
//!   e-mail addresses, `#hashtags`, `@mentions` are single tokens; `Moody's` -> `Moody` `'s`;
//! - every quotation mark is its own [`TokenKind::Quote`] token; dashes, an ellipsis (`...`, `…`)
//!   and emoji (with their modifiers and joiners) are single tokens.
//!
//! The scan is byte-level with ASCII fast paths and allocates nothing but the output vector.
//! Sentences: line breaks always end a sentence; a final `.` `?` `!` takes its closing quotes and
//! brackets with it and ends the sentence when what follows can start one (not a lowercase word,
//! not `,`); no sentence ends inside a quotation closed on the same line (`"Satu. Dua," kata X.`
//! is one sentence, as in UD CSUI).
//!
//! ```
//! use warta_text::TextBuf;
//! let text = "“Kami siap,” kata Prof. B.J. Habibie di Jl. Thamrin pukul 16.00 WIB. Harga naik Rp 3,5 juta.";
//! let mut buf = TextBuf::default();
//! buf.analyze(text);
//! let words: Vec<&str> = buf.tokens.iter().map(|t| t.text(text)).collect();
//! assert_eq!(&words[..5], ["“", "Kami", "siap", ",", "”"]);
//! assert!(words.contains(&"B.J.") && words.contains(&"16.00") && words.contains(&"3,5"));
//! assert_eq!(buf.sentences.len(), 2);
//! ```
#![deny(missing_docs)]

mod abbrev;
mod sentence;
mod token;

pub use abbrev::AbbrevClass;
use warta_core::{Sentence, Token};

/// Reusable per-thread buffers for one document's tokens and sentences.
#[derive(Clone, Debug, Default)]
pub struct TextBuf {
    /// Surface tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order, covering tokens contiguously.
    pub sentences: Vec<Sentence>,
}

impl TextBuf {
    /// Clears and refills the buffers from `text`.
    pub fn analyze(&mut self, text: &str) {
        self.analyze_with(text, Convention::Standard);
    }
    /// [`TextBuf::analyze`] following the given tokenisation conventions.
    pub fn analyze_with(&mut self, text: &str, convention: Convention) {
        self.tokens.clear();
        self.sentences.clear();
        tokenize_with(text, convention, &mut self.tokens);
        split_sentences(text, &self.tokens, &mut self.sentences);
    }
}

/// Appends the tokens of `text` to `out`.
///
/// Tokens are in text order, non-overlapping, never empty, never contain whitespace, and their
/// spans lie on char boundaries of `text`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    token::tokenize(text, Convention::Standard, out);
}

/// Which tokenisation conventions to follow where the UD Indonesian treebanks disagree.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Convention {
    /// Abbreviations keep their dot (`Prof.`, `B.J.`, `No.`), as UD CSUI and PUD write them, and
    /// as the later stages of warta expect.
    #[default]
    Standard,
    /// UD GSD: every abbreviation dot is a token of its own (`Prof` `.`, `B` `.` `J` `.`), a
    /// hashtag is `#` and a word, the possessive stays on its word (`Lloyd's`).
    Gsd,
}

/// [`tokenize`] following the given conventions.
pub fn tokenize_with(text: &str, convention: Convention, out: &mut Vec<Token>) {
    token::tokenize(text, convention, out);
}

/// Appends the sentences of `text` (whose tokens are `tokens`) to `out`.
///
/// Sentences cover `tokens` contiguously and in order; an empty token list gives no sentence.
pub fn split_sentences(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    sentence::split_sentences(text, tokens, out);
}

/// The class of a known abbreviation (`"dll"` without its dot), if it is one.
pub fn abbreviation_class(word: &str) -> Option<AbbrevClass> {
    abbrev::class(word)
}
