//! Prints every lexicon match and composed mention of a text, for analysts checking entries.
//!
//! `cargo run -p warta-actors --example dump -- FILE...` (or text on standard input).
//! One line per mention: `surface <TAB> country <TAB> sector <TAB> org <TAB> parts`.

use std::io::Read;
use warta_actors::Lexicon;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut text = String::new();
    if args.is_empty() {
        let _ = std::io::stdin().read_to_string(&mut text);
    }
    for a in &args {
        match std::fs::read_to_string(a) {
            Ok(t) => text.push_str(&t),
            Err(e) => eprintln!("{a}: {e}"),
        }
    }
    let lex = Lexicon::embedded();
    let mut ms = Vec::new();
    lex.find(&text, &[], &mut ms);
    let mut mentions = Vec::new();
    lex.compose(&text, &ms, &mut mentions);
    for m in &mentions {
        let parts: Vec<String> = [m.role, m.body, m.polity, m.person]
            .iter()
            .flatten()
            .map(|&id| {
                let e = lex.entry(id);
                format!("{:?}:{}", e.kind, e.name)
            })
            .collect();
        println!(
            "{}\t{}\t{}\t{}\t{}",
            m.span.slice(&text).replace('\n', " "),
            m.country.unwrap_or("-"),
            m.sector.unwrap_or("-"),
            m.org.unwrap_or("-"),
            parts.join(" + ")
        );
    }
}
