//! Conversion of the internal (byte-span) results into the `warta.analysis/1` document
//! (character offsets), done once at the output edge.

use crate::entities::{non_state, Entities};
use crate::ResolvedQuote;
use warta_core::analysis::*;
use warta_core::{Article, CharMap, Sentence, Span, Token, Ymd};
use warta_events::{plover, quad_class, Arg, Event};
use warta_time::TimeExpr;

pub(crate) struct Input<'a> {
    pub article: &'a Article,
    pub text: &'a str,
    pub published: Option<Ymd>,
    pub sentences: &'a [Sentence],
    pub tokens: &'a [Token],
    pub ents: &'a Entities,
    pub args: &'a [Arg],
    pub times: &'a [TimeExpr],
    pub quotes: &'a [ResolvedQuote],
    pub events: &'a [Event],
}

fn sentence_of(sentences: &[Sentence], byte: usize) -> usize {
    let i = sentences.partition_point(|s| s.span.end <= byte);
    i.min(sentences.len().saturating_sub(1))
}

pub(crate) fn build(inp: Input<'_>) -> Analysis {
    let text = inp.text;
    let cm = CharMap::new(text);
    let st = |sp: Span| SpanText {
        start: cm.char_offset(sp.start),
        end: cm.char_offset(sp.end),
        text: sp.slice(text).to_string(),
    };
    let ents = inp.ents;
    let a = inp.article;

    // entities, and the actors that have at least one mention
    let mut tab = ActorTable {
        ids: vec![None; ents.actors.len()],
        out: Vec::new(),
    };
    let mut entities = Vec::with_capacity(ents.mentions.len());
    for (i, m) in ents.mentions.iter().enumerate() {
        let k = tab.id_of(ents, m.actor);
        let eid = format!("e{i}");
        tab.out[k].mentions.push(eid.clone());
        entities.push(EntityOut {
            id: eid,
            kind: m.etype.to_string(),
            start: cm.char_offset(m.span.start),
            end: cm.char_offset(m.span.end),
            text: m.span.slice(text).to_string(),
            sentence: sentence_of(inp.sentences, m.span.start),
            actor: Some(format!("a{k}")),
        });
    }
    let arg_text = |g: &Arg| {
        let s = inp.tokens[g.tok_start].span.start;
        let e = inp.tokens[g.tok_end - 1].span.end;
        text[s..e].to_string()
    };

    let times: Vec<TimeOut> = inp
        .times
        .iter()
        .map(|t| TimeOut {
            start: cm.char_offset(t.span.start),
            end: cm.char_offset(t.span.end),
            text: t.span.slice(text).to_string(),
            value: t.value.clone(),
            granularity: t.granularity.as_str().to_string(),
        })
        .collect();

    let quotes: Vec<QuoteOut> = inp
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let speaker = q.speaker_actor.map(|a| {
                let t = match q.quote.speaker {
                    warta_quotes::Speaker::Mention(sp) => sp.slice(text).to_string(),
                    _ => ents.actors[a].name.clone(),
                };
                tab.party(ents, a, t)
            });
            QuoteOut {
                id: format!("q{i}"),
                kind: q.quote.kind.as_str().to_string(),
                start: cm.char_offset(q.quote.span.start),
                end: cm.char_offset(q.quote.span.end),
                text: q.quote.span.slice(text).to_string(),
                speaker,
                speaker_mention: q.speaker_span.map(st),
                cue: q.quote.cue.map(st),
                sentence: q.quote.sentence.min(inp.sentences.len().saturating_sub(1)),
            }
        })
        .collect();

    let events: Vec<EventOut> = inp
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let trig = Span::new(
                inp.tokens[e.trigger.0].span.start,
                inp.tokens[e.trigger.1 - 1].span.end,
            );
            let date = match e.time.and_then(|t| inp.times.get(t)) {
                Some(t) if t.value.is_some() => Some(DateOut {
                    value: t.value.clone().unwrap_or_default(),
                    granularity: t.granularity.as_str().to_string(),
                    text: Some(t.span.slice(text).to_string()),
                }),
                _ => inp.published.map(|p| DateOut {
                    value: p.to_string(),
                    granularity: "day".into(),
                    text: None,
                }),
            };
            let location = e.location.map(|l| {
                let g = &inp.args[l];
                LocationOut {
                    text: arg_text(g),
                    country: ents.actors[g.party].country.clone(),
                }
            });
            EventOut {
                id: format!("v{i}"),
                cameo: e.cameo.to_string(),
                quad_class: quad_class(e.cameo),
                plover: plover(e.cameo).map(|p| PloverOut {
                    event: p.event.to_string(),
                    mode: p.mode.map(str::to_string),
                    context: p.context.iter().map(|c| c.to_string()).collect(),
                }),
                actor: e
                    .actors
                    .iter()
                    .map(|&g| tab.party(ents, inp.args[g].party, arg_text(&inp.args[g])))
                    .collect(),
                recipient: e
                    .recipients
                    .iter()
                    .map(|&g| tab.party(ents, inp.args[g].party, arg_text(&inp.args[g])))
                    .collect(),
                modality: e.modality.as_str().to_string(),
                date,
                location,
                trigger: st(trig),
                sentence: e.sentence,
                confidence: e.confidence,
                links: e
                    .links
                    .iter()
                    .map(|&(rel, t)| LinkOut {
                        rel: rel.as_str().to_string(),
                        event: format!("v{t}"),
                    })
                    .collect(),
            }
        })
        .collect();

    let mut engine = Engine {
        name: "warta".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        ..Engine::default()
    };
    engine.data.insert(
        "events".into(),
        format!("triggers:{}", warta_events::Dictionary::embedded().len()),
    );
    engine.data.insert(
        "actors".into(),
        format!("entries:{}", crate::Lexicon::embedded().len()),
    );

    Analysis {
        schema: SCHEMA.to_string(),
        engine,
        article: ArticleMeta {
            id: a.id.clone(),
            url: a.url.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            dateline: a.dateline.clone(),
            published: inp.published.map(|d| d.to_string()),
            language: "id".into(),
        },
        text: text.to_string(),
        sentences: inp
            .sentences
            .iter()
            .map(|s| SentenceOut {
                start: cm.char_offset(s.span.start),
                end: cm.char_offset(s.span.end),
            })
            .collect(),
        entities,
        actors: tab.out,
        events,
        quotes,
        times,
    }
}

/// Output actors, numbered in order of first use.
struct ActorTable {
    ids: Vec<Option<usize>>,
    out: Vec<ActorOut>,
}

impl ActorTable {
    fn id_of(&mut self, ents: &Entities, idx: usize) -> usize {
        if let Some(k) = self.ids[idx] {
            return k;
        }
        let r = &ents.actors[idx];
        let k = self.out.len();
        self.ids[idx] = Some(k);
        self.out.push(ActorOut {
            id: format!("a{k}"),
            name: r.name.clone(),
            country: r.country.clone(),
            sector: r.sector.clone(),
            org: r.org.clone().filter(|_| non_state(r.country.as_deref())),
            role: r.role.clone(),
            wikidata: r.wikidata.clone(),
            mentions: Vec::new(),
        });
        k
    }

    fn party(&mut self, ents: &Entities, actor: usize, text: String) -> PartyOut {
        let k = self.id_of(ents, actor);
        let r = &ents.actors[actor];
        PartyOut {
            actor: Some(format!("a{k}")),
            text,
            country: r.country.clone(),
            sector: r.sector.clone(),
            org: r.org.clone().filter(|_| non_state(r.country.as_deref())),
        }
    }
}
