//! The warta analysis pipeline: from an [`Article`] to a `warta.analysis/1` document.
//!
//! [`Analyzer`] is immutable and shared across threads (it holds `&'static` references to the
//! embedded lexicons); [`Scratch`] holds the per-thread buffers reused from article to article.
//!
//! Stages: text (tokens, sentences) -> lemmas -> lexicon matches -> entities, actors and
//! argument phrases -> times -> quotes (speakers resolved to actors) -> events -> output with
//! character offsets.
//!
//! ```
//! use warta_core::Article;
//! use warta_extract::{Analyzer, Scratch};
//! let art = Article { body: "Presiden Rusia mengunjungi Korea Utara.".into(), ..Article::default() };
//! let doc = Analyzer::new().analyze(&art, &mut Scratch::default());
//! assert_eq!(doc.schema, "warta.analysis/1");
//! assert_eq!(doc.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

mod entities;
mod output;

use warta_actors::{Lexicon, Match};
use warta_core::analysis::Analysis;
use warta_core::{Article, Span, TokenKind};
use warta_events::{Arg, DocView, Tok};
use warta_morph::Lemmatizer;
use warta_quotes::{Quote, QuoteKind, Speaker};
use warta_text::TextBuf;
use warta_time::TimeExpr;

/// Per-thread reusable buffers.
#[derive(Debug, Default)]
pub struct Scratch {
    text: TextBuf,
    lemma_buf: String,
    lemma_spans: Vec<(u32, u32)>,
    matches: Vec<Match>,
    times: Vec<TimeExpr>,
    quotes: Vec<Quote>,
    events: Vec<warta_events::Event>,
    tagging: TaggingScratch,
}

/// Buffers of the statistical taggers.
#[derive(Debug, Default)]
struct TaggingScratch {
    scratch: warta_tagger::Scratch,
    tags: Vec<u16>,
    hints: Vec<u8>,
    /// Token ranges to POS-tag.
    windows: Vec<(usize, usize)>,
}

/// The analysis pipeline (immutable, `Send + Sync`).
#[derive(Debug)]
pub struct Analyzer {
    lexicon: &'static Lexicon,
    lemmatizer: &'static Lemmatizer,
    ner: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// A quote with its speaker resolved.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedQuote {
    pub quote: Quote,
    pub speaker_actor: Option<usize>,
    pub speaker_span: Option<Span>,
}

impl Analyzer {
    /// A pipeline over the embedded lexicons and models.
    pub fn new() -> Analyzer {
        Analyzer {
            lexicon: Lexicon::embedded(),
            lemmatizer: Lemmatizer::embedded(),
            ner: true,
        }
    }

    /// The pipeline without the statistical NER tagger (lexicon and rules only), for comparisons.
    pub fn without_ner() -> Analyzer {
        Analyzer {
            ner: false,
            ..Analyzer::new()
        }
    }

