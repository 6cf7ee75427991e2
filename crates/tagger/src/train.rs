//! Structured averaged perceptron (Collins 2002) with first-order Viterbi decoding.
//!
//! Training is single-threaded and uses integer weights, so the same data, config and seed give a
//! bit-identical model on every machine. The averaged weights are quantised to `i16` with one
//! global scale.

use crate::features::N_FEATS;
use crate::model::{extract, viterbi, Model, Scratch, WordClusters, MAX_BITS, MIN_BITS};
use crate::{Error, Result};
use std::collections::{BTreeSet, HashMap};

/// One training sentence: words and their gold tags (same length), optional gazetteer hints.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaggedSentence {
    /// The words.
    pub words: Vec<String>,
    /// One tag per word.
    pub tags: Vec<String>,
    /// Gazetteer hints, one per word (empty = none).
    pub hints: Vec<u8>,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// The weight table has `2^bits` rows.
    pub bits: u8,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// Free text stored in the model file (data, licence).
    pub description: String,
    /// Quantised weights with `|w| <= prune` are dropped (0 keeps all).
    pub prune: i16,
    /// Word clusters to use as features.
    pub clusters: WordClusters,
    /// Number of runs with different shuffles whose averaged weights are averaged again (a
    /// cheap ensemble with the run-time cost of one model).
    pub ensemble: usize,
    /// Feature template version (1..=[`crate::FEATURE_VERSION`]; see there).
    pub feature_version: u32,
    /// Margin of the loss-augmented decoding during training: every wrong tag of every token
    /// gets this many weight units added to its score, so an update also happens when the
    /// gold sequence wins by less than the margin (0 = plain perceptron).
    pub margin: i32,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 10,
            bits: 18,
            seed: 0x5eed_1234,
            description: String::new(),
            prune: 0,
            clusters: WordClusters::default(),
            ensemble: 1,
            feature_version: crate::FEATURE_VERSION,
            margin: 0,
        }
    }
}

/// Per-epoch progress passed to the training callback.
#[derive(Clone, Copy, Debug)]
pub struct EpochStats {
    /// 1-based training run (see [`TrainConfig::ensemble`]).
    pub run: usize,
    /// 1-based epoch number.
    pub epoch: usize,
    /// Token accuracy of the (non-averaged) model on the training data during the epoch.
    pub train_accuracy: f64,
}

struct Weights {
    /// `table * t` current weights and their timestamped sums.
    w: Vec<i32>,
    u: Vec<i64>,
    start: Vec<i32>,
    start_u: Vec<i64>,
    end: Vec<i32>,
    end_u: Vec<i64>,
    /// Transposed: `[cur][prev]`.
    trans_t: Vec<i32>,
    trans_t_u: Vec<i64>,
}

#[inline]
fn upd(w: &mut [i32], u: &mut [i64], i: usize, d: i32, c: i64) {
    w[i] += d;
    u[i] += c * i64::from(d);
}

fn average<'a>(w: &'a [i32], u: &'a [i64], c: i64) -> impl Iterator<Item = f64> + 'a {
    let c = c.max(1) as f64;
    w.iter()
        .zip(u)
        .map(move |(&w, &u)| f64::from(w) - u as f64 / c)
}

fn quantise(x: f64, scale: f64, prune: i16) -> i16 {
    let q = (x * scale).round().clamp(-32767.0, 32767.0) as i16;
    if q.abs() <= prune {
        0
    } else {
        q
    }
}

/// Averaged weights of one or more training runs.
struct Avg {
    w: Vec<f64>,
    start: Vec<f64>,
    end: Vec<f64>,
    trans_t: Vec<f64>,
}

impl Avg {
    fn add(&mut self, other: &Avg) {
        for (a, b) in [
            (&mut self.w, &other.w),
            (&mut self.start, &other.start),
            (&mut self.end, &other.end),
            (&mut self.trans_t, &other.trans_t),
        ] {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        }
    }

    fn scale_by(&mut self, k: f64) {
        for v in [
            &mut self.w,
            &mut self.start,
            &mut self.end,
            &mut self.trans_t,
        ] {
            v.iter_mut().for_each(|x| *x *= k);
        }
    }

