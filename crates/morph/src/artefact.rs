//! The compiled lexicon: a magic/version header followed by tagged sections of string tables.
//!
//! Layout: `b"WARTALEX"`, format version `u32`, sources checksum `u64` (FNV-1a over the sources and
//! the rules version, so a test can tell a stale artefact cheaply), section count `u32`, then per
//! section a 4-byte tag, a `u32` length and the bytes of one [`Table`](crate::table::Table).

use crate::table::{Table, TableError};

/// Magic bytes at the start of every artefact.
pub const MAGIC: &[u8; 8] = b"WARTALEX";
/// Artefact format version.
pub const FORMAT_VERSION: u32 = 2;

/// Why an artefact was rejected.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes do not start with [`MAGIC`].
    #[error("not a warta lexicon (bad magic)")]
    BadMagic,
    /// The format version is not [`FORMAT_VERSION`].
    #[error("lexicon format version {0}, expected {FORMAT_VERSION}")]
    Version(u32),
    /// The bytes end early.
    #[error("lexicon truncated")]
    Truncated,
    /// A required section is missing.
    #[error("lexicon section {0:?} missing")]
    MissingSection(&'static str),
    /// A section's table is malformed.
    #[error("lexicon section {tag:?}: {source}")]
    Table {
        /// The section tag.
        tag: String,
        /// What is wrong with it.
        source: TableError,
    },
}

/// Parsed sections, borrowing the artefact bytes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sections<'d> {
    pub checksum: u64,
    pub roots: Table<'d>,
    pub base: Table<'d>,
    pub overrides: Table<'d>,
    pub gsd_lemmas: Table<'d>,
    pub gsd_splits: Table<'d>,
    pub csui_lemmas: Table<'d>,
    pub csui_splits: Table<'d>,
}

/// Section tags, in the order they are written.
pub(crate) const TAGS: [&str; 7] = ["ROOT", "BASE", "OVRD", "GLEM", "GSPL", "CLEM", "CSPL"];

fn u32_at(b: &[u8], at: usize) -> Result<u32, Error> {
    let s = b.get(at..at + 4).ok_or(Error::Truncated)?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

pub(crate) fn parse(bytes: &[u8]) -> Result<Sections<'_>, Error> {
    if bytes.get(..8) != Some(&MAGIC[..]) {
        return Err(Error::BadMagic);
    }
    let version = u32_at(bytes, 8)?;
    if version != FORMAT_VERSION {
        return Err(Error::Version(version));
    }
    let ck = bytes.get(12..20).ok_or(Error::Truncated)?;
    let mut ckb = [0u8; 8];
    ckb.copy_from_slice(ck);
    let mut s = Sections {
        checksum: u64::from_le_bytes(ckb),
        ..Sections::default()
    };
    let n = u32_at(bytes, 20)? as usize;
    let mut at = 24;
    let mut seen = [false; TAGS.len()];
    for _ in 0..n {
        let tag = bytes.get(at..at + 4).ok_or(Error::Truncated)?;
        let len = u32_at(bytes, at + 4)? as usize;
        let body = bytes
            .get(at + 8..at.saturating_add(8).saturating_add(len))
            .ok_or(Error::Truncated)?;
        at += 8 + len;
        let Some(idx) = TAGS.iter().position(|t| t.as_bytes() == tag) else {
            continue; // unknown sections are skipped: newer writers may add some
        };
        let table = Table::parse(body).map_err(|source| Error::Table {
            tag: TAGS[idx].to_string(),
            source,
        })?;
        seen[idx] = true;
        match idx {
            0 => s.roots = table,
            1 => s.base = table,
            2 => s.overrides = table,
            3 => s.gsd_lemmas = table,
            4 => s.gsd_splits = table,
            5 => s.csui_lemmas = table,
            _ => s.csui_splits = table,
        }
    }
    if let Some(i) = seen.iter().position(|s| !s) {
        return Err(Error::MissingSection(TAGS[i]));
    }
    Ok(s)
}

/// Writes an artefact from encoded tables, in [`TAGS`] order.
pub(crate) fn write(checksum: u64, tables: &[Vec<u8>; 7]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&checksum.to_le_bytes());
    out.extend_from_slice(&(TAGS.len() as u32).to_le_bytes());
    for (tag, body) in TAGS.iter().zip(tables) {
        out.extend_from_slice(tag.as_bytes());
        out.extend_from_slice(&u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(body);
    }
    out
}

/// FNV-1a, 64 bit: a stable checksum of the build inputs.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    /// The checksum so far.
    pub fn finish(&self) -> u64 {
        self.0
    }
}
