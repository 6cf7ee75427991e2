//! The `warta.analysis/1` document (see `../shared/spec/analysis.md` in the team's shared folder and
//! `docs/analysis.md` in this repository). All offsets here are **character** offsets into `text`.
//!
//! Fields may be added; a field is renamed, removed or changes meaning only with a new schema
//! version ([`SCHEMA`]).

use serde::{Deserialize, Serialize};

/// The schema identifier written into every document.
pub const SCHEMA: &str = "warta.analysis/1";

/// One analysed article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Engine name, version and data versions.
    pub engine: Engine,
    /// Article metadata.
    pub article: ArticleMeta,
    /// The body as analysed; every offset points into it (character offsets).
    pub text: String,
    /// Sentences.
    pub sentences: Vec<SentenceOut>,
    /// Entity mentions.
    pub entities: Vec<EntityOut>,
    /// Canonical actors the mentions resolve to.
    pub actors: Vec<ActorOut>,
    /// Coded events.
    pub events: Vec<EventOut>,
    /// Quotes with speakers.
    pub quotes: Vec<QuoteOut>,
    /// Normalised time expressions.
    pub times: Vec<TimeOut>,
}

/// Engine identification.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Engine {
    /// `warta`.
    pub name: String,
    /// Crate version.
    pub version: String,
    /// Versions of the compiled data (lexicons, models) used, by name.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub data: std::collections::BTreeMap<String, String>,
}

/// Article metadata.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Record id.
    pub id: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Dateline city.
    pub dateline: Option<String>,
    /// ISO date or null.
    pub published: Option<String>,
    /// Always `id`.
    pub language: String,
}

/// A sentence, as character offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut {
    /// Start (inclusive).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// An entity mention.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityOut {
    /// `e0`, `e1`, ...
    pub id: String,
    /// `PER`, `ORG`, `LOC`, `NORP`, `EVT`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// Start (inclusive, chars).
    pub start: usize,
    /// End (exclusive, chars).
    pub end: usize,
    /// Surface text.
    pub text: String,
    /// Sentence index.
    pub sentence: usize,
    /// Actor id (`a0`, ...) or null when unresolved.
    pub actor: Option<String>,
}

/// A canonical actor.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorOut {
    /// `a0`, `a1`, ...
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// ISO alpha-3 or CAMEO non-state code (`WST`, `IGO`, ...).
    pub country: Option<String>,
    /// Sector code (`GOV`, `MIL`, ...).
    pub sector: Option<String>,
    /// Organisation short name (`NATO`, `UN`, `KPK`, ...).
    pub org: Option<String>,
    /// Role phrase (`Presiden Rusia`).
    pub role: Option<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
    /// Entity ids that mention this actor.
    pub mentions: Vec<String>,
}

/// A party (actor or recipient) of an event or the speaker of a quote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PartyOut {
    /// Actor id, when resolved.
    pub actor: Option<String>,
    /// The text that names the party in the evidence.
    pub text: String,
    /// Country code.
    pub country: Option<String>,
    /// Sector code.
    pub sector: Option<String>,
    /// Organisation short name.
    pub org: Option<String>,
}

/// PLOVER coding of an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PloverOut {
    /// PLOVER event type (`CONSULT`, ...).
    pub event: String,
    /// Mode (`visit`, ...) or null.
    pub mode: Option<String>,
    /// Contexts.
    pub context: Vec<String>,
}

/// A normalised date of an event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DateOut {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub value: String,
    /// `year`, `month`, `week`, `day`, `minute`...
    pub granularity: String,
    /// The expression, or null when the date is the publication date.
    pub text: Option<String>,
}

/// Where an event happened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocationOut {
    /// Place name as written.
    pub text: String,
    /// Country code of the place.
    pub country: Option<String>,
}

/// A span with its text (trigger, cue, speaker mention).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpanText {
    /// Start (chars).
    pub start: usize,
    /// End (chars).
    pub end: usize,
    /// Text.
    pub text: String,
}

/// A link from one event to another.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LinkOut {
    /// `denied_by`, `denies`, ...
    pub rel: String,
    /// Event id.
    pub event: String,
}

/// A coded event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventOut {
    /// `v0`, `v1`, ...
    pub id: String,
    /// CAMEO code (`042`).
    pub cameo: String,
    /// CAMEO quad class 1..=4 (0 for none).
    pub quad_class: u8,
    /// PLOVER coding; null for CAMEO roots 01 and 02.
    pub plover: Option<PloverOut>,
    /// Who acts.
    pub actor: Vec<PartyOut>,
    /// Who is acted upon.
    pub recipient: Vec<PartyOut>,
    /// `asserted`, `alleged`, `denied`, `future`, `hypothetical`, `negated`.
    pub modality: String,
    /// When.
    pub date: Option<DateOut>,
    /// Where.
    pub location: Option<LocationOut>,
    /// The word(s) that carry the event.
    pub trigger: SpanText,
    /// Sentence index.
    pub sentence: usize,
    /// 0..1.
    pub confidence: f32,
    /// Links to other events.
    pub links: Vec<LinkOut>,
}

/// A quote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteOut {
    /// `q0`, ...
    pub id: String,
    /// `direct`, `indirect`, `partial`.
    pub kind: String,
    /// Start (chars).
    pub start: usize,
    /// End (chars).
    pub end: usize,
    /// Quoted text.
    pub text: String,
    /// The speaker, when attributed.
    pub speaker: Option<PartyOut>,
    /// Where the speaker is named for this quote.
    pub speaker_mention: Option<SpanText>,
    /// The reporting cue (`kata`, `ujarnya`, `menurut`).
    pub cue: Option<SpanText>,
    /// Sentence index (of the quote's start).
    pub sentence: usize,
}

/// A time expression.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeOut {
    /// Start (chars).
    pub start: usize,
    /// End (chars).
    pub end: usize,
    /// Text.
    pub text: String,
    /// Normalised value (`2024-06-18`, `2000`, `2024-06`, `2024-W25`, `2024-06-18T16:00`).
    pub value: Option<String>,
    /// `year`, `month`, `week`, `day`, `minute`, ...
    pub granularity: String,
}
