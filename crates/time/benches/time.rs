//! Throughput of `find_times` on a fixed news-like article (about 5 KB) built from the cases of
//! the crate's documentation; the expression count is asserted so the bench cannot measure a
//! recogniser that silently stopped finding things.

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
    let copies = text.matches("Pyongyang –").count();
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
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
