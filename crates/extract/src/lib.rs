//! The warta analysis pipeline: from an [`Article`] to a `warta.analysis/1` document.
//!
//! [`Analyzer`] is immutable and shared across threads; [`Scratch`] holds the per-thread buffers
//! reused from article to article.
#![deny(missing_docs)]

use warta_core::analysis::{Analysis, ArticleMeta, Engine, SentenceOut, SCHEMA};
use warta_core::{Article, CharMap};
use warta_text::TextBuf;

/// Per-thread reusable buffers.
#[derive(Debug, Default)]
pub struct Scratch {
    text: TextBuf,
}

/// The analysis pipeline (immutable, `Send + Sync`).
#[derive(Debug, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// A pipeline over the embedded lexicons and models.
    pub fn new() -> Analyzer {
        Analyzer {}
    }

    /// Analyses one article.
    pub fn analyze(&self, article: &Article, scratch: &mut Scratch) -> Analysis {
        let text = article.body.as_str();
        scratch.text.analyze(text);
        let cm = CharMap::new(text);
        Analysis {
            schema: SCHEMA.to_string(),
            engine: Engine {
                name: "warta".into(),
                version: env!("CARGO_PKG_VERSION").into(),
                ..Engine::default()
            },
            article: ArticleMeta {
                id: article.id.clone(),
                url: article.url.clone(),
                title: article.title.clone(),
                source: article.source.clone(),
                dateline: article.dateline.clone(),
                published: article.published.map(|d| d.to_string()),
                language: "id".into(),
            },
            text: text.to_string(),
            sentences: scratch
                .text
                .sentences
                .iter()
                .map(|s| SentenceOut {
                    start: cm.char_offset(s.span.start),
                    end: cm.char_offset(s.span.end),
                })
                .collect(),
            ..Analysis::default()
        }
    }
}
