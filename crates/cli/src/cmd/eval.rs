//! `warta eval ...`: evaluations. Each kind has its own module and Args.
use clap::Subcommand;

/// Which evaluation to run.
#[derive(Subcommand)]
pub enum EvalCommand {
    /// Token F1, sentence F1 and lemma accuracy over UD CoNLL-U files, from raw text.
    Ud(super::eval_ud::Args),
    /// Direct-quote spans, cues and speaker attribution over PFSA-ID (evaluation only).
    Pfsa(super::eval_pfsa::Args),
    /// UPOS accuracy of the shipped POS model (UD test sets) and IndoNLU POSP/BaPOS macro F1.
    Pos(super::eval_tagger::Args),
    /// Shipped NER model scores, IndoNLU NERP/NERGrit macro F1, IndoLEM 5-fold NER F1.
    Ner(super::eval_tagger::Args),
}

/// Runs one evaluation; returns the exit code.
pub fn run(c: EvalCommand) -> anyhow::Result<u8> {
    match c {
        EvalCommand::Ud(a) => super::eval_ud::run(a),
        EvalCommand::Pos(a) => super::eval_tagger::run_pos(a),
        EvalCommand::Ner(a) => super::eval_tagger::run_ner(a),
        EvalCommand::Pfsa(a) => super::eval_pfsa::run(a),
    }
}
