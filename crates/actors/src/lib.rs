//! Actor lexicon and gazetteer.
//!
//! CONTRACT (keep these signatures; add freely):
//! - [`Lexicon::embedded`]: the shared immutable lexicon compiled from `data/actors/`.
//! - [`Lexicon::find`]: appends every lexicon match in `text` (longest match, on token
//!   boundaries) to `out`.
//! - [`Lexicon::entry`]: the entry a match points at.
//!
//! STUB: an empty lexicon until the real one lands.
#![deny(missing_docs)]

use std::sync::OnceLock;
use warta_core::{Span, Token};

/// What an entry denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A named person.
    Person,
    /// An organisation, body, party, company, government seat used as metonym (`Kremlin`).
    Org,
    /// A country or bloc named as a place/polity (`Rusia`, `Korea Utara`, `Barat`).
    Country,
    /// A city or other place (`Moskow`, `Pyongyang`); `country` tells which state it stands for.
    Place,
    /// A demonym or nationality phrase (`warga Rusia`).
    Demonym,
    /// A role noun (`Presiden`, `Menteri Luar Negeri`, `juru bicara`): gives a sector, no name.
    Role,
}

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name (`Vladimir Putin`, `Rusia`, `NATO`).
    pub name: String,
    /// What it is.
    pub kind: EntryKind,
    /// ISO alpha-3 or CAMEO code (`WST`, `IGO`).
    pub country: Option<String>,
    /// Sector code (`GOV`, `MIL`, ...).
    pub sector: Option<String>,
    /// Organisation short name (`NATO`, `UN`, `KPK`).
    pub org: Option<String>,
    /// Role text (`Presiden Rusia`).
    pub role: Option<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
    /// True when the entry names a place standing for its government (metonym: `Kremlin`,
    /// `Gedung Putih`, `Moskow` as an actor).
    pub metonym: bool,
}

/// One match of the lexicon in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Byte span in the text.
    pub span: Span,
    /// Index of the first token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Entry index, for [`Lexicon::entry`].
    pub entry: u32,
}

/// The compiled lexicon. Immutable; share by reference.
#[derive(Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
}

impl Lexicon {
    /// The embedded lexicon, loaded once.
    pub fn embedded() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(Lexicon::default)
    }
    /// Appends the matches in `text` (tokenised as `tokens`) to `out`, in text order.
    pub fn find(&self, text: &str, tokens: &[Token], out: &mut Vec<Match>) {
        let _ = (text, tokens, out);
    }
    /// The entry with index `id`.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
