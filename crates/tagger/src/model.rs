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
//! u32 N, N x u64 cluster keys (sorted lower-cased word hashes), N x u16 cluster ids
//! u32 R, R x u32 non-zero row indices (strictly increasing), R*T x i16 row weights
//! ```

use crate::features::{token_features, word_info, WordInfo, FEATURE_VERSION, N_FEATS};
use crate::{Error, Result};
use std::path::Path;

const MAGIC: &[u8; 8] = b"WARTATAG";
const FORMAT_VERSION: u32 = 1;
/// Smallest and largest accepted bucket bits.
pub(crate) const MIN_BITS: u8 = 8;
pub(crate) const MAX_BITS: u8 = 24;
const MAX_TAGS: usize = 1024;

/// Word clusters learnt from unlabelled text, keyed by the lower-cased word hash (sorted keys,
/// parallel 1-based cluster ids). Empty = no cluster features.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordClusters {
    pub(crate) keys: Vec<u64>,
    pub(crate) ids: Vec<u16>,
}

impl WordClusters {
    #[inline]
    pub(crate) fn get(&self, h: u64) -> u16 {
        match self.keys.binary_search(&h) {
            Ok(i) => self.ids[i],
            Err(_) => 0,
        }
    }
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
    bits: u8,
    scratch: &mut Scratch,
) {
    let n = words.len();
    scratch.words.clear();
    for w in words {
        let mut info = word_info(w.as_ref(), &mut scratch.buf);
        info.cluster = clusters.get(info.lower_hash());
        scratch.words.push(info);
    }
    scratch.feats.clear();
    scratch.feats.resize(n * N_FEATS, 0);
    let hint = |j: usize| hints.get(j).copied().unwrap_or(0);
    for i in 0..n {
        let h = (
            if i == 0 { 0 } else { hint(i - 1) },
            hint(i),
            hint(i + 1),
        );
        token_features(
            &scratch.words,
            i,
            h,
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
    for c in 0..t {
        delta[c] = start[c].saturating_add(em[c]);
    }
    for i in 1..n {
        let (prev_rows, cur_rows) = delta.split_at_mut(i * t);
        let prev = &prev_rows[(i - 1) * t..];
        let cur = &mut cur_rows[..t];
        for c in 0..t {
            let row = &trans_t[c * t..(c + 1) * t];
            let mut best = i32::MIN;
            let mut arg = 0usize;
            for (p, (&d, &tr)) in prev.iter().zip(row).enumerate() {
                let s = d.saturating_add(tr);
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            cur[c] = best.saturating_add(em[i * t + c]);
            back[i * t + c] = arg as u16;
        }
    }
    let last = &delta[(n - 1) * t..];
    let mut best = i32::MIN;
    let mut arg = 0usize;
    for (c, (&d, &e)) in last.iter().zip(end).enumerate() {
        let s = d.saturating_add(e);
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

/// A trained, immutable sequence tagger (`Send + Sync`; share it by reference across threads).
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) tags: Vec<String>,
    pub(crate) bits: u8,
    pub(crate) scale: f32,
    pub(crate) description: String,
    /// Dense `2^bits * T` weight table.
    pub(crate) weights: Vec<i16>,
    pub(crate) start: Vec<i16>,
    pub(crate) end: Vec<i16>,
    /// `[prev][cur]`.
    pub(crate) trans: Vec<i16>,
    pub(crate) clusters: WordClusters,
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
    ) -> Result<Model> {
        let t = tags.len();
        if t == 0 || t > MAX_TAGS {
            return Err(Error::Format(format!("bad tag count {t}")));
        }
        if !(MIN_BITS..=MAX_BITS).contains(&bits) {
            return Err(Error::Format(format!("bad bucket bits {bits}")));
        }
        if weights.len() != (1usize << bits) * t
            || start.len() != t
            || end.len() != t
            || trans.len() != t * t
            || clusters.keys.len() != clusters.ids.len()
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
            weights,
            start,
            end,
            trans,
            clusters,
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
        let t = self.tags.len();
        self.weights
            .chunks_exact(t)
            .filter(|r| r.iter().any(|&w| w != 0))
            .count()
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
        extract(words, hints, &self.clusters, self.bits, scratch);
        scratch.scores.clear();
        scratch.scores.resize(n * t, 0);
        for (feats, acc) in scratch
            .feats
            .chunks_exact(N_FEATS)
            .zip(scratch.scores.chunks_exact_mut(t))
        {
            for &b in feats {
                let row = &self.weights[b as usize * t..(b as usize + 1) * t];
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

    /// Serialises the model (deterministic: the same model always gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let t = self.tags.len();
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
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
        for v in &self.clusters.ids {
            b.extend_from_slice(&v.to_le_bytes());
        }
        let rows: Vec<u32> = self
            .weights
            .chunks_exact(t)
            .enumerate()
            .filter(|(_, r)| r.iter().any(|&w| w != 0))
            .map(|(i, _)| i as u32)
            .collect();
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for r in &rows {
            b.extend_from_slice(&r.to_le_bytes());
        }
        for &r in &rows {
            for v in &self.weights[r as usize * t..(r as usize + 1) * t] {
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
        if fv != FEATURE_VERSION {
            return Err(Error::Format(format!(
                "model built for feature version {fv}, this build has {FEATURE_VERSION}"
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
        let nr = r.u32()? as usize;
        let rows_bytes = r.take(nr.checked_mul(4).ok_or_else(too_short)?)?;
        let table = 1usize << bits;
        let mut weights = vec![0i16; table * t];
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
            let src = &wbytes[k * t * 2..(k + 1) * t * 2];
            let dst = &mut weights[row as usize * t..(row as usize + 1) * t];
            for (d, s) in dst.iter_mut().zip(src.chunks_exact(2)) {
                *d = i16::from_le_bytes([s[0], s[1]]);
            }
        }
        if r.pos != bytes.len() {
            return Err(Error::Format("trailing bytes after model".into()));
        }
        Model::from_parts(
            tags,
            bits,
            scale,
            description,
            weights,
            start,
            end,
            trans,
            WordClusters { keys, ids },
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
    fn viterbi_follows_transitions() {
        // Two tags; emissions prefer tag 0 everywhere, but 0->0 is heavily penalised.
        let em = [5, 0, 5, 0, 5, 0];
        let trans_t = [-100, 0, 0, -100]; // [cur][prev]: 0<-0 = -100, 1<-1 = -100
        let (mut d, mut b, mut out) = (vec![], vec![], vec![]);
        viterbi(3, 2, &em, &[0, 0], &trans_t, &[0, 0], &mut d, &mut b, &mut out);
        assert_eq!(out, vec![0, 1, 0]);
        viterbi(0, 2, &[], &[0, 0], &trans_t, &[0, 0], &mut d, &mut b, &mut out);
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
