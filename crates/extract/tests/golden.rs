//! Golden snapshots: whole articles (written for these tests, in `tests/fixtures/`, plus the
//! bundled `examples/*.txt`) through the whole pipeline, rendered as a stable, diff-friendly
//! text. A change in behaviour shows up as a snapshot diff to review.
//!
//! Re-bless after an intended change: `INSTA_UPDATE=always cargo test -p warta-extract --test
//! golden` (or `cargo insta review`), then read the diff before committing.

use std::fmt::Write;
use warta_core::analysis::{Analysis, PartyOut};
use warta_extract::{Analyzer, Scratch};

fn parties(ps: &[PartyOut]) -> String {
    ps.iter()
        .map(|p| {
            format!(
                "{} [{}]",
                p.text,
                p.org
                    .clone()
                    .or(p.country.clone())
                    .unwrap_or_else(|| "-".into())
            )
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// A compact rendering of what an analyst reads: metadata, events, quotes, times, entities.
fn render(d: &Analysis) -> String {
    let mut s = String::new();
    let a = &d.article;
    let _ = writeln!(s, "title: {:?}", a.title);
    let _ = writeln!(
        s,
        "source: {:?} dateline: {:?} published: {:?}",
        a.source, a.dateline, a.published
    );
    let _ = writeln!(s, "sentences: {}", d.sentences.len());
    s.push_str("events:\n");
    for e in &d.events {
        let date = e.date.as_ref().map_or("-".to_string(), |x| x.value.clone());
        let links: Vec<String> = e
            .links
            .iter()
            .map(|l| format!("{} {}", l.rel, l.event))
            .collect();
        let _ = writeln!(
            s,
            "  {} {} {:?} | {} -> {} | {} | {} | {}",
            e.id,
            e.cameo,
            e.trigger.text,
            parties(&e.actor),
            parties(&e.recipient),
            e.modality,
            date,
            links.join(", ")
        );
    }
    s.push_str("quotes:\n");
    for q in &d.quotes {
        let who = q
            .speaker
            .as_ref()
            .map_or("-".to_string(), |p| parties(std::slice::from_ref(p)));
        let text: String = q.text.chars().take(60).collect();
        let _ = writeln!(s, "  {} {} {:?} <- {}", q.id, q.kind, text, who);
    }
    s.push_str("times:\n");
    for t in &d.times {
        let _ = writeln!(s, "  {:?} = {:?} ({})", t.text, t.value, t.granularity);
    }
    s.push_str("entities:\n");
    for e in &d.entities {
        let actor = e
            .actor
            .as_ref()
            .and_then(|id| d.actors.iter().find(|a| &a.id == id));
        let key = actor
            .and_then(|a| a.org.clone().or(a.country.clone()))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(s, "  {} {:?} [{}]", e.kind, e.text, key);
    }
    s
}

fn analyze_file(path: &std::path::Path) -> Analysis {
    let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
    let art = warta_read::parse_plain(&text, &warta_read::ReadOptions::default());
    Analyzer::new().analyze(&art, &mut Scratch::default())
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        insta::assert_snapshot!(render(&analyze_file(path)));
    });
}

#[test]
fn bundled_examples() {
    insta::glob!("../../../examples", "*.txt", |path| {
        insta::assert_snapshot!(render(&analyze_file(path)));
    });
}

/// Offsets are the contract: every span in the document slices `text` to the text it reports.
#[test]
fn offsets_slice_the_text() {
    insta::glob!("fixtures/*.txt", |path| {
        let d = analyze_file(path);
        let chars: Vec<char> = d.text.chars().collect();
        let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
        for e in &d.entities {
            assert_eq!(slice(e.start, e.end), e.text);
        }
        for q in &d.quotes {
            assert_eq!(slice(q.start, q.end), q.text);
        }
        for t in &d.times {
            assert_eq!(slice(t.start, t.end), t.text);
        }
        for v in &d.events {
            assert_eq!(slice(v.trigger.start, v.trigger.end), v.trigger.text);
            assert!(v.sentence < d.sentences.len());
        }
    });
}
