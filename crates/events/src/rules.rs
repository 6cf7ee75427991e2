//! The argument, modality, time and linking rules of the event coder.
//!
//! Design: one pass over each sentence finds triggers (longest dictionary match at each token);
//! each trigger then looks left for its subject and right for its object inside the clause.
//! Clause edges are punctuation and subordinators (`bahwa`, `ketika`, `untuk`, `namun`, ...).
//! Purpose clauses (`untuk menyerang`) state intentions, not facts, and are not coded; neither
//! are events inside direct quotes (the quote itself is reported as a quote).

use crate::dict::{Dictionary, TriggerKind};
use crate::{DocView, Event, LinkRel, Modality};
use warta_core::TokenKind;

/// How far (in tokens) a clause-level scope reaches: complements of accusations and denials,
/// the look-back for a conditional opener. Real clauses are far shorter.
const MAX_SCOPE: usize = 80;

/// Words that may stand between a subject and its verb without ending the search.
const AUX: &[&str] = &[
    "akan",
    "telah",
    "sudah",
    "juga",
    "pun",
    "tidak",
    "tak",
    "belum",
    "masih",
    "sedang",
    "tengah",
    "pernah",
    "baru",
    "segera",
    "kembali",
    "terakhir",
    "kali",
    "kemudian",
    "lalu",
    "bahkan",
    "hanya",
    "dapat",
    "bisa",
    "harus",
    "ingin",
    "berencana",
    "hendak",
    "bakal",
    "mau",
    "siap",
    "ikut",
    "turut",
    "secara",
    "resmi",
    "langsung",
    "sebelumnya",
    "sendiri",
    "memang",
    "justru",
    "lantas",
    "akhirnya",
    "mulai",
    "terus",
    "sempat",
    "diduga",
    "dikabarkan",
    "dilaporkan",
    "disebut",
    "disebut-sebut",
    "diketahui",
    "dijadwalkan",
    "kini",
    "pada",
    "sekali",
    "lagi",
    "berhasil",
    "enggan",
    "tetap",
    "pula",
    "sama",
    "saling",
    "konon",
    "disinyalir",
    "dituduh",
    "dituding",
    "dicurigai",
    "diklaim",
    "berniat",
    "rencananya",
    "kabarnya",
    "mungkin",
    "kemungkinan",
    "diperkirakan",
    "tersebut",
    "itu",
    "ini",
];

/// Words that end a clause (for the subject and object searches).
const BOUNDARY: &[&str] = &[
    "yang",
    "bahwa",
    "ketika",
    "karena",
    "sehingga",
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "jika",
    "kalau",
    "apabila",
    "bila",
    "seandainya",
    "andai",
    "untuk",
    "agar",
    "supaya",
    "setelah",
    "sebelum",
    "sejak",
    "hingga",
    "sementara",
    "meski",
    "meskipun",
    "walaupun",
    "walau",
    "padahal",
    "guna",
    "demi",
    "sambil",
    "seraya",
    "dan",
    "serta",
    "atau",
    "saat",
    "tatkala",
    "dimana",
    "di mana",
];

const CONTRAST: &[&str] = &[
    "namun",
    "tetapi",
    "tapi",
    "sedangkan",
    "padahal",
    "meski",
    "meskipun",
    "walaupun",
];
const CONDITIONAL: &[&str] = &[
    "jika",
    "kalau",
    "apabila",
    "bila",
    "seandainya",
    "andai",
    "andaikan",
    "jikalau",
];
const PURPOSE: &[&str] = &["untuk", "guna", "demi", "agar", "supaya"];
const NEGATION: &[&str] = &["tidak", "tak", "belum", "bukan", "tanpa", "enggan"];
const FUTURE: &[&str] = &[
    "akan",
    "bakal",
    "hendak",
    "berencana",
    "dijadwalkan",
    "berniat",
    "ingin",
    "mau",
    "siap",
    "rencananya",
];
const POSSIBLE: &[&str] = &["mungkin", "kemungkinan", "diperkirakan"];
const HEARSAY: &[&str] = &[
    "diduga",
    "disebut-sebut",
    "dikabarkan",
    "diklaim",
    "dituduh",
    "dituding",
    "dicurigai",
    "konon",
    "kabarnya",
    "disinyalir",
    "ditengarai",
];
/// Light verbs that take a nominal trigger as their object (`melakukan kunjungan`).
const LIGHT: &[&str] = &[
    "melakukan",
    "mengadakan",
    "menggelar",
    "melancarkan",
    "menjatuhkan",
    "memberlakukan",
    "memberikan",
    "memberi",
    "menyampaikan",
    "mengajukan",
    "menjalin",
    "menyalurkan",
    "melayangkan",
    "mengirimkan",
    "mengirim",
    "menerapkan",
    "menggelontorkan",
    "meluncurkan",
    "melaksanakan",
];
/// Words a light verb may skip before its noun (`melancarkan serangkaian serangan`).
const LIGHT_SKIP: &[&str] = &[
    "serangkaian",
    "sebuah",
    "suatu",
    "aksi",
    "beberapa",
    "berbagai",
    "kembali",
    "sejumlah",
];
/// Reporting verbs (surface forms): their complement is someone's statement.
const SAY: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "menyebut",
    "menyebutkan",
    "menjelaskan",
    "mengungkapkan",
    "menambahkan",
    "menuturkan",
    "mengklaim",
    "menilai",
    "menganggap",
    "berkata",
    "mengaku",
    "menandaskan",
    "mengingatkan",
    "menekankan",
    "menduga",
    "menyangka",
];
/// Verbs that express a speech act named by a noun (`menyatakan dukungan`).
const EXPRESS: &[&str] = &[
    "menyatakan",
    "mengungkapkan",
    "mengutarakan",
    "menyuarakan",
    "menegaskan",
];
/// Reporting verbs whose complement is a claim (alleged).
const CLAIM: &[&str] = &["mengklaim", "mengaku"];
/// Reporting verbs of suspicion: their complement is alleged, and they are never an evaluation
/// event themselves (`Kapolda menduga korban dibunuh`). (`mencurigai` is an accusation trigger
/// in triggers.tsv, with the same effect on its complement.)
const SUSPECT: &[&str] = &["menduga", "menyangka"];
/// Evaluation words in a statement's complement: criticism.
const CRITICISM: &[&str] = &[
    "otoriter",
    "diktator",
    "brutal",
    "agresi",
    "agresif",
    "provokatif",
    "provokasi",
    "ilegal",
    "melanggar",
    "pelanggaran",
    "kejahatan",
    "bohong",
    "kebohongan",
    "munafik",
    "sembrono",
    "ceroboh",
    "kegagalan",
    "buruk",
    "berbahaya",
    "kejam",
    "biadab",
    "barbar",
    "kriminal",
    "menyesatkan",
    "keliru",
    "sewenang-wenang",
    "arogan",
    "tidak bertanggung jawab",
    "tidak sah",
    "memalukan",
    "mengecewakan",
];
const CONCERN: &[&str] = &[
    "prihatin",
    "keprihatinan",
    "khawatir",
    "kekhawatiran",
    "cemas",
    "kecemasan",
    "kecewa",
    "menyesalkan",
];
const OPTIMISM: &[&str] = &["optimistis", "optimis", "optimisme", "yakin", "berharap"];
/// Bare roots that are predicates (adjectival), not nouns, when they stand alone.
const ADJ_PRED: &[&str] = &[
    "sepakat", "prihatin", "khawatir", "cemas", "kecewa", "setuju", "siap", "siaga",
];

