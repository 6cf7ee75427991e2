//! Event coding: Indonesian verb and noun triggers to CAMEO and PLOVER, with modality.
//!
//! The coder works on a [`DocView`]: the tokens of one article with their lemmas, its sentences,
//! and the *argument mentions* the extractor has already resolved to parties ([`Arg`]: a token
//! range naming an actor, with the key that says which party it is). For every sentence it finds
//! triggers from the dictionary (`data/events/triggers.tsv`), then the actor (the subject to the
//! left, or the `oleh` phrase of a passive), the recipient (the object or prepositional phrase
//! to the right), the modality (negation, future, hypothetical, alleged, denied), the time
//! expression that governs it and a location.
//!
//! Principal types: [`Dictionary`] (immutable, embedded), [`DocView`], [`Arg`], [`Event`],
//! [`Modality`]; entry point [`code_events`].
//!
//! Why hand-written: the argument rules are specific to Indonesian clause structure (meN-/di-
//! voice, `oleh` agents, light-verb + nominal predicates, `untuk` purpose clauses); no generic
//! crate covers them.
//!
//! ```
//! use warta_events::Dictionary;
//! let d = Dictionary::embedded();
//! assert!(d.len() > 50);
//! assert_eq!(warta_events::quad_class("042"), 1);
//! ```
#![deny(missing_docs)]

mod dict;
mod domain;
mod rules;

pub use dict::{plover, quad_class, Dictionary, Plover, TriggerEntry, TriggerKind};
pub use domain::sports_sentences;
pub use rules::code_events;

use warta_core::{Sentence, Span, TokenKind};

/// One token as the coder sees it.
#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    /// Surface text.
    pub text: &'a str,
    /// Lower-cased lemma.
    pub lemma: &'a str,
    /// Byte span in the article text.
    pub span: Span,
    /// Token kind.
    pub kind: TokenKind,
}

/// A mention that can fill an argument slot, already resolved to a party by the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arg {
    /// First token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Party id (the extractor's actor index).
    pub party: usize,
    /// Party key id: two args with the same key denote the same country/organisation.
    pub key: u32,
    /// A place (city, country as a location, region): may be an event location.
    pub place: bool,
    /// A public authority or political actor named as such: a government, military, police,
    /// judicial or legislative body or office holder, a party, the opposition, rebels (not a
    /// place name standing for its government). Its events are coded even inside sports
    /// reporting (`Menpora membekukan PSSI`).
    pub authority: bool,
}

/// What the coder reads: one article, tokenised, lemmatised, with argument mentions.
#[derive(Clone, Copy, Debug)]
pub struct DocView<'a> {
    /// Tokens with lemmas.
    pub toks: &'a [Tok<'a>],
    /// Sentences (token ranges).
    pub sentences: &'a [Sentence],
    /// Argument mentions sorted by `tok_start`, not overlapping.
    pub args: &'a [Arg],
    /// Token ranges of time expressions, sorted.
    pub times: &'a [(usize, usize)],
    /// Token ranges inside direct quotes (the quoted words), sorted.
    pub quoted: &'a [(usize, usize)],
}

/// How the article presents an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Reported as fact.
    Asserted,
    /// Someone's claim, accusation or suspicion.
    Alleged,
    /// Reported as denied.
    Denied,
    /// Planned, announced, scheduled.
    Future,
    /// Conditional or possible.
    Hypothetical,
    /// Negated (`tidak`, `belum`, `bukan`).
    Negated,
}

impl Modality {
    /// Name used in `warta.analysis/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Alleged => "alleged",
            Modality::Denied => "denied",
            Modality::Future => "future",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
}

/// A relation between two events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkRel {
    /// This event (an accusation or alleged act) is denied by the linked event.
    DeniedBy,
    /// This event (a denial) denies the linked event.
    Denies,
}

impl LinkRel {
    /// Name used in `warta.analysis/1`.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkRel::DeniedBy => "denied_by",
            LinkRel::Denies => "denies",
        }
    }
}

/// One coded event. Argument and time fields index into the [`DocView`] slices.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// CAMEO code.
    pub cameo: &'static str,
    /// Token range of the trigger (light verb + noun for nominal predicates).
    pub trigger: (usize, usize),
    /// Sentence index.
    pub sentence: usize,
    /// Indexes into `DocView::args` of the actor(s).
    pub actors: Vec<usize>,
    /// Indexes into `DocView::args` of the recipient(s).
    pub recipients: Vec<usize>,
    /// Modality.
    pub modality: Modality,
    /// Index into `DocView::times` of the governing time expression.
    pub time: Option<usize>,
    /// Index into `DocView::args` of the location.
    pub location: Option<usize>,
    /// 0..1.
    pub confidence: f32,
    /// Links to other events (indexes into the output vector).
    pub links: Vec<(LinkRel, usize)>,
}
