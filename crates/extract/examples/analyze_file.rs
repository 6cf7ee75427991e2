//! Analyse one plain-text article and print the JSON document (a development aid that needs only
//! this crate; the `warta analyze` command is the real front end).
fn main() {
    let path = std::env::args().nth(1).expect("usage: analyze_file FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let art = warta_read::parse_plain(&text, &warta_read::ReadOptions::default());
    let doc = warta_extract::Analyzer::new().analyze(&art, &mut warta_extract::Scratch::default());
    println!(
        "{}",
        serde_json::to_string_pretty(&doc).expect("serialisable")
    );
}
