//! Prints the UD scores of the text layer for CoNLL-U files, with up to N error examples
//! (a quick look without the CLI): `cargo run -p warta-eval --example ud_eval -- [-n N] FILES...`.
use warta_eval::ud::{
    convention_for, evaluate_raw, read_conllu_file, text_convention_for, EvalOptions,
};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut max_examples = 0;
    if args.first().is_some_and(|a| a == "-n") && args.len() > 1 {
        max_examples = args[1].parse().unwrap_or(0);
        args.drain(..2);
    }
    for f in &args {
        let res = read_conllu_file(f.as_ref()).and_then(|s| {
            let convention = convention_for(f.as_ref());
            evaluate_raw(
                &s,
                EvalOptions {
                    max_examples,
                    convention,
                    text_convention: text_convention_for(f.as_ref()),
                },
            )
        });
        match res {
            Ok(r) => {
                println!(
                    "{f}: tokens {:.2} sentences {:.2} words {:.2} lemmas {:.2} (aligned {:.2}, content {:.2})",
                    r.tokens.f1(),
                    r.sentences.f1(),
                    r.words.f1(),
                    r.lemmas.f1(),
                    r.lemmas.aligned_accuracy().unwrap_or(0.0),
                    r.content_lemmas.aligned_accuracy().unwrap_or(0.0)
                );
                for e in &r.examples {
                    println!("  {e}");
                }
            }
            Err(e) => eprintln!("{f}: {e}"),
        }
    }
}
