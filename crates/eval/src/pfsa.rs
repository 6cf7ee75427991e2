//! PFSA-ID quote evaluation: direct-quote spans, cues and speaker attribution of
//! `warta-quotes` against the PFSA-ID corpus (public figures' statements in Indonesian news,
//! Purnomo et al. 2022/2024; CC BY-NC-SA: evaluation only, never copied into the repository).
//!
//! # Data and text reconstruction
//!
//! PFSA-ID files hold one token per line (`token TAB BILOU-tag`), a blank line between
//! sentences. Articles follow one another; an article starts at a sentence whose first six tokens
//! contain the dateline word `KOMPAS` (`JAKARTA , KOMPAS —`). Each article's text is rebuilt by
//! joining its tokens with single spaces (sentences too: the corpus has no paragraph breaks, so an
//! article is one paragraph); the byte span of every token is recorded. The text then goes through
//! `warta-text` (tokens, sentences) and [`warta_quotes::find_quotes`] exactly as an article would.
//!
//! # What is compared
//!
//! - **STATEMENT** entities in PFSA-ID are *direct* quotes only, quote marks included (checked on
//!   the dev split: 1271 of 1273 open with a quote mark; reported speech such as `X mengatakan,
//!   ...` is left untagged). Both sides are normalised before matching: leading/trailing
//!   whitespace, quote marks, `,` and `;` are trimmed. *Exact*: equal normalised spans. *Overlap*:
//!   the spans share a byte (one-to-one, greedy in text order). The headline row compares
//!   predicted direct quotes; extra rows add partial and indirect quotes to show what each kind
//!   does to precision.
//! - **CUE** F1: gold `CUE` + `CUECOREF` spans against the cues of predicted direct quotes, exact
//!   spans.
//! - **Speaker attribution** (PFSA-ID has no explicit statement→speaker link, so the gold speaker
//!   is derived by this rule): (a) the `PERSON`, `PERSONCOREF`, `ROLE` and `AFFILIATION` entities
//!   that start within 12 tokens after the statement, inside the corpus sentence where the
//!   statement ends (`..., ” kata Ketua Komnas HAM Benediktus Sarkol`); else (b) the nearest
//!   `PERSON`/`PERSONCOREF` entity before the statement in the corpus sentence where it starts or
//!   the previous one, together with `ROLE`/`AFFILIATION` entities within 3 tokens of it. A
//!   statement with neither has no gold speaker and is left out of the accuracy. For each
//!   overlap-matched statement with a gold speaker, the prediction is right when its speaker span
//!   overlaps a gold speaker entity. A `Speaker::Anaphor` (`ujarnya`, `kata dia`) is right when
//!   its own span overlaps the gold (the corpus tags `dia` as PERSONCOREF) or when its resolution
//!   does, or names the same person (the resolution is an earlier occurrence of the name, so it
//!   is compared by name words: a capitalised word of 3+ letters in common). Anaphors and
//!   `Speaker::Unknown` are resolved as `warta-extract` would in the simplest case: to the
//!   resolved speaker mention of the nearest earlier quote (of any kind) in the same article.
//!
//! ```
//! use warta_eval::pfsa::{evaluate, parse};
//! let data = "JAKARTA\tO\n,\tO\nKOMPAS\tO\n—\tO\nIa\tO\ndatang\tO\n.\tO\n\n\
//!             ”\tB-STATEMENT\nKami\tI-STATEMENT\nsiap\tI-STATEMENT\n,\tI-STATEMENT\n”\tL-STATEMENT\n\
//!             kata\tU-CUE\nBudi\tU-PERSON\n.\tO\n";
//! let docs = parse(data).unwrap();
//! assert_eq!(docs.len(), 1);
//! let r = evaluate(&docs);
//! assert_eq!(r.direct_exact.f1(), 1.0);
//! assert_eq!(r.speaker_accuracy(), 1.0);
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use warta_core::Span;
use warta_quotes::{find_quotes, Quote, QuoteKind, Speaker};
use warta_text::TextBuf;

