//! Prints the quotes found in a text file (or stdin): `cargo run -p warta-quotes --example show -- FILE`.
use std::io::Read;
use warta_quotes::{find_quotes, Speaker};

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(p)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let mut buf = warta_text::TextBuf::default();
    buf.analyze(&text);
    let mut out = Vec::new();
    find_quotes(&text, &buf.tokens, &buf.sentences, &[], &mut out);
    for q in &out {
        let sp = match q.speaker {
            Speaker::Mention(s) => format!("[{}]", s.slice(&text)),
            Speaker::Anaphor(s) => format!("~{}", s.slice(&text)),
            Speaker::Unknown => "?".into(),
        };
        let cue = q.cue.map_or("-", |c| c.slice(&text));
        println!(
            "{:8} s{} cue={cue} spk={sp}\n    {}",
            q.kind.as_str(),
            q.sentence,
            q.span.slice(&text)
        );
    }
    Ok(())
}
