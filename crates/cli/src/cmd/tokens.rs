//! `warta tokens`: STUB until the text layer lands.
use super::input::{read_all, InputArgs};
use anyhow::Result;
use clap::Args as ClapArgs;
use std::path::PathBuf;

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// File or `-`.
    pub path: PathBuf,
    /// Output format: text or json.
    #[arg(long, default_value = "text")]
    pub format: String,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let arts = read_all(
        std::slice::from_ref(&a.path),
        &a.input.options(),
        &mut |e| eprintln!("warta: {e}"),
    )?;
    let mut buf = warta_text::TextBuf::default();
    for art in arts {
        buf.analyze(&art.body);
        for t in &buf.tokens {
            println!("{}", t.text(&art.body));
        }
    }
    Ok(0)
}