/// Errors reading PFSA-ID files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PfsaError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line is not `token TAB tag` with a BILOU tag.
    #[error("line {line}: {msg}")]
    Format {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
}

/// One gold entity: its label, token range and byte span in the rebuilt article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// `STATEMENT`, `CUE`, `PERSON`, ...
    pub label: String,
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
    /// Byte span in [`PfsaDoc::text`].
    pub span: Span,
}

/// One PFSA-ID article, rebuilt as text.
#[derive(Clone, Debug, Default)]
pub struct PfsaDoc {
    /// Tokens joined with single spaces.
    pub text: String,
    /// Byte span of each corpus token.
    pub tokens: Vec<Span>,
    /// Index of the first token of each corpus sentence.
    pub sentence_starts: Vec<usize>,
    /// Gold entities in token order.
    pub entities: Vec<Entity>,
}

impl PfsaDoc {
    /// Index of the corpus sentence holding token `t`.
    fn sentence_of(&self, t: usize) -> usize {
        self.sentence_starts
            .partition_point(|&s| s <= t)
            .saturating_sub(1)
    }
    /// Token range of corpus sentence `i`.
    fn sentence_tokens(&self, i: usize) -> (usize, usize) {
        let s = self.sentence_starts.get(i).copied().unwrap_or(0);
        let e = self
            .sentence_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.tokens.len());
        (s, e)
    }
}

/// Reads a PFSA-ID file.
pub fn read(path: &Path) -> Result<Vec<PfsaDoc>, PfsaError> {
    let data = std::fs::read_to_string(path).map_err(|source| PfsaError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&data)
}

struct Tok<'a> {
    word: &'a str,
    tag: &'a str,
}

/// Parses PFSA-ID text (`token TAB tag` lines, blank lines between sentences) into articles.
pub fn parse(data: &str) -> Result<Vec<PfsaDoc>, PfsaError> {
    let mut sentences: Vec<Vec<Tok<'_>>> = Vec::new();
    let mut cur = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                sentences.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut parts = line.split('\t');
        let word = parts.next().unwrap_or("").trim();
        let tag = parts.next().unwrap_or("O").trim();
        if word.is_empty() {
            continue;
        }
        if tag != "O" && !(tag.len() > 2 && tag.as_bytes()[1] == b'-' && "BILU".contains(&tag[..1]))
        {
            return Err(PfsaError::Format {
                line: n + 1,
                msg: format!("bad tag {tag:?}"),
            });
        }
        cur.push(Tok { word, tag });
    }
    if !cur.is_empty() {
        sentences.push(cur);
    }
    let mut docs = Vec::new();
    let mut doc = Builder::default();
    for s in &sentences {
        let dateline = s.iter().take(6).any(|t| t.word == "KOMPAS");
        if dateline && !doc.doc.tokens.is_empty() {
            docs.push(std::mem::take(&mut doc).finish());
        }
        doc.sentence(s);
    }
    if !doc.doc.tokens.is_empty() {
        docs.push(doc.finish());
    }
    Ok(docs)
}

#[derive(Default)]
struct Builder {
    doc: PfsaDoc,
    open: Option<(String, usize)>,
}

