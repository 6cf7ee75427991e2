//! The immutable [`Model`], its per-thread [`Scratch`], Viterbi decoding and the model file format.
//!
//! File format (all integers little-endian):
//!
//! ```text
//! magic    b"WARTATAG"
//! u32      format version (1)
//! u32      feature template version
//! u8       bucket bits B (table has 2^B rows), 3 bytes padding
//! u32      number of tags T
//! f32      quantisation scale (weight = i16 / scale)
//! u32+[u8] description (UTF-8)
//! T x (u32+[u8]) tag names
//! T x i16  start transition, T x i16 end transition, T*T x i16 transitions [prev][cur]
//! u32 N, N x u64 word keys (sorted lower-cased word hashes), N x u16 cluster ids, N x u16
//!          tag-dictionary classes
//! u32 R, R x u32 non-zero row indices (strictly increasing), R*T x i16 row weights
//! ```

use crate::features::{token_features, word_info, WordInfo, FEATURE_VERSION, N_BASE, N_FEATS};
use crate::{Error, Result};
use std::path::Path;

const MAGIC: &[u8; 8] = b"WARTATAG";
const FORMAT_VERSION: u32 = 1;
/// Smallest and largest accepted bucket bits.
pub(crate) const MIN_BITS: u8 = 8;
pub(crate) const MAX_BITS: u8 = 24;
const MAX_TAGS: usize = 1024;

/// Per-word classes used as features, keyed by the lower-cased word hash (sorted keys): a
/// distributional cluster id learnt from unlabelled text and a tag-dictionary class (the set of
/// tags a word takes in a lexicon corpus). 0 = unknown. Empty = no such features.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordClusters {
    pub(crate) keys: Vec<u64>,
    pub(crate) ids: Vec<u16>,
    pub(crate) classes: Vec<u16>,
    /// Open-addressing lookup: `1 + index into keys`, 0 = empty; length a power of two.
    slots: Vec<u32>,
}

impl WordClusters {
    /// Builds the lookup slots for sorted `keys`.
    pub(crate) fn new(keys: Vec<u64>, ids: Vec<u16>, classes: Vec<u16>) -> WordClusters {
        let mut slots = Vec::new();
        if !keys.is_empty() {
            let len = (keys.len() * 2).next_power_of_two();
            slots = vec![0u32; len];
            let mask = len - 1;
            for (i, &k) in keys.iter().enumerate() {
                let mut j = (k >> 32) as usize & mask;
                while slots[j] != 0 {
                    j = (j + 1) & mask;
                }
                slots[j] = i as u32 + 1;
            }
        }
        WordClusters {
            keys,
            ids,
            classes,
            slots,
        }
    }

    #[inline]
    pub(crate) fn get(&self, h: u64) -> (u16, u16) {
        if self.slots.is_empty() {
            return (0, 0);
        }
        let mask = self.slots.len() - 1;
        let mut j = (h >> 32) as usize & mask;
        loop {
            let s = self.slots[j] as usize;
            if s == 0 {
                return (0, 0);
            }
            if self.keys[s - 1] == h {
                return (self.ids[s - 1], self.classes[s - 1]);
            }
            j = (j + 1) & mask;
        }
    }

    /// Builds the table from `(word, cluster id, class id)` entries; words are lower-cased and
    /// later entries for the same word overwrite non-zero fields of earlier ones.
    pub fn from_entries(entries: impl IntoIterator<Item = (String, u16, u16)>) -> WordClusters {
        let mut map: std::collections::BTreeMap<u64, (u16, u16)> = Default::default();
        let mut buf = String::new();
        for (w, id, class) in entries {
            let h = word_info(&w, &mut buf).lower_hash();
            let e = map.entry(h).or_default();
            if id != 0 {
                e.0 = id;
            }
            if class != 0 {
                e.1 = class;
            }
        }
        WordClusters::new(
            map.keys().copied().collect(),
            map.values().map(|v| v.0).collect(),
            map.values().map(|v| v.1).collect(),
        )
    }

