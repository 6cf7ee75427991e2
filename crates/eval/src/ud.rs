//! Universal Dependencies evaluation of the text layer, from raw text, as the CoNLL 2018 shared task
//! script (`conll18_ud_eval.py`) scores it.
//!
//! 1. The raw text is the `# text` of every sentence, joined by one space (no line breaks, so
//!    sentence splitting gets no help from the layout).
//! 2. The text is tokenised and split by `warta-text`; each surface token is split into syntactic
//!    words with their lemmas by `warta_morph::Lemmatizer::words_at` (told whether the token
//!    starts a sentence), following the treebank's lemma conventions ([`convention_for`]) and
//!    tokenisation conventions ([`text_convention_for`]: GSD detaches abbreviation dots).
//! 3. Gold and system are aligned on characters with whitespace removed, exactly as the script
//!    does: tokens and sentences score by exact span match; words align by span, and inside
//!    multi-word tokens by the longest common subsequence of lower-cased forms.
//!
//! Metrics are the script's: Tokens, Sentences and Words F1, and Lemmas (F1 of aligned words with
//! the gold lemma); also the lemma accuracy on aligned words, overall and on content words
//! (NOUN, VERB, ADJ, ADV, PROPN).
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use warta_morph::{Convention, Lemmatizer, Word};
use warta_text::TextBuf;

/// Errors of the UD harness.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not valid CoNLL-U.
    #[error("line {line}: {msg}")]
    Format {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// Gold forms and raw text disagree on their characters (whitespace ignored).
    #[error("gold forms and raw text differ: {0}")]
    Mismatch(String),
}

/// Result alias of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One syntactic word of a CoNLL-U sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdWord {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
}

/// One surface token: a plain word line or a multi-word token range (`3-4`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdToken {
    /// FORM of the token line (of the range line for a multi-word token).
    pub form: String,
    /// Its words, as indices into [`UdSentence::words`].
    pub words: Range<usize>,
    /// False when MISC says `SpaceAfter=No`.
    pub space_after: bool,
}

/// One CoNLL-U sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UdSentence {
    /// `# sent_id`.
    pub sent_id: Option<String>,
    /// `# text`.
    pub text: Option<String>,
    /// Surface tokens in order.
    pub tokens: Vec<UdToken>,
    /// Syntactic words in order (empty nodes `8.1` are skipped).
    pub words: Vec<UdWord>,
}

impl UdSentence {
    /// The sentence text: `# text`, or the tokens joined as `SpaceAfter` says.
    pub fn raw_text(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut s = String::new();
        for t in &self.tokens {
            s.push_str(&t.form);
            if t.space_after {
                s.push(' ');
            }
        }
        s.truncate(s.trim_end().len());
        s
    }
}

/// Reads CoNLL-U text.
pub fn read_conllu(src: &str) -> Result<Vec<UdSentence>> {
    let mut out = Vec::new();
    let mut cur = UdSentence::default();
    let mut mwt_end = 0usize; // last word id covered by the current multi-word token
    let mut fresh = true;
    for (ln, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let err = |msg: &str| Error::Format {
            line: ln + 1,
            msg: msg.to_string(),
        };
        if line.trim().is_empty() {
            if !fresh {
                out.push(std::mem::take(&mut cur));
                fresh = true;
                mwt_end = 0;
            }
            continue;
        }
        fresh = false;
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(v) = c.strip_prefix("text =") {
                cur.text = Some(v.strip_prefix(' ').unwrap_or(v).to_string());
            } else if let Some(v) = c.strip_prefix("sent_id =") {
                cur.sent_id = Some(v.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(&format!("expected 10 columns, found {}", cols.len())));
        }
        let id = cols[0];
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if id.contains('.') {
            continue; // empty node
        }
        if let Some((a, b)) = id.split_once('-') {
            let a: usize = a.parse().map_err(|_| err("bad range id"))?;
            let b: usize = b.parse().map_err(|_| err("bad range id"))?;
            if b < a {
                return Err(err("empty range"));
            }
            let first = cur.words.len();
            cur.tokens.push(UdToken {
                form: cols[1].to_string(),
                words: first..first + (b - a + 1),
                space_after,
            });
            mwt_end = b;
            continue;
        }
        let n: usize = id.parse().map_err(|_| err("bad word id"))?;
        cur.words.push(UdWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
        });
        if n > mwt_end {
            let w = cur.words.len();
            cur.tokens.push(UdToken {
                form: cols[1].to_string(),
                words: w - 1..w,
                space_after,
            });
        }
    }
    if !fresh {
        out.push(cur);
    }
    // a multi-word range must be covered by the words that follow it
    for s in &out {
        if s.tokens.last().is_some_and(|t| t.words.end > s.words.len()) {
            return Err(Error::Format {
                line: 0,
                msg: format!(
                    "sentence {}: multi-word token without its words",
                    s.sent_id.as_deref().unwrap_or("?")
                ),
            });
        }
    }
    Ok(out)
}

