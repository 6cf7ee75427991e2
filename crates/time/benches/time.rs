//! Throughput of `find_times` on a fixed, dense news-like article (a paragraph with six time
//! expressions repeated to about 5.7 KB) and, when `../shared` is present, on the DW example
//! article. Expression counts are asserted so the bench cannot measure a recogniser that silently
//! stopped finding things.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use warta_core::Ymd;
use warta_time::find_times;

const PARAGRAPH: &str = include_str!("paragraph.txt");

fn article() -> String {
    let mut s = String::new();
    while s.len() < 5000 {
        s.push_str(PARAGRAPH);
    }
    s
}

fn bench(c: &mut Criterion) {
    warta_time::warm_up();
    let text = article();
    let published = Ymd::new(2024, 6, 18);
    let mut out = Vec::new();
    find_times(&text, &[], published, &mut out);
    let copies = text.matches("Jakarta –").count();
    assert_eq!(out.len(), 6 * copies, "expressions per paragraph changed");
    let mut g = c.benchmark_group("find_times");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("article_5kb", |b| {
        b.iter(|| {
            out.clear();
            find_times(black_box(&text), &[], published, &mut out);
            out.len()
        })
    });
    // a real article (2.4 KB, 4 expressions) when the shared examples are present
    let dw = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/dw-putin-kim/article.txt"
    );
    if let Ok(article) = std::fs::read_to_string(dw) {
        out.clear();
        find_times(&article, &[], published, &mut out);
        assert!(out.len() >= 3, "DW article: {} expressions", out.len());
        g.throughput(Throughput::Bytes(article.len() as u64));
        g.bench_function("dw_article", |b| {
            b.iter(|| {
                out.clear();
                find_times(black_box(&article), &[], published, &mut out);
                out.len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
