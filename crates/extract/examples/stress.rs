//! Development aid: times the analysis of adversarial inputs (see tests/robust.rs).
use std::time::Instant;
fn main() {
    let sentence =
        "Presiden Rusia Vladimir Putin mengunjungi Korea Utara dan menuduh Barat mengirim senjata ";
    let cases: Vec<(&str, String)> = vec![
        ("10k straight quotes", "\"".repeat(10_000)),
        ("10k curly quotes", "“ kata ” ".repeat(10_000)),
        (
            "unbalanced",
            "\"Kami tidak khawatir, kata X. Lalu “ dia pergi. ”".repeat(200),
        ),
        ("100 KB sentence", sentence.repeat(100_000 / sentence.len())),
        ("1 MB sentence", sentence.repeat(1_000_000 / sentence.len())),
        (
            "mixed scripts",
            "Путин 普京 بوتين Putin mengunjungi 북한 Korea Utara 🚀🇷🇺 ".repeat(500),
        ),
        ("long token", "a".repeat(200_000)),
        ("punctuation only", ".,;:!?-–—()[]{}".repeat(5_000)),
    ];
    let an = warta_extract::Analyzer::new();
    for (name, text) in cases {
        let art = warta_core::Article {
            body: text,
            ..Default::default()
        };
        let t = Instant::now();
        let d = an.analyze(&art, &mut warta_extract::Scratch::default());
        println!(
            "{name}: {:?} ({} events, {} quotes, {} entities)",
            t.elapsed(),
            d.events.len(),
            d.quotes.len(),
            d.entities.len()
        );
    }
}
