//! Prints how long the first `Analyzer::new()` plus one analysis take in a fresh process: the
//! cost of loading every embedded lexicon and model (actors, lemmas, triggers, PLOVER table).
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let an = warta_extract::Analyzer::new();
    let art = warta_core::Article {
        body: "Presiden Rusia mengunjungi Korea Utara pada Selasa.".into(),
        ..Default::default()
    };
    let d = an.analyze(&art, &mut warta_extract::Scratch::default());
    let ms = t.elapsed().as_secs_f64() * 1e3;
    println!("load+first-analysis-ms\t{ms:.2}\tevents={}", d.events.len());
}