    /// Number of words in the table.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// Tag-dictionary classes from a tagged corpus: each lower-cased word seen at least `min_count`
/// times gets the id of its set of tags holding at least 10% of its occurrences. Class ids are
/// 1-based, numbered in the sorted order of the class names, so the result is deterministic.
pub fn tag_dictionary(data: &[crate::TaggedSentence], min_count: usize) -> Vec<(String, u16)> {
    use std::collections::{BTreeMap, BTreeSet};
    let mut counts: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for s in data {
        for (w, t) in s.words.iter().zip(&s.tags) {
            *counts
                .entry(w.to_lowercase())
                .or_default()
                .entry(t.as_str())
                .or_default() += 1;
        }
    }
    let mut word_class: Vec<(String, String)> = Vec::new();
    for (w, m) in counts {
        let total: usize = m.values().sum();
        if total < min_count {
            continue;
        }
        let class: Vec<&str> = m
            .iter()
            .filter(|(_, &c)| c * 10 >= total)
            .map(|(t, _)| *t)
            .collect();
        word_class.push((w, class.join("|")));
    }
    let names: BTreeSet<&str> = word_class.iter().map(|(_, c)| c.as_str()).collect();
    let ids: BTreeMap<&str, u16> = names
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c, (i + 1).min(usize::from(u16::MAX)) as u16))
        .collect();
    word_class
        .iter()
        .map(|(w, c)| (w.clone(), ids[c.as_str()]))
        .collect()
}

/// Reusable per-thread buffers for tagging. Create one per worker and pass it to every call;
/// after warm-up, tagging allocates nothing.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    pub(crate) words: Vec<WordInfo>,
    pub(crate) feats: Vec<u32>,
    pub(crate) scores: Vec<i32>,
    pub(crate) delta: Vec<i32>,
    pub(crate) back: Vec<u16>,
    buf: String,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch::default()
    }
}

/// Fills `scratch.words` and `scratch.feats` for a sentence.
pub(crate) fn extract<S: AsRef<str>>(
    words: &[S],
    hints: &[u8],
    clusters: &WordClusters,
    version: u32,
    bits: u8,
    scratch: &mut Scratch,
) {
    let n = words.len();
    scratch.words.clear();
    for w in words {
        let mut info = word_info(w.as_ref(), &mut scratch.buf);
        (info.cluster, info.class) = clusters.get(info.lower_hash());
        scratch.words.push(info);
    }
    scratch.feats.clear();
    scratch.feats.resize(n * N_FEATS, 0);
    let hint = |j: usize| hints.get(j).copied().unwrap_or(0);
    for i in 0..n {
        let h = (if i == 0 { 0 } else { hint(i - 1) }, hint(i), hint(i + 1));
        token_features(
            &scratch.words,
            i,
            h,
            version,
            bits,
            &mut scratch.feats[i * N_FEATS..(i + 1) * N_FEATS],
        );
    }
}

