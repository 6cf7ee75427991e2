//! Prints what the reader makes of each file: `cargo run -p warta-read --example read -- FILE...`.
use std::path::Path;
use warta_read::{read_path, ReadOptions};

fn main() {
    let opts = ReadOptions::default();
    for arg in std::env::args().skip(1) {
        read_path(Path::new(&arg), &opts, &mut |r| match r {
            Ok(a) => {
                println!("== {}", a.origin.as_deref().unwrap_or("?"));
                println!("title:     {:?}", a.title);
                println!("source:    {:?}", a.source);
                println!("published: {:?}", a.published.map(|d| d.to_string()));
                println!("dateline:  {:?} {:?}", a.dateline, a.dateline_span);
                println!("url:       {:?}", a.url);
                println!("id:        {:?}", a.id);
                let head: String = a.body.chars().take(400).collect();
                println!("body ({} bytes):\n{head}\n", a.body.len());
            }
            Err(e) => println!("!! {e}"),
        });
    }
}
