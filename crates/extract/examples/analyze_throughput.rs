//! Articles per second of the whole analysis on one thread: `analyze_throughput FILE [N]` analyses the
//! plain-text article FILE N times (default 2000) with one reused scratch buffer.
use std::time::Instant;
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: analyze_throughput FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let art = warta_read::parse_plain(&text, &warta_read::ReadOptions::default());
    let an = warta_extract::Analyzer::new();
    let mut scratch = warta_extract::Scratch::default();
    let mut events = 0;
    let t = Instant::now();
    for _ in 0..n {
        events += an.analyze(&art, &mut scratch).events.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "articles\t{n}\tseconds\t{s:.3}\tarticles_per_s\t{:.0}\tchars\t{}\tevents\t{events}",
        n as f64 / s,
        art.body.chars().count()
    );
}
