//! One module per subcommand.
pub mod analyze;
pub mod eval;
pub mod eval_pfsa;
pub mod eval_ud;
pub mod input;
pub mod pretty;
pub mod tokens;
