//! Scoring: token accuracy and CoNLL chunk scores.
//!
//! [`conll`] reproduces the IndoNLU port of `conlleval` (utils/conlleval.py): chunks are read from
//! IOB/IOBES tags, an `O`/`O` step is inserted between sentences, and the *type-macro* F1 is the
//! unweighted mean of the per-type F1 over every type that occurs in the gold or the guessed tags.
//! IndoNLU reports that macro F1 for NER and POS tasks (POS tags carry a `B-` prefix there, so
//! every token is a chunk). IndoLEM reports the micro (overall) F1.

use std::collections::BTreeMap;

/// Counts and scores of one chunk evaluation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConllScores {
    /// Token accuracy (tag string equality).
    pub accuracy: f64,
    /// Overall (micro) precision, recall, F1.
    pub precision: f64,
    /// Overall recall.
    pub recall: f64,
    /// Overall F1.
    pub f1: f64,
    /// Unweighted mean over types of per-type F1 (IndoNLU's reported metric).
    pub macro_f1: f64,
    /// Per type: (correct, guessed, gold) chunk counts.
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

/// F1 from chunk counts (0 when undefined).
pub fn f1(correct: usize, guessed: usize, gold: usize) -> f64 {
    let p = if guessed == 0 {
        0.0
    } else {
        correct as f64 / guessed as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        correct as f64 / gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn parse_tag(t: &str) -> (&str, &str) {
    match t.split_once('-') {
        Some((a, b)) => (a, b),
        None => (t, ""),
    }
}

fn start_of_chunk(prev: &str, tag: &str, prev_type: &str, ty: &str) -> bool {
    matches!(tag, "B" | "S" | "[" | "]")
        || matches!((prev, tag), ("E" | "S" | "O", "E" | "I"))
        || (tag != "O" && tag != "." && prev_type != ty)
}

fn end_of_chunk(prev: &str, tag: &str, prev_type: &str, ty: &str) -> bool {
    matches!(prev, "E" | "S" | "]" | "[")
        || matches!((prev, tag), ("B" | "I", "B" | "S" | "O"))
        || (prev != "O" && prev != "." && prev_type != ty)
}

#[derive(Default)]
struct State<'a> {
    in_correct: bool,
    last_correct: &'a str,
    last_correct_type: &'a str,
    last_guessed: &'a str,
    last_guessed_type: &'a str,
    correct_tags: usize,
    tokens: usize,
    counts: BTreeMap<&'a str, (usize, usize, usize)>,
}

impl<'a> State<'a> {
    fn step(&mut self, guessed: &'a str, correct: &'a str) {
        let (g, gt) = parse_tag(guessed);
        let (c, ct) = parse_tag(correct);
        let end_c = end_of_chunk(self.last_correct, c, self.last_correct_type, ct);
        let end_g = end_of_chunk(self.last_guessed, g, self.last_guessed_type, gt);
        let start_c = start_of_chunk(self.last_correct, c, self.last_correct_type, ct);
        let start_g = start_of_chunk(self.last_guessed, g, self.last_guessed_type, gt);
        if self.in_correct {
            if end_c && end_g && self.last_guessed_type == self.last_correct_type {
                self.in_correct = false;
                self.counts.entry(self.last_correct_type).or_default().0 += 1;
            } else if end_c != end_g || gt != ct {
                self.in_correct = false;
            }
        }
        if start_c && start_g && gt == ct {
            self.in_correct = true;
        }
        if start_c {
            self.counts.entry(ct).or_default().2 += 1;
        }
        if start_g {
            self.counts.entry(gt).or_default().1 += 1;
        }
        if c == g && gt == ct {
            self.correct_tags += 1;
        }
        self.tokens += 1;
        self.last_guessed = g;
        self.last_correct = c;
        self.last_guessed_type = gt;
        self.last_correct_type = ct;
    }
}

/// Scores guessed against gold tag sequences, sentence by sentence, like IndoNLU's
/// `conll_evaluation`. Sentences of unequal length are compared on their common prefix.
pub fn conll<G: AsRef<str>, C: AsRef<str>>(guessed: &[Vec<G>], gold: &[Vec<C>]) -> ConllScores {
    let mut st = State {
        last_correct: "O",
        last_guessed: "O",
        ..State::default()
    };
    for (gs, cs) in guessed.iter().zip(gold) {
        for (g, c) in gs.iter().zip(cs) {
            st.step(g.as_ref(), c.as_ref());
        }
        st.step("O", "O");
    }
    if st.in_correct {
        st.counts.entry(st.last_correct_type).or_default().0 += 1;
    }
    // The sentence-boundary steps count as tokens in IndoNLU's accuracy too.
    let accuracy = st.correct_tags as f64 / st.tokens.max(1) as f64;
    let (mut c, mut g, mut r) = (0, 0, 0);
    let mut macro_sum = 0.0;
    let mut n_types = 0usize;
    let mut by_type = BTreeMap::new();
    for (&ty, &(tc, tg, tr)) in &st.counts {
        if tg == 0 && tr == 0 {
            continue;
        }
        c += tc;
        g += tg;
        r += tr;
        macro_sum += f1(tc, tg, tr);
        n_types += 1;
        by_type.insert(ty.to_string(), (tc, tg, tr));
    }
    let precision = if g == 0 { 0.0 } else { c as f64 / g as f64 };
    let recall = if r == 0 { 0.0 } else { c as f64 / r as f64 };
    ConllScores {
        accuracy,
        precision,
        recall,
        f1: f1(c, g, r),
        macro_f1: if n_types == 0 {
            0.0
        } else {
            macro_sum / n_types as f64
        },
        by_type,
    }
}

/// Token accuracy over sentences (tags compared as strings).
pub fn accuracy<G: AsRef<str>, C: AsRef<str>>(guessed: &[Vec<G>], gold: &[Vec<C>]) -> f64 {
    let (mut ok, mut n) = (0usize, 0usize);
    for (gs, cs) in guessed.iter().zip(gold) {
        for (g, c) in gs.iter().zip(cs) {
            ok += usize::from(g.as_ref() == c.as_ref());
            n += 1;
        }
    }
    ok as f64 / n.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn chunk_scores() {
        // gold: PER(0..2) LOC(3); guessed: PER(0..2) ORG(3)
        let gold = vec![v("B-PER I-PER O B-LOC")];
        let guess = vec![v("B-PER I-PER O B-ORG")];
        let s = conll(&guess, &gold);
        assert_eq!(s.by_type["PER"], (1, 1, 1));
        assert_eq!(s.by_type["LOC"], (0, 0, 1));
        assert_eq!(s.by_type["ORG"], (0, 1, 0));
        assert!((s.f1 - 0.5).abs() < 1e-9);
        // Macro over PER, LOC, ORG = (1 + 0 + 0) / 3.
        assert!((s.macro_f1 - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn boundary_errors_are_not_credited() {
        let gold = vec![v("B-PER I-PER O")];
        let guess = vec![v("B-PER O O")];
        let s = conll(&guess, &gold);
        assert_eq!(s.by_type["PER"], (0, 1, 1));
        // A chunk ending at the sentence end is closed by the boundary step.
        let s = conll(&[v("O B-LOC")], &[v("O B-LOC")]);
        assert_eq!(s.by_type["LOC"], (1, 1, 1));
        // An I- after O starts a chunk (conlleval semantics).
        let s = conll(&[v("O I-LOC")], &[v("O B-LOC")]);
        assert_eq!(s.by_type["LOC"], (1, 1, 1));
    }

    #[test]
    fn pos_style_every_token_a_chunk() {
        let gold = vec![v("B-NNO B-NNO B-VBT")];
        let guess = vec![v("B-NNO B-VBT B-VBT")];
        let s = conll(&guess, &gold);
        assert_eq!(s.by_type["NNO"], (1, 1, 2));
        assert_eq!(s.by_type["VBT"], (1, 2, 1));
        assert!((s.macro_f1 - (2.0 / 3.0)).abs() < 1e-9);
    }

    #[test]
    fn empty_input() {
        let e: Vec<Vec<String>> = vec![];
        let s = conll(&e, &e);
        assert_eq!(s.f1, 0.0);
        assert_eq!(accuracy(&e, &e), 0.0);
    }
}
