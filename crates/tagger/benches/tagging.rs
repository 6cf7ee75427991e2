//! Tagging throughput of the shipped models over a fixed corpus.
//!
//! Corpus: the words of UD Indonesian CSUI test when `../shared/data` is present, else a built-in
//! paragraph repeated. Run: `cargo bench -p warta-tagger --bench tagging`.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;
use warta_tagger::{Model, Scratch, Tagger};

fn corpus() -> Vec<Vec<String>> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/UD_Indonesian-CSUI/id_csui-ud-test.conllu");
    if let Ok(s) = warta_tagger::corpus::read_conllu(&p) {
        return s.into_iter().map(|s| s.words).collect();
    }
    let text = "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di \
                Pyongyang pada Rabu , kata kantor berita KCNA . Kedua pemimpin menandatangani \
                perjanjian kemitraan strategis yang mencakup bantuan timbal balik .";
    let words: Vec<String> = text.split_whitespace().map(String::from).collect();
    vec![words; 200]
}

fn bench(c: &mut Criterion) {
    let sents = corpus();
    let n_tokens: usize = sents.iter().map(Vec::len).sum();
    let t0 = Instant::now();
    let m = Model::from_bytes(&Tagger::ner().to_bytes()).expect("model");
    eprintln!(
        "NER model parse: {:.2} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    drop(m);
    let mut g = c.benchmark_group("tag");
    g.throughput(Throughput::Elements(n_tokens as u64));
    for (name, model) in [("pos", Tagger::pos()), ("ner", Tagger::ner())] {
        let mut scratch = Scratch::new();
        let mut out = Vec::new();
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut count = 0usize;
                for s in &sents {
                    model.tag(black_box(s), &mut scratch, &mut out);
                    count += out.len();
                }
                assert_eq!(count, n_tokens);
                count
            })
        });
    }
    g.finish();
    c.bench_function("load/pos", |b| {
        let bytes = Tagger::pos().to_bytes();
        b.iter(|| Model::from_bytes(black_box(&bytes)).map(|m| m.tags().len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
