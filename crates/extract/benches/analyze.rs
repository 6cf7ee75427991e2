//! Whole-analysis throughput: one article through text, lemmas, lexicon, entities, times, quotes
//! and events, on one core. Inputs: the team's bundled example articles, plus the shared worked
//! example when `../shared` is present. Output counts are asserted so the bench cannot measure a
//! pipeline that silently does nothing.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use warta_extract::{Analyzer, Scratch};

fn load(path: &Path) -> Option<warta_core::Article> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(warta_read::parse_plain(
        &text,
        &warta_read::ReadOptions::default(),
    ))
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut inputs = vec![("bundled", root.join("examples/kunjungan-menlu.txt"))];
    let shared = root.join("../shared/examples/dw-putin-kim/article.txt");
    if shared.exists() {
        inputs.push(("dw-putin-kim", shared));
    } else {
        eprintln!("bench: ../shared not found; benchmarking the bundled example only");
    }
    let analyzer = Analyzer::new(); // warm the lazily loaded lexicons before measuring
    let mut g = c.benchmark_group("analyze");
    for (name, path) in inputs {
        let Some(art) = load(&path) else { continue };
        let mut scratch = Scratch::default();
        let doc = analyzer.analyze(&art, &mut scratch);
        assert!(
            doc.events.len() >= 3 && doc.quotes.len() >= 3,
            "{name}: the pipeline found too little"
        );
        g.throughput(Throughput::Elements(1));
        g.bench_function(name, |b| {
            b.iter(|| black_box(analyzer.analyze(black_box(&art), &mut scratch)))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
