//! Feature extraction: per-word hashes, then a fixed number of hashed feature buckets per token.
//!
//! Every token gets exactly [`N_FEATS`] buckets, so the feature matrix of a sentence is a flat
//! `n * N_FEATS` slice with no per-token allocation. Word-level properties (lower-cased form,
//! prefixes, suffixes, shape, flags) are hashed once per word into [`WordInfo`] and then combined
//! with the template id and the neighbours' hashes.

use crate::hash::{bucket, fmix, hash_bytes, mix};

/// Newest version of the feature templates; stored in model files and checked at load time.
/// Files of every version from 1 up to this one load and tag as they were trained:
///
/// - 1: 36 templates on the word and its neighbours, 3 conjunctions with the hint;
/// - 2: adds 2 templates that join the classes of the two previous words (clusters, short
///   shapes) to the current word's short shape (absent in version-1 models).
pub const FEATURE_VERSION: u32 = 2;

/// Number of hashed features per token: [`N_BASE`] present whatever the hints (those of newer
/// feature versions absent in older models), then 3 conjunctions with the token's hint that are
/// absent when it has none. An absent feature is the bucket `2^bits`, whose weights are always
/// zero, so a model scores exactly as one built before the absent templates existed.
pub const N_FEATS: usize = N_BASE + 3;

/// The features not conjoined with hints: the first `N_BASE` of every token's buckets.
pub(crate) const N_BASE: usize = 38;

/// Templates of feature version 1 (the first of every token's buckets).
const N_V1: usize = 36;

/// Bucket of an absent feature: `2^bits`, one past the table, whose weights are always zero.
#[inline]
pub(crate) fn no_feature(bits: u8) -> u32 {
    1u32 << bits
}

/// Word-level hashes and flags, computed once per word of a sentence.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordInfo {
    lower: u64,
    raw: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    shape: u64,
    short_shape: u64,
    flags: u8,
    clitic: u8,
    /// Word cluster id (0 = unknown), filled by the caller from the model's cluster table.
    pub(crate) cluster: u16,
    /// Tag-dictionary class (0 = unknown), filled like `cluster`.
    pub(crate) class: u16,
}

impl WordInfo {
    /// Hash of the lower-cased word (the cluster table key).
    #[inline]
    pub(crate) fn lower_hash(&self) -> u64 {
        self.lower
    }
}

const F_TITLE: u8 = 1;
const F_ALLCAPS: u8 = 1 << 1;
const F_HAS_DIGIT: u8 = 1 << 2;
const F_ALL_DIGIT: u8 = 1 << 3;
const F_HYPHEN: u8 = 1 << 4;
const F_NO_ALNUM: u8 = 1 << 5;
const F_REDUP: u8 = 1 << 6;
const F_DOT: u8 = 1 << 7;

/// Sentinel word hashes before the first and after the last word.
const BOS: u64 = 0x5eed_0000_0000_0b05;
const EOS: u64 = 0x5eed_0000_0000_0e05;

/// Clitic and particle endings worth a feature of their own.
const CLITICS: [&str; 6] = ["nya", "lah", "kah", "pun", "ku", "mu"];

