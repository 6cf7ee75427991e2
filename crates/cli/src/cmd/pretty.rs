//! The `--format pretty` terminal view of an analysis: the article with entities, quotes and event
//! triggers marked, then tables of events and quotes.
//!
//! Marks: `[Moskow|LOC RUS]` an entity, `«...»` a quote, `{mengunjungi}#v0` an event trigger.
use std::io::{self, Write};
use warta_core::analysis::{Analysis, PartyOut};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Edge {
    // at equal offsets: closers before openers, so marks nest
    Close,
    Open,
}

/// Writes a readable view of `d`.
pub fn write(out: &mut dyn Write, d: &Analysis) -> io::Result<()> {
    let a = &d.article;
    writeln!(out, "== {}", a.title.as_deref().unwrap_or("(untitled)"))?;
    writeln!(
        out,
        "   source: {}  dateline: {}  published: {}  id: {}",
        a.source.as_deref().unwrap_or("-"),
        a.dateline.as_deref().unwrap_or("-"),
        a.published.as_deref().unwrap_or("-"),
        a.id.as_deref().unwrap_or("-"),
    )?;
    writeln!(
        out,
        "   {} sentences, {} entities, {} actors, {} quotes, {} events, {} times",
        d.sentences.len(),
        d.entities.len(),
        d.actors.len(),
        d.quotes.len(),
        d.events.len(),
        d.times.len()
    )?;
    writeln!(out)?;

    // marks: (char offset, edge, text)
    let key_of = |actor: &Option<String>| -> String {
        actor
            .as_ref()
            .and_then(|id| d.actors.iter().find(|x| &x.id == id))
            .and_then(|x| x.org.clone().or(x.country.clone()))
            .unwrap_or_else(|| "?".into())
    };
    // (offset, edge, span length, text): at one offset the longer span opens first and closes last
    let mut marks: Vec<(usize, Edge, usize, String)> = Vec::new();
    for e in &d.entities {
        marks.push((e.start, Edge::Open, e.end - e.start, "[".into()));
        marks.push((
            e.end,
            Edge::Close,
            e.end - e.start,
            format!("|{} {}]", e.kind, key_of(&e.actor)),
        ));
    }
    for q in &d.quotes {
        marks.push((q.start, Edge::Open, q.end - q.start, "«".into()));
        marks.push((q.end, Edge::Close, q.end - q.start, "»".into()));
    }
    for v in &d.events {
        marks.push((
            v.trigger.start,
            Edge::Open,
            v.trigger.end - v.trigger.start,
            "{".into(),
        ));
        marks.push((
            v.trigger.end,
            Edge::Close,
            v.trigger.end - v.trigger.start,
            format!("}}#{}", v.id),
        ));
    }
    marks.sort_by(|x, y| {
        let kx = if x.1 == Edge::Open {
            usize::MAX - x.2
        } else {
            x.2
        };
        let ky = if y.1 == Edge::Open {
            usize::MAX - y.2
        } else {
            y.2
        };
        (x.0, x.1, kx).cmp(&(y.0, y.1, ky))
    });
    let mut mi = 0;
    let mut body = String::with_capacity(d.text.len() * 2);
    for (ci, ch) in d.text.chars().enumerate() {
        while mi < marks.len() && marks[mi].0 == ci {
            body.push_str(&marks[mi].3);
            mi += 1;
        }
        body.push(ch);
    }
    for m in &marks[mi..] {
        body.push_str(&m.3);
    }
    for line in body.lines() {
        writeln!(out, "   {line}")?;
    }
    writeln!(out)?;

    let party = |ps: &[PartyOut]| -> String {
        if ps.is_empty() {
            return "-".into();
        }
        ps.iter()
            .map(|p| {
                format!(
                    "{} ({})",
                    p.text,
                    p.org
                        .clone()
                        .or(p.country.clone())
                        .unwrap_or_else(|| "?".into())
                )
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    if !d.events.is_empty() {
        writeln!(out, "   EVENTS")?;
        writeln!(
            out,
            "   {:<4} {:<5} {:<13} {:<11} {:<30} {:<30} date / trigger / links",
            "id", "cameo", "plover", "modality", "actor", "recipient"
        )?;
        for v in &d.events {
            let plover = v
                .plover
                .as_ref()
                .map_or("-".to_string(), |p| p.event.clone());
            let date = v.date.as_ref().map_or("-".to_string(), |x| x.value.clone());
            let links: Vec<String> = v
                .links
                .iter()
                .map(|l| format!("{} {}", l.rel, l.event))
                .collect();
            let modality = if v.modality == "asserted" {
                v.modality.clone()
            } else {
                v.modality.to_uppercase()
            };
            writeln!(
                out,
                "   {:<4} {:<5} {:<13} {:<11} {:<30} {:<30} {} / {:?}{}",
                v.id,
                v.cameo,
                plover,
                modality,
                clip(&party(&v.actor), 30),
                clip(&party(&v.recipient), 30),
                date,
                v.trigger.text,
                if links.is_empty() {
                    String::new()
                } else {
                    format!(" / {}", links.join(", "))
                }
            )?;
        }
        writeln!(out)?;
    }
    if !d.quotes.is_empty() {
        writeln!(out, "   QUOTES")?;
        for q in &d.quotes {
            let who = q
                .speaker
                .as_ref()
                .map_or("(unattributed)".to_string(), |p| {
                    party(std::slice::from_ref(p))
                });
            writeln!(
                out,
                "   {:<4} {:<8} {} <- {}",
                q.id,
                q.kind,
                clip(&q.text, 70),
                who
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
