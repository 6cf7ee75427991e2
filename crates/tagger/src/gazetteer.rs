//! Gazetteers of entity phrases and the per-token hints they give the NER features.
//!
//! A [`Gazetteer`] maps lower-cased word sequences (up to [`MAX_PHRASE`] words) to an entity
//! type. [`Gazetteer::hints`] matches it greedily, longest phrase first, left to right, and marks
//! each covered token with `1 + 2 * type + (0 at the first word, 1 inside)` (0 = no match).
//!
//! [`Gazetteer::from_tagged`] collects the entity phrases of BIO-tagged training data, keeping a
//! phrase only when it is mostly an entity of one type where it occurs. [`jackknife_hints`] gives
//! training sentences hints from a gazetteer built on the *other* folds, so the model learns how
//! far a hint can be trusted on unseen text instead of copying its own labels.

use crate::TaggedSentence;
use std::collections::{BTreeMap, HashMap};

/// Longest phrase, in words.
pub const MAX_PHRASE: usize = 6;

/// Entity phrases (lower-cased words joined by spaces) with a type index.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    phrases: HashMap<String, u8>,
    longest: usize,
}

/// Entity types of BIO tags (`B-X`/`I-X`), sorted; the index of a type in this list is its hint
/// type.
pub fn entity_types(data: &[TaggedSentence]) -> Vec<String> {
    let mut types: Vec<String> = data
        .iter()
        .flat_map(|s| s.tags.iter())
        .filter_map(|t| t.split_once('-').map(|(_, ty)| ty.to_string()))
        .collect();
    types.sort();
    types.dedup();
    types
}

