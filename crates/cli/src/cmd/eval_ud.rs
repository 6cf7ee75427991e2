//! `warta eval ud`: STUB until the UD harness lands.
use clap::Args as ClapArgs;
use std::path::PathBuf;

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// CoNLL-U files.
    pub files: Vec<PathBuf>,
}

/// Runs the evaluation.
pub fn run(_a: Args) -> anyhow::Result<u8> {
    anyhow::bail!("eval ud is not implemented yet")
}
