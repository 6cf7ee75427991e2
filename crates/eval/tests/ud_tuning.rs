//! Regression guard on the tuning splits only (GSD dev, CSUI train; never a test split): the text
//! layer must keep its token and sentence F1. Skips with a message when `../shared/data` is absent.
use std::path::PathBuf;
use warta_eval::ud::{
    convention_for, evaluate_raw, read_conllu_file, text_convention_for, EvalOptions,
};

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    p.exists().then_some(p)
}

#[test]
fn tokens_and_sentences_hold_on_tuning_splits() {
    // (file, minimum tokens F1, minimum sentences F1), a little under the measured scores
    let cases = [
        ("UD_Indonesian-GSD/id_gsd-ud-dev.conllu", 99.3, 85.0),
        ("UD_Indonesian-CSUI/id_csui-ud-train.conllu", 99.6, 94.0),
    ];
    for (rel, tok, sent) in cases {
        let Some(path) = data(rel) else {
            eprintln!("skipping: ../shared/data/{rel} not found");
            continue;
        };
        let sents = read_conllu_file(&path).expect("readable CoNLL-U");
        let opts = EvalOptions {
            convention: convention_for(&path),
            text_convention: text_convention_for(&path),
            ..EvalOptions::default()
        };
        let r = evaluate_raw(&sents, opts).expect("characters align");
        assert!(
            r.tokens.f1() >= tok,
            "{rel}: tokens {:.2} < {tok}",
            r.tokens.f1()
        );
        assert!(
            r.sentences.f1() >= sent,
            "{rel}: sentences {:.2} < {sent}",
            r.sentences.f1()
        );
        assert!(r.words.gold > 0 && r.words.system > 0);
    }
}