fn spans(tags: &[String]) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        match tags[i].split_once('-') {
            Some(("B", ty)) | Some(("I", ty)) => {
                let mut j = i + 1;
                while j < tags.len() && tags[j].strip_prefix("I-") == Some(ty) {
                    j += 1;
                }
                out.push((i, j, ty));
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

fn key(words: &[String]) -> String {
    let mut k = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(&w.to_lowercase());
    }
    k
}

impl Gazetteer {
    /// Adds `phrase` (words separated by spaces; lower-cased here) with type index `ty`.
    pub fn insert(&mut self, phrase: &str, ty: u8) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() || words.len() > MAX_PHRASE {
            return;
        }
        self.longest = self.longest.max(words.len());
        self.phrases.insert(words.join(" "), ty);
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when there is no phrase.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Entity phrases of `data` with their majority type (index into `types`), kept when they
    /// are tagged as that type in at least half of their occurrences as a word sequence and seen
    /// as an entity at least `min_count` times.
    pub fn from_tagged(data: &[TaggedSentence], types: &[String], min_count: usize) -> Gazetteer {
        let mut ent: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        for s in data {
            for (a, b, ty) in spans(&s.tags) {
                if b - a <= MAX_PHRASE {
                    *ent.entry(key(&s.words[a..b]))
                        .or_default()
                        .entry(ty)
                        .or_default() += 1;
                }
            }
        }
        // Occurrences of each candidate phrase as a plain word sequence.
        let mut occ: HashMap<&str, usize> = ent.keys().map(|k| (k.as_str(), 0)).collect();
        let mut buf = String::new();
        for s in data {
            let lw: Vec<String> = s.words.iter().map(|w| w.to_lowercase()).collect();
            for i in 0..lw.len() {
                buf.clear();
                for (n, w) in lw[i..].iter().take(MAX_PHRASE).enumerate() {
                    if n > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(w);
                    if let Some(c) = occ.get_mut(buf.as_str()) {
                        *c += 1;
                    }
                }
            }
        }
        let mut g = Gazetteer::default();
        for (phrase, m) in &ent {
            let total: usize = m.values().sum();
            let Some((ty, &c)) = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
                continue;
            };
            let seen = occ.get(phrase.as_str()).copied().unwrap_or(0).max(total);
            if total >= min_count && c * 2 >= seen {
                if let Some(t) = types.iter().position(|x| x == ty) {
                    g.insert(phrase, t.min(126) as u8);
                }
            }
        }
        g
    }

    /// Writes one hint per word of `words` into `out` (cleared first).
    pub fn hints<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<u8>) {
        out.clear();
        out.resize(words.len(), 0);
        if self.phrases.is_empty() {
            return;
        }
        let lw: Vec<String> = words.iter().map(|w| w.as_ref().to_lowercase()).collect();
        let mut buf = String::new();
        let mut i = 0;
        while i < lw.len() {
            let mut best: Option<(usize, u8)> = None;
            buf.clear();
            for (n, w) in lw[i..].iter().take(self.longest).enumerate() {
                if n > 0 {
                    buf.push(' ');
                }
                buf.push_str(w);
                if let Some(&ty) = self.phrases.get(buf.as_str()) {
                    best = Some((n + 1, ty));
                }
            }
            match best {
                Some((len, ty)) => {
                    for (k, h) in out[i..i + len].iter_mut().enumerate() {
                        *h = 1 + 2 * ty + u8::from(k > 0);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// Sets the hints of `data` from gazetteers built (as [`Gazetteer::from_tagged`] does) on the
/// other `folds` parts of `data`; sentence `i` is in part `i % folds`.
pub fn jackknife_hints(
    data: &mut [TaggedSentence],
    types: &[String],
    folds: usize,
    min_count: usize,
) {
    let folds = folds.max(2);
    let mut all = Vec::with_capacity(data.len());
    for k in 0..folds {
        let rest: Vec<TaggedSentence> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, s)| s.clone())
            .collect();
        let g = Gazetteer::from_tagged(&rest, types, min_count);
        let mut h = Vec::new();
        for (i, s) in data.iter().enumerate() {
            if i % folds == k {
                g.hints(&s.words, &mut h);
                all.push((i, h.clone()));
            }
        }
    }
    for (i, h) in all {
        data[i].hints = h;
    }
}

/// Sets the hints of `data` from `g`.
pub fn set_hints(data: &mut [TaggedSentence], g: &Gazetteer) {
    for s in data {
        let mut h = Vec::new();
        g.hints(&s.words, &mut h);
        s.hints = h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(words: &str, tags: &str) -> TaggedSentence {
        TaggedSentence {
            words: words.split(' ').map(String::from).collect(),
            tags: tags.split(' ').map(String::from).collect(),
            hints: vec![],
        }
    }

    #[test]
    fn phrases_from_tagged_data_and_longest_match() {
        let data = vec![
            sent("Joko Widodo ke Piala Dunia", "B-PER I-PER O B-EVT I-EVT"),
            sent("Piala Dunia di Qatar", "B-EVT I-EVT O B-LOC"),
            sent("dunia ini luas", "O O O"),
            sent("ke Qatar", "O B-LOC"),
            sent("Dunia kita", "B-LOC O"),
        ];
        let types = entity_types(&data);
        assert_eq!(types, ["EVT", "LOC", "PER"]);
        let g = Gazetteer::from_tagged(&data, &types, 1);
        // "dunia" alone: an entity once in three occurrences, dropped.
        assert_eq!(g.len(), 3);
        let mut h = Vec::new();
        g.hints(&["nonton", "piala", "dunia", "di", "QATAR"], &mut h);
        assert_eq!(h, [0, 1, 2, 0, 3]);
        g.hints(&[] as &[&str], &mut h);
        assert!(h.is_empty());
    }

    #[test]
    fn jackknife_hides_a_sentence_from_its_own_gazetteer() {
        let mut data = vec![
            sent("Budi pergi", "B-PER O"),
            sent("Ani pergi", "B-PER O"),
            sent("Budi datang", "B-PER O"),
        ];
        let types = entity_types(&data);
        jackknife_hints(&mut data, &types, 3, 1);
        assert_eq!(data[0].hints, [1, 0]); // Budi from sentence 3
        assert_eq!(data[1].hints, [0, 0]); // Ani only in itself
        assert_eq!(data[2].hints, [1, 0]);
    }
}
