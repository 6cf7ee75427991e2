//! `cargo run -p xtask -- <task>`: deterministic data builds.
//!
//! Tasks:
//! - `build-lemmas [--data DIR] [--out FILE] [--check]`: compile `data/lemma/` + shared sources into
//!   `data/lemma/lexicon.bin` (see [`lemmas`]).
//! - `lemma-eval [--data DIR] [--conv gsd|csui] [--fold K/N] [--bar PCT] [--errors N] FILE...`:
//!   lemma accuracy on gold tokenisation.
//! - `lemma-words [--conv gsd|csui]`: `form<TAB>initial` lines on stdin -> one lemma per line.
//! - `build-actors [--data DIR] [--out DIR] [--check]`: generate `data/actors/countries.tsv` and
//!   `data/actors/places.tsv` from CLDR and GeoNames, and compile `data/actors/automaton.bin`
//!   (see [`actors`]).
mod actors;
mod lemmas;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    match task.as_str() {
        "build-lemmas" => lemmas::build_lemmas(&rest),
        "lemma-eval" => lemmas::lemma_eval(&rest),
        "lemma-words" => lemmas::lemma_words(&rest),
        "build-actors" => actors::run(&rest),
        _ => anyhow::bail!(
            "unknown task {task:?} (tasks: build-lemmas, lemma-eval, lemma-words, build-actors)"
        ),
    }
}
