//! Prints the time expressions of a text file, one per line (byte span, text, value,
//! granularity, first..last day, flags).
//!
//! usage: `cargo run -p warta-time --example show -- FILE [PUBLISHED as YYYY-MM-DD]`

use std::process::ExitCode;
use warta_core::Ymd;
use warta_time::{find_times, infer_published};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: show FILE [YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let published = match args.next() {
        Some(d) => match Ymd::parse_iso(&d) {
            Some(d) => Some(d),
            None => {
                eprintln!("not a date: {d}");
                return ExitCode::from(2);
            }
        },
        None => infer_published(&text, &[]),
    };
    match published {
        Some(p) => println!("# published {p}"),
        None => println!("# published unknown"),
    }
    let mut out = Vec::new();
    find_times(&text, &[], published, &mut out);
    for t in &out {
        let range = match (t.date, t.end) {
            (Some(a), Some(b)) => format!("{a}..{b}"),
            _ => "-".into(),
        };
        println!(
            "{}..{}\t{}\t{}\t{}\t{}{}{}",
            t.span.start,
            t.span.end,
            t.span.slice(&text),
            t.value.as_deref().unwrap_or("-"),
            t.granularity.as_str(),
            range,
            if t.relative { "\trelative" } else { "" },
            t.modifier
                .map(|m| format!("\t{}", m.as_str()))
                .unwrap_or_default(),
        );
    }
    ExitCode::SUCCESS
}