/// First-order Viterbi over emission scores `em` (`n * t`), transitions `trans_t` stored
/// transposed (`[cur][prev]`), start and end scores. Ties go to the lowest tag id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn viterbi(
    n: usize,
    t: usize,
    em: &[i32],
    start: &[i32],
    trans_t: &[i32],
    end: &[i32],
    delta: &mut Vec<i32>,
    back: &mut Vec<u16>,
    out: &mut Vec<u16>,
) {
    out.clear();
    if n == 0 || t == 0 {
        return;
    }
    delta.clear();
    delta.resize(n * t, 0);
    back.clear();
    back.resize(n * t, 0);
    // Each row is shifted so its maximum is 0: with |em| <= N_FEATS * 32767 per token and
    // |trans| <= 32767, every value stays within a few million, so plain i32 adds cannot overflow.
    for c in 0..t {
        delta[c] = start[c] + em[c];
    }
    normalise(&mut delta[..t]);
    for i in 1..n {
        let (prev_rows, cur_rows) = delta.split_at_mut(i * t);
        let prev = &prev_rows[(i - 1) * t..];
        let cur = &mut cur_rows[..t];
        for c in 0..t {
            let row = &trans_t[c * t..(c + 1) * t];
            // One pass; a strict `>` keeps the first (lowest) tag id among equal scores.
            let (mut best, mut arg) = (i32::MIN, 0usize);
            for (p, (&d, &tr)) in prev.iter().zip(row).enumerate() {
                if d + tr > best {
                    best = d + tr;
                    arg = p;
                }
            }
            cur[c] = best + em[i * t + c];
            back[i * t + c] = arg as u16;
        }
        normalise(cur);
    }
    let last = &delta[(n - 1) * t..];
    let mut best = i32::MIN;
    let mut arg = 0usize;
    for (c, (&d, &e)) in last.iter().zip(end).enumerate() {
        let s = d + e;
        if s > best {
            best = s;
            arg = c;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u16;
    for i in (1..n).rev() {
        arg = back[i * t + arg] as usize;
        out[i - 1] = arg as u16;
    }
}

fn normalise(row: &mut [i32]) {
    let m = row.iter().copied().max().unwrap_or(0);
    row.iter_mut().for_each(|x| *x -= m);
}

/// A trained, immutable sequence tagger (`Send + Sync`; share it by reference across threads).
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) tags: Vec<String>,
    pub(crate) bits: u8,
    pub(crate) scale: f32,
    pub(crate) description: String,
    /// Row of each of the `2^bits` buckets in `rows` (0 = the all-zero row), plus the absent-feature
    /// bucket `2^bits`, always row 0.
    pub(crate) index: Vec<u32>,
    /// Non-zero weight rows, `T` each; row 0 is all zeros.
    pub(crate) rows: Vec<i16>,
    pub(crate) start: Vec<i16>,
    pub(crate) end: Vec<i16>,
    /// `[prev][cur]`.
    pub(crate) trans: Vec<i16>,
    pub(crate) clusters: WordClusters,
    /// Feature template version (1..=[`FEATURE_VERSION`]).
    pub(crate) feature_version: u32,
    // Decoding copies in i32, transitions transposed.
    start32: Vec<i32>,
    end32: Vec<i32>,
    trans_t32: Vec<i32>,
}

