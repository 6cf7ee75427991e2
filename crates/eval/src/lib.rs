//! Evaluation harnesses: UD CoNLL-U (aligned as the CoNLL 2018 shared task does) and PFSA-ID quotes.
//!
//! - [`ud`]: reads CoNLL-U ([`ud::read_conllu`]) and scores the text layer and lemmatiser from raw
//!   text ([`ud::evaluate_raw`]): Tokens, Sentences, Words F1 and Lemmas, as
//!   `conll18_ud_eval.py` computes them.
//!
//! ```
//! use warta_eval::ud::{evaluate_raw, read_conllu, EvalOptions};
//! let gold = read_conllu("# text = Dia pergi.\n1\tDia\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tpergi\tpergi\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n").unwrap();
//! let r = evaluate_raw(&gold, EvalOptions::default()).unwrap();
//! assert_eq!(r.tokens.f1(), 100.0);
//! ```
#![deny(missing_docs)]

pub mod pfsa;
pub mod ud;
