//! `warta`: a thin command-line front end over the warta library crates.
//!
//! Each subcommand lives in its own module under `cmd/` with its own clap `Args`; this file only
//! dispatches and maps errors to exit codes.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Reads Indonesian news and turns it into structured, source-linked political event data.
#[derive(Parser)]
#[command(name = "warta", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles into warta.analysis/1 documents (entities, actors, quotes, times, events).
    Analyze(cmd::analyze::Args),
    /// Show sentences, tokens and lemmas of an article.
    Tokens(cmd::tokens::Args),
    /// Run an evaluation (UD text layer, PFSA-ID quotes, taggers, worked example).
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Analyse articles into the corpus store (parallel, resumable, de-duplicated).
    Ingest(cmd::ingest::Args),
    /// Find stored articles by words (lemma-matched) and event filters, with evidence.
    Search(cmd::search::Args),
    /// Aggregated events with mention, source and article counts.
    Events(cmd::events::Args),
    /// Actors by number of mentions.
    Actors(cmd::actors::Args),
    /// Export events: PLOVER JSONL, GDELT 2.0 event table, CSV.
    Export(cmd::export::Args),
    /// Recode stored articles with the current analyzer; report changed events.
    Reanalyze(cmd::reanalyze::Args),
    /// Train a tagger model (POS, NER) from the corpora, deterministically.
    Train(cmd::train::Args),
    /// Serve the JSON API and the web UI over a store (loopback only by default).
    Serve(cmd::serve::Args),
}

/// Exit codes scripts can rely on.
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// A fatal error (bad arguments, unreadable input, nothing produced).
    pub const ERROR: u8 = 1;
    /// Usage error (clap's own).
    pub const USAGE: u8 = 2;
    /// The run finished but some inputs (files, records) were skipped; see stderr.
    pub const PARTIAL: u8 = 3;
    /// An evaluation scored below its recorded bar.
    pub const BELOW_BAR: u8 = 4;
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let res = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Tokens(a) => cmd::tokens::run(a),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Actors(a) => cmd::actors::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Reanalyze(a) => cmd::reanalyze::run(a),
        Command::Train(a) => cmd::train::run(a),
        Command::Serve(a) => cmd::serve::run(a),
    };
    match res {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("warta: error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