#[inline]
fn lower_is(t: &crate::Tok<'_>, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| t.text.eq_ignore_ascii_case(w) || t.lemma == *w)
}

#[inline]
fn surface_in(t: &crate::Tok<'_>, words: &[&str]) -> bool {
    words.iter().any(|w| t.text.eq_ignore_ascii_case(w))
}

fn is_boundary_tok(t: &crate::Tok<'_>) -> bool {
    match t.kind {
        TokenKind::Punct | TokenKind::Quote => true,
        TokenKind::Word => surface_in(t, BOUNDARY),
        _ => false,
    }
}

/// A token that looks like an affixed verb (meN-, di-, ber-, ter- with a different lemma).
fn is_verb_form(t: &crate::Tok<'_>) -> bool {
    if t.kind != TokenKind::Word || t.lemma.is_empty() {
        return false;
    }
    let l = t.text.as_bytes();
    let starts = |p: &[u8]| l.len() > p.len() + 2 && l[..p.len()].eq_ignore_ascii_case(p);
    let affixed =
        starts(b"me") || starts(b"di") || starts(b"ber") || starts(b"ter") || starts(b"mem");
    affixed
        && !t.text.eq_ignore_ascii_case(t.lemma)
        && !t.lemma.starts_with("di")
        && !t.lemma.starts_with("me")
}

/// Surface form is a noun built on the lemma (peN-an, per-an, ke-an, -an, or the bare root).
fn is_nominal_form(t: &crate::Tok<'_>) -> bool {
    let lower = t.text.to_ascii_lowercase();
    let w = ["nya", "ku", "mu"]
        .iter()
        .find_map(|c| lower.strip_suffix(c).filter(|s| s.len() > 3))
        .unwrap_or(&lower);
    if w == t.lemma {
        return !ADJ_PRED.contains(&w);
    }
    let verbal =
        w.starts_with("me") || w.starts_with("di") || w.starts_with("ber") || w.starts_with("ter");
    !verbal && (w.ends_with("an") || w.starts_with("pe") || w.starts_with("ke"))
}

fn is_passive(t: &crate::Tok<'_>) -> bool {
    let b = t.text.as_bytes();
    b.len() > 4
        && b[..2].eq_ignore_ascii_case(b"di")
        && !t.text.eq_ignore_ascii_case(t.lemma)
        && !t.lemma.starts_with("di")
        && t.lemma.len() + 2 <= t.text.len()
}

struct Ctx<'d, 'a> {
    doc: &'d DocView<'a>,
    dict: &'static Dictionary,
    /// token -> index of the arg covering it
    arg_at: Vec<Option<usize>>,
    /// token -> index of the time range covering it
    time_at: Vec<Option<usize>>,
    /// token -> inside a direct quote
    quoted: Vec<bool>,
}

/// Internal event with the bookkeeping the linking rules need.
struct Draft {
    ev: Event,
    kind: TriggerKind,
    /// Token range where this trigger's complement (scope) lies, for accuse/deny/claim.
    scope: Option<(usize, usize)>,
    /// Index of the draft whose scope made this event alleged/denied.
    scoped_by: Option<usize>,
    say: bool,
}

