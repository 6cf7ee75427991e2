//! `warta tokens`: sentences, tokens and lemmas of articles, for people (`text`) or programs
//! (`json`: one document per article and line, CHARACTER offsets into the analysed text).
use super::input::{read_all, InputArgs};
use anyhow::Result;
use clap::{Args as ClapArgs, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use warta_core::CharMap;
use warta_morph::Lemmatizer;
use warta_text::TextBuf;

/// Output format.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// One line per sentence, tokens as `text/lemma` when the lemma differs (beyond case).
    Text,
    /// `{"text", "sentences": [{"start", "end", "tokens": [{"start", "end", "text", "lemma"}]}]}`
    /// per article, one per line.
    Json,
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Files, folders or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: Format,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let mut skipped = 0usize;
    let arts = read_all(&a.paths, &a.input.options(), &mut |e| {
        skipped += 1;
        eprintln!("warta: skipped: {e}");
    })?;
    if arts.is_empty() {
        anyhow::bail!("no article could be read from the input ({skipped} skipped)");
    }
    let lem = Lemmatizer::embedded();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut buf = TextBuf::default();
    for art in &arts {
        let text = art.body.as_str();
        buf.analyze(text);
        match a.format {
            Format::Text => {
                if let Some(o) = &art.origin {
                    writeln!(out, "== {o}")?;
                }
                for (n, s) in buf.sentences.iter().enumerate() {
                    write!(out, "[{}]", n + 1)?;
                    for t in &buf.tokens[s.tokens()] {
                        let w = t.text(text);
                        let l = lem.lemma(w);
                        let same = l
                            .chars()
                            .flat_map(char::to_lowercase)
                            .eq(w.chars().flat_map(char::to_lowercase));
                        if same {
                            write!(out, " {w}")?;
                        } else {
                            write!(out, " {w}/{l}")?;
                        }
                    }
                    writeln!(out)?;
                }
                writeln!(out)?;
            }
            Format::Json => write_json(&mut out, art.origin.as_deref(), text, &buf, lem)?,
        }
    }
    out.flush()?;
    Ok(if skipped > 0 {
        crate::exit::PARTIAL
    } else {
        crate::exit::OK
    })
}

/// Writes one article as a JSON line, streaming (no per-token structures are built), with
/// character offsets.
fn write_json(
    out: &mut dyn Write,
    origin: Option<&str>,
    text: &str,
    buf: &TextBuf,
    lem: &Lemmatizer,
) -> Result<()> {
    let map = CharMap::new(text);
    out.write_all(b"{")?;
    if let Some(o) = origin {
        out.write_all(b"\"origin\":")?;
        serde_json::to_writer(&mut *out, o)?;
        out.write_all(b",")?;
    }
    out.write_all(b"\"text\":")?;
    serde_json::to_writer(&mut *out, text)?;
    out.write_all(b",\"sentences\":[")?;
    for (n, s) in buf.sentences.iter().enumerate() {
        if n > 0 {
            out.write_all(b",")?;
        }
        write!(
            out,
            "{{\"start\":{},\"end\":{},\"tokens\":[",
            map.char_offset(s.span.start),
            map.char_offset(s.span.end)
        )?;
        for (k, t) in buf.tokens[s.tokens()].iter().enumerate() {
            if k > 0 {
                out.write_all(b",")?;
            }
            let w = t.text(text);
            write!(
                out,
                "{{\"start\":{},\"end\":{},\"text\":",
                map.char_offset(t.span.start),
                map.char_offset(t.span.end)
            )?;
            serde_json::to_writer(&mut *out, w)?;
            out.write_all(b",\"lemma\":")?;
            serde_json::to_writer(&mut *out, lem.lemma(w).as_ref())?;
            out.write_all(b"}")?;
        }
        out.write_all(b"]}")?;
    }
    out.write_all(b"]}\n")?;
    Ok(())
}
