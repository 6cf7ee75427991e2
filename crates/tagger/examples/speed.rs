//! Tagging throughput per core, measured in process CPU time (robust on a loaded machine).
//! Run: `cargo run --release -p warta-tagger --example speed`.
use std::path::Path;
use std::time::Instant;
use warta_tagger::{Model, Scratch, Tagger, UdConvention};

fn cpu_seconds() -> f64 {
    // /proc/self/stat fields 14 (utime) and 15 (stime) in clock ticks (100 Hz on Linux).
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<&str> = after.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
}

fn main() {
    let p = Path::new("../shared/data/UD_Indonesian-CSUI/id_csui-ud-test.conllu");
    let sents: Vec<Vec<String>> = match warta_tagger::corpus::read_conllu(p) {
        Ok(s) => s.into_iter().map(|s| s.words).collect(),
        Err(_) => vec![
            "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang ."
                .split(' ')
                .map(String::from)
                .collect();
            400
        ],
    };
    let n: usize = sents.iter().map(Vec::len).sum();
    for (name, bytes) in [
        ("pos", Tagger::pos().to_bytes()),
        ("ner", Tagger::ner().to_bytes()),
    ] {
        let t0 = Instant::now();
        let model = Model::from_bytes(&bytes).expect("model");
        let load = t0.elapsed();
        let mut scratch = Scratch::new();
        let mut out = Vec::new();
        let (c0, w0) = (cpu_seconds(), Instant::now());
        let mut total = 0usize;
        // The POS model reads with a treebank convention (one hint per word), as the eval does.
        let conv = if name == "pos" {
            UdConvention::Csui
        } else {
            UdConvention::Any
        };
        let mut hints = Vec::new();
        for _ in 0..60 {
            for s in &sents {
                hints.clear();
                hints.extend(conv.hints(s.len()));
                model.tag_with_hints(s, &hints, &mut scratch, &mut out);
                total += out.len();
            }
        }
        let (cpu, wall) = (cpu_seconds() - c0, w0.elapsed().as_secs_f64());
        println!(
            "{name}: load {:.2} ms ({:.2} MB); {total} tokens ({} per pass): {:.0} tokens/s CPU, {:.0} tokens/s wall",
            load.as_secs_f64() * 1e3,
            bytes.len() as f64 / 1e6,
            n,
            total as f64 / cpu.max(1e-9),
            total as f64 / wall
        );
    }
}