impl Builder {
    fn sentence(&mut self, s: &[Tok<'_>]) {
        self.doc.sentence_starts.push(self.doc.tokens.len());
        for t in s {
            if !self.doc.text.is_empty() {
                self.doc.text.push(' ');
            }
            let start = self.doc.text.len();
            self.doc.text.push_str(t.word);
            let i = self.doc.tokens.len();
            self.doc.tokens.push(Span::new(start, self.doc.text.len()));
            self.tag(i, t.tag);
        }
    }
    fn tag(&mut self, i: usize, tag: &str) {
        if tag == "O" {
            self.close(i);
            return;
        }
        let (pre, label) = tag.split_at(1);
        let label = &label[1..];
        let continues =
            matches!(pre, "I" | "L") && self.open.as_ref().is_some_and(|(l, _)| l == label);
        if !continues {
            self.close(i);
            self.open = Some((label.to_string(), i));
        }
        if matches!(pre, "L" | "U") {
            self.close(i + 1);
        }
    }
    fn close(&mut self, end: usize) {
        if let Some((label, start)) = self.open.take() {
            if end > start {
                let span = Span::new(self.doc.tokens[start].start, self.doc.tokens[end - 1].end);
                self.doc.entities.push(Entity {
                    label,
                    tok_start: start,
                    tok_end: end,
                    span,
                });
            }
        }
    }
    fn finish(mut self) -> PfsaDoc {
        let n = self.doc.tokens.len();
        self.close(n);
        self.doc
    }
}

/// Precision/recall counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// Matched predictions.
    pub tp: usize,
    /// Predictions.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Precision in 0..=1.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    /// Recall in 0..=1.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// F1 in 0..=1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        if a == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        a as f64 / b as f64
    }
}

/// The scores of one PFSA-ID split.
#[derive(Clone, Debug, Default)]
pub struct PfsaReport {
    /// Articles read.
    pub articles: usize,
    /// Bytes of rebuilt text.
    pub bytes: usize,
    /// Direct quotes vs STATEMENT, exact normalised spans.
    pub direct_exact: Prf,
    /// Direct quotes vs STATEMENT, overlapping spans.
    pub direct_overlap: Prf,
    /// Direct + partial quotes vs STATEMENT, exact.
    pub quoted_exact: Prf,
    /// Direct + partial + indirect quotes vs STATEMENT, exact.
    pub all_exact: Prf,
    /// Direct + partial + indirect quotes vs STATEMENT, overlap.
    pub all_overlap: Prf,
    /// Cues of direct quotes vs CUE + CUECOREF, exact spans.
    pub cue: Prf,
    /// Direct quotes vs STATEMENT, exact, leaving out predicted quotes the annotators skipped
    /// entirely (no gold entity of any label in the quote or the 100 bytes after it: in PFSA-ID
    /// these are mostly quotes of private citizens, outside its "public figures" scope).
    pub direct_exact_annotated: Prf,
    /// Overlap-matched statements with a gold speaker.
    pub speaker_total: usize,
    /// ... of which the (resolved) predicted speaker overlaps the gold speaker.
    pub speaker_correct: usize,
    /// Overlap-matched statements with a gold speaker and an explicit predicted mention.
    pub speaker_mention_total: usize,
    /// ... of which the mention overlaps the gold speaker.
    pub speaker_mention_correct: usize,
    /// Matched statements without a gold speaker under the rule.
    pub speaker_no_gold: usize,
    /// Time in `find_quotes` alone.
    pub quotes_time: Duration,
    /// Time in the text layer plus `find_quotes`.
    pub total_time: Duration,
}

