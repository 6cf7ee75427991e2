//! Quotes in Indonesian news: direct, indirect and partial, with cue and speaker mention.
//!
//! CONTRACT (keep these signatures; add freely): [`find_quotes`] appends the quotes of a document
//! to `out`. Speaker *resolution* to actors happens in `warta-extract`; this crate finds the quote
//! span, the cue and the span that names the speaker (or says the speaker is the previous one).
//!
//! STUB: finds nothing until the real recogniser lands.
#![deny(missing_docs)]

use warta_core::{Sentence, Span, Token};

/// Kind of quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Words inside quote marks, a full statement.
    Direct,
    /// Reported speech (`X mengatakan ...`, `menurut X, ...`, `..., katanya`).
    Indirect,
    /// A short quoted phrase inside the reporter's sentence.
    Partial,
}

impl QuoteKind {
    /// Name used in `warta.analysis/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who said it, as far as the text layer can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// The span that names the speaker (`ajudan Kremlin Yuri Ushakov`, `Kiev`, `Gedung Putih`).
    Mention(Span),
    /// A pronoun or clitic (`katanya`, `ujarnya`, `ia`, `dia`): the speaker is the most recent
    /// speaker (or person) before this quote; the span is the pronoun/clitic cue.
    Anaphor(Span),
    /// Not found.
    Unknown,
}

/// One quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or partial.
    pub kind: QuoteKind,
    /// The quoted words (without the quote marks).
    pub span: Span,
    /// The reporting cue (`kata`, `ujarnya`, `mengatakan`, `menurut`).
    pub cue: Option<Span>,
    /// The speaker.
    pub speaker: Speaker,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
}

/// Appends the quotes of `text` to `out`. `names` are spans of known entity mentions (lexicon
/// and tagger), sorted by start, which help delimit speakers.
pub fn find_quotes(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    names: &[Span],
    out: &mut Vec<Quote>,
) {
    let _ = (text, tokens, sentences, names, out);
}