/// Codes the events of `doc` into `out` (cleared first).
pub fn code_events(doc: &DocView<'_>, out: &mut Vec<Event>) {
    out.clear();
    let n = doc.toks.len();
    let mut arg_at = vec![None; n];
    for (i, a) in doc.args.iter().enumerate() {
        for slot in arg_at.iter_mut().take(a.tok_end.min(n)).skip(a.tok_start) {
            *slot = Some(i);
        }
    }
    let mut time_at = vec![None; n];
    for (i, &(s, e)) in doc.times.iter().enumerate() {
        for slot in time_at.iter_mut().take(e.min(n)).skip(s) {
            *slot = Some(i);
        }
    }
    let mut quoted = vec![false; n];
    for &(s, e) in doc.quoted {
        for slot in quoted.iter_mut().take(e.min(n)).skip(s) {
            *slot = true;
        }
    }
    let cx = Ctx {
        doc,
        dict: Dictionary::embedded(),
        arg_at,
        time_at,
        quoted,
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let sports = crate::domain::sports_sentences(doc);
    for (si, sent) in doc.sentences.iter().enumerate() {
        let first = drafts.len();
        let mut i = sent.tok_start;
        while i < sent.tok_end {
            let consumed = cx.trigger_at(si, i, &mut drafts);
            i += consumed.max(1);
        }
        if sports.get(si).copied().unwrap_or(false) {
            // Sports reporting: only events with a public authority among their parties.
            let mut k = first;
            while k < drafts.len() {
                let ev = &drafts[k].ev;
                let authority = ev
                    .actors
                    .iter()
                    .chain(&ev.recipients)
                    .any(|&a| doc.args.get(a).is_some_and(|a| a.authority));
                if authority {
                    k += 1;
                } else {
                    drafts.remove(k);
                }
            }
        }
        cx.apply_scopes(&mut drafts[first..], first);
    }
    link_denials(&cx, &mut drafts);
    dedupe(doc, &mut drafts);
    out.extend(drafts.into_iter().map(|d| d.ev));
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn tok(&self, i: usize) -> &crate::Tok<'a> {
        &self.doc.toks[i]
    }

    /// Longest dictionary match starting at token `i`: (entry ids in file order, length).
    fn match_at(&self, i: usize, end: usize) -> Option<(Vec<u32>, usize)> {
        let t = self.tok(i);
        if t.kind != TokenKind::Word {
            return None;
        }
        let mut best: Option<(Vec<u32>, usize)> = None;
        let mut lower_buf = [0u8; 40];
        let lower = ascii_lower(t.text, &mut lower_buf);
        for key in [Some(t.lemma), lower].into_iter().flatten() {
            let Some(pats) = self.dict.by_first.get(key) else {
                continue;
            };
            for p in pats {
                let len = p.words.len();
                if i + len > end {
                    continue;
                }
                let ok = p.words.iter().enumerate().skip(1).all(|(k, w)| {
                    let tk = self.tok(i + k);
                    tk.lemma == *w || tk.text.eq_ignore_ascii_case(w)
                });
                if !ok {
                    continue;
                }
                match &mut best {
                    Some((ids, blen)) if *blen == len => {
                        if !ids.contains(&p.entry) {
                            ids.push(p.entry)
                        }
                    }
                    Some((_, blen)) if *blen > len => {}
                    _ => best = Some((vec![p.entry], len)),
                }
            }
        }
        if let Some((ids, _)) = &mut best {
            ids.sort_unstable();
        }
        best
    }

    fn object_ok(&self, objects: &[&str], from: usize, end: usize) -> bool {
        objects.is_empty()
            || (from..end.min(from + 5)).any(|k| {
                let t = self.tok(k);
                objects
                    .iter()
                    .any(|o| t.lemma == *o || t.text.eq_ignore_ascii_case(o))
            })
    }

    /// Tries to code an event whose trigger starts at token `i`; returns tokens consumed.
    fn trigger_at(&self, si: usize, i: usize, drafts: &mut Vec<Draft>) -> usize {
        let sent = self.doc.sentences[si];
        let t = self.tok(i);
        if self.quoted[i] {
            return 1;
        }
        // A trigger word inside a name (`Sekolah Menengah ...`, `Badan Kerja Sama ...`, `Desa
        // Serang`) names something: it is not a predicate. Skip the whole mention.
        if let Some(a) = self.arg_at[i] {
            return self.doc.args[a].tok_end.saturating_sub(i).max(1);
        }
        // Reporting verbs: coded only when the statement evaluates someone, or when they carry a
        // nominal trigger (`menyatakan dukungan`, `mengungkapkan kekhawatiran`: light verbs).
        let expresses = surface_in(t, EXPRESS) && self.light_nominal_follows(i, sent.tok_end);
        if t.kind == TokenKind::Word && surface_in(t, SAY) && !expresses {
            self.say_event(si, i, drafts);
            return 1;
        }
        // A verb whose own sense is fixed by its object (`mengirim bantuan kemanusiaan` -> 073)
        // wins over the light-verb reading (`mengirim bantuan` -> the noun's 070).
        let direct = self
            .match_at(i, sent.tok_end)
            .and_then(|(ids, len)| self.pick(&ids, i + len, sent.tok_end).map(|e| (e, len)));
        let specific = direct.is_some_and(|(e, _)| !self.dict.entry(e).objects.is_empty());
        // Light verb + nominal trigger.
        if !specific && t.kind == TokenKind::Word && (surface_in(t, LIGHT) || expresses) {
            let mut j = i + 1;
            while j < sent.tok_end && j <= i + 3 && surface_in(self.tok(j), LIGHT_SKIP) {
                j += 1;
            }
            if j < sent.tok_end {
                if let Some((ids, len)) = self.match_at(j, sent.tok_end) {
                    if let Some(e) = self.pick(&ids, j + len, sent.tok_end) {
                        if self.dict.entry(e).kind == TriggerKind::Idiom {
                            return j + len - i;
                        }
                        let nominal = self.dict.entry(e).nominal || is_nominal_form(self.tok(j));
                        if nominal {
                            self.build(si, (i, j + len), e, false, drafts);
                            return j + len - i;
                        }
                    }
                }
            }
        }
        let Some((e, len)) = direct else {
            return 1;
        };
        let entry = self.dict.entry(e);
        if entry.kind == TriggerKind::Idiom {
            // A fixed phrase: its words are not triggers.
            return len;
        }
        let nominal = entry.nominal || (len == 1 && is_nominal_form(t));
        if nominal {
            self.nominal_event(si, (i, i + len), e, drafts);
        } else {
            self.build(si, (i, i + len), e, is_passive(t), drafts);
        }
        len
    }

    /// A nominal trigger right after token `i` (skipping `LIGHT_SKIP` words).
    fn light_nominal_follows(&self, i: usize, end: usize) -> bool {
        let mut j = i + 1;
        while j < end && j <= i + 3 && surface_in(self.tok(j), LIGHT_SKIP) {
            j += 1;
        }
        // only speech acts can be expressed: support, concern, criticism, demands... (not
        // `mengatakan kunjungan X ...`, which reports a clause about a visit)
        j < end
            && self.match_at(j, end).is_some_and(|(ids, len)| {
                self.pick(&ids, j + len, end).is_some_and(|e| {
                    let en = self.dict.entry(e);
                    if en.kind == TriggerKind::Idiom {
                        return false;
                    }
                    let verbal =
                        matches!(crate::quad_class(en.cameo), 1 | 3) && !en.cameo.starts_with("04");
                    verbal && (en.nominal || is_nominal_form(self.tok(j)))
                })
            })
    }

    fn pick(&self, ids: &[u32], after: usize, end: usize) -> Option<u32> {
        // Entries with an object constraint that holds win over unconstrained ones.
        let constrained = ids.iter().copied().find(|&e| {
            let o = &self.dict.entry(e).objects;
            !o.is_empty() && self.object_ok(o, after, end)
        });
        constrained.or_else(|| {
            ids.iter()
                .copied()
                .find(|&e| self.dict.entry(e).objects.is_empty())
        })
    }

    /// The subject: the nearest argument to the left of `at` inside the clause.
    fn subject(&self, si: usize, at: usize) -> (Vec<usize>, usize) {
        let sent = self.doc.sentences[si];
        let mut i = at;
        let mut skipped = 0;
        while i > sent.tok_start {
            i -= 1;
            if let Some(a) = self.arg_at[i] {
                let arg = self.doc.args[a];
                // A party behind a locative preposition is an adjunct, not the subject: `SDA ke
                // Istana Merdeka bertemu Presiden`, `Menlu di Jakarta mengatakan`. So is the
                // speaker of a parenthetical: `Kegiatan itu, kata Gamawan, tak dilarang`.
                if arg.tok_start > sent.tok_start + 1
                    && surface_in(
                        self.tok(arg.tok_start - 1),
                        &[
                            "ke", "di", "dari", "untuk", "kata", "ujar", "tutur", "ucap", "menurut",
                        ],
                    )
                {
                    skipped += 1;
                    if skipped > 5 {
                        break;
                    }
                    i = arg.tok_start - 1;
                    continue;
                }
                return (self.coordinated_left(a, sent.tok_start), arg.tok_end);
            }
            if self.time_at[i].is_some() {
                continue;
            }
            let t = self.tok(i);
            if t.kind == TokenKind::Word && t.text.eq_ignore_ascii_case("yang") {
                if i > sent.tok_start {
                    if let Some(a) = self.arg_at[i - 1] {
                        return (self.coordinated_left(a, sent.tok_start), i);
                    }
                }
                break;
            }
            if t.text == ")" && i >= sent.tok_start + 2 && self.tok(i - 2).text == "(" {
                // `Komisi Pemberantasan Korupsi (KPK) menahan`
                i -= 2;
                continue;
            }
            if t.text == "," && i > sent.tok_start {
                // `Presiden X, Senin (3/3), meresmikan` / `juru bicara Y, Z, mengkritik`
                let before = i - 1;
                if self.arg_at[before].is_some()
                    || self.time_at[before].is_some()
                    || self.tok(before).text == ")"
                {
                    continue;
                }
            }
            if is_boundary_tok(t) || t.kind != TokenKind::Word {
                break;
            }
            if surface_in(t, AUX) {
                skipped += 1;
                if skipped > 5 {
                    break;
                }
                continue;
            }
            break;
        }
        (Vec::new(), at)
    }

    fn coordinated_left(&self, a: usize, start: usize) -> Vec<usize> {
        let mut out = vec![a];
        let mut cur = a;
        let mut seen_conj = false;
        loop {
            let s = self.doc.args[cur].tok_start;
            if s < start + 2 {
                break;
            }
            let c = self.tok(s - 1);
            let conj = surface_in(c, &["dan", "serta", "maupun"]);
            // `X, Y dan Z` is a list; `X, Y` alone is an apposition (one party)
            if !(conj || (c.text == "," && seen_conj)) {
                break;
            }
            seen_conj |= conj;
            match self.arg_at[s - 2] {
                Some(b) if b != cur => {
                    out.push(b);
                    cur = b;
                }
                _ => break,
            }
        }
        out.reverse();
        out
    }

    /// After a comma, arg `b` is a list member when another `,`/`dan`/`serta` follows it.
    fn list_continues(&self, b: usize, end: usize) -> bool {
        let e = self.doc.args[b].tok_end;
        e < end && {
            let t = self.tok(e);
            t.text == "," || surface_in(t, &["dan", "serta"])
        }
    }

    fn coordinated_right(&self, a: usize, end: usize) -> Vec<usize> {
        let mut out = vec![a];
        let mut cur = a;
        loop {
            let e = self.doc.args[cur].tok_end;
            if e + 1 >= end {
                break;
            }
            let c = self.tok(e);
            let conj = surface_in(c, &["dan", "serta", "maupun"]);
            if !(conj || c.text == ",") {
                break;
            }
            match self.arg_at[e + 1] {
                Some(b) if b != cur && (conj || self.list_continues(b, end)) => {
                    out.push(b);
                    cur = b;
                }
                _ => break,
            }
        }
        out
    }

    /// The object/recipient: the first argument right of `from` inside the clause whose party
    /// differs from the actors'; also a location (`di X`).
    fn object(&self, si: usize, from: usize, actor_keys: &[u32]) -> (Vec<usize>, Option<usize>) {
        let sent = self.doc.sentences[si];
        let mut i = from;
        let mut skipped = 0;
        let mut loc = None;
        while i < sent.tok_end {
            if let Some(a) = self.arg_at[i] {
                let arg = self.doc.args[a];
                let prev = if arg.tok_start > sent.tok_start {
                    Some(self.tok(arg.tok_start - 1))
                } else {
                    None
                };
                let prev2 = if arg.tok_start > sent.tok_start + 1 {
                    Some(self.tok(arg.tok_start - 2))
                } else {
                    None
                };
                let locative = prev.is_some_and(|p| surface_in(p, &["di", "dari", "dalam"]))
                    || prev2.is_some_and(|p| surface_in(p, &["di"]));
                if locative && arg.place {
                    loc.get_or_insert(a);
                } else if !actor_keys.contains(&arg.key) {
                    let all = self.coordinated_right(a, sent.tok_end);
                    let keep: Vec<usize> = all
                        .into_iter()
                        .filter(|&b| !actor_keys.contains(&self.doc.args[b].key))
                        .collect();
                    let end = keep
                        .last()
                        .map_or(arg.tok_end, |&b| self.doc.args[b].tok_end);
                    if loc.is_none() {
                        loc = self.location_after(si, end);
                    }
                    return (keep, loc);
                }
                i = arg.tok_end;
                continue;
            }
            if self.time_at[i].is_some() {
                i += 1;
                continue;
            }
            let t = self.tok(i);
            if t.text.eq_ignore_ascii_case("yang")
                && i + 2 < sent.tok_end
                && is_passive(self.tok(i + 1))
            {
                // `latihan yang digelar Jepang`: the agent of a relative passive
                i += 2;
                continue;
            }
            if is_boundary_tok(t) || (i > from && is_verb_form(t)) {
                break;
            }
            skipped += 1;
            if skipped > 8 {
                break;
            }
            i += 1;
        }
        (Vec::new(), loc)
    }

    fn location_after(&self, si: usize, from: usize) -> Option<usize> {
        let sent = self.doc.sentences[si];
        let mut i = from;
        while i < sent.tok_end && i < from + 6 {
            let t = self.tok(i);
            if is_boundary_tok(t) && t.text != "," {
                break;
            }
            if let Some(a) = self.arg_at[i] {
                let arg = self.doc.args[a];
                if arg.place && i > 0 && surface_in(self.tok(i - 1), &["di"]) {
                    return Some(a);
                }
                i = arg.tok_end;
                continue;
            }
            i += 1;
        }
        None
    }

    /// `oleh X` after (or just before) a passive trigger.
    fn agent(&self, si: usize, trig: (usize, usize)) -> Vec<usize> {
        let sent = self.doc.sentences[si];
        // `ditangkap polisi`, `diserang Israel`: Indonesian lets the agent follow the verb
        // directly, without `oleh`
        if let Some(a) = self.arg_at.get(trig.1).copied().flatten() {
            if self.doc.args[a].tok_start == trig.1 {
                return self.coordinated_right(a, sent.tok_end);
            }
        }
        let mut i = trig.1;
        while i < sent.tok_end && i < trig.1 + 4 {
            let t = self.tok(i);
            if surface_in(t, &["oleh"]) {
                if let Some(a) = self.arg_at.get(i + 1).copied().flatten() {
                    return self.coordinated_right(a, sent.tok_end);
                }
                break;
            }
            if is_boundary_tok(t) {
                break;
            }
            i += 1;
        }
        // `yang oleh Kremlin disebut`: the agent stands before the verb
        let mut k = trig.0;
        let mut steps = 0;
        while k > sent.tok_start && steps < 4 {
            k -= 1;
            steps += 1;
            if let Some(a) = self.arg_at[k] {
                let s = self.doc.args[a].tok_start;
                if s > sent.tok_start && surface_in(self.tok(s - 1), &["oleh"]) {
                    return vec![a];
                }
                break;
            }
            if !surface_in(self.tok(k), AUX) {
                break;
            }
        }
        Vec::new()
    }

    fn keys(&self, args: &[usize]) -> Vec<u32> {
        args.iter().map(|&a| self.doc.args[a].key).collect()
    }

    /// True when the trigger is the verb of a purpose clause (`untuk menyerang`).
    fn in_purpose_clause(&self, si: usize, at: usize) -> bool {
        let sent = self.doc.sentences[si];
        let mut k = at;
        let mut steps = 0;
        while k > sent.tok_start && steps < 3 {
            k -= 1;
            steps += 1;
            let t = self.tok(k);
            if surface_in(t, PURPOSE) {
                return true;
            }
            if !surface_in(
                t,
                &[
                    "dapat", "bisa", "segera", "kembali", "terus", "lebih", "ikut", "turut",
                ],
            ) {
                return false;
            }
        }
        false
    }

    /// Modality from the words between the subject and the trigger, and the clause opener.
    fn modality(&self, si: usize, subj_end: usize, trig_start: usize) -> Modality {
        let sent = self.doc.sentences[si];
        let lo = subj_end
            .max(trig_start.saturating_sub(4))
            .max(sent.tok_start)
            .min(trig_start);
        let window = lo..trig_start;
        let mut m = Modality::Asserted;
        for k in window.clone() {
            let t = self.tok(k);
            let next_hanya = k + 1 < trig_start && surface_in(self.tok(k + 1), &["hanya", "saja"]);
            if surface_in(t, NEGATION) && !next_hanya {
                return Modality::Negated;
            }
        }
        for k in window.clone() {
            if surface_in(self.tok(k), HEARSAY) {
                m = Modality::Alleged;
            }
        }
        if m == Modality::Asserted {
            // conditional opener earlier in the clause (bounded look-back)
            let mut k = trig_start;
            let floor = sent.tok_start.max(trig_start.saturating_sub(MAX_SCOPE));
            while k > floor {
                k -= 1;
                let t = self.tok(k);
                if surface_in(t, CONDITIONAL) {
                    m = Modality::Hypothetical;
                    break;
                }
                if (t.kind == TokenKind::Punct && t.text != ",") || surface_in(t, CONTRAST) {
                    break;
                }
            }
        }
        if m == Modality::Asserted && window.clone().any(|k| surface_in(self.tok(k), POSSIBLE)) {
            m = Modality::Hypothetical;
        }
        if m == Modality::Asserted && window.clone().any(|k| surface_in(self.tok(k), FUTURE)) {
            m = Modality::Future;
        }
        m
    }

    /// The governing time expression: the nearest in the sentence, preferring ones after the
    /// trigger.
    fn time_for(&self, si: usize, trig: (usize, usize)) -> Option<usize> {
        let sent = self.doc.sentences[si];
        let mut best: Option<(usize, usize)> = None;
        for (ti, &(s, e)) in self.doc.times.iter().enumerate() {
            if s < sent.tok_start || e > sent.tok_end {
                continue;
            }
            let d = if s >= trig.1 {
                s - trig.1
            } else {
                (trig.0.saturating_sub(e)) * 2 + 1
            };
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((ti, d));
            }
        }
        best.map(|(t, _)| t)
    }

    /// End of the complement that starts at `from`: the sentence end or a contrastive conjunction.
    fn complement_end(&self, si: usize, from: usize) -> usize {
        let sent = self.doc.sentences[si];
        // bounded, so that a pathological megabyte "sentence" stays linear
        let end = sent.tok_end.min(from + MAX_SCOPE);
        (from..end)
            .find(|&k| surface_in(self.tok(k), CONTRAST))
            .unwrap_or(end)
    }

    fn build(
        &self,
        si: usize,
        trig: (usize, usize),
        e: u32,
        passive: bool,
        drafts: &mut Vec<Draft>,
    ) {
        let entry = self.dict.entry(e);
        if self.in_purpose_clause(si, trig.0) {
            return;
        }
        let (actors, recipients, subj_end, loc, passive_conf) = if passive {
            let agent = self.agent(si, trig);
            let (subj, subj_end) = self.subject(si, trig.0);
            let keys = self.keys(&agent);
            let subj: Vec<usize> = subj
                .into_iter()
                .filter(|&a| !keys.contains(&self.doc.args[a].key))
                .collect();
            (agent, subj, subj_end, self.location_after(si, trig.1), 0.8)
        } else {
            let (mut subj, mut subj_end) = self.subject(si, trig.0);
            if subj.is_empty() {
                // `X menyerang Y dan menewaskan Z`: a coordinated verb shares the subject
                if let Some(prev) = self.shared_subject(si, trig.0, drafts) {
                    subj = prev;
                    subj_end = trig.0;
                }
            }
            let keys = self.keys(&subj);
            let (mut obj, loc) = self.object(si, trig.1, &keys);
            if entry.kind == TriggerKind::Deny {
                // the object of a denial is what is denied; the recipient is the accuser (linked later)
                obj.clear();
            }
            let preps: &[&str] = match entry.kind {
                TriggerKind::With => &["dengan", "bersama", "kepada", "dan"],
                TriggerKind::Toward => &["ke", "terhadap", "kepada", "atas", "melawan"],
                _ => &[],
            };
            if !preps.is_empty() {
                // An intransitive ber- verb has no direct object: a party right after it is the
                // counterpart (`Jokowi bertemu Prabowo`), unlike the topic of `membahas X`.
                let t = self.tok(trig.0);
                let ber = trig.1 == trig.0 + 1
                    && t.text.len() > 3
                    && t.text
                        .get(..3)
                        .is_some_and(|p| p.eq_ignore_ascii_case("ber"))
                    && !t.lemma.starts_with("ber");
                obj.retain(|&a| {
                    let s = self.doc.args[a].tok_start;
                    s > 0 && (surface_in(self.tok(s - 1), preps) || (ber && s == trig.1))
                });
            }
            (subj, obj, subj_end, loc, 0.9)
        };
        // An agentless passive of material conflict (`Dua anggota TNI ditembak di Papua`,
        // `Kantor KPU diserang`) still reports an act against a named party: it is coded with an
        // empty actor, as GDELT does. Other agentless passives (`usulan itu ditolak`) are not.
        let agentless = passive
            && actors.is_empty()
            && !recipients.is_empty()
            && crate::quad_class(entry.cameo) == 4
            && entry.kind == TriggerKind::Plain
            && self.no_agent_after(si, trig.1);
        if actors.is_empty() && !agentless {
            return;
        }
        if matches!(entry.cameo.get(..2), Some("04")) && recipients.is_empty() {
            // meetings and talks need a counterpart, visits a place or party visited (`X
            // mengunjungi pura` is tourism, not diplomacy)
            return;
        }
        let modality = self.modality(si, subj_end, trig.0);
        let location = loc.or_else(|| {
            (entry.kind == TriggerKind::Visit)
                .then(|| recipients.iter().copied().find(|&r| self.doc.args[r].place))
                .flatten()
        });
        let conf = if recipients.is_empty() || agentless {
            passive_conf - 0.2
        } else {
            passive_conf
        };
        let scope = matches!(entry.kind, TriggerKind::Accuse | TriggerKind::Deny)
            .then(|| (trig.1, self.complement_end(si, trig.1)));
        drafts.push(Draft {
            ev: Event {
                cameo: entry.cameo,
                trigger: trig,
                sentence: si,
                actors,
                recipients,
                modality,
                time: self.time_for(si, trig),
                location,
                confidence: conf,
                links: Vec::new(),
            },
            kind: entry.kind,
            scope,
            scoped_by: None,
            say: false,
        });
    }

    /// True when nothing after a passive verb at `at` can be its agent: the clause ends, or an
    /// adjunct starts (a preposition, conjunction, time). A bare noun there is an agent the
    /// extractor did not resolve (`diserang wabah`, `ditangkap petugas`): the act is not agentless.
    fn no_agent_after(&self, si: usize, at: usize) -> bool {
        const ADJUNCT: &[&str] = &[
            "di",
            "pada",
            "dan",
            "serta",
            "saat",
            "ketika",
            "karena",
            "dalam",
            "sejak",
            "setelah",
            "sebelum",
            "usai",
            "hingga",
            "sampai",
            "secara",
            "akibat",
            "bersama",
            "dengan",
            "sekitar",
            "sebanyak",
            "sebagai",
            "lalu",
            "kemudian",
            "pun",
            "juga",
            "sudah",
            "telah",
            "tadi",
            "semalam",
            "kemarin",
            "ke",
            "dari",
            "menggunakan",
            "memakai",
            "atas",
            "terkait",
            "dalam",
            "selama",
            "tanpa",
        ];
        let sent = self.doc.sentences[si];
        if at >= sent.tok_end {
            return true;
        }
        if self.time_at[at].is_some() {
            return true;
        }
        let t = self.tok(at);
        t.kind != TokenKind::Word || surface_in(t, ADJUNCT)
    }

    fn shared_subject(&self, si: usize, at: usize, drafts: &[Draft]) -> Option<Vec<usize>> {
        let sent = self.doc.sentences[si];
        if at <= sent.tok_start {
            return None;
        }
        let mut k = at - 1;
        while k > sent.tok_start && surface_in(self.tok(k), AUX) {
            k -= 1;
        }
        if !surface_in(self.tok(k), &["dan", "serta", "lalu", "kemudian"]) {
            return None;
        }
        drafts
            .iter()
            .rev()
            .find(|d| d.ev.sentence == si && d.ev.trigger.1 <= k)
            .map(|d| d.ev.actors.clone())
    }

    fn nominal_event(&self, si: usize, trig: (usize, usize), e: u32, drafts: &mut Vec<Draft>) {
        // Standalone nominal: needs a genitive actor right after the noun and a recipient behind
        // a preposition (`kunjungan Putin ke Korea Utara`, `serangan Rusia terhadap Ukraina`).
        let sent = self.doc.sentences[si];
        let Some(a) = self.arg_at.get(trig.1).copied().flatten() else {
            return;
        };
        let arg = self.doc.args[a];
        if arg.tok_start != trig.1 || arg.tok_end >= sent.tok_end {
            return;
        }
        let prep = self.tok(arg.tok_end);
        if !surface_in(
            prep,
            &["ke", "terhadap", "kepada", "atas", "dengan", "untuk"],
        ) {
            return;
        }
        let Some(r) = self.arg_at.get(arg.tok_end + 1).copied().flatten() else {
            return;
        };
        if self.doc.args[r].key == arg.key || self.in_purpose_clause(si, trig.0) {
            return;
        }
        let entry = self.dict.entry(e);
        let recipients = self.coordinated_right(r, sent.tok_end);
        let location = (entry.kind == TriggerKind::Visit && self.doc.args[r].place)
            .then_some(r)
            .or_else(|| self.location_after(si, self.doc.args[r].tok_end));
        drafts.push(Draft {
            ev: Event {
                cameo: entry.cameo,
                trigger: trig,
                sentence: si,
                actors: vec![a],
                recipients,
                modality: self.modality(si, trig.0, trig.0),
                time: self.time_for(si, trig),
                location,
                confidence: 0.6,
                links: Vec::new(),
            },
            kind: entry.kind,
            scope: None,
            scoped_by: None,
            say: false,
        });
    }

    /// `X mengatakan <complement>`: a statement event when the complement evaluates someone
    /// (criticism -> 111, concern -> 012, optimism -> 013). Plain statements are reported as
    /// quotes, not events. `mengklaim` opens a claim scope (its complement is alleged).
    fn say_event(&self, si: usize, i: usize, drafts: &mut Vec<Draft>) {
        let (subj, subj_end) = self.subject(si, i);
        let end = self.complement_end(si, i + 1);
        let suspect = surface_in(self.tok(i), SUSPECT);
        let claim = suspect || surface_in(self.tok(i), CLAIM);
        if subj.is_empty() {
            return;
        }
        // An evaluation word counts unless negated right before it (`bukan berbahaya`,
        // `tidak ingin dibohongi`); two-word entries carry their own negation.
        let negated = |k: usize| {
            (k.saturating_sub(2).max(i + 1)..k).any(|j| surface_in(self.tok(j), NEGATION))
        };
        let has = |words: &[&str]| {
            (i + 1..end).any(|k| {
                let t = self.tok(k);
                (lower_is(t, words) && !negated(k))
                    || (k + 1 < end && words.iter().any(|w| {
                        let mut it = w.split(' ');
                        matches!((it.next(), it.next(), it.next()), (Some(a), Some(b), None) if t.text.eq_ignore_ascii_case(a) && self.tok(k + 1).text.eq_ignore_ascii_case(b))
                    }))
            })
        };
        let code = if suspect {
            ""
        } else if has(CRITICISM) {
            "111"
        } else if has(CONCERN) {
            "012"
        } else if has(OPTIMISM) {
            "013"
        } else {
            ""
        };
        if code.is_empty() && claim {
            // a claim is not an event by itself, but its complement is alleged
            drafts.push(Draft {
                ev: Event {
                    cameo: "010",
                    trigger: (i, i + 1),
                    sentence: si,
                    actors: subj,
                    recipients: Vec::new(),
                    modality: Modality::Asserted,
                    time: None,
                    location: None,
                    confidence: 0.0,
                    links: Vec::new(),
                },
                kind: TriggerKind::Accuse,
                scope: Some((i + 1, end)),
                scoped_by: None,
                say: true,
            });
            return;
        }
        if code.is_empty() {
            return;
        }
        let keys = self.keys(&subj);
        let recipients: Vec<usize> = (i + 1..end)
            .filter_map(|k| self.arg_at[k])
            .filter(|&a| !keys.contains(&self.doc.args[a].key))
            .take(1)
            .collect();
        if code == "111" && recipients.is_empty() {
            return;
        }
        let recipients = match recipients.first() {
            Some(&r) => self.coordinated_right(r, end),
            None => recipients,
        };
        drafts.push(Draft {
            ev: Event {
                cameo: code,
                trigger: (i, i + 1),
                sentence: si,
                actors: subj,
                recipients,
                modality: self.modality(si, subj_end, i),
                time: self.time_for(si, (i, i + 1)),
                location: None,
                confidence: 0.6,
                links: Vec::new(),
            },
            kind: TriggerKind::Plain,
            scope: None,
            scoped_by: None,
            say: true,
        });
    }

    /// Events inside an accusation's or claim's complement are alleged; inside a denial's, denied.
    fn apply_scopes(&self, drafts: &mut [Draft], offset: usize) {
        let scopes: Vec<(usize, TriggerKind, (usize, usize))> = drafts
            .iter()
            .enumerate()
            .filter_map(|(k, d)| d.scope.map(|s| (k, d.kind, s)))
            .collect();
        // drafts of one sentence are created in token order: each scope touches only its range
        for (k, kind, (s, e)) in scopes {
            let first = drafts.partition_point(|d| d.ev.trigger.0 < s);
            for (j, d) in drafts.iter_mut().enumerate().skip(first) {
                if d.ev.trigger.0 >= e {
                    break;
                }
                if j == k {
                    continue;
                }
                if matches!(d.ev.modality, Modality::Asserted | Modality::Future) {
                    d.ev.modality = if kind == TriggerKind::Deny {
                        Modality::Denied
                    } else {
                        Modality::Alleged
                    };
                    d.scoped_by = Some(offset + k);
                }
            }
        }
    }
}

