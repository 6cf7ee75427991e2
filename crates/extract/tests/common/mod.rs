//! Shared by the table-driven tests: one sentence through the whole pipeline, and the report of
//! a table's failing cases.

use warta_core::analysis::Analysis;
use warta_core::{Article, Ymd};
use warta_extract::{Analyzer, Scratch};

/// Analyses `text` as an article body published on 2025-06-19.
pub fn analyze(text: &str) -> Analysis {
    let art = Article {
        body: text.to_string(),
        published: Ymd::new(2025, 6, 19),
        ..Article::default()
    };
    Analyzer::new().analyze(&art, &mut Scratch::default())
}

/// Fails with every failing case of a table of `n` cases listed.
pub fn report(failures: &[String], n: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        n,
        failures.join("\n")
    );
}