impl Model {
    /// Assembles a model from quantised parts; checks that the sizes agree.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        tags: Vec<String>,
        bits: u8,
        scale: f32,
        description: String,
        weights: Vec<i16>,
        start: Vec<i16>,
        end: Vec<i16>,
        trans: Vec<i16>,
        clusters: WordClusters,
        feature_version: u32,
    ) -> Result<Model> {
        let t = tags.len();
        if t == 0 || t > MAX_TAGS {
            return Err(Error::Format(format!("bad tag count {t}")));
        }
        if !(MIN_BITS..=MAX_BITS).contains(&bits) {
            return Err(Error::Format(format!("bad bucket bits {bits}")));
        }
        if weights.len() != (1usize << bits) * t {
            return Err(Error::Format("inconsistent table sizes".into()));
        }
        let mut index = vec![0u32; (1usize << bits) + 1];
        let mut rows = vec![0i16; t];
        for (b, r) in weights.chunks_exact(t).enumerate() {
            if r.iter().any(|&w| w != 0) {
                index[b] = (rows.len() / t) as u32;
                rows.extend_from_slice(r);
            }
        }
        Model::from_compact(
            tags,
            bits,
            scale,
            description,
            index,
            rows,
            start,
            end,
            trans,
            clusters,
            feature_version,
        )
    }

    /// Assembles a model from a compact table (see the field docs).
    #[allow(clippy::too_many_arguments)]
    fn from_compact(
        tags: Vec<String>,
        bits: u8,
        scale: f32,
        description: String,
        index: Vec<u32>,
        rows: Vec<i16>,
        start: Vec<i16>,
        end: Vec<i16>,
        trans: Vec<i16>,
        clusters: WordClusters,
        feature_version: u32,
    ) -> Result<Model> {
        let t = tags.len();
        if !(1..=FEATURE_VERSION).contains(&feature_version) {
            return Err(Error::Format(format!(
                "model built for feature version {feature_version}, this build reads 1..={FEATURE_VERSION}"
            )));
        }
        if index.len() != (1usize << bits) + 1
            || index.last() != Some(&0)
            || rows.len() / t * t != rows.len()
            || index.iter().any(|&i| i as usize >= rows.len() / t)
            || start.len() != t
            || end.len() != t
            || trans.len() != t * t
            || clusters.keys.len() != clusters.ids.len()
            || clusters.keys.len() != clusters.classes.len()
        {
            return Err(Error::Format("inconsistent table sizes".into()));
        }
        let mut trans_t32 = vec![0i32; t * t];
        for p in 0..t {
            for c in 0..t {
                trans_t32[c * t + p] = i32::from(trans[p * t + c]);
            }
        }
        Ok(Model {
            start32: start.iter().map(|&x| i32::from(x)).collect(),
            end32: end.iter().map(|&x| i32::from(x)).collect(),
            trans_t32,
            tags,
            bits,
            scale,
            description,
            index,
            rows,
            start,
            end,
            trans,
            clusters,
            feature_version,
        })
    }

    /// The tag names; a tag id is an index into this slice.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// The name of tag `id`, or `""` when out of range.
    pub fn tag_name(&self, id: u16) -> &str {
        self.tags.get(usize::from(id)).map_or("", String::as_str)
    }

    /// The id of the tag called `name`.
    pub fn tag_id(&self, name: &str) -> Option<u16> {
        self.tags.iter().position(|t| t == name).map(|i| i as u16)
    }

    /// What the model was trained on (free text stored in the file).
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Number of non-zero weight rows (the stored feature buckets).
    pub fn nonzero_rows(&self) -> usize {
        self.rows.len() / self.tags.len() - 1
    }

    /// Tags one sentence of `words`; writes one tag id per word into `out` (cleared first).
    pub fn tag<S: AsRef<str>>(&self, words: &[S], scratch: &mut Scratch, out: &mut Vec<u16>) {
        self.tag_with_hints(words, &[], scratch, out);
    }

    /// Like [`Model::tag`], with one gazetteer hint per word (0 = none; missing entries count as
    /// 0). Hints are small category codes from an external lexicon (e.g. 1 = person name,
    /// 2 = place, 3 = organisation); a model trained without hints ignores them.
    pub fn tag_with_hints<S: AsRef<str>>(
        &self,
        words: &[S],
        hints: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<u16>,
    ) {
        let n = words.len();
        let t = self.tags.len();
        extract(
            words,
            hints,
            &self.clusters,
            self.feature_version,
            self.bits,
            scratch,
        );
        scratch.scores.clear();
        scratch.scores.resize(n * t, 0);
        // Without hints the hint-conjoined features are all absent (zero rows): skip them.
        let used = if hints.iter().any(|&h| h != 0) {
            N_FEATS
        } else {
            N_BASE
        };
        for (feats, acc) in scratch
            .feats
            .chunks_exact(N_FEATS)
            .zip(scratch.scores.chunks_exact_mut(t))
        {
            for &b in &feats[..used] {
                let r = self.index[b as usize] as usize;
                let row = &self.rows[r * t..(r + 1) * t];
                for (a, &w) in acc.iter_mut().zip(row) {
                    *a += i32::from(w);
                }
            }
        }
        viterbi(
            n,
            t,
            &scratch.scores,
            &self.start32,
            &self.trans_t32,
            &self.end32,
            &mut scratch.delta,
            &mut scratch.back,
            out,
        );
    }

    /// Adds `delta` (in stored weight units, saturating) to tag `tag`'s bias: the weight of the
    /// always-present feature. A negative `delta` on `O` trades precision for recall.
    pub fn shift_bias(&mut self, tag: u16, delta: i16) {
        let t = self.tags.len();
        let tag = usize::from(tag);
        if tag >= t {
            return;
        }
        let b = crate::features::bias_bucket(self.bits) as usize;
        if self.index[b] == 0 {
            self.index[b] = (self.rows.len() / t) as u32;
            self.rows.extend(std::iter::repeat_n(0, t));
        }
        let r = self.index[b] as usize;
        let w = &mut self.rows[r * t + tag];
        *w = w.saturating_add(delta).max(-32767);
    }

    /// Serialises the model (deterministic: the same model always gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let t = self.tags.len();
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&self.feature_version.to_le_bytes());
        b.extend_from_slice(&[self.bits, 0, 0, 0]);
        b.extend_from_slice(&(t as u32).to_le_bytes());
        b.extend_from_slice(&self.scale.to_le_bytes());
        put_str(&mut b, &self.description);
        for tag in &self.tags {
            put_str(&mut b, tag);
        }
        for v in self.start.iter().chain(&self.end).chain(&self.trans) {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.extend_from_slice(&(self.clusters.keys.len() as u32).to_le_bytes());
        for k in &self.clusters.keys {
            b.extend_from_slice(&k.to_le_bytes());
        }
        for v in self.clusters.ids.iter().chain(&self.clusters.classes) {
            b.extend_from_slice(&v.to_le_bytes());
        }
        let used: Vec<(u32, u32)> = self
            .index
            .iter()
            .enumerate()
            .filter(|(_, &r)| r != 0)
            .map(|(b, &r)| (b as u32, r))
            .collect();
        b.extend_from_slice(&(used.len() as u32).to_le_bytes());
        for (bucket, _) in &used {
            b.extend_from_slice(&bucket.to_le_bytes());
        }
        for &(_, r) in &used {
            for v in &self.rows[r as usize * t..(r as usize + 1) * t] {
                b.extend_from_slice(&v.to_le_bytes());
            }
        }
        b
    }

    /// Parses a model file; never panics on malformed input.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(Error::Format("not a warta tagger model (bad magic)".into()));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(Error::Format(format!(
                "unsupported model format version {version}"
            )));
        }
        let fv = r.u32()?;
        if !(1..=FEATURE_VERSION).contains(&fv) {
            return Err(Error::Format(format!(
                "model built for feature version {fv}, this build reads 1..={FEATURE_VERSION}"
            )));
        }
        let bits = r.take(4)?[0];
        if !(MIN_BITS..=MAX_BITS).contains(&bits) {
            return Err(Error::Format(format!("bad bucket bits {bits}")));
        }
        let t = r.u32()? as usize;
        if t == 0 || t > MAX_TAGS {
            return Err(Error::Format(format!("bad tag count {t}")));
        }
        let scale = f32::from_le_bytes(r.array()?);
        let description = r.string()?;
        let mut tags = Vec::with_capacity(t);
        for _ in 0..t {
            tags.push(r.string()?);
        }
        let start = r.i16s(t)?;
        let end = r.i16s(t)?;
        let trans = r.i16s(t * t)?;
        let nc = r.u32()? as usize;
        let mut keys = Vec::with_capacity(nc.min(bytes.len() / 8));
        for _ in 0..nc {
            keys.push(u64::from_le_bytes(r.array()?));
        }
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(Error::Format("cluster keys not sorted".into()));
        }
        let ids = r.i16s(nc)?.into_iter().map(|v| v as u16).collect();
        let classes = r.i16s(nc)?.into_iter().map(|v| v as u16).collect();
        let nr = r.u32()? as usize;
        let rows_bytes = r.take(nr.checked_mul(4).ok_or_else(too_short)?)?;
        let table = 1usize << bits;
        let mut index = vec![0u32; table + 1];
        let mut rows = vec![0i16; t];
        rows.reserve(nr * t);
        let wbytes = r.take(
            nr.checked_mul(t)
                .and_then(|x| x.checked_mul(2))
                .ok_or_else(too_short)?,
        )?;
        let mut last: Option<u32> = None;
        for (k, rb) in rows_bytes.chunks_exact(4).enumerate() {
            let row = u32::from_le_bytes([rb[0], rb[1], rb[2], rb[3]]);
            if row as usize >= table || last.is_some_and(|l| l >= row) {
                return Err(Error::Format("bad row index".into()));
            }
            last = Some(row);
            index[row as usize] = (k + 1) as u32;
            let src = &wbytes[k * t * 2..(k + 1) * t * 2];
            rows.extend(
                src.chunks_exact(2)
                    .map(|s| i16::from_le_bytes([s[0], s[1]])),
            );
        }
        if r.pos != bytes.len() {
            return Err(Error::Format("trailing bytes after model".into()));
        }
        Model::from_compact(
            tags,
            bits,
            scale,
            description,
            index,
            rows,
            start,
            end,
            trans,
            WordClusters::new(keys, ids, classes),
            fv,
        )
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        Model::from_bytes(&bytes)
    }

    /// Writes the model file.
    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|e| Error::Io(path.display().to_string(), e))
    }
}

