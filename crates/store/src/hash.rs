//! Content fingerprints: an exact hash of the normalised body and a MinHash signature over word
//! shingles for near-duplicate (syndicated, lightly edited) detection.
//!
//! Both are computed from the text alone with fixed, documented functions (FNV-1a 128 and
//! SplitMix64), so values stored in a database stay valid across builds and platforms.

/// 128-bit hash of the normalised body (see [`content_hash`]).
pub type ContentHash = [u8; 16];

/// Number of MinHash functions in a signature.
pub const MINHASH_LEN: usize = 64;
/// Number of LSH bands (each of `MINHASH_LEN / BANDS` rows).
pub const BANDS: usize = 16;
/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Minimum number of shingles for a text to take part in near-duplicate detection.
pub const MIN_SHINGLES: usize = 8;
/// Estimated Jaccard similarity from which two articles count as near-duplicates.
pub const NEAR_DUP_THRESHOLD: f64 = 0.7;

const FNV128_OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
const FNV128_PRIME: u128 = 0x0000000001000000000000000000013B;
const FNV64_OFFSET: u64 = 0xcbf29ce484222325;
const FNV64_PRIME: u64 = 0x100000001b3;

/// The hash of `body` after normalisation: lower case, runs of white space collapsed to one
/// space, leading and trailing white space dropped. Two bodies that differ only in case or
/// spacing hash alike.
pub fn content_hash(body: &str) -> ContentHash {
    let mut h = FNV128_OFFSET;
    let mut pending_space = false;
    let mut started = false;
    let mut buf = [0u8; 4];
    for c in body.chars() {
        if c.is_whitespace() {
            pending_space = started;
            continue;
        }
        if pending_space {
            h ^= u128::from(b' ');
            h = h.wrapping_mul(FNV128_PRIME);
            pending_space = false;
        }
        started = true;
        for lc in c.to_lowercase() {
            for &b in lc.encode_utf8(&mut buf).as_bytes() {
                h ^= u128::from(b);
                h = h.wrapping_mul(FNV128_PRIME);
            }
        }
    }
    h.to_be_bytes()
}

fn fnv64(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h = FNV64_OFFSET;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV64_PRIME);
    }
    h
}

#[inline]
fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

/// A MinHash signature: for each of [`MINHASH_LEN`] hash functions, the smallest (32-bit) hash of
/// any word shingle of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinHash(pub [u32; MINHASH_LEN]);

impl MinHash {
    /// The signature of `text`, or `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(text: &str) -> Option<MinHash> {
        let words: Vec<u64> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                fnv64(w.chars().flat_map(char::to_lowercase).flat_map(|c| {
                    let mut b = [0u8; 4];
                    let n = c.encode_utf8(&mut b).len();
                    b.into_iter().take(n)
                }))
            })
            .collect();
        if words.len() < SHINGLE + MIN_SHINGLES - 1 {
            return None;
        }
        let mut sig = [u32::MAX; MINHASH_LEN];
        for w in words.windows(SHINGLE) {
            let mut s = 0u64;
            for &x in w {
                s = splitmix64(s.rotate_left(17) ^ x);
            }
            for (i, m) in sig.iter_mut().enumerate() {
                let v = (splitmix64(s ^ (i as u64).wrapping_mul(0x9e3779b97f4a7c15)) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(MinHash(sig))
    }

    /// Estimated Jaccard similarity of the two shingle sets (share of equal components).
    pub fn similarity(&self, other: &MinHash) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / MINHASH_LEN as f64
    }

    /// LSH band keys: one 63-bit key per band (band number mixed in), for candidate lookup.
    pub fn bands(&self) -> [i64; BANDS] {
        let rows = MINHASH_LEN / BANDS;
        let mut out = [0i64; BANDS];
        for (b, o) in out.iter_mut().enumerate() {
            let mut h = splitmix64(b as u64 + 1);
            for &v in &self.0[b * rows..(b + 1) * rows] {
                h = splitmix64(h ^ u64::from(v));
            }
            *o = (h >> 1) as i64;
        }
        out
    }

    /// Little-endian bytes, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads [`MinHash::to_bytes`] output; `None` when the length is wrong.
    pub fn from_bytes(b: &[u8]) -> Option<MinHash> {
        if b.len() != MINHASH_LEN * 4 {
            return None;
        }
        let mut sig = [0u32; MINHASH_LEN];
        for (i, c) in b.chunks_exact(4).enumerate() {
            sig[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(MinHash(sig))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_ignores_case_and_spacing() {
        let cases = [
            (
                "Presiden  Rusia\nberkunjung.",
                "presiden rusia berkunjung.",
                true,
            ),
            ("  a b ", "a b", true),
            ("a b", "ab", false),
            ("a b", "a c", false),
            ("", "   ", true),
        ];
        for (a, b, same) in cases {
            assert_eq!(content_hash(a) == content_hash(b), same, "{a:?} vs {b:?}");
        }
    }

    fn story(n: usize, seed: usize) -> String {
        (0..n)
            .map(|i| format!("kata{} ", splitmix64((i + seed * 100_000) as u64) % 5000))
            .collect()
    }

    #[test]
    fn minhash_similar_texts_share_a_band() {
        let a = story(300, 1);
        let mut b = a.clone();
        b.push_str("Tambahan satu kalimat dari redaksi lain.");
        let (ma, mb) = (MinHash::of(&a).unwrap(), MinHash::of(&b).unwrap());
        assert!(ma.similarity(&mb) >= NEAR_DUP_THRESHOLD);
        let shared = ma
            .bands()
            .iter()
            .zip(mb.bands())
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(shared > 0);
        let c = story(300, 5);
        let mc = MinHash::of(&c).unwrap();
        assert!(ma.similarity(&mc) < NEAR_DUP_THRESHOLD);
    }

    #[test]
    fn minhash_round_trips_and_skips_short_texts() {
        let m = MinHash::of(&story(50, 2)).unwrap();
        assert_eq!(MinHash::from_bytes(&m.to_bytes()), Some(m));
        assert_eq!(MinHash::of("terlalu pendek"), None);
        assert_eq!(MinHash::from_bytes(&[1, 2, 3]), None);
    }

    proptest::proptest! {
        #[test]
        fn fingerprints_never_panic(s in "\\PC*") {
            let _ = content_hash(&s);
            let _ = MinHash::of(&s);
        }
    }
}
