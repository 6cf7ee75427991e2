//! Decoding BIO (IOB2) tag sequences into entity spans over token indices.

use crate::Model;

/// One entity: tokens `start..end` (half-open) of type `label` (e.g. `PER`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BioSpan<'a> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Entity type without the `B-`/`I-` prefix.
    pub label: &'a str,
}

/// Appends the entity spans of a tag-name sequence to `out`. `B-X` starts an entity; `I-X`
/// continues an entity of type `X` or, after `O` or another type, starts one (lenient IOB1
/// reading); anything else (`O`, untyped tags) closes it.
pub fn decode_bio<'a, S: AsRef<str> + 'a>(tags: &'a [S], out: &mut Vec<BioSpan<'a>>) {
    decode_with(tags.len(), |i| tags[i].as_ref(), out);
}

/// Like [`decode_bio`] over tag ids of `model`.
pub fn decode_bio_ids<'a>(model: &'a Model, tags: &[u16], out: &mut Vec<BioSpan<'a>>) {
    decode_with(tags.len(), |i| model.tag_name(tags[i]), out);
}

fn decode_with<'a>(n: usize, tag: impl Fn(usize) -> &'a str, out: &mut Vec<BioSpan<'a>>) {
    let mut cur: Option<BioSpan<'a>> = None;
    for i in 0..n {
        let t = tag(i);
        let (prefix, label) = t.split_once('-').unwrap_or((t, ""));
        let continues = prefix == "I" && cur.is_some_and(|c| c.label == label);
        if continues {
            if let Some(c) = cur.as_mut() {
                c.end = i + 1;
            }
            continue;
        }
        if let Some(c) = cur.take() {
            out.push(c);
        }
        if (prefix == "B" || prefix == "I") && !label.is_empty() {
            cur = Some(BioSpan {
                start: i,
                end: i + 1,
                label,
            });
        }
    }
    if let Some(c) = cur {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (&'static str, &'static [(usize, usize, &'static str)]);

    #[test]
    fn table() {
        let cases: &[Case] = &[
            ("", &[]),
            ("O O", &[]),
            ("B-PER I-PER O B-LOC", &[(0, 2, "PER"), (3, 4, "LOC")]),
            ("B-PER B-PER", &[(0, 1, "PER"), (1, 2, "PER")]),
            ("I-ORG I-ORG O", &[(0, 2, "ORG")]),
            ("B-PER I-LOC", &[(0, 1, "PER"), (1, 2, "LOC")]),
            ("B- X B-ORG", &[(2, 3, "ORG")]),
        ];
        for &(tags, want) in cases {
            let tags: Vec<&str> = tags.split_whitespace().collect();
            let mut got = Vec::new();
            decode_bio(&tags, &mut got);
            let got: Vec<(usize, usize, &str)> =
                got.iter().map(|s| (s.start, s.end, s.label)).collect();
            assert_eq!(got, want, "{tags:?}");
        }
    }
}
