//! Speaker phrases: read forward after a post-posed cue (`kata juru bicara X, John Kirby kepada
//! wartawan` -> `juru bicara X, John Kirby`) or backward from a reporting verb (`Sementara itu,
//! Ketua NATO, Jens Stoltenberg mengatakan` -> `Ketua NATO, Jens Stoltenberg`).
//!
//! Both readers are bounded (words and bytes), so a pathological sentence costs O(1) per cue.

use crate::lex::{self, Kind};
use crate::marks::floor_boundary;
use crate::Speaker;
use warta_core::Span;

const MAX_WORDS: usize = 14;
const MAX_BYTES: usize = 600;

const ABBREVS: &[&str] = &[
    "prof", "dr", "h", "hj", "ir", "st", "kh", "drs", "dra", "jl", "mr", "mrs", "ms", "sdr", "bpk",
    "no", "kol", "letjen", "mayjen", "brigjen", "kombes", "akbp", "irjen",
];

fn is_abbrev(w: &str) -> bool {
    lex::in_list(w, ABBREVS) || (w.chars().count() == 1 && lex::is_cap(w))
}

/// Extends `end` to the end of a known name that straddles it.
fn extend_end(names: &[Span], start: usize, end: usize, hi: usize) -> usize {
    let idx = names.partition_point(|n| n.start < end);
    let mut e = end;
    for n in names[..idx].iter().rev().take(4) {
        if n.start >= start && n.end > e && n.end <= hi {
            e = n.end;
        }
    }
    e
}

/// Extends `start` to the start of a known name that straddles it.
fn extend_start(names: &[Span], start: usize, end: usize, lo: usize) -> usize {
    let idx = names.partition_point(|n| n.start < start);
    let mut s = start;
    for n in names[..idx].iter().rev().take(4) {
        if n.end > start && n.end <= end && n.start < s && n.start >= lo {
            s = n.start;
        }
    }
    s
}

/// A single pronoun phrase (`dia`, `beliau`) makes the speaker an anaphor.
pub(crate) fn to_speaker(text: &str, span: Span) -> Speaker {
    if lex::in_list(span.slice(text), lex::PRONOUNS) {
        Speaker::Anaphor(span)
    } else {
        Speaker::Mention(span)
    }
}

/// The speaker phrase that starts at `pos` (after a post-posed cue), not going past `hi`.
pub(crate) fn forward(text: &str, pos: usize, hi: usize, names: &[Span]) -> Option<Span> {
    let hi = floor_boundary(text, hi.min(pos.saturating_add(MAX_BYTES)));
    let mut start: Option<usize> = None;
    let mut end = pos;
    let mut words = 0usize;
    let mut appos = 0u8;
    let mut prev_word: Option<&str> = None;
    let mut p = pos;
    while let Some(pc) = lex::next_piece(text, p, hi) {
        match pc.kind {
            Kind::Word => {
                let w = pc.span.slice(text);
                if words >= MAX_WORDS {
                    break;
                }
                if words > 0 || !lex::is_cap(w) {
                    let lower_stop = !lex::is_cap(w) && lex::in_list(w, lex::SPEAKER_STOPS);
                    let date_stop = lex::in_list(w, lex::DATE_WORDS) && words > 0;
                    if lower_stop || date_stop || (words > 0 && lex::looks_like_verb(w)) {
                        break;
                    }
                }
                if w.eq_ignore_ascii_case("dan") {
                    let next_cap = lex::next_piece(text, pc.span.end, hi)
                        .is_some_and(|n| n.is_word() && lex::is_cap(n.span.slice(text)));
                    if !(next_cap && prev_word.is_some_and(lex::is_cap)) {
                        break;
                    }
                }
                start.get_or_insert(pc.span.start);
                end = pc.span.end;
                words += 1;
                prev_word = Some(w);
                p = pc.span.end;
            }
            Kind::Punct(',') if words > 0 && appos < 2 => {
                let Some(n) = lex::next_piece(text, pc.span.end, hi) else {
                    break;
                };
                let nw = n.span.slice(text);
                if n.is_word()
                    && lex::is_cap(nw)
                    && !lex::in_list(nw, lex::DATE_WORDS)
                    && !lex::in_list(nw, lex::SPEAKER_STOPS)
                    && !nw.chars().any(|c| c.is_ascii_digit())
                {
                    appos += 1;
                    p = pc.span.end;
                } else {
                    break;
                }
            }
            Kind::Punct('.') if words > 0 && prev_word.is_some_and(is_abbrev) => {
                // `Prof. Dr. Budi`: keep the dot only when a capitalised word follows
                let cont = lex::next_piece(text, pc.span.end, hi)
                    .is_some_and(|n| n.is_word() && lex::is_cap(n.span.slice(text)));
                if !cont {
                    break;
                }
                end = pc.span.end;
                p = pc.span.end;
            }
            Kind::Punct('(') if words > 0 => {
                let win = floor_boundary(text, hi.min(pc.span.end + 80)).max(pc.span.end);
                let close = text[pc.span.end..win].find(')').map(|o| pc.span.end + o);
                let Some(c) = close.filter(|&c| text.is_char_boundary(c)) else {
                    break;
                };
                let inside = text[pc.span.end..c].trim();
                let ok = inside.chars().next().is_some_and(char::is_uppercase)
                    && !inside.chars().any(|ch| ch.is_ascii_digit())
                    && inside.split_whitespace().count() <= 5;
                if !ok {
                    break;
                }
                end = c + 1;
                p = c + 1;
            }
            _ => break,
        }
    }
    let s = start?;
    // a trailing apposition comma that led nowhere is not part of the phrase
    let end = extend_end(names, s, end, hi);
    Some(Span::new(s, end))
}