    /// Analyses one article.
    pub fn analyze(&self, article: &Article, s: &mut Scratch) -> Analysis {
        let text = article.body.as_str();
        s.text.analyze(text);
        let tokens = &s.text.tokens;
        let sentences = &s.text.sentences;

        // lemmas into one arena
        s.lemma_buf.clear();
        s.lemma_spans.clear();
        for t in tokens {
            let start = s.lemma_buf.len() as u32;
            if t.kind == TokenKind::Word {
                let l = self.lemmatizer.lemma(t.text(text));
                if l.chars().any(char::is_uppercase) {
                    s.lemma_buf.push_str(&l.to_lowercase());
                } else {
                    s.lemma_buf.push_str(&l);
                }
            } else {
                s.lemma_buf.push_str(t.text(text));
            }
            s.lemma_spans.push((start, s.lemma_buf.len() as u32));
        }

        // sentence-initial tokens and tokens right after an opening quote mark
        let mut sent_start = vec![false; tokens.len()];
        for se in sentences {
            if se.tok_start < tokens.len() {
                sent_start[se.tok_start] = true;
            }
        }
        let mut after_quote = vec![false; tokens.len()];
        for (i, t) in tokens.iter().enumerate() {
            if matches!(t.kind, TokenKind::Quote | TokenKind::Punct) && i + 1 < tokens.len() {
                let p = t.text(text);
                if matches!(
                    p,
                    "\"" | "“" | "”" | "‘" | "'" | "«" | "(" | "–" | "—" | "-" | ":"
                ) {
                    after_quote[i + 1] = true;
                }
            }
        }

        s.matches.clear();
        self.lexicon.find(text, tokens, &mut s.matches);
        let (ner, upos) = if !self.ner {
            (vec![None; tokens.len()], vec![None; tokens.len()])
        } else {
            tagger_facts(text, tokens, sentences, &s.matches, &mut s.tagging)
        };
        let facts = entities::TokenFacts {
            sent_start: &sent_start,
            quoted_open: &after_quote,
            ner: &ner,
            upos: &upos,
        };
        let ents = entities::analyze(
            text,
            tokens,
            &facts,
            self.lexicon,
            &s.matches,
            article.source.as_deref(),
        );

        // times, resolved against the publication date (or the latest full date in the text)
        let published = article
            .published
            .or_else(|| warta_time::infer_published(text, tokens));
        s.times.clear();
        warta_time::find_times(text, tokens, published, &mut s.times);

        // quotes
        s.quotes.clear();
        let names: Vec<Span> = ents.mentions.iter().map(|m| m.span).collect();
        warta_quotes::find_quotes(text, tokens, sentences, &names, &mut s.quotes);
        let quotes = resolve_speakers(&s.quotes, &ents, tokens);

        // events
        let toks: Vec<Tok<'_>> = tokens
            .iter()
            .zip(&s.lemma_spans)
            .map(|(t, &(a, b))| Tok {
                text: t.text(text),
                lemma: &s.lemma_buf[a as usize..b as usize],
                span: t.span,
                kind: t.kind,
            })
            .collect();
        let args: Vec<Arg> = ents
            .args
            .iter()
            .map(|a| Arg {
                tok_start: a.tok.0,
                tok_end: a.tok.1,
                party: a.actor,
                key: ents.actors[a.actor].key,
                place: a.place,
                authority: !a.place
                    && matches!(
                        ents.actors[a.actor].sector.as_deref(),
                        Some("GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY" | "PTY" | "OPP" | "REB")
                    ),
            })
            .collect();
        let times_tok: Vec<(usize, usize)> =
            s.times.iter().map(|t| tok_range(tokens, t.span)).collect();
        let quoted: Vec<(usize, usize)> = quotes
            .iter()
            .filter(|q| q.quote.kind == QuoteKind::Direct)
            .map(|q| tok_range(tokens, q.quote.span))
            .collect();
        let view = DocView {
            toks: &toks,
            sentences,
            args: &args,
            times: &times_tok,
            quoted: &quoted,
        };
        warta_events::code_events(&view, &mut s.events);

        output::build(output::Input {
            article,
            text,
            published,
            sentences,
            tokens,
            ents: &ents,
            args: &args,
            times: &s.times,
            quotes: &quotes,
            events: &s.events,
        })
    }
}

/// A token's NER label and whether it opens the labelled span (`None`: the token was not tagged).
type NerLabel = Option<(&'static str, bool)>;

/// What the statistical taggers say about the tokens of the sentences where the lexicon leaves a
/// capitalised word uncovered (tokens of other sentences stay `None` in both lists):
/// - NER labels (`PER`/`ORG`/`LOC`, and whether the token opens the labelled span; `O` for a
///   token read as outside any name);
/// - for sentences where the NER model found a person by one word next to a capitalised word it
///   read as `O` (`Budi/O Karya/O Sumadi/B-PER`), whether the POS model (CSUI reading, the news
///   treebank's) reads each token as a proper noun; the entity rules let the person's name take
///   those proper nouns.
///
/// The POS model is fed surface tokens rather than clitic-split words: the tokens it is asked
/// about are capitalised names, which carry no clitics, and one tag per token keeps the indices
/// aligned.
fn tagger_facts(
    text: &str,
    tokens: &[warta_core::Token],
    sentences: &[warta_core::Sentence],
    matches: &[Match],
    ts: &mut TaggingScratch,
) -> (Vec<NerLabel>, Vec<Option<&'static str>>) {
    let mut out = vec![None; tokens.len()];
    let mut upos = vec![None; tokens.len()];
    let mut covered = vec![false; tokens.len()];
    for m in matches {
        for c in covered
            .iter_mut()
            .take(m.tok_end.min(tokens.len()))
            .skip(m.tok_start)
        {
            *c = true;
        }
    }
    let cap = |i: usize| {
        tokens[i].kind == TokenKind::Word
            && !covered[i]
            && tokens[i]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    let model = warta_tagger::Tagger::ner();
    let pos = warta_tagger::Tagger::pos();
    let mut spans: Vec<warta_tagger::BioSpan<'static>> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for se in sentences {
        let r = se.tokens();
        let undecided = r.clone().any(cap);
        if !undecided || r.len() > 400 {
            continue;
        }
        words.clear();
        words.extend(r.clone().map(|i| tokens[i].text(text)));
        model.tag(&words, &mut ts.scratch, &mut ts.tags);
        for slot in out.iter_mut().take(r.end).skip(r.start) {
            *slot = Some(("O", false));
        }
        spans.clear();
        warta_tagger::decode_bio_ids(model, &ts.tags, &mut spans);
        for sp in &spans {
            for k in sp.start..sp.end {
                if let Some(slot) = out.get_mut(r.start + k) {
                    *slot = Some((sp.label, k == sp.start));
                }
            }
        }
        // Asked of the POS model, in a window of a few words around each (the perceptron reads
        // two words either side; tagging windows rather than whole sentences keeps this off the
        // hot path): a person found by one word only, next to a capitalised word read as no
        // name; a capitalised word read as no name that may open a clause.
        let o_cap = |i: usize| cap(i) && out[i] == Some(("O", false));
        ts.windows.clear();
        for sp in &spans {
            let (a, b) = (r.start + sp.start, r.start + sp.end);
            if sp.label == "PER"
                && b == a + 1
                && ((a > r.start && o_cap(a - 1)) || (b < r.end && o_cap(b)))
            {
                ts.windows
                    .push((a.saturating_sub(4).max(r.start), (b + 4).min(r.end)));
            }
        }
        for i in r.clone() {
            if o_cap(i) && (i + 1 >= r.end || !cap(i + 1)) {
                // the end of a run read as no name, followed by a lower-case word
                let mut a = i;
                while a > r.start && o_cap(a - 1) {
                    a -= 1;
                }
                let next_word = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word);
                if next_word {
                    ts.windows
                        .push((a.saturating_sub(2).max(r.start), (i + 6).min(r.end)));
                }
            }
        }
        ts.windows.sort_unstable();
        let mut k = 0;
        while k < ts.windows.len() {
            let (a, mut b) = ts.windows[k];
            k += 1;
            while k < ts.windows.len() && ts.windows[k].0 <= b {
                b = b.max(ts.windows[k].1);
                k += 1;
            }
            let w = &words[a - r.start..b - r.start];
            ts.hints.clear();
            ts.hints
                .resize(w.len(), warta_tagger::UdConvention::Csui as u8);
            pos.tag_with_hints(w, &ts.hints, &mut ts.scratch, &mut ts.tags);
            for (j, &t) in ts.tags.iter().enumerate() {
                if let Some(slot) = upos.get_mut(a + j) {
                    *slot = Some(pos.tag_name(t));
                }
            }
        }
    }
    (out, upos)
}