/// Fills `info` from `word`, using `buf` as lower-casing scratch.
pub(crate) fn word_info(word: &str, buf: &mut String) -> WordInfo {
    buf.clear();
    let mut n_chars = 0usize;
    let (mut upper, mut lower, mut digit, mut alnum) = (0usize, 0usize, 0usize, 0usize);
    let mut first_upper = false;
    let mut flags = 0u8;
    // Shape: X, x, d or the punctuation char itself; runs capped at 4 (long) or 1 (short).
    let (mut shape_h, mut short_h) = (0xcbf2_9ce4_8422_2325u64, 0xcbf2_9ce4_8422_2325u64);
    let (mut last_class, mut run) = ('\0', 0usize);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            upper += 1;
            if n_chars == 0 {
                first_upper = true;
            }
            'X'
        } else if c.is_lowercase() {
            lower += 1;
            'x'
        } else if c.is_numeric() {
            digit += 1;
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else if c.is_ascii() {
            c
        } else {
            'o'
        };
        if c.is_alphanumeric() {
            alnum += 1;
        }
        if c == '-' {
            flags |= F_HYPHEN;
        }
        if c == '.' {
            flags |= F_DOT;
        }
        if class == last_class {
            run += 1;
        } else {
            run = 1;
            short_h = (short_h ^ class as u64).wrapping_mul(0x100_0000_01b3);
            last_class = class;
        }
        if run <= 4 {
            shape_h = (shape_h ^ class as u64).wrapping_mul(0x100_0000_01b3);
        }
        n_chars += 1;
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    if first_upper && upper < n_chars.max(2) {
        flags |= F_TITLE;
    }
    if upper >= 2 && lower == 0 {
        flags |= F_ALLCAPS;
    }
    if digit > 0 {
        flags |= F_HAS_DIGIT;
        if digit == n_chars {
            flags |= F_ALL_DIGIT;
        }
    }
    if alnum == 0 {
        flags |= F_NO_ALNUM;
    }
    let lw = buf.as_str();
    if let Some((a, b)) = lw.split_once('-') {
        // orang-orang, berlari-lari, sayur-mayur (partial), bermain-main
        if !a.is_empty() && (a == b || a.ends_with(b) || b.ends_with(a)) {
            flags |= F_REDUP;
        }
    }
    let mut clitic = 0u8;
    for (k, c) in CLITICS.iter().enumerate() {
        if lw.len() > c.len() + 2 && lw.ends_with(c) {
            clitic = k as u8 + 1;
            break;
        }
    }
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    // Char boundaries from the front and back, at most 4 each.
    let mut ends = [lw.len(); 4];
    for (k, (i, _)) in lw.char_indices().skip(1).take(4).enumerate() {
        ends[k] = i;
    }
    let mut starts = [0usize; 4];
    for (k, (i, _)) in lw.char_indices().rev().take(4).enumerate() {
        starts[k] = i;
    }
    for k in 0..4 {
        pre[k] = hash_bytes(&lw.as_bytes()[..ends[k]]);
        suf[k] = hash_bytes(&lw.as_bytes()[starts[k]..]);
    }
    WordInfo {
        lower: hash_bytes(lw.as_bytes()),
        raw: hash_bytes(word.as_bytes()),
        pre,
        suf,
        shape: fmix(shape_h),
        short_shape: fmix(short_h),
        flags,
        clitic,
        cluster: 0,
        class: 0,
    }
}

/// The bucket of the bias feature (template 0), present at every token.
pub(crate) fn bias_bucket(bits: u8) -> u32 {
    bucket(mix(0, 0, 0), bits)
}

/// `mix(template, hint, x)`, or `None` (no feature) when `hint` is 0.
#[inline]
fn hinted(template: u32, hint: u8, x: u64) -> Option<u64> {
    (hint != 0).then(|| mix(template, u64::from(hint), x))
}