/// Reads a CoNLL-U file.
pub fn read_conllu_file(path: &Path) -> Result<Vec<UdSentence>> {
    let src = std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    read_conllu(&String::from_utf8_lossy(&src))
}

/// Counts behind one metric, as the CoNLL 2018 script keeps them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Score {
    /// Gold items.
    pub gold: usize,
    /// System items.
    pub system: usize,
    /// Correct items.
    pub correct: usize,
    /// Aligned words (for word-level attributes such as lemmas), else `None`.
    pub aligned: Option<usize>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        100.0 * ratio(self.correct, self.system)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        100.0 * ratio(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        100.0 * ratio(2 * self.correct, self.gold + self.system)
    }
    /// Accuracy on aligned items in percent (`correct / aligned`), when aligned.
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned.map(|a| 100.0 * ratio(self.correct, a))
    }
}

/// Scores of one evaluation.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct UdReport {
    /// Tokens F1.
    pub tokens: Score,
    /// Sentences F1.
    pub sentences: Score,
    /// Words F1.
    pub words: Score,
    /// Lemmas (F1 over words; `aligned_accuracy` = lemma accuracy on aligned words).
    pub lemmas: Score,
    /// Lemmas restricted to gold content words (NOUN, VERB, ADJ, ADV, PROPN).
    pub content_lemmas: Score,
    /// Examples of errors for inspection (missed gold tokens and sentence ends, wrong lemmas).
    pub examples: Vec<String>,
}

/// Options of [`evaluate_raw`].
#[derive(Clone, Copy, Debug, Default)]
pub struct EvalOptions {
    /// How many error examples to collect.
    pub max_examples: usize,
    /// Whose lemma conventions the lemmatiser follows (the treebanks disagree).
    pub convention: Convention,
    /// Whose tokenisation conventions the tokenizer follows (GSD detaches abbreviation dots).
    pub text_convention: warta_text::Convention,
}

/// The tokenisation convention of a treebank file, from its name (`id_gsd-ud-test.conllu` ->
/// GSD); the standard conventions (CSUI, PUD) otherwise.
pub fn text_convention_for(path: &Path) -> warta_text::Convention {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.contains("gsd") {
        warta_text::Convention::Gsd
    } else {
        warta_text::Convention::Standard
    }
}

/// The lemma convention of a treebank file, from its name (`id_csui-ud-test.conllu` -> CSUI);
/// GSD conventions otherwise.
pub fn convention_for(path: &Path) -> Convention {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name.contains("csui") {
        Convention::Csui
    } else {
        Convention::Gsd
    }
}

/// A span in the whitespace-free character sequence, and for words their form, lemma and UPOS.
#[derive(Clone, Debug)]
struct SpanWord {
    span: (usize, usize),
    multi: bool,
    form_lower: String,
    lemma: String,
    upos: String,
}

type Spans = Vec<(usize, usize)>;

/// The gold side: token, sentence and word spans over whitespace-free characters.
fn gold_side(sents: &[UdSentence]) -> (Spans, Spans, Vec<SpanWord>, usize) {
    let (mut toks, mut sspans, mut words) = (Vec::new(), Vec::new(), Vec::new());
    let mut idx = 0usize;
    for s in sents {
        let start = idx;
        for t in &s.tokens {
            let len = t.form.chars().filter(|c| !c.is_whitespace()).count();
            let span = (idx, idx + len);
            idx += len;
            toks.push(span);
            let multi = t.words.len() > 1;
            for w in &s.words[t.words.clone()] {
                words.push(SpanWord {
                    span,
                    multi,
                    form_lower: w.form.to_lowercase(),
                    lemma: w.lemma.clone(),
                    upos: w.upos.clone(),
                });
            }
        }
        if idx > start {
            sspans.push((start, idx));
        }
    }
    (toks, sspans, words, idx)
}