    fn to_model(&self, t: usize, tags: &[String], cfg: &TrainConfig) -> Result<Model> {
        let all = self
            .w
            .iter()
            .chain(&self.start)
            .chain(&self.end)
            .chain(&self.trans_t);
        let max = all.fold(0f64, |m, v| m.max(v.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        // The last row is the absent-feature bucket (never updated, not stored).
        let weights: Vec<i16> = self.w[..self.w.len() - t]
            .iter()
            .map(|&x| quantise(x, scale, cfg.prune))
            .collect();
        let start = self.start.iter().map(|&x| quantise(x, scale, 0)).collect();
        let end = self.end.iter().map(|&x| quantise(x, scale, 0)).collect();
        let tt: Vec<i16> = self
            .trans_t
            .iter()
            .map(|&x| quantise(x, scale, 0))
            .collect();
        let mut trans = vec![0i16; t * t];
        for p in 0..t {
            for cur in 0..t {
                trans[p * t + cur] = tt[cur * t + p];
            }
        }
        Model::from_parts(
            tags.to_vec(),
            cfg.bits,
            scale as f32,
            cfg.description.clone(),
            weights,
            start,
            end,
            trans,
            cfg.clusters.clone(),
            cfg.feature_version,
        )
    }
}

impl Weights {
    fn averaged(&self, c: i64) -> Avg {
        Avg {
            w: average(&self.w, &self.u, c).collect(),
            start: average(&self.start, &self.start_u, c).collect(),
            end: average(&self.end, &self.end_u, c).collect(),
            trans_t: average(&self.trans_t, &self.trans_t_u, c).collect(),
        }
    }
}

/// Deterministic xorshift64* generator for the shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Trains a model. `on_epoch` is called after every epoch with the statistics and the averaged
/// model so far (e.g. to score a dev set and pick the number of epochs).
pub fn train(
    data: &[TaggedSentence],
    cfg: &TrainConfig,
    on_epoch: &mut dyn FnMut(EpochStats, &Model),
) -> Result<Model> {
    if !(MIN_BITS..=MAX_BITS).contains(&cfg.bits) {
        return Err(Error::Config(format!(
            "bits must be in {MIN_BITS}..={MAX_BITS}"
        )));
    }
    if !(1..=crate::FEATURE_VERSION).contains(&cfg.feature_version) {
        return Err(Error::Config(format!(
            "feature_version must be in 1..={}",
            crate::FEATURE_VERSION
        )));
    }
    if !(0..=1 << 16).contains(&cfg.margin) {
        return Err(Error::Config("margin must be in 0..=65536".into()));
    }
    let tags: Vec<String> = data
        .iter()
        .flat_map(|s| s.tags.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if tags.is_empty() {
        return Err(Error::Config("no training data".into()));
    }
    if tags.len() > usize::from(u16::MAX) {
        return Err(Error::Config("too many tags".into()));
    }
    let tag_id: HashMap<&str, u16> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i as u16))
        .collect();
    let t = tags.len();

    // Pre-extract features and gold ids once.
    let mut feats: Vec<u32> = Vec::new();
    let mut gold: Vec<u16> = Vec::new();
    let mut offsets: Vec<usize> = vec![0];
    let mut scratch = Scratch::new();
    for s in data {
        if s.words.len() != s.tags.len() {
            return Err(Error::Config(format!(
                "sentence with {} words and {} tags",
                s.words.len(),
                s.tags.len()
            )));
        }
        if s.words.is_empty() {
            continue;
        }
        extract(
            &s.words,
            &s.hints,
            &cfg.clusters,
            cfg.feature_version,
            cfg.bits,
            &mut scratch,
        );
        feats.extend_from_slice(&scratch.feats);
        gold.extend(s.tags.iter().map(|g| tag_id[g.as_str()]));
        offsets.push(gold.len());
    }

    let mut sum: Option<Avg> = None;
    let runs = cfg.ensemble.max(1);
    for run in 1..=runs {
        let seed = cfg
            .seed
            .wrapping_add((run as u64 - 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let avg = run_once(&feats, &gold, &offsets, t, &tags, cfg, seed, run, on_epoch)?;
        match sum.as_mut() {
            Some(s) => s.add(&avg),
            None => sum = Some(avg),
        }
    }
    let mut avg = sum.ok_or_else(|| Error::Config("no training run".into()))?;
    if runs > 1 {
        avg.scale_by(1.0 / runs as f64);
    }
    avg.to_model(t, &tags, cfg)
}

/// One training run (one shuffle seed); returns its averaged weights.
#[allow(clippy::too_many_arguments)]
fn run_once(
    feats: &[u32],
    gold: &[u16],
    offsets: &[usize],
    t: usize,
    tags: &[String],
    cfg: &TrainConfig,
    seed: u64,
    run: usize,
    on_epoch: &mut dyn FnMut(EpochStats, &Model),
) -> Result<Avg> {
    let n_sent = offsets.len() - 1;
    let table = 1usize << cfg.bits;
    let mut wt = Weights {
        // One extra row for the absent-feature bucket `table` (stays zero).
        w: vec![0; (table + 1) * t],
        u: vec![0; (table + 1) * t],
        start: vec![0; t],
        start_u: vec![0; t],
        end: vec![0; t],
        end_u: vec![0; t],
        trans_t: vec![0; t * t],
        trans_t_u: vec![0; t * t],
    };
    let mut order: Vec<usize> = (0..n_sent).collect();
    let mut rng = Rng(seed | 1);
    let mut c: i64 = 1;
    let (mut em, mut delta, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for epoch in 1..=cfg.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let (a, b) = (offsets[si], offsets[si + 1]);
            let n = b - a;
            let sf = &feats[a * N_FEATS..b * N_FEATS];
            let sg = &gold[a..b];
            em.clear();
            em.resize(n * t, 0i32);
            for (fs, acc) in sf.chunks_exact(N_FEATS).zip(em.chunks_exact_mut(t)) {
                for &f in fs {
                    let row = &wt.w[f as usize * t..(f as usize + 1) * t];
                    for (x, &w) in acc.iter_mut().zip(row) {
                        *x += w;
                    }
                }
            }
            if cfg.margin != 0 {
                for (row, &g) in em.chunks_exact_mut(t).zip(sg) {
                    for (c, x) in row.iter_mut().enumerate() {
                        if c != usize::from(g) {
                            *x += cfg.margin;
                        }
                    }
                }
            }
            viterbi(
                n,
                t,
                &em,
                &wt.start,
                &wt.trans_t,
                &wt.end,
                &mut delta,
                &mut back,
                &mut pred,
            );
            total += n;
            for i in 0..n {
                let (g, p) = (usize::from(sg[i]), usize::from(pred[i]));
                if g == p {
                    correct += 1;
                    continue;
                }
                for &f in &sf[i * N_FEATS..(i + 1) * N_FEATS] {
                    if f as usize == table {
                        continue;
                    }
                    let base = f as usize * t;
                    upd(&mut wt.w, &mut wt.u, base + g, 1, c);
                    upd(&mut wt.w, &mut wt.u, base + p, -1, c);
                }
            }
            if pred[..] != sg[..] {
                let (g0, p0) = (usize::from(sg[0]), usize::from(pred[0]));
                if g0 != p0 {
                    upd(&mut wt.start, &mut wt.start_u, g0, 1, c);
                    upd(&mut wt.start, &mut wt.start_u, p0, -1, c);
                }
                let (gl, pl) = (usize::from(sg[n - 1]), usize::from(pred[n - 1]));
                if gl != pl {
                    upd(&mut wt.end, &mut wt.end_u, gl, 1, c);
                    upd(&mut wt.end, &mut wt.end_u, pl, -1, c);
                }
                for i in 1..n {
                    let (gp, gc) = (usize::from(sg[i - 1]), usize::from(sg[i]));
                    let (pp, pc) = (usize::from(pred[i - 1]), usize::from(pred[i]));
                    if (gp, gc) != (pp, pc) {
                        upd(&mut wt.trans_t, &mut wt.trans_t_u, gc * t + gp, 1, c);
                        upd(&mut wt.trans_t, &mut wt.trans_t_u, pc * t + pp, -1, c);
                    }
                }
            }
            c += 1;
        }
        let m = wt.averaged(c).to_model(t, tags, cfg)?;
        on_epoch(
            EpochStats {
                run,
                epoch,
                train_accuracy: correct as f64 / total.max(1) as f64,
            },
            &m,
        );
    }
    Ok(wt.averaged(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(pairs: &[(&str, &str)]) -> TaggedSentence {
        TaggedSentence {
            words: pairs.iter().map(|p| p.0.to_string()).collect(),
            tags: pairs.iter().map(|p| p.1.to_string()).collect(),
            hints: vec![],
        }
    }

    fn synthetic() -> Vec<TaggedSentence> {
        // A tiny language: names are capitalised after "Pak", verbs end in -kan.
        let names = ["Budi", "Ani", "Joko", "Sari", "Tono"];
        let verbs = ["memberikan", "menyampaikan", "melaporkan", "mengatakan"];
        let mut out = Vec::new();
        for (i, n) in names.iter().enumerate() {
            for (j, v) in verbs.iter().enumerate() {
                let obj = if (i + j) % 2 == 0 { "buku" } else { "surat" };
                out.push(sent(&[
                    ("Pak", "B-PER"),
                    (n, "I-PER"),
                    (v, "O"),
                    (obj, "O"),
                    (".", "O"),
                ]));
            }
        }
        out
    }

    #[test]
    fn learns_a_tiny_synthetic_set() {
        let data = synthetic();
        let cfg = TrainConfig {
            epochs: 5,
            bits: 12,
            ..TrainConfig::default()
        };
        let model = train(&data, &cfg, &mut |_, _| {}).expect("train");
        let mut scratch = Scratch::new();
        let mut out = Vec::new();
        for s in &data {
            model.tag(&s.words, &mut scratch, &mut out);
            let got: Vec<&str> = out.iter().map(|&i| model.tag_name(i)).collect();
            assert_eq!(got, s.tags);
        }
        // An unseen name in the same frame.
        model.tag(
            &["Pak", "Dewi", "memberikan", "buku", "."],
            &mut scratch,
            &mut out,
        );
        assert_eq!(model.tag_name(out[1]), "I-PER");
        assert_eq!(model.tag_name(out[2]), "O");
    }

    #[test]
    fn training_is_deterministic_and_round_trips() {
        let data = synthetic();
        let cfg = TrainConfig {
            epochs: 3,
            bits: 10,
            description: "synthetic".into(),
            ..TrainConfig::default()
        };
        let a = train(&data, &cfg, &mut |_, _| {})
            .expect("train")
            .to_bytes();
        let b = train(&data, &cfg, &mut |_, _| {})
            .expect("train")
            .to_bytes();
        assert_eq!(a, b);
        let m = Model::from_bytes(&a).expect("load");
        assert_eq!(m.to_bytes(), a);
        assert_eq!(m.description(), "synthetic");
        assert_eq!(m.tags(), ["B-PER", "I-PER", "O"]);
    }

    #[test]
    fn rejects_bad_input() {
        assert!(train(&[], &TrainConfig::default(), &mut |_, _| {}).is_err());
        let mut s = sent(&[("a", "X")]);
        s.tags.push("Y".into());
        assert!(train(&[s], &TrainConfig::default(), &mut |_, _| {}).is_err());
        for cfg in [
            TrainConfig {
                bits: 40,
                ..TrainConfig::default()
            },
            TrainConfig {
                feature_version: 0,
                ..TrainConfig::default()
            },
            TrainConfig {
                feature_version: crate::FEATURE_VERSION + 1,
                ..TrainConfig::default()
            },
            TrainConfig {
                margin: -1,
                ..TrainConfig::default()
            },
        ] {
            assert!(train(&synthetic(), &cfg, &mut |_, _| {}).is_err());
        }
    }

    #[test]
    fn every_feature_version_and_margin_learns_and_round_trips() {
        let data = synthetic();
        let mut files = Vec::new();
        for feature_version in 1..=crate::FEATURE_VERSION {
            for margin in [0, 8] {
                let cfg = TrainConfig {
                    epochs: 5,
                    bits: 12,
                    feature_version,
                    margin,
                    ..TrainConfig::default()
                };
                let model = train(&data, &cfg, &mut |_, _| {}).expect("train");
                let bytes = model.to_bytes();
                let back = Model::from_bytes(&bytes).expect("load");
                assert_eq!(back.to_bytes(), bytes);
                let (mut scratch, mut out) = (Scratch::new(), Vec::new());
                for s in &data {
                    back.tag(&s.words, &mut scratch, &mut out);
                    let got: Vec<&str> = out.iter().map(|&i| back.tag_name(i)).collect();
                    assert_eq!(got, s.tags, "version {feature_version} margin {margin}");
                }
                files.push(bytes);
            }
        }
        // The version is stored (bytes 12..16) and every setting gives a different model.
        assert_eq!(files[0][12..16], 1u32.to_le_bytes());
        for (i, a) in files.iter().enumerate() {
            for b in &files[i + 1..] {
                assert_ne!(a, b);
            }
        }
        // A file of a newer feature version than this build reads is refused.
        let mut newer = files[0].clone();
        newer[12..16].copy_from_slice(&(crate::FEATURE_VERSION + 1).to_le_bytes());
        assert!(Model::from_bytes(&newer).is_err());
    }
}