/// Token index range covering a byte span.
fn tok_range(tokens: &[warta_core::Token], span: Span) -> (usize, usize) {
    let s = tokens.partition_point(|t| t.span.end <= span.start);
    let e = tokens.partition_point(|t| t.span.start < span.end);
    (s, e.max(s))
}

/// Resolves each quote's speaker to an actor: a named mention to the person (else the body or
/// place) inside it; an anaphor (`katanya`, `ujarnya`, `ia`) to the previous quote's speaker, or
/// the last person named before the quote.
fn resolve_speakers(
    quotes: &[Quote],
    ents: &entities::Entities,
    tokens: &[warta_core::Token],
) -> Vec<ResolvedQuote> {
    let mut out: Vec<ResolvedQuote> = Vec::with_capacity(quotes.len());
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| quotes[i].span.start);
    let mut last_speaker: Option<(usize, usize)> = None; // (actor, byte position)
    for &qi in &order {
        let q = quotes[qi];
        let (actor, span) = match q.speaker {
            Speaker::Mention(sp) => {
                let inside: Vec<&entities::Mention> = ents
                    .mentions
                    .iter()
                    .filter(|m| sp.overlaps(m.span))
                    .collect();
                // the name closing the phrase is the speaker (`Kuasa hukum Ahmad, Rudi Hartono`)
                let pick = inside
                    .iter()
                    .rev()
                    .find(|m| ents.actors[m.actor].person)
                    .or_else(|| inside.iter().find(|m| m.etype == "ORG"))
                    .or_else(|| inside.first())
                    .map(|m| m.actor)
                    .or_else(|| {
                        // the role phrase itself (`juru bicara KPK`) as an argument
                        let (ts, te) = tok_range(tokens, sp);
                        ents.args
                            .iter()
                            .find(|a| a.tok.0 < te && ts < a.tok.1)
                            .map(|a| a.actor)
                    });
                (pick, Some(sp))
            }
            Speaker::Anaphor(sp) => {
                // `..., katanya` continues the last speaker, unless a person was named after that
                // quote (`X membantah ... Ia mengatakan ...`): then it is that person.
                let before = q.span.start.min(sp.start);
                let since = last_speaker.map_or(0, |(_, end)| end);
                let recent = ents
                    .mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.span.end <= before && m.span.start >= since && ents.actors[m.actor].person
                    })
                    .map(|m| m.actor);
                let prev = recent.or(last_speaker.map(|(a, _)| a)).or_else(|| {
                    ents.mentions
                        .iter()
                        .rev()
                        .find(|m| m.span.end <= before && ents.actors[m.actor].person)
                        .map(|m| m.actor)
                });
                (prev, Some(sp))
            }
            Speaker::Unknown => (None, None),
        };
        if let Some(a) = actor {
            last_speaker = Some((a, q.span.end));
        }
        out.push(ResolvedQuote {
            quote: q,
            speaker_actor: actor,
            speaker_span: span,
        });
    }
    out
}
