//! Sorted string tables: the storage format of every lexicon section.
//!
//! A table is `count: u32`, then `count` big-endian `u64` key prefixes (each key's first 8 bytes,
//! zero-padded), then `count + 1` little-endian `u32` offsets into the entry blob, then the blob.
//! Entry `i` is `blob[off[i]..off[i + 1]]` and reads `key` or `key \t value`. Keys are unique and
//! sorted bytewise, so a lookup is a binary search straight over the embedded bytes, mostly on the
//! dense prefix array: loading checks the offsets and nothing else.

use std::cmp::Ordering;

/// A read-only view of one encoded table.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Table<'d> {
    count: usize,
    prefixes: &'d [u8],
    offsets: &'d [u8],
    blob: &'d [u8],
}

/// Why a table's bytes were rejected.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TableError {
    /// The bytes end before the header or the offsets do.
    #[error("table truncated")]
    Truncated,
    /// An offset points backwards or past the blob.
    #[error("table offset {0} out of order or out of bounds")]
    BadOffset(usize),
    /// An entry is not UTF-8.
    #[error("table entry {0} is not UTF-8")]
    NotUtf8(usize),
}

fn read_u32(bytes: &[u8], at: usize) -> usize {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b) as usize
}

impl<'d> Table<'d> {
    /// Validates `bytes` (offsets in order and in bounds, entries UTF-8) and wraps them.
    pub(crate) fn parse(bytes: &'d [u8]) -> Result<Self, TableError> {
        if bytes.len() < 4 {
            return Err(TableError::Truncated);
        }
        let count = read_u32(bytes, 0);
        let pre_len = count.checked_mul(8).ok_or(TableError::Truncated)?;
        let off_len = count
            .checked_add(1)
            .and_then(|n| n.checked_mul(4))
            .ok_or(TableError::Truncated)?;
        let prefixes = bytes.get(4..4 + pre_len).ok_or(TableError::Truncated)?;
        let offsets = bytes
            .get(4 + pre_len..4 + pre_len + off_len)
            .ok_or(TableError::Truncated)?;
        let blob = &bytes[4 + pre_len + off_len..];
        let mut prev = 0;
        for i in 0..=count {
            let o = read_u32(offsets, i * 4);
            if o < prev || o > blob.len() || (i == 0 && o != 0) {
                return Err(TableError::BadOffset(i));
            }
            prev = o;
        }
        if prev != blob.len() {
            return Err(TableError::BadOffset(count));
        }
        let text = std::str::from_utf8(blob).map_err(|e| TableError::NotUtf8(e.valid_up_to()))?;
        let t = Table {
            count,
            prefixes,
            offsets,
            blob,
        };
        // The blob is UTF-8 and tabs are ASCII, so entries are UTF-8 when every offset falls on a
        // char boundary.
        for i in 0..=count {
            if !text.is_char_boundary(read_u32(offsets, i * 4)) {
                return Err(TableError::NotUtf8(i));
            }
        }
        Ok(t)
    }

    /// Number of entries.
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    fn raw(&self, i: usize) -> &'d [u8] {
        let a = read_u32(self.offsets, i * 4);
        let b = read_u32(self.offsets, (i + 1) * 4);
        &self.blob[a..b]
    }

    /// Entry `i` split into key and value (empty when the entry has no tab).
    pub(crate) fn entry(&self, i: usize) -> (&'d str, &'d str) {
        let raw = self.raw(i);
        // Validated as UTF-8 in `parse`; fall back to empty rather than panic.
        let s = std::str::from_utf8(raw).unwrap_or("");
        match s.split_once('\t') {
            Some((k, v)) => (k, v),
            None => (s, ""),
        }
    }

    fn key_bytes(&self, i: usize) -> &'d [u8] {
        let raw = self.raw(i);
        match memchr::memchr(b'\t', raw) {
            Some(p) => &raw[..p],
            None => raw,
        }
    }

    fn prefix_at(&self, i: usize) -> u64 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&self.prefixes[i * 8..i * 8 + 8]);
        u64::from_be_bytes(b)
    }

    fn find(&self, key: &str) -> Option<usize> {
        let key = key.as_bytes();
        let q = prefix8(key);
        let (mut lo, mut hi) = (0, self.count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let ord = self
                .prefix_at(mid)
                .cmp(&q)
                .then_with(|| self.key_bytes(mid).cmp(key));
            match ord {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The value stored under `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&'d str> {
        self.find(key).map(|i| self.entry(i).1)
    }

    /// The table's own copy of `key`, if present (lets callers return borrowed strings).
    pub(crate) fn get_key(&self, key: &str) -> Option<&'d str> {
        self.find(key).map(|i| self.entry(i).0)
    }
}

/// A key's first 8 bytes, zero-padded, big-endian: ordering these agrees with bytewise key order.
fn prefix8(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(b)
}

/// Encodes `entries` (key, value) as a table; keys are sorted and deduplicated (first value wins).
/// Keys must not contain tabs; an empty value stores the bare key.
pub(crate) fn encode<K: AsRef<str>, V: AsRef<str>>(entries: &[(K, V)]) -> Vec<u8> {
    let mut items: Vec<(&str, &str)> = entries
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    items.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    items.dedup_by(|b, a| a.0 == b.0);
    let mut blob = Vec::new();
    let mut offsets = Vec::with_capacity(items.len() + 1);
    offsets.push(0u32);
    for (k, v) in &items {
        debug_assert!(!k.contains('\t'));
        blob.extend_from_slice(k.as_bytes());
        if !v.is_empty() {
            blob.push(b'\t');
            blob.extend_from_slice(v.as_bytes());
        }
        offsets.push(u32::try_from(blob.len()).unwrap_or(u32::MAX));
    }
    let mut out = Vec::with_capacity(4 + items.len() * 8 + offsets.len() * 4 + blob.len());
    out.extend_from_slice(&u32::try_from(items.len()).unwrap_or(u32::MAX).to_le_bytes());
    for (k, _) in &items {
        out.extend_from_slice(&prefix8(k.as_bytes()).to_be_bytes());
    }
    for o in offsets {
        out.extend_from_slice(&o.to_le_bytes());
    }
    out.extend_from_slice(&blob);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_lookup() {
        let bytes = encode(&[("makan", "makan"), ("dimakan", "makan"), ("a", "")]);
        let t = Table::parse(&bytes).expect("valid");
        assert_eq!(t.len(), 3);
        assert_eq!(t.get("dimakan"), Some("makan"));
        assert_eq!(t.get("a"), Some(""));
        assert_eq!(t.get("b"), None);
        assert_eq!(t.get_key("makan"), Some("makan"));
    }

    #[test]
    fn rejects_corrupt_bytes() {
        assert_eq!(Table::parse(&[1, 0]).err(), Some(TableError::Truncated));
        let mut bytes = encode(&[("x", "y")]);
        bytes[16] = 200;
        assert!(Table::parse(&bytes).is_err());
    }
}
