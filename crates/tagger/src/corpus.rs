//! Readers for the training corpora (CoNLL-U, two-column TSV) and tagset mappings.

use crate::train::TaggedSentence;
use crate::{Error, Result};
use std::collections::HashMap;
use std::path::Path;

fn read(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Syntactic words and UPOS tags of a CoNLL-U file (gold tokenisation: multiword-token range
/// lines and empty nodes are skipped, so `rumahnya` appears as `rumah` + `nya`).
pub fn read_conllu(path: &Path) -> Result<Vec<TaggedSentence>> {
    Ok(parse_conllu(&read(path)?))
}

/// Like [`read_conllu`] over the text of a file.
pub fn parse_conllu(text: &str) -> Vec<TaggedSentence> {
    let mut out = Vec::new();
    let mut cur = TaggedSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form), Some(_lemma), Some(upos)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        if !id.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        cur.words.push(form.to_string());
        cur.tags.push(upos.to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// A `token<TAB>tag` file with blank lines between sentences (IndoNLU, IndoLEM, nlp-id).
/// Lines without a tab are skipped.
pub fn read_tsv(path: &Path) -> Result<Vec<TaggedSentence>> {
    Ok(parse_tsv(&read(path)?))
}

/// Like [`read_tsv`] over the text of a file.
pub fn parse_tsv(text: &str) -> Vec<TaggedSentence> {
    let mut out = Vec::new();
    let mut cur = TaggedSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let Some((w, t)) = line.rsplit_once('\t') else {
            continue;
        };
        let (w, t) = (w.trim(), t.trim());
        if w.is_empty() || t.is_empty() {
            continue;
        }
        cur.words.push(w.to_string());
        cur.tags.push(t.to_string());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// Rewrites the type of every `B-X`/`I-X` tag with `map` (`None` = drop the entity, tag `O`).
pub fn map_entity_types(data: &mut [TaggedSentence], map: impl Fn(&str) -> Option<&'static str>) {
    for s in data {
        for t in &mut s.tags {
            let new = match t.split_once('-') {
                Some((p @ ("B" | "I"), ty)) => match map(ty) {
                    Some(m) => format!("{p}-{m}"),
                    None => "O".to_string(),
                },
                _ => "O".to_string(),
            };
            *t = new;
        }
    }
}

/// Default UPOS for each nlp-id tag.
fn nlpid_default(tag: &str, word: &str) -> &'static str {
    match tag {
        "NN" => "NOUN",
        "NNP" => "PROPN",
        "VB" | "vb" => "VERB",
        "JJ" => "ADJ",
        "ADV" => "ADV",
        "IN" => "ADP",
        "PR" => "PRON",
        "SC" => "SCONJ",
        "CC" => "CCONJ",
        "DT" => "DET",
        "NUM" => "NUM",
        "NEG" | "RP" => "PART",
        "UH" => "INTJ",
        "FW" => "X",
        "SYM" => {
            if word.chars().all(|c| c.is_ascii_punctuation())
                && !word.contains(['%', '$', '+', '='])
            {
                "PUNCT"
            } else {
                "SYM"
            }
        }
        _ => "X",
    }
}

/// UPOS tags a closed-class nlp-id tag may become when the UD data says so.
fn nlpid_allowed(tag: &str) -> &'static [&'static str] {
    match tag {
        "ADV" => &["ADV", "AUX", "PART", "ADJ", "SCONJ", "ADP", "DET"],
        "PR" => &["PRON", "DET"],
        "DT" => &["DET", "PRON", "NUM"],
        "SC" => &["SCONJ", "ADP", "PRON", "CCONJ"],
        "IN" => &["ADP", "SCONJ"],
        "CC" => &["CCONJ", "SCONJ"],
        "VB" => &["VERB", "AUX"],
        "NEG" | "RP" => &["PART", "ADV"],
        "NUM" => &["NUM", "DET"],
        "SYM" => &["PUNCT", "SYM", "NOUN"],
        "FW" => &["X", "NOUN", "PROPN"],
        _ => &[],
    }
}

/// Maps nlp-id's 16-tag corpus to UD UPOS.
///
/// A fixed tag-to-tag table gives the default; for closed-class tags the word's dominant UPOS in
/// the UD training data `ud` overrides it when it holds for at least 70% of at least 3
/// occurrences and is a plausible refinement (nlp-id's `ADV` `akan`, `bisa`, `adalah` are `AUX`
/// in UD; its `DT` clitic `nya` is mostly `PRON`).
pub fn nlpid_to_upos(nlpid: &[TaggedSentence], ud: &[TaggedSentence]) -> Vec<TaggedSentence> {
    let mut counts: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    for s in ud {
        for (w, t) in s.words.iter().zip(&s.tags) {
            *counts
                .entry(w.to_lowercase())
                .or_default()
                .entry(t.as_str())
                .or_default() += 1;
        }
    }
    let dominant: HashMap<&str, &str> = counts
        .iter()
        .filter_map(|(w, m)| {
            let total: usize = m.values().sum();
            // Deterministic: highest count, then the tag name.
            let (&t, &c) = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
            (total >= 3 && c * 10 >= total * 7).then_some((w.as_str(), t))
        })
        .collect();
    nlpid
        .iter()
        .map(|s| {
            let tags = s
                .words
                .iter()
                .zip(&s.tags)
                .map(|(w, t)| {
                    let lw = w.to_lowercase();
                    match dominant.get(lw.as_str()) {
                        Some(d) if nlpid_allowed(t).contains(d) => (*d).to_string(),
                        _ => nlpid_default(t, w).to_string(),
                    }
                })
                .collect();
            TaggedSentence {
                words: s.words.clone(),
                tags,
                hints: Vec::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conllu_skips_ranges_and_comments() {
        let text = "# text = Rumahnya besar.\n1-2\tRumahnya\t_\t_\t_\n1\tRumah\trumah\tNOUN\t_\n2\tnya\tia\tPRON\t_\n3\tbesar\tbesar\tADJ\t_\n3.1\tx\tx\tX\t_\n\n";
        let s = parse_conllu(text);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words, ["Rumah", "nya", "besar"]);
        assert_eq!(s[0].tags, ["NOUN", "PRON", "ADJ"]);
        assert!(parse_conllu("").is_empty());
        assert!(parse_conllu("garbage\n\n\t\t\n").is_empty());
    }

    #[test]
    fn tsv_and_entity_mapping() {
        let mut s = parse_tsv(
            "Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nbad line\nSolo\tB-PLACE\n\n\nx\tB-TIME\n",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["Joko", "Widodo", "di", "Solo"]);
        map_entity_types(&mut s, |t| match t {
            "PERSON" => Some("PER"),
            "PLACE" => Some("LOC"),
            _ => None,
        });
        assert_eq!(s[0].tags, ["B-PER", "I-PER", "O", "B-LOC"]);
        assert_eq!(s[1].tags, ["O"]);
    }

    #[test]
    fn nlpid_mapping_uses_ud_lexicon() {
        let ud = parse_conllu(
            "1\takan\t_\tAUX\n2\tpergi\t_\tVERB\n\n1\takan\t_\tAUX\n\n1\takan\t_\tAUX\n\n",
        );
        let nlpid = parse_tsv("Dia\tPR\nakan\tADV\npergi\tVB\n.\tSYM\n");
        let m = nlpid_to_upos(&nlpid, &ud);
        assert_eq!(m[0].tags, ["PRON", "AUX", "VERB", "PUNCT"]);
    }
}