/// Writes the `N_FEATS` buckets of token `i` into `out`.
///
/// `hints` are the gazetteer hints of tokens `i - 1`, `i` and `i + 1` (0 = none); `version`
/// is the model's feature version (templates of newer versions are absent).
#[inline]
pub(crate) fn token_features(
    words: &[WordInfo],
    i: usize,
    hints: (u8, u8, u8),
    version: u32,
    bits: u8,
    out: &mut [u32],
) {
    let w = &words[i];
    let get = |j: isize| -> Option<&WordInfo> {
        if j < 0 {
            None
        } else {
            words.get(j as usize)
        }
    };
    let ii = i as isize;
    let (p1, p2, n1, n2) = (get(ii - 1), get(ii - 2), get(ii + 1), get(ii + 2));
    let lw = |x: Option<&WordInfo>, dflt: u64| x.map_or(dflt, |x| x.lower);
    let (p1w, p2w) = (lw(p1, BOS), lw(p2, BOS));
    let (n1w, n2w) = (lw(n1, EOS), lw(n2, EOS));
    let sh = |x: Option<&WordInfo>, dflt: u64| x.map_or(dflt, |x| x.short_shape);
    let fl = |x: Option<&WordInfo>| x.map_or(0xffu64, |x| u64::from(x.flags & 0x3f));
    let cl = |x: Option<&WordInfo>| x.map_or(0xffffu64, |x| u64::from(x.cluster));
    let lc = |x: Option<&WordInfo>| x.map_or(0xffffu64, |x| u64::from(x.class));
    let first = u64::from(i == 0);
    let feats: [u64; N_V1] = [
        mix(0, 0, 0),
        mix(1, w.lower, 0),
        mix(2, w.raw, 0),
        mix(3, w.pre[0], 0),
        mix(4, w.pre[1], 0),
        mix(5, w.pre[2], 0),
        mix(6, w.pre[3], 0),
        mix(7, w.suf[0], 0),
        mix(8, w.suf[1], 0),
        mix(9, w.suf[2], 0),
        mix(10, w.suf[3], 0),
        mix(11, w.shape, 0),
        mix(12, u64::from(w.flags), first),
        mix(13, u64::from(w.clitic), w.pre[1]),
        mix(14, p1w, 0),
        mix(15, p2w, 0),
        mix(16, n1w, 0),
        mix(17, n2w, 0),
        mix(18, p1w, w.lower),
        mix(19, w.lower, n1w),
        mix(20, p1.map_or(BOS, |x| x.suf[2]), 0),
        mix(21, n1.map_or(EOS, |x| x.suf[2]), 0),
        mix(22, sh(p1, BOS), w.short_shape),
        mix(23, w.short_shape, sh(n1, EOS)),
        mix(
            24,
            fl(p1) << 16 | u64::from(w.flags & 0x3f) << 8 | fl(n1),
            0,
        ),
        mix(
            25,
            u64::from(hints.1),
            u64::from(hints.0) << 8 | u64::from(hints.2),
        ),
        mix(26, w.pre[1], w.suf[1]),
        mix(27, p1w, n1w),
        mix(28, cl(Some(w)), 0),
        mix(29, cl(p1), cl(Some(w))),
        mix(30, cl(Some(w)), cl(n1)),
        mix(31, u64::from(hints.1), w.short_shape),
        mix(32, lc(Some(w)), 0),
        mix(33, lc(p1), lc(Some(w))),
        mix(34, lc(Some(w)), lc(n1)),
        mix(35, lc(Some(w)), w.suf[1]),
    ];
    // Version 2: the classes of the two previous words with the current word's short shape
    // (`Presiden` `Joko` -> `Xx`; lower-cased text keeps only the cluster part). Cluster ids are
    // 0-based here (0xfffe = unknown word, 0xffff = before the sentence); template ids 48 and 49
    // are the hash seeds the shipped models were trained with.
    let prev_class = |x: Option<&WordInfo>| {
        x.map_or(0xffffu64, |x| {
            x.cluster.checked_sub(1).map_or(0xfffe, u64::from)
        })
    };
    let v2 = [
        mix(48, prev_class(p2), prev_class(p1) << 32 | w.short_shape),
        mix(49, sh(p2, BOS) ^ sh(p1, BOS).rotate_left(17), w.short_shape),
    ];
    let hinted_feats = [
        hinted(36, hints.1, w.lower),
        hinted(37, hints.1, w.suf[2]),
        hinted(38, hints.1, cl(Some(w)) << 32 | lc(Some(w))),
    ];
    for (o, f) in out.iter_mut().zip(feats) {
        *o = bucket(f, bits);
    }
    for (o, f) in out[N_V1..N_BASE].iter_mut().zip(v2) {
        *o = if version >= 2 {
            bucket(f, bits)
        } else {
            no_feature(bits)
        };
    }
    for (o, f) in out[N_BASE..].iter_mut().zip(hinted_feats) {
        *o = f.map_or(no_feature(bits), |f| bucket(f, bits));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(words: &[&str]) -> Vec<u32> {
        let mut buf = String::new();
        let infos: Vec<WordInfo> = words.iter().map(|w| word_info(w, &mut buf)).collect();
        let mut out = vec![0u32; words.len() * N_FEATS];
        for i in 0..words.len() {
            token_features(
                &infos,
                i,
                (0, 0, 0),
                FEATURE_VERSION,
                20,
                &mut out[i * N_FEATS..(i + 1) * N_FEATS],
            );
        }
        out
    }

    #[test]
    fn features_are_deterministic() {
        let s = [
            "Presiden",
            "Joko",
            "Widodo",
            "berkunjung",
            "ke",
            "rumah-rumah",
            ".",
        ];
        assert_eq!(feats(&s), feats(&s));
    }

    #[test]
    fn features_depend_on_context_and_case() {
        let a = feats(&["Rumah", "besar"]);
        let b = feats(&["rumah", "besar"]);
        // Lower-cased word feature is shared; raw word and shape differ.
        assert_eq!(a[1], b[1]);
        assert_ne!(a[2], b[2]);
        assert_ne!(a[11], b[11]);
        let c = feats(&["rumah", "kecil"]);
        assert_eq!(b[1], c[1]);
        assert_ne!(b[16], c[16]);
    }

    #[test]
    fn word_flags() {
        let mut buf = String::new();
        let cases: &[(&str, u8, u8)] = &[
            ("orang-orang", F_HYPHEN | F_REDUP, 0),
            ("Jakarta", F_TITLE, 0),
            ("DPR", F_ALLCAPS, 0),
            ("2025", F_HAS_DIGIT | F_ALL_DIGIT, 0),
            ("rumahnya", 0, 1),
            ("...", F_NO_ALNUM | F_DOT, 0),
            ("", F_NO_ALNUM, 0),
        ];
        for &(w, flags, clitic) in cases {
            let info = word_info(w, &mut buf);
            assert_eq!(info.flags, flags, "{w}");
            assert_eq!(info.clitic, clitic, "{w}");
        }
    }
}
