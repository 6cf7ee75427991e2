//! Sports reporting: which sentences of an article report sport rather than politics.
//!
//! News streams carry much sport, and its verbs are the event coder's verbs: a club *menjamu*
//! (hosts) another, a keeper *menepis* (parries) a shot, *Madrid* (the capital, a metonym of
//! Spain's government elsewhere) plays *Paris*. Coding those pollutes event data with state
//! interactions that never happened, a known weakness of GDELT. The cue words live in
//! `data/events/sports.txt` (human-editable, embedded); the decision is per sentence, from the
//! cues in it and in the whole article, as that file's header explains.

use crate::DocView;
use std::collections::HashSet;
use std::sync::OnceLock;
use warta_core::TokenKind;

static SPORTS_TXT: &str = include_str!("../../../data/events/sports.txt");

/// Distinct cues in a sentence that make it sports reporting on their own.
const SENTENCE_CUES: usize = 2;
/// Distinct cues in the article with which one cue in a sentence suffices.
const ARTICLE_CUES: usize = 3;
/// Distinct cues in the article that make every sentence of it sports reporting, provided that
/// at least [`SPORTS_SHARE`] of its sentences hold a cue (a round-up of the day's news with one
/// sports item is not a sports article).
const SPORTS_ARTICLE: usize = 5;
/// See [`SPORTS_ARTICLE`]: the share of sentences with a cue, as numerator / denominator.
const SPORTS_SHARE: (usize, usize) = (1, 3);

fn cues() -> &'static HashSet<&'static str> {
    static C: OnceLock<HashSet<&'static str>> = OnceLock::new();
    C.get_or_init(|| {
        SPORTS_TXT
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// The cue word a token stands for (by lemma, else lower-cased surface), if it is one.
fn cue_of(text: &str, lemma: &str, buf: &mut String) -> Option<&'static str> {
    let set = cues();
    if let Some(c) = set.get(lemma) {
        return Some(c);
    }
    buf.clear();
    buf.extend(text.chars().flat_map(char::to_lowercase));
    set.get(buf.as_str()).copied()
}

/// For each sentence of `doc`: true when it reports sport (see the module docs).
pub fn sports_sentences(doc: &DocView<'_>) -> Vec<bool> {
    let mut buf = String::new();
    let mut per_sentence: Vec<Vec<&'static str>> = Vec::with_capacity(doc.sentences.len());
    let mut article: Vec<&'static str> = Vec::new();
    for s in doc.sentences {
        let mut found: Vec<&'static str> = Vec::new();
        for t in doc
            .toks
            .get(s.tok_start..s.tok_end.min(doc.toks.len()))
            .unwrap_or(&[])
        {
            if t.kind != TokenKind::Word || t.text.len() > 24 {
                continue;
            }
            if let Some(c) = cue_of(t.text, t.lemma, &mut buf) {
                if !found.contains(&c) {
                    found.push(c);
                }
                if !article.contains(&c) {
                    article.push(c);
                }
            }
        }
        per_sentence.push(found);
    }
    let with_cue = per_sentence.iter().filter(|f| !f.is_empty()).count();
    let sports_article = article.len() >= SPORTS_ARTICLE
        && with_cue * SPORTS_SHARE.1 >= per_sentence.len() * SPORTS_SHARE.0;
    let a = article.len();
    per_sentence
        .iter()
        .map(|f| f.len() >= SENTENCE_CUES || (f.len() == 1 && a >= ARTICLE_CUES) || sports_article)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn cue_list_is_lower_case_single_words() {
        for c in super::cues() {
            assert!(
                !c.is_empty() && !c.contains(' ') && c.chars().all(|ch| !ch.is_uppercase()),
                "{c:?}"
            );
        }
        assert!(super::cues().len() > 40);
    }
}