fn ascii_lower<'b>(s: &str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    if s.len() > buf.len() || !s.is_ascii() {
        return None;
    }
    let b = &mut buf[..s.len()];
    b.copy_from_slice(s.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

/// Links each denial to the accusation it answers (same sentence or the two before), and every
/// event alleged under that accusation; a denial without recipient takes the accuser.
fn link_denials(cx: &Ctx<'_, '_>, drafts: &mut [Draft]) {
    for d in 0..drafts.len() {
        if drafts[d].kind != TriggerKind::Deny {
            continue;
        }
        let ds = drafts[d].ev.sentence;
        let target = (0..d).rev().find(|&a| {
            let ev = &drafts[a].ev;
            ds - ev.sentence <= 2
                && !drafts[a].say
                && (ev.cameo.starts_with("112") || ev.cameo.starts_with("111"))
        });
        let Some(a) = target else { continue };
        drafts[a].ev.links.push((LinkRel::DeniedBy, d));
        drafts[d].ev.links.push((LinkRel::Denies, a));
        for (j, dj) in drafts.iter_mut().enumerate() {
            if dj.scoped_by == Some(a) && j != d {
                dj.ev.links.push((LinkRel::DeniedBy, d));
            }
        }
        if drafts[d].ev.recipients.is_empty() {
            let accuser = drafts[a].ev.actors.clone();
            let keys: Vec<u32> = drafts[d]
                .ev
                .actors
                .iter()
                .map(|&x| cx.doc.args[x].key)
                .collect();
            drafts[d].ev.recipients = accuser
                .into_iter()
                .filter(|&x| !keys.contains(&cx.doc.args[x].key))
                .collect();
        }
    }
}

/// One event per (actor keys, code) per sentence: later duplicates are merged into the first
/// (recipients united); claim markers (confidence 0) are dropped. Links are re-indexed.
fn dedupe(doc: &DocView<'_>, drafts: &mut Vec<Draft>) {
    let keyset = |args: &[usize]| {
        let mut k: Vec<u32> = args.iter().map(|&a| doc.args[a].key).collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    let mut keep: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut kept: Vec<usize> = Vec::new();
    for i in 0..drafts.len() {
        if drafts[i].ev.confidence <= 0.0 {
            continue;
        }
        let ki = keyset(&drafts[i].ev.actors);
        let dup = kept.iter().copied().find(|&j| {
            drafts[j].ev.sentence == drafts[i].ev.sentence
                && drafts[j].ev.cameo == drafts[i].ev.cameo
                && keyset(&drafts[j].ev.actors) == ki
        });
        match dup {
            Some(j) => {
                let extra: Vec<usize> = drafts[i].ev.recipients.clone();
                let have = keyset(&drafts[j].ev.recipients);
                for r in extra {
                    if !have.contains(&doc.args[r].key) {
                        drafts[j].ev.recipients.push(r);
                    }
                }
                keep[i] = Some(kept.iter().position(|&x| x == j).unwrap_or(0));
            }
            None => {
                keep[i] = Some(kept.len());
                kept.push(i);
            }
        }
    }
    let mut slots: Vec<Option<Draft>> = std::mem::take(drafts).into_iter().map(Some).collect();
    let mut out: Vec<Draft> = Vec::with_capacity(kept.len());
    for &i in &kept {
        let Some(mut d) = slots[i].take() else {
            continue;
        };
        d.ev.links =
            d.ev.links
                .iter()
                .filter_map(|&(rel, t)| keep.get(t).copied().flatten().map(|nt| (rel, nt)))
                .collect();
        d.ev.links.dedup();
        out.push(d);
    }
    *drafts = out;
}