impl PfsaReport {
    /// Speaker attribution accuracy (resolved anaphors included) in 0..=1.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_correct, self.speaker_total)
    }
    /// Accuracy over explicit speaker mentions only.
    pub fn mention_accuracy(&self) -> f64 {
        ratio(self.speaker_mention_correct, self.speaker_mention_total)
    }

    /// A plain-text table of the scores.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<50} {:>7} {:>7} {:>7} {:>6} {:>6}",
            "metric", "P", "R", "F1", "pred", "gold"
        );
        let rows = [
            ("STATEMENT vs direct, exact", self.direct_exact),
            ("STATEMENT vs direct, overlap", self.direct_overlap),
            ("STATEMENT vs direct+partial, exact", self.quoted_exact),
            (
                "STATEMENT vs all kinds (incl. indirect), exact",
                self.all_exact,
            ),
            (
                "STATEMENT vs all kinds (incl. indirect), overlap",
                self.all_overlap,
            ),
            ("CUE+CUECOREF vs direct-quote cues, exact", self.cue),
            (
                "direct, exact, skipped quotes left out",
                self.direct_exact_annotated,
            ),
        ];
        for (name, p) in rows {
            let _ = writeln!(
                s,
                "{:<50} {:>7.4} {:>7.4} {:>7.4} {:>6} {:>6}",
                name,
                p.precision(),
                p.recall(),
                p.f1(),
                p.pred,
                p.gold
            );
        }
        let _ = writeln!(
            s,
            "{:<50} {:>7.4}   ({}/{}; {} matched without gold speaker)",
            "speaker attribution (anaphors resolved)",
            self.speaker_accuracy(),
            self.speaker_correct,
            self.speaker_total,
            self.speaker_no_gold
        );
        let _ = writeln!(
            s,
            "{:<50} {:>7.4}   ({}/{})",
            "speaker attribution (explicit mentions only)",
            self.mention_accuracy(),
            self.speaker_mention_correct,
            self.speaker_mention_total
        );
        let secs = self.quotes_time.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let _ = writeln!(
            s,
            "{} articles, {:.2} MB; find_quotes {:.1} ms ({:.1} MB/s); text layer + quotes {:.1} ms",
            self.articles,
            mb,
            secs * 1e3,
            if secs > 0.0 { mb / secs } else { 0.0 },
            self.total_time.as_secs_f64() * 1e3
        );
        s
    }
}

const SPEAKER_LABELS: &[&str] = &["PERSON", "PERSONCOREF", "ROLE", "AFFILIATION"];

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '‟' | '＂'
    )
}

/// Trims whitespace, quote marks, `,` and `;` at both ends of a span.
fn normalise(text: &str, s: Span) -> Span {
    let Some(t) = text.get(s.start..s.end) else {
        return s;
    };
    let strip = |c: char| c.is_whitespace() || is_mark(c) || matches!(c, ',' | ';');
    let a = t.trim_start_matches(strip);
    let start = s.start + (t.len() - a.len());
    let b = a.trim_end_matches(strip);
    Span::new(start, start + b.len())
}

