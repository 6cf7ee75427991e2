//! Runs `find_times` on a fixed 5 KB article many times, for profilers (callgrind counts
//! instructions, which a noisy shared machine does not disturb):
//! `valgrind --tool=callgrind target/release/examples/profile 200`.
//!
//! usage: `profile [RUNS] [FILE]`: without FILE, the bench paragraph repeated to 5 KB; with FILE,
//! that file's text as one article (e.g. `../shared/examples/dw-putin-kim/article.txt`).

use warta_core::Ymd;
use warta_time::find_times;

const PARAGRAPH: &str = include_str!("../benches/paragraph.txt");

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let text = match std::env::args().nth(2) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                std::process::exit(2);
            }
        },
        None => {
            let mut text = String::new();
            while text.len() < 5000 {
                text.push_str(PARAGRAPH);
            }
            text
        }
    };
    warta_time::warm_up();
    let mut out = Vec::new();
    let mut found = 0;
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        out.clear();
        find_times(&text, &[], Ymd::new(2024, 6, 18), &mut out);
        found += out.len();
    }
    let per = t0.elapsed().as_secs_f64() / n as f64;
    println!(
        "{n} runs on {} bytes: {:.2} µs per article, {} expressions each",
        text.len(),
        per * 1e6,
        found / n.max(1)
    );
}
