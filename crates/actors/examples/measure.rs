//! Measures lexicon load time and matching speed.
//!
//! `cargo run --release -p warta-actors --example measure [-- FILE...]`
//!
//! Without files it reads the sentences (`# text = ...`) of the UD Indonesian treebanks under
//! `../shared/data` when present, else repeats a built-in paragraph. Prints the load time of the
//! embedded lexicon (first load, then best and median of 7 fresh loads with the compiled
//! automaton and 7 building it), then the throughput of `find` over the text and the number of
//! matches (so a change that stops matching shows up here too).

use std::path::Path;
use std::time::Instant;
use warta_actors::{Lexicon, EMBEDDED, EMBEDDED_AUTOMATON};
use warta_core::{Span, Token, TokenKind};

/// `println!` that ignores a closed pipe (`measure | head`).
macro_rules! out {
    ($($a:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($a)*);
    }};
}

const SAMPLE: &str =
    "Presiden Rusia, Vladimir Putin mengunjungi Korea Utara. Moskow dan Pyongyang \
menandatangani perjanjian, sementara negara-negara Barat mengecam. Juru bicara Kremlin Dmitry \
Peskov mengatakan kepada wartawan di Jakarta bahwa Menteri Luar Negeri Sugiono akan bertemu \
Menlu AS Marco Rubio. KPK memeriksa pejabat Kementerian Keuangan di Jawa Barat.\n";

fn tokens(text: &str, out: &mut Vec<Token>) {
    out.clear();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Token {
                    span: Span::new(s, i),
                    kind: TokenKind::Word,
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token {
            span: Span::new(s, text.len()),
            kind: TokenKind::Word,
        });
    }
}

fn corpus(args: &[String]) -> (String, String) {
    if !args.is_empty() {
        let mut s = String::new();
        for a in args {
            s.push_str(&std::fs::read_to_string(a).unwrap_or_default());
            s.push('\n');
        }
        return (s, format!("{} file(s)", args.len()));
    }
    let mut s = String::new();
    let root = Path::new("../shared/data");
    for tb in [
        "UD_Indonesian-GSD",
        "UD_Indonesian-CSUI",
        "UD_Indonesian-PUD",
    ] {
        let Ok(dir) = std::fs::read_dir(root.join(tb)) else {
            continue;
        };
        let mut files: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "conllu"))
        {
            for l in std::fs::read_to_string(f).unwrap_or_default().lines() {
                if let Some(t) = l.strip_prefix("# text = ") {
                    s.push_str(t);
                    s.push('\n');
                }
            }
        }
    }
    if s.is_empty() {
        (SAMPLE.repeat(2000), "built-in sample x2000".into())
    } else {
        (s, "UD Indonesian sentences (GSD+CSUI+PUD)".into())
    }
}

fn main() {
    let t = Instant::now();
    let lex = Lexicon::embedded();
    let first = t.elapsed();
    let time = |artefact: Option<&[u8]>| {
        let mut ms: Vec<f64> = (0..7)
            .map(|_| {
                let t = Instant::now();
                let l = Lexicon::with_automaton(EMBEDDED, artefact).expect("lexicon builds");
                std::hint::black_box(&l);
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        (ms[0], ms[3])
    };
    let (lb, lm) = time(Some(EMBEDDED_AUTOMATON));
    let (bb, bm) = time(None);
    out!(
        "load: first {:.1} ms; with compiled automaton best {lb:.1} ms, median {lm:.1} ms; \
         building the automaton best {bb:.1} ms, median {bm:.1} ms ({} entries, {} keys)",
        first.as_secs_f64() * 1e3,
        lex.len(),
        lex.pattern_count()
    );

    let args: Vec<String> = std::env::args().skip(1).collect();
    let (text, what) = corpus(&args);
    let lines: Vec<&str> = text.lines().collect();
    let mut toks = Vec::new();
    let mut out = Vec::new();
    // warm up
    for l in lines.iter().take(100) {
        tokens(l, &mut toks);
        lex.find(l, &toks, &mut out);
    }
    let mut best = f64::MAX;
    let mut matches = 0;
    let mut ntok = 0;
    for _ in 0..3 {
        let mut tok_time = 0.0;
        matches = 0;
        ntok = 0;
        let t = Instant::now();
        for l in &lines {
            let tt = Instant::now();
            tokens(l, &mut toks);
            tok_time += tt.elapsed().as_secs_f64();
            ntok += toks.len();
            out.clear();
            lex.find(l, &toks, &mut out);
            matches += out.len();
        }
        best = best.min(t.elapsed().as_secs_f64() - tok_time);
    }
    let mb = text.len() as f64 / 1e6;
    out!(
        "find: {what}: {:.2} MB, {} lines, {ntok} tokens, {matches} matches; {:.1} ms = {:.1} MB/s, {:.2} M tokens/s",
        mb,
        lines.len(),
        best * 1e3,
        mb / best,
        ntok as f64 / best / 1e6
    );
}