/// The system side, from raw text.
fn system_side(
    raw: &str,
    convention: Convention,
    text_convention: warta_text::Convention,
) -> (Spans, Spans, Vec<SpanWord>, usize) {
    let mut buf = TextBuf::default();
    buf.analyze_with(raw, text_convention);
    let lem = Lemmatizer::embedded_for(convention);
    let mut initial = vec![false; buf.tokens.len()];
    for s in &buf.sentences {
        if let Some(x) = initial.get_mut(s.tok_start) {
            *x = true;
        }
    }
    let mut toks = Vec::with_capacity(buf.tokens.len());
    // walk the text once, counting non-whitespace characters
    let (mut pos, mut idx) = (0usize, 0usize);
    let mut advance = |to: usize| {
        for c in raw[pos..to].chars() {
            if !c.is_whitespace() {
                idx += 1;
            }
        }
        pos = to;
        idx
    };
    for t in &buf.tokens {
        let a = advance(t.span.start);
        let b = advance(t.span.end);
        toks.push((a, b));
    }
    let total = advance(raw.len());
    let mut words = Vec::with_capacity(toks.len());
    let mut ws: Vec<Word> = Vec::new();
    for ((t, &span), &first) in buf.tokens.iter().zip(&toks).zip(&initial) {
        let text = t.text(raw);
        ws.clear();
        lem.words_at(text, first, &mut ws);
        let multi = ws.len() > 1;
        for w in &ws {
            let form = text.get(w.range.clone()).unwrap_or(text);
            words.push(SpanWord {
                span,
                multi,
                form_lower: form.to_lowercase(),
                lemma: w.lemma.clone(),
                upos: String::new(),
            });
        }
    }
    let sents = buf
        .sentences
        .iter()
        .filter(|s| s.tok_end > s.tok_start)
        .map(|s| (toks[s.tok_start].0, toks[s.tok_end - 1].1))
        .collect();
    (toks, sents, words, total)
}

/// The script's `spans_score`.
fn spans_score(gold: &[(usize, usize)], sys: &[(usize, usize)]) -> Score {
    let (mut gi, mut si, mut correct) = (0, 0, 0);
    while gi < gold.len() && si < sys.len() {
        if sys[si].0 < gold[gi].0 {
            si += 1;
        } else if gold[gi].0 < sys[si].0 {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].1 == sys[si].1);
            gi += 1;
            si += 1;
        }
    }
    Score {
        gold: gold.len(),
        system: sys.len(),
        correct,
        aligned: None,
    }
}

fn beyond_end(words: &[SpanWord], i: usize, end: usize) -> bool {
    match words.get(i) {
        None => true,
        Some(w) if w.multi => w.span.0 >= end,
        Some(w) => w.span.1 > end,
    }
}

fn extend_end(w: &SpanWord, end: usize) -> usize {
    if w.multi && w.span.1 > end {
        w.span.1
    } else {
        end
    }
}

/// The script's `align_words`: pairs of (gold index, system index).
fn align_words(gold: &[SpanWord], sys: &[SpanWord]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < sys.len() {
        if gold[gi].multi || sys[si].multi {
            // find_multiword_span
            let mut end;
            if gold[gi].multi {
                end = gold[gi].span.1;
                if !sys[si].multi && sys[si].span.0 < gold[gi].span.0 {
                    si += 1;
                }
            } else {
                end = sys[si].span.1;
                if !gold[gi].multi && gold[gi].span.0 < sys[si].span.0 {
                    gi += 1;
                }
            }
            let (gs, ss) = (gi, si);
            while !beyond_end(gold, gi, end) || !beyond_end(sys, si, end) {
                if gi < gold.len() && (si >= sys.len() || gold[gi].span.0 <= sys[si].span.0) {
                    end = extend_end(&gold[gi], end);
                    gi += 1;
                } else {
                    end = extend_end(&sys[si], end);
                    si += 1;
                }
            }
            if si > ss && gi > gs {
                lcs_align(&gold[gs..gi], &sys[ss..si], gs, ss, &mut pairs);
            }
        } else if gold[gi].span == sys[si].span {
            pairs.push((gi, si));
            gi += 1;
            si += 1;
        } else if gold[gi].span.0 <= sys[si].span.0 {
            gi += 1;
        } else {
            si += 1;
        }
    }
    pairs
}

