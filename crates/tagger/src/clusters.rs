//! Distributional word clusters from unlabelled text: a cheap stand-in for Brown clusters.
//!
//! Each frequent lower-cased word is represented by the counts of its immediate left and right
//! neighbours among the most frequent words (square-rooted, L2-normalised); spherical k-means
//! groups words with similar contexts. Everything is deterministic: ties and iteration orders are
//! fixed, seeds are spread over the frequency ranking, and only IEEE-exact float operations
//! (add, multiply, divide, sqrt) are used.

use std::collections::HashMap;

/// Clustering settings.
#[derive(Clone, Copy, Debug)]
pub struct ClusterConfig {
    /// Number of clusters (at most 65535).
    pub k: usize,
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// At most this many words are clustered (the most frequent).
    pub max_vocab: usize,
    /// Context features are the left/right neighbours among the `n_context` most frequent words.
    pub n_context: usize,
    /// k-means iterations.
    pub iterations: usize,
}

impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig {
            k: 256,
            min_count: 3,
            max_vocab: 40_000,
            n_context: 600,
            iterations: 8,
        }
    }
}

/// Learns clusters from sentences of words; returns `(lower-cased word, cluster id)` with ids
/// 1-based, in frequency order.
pub fn learn_clusters<'a>(
    sentences: impl Iterator<Item = &'a [String]> + Clone,
    cfg: &ClusterConfig,
) -> Vec<(String, u16)> {
    let k = cfg.k.clamp(1, usize::from(u16::MAX) - 1);
    let mut counts: HashMap<String, u32> = HashMap::new();
    for s in sentences.clone() {
        for w in s {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(String, u32)> = counts
        .into_iter()
        .filter(|(_, c)| *c >= cfg.min_count)
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    vocab.truncate(cfg.max_vocab);
    let n = vocab.len();
    if n == 0 {
        return Vec::new();
    }
    let index: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (w.as_str(), i as u32))
        .collect();
    let nc = cfg.n_context.min(n) as u32;
    let dim = 2 * nc as usize + 2; // left ctx, right ctx, BOS, EOS
    let mut cooc: Vec<HashMap<u32, u32>> = vec![HashMap::new(); n];
    let mut ids: Vec<Option<u32>> = Vec::new();
    for s in sentences {
        ids.clear();
        ids.extend(
            s.iter()
                .map(|w| index.get(w.to_lowercase().as_str()).copied()),
        );
        for i in 0..ids.len() {
            let Some(v) = ids[i] else { continue };
            let row = &mut cooc[v as usize];
            let left = if i == 0 {
                Some(2 * nc)
            } else {
                ids[i - 1].filter(|&l| l < nc)
            };
            let right = if i + 1 == ids.len() {
                Some(2 * nc + 1)
            } else {
                ids[i + 1].filter(|&r| r < nc).map(|r| nc + r)
            };
            for d in [left, right].into_iter().flatten() {
                *row.entry(d).or_default() += 1;
            }
        }
    }
    // Sparse, normalised vectors.
    let vecs: Vec<Vec<(u32, f32)>> = cooc
        .into_iter()
        .map(|m| {
            let mut v: Vec<(u32, f32)> =
                m.into_iter().map(|(d, c)| (d, (c as f32).sqrt())).collect();
            v.sort_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for e in &mut v {
                    e.1 /= norm;
                }
            }
            v
        })
        .collect();
    let k = k.min(n);
    // Centroids stored [dim][k] so a sparse dot product walks contiguous rows.
    let mut cent = vec![0f32; dim * k];
    for c in 0..k {
        let seed = c * n / k;
        for &(d, x) in &vecs[seed] {
            cent[d as usize * k + c] = x;
        }
    }
    let mut assign = vec![0u16; n];
    let mut scores = vec![0f32; k];
    for _ in 0..cfg.iterations.max(1) {
        for (w, v) in vecs.iter().enumerate() {
            scores.iter_mut().for_each(|s| *s = 0.0);
            for &(d, x) in v {
                let row = &cent[d as usize * k..(d as usize + 1) * k];
                for (s, &c) in scores.iter_mut().zip(row) {
                    *s += x * c;
                }
            }
            let mut best = 0usize;
            for c in 1..k {
                if scores[c] > scores[best] {
                    best = c;
                }
            }
            assign[w] = best as u16;
        }
        cent.iter_mut().for_each(|x| *x = 0.0);
        for (w, v) in vecs.iter().enumerate() {
            let c = usize::from(assign[w]);
            for &(d, x) in v {
                cent[d as usize * k + c] += x;
            }
        }
        let mut norms = vec![0f32; k];
        for d in 0..dim {
            for c in 0..k {
                let x = cent[d * k + c];
                norms[c] += x * x;
            }
        }
        for d in 0..dim {
            for c in 0..k {
                if norms[c] > 0.0 {
                    cent[d * k + c] /= norms[c].sqrt();
                }
            }
        }
    }
    vocab
        .into_iter()
        .zip(assign)
        .map(|((w, _), c)| (w, c + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_slots_cluster_together() {
        let mut sents: Vec<Vec<String>> = Vec::new();
        for name in ["budi", "ani", "joko"] {
            for verb in ["makan", "minum"] {
                for obj in ["nasi", "roti", "air"] {
                    sents.push(
                        ["kemarin", name, verb, obj, "."]
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                    );
                }
            }
        }
        let cfg = ClusterConfig {
            k: 3,
            min_count: 1,
            n_context: 20,
            ..ClusterConfig::default()
        };
        let run = || learn_clusters(sents.iter().map(|s| s.as_slice()), &cfg);
        let a = run();
        assert_eq!(a, run(), "deterministic");
        let id = |w: &str| a.iter().find(|e| e.0 == w).map(|e| e.1);
        assert_eq!(id("budi"), id("ani"));
        assert_eq!(id("budi"), id("joko"));
        assert_eq!(id("makan"), id("minum"));
        assert_ne!(id("budi"), id("makan"));
        assert!(learn_clusters(std::iter::empty(), &cfg).is_empty());
    }
}