/// The subject phrase that ends right before `cue_start` (a reporting verb), not going before
/// `lo`: adverbs (`juga`) are skipped, clause boundaries and discourse openers (`Sementara itu,`)
/// stop it, and one apposition comma (`Ketua NATO, Jens Stoltenberg`) is allowed.
pub(crate) fn backward(text: &str, lo: usize, cue_start: usize, names: &[Span]) -> Option<Span> {
    let lo = lo.max(cue_start.saturating_sub(MAX_BYTES));
    let lo = {
        let mut l = lo.min(text.len());
        while !text.is_char_boundary(l) {
            l += 1;
        }
        l
    };
    let mut p = cue_start;
    // adverbs between subject and verb
    while let Some(pc) = lex::prev_piece(text, p, lo) {
        let w = pc.span.slice(text);
        if pc.is_word() && !lex::is_cap(w) && lex::in_list(w, lex::PRE_VERB_ADVERBS) {
            p = pc.span.start;
        } else {
            break;
        }
    }
    // `X, dalam keterangannya, mengatakan` / `Jubir Kemlu, Budi, menegaskan`: a comma right
    // before the verb closes an apposition or a parenthetical phrase, which is skipped
    if let Some(c) = lex::prev_piece(text, p, lo).filter(|c| c.is_punct(',')) {
        p = skip_parenthetical(text, lo, c.span.start).unwrap_or(c.span.start);
    }
    let mut start: Option<usize> = None;
    let mut end: Option<usize> = None;
    let mut words = 0usize;
    let mut first_cap = false;
    while let Some(pc) = lex::prev_piece(text, p, lo) {
        match pc.kind {
            Kind::Word => {
                let w = pc.span.slice(text);
                if words >= MAX_WORDS {
                    break;
                }
                if !lex::is_cap(w)
                    && (lex::in_list(w, lex::SUBJECT_STOPS) || lex::post_cue(w).is_some())
                {
                    break;
                }
                if words == 0
                    && !lex::is_cap(w)
                    && lex::in_list(
                        w,
                        &[
                            "dalam", "di", "ke", "dari", "untuk", "dengan", "pada", "oleh",
                            "tanpa", "agar", "supaya", "demi", "secara", "cara",
                        ],
                    )
                {
                    // `dalam menyampaikan ...`: a verb phrase, not a subject and its verb
                    return None;
                }
                if words == 0 && w.eq_ignore_ascii_case("yang") {
                    // `..., yang mengatakan`: a relative clause, not a subject
                    return None;
                }
                if words > 0 && !lex::is_cap(w) && lex::looks_like_verb(w) {
                    // `X yang dihubungi Kompas mengatakan`: step over a relative clause to its
                    // head noun; any other verb means this is not a subject
                    let yang = relative_start(text, lo, pc.span.start)?;
                    start = Some(yang);
                    words += 1;
                    first_cap = false;
                    p = yang;
                    continue;
                }
                start = Some(pc.span.start);
                end.get_or_insert(pc.span.end);
                words += 1;
                first_cap = lex::is_cap(w);
                p = pc.span.start;
            }
            Kind::Punct(',') if words > 0 && first_cap => {
                // apposition: `Ketua NATO, Jens Stoltenberg`
                match appositive_segment(text, lo, pc.span.start) {
                    Some(seg) => {
                        start = Some(seg);
                    }
                    None => break,
                }
                break;
            }
            Kind::Punct('.') if words > 0 => {
                let abbr = lex::prev_piece(text, pc.span.start, lo)
                    .filter(|q| q.is_word() && is_abbrev(q.span.slice(text)));
                match abbr {
                    Some(q) => {
                        start = Some(q.span.start);
                        words += 1;
                        p = q.span.start;
                    }
                    None => break,
                }
            }
            Kind::Punct(')') if words > 0 => {
                let from = floor_boundary(text, pc.span.start.saturating_sub(80).max(lo));
                let open = text[from..pc.span.start].rfind('(').map(|o| from + o);
                match open {
                    Some(o) if !text[o..pc.span.start].chars().any(|c| c.is_ascii_digit()) => {
                        start = Some(o);
                        p = o;
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let (mut s, e) = (start?, end?);
    // leading conjunctions and openers without a comma (`Namun Kirby`, `Sementara itu Kirby`)
    loop {
        let first = lex::next_piece(text, s, e)?;
        if first.is_word() && lex::in_list(first.span.slice(text), lex::LEAD_CONJ) {
            match lex::next_piece(text, first.span.end, e) {
                Some(n) if n.span.start < e => s = n.span.start,
                _ => return None,
            }
        } else {
            break;
        }
    }
    // date and time words (`Senin (5/10) sore`) are not speakers
    let mut e = e;
    loop {
        let last = lex::prev_piece(text, e, s)?;
        if last.is_word()
            && lex::in_list(last.span.slice(text), lex::DATE_WORDS)
            && !lex::is_cap(last.span.slice(text))
        {
            e = last.span.start;
            let t = text[s..e].trim_end();
            e = s + t.len();
            if e <= s {
                return None;
            }
        } else {
            break;
        }
    }
    if lex::prev_piece(text, e, s).is_some_and(|p| !p.is_word()) {
        return None;
    }
    let s = extend_start(names, s, e, lo);
    Some(Span::new(s, e))
}

/// When the comma segment ending at `comma` is a lower-case prepositional phrase preceded by
/// another comma (`, dalam keterangan tertulisnya,`), the position before that first comma.
fn skip_parenthetical(text: &str, lo: usize, comma: usize) -> Option<usize> {
    let mut p = comma;
    let mut first = None;
    for _ in 0..8 {
        let pc = lex::prev_piece(text, p, lo)?;
        if pc.is_punct(',') {
            let f = first?;
            let w: &str = Span::slice(&f, text);
            let prep = !lex::is_cap(w)
                && lex::in_list(
                    w,
                    &[
                        "dalam",
                        "di",
                        "saat",
                        "ketika",
                        "usai",
                        "seusai",
                        "melalui",
                        "lewat",
                        "pada",
                        "kepada",
                        "sebelumnya",
                        "kemudian",
                        "sementara",
                        "secara",
                        "menurut",
                        "seperti",
                        "sebagaimana",
                        "dikutip",
                        "mengutip",
                    ],
                );
            return prep.then_some(pc.span.start);
        }
        if !pc.is_word() {
            return None;
        }
        first = Some(pc.span);
        p = pc.span.start;
    }
    None
}

/// Start of `yang` a few words before `pos` (a relative clause `yang dihubungi Kompas`).
fn relative_start(text: &str, lo: usize, pos: usize) -> Option<usize> {
    let mut p = pos;
    for _ in 0..4 {
        let pc = lex::prev_piece(text, p, lo).filter(|q| q.is_word())?;
        if pc.span.slice(text).eq_ignore_ascii_case("yang") {
            // the head noun must come before `yang`
            lex::prev_piece(text, pc.span.start, lo).filter(|q| q.is_word())?;
            return Some(pc.span.start);
        }
        p = pc.span.start;
    }
    None
}

/// Start of the comma segment before `comma` when it reads as a role or name in apposition
/// (`Menteri Luar Negeri Ukraina`), not a discourse opener or a date.
fn appositive_segment(text: &str, lo: usize, comma: usize) -> Option<usize> {
    let mut p = comma;
    let mut start = None;
    let mut n = 0;
    let mut first_word = "";
    while let Some(pc) = lex::prev_piece(text, p, lo) {
        if !pc.is_word() {
            if pc.is_punct('.') {
                // an abbreviation dot inside a title is fine, a sentence end is not
                let abbr = lex::prev_piece(text, pc.span.start, lo)
                    .is_some_and(|q| q.is_word() && is_abbrev(q.span.slice(text)));
                if abbr {
                    p = pc.span.start;
                    continue;
                }
            }
            break;
        }
        let w = pc.span.slice(text);
        if !lex::is_cap(w) && lex::in_list(w, lex::SUBJECT_STOPS) {
            break;
        }
        n += 1;
        if n > 8 {
            return None;
        }
        start = Some(pc.span.start);
        first_word = w;
        p = pc.span.start;
    }
    let s = start?;
    let seg = &text[s..comma];
    let last_word = seg.split_whitespace().last().unwrap_or("");
    if lex::in_list(first_word, lex::OPENERS)
        || lex::in_list(first_word, lex::LEAD_CONJ)
        || lex::in_list(
            last_word,
            &["demikian", "begitu", "itu", "ini", "jelas", "pula"],
        )
        || seg.chars().any(|c| c.is_ascii_digit())
        || seg.split_whitespace().any(lex::looks_like_verb)
        || !lex::is_cap(first_word) && !seg.split_whitespace().any(lex::is_cap)
    {
        return None;
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_phrases() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "ajudan Kremlin Yuri Ushakov.",
                Some("ajudan Kremlin Yuri Ushakov"),
            ),
            (
                "juru bicara Badan Pangan Dunia, Maria Lopez kepada wartawan.",
                Some("juru bicara Badan Pangan Dunia, Maria Lopez"),
            ),
            ("Rizal, Senin (10/8).", Some("Rizal")),
            (
                "Kepala Dinas Kesehatan (Dinkes) Bogor di kantornya.",
                Some("Kepala Dinas Kesehatan (Dinkes) Bogor"),
            ),
            ("Prof. Dr. Budi Santoso.", Some("Prof. Dr. Budi Santoso")),
            (
                "Menteri Hukum dan HAM Yasonna.",
                Some("Menteri Hukum dan HAM Yasonna"),
            ),
            ("Ushakov, dikutip dari Alarabiya.", Some("Ushakov")),
            (
                "Dekan Fakultas Hukum Universitas Gadjah Mada, Yogyakarta, Sigit Riyanto, red notice",
                Some("Dekan Fakultas Hukum Universitas Gadjah Mada, Yogyakarta, Sigit Riyanto"),
            ),
            (
                "seorang pejabat Kementerian Pertahanan Jepang.",
                Some("seorang pejabat Kementerian Pertahanan Jepang"),
            ),
            (". Lalu", None),
        ];
        for (t, want) in cases {
            let got = forward(t, 0, t.len(), &[]).map(|s| s.slice(t));
            assert_eq!(got, *want, "{t}");
        }
    }

    #[test]
    fn backward_subjects() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Ketua NATO, Jens Stoltenberg mengatakan",
                Some("Ketua NATO, Jens Stoltenberg"),
            ),
            (
                "Sementara itu, Gubernur Jawa Barat juga mengatakan",
                Some("Gubernur Jawa Barat"),
            ),
            ("Kiev juga mengatakan", Some("Kiev")),
            ("Dalam keterangannya, Kirby mengatakan", Some("Kirby")),
            ("Ia menambahkan", Some("Ia")),
            ("Namun Kirby mengatakan", Some("Kirby")),
            (
                "Harga naik ketika pemerintah mengatakan",
                Some("pemerintah"),
            ),
            ("Pada Senin, 18 Juni, Budi mengatakan", Some("Budi")),
            (
                "Menteri Luar Negeri Ukraina, Dmytro Kuleba juga menegaskan",
                Some("Menteri Luar Negeri Ukraina, Dmytro Kuleba"),
            ),
        ];
        for (t, want) in cases {
            let cue = t.rfind(' ').map_or(0, |i| i + 1);
            let got = backward(t, 0, cue, &[]).map(|s| s.slice(t));
            assert_eq!(got, *want, "{t}");
        }
    }
}