fn put_str(b: &mut Vec<u8>, s: &str) {
    b.extend_from_slice(&(s.len() as u32).to_le_bytes());
    b.extend_from_slice(s.as_bytes());
}

fn too_short() -> Error {
    Error::Format("model file truncated".into())
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).ok_or_else(too_short)?;
        let s = self.b.get(self.pos..end).ok_or_else(too_short)?;
        self.pos = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn string(&mut self) -> Result<String> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|_| Error::Format("invalid UTF-8 string".into()))
    }
    fn i16s(&mut self, n: usize) -> Result<Vec<i16>> {
        let s = self.take(n.checked_mul(2).ok_or_else(too_short)?)?;
        Ok(s.chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_a_bias_moves_predictions_and_round_trips() {
        let sent = |w: &[&str], t: &[&str]| crate::TaggedSentence {
            words: w.iter().map(|s| s.to_string()).collect(),
            tags: t.iter().map(|s| s.to_string()).collect(),
            hints: vec![],
        };
        let data = vec![
            sent(&["Budi", "makan"], &["B-PER", "O"]),
            sent(&["Ani", "minum"], &["B-PER", "O"]),
        ];
        let cfg = crate::TrainConfig {
            epochs: 3,
            bits: 10,
            ..crate::TrainConfig::default()
        };
        let mut m = crate::train(&data, &cfg, &mut |_, _| {}).expect("train");
        let (mut scratch, mut out) = (Scratch::new(), Vec::new());
        let o = m.tag_id("O").expect("O");
        let t = m.tags().len();
        let bias = |m: &Model| {
            let r = m.index[crate::features::bias_bucket(m.bits) as usize] as usize;
            m.rows[r * t + usize::from(o)]
        };
        let before = bias(&m);
        m.shift_bias(o, -100);
        assert_eq!(bias(&m), before - 100);
        let mut low = m.clone();
        low.shift_bias(o, i16::MIN);
        low.shift_bias(o, i16::MIN);
        assert_eq!(bias(&low), -32767, "saturates at the quantisation bound");
        low.tag(&["Budi", "makan"], &mut scratch, &mut out);
        assert_eq!(out.len(), 2);
        m.shift_bias(99, 5); // out of range: ignored
        let back = Model::from_bytes(&m.to_bytes()).expect("load");
        assert_eq!(back.to_bytes(), m.to_bytes());
    }

    #[test]
    fn viterbi_follows_transitions() {
        // Two tags; emissions prefer tag 0 everywhere, but 0->0 is heavily penalised.
        let em = [5, 0, 5, 0, 5, 0];
        let trans_t = [-100, 0, 0, -100]; // [cur][prev]: 0<-0 = -100, 1<-1 = -100
        let (mut d, mut b, mut out) = (vec![], vec![], vec![]);
        viterbi(
            3,
            2,
            &em,
            &[0, 0],
            &trans_t,
            &[0, 0],
            &mut d,
            &mut b,
            &mut out,
        );
        assert_eq!(out, vec![0, 1, 0]);
        viterbi(
            0,
            2,
            &[],
            &[0, 0],
            &trans_t,
            &[0, 0],
            &mut d,
            &mut b,
            &mut out,
        );
        assert!(out.is_empty());
    }

    #[test]
    fn garbage_never_panics() {
        let mut bytes = b"WARTATAG".to_vec();
        for n in 0..64u8 {
            bytes.push(n.wrapping_mul(37));
            assert!(Model::from_bytes(&bytes).is_err());
        }
        assert!(Model::from_bytes(&[]).is_err());
        assert!(Model::from_bytes(&[0xff; 100]).is_err());
    }
}
