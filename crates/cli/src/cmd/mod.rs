//! One module per subcommand.
pub mod actors;
pub mod analyze;
pub mod eval;
pub mod eval_pfsa;
pub mod eval_tagger;
pub mod eval_ud;
pub mod events;
pub mod export;
pub mod ingest;
pub mod input;
pub mod pretty;
pub mod reanalyze;
pub mod search;
pub mod serve;
pub mod tokens;
pub mod train;
