//! Evaluation harnesses: UD CoNLL-U (aligned as the CoNLL 2018 shared task does) and PFSA-ID quotes.
//!
//! STUB until the harnesses land.
#![deny(missing_docs)]