/// One-to-one greedy matching in text order; returns pairs (gold index, pred index).
fn match_spans(gold: &[Span], pred: &[Span], exact: bool) -> Vec<(usize, usize)> {
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let hit = pred
            .iter()
            .enumerate()
            .find(|(pi, p)| !used[*pi] && if exact { *p == g } else { p.overlaps(*g) });
        if let Some((pi, _)) = hit {
            used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

fn score(gold: &[Span], pred: &[Span], exact: bool) -> Prf {
    Prf {
        tp: match_spans(gold, pred, exact).len(),
        pred: pred.len(),
        gold: gold.len(),
    }
}

/// Gold speaker entity spans of a statement (see the module docs for the rule).
fn gold_speaker(doc: &PfsaDoc, st: &Entity) -> Vec<Span> {
    let ents = &doc.entities;
    let is_spk = |e: &Entity| SPEAKER_LABELS.contains(&e.label.as_str());
    // (a) after the statement, in the sentence where it ends
    let (_, s_end) = doc.sentence_tokens(doc.sentence_of(st.tok_end.saturating_sub(1)));
    let after: Vec<Span> = ents
        .iter()
        .filter(|e| {
            is_spk(e)
                && e.tok_start >= st.tok_end
                && e.tok_start < s_end.max(st.tok_end + 1)
                && e.tok_start < st.tok_end + 12
        })
        .map(|e| e.span)
        .collect();
    if !after.is_empty() {
        return after;
    }
    // (b) the nearest PERSON/PERSONCOREF before, in the sentence where it starts or the previous
    let si = doc.sentence_of(st.tok_start);
    let (lo, _) = doc.sentence_tokens(si.saturating_sub(1));
    let near = ents
        .iter()
        .filter(|e| {
            matches!(e.label.as_str(), "PERSON" | "PERSONCOREF")
                && e.tok_end <= st.tok_start
                && e.tok_start >= lo
        })
        .max_by_key(|e| e.tok_end);
    let Some(p) = near else {
        return Vec::new();
    };
    ents.iter()
        .filter(|e| {
            is_spk(e)
                && e.tok_start < st.tok_start
                && e.tok_end + 3 >= p.tok_start
                && e.tok_start <= p.tok_end + 3
        })
        .map(|e| e.span)
        .collect()
}

/// Whether a quote's speaker agrees with the gold speaker entities: its own span (mention or
/// pronoun) overlaps one, or its resolved mention (an earlier occurrence, for anaphors) shares a
/// name word (capitalised, 3+ letters) with one.
fn speaker_ok(text: &str, q: &Quote, resolved: Option<Span>, gold: &[Span]) -> bool {
    let own = match q.speaker {
        Speaker::Mention(s) | Speaker::Anaphor(s) => Some(s),
        Speaker::Unknown => None,
    };
    if own.is_some_and(|s| gold.iter().any(|g| g.overlaps(s))) {
        return true;
    }
    let Some(r) = resolved else {
        return false;
    };
    if gold.iter().any(|g| g.overlaps(r)) {
        return true;
    }
    let name_words = |s: Span| -> Vec<String> {
        s.slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
            .map(str::to_lowercase)
            .collect()
    };
    let rw = name_words(r);
    gold.iter()
        .any(|g| name_words(*g).iter().any(|w| rw.contains(w)))
}

/// Runs the text layer and `find_quotes` over every article and scores them (no `names`).
pub fn evaluate(docs: &[PfsaDoc]) -> PfsaReport {
    evaluate_with(docs, false)
}

/// Spans of actor mentions (`warta-actors` lexicon matches joined by `compose`), sorted.
fn actor_names(text: &str, tokens: &[warta_core::Token], out: &mut Vec<Span>) {
    let lex = warta_actors::Lexicon::embedded();
    let mut matches = Vec::new();
    lex.find(text, tokens, &mut matches);
    let mut mentions = Vec::new();
    lex.compose(text, &matches, &mut mentions);
    out.clear();
    out.extend(mentions.iter().map(|m| m.span));
    out.sort();
}

/// Like [`evaluate`]; with `names`, the actor lexicon's mentions are passed to `find_quotes`
/// (the time of the lexicon is counted in the text-layer time, not the quote time).
pub fn evaluate_with(docs: &[PfsaDoc], names: bool) -> PfsaReport {
    let mut r = PfsaReport {
        articles: docs.len(),
        ..PfsaReport::default()
    };
    let mut buf = TextBuf::default();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut name_spans: Vec<Span> = Vec::new();
    for doc in docs {
        let text = doc.text.as_str();
        r.bytes += text.len();
        let t0 = Instant::now();
        buf.analyze(text);
        quotes.clear();
        if names {
            actor_names(text, &buf.tokens, &mut name_spans);
        }
        let t1 = Instant::now();
        find_quotes(text, &buf.tokens, &buf.sentences, &name_spans, &mut quotes);
        let t2 = Instant::now();
        r.quotes_time += t2 - t1;
        r.total_time += t2 - t0;
        score_doc(doc, &quotes, &mut r);
    }
    r
}

/// Up to `max` examples of each error kind (spurious and missed direct quotes, wrong speakers),
/// one per line, for rule development on the dev split.
pub fn error_examples(docs: &[PfsaDoc], max: usize) -> String {
    let mut buf = TextBuf::default();
    let mut quotes: Vec<Quote> = Vec::new();
    let (mut fp, mut fneg, mut spk) = (Vec::new(), Vec::new(), Vec::new());
    let ctx = |text: &str, s: Span| -> String {
        let a = floor(text, s.start.saturating_sub(60));
        let b = floor(text, (s.end + 60).min(text.len()));
        format!(
            "{}[[{}]]{}",
            &text[a..s.start],
            s.slice(text),
            &text[s.end..b]
        )
    };
    for doc in docs {
        let text = doc.text.as_str();
        buf.analyze(text);
        quotes.clear();
        find_quotes(text, &buf.tokens, &buf.sentences, &[], &mut quotes);
        let statements: Vec<&Entity> = doc
            .entities
            .iter()
            .filter(|e| e.label == "STATEMENT")
            .collect();
        let gold: Vec<Span> = statements.iter().map(|e| normalise(text, e.span)).collect();
        let didx: Vec<usize> = (0..quotes.len())
            .filter(|&i| quotes[i].kind == QuoteKind::Direct)
            .collect();
        let direct: Vec<Span> = didx
            .iter()
            .map(|&i| normalise(text, quotes[i].span))
            .collect();
        let pairs = match_spans(&gold, &direct, true);
        for (pi, p) in direct.iter().enumerate() {
            if !pairs.iter().any(|&(_, q)| q == pi) && fp.len() < max {
                let q = &quotes[didx[pi]];
                let window = Span::new(q.outer.start, (q.outer.end + 100).min(text.len()));
                let skipped = !gold.iter().any(|g| g.overlaps(*p))
                    && !doc.entities.iter().any(|e| e.span.overlaps(window));
                if skipped {
                    continue;
                }
                fp.push(format!("FP  {}", ctx(text, *p)));
            }
        }
        for (gi, g) in gold.iter().enumerate() {
            if !pairs.iter().any(|&(q, _)| q == gi) && fneg.len() < max {
                let near: Vec<&str> = direct
                    .iter()
                    .filter(|p| p.overlaps(*g))
                    .map(|p| p.slice(text))
                    .collect();
                fneg.push(format!("FN  {}\n    predicted: {near:?}", ctx(text, *g)));
            }
        }
        let mut last: Option<Span> = None;
        let mut resolved = Vec::new();
        for q in &quotes {
            let s = match q.speaker {
                Speaker::Mention(s) => Some(s),
                _ => last,
            };
            if s.is_some() {
                last = s;
            }
            resolved.push(s);
        }
        for (gi, pi) in match_spans(&gold, &direct, false) {
            let gs = gold_speaker(doc, statements[gi]);
            let got = resolved[didx[pi]];
            let ok = speaker_ok(text, &quotes[didx[pi]], got, &gs);
            if !gs.is_empty() && !ok && spk.len() < max {
                let want: Vec<&str> = gs.iter().map(|g| g.slice(text)).collect();
                spk.push(format!(
                    "SPK want {:?} got {:?} <<{}>>  {}",
                    want,
                    got.map(|s| s.slice(text)),
                    got.map(|s| ctx(text, s)).unwrap_or_default(),
                    ctx(
                        text,
                        Span::new(
                            gold[gi].end.saturating_sub(40).max(gold[gi].start),
                            gold[gi].end
                        )
                    )
                ));
            }
        }
    }
    let mut s = String::new();
    for l in fp.iter().chain(&fneg).chain(&spk) {
        let _ = writeln!(s, "{l}");
    }
    s
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn score_doc(doc: &PfsaDoc, quotes: &[Quote], r: &mut PfsaReport) {
    let text = doc.text.as_str();
    let statements: Vec<&Entity> = doc
        .entities
        .iter()
        .filter(|e| e.label == "STATEMENT")
        .collect();
    let gold: Vec<Span> = statements.iter().map(|e| normalise(text, e.span)).collect();
    let of_kind = |kinds: &[QuoteKind]| -> Vec<Span> {
        quotes
            .iter()
            .filter(|q| kinds.contains(&q.kind))
            .map(|q| normalise(text, q.span))
            .collect()
    };
    let direct_idx: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].kind == QuoteKind::Direct)
        .collect();
    let direct = of_kind(&[QuoteKind::Direct]);
    r.direct_exact.add(score(&gold, &direct, true));
    let skipped = direct_idx
        .iter()
        .zip(&direct)
        .filter(|(&qi, p)| {
            let q = &quotes[qi];
            let window = Span::new(q.outer.start, (q.outer.end + 100).min(text.len()));
            !gold.iter().any(|g| g.overlaps(**p))
                && !doc.entities.iter().any(|e| e.span.overlaps(window))
        })
        .count();
    let mut annotated = score(&gold, &direct, true);
    annotated.pred -= skipped;
    r.direct_exact_annotated.add(annotated);
    r.direct_overlap.add(score(&gold, &direct, false));
    r.quoted_exact.add(score(
        &gold,
        &of_kind(&[QuoteKind::Direct, QuoteKind::Partial]),
        true,
    ));
    let all = of_kind(&[QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect]);
    r.all_exact.add(score(&gold, &all, true));
    r.all_overlap.add(score(&gold, &all, false));

    let gold_cues: Vec<Span> = doc
        .entities
        .iter()
        .filter(|e| e.label == "CUE" || e.label == "CUECOREF")
        .map(|e| e.span)
        .collect();
    let pred_cues: Vec<Span> = direct_idx.iter().filter_map(|&i| quotes[i].cue).collect();
    r.cue.add(score(&gold_cues, &pred_cues, true));

    // speakers: resolve anaphors/unknowns to the previous quote's resolved mention
    let mut resolved: Vec<Option<Span>> = Vec::with_capacity(quotes.len());
    let mut last: Option<Span> = None;
    for q in quotes {
        let s = match q.speaker {
            Speaker::Mention(s) => Some(s),
            Speaker::Anaphor(_) | Speaker::Unknown => last,
        };
        if s.is_some() {
            last = s;
        }
        resolved.push(s);
    }
    for (gi, pi) in match_spans(&gold, &direct, false) {
        let gs = gold_speaker(doc, statements[gi]);
        if gs.is_empty() {
            r.speaker_no_gold += 1;
            continue;
        }
        let qi = direct_idx[pi];
        r.speaker_total += 1;
        let ok = speaker_ok(text, &quotes[qi], resolved[qi], &gs);
        if ok {
            r.speaker_correct += 1;
        }
        if let Speaker::Mention(s) = quotes[qi].speaker {
            r.speaker_mention_total += 1;
            if gs.iter().any(|g| g.overlaps(s)) {
                r.speaker_mention_correct += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_articles_and_entities() {
        let data =
            "A\tO\n,\tO\nKOMPAS\tO\nx\tB-ISSUE\ny\tL-ISSUE\n\nz\tU-CUE\n\nB\tO\n,\tO\nKOMPAS\tO\n";
        let docs = parse(data).unwrap_or_default();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "A , KOMPAS x y z");
        let labels: Vec<(&str, &str)> = docs[0]
            .entities
            .iter()
            .map(|e| (e.label.as_str(), e.span.slice(&docs[0].text)))
            .collect();
        assert_eq!(labels, [("ISSUE", "x y"), ("CUE", "z")]);
        assert_eq!(docs[0].sentence_starts, [0, 5]);
    }

    fn doc(data: &str) -> PfsaDoc {
        parse(data)
            .unwrap_or_default()
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    #[test]
    fn gold_speaker_rule() {
        // (a) after the statement: every speaker entity right after the cue
        let a = doc(
            "”\tB-STATEMENT\nSiap\tI-STATEMENT\n,\tI-STATEMENT\n”\tL-STATEMENT\n\
                     kata\tU-CUE\nKetua\tU-ROLE\nKPU\tU-AFFILIATION\nBudi\tU-PERSON\n.\tO\n",
        );
        // (b) before: the nearest PERSON in the previous sentence, with its adjacent role
        let b = doc("Menteri\tU-ROLE\nAni\tU-PERSON\ndatang\tO\n.\tO\n\n\
                     ”\tB-STATEMENT\nSiap\tI-STATEMENT\n,\tI-STATEMENT\n”\tL-STATEMENT\n\
                     ujarnya\tU-CUECOREF\n.\tO\n");
        // neither: no speaker in reach
        let c = doc("Ani\tU-PERSON\n.\tO\n\nHujan\tO\n.\tO\n\n\
                     ”\tB-STATEMENT\nSiap\tI-STATEMENT\n”\tL-STATEMENT\nujarnya\tU-CUECOREF\n");
        let cases: [(&PfsaDoc, &[&str]); 3] = [
            (&a, &["Ketua", "KPU", "Budi"]),
            (&b, &["Menteri", "Ani"]),
            (&c, &[]),
        ];
        for (d, want) in cases {
            let st = d.entities.iter().find(|e| e.label == "STATEMENT");
            let got: Vec<&str> = st
                .map(|st| gold_speaker(d, st))
                .unwrap_or_default()
                .iter()
                .map(|s| s.slice(&d.text))
                .collect();
            assert_eq!(got, want, "{}", d.text);
        }
    }

    #[test]
    fn speaker_agreement() {
        let text = "kata Ketua KPU Budi Santoso . Budi lagi";
        let gold = [Span::new(15, 27)]; // "Budi Santoso"
        let q = |speaker| Quote {
            kind: QuoteKind::Direct,
            span: Span::new(0, 1),
            cue: None,
            speaker,
            sentence: 0,
            outer: Span::new(0, 1),
        };
        let mention = q(Speaker::Mention(Span::new(5, 27)));
        assert!(speaker_ok(text, &mention, Some(Span::new(5, 27)), &gold));
        let anaphor = q(Speaker::Anaphor(Span::new(0, 4)));
        // resolved to a later occurrence of the same name: compared by name words
        assert!(speaker_ok(text, &anaphor, Some(Span::new(30, 34)), &gold));
        assert!(!speaker_ok(text, &anaphor, Some(Span::new(5, 14)), &gold));
        assert!(!speaker_ok(text, &q(Speaker::Unknown), None, &gold));
    }

    #[test]
    fn one_to_one_matching() {
        let g = [Span::new(0, 10), Span::new(20, 30)];
        let p = [Span::new(0, 10), Span::new(5, 25), Span::new(40, 50)];
        assert_eq!(score(&g, &p, true).tp, 1);
        let o = score(&g, &p, false);
        assert_eq!((o.tp, o.pred, o.gold), (2, 3, 2));
        assert!((o.f1() - 0.8).abs() < 1e-9);
    }

    #[test]
    fn bad_tag_is_an_error() {
        assert!(parse("a\tX-FOO\n").is_err());
    }

    #[test]
    fn normalise_trims_marks() {
        let t = "” Kami siap , ”";
        assert_eq!(normalise(t, Span::new(0, t.len())).slice(t), "Kami siap");
    }

    #[test]
    fn real_data_when_present() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/pfsa-id/dev.txt");
        if !p.exists() {
            eprintln!("skipping: {} is absent", p.display());
            return;
        }
        let docs = read(&p).unwrap_or_default();
        assert!(docs.len() > 100);
        let st = docs
            .iter()
            .flat_map(|d| d.entities.iter())
            .filter(|e| e.label == "STATEMENT")
            .count();
        assert!(st > 1000, "{st}");
        let r = evaluate(&docs);
        eprintln!("{}", r.table());
        if let Ok(n) = std::env::var("PFSA_EXAMPLES") {
            eprintln!("{}", error_examples(&docs, n.parse().unwrap_or(20)));
        }
        assert!(r.direct_overlap.f1() > 0.5, "{}", r.table());
    }
}