/// LCS alignment of lower-cased forms inside one multi-word span (the script's `compute_lcs`).
fn lcs_align(
    g: &[SpanWord],
    s: &[SpanWord],
    g0: usize,
    s0: usize,
    pairs: &mut Vec<(usize, usize)>,
) {
    let (n, m) = (g.len(), s.len());
    let at = |t: &Vec<usize>, i: usize, j: usize| if i < n && j < m { t[i * m + j] } else { 0 };
    let mut lcs = vec![0usize; n * m];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let mut v = if g[i].form_lower == s[j].form_lower {
                1 + at(&lcs, i + 1, j + 1)
            } else {
                0
            };
            v = v.max(at(&lcs, i + 1, j)).max(at(&lcs, i, j + 1));
            lcs[i * m + j] = v;
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if g[i].form_lower == s[j].form_lower {
            pairs.push((g0 + i, s0 + j));
            i += 1;
            j += 1;
        } else if at(&lcs, i, j) == at(&lcs, i + 1, j) {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// True for the content-word UPOS tags.
fn is_content(upos: &str) -> bool {
    matches!(upos, "NOUN" | "VERB" | "ADJ" | "ADV" | "PROPN")
}

/// The raw text of a treebank: the sentences' texts joined by one space.
pub fn raw_text(sents: &[UdSentence]) -> String {
    let mut raw = String::new();
    for s in sents {
        if !raw.is_empty() {
            raw.push(' ');
        }
        raw.push_str(&s.raw_text());
    }
    raw
}

/// Evaluates the text layer and lemmatiser on `sents` from their raw text.
pub fn evaluate_raw(sents: &[UdSentence], opts: EvalOptions) -> Result<UdReport> {
    let raw = raw_text(sents);
    let (gt, gs, gw, gn) = gold_side(sents);
    let (st, ss, sw, sn) = system_side(&raw, opts.convention, opts.text_convention);
    if gn != sn {
        return Err(Error::Mismatch(format!(
            "{gn} non-space characters in the gold forms, {sn} in the raw text"
        )));
    }
    let pairs = align_words(&gw, &sw);
    let lemma_ok = |g: &SpanWord, s: &SpanWord| g.lemma == "_" || g.lemma == s.lemma;
    let mut rep = UdReport {
        tokens: spans_score(&gt, &st),
        sentences: spans_score(&gs, &ss),
        words: Score {
            gold: gw.len(),
            system: sw.len(),
            correct: pairs.len(),
            aligned: None,
        },
        ..UdReport::default()
    };
    let lemma_correct = pairs
        .iter()
        .filter(|&&(g, s)| lemma_ok(&gw[g], &sw[s]))
        .count();
    rep.lemmas = Score {
        gold: gw.len(),
        system: sw.len(),
        correct: lemma_correct,
        aligned: Some(pairs.len()),
    };
    let content = |w: &SpanWord| is_content(&w.upos);
    let content_pairs: Vec<_> = pairs.iter().filter(|&&(g, _)| content(&gw[g])).collect();
    rep.content_lemmas = Score {
        gold: gw.iter().filter(|w| content(w)).count(),
        // the system has no UPOS: count the system words aligned to gold content words
        system: content_pairs.len(),
        correct: content_pairs
            .iter()
            .filter(|&&&(g, s)| lemma_ok(&gw[g], &sw[s]))
            .count(),
        aligned: Some(content_pairs.len()),
    };
    if opts.max_examples > 0 {
        rep.examples = examples(
            &raw,
            &gt,
            &st,
            &gs,
            &ss,
            &gw,
            &sw,
            &pairs,
            opts.max_examples,
        );
    }
    Ok(rep)
}

/// Error examples: gold tokens the system did not produce, gold sentence ends it missed, system
/// sentence ends that are not gold, and wrong lemmas.
#[allow(clippy::too_many_arguments)]
fn examples(
    raw: &str,
    gt: &[(usize, usize)],
    st: &[(usize, usize)],
    gs: &[(usize, usize)],
    ss: &[(usize, usize)],
    gw: &[SpanWord],
    sw: &[SpanWord],
    pairs: &[(usize, usize)],
    max: usize,
) -> Vec<String> {
    // non-space char index -> byte offset in raw
    let mut byte_of = Vec::with_capacity(raw.len() + 1);
    for (b, c) in raw.char_indices() {
        if !c.is_whitespace() {
            byte_of.push(b);
        }
    }
    byte_of.push(raw.len());
    let snippet = |a: usize, b: usize| {
        let ba = byte_of[a.min(byte_of.len() - 1)];
        let bb = byte_of[b.min(byte_of.len() - 1)];
        let lo = floor(raw, ba.saturating_sub(30));
        let hi = floor(raw, (bb + 30).min(raw.len()));
        format!("{}[[{}]]{}", &raw[lo..ba], &raw[ba..bb], &raw[bb..hi]).replace('\n', " ")
    };
    let mut out = Vec::new();
    let sys_tok: std::collections::HashSet<_> = st.iter().collect();
    for g in gt {
        if out.len() >= max / 3 {
            break;
        }
        if !sys_tok.contains(g) {
            out.push(format!("token  missed: {}", snippet(g.0, g.1)));
        }
    }
    let gold_ends: std::collections::HashSet<_> = gs.iter().map(|s| s.1).collect();
    let sys_ends: std::collections::HashSet<_> = ss.iter().map(|s| s.1).collect();
    let mut n = 0;
    for s in gs {
        if n >= max / 6 {
            break;
        }
        if !sys_ends.contains(&s.1) {
            out.push(format!("sent   end missed: {}", snippet(s.1, s.1)));
            n += 1;
        }
    }
    n = 0;
    for s in ss {
        if n >= max / 6 {
            break;
        }
        if !gold_ends.contains(&s.1) {
            out.push(format!("sent   end spurious: {}", snippet(s.1, s.1)));
            n += 1;
        }
    }
    let mut line = String::new();
    for &(g, s) in pairs {
        if out.len() >= max {
            break;
        }
        if gw[g].lemma != "_" && gw[g].lemma != sw[s].lemma {
            line.clear();
            let _ = write!(
                line,
                "lemma  {} ({}): gold {} system {}",
                gw[g].form_lower, gw[g].upos, gw[g].lemma, sw[s].lemma
            );
            out.push(line.clone());
        }
    }
    out
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = Rumahnya besar.\n1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tRumah\trumah\tNOUN\t_\t_\t0\troot\t_\t_\n2\tnya\tia\tPRON\t_\t_\t1\tnmod\t_\t_\n3\tbesar\tbesar\tADJ\t_\t_\t1\tamod\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n# sent_id = 2\n# text = Dia pergi.\n1\tDia\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tpergi\tpergi\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n";

    #[test]
    fn reads_multiword_tokens() {
        let s = read_conllu(SAMPLE).expect("valid");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens.len(), 3);
        assert_eq!(s[0].tokens[0].words, 0..2);
        assert_eq!(s[0].words.len(), 4);
        assert!(!s[0].tokens[1].space_after);
        assert_eq!(raw_text(&s), "Rumahnya besar. Dia pergi.");
    }

    #[test]
    fn bad_lines_are_errors() {
        for bad in [
            "1\tonly\tthree\n",
            "x\ta\tb\tc\td\te\tf\tg\th\ti\n",
            "3-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n",
        ] {
            assert!(read_conllu(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn spans_score_matches_script() {
        let gold = [(0, 3), (3, 4), (4, 8)];
        let sys = [(0, 3), (3, 8)];
        let s = spans_score(&gold, &sys);
        assert_eq!((s.gold, s.system, s.correct), (3, 2, 1));
        assert!((s.f1() - 40.0).abs() < 1e-9);
    }

    #[test]
    fn tokens_and_sentences_from_raw_text() {
        let s = read_conllu(SAMPLE).expect("valid");
        let r = evaluate_raw(&s, EvalOptions::default()).expect("aligned");
        assert_eq!(r.tokens.gold, 6);
        assert_eq!(r.tokens.correct, r.tokens.system, "{r:?}");
        assert_eq!(r.sentences.correct, 2);
        // gold has 7 words (Rumahnya = Rumah + nya); all others align by span
        assert_eq!(r.words.gold, 7);
        assert!(r.words.correct >= 5);
    }

    fn w(span: (usize, usize), multi: bool, form: &str) -> SpanWord {
        SpanWord {
            span,
            multi,
            form_lower: form.into(),
            lemma: form.into(),
            upos: String::new(),
        }
    }

    #[test]
    fn multiword_alignment_uses_lcs() {
        // gold: "rumahnya" = rumah + nya; system: one word "rumahnya" then "besar"
        let gold = [
            w((0, 8), true, "rumah"),
            w((0, 8), true, "nya"),
            w((8, 13), false, "besar"),
        ];
        let sys = [w((0, 8), false, "rumahnya"), w((8, 13), false, "besar")];
        assert_eq!(align_words(&gold, &sys), vec![(2, 1)]);
        let sys2 = [
            w((0, 8), true, "rumah"),
            w((0, 8), true, "nya"),
            w((8, 13), false, "besar"),
        ];
        assert_eq!(align_words(&gold, &sys2), vec![(0, 0), (1, 1), (2, 2)]);
    }
}
