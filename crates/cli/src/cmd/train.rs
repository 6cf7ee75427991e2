//! `warta train <recipe>`: trains a tagger model from the corpora, deterministically (the same
//! data and flags give a bit-identical model file).
use anyhow::{bail, Context, Result};
use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::time::Instant;
use warta_tagger::recipes::{recipe, score, train_recipe, RECIPES};

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Recipe: pos (UD UPOS, shipped), ner (PER/ORG/LOC, shipped), posp, nerp, nergrit, bapos,
    /// nerui-K, nerugm-K (K = fold 1..5), pos-tune (pos without GSD dev, tuned on GSD dev).
    pub recipe: String,
    /// Corpus directory (one folder per corpus, as ../shared/data).
    #[arg(long, default_value = "../shared/data")]
    pub data: PathBuf,
    /// Where to write the model file.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Override the recipe's number of epochs.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Override the recipe's weight-table size (2^bits rows).
    #[arg(long)]
    pub bits: Option<u8>,
    /// Drop quantised weights with |w| <= prune.
    #[arg(long)]
    pub prune: Option<i16>,
    /// Score the dev splits after every epoch (for tuning).
    #[arg(long)]
    pub dev_every_epoch: bool,
    /// Also score the test splits at the end (reporting only; never tune on them).
    #[arg(long)]
    pub test: bool,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    let mut r = recipe(&a.recipe, &a.data).with_context(|| {
        format!(
            "recipe {:?} from {} (known: {})",
            a.recipe,
            a.data.display(),
            RECIPES.join(", ")
        )
    })?;
    if a.out.is_some() && !r.shippable {
        bail!(
            "recipe {} uses non-commercial data: evaluate only, no model file",
            r.name
        );
    }
    if let Some(e) = a.epochs {
        r.config.epochs = e;
    }
    if let Some(b) = a.bits {
        r.config.bits = b;
    }
    if let Some(p) = a.prune {
        r.config.prune = p;
    }
    let tokens: usize = r.train.iter().map(|s| s.words.len()).sum();
    eprintln!(
        "training {}: {} sentences, {} tokens, {} epochs, 2^{} buckets",
        r.name,
        r.train.len(),
        tokens,
        r.config.epochs,
        r.config.bits
    );
    let t0 = Instant::now();
    let dev = r.dev.clone();
    let metric = r.metric;
    let model = train_recipe(&r, &mut |st, m| {
        let mut line = format!(
            "run {} epoch {:>2}  train acc {:.4}  {:.1}s",
            st.run,
            st.epoch,
            st.train_accuracy,
            t0.elapsed().as_secs_f64()
        );
        if a.dev_every_epoch {
            for s in &dev {
                line.push_str(&format!(
                    "  {} {:.2}",
                    s.name,
                    100.0 * score(m, &s.data, metric)
                ));
            }
        }
        eprintln!("{line}");
    })?;
    for s in &dev {
        eprintln!(
            "dev {} {:.2}",
            s.name,
            100.0 * score(&model, &s.data, metric)
        );
    }
    eprintln!(
        "trained in {:.1}s; {} tags, {} non-zero rows",
        t0.elapsed().as_secs_f64(),
        model.tags().len(),
        model.nonzero_rows()
    );
    if a.test {
        for s in &r.test {
            eprintln!("{} {:.2}", s.name, 100.0 * score(&model, &s.data, metric));
        }
    }
    if let Some(out) = &a.out {
        model
            .save(out)
            .with_context(|| format!("writing {}", out.display()))?;
        let len = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
        eprintln!("wrote {} ({:.2} MB)", out.display(), len as f64 / 1e6);
    }
    Ok(crate::exit::OK)
}
