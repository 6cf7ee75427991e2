//! `warta ingest`: read articles, analyse them in parallel and store them (see `warta_store`).
//!
//! Resumable and idempotent: every batch is one transaction, and an article whose normalised body
//! is already stored is skipped before analysis, so re-running the same command after an
//! interruption continues where it stopped. Bad inputs are reported with file and line at the
//! end and the run exits with status 3 (`exit::PARTIAL`).
use super::input::{expand, read_all, InputArgs};
use anyhow::{Context, Result};
use clap::Args as ClapArgs;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use warta_core::Article;
use warta_extract::{Analyzer, Scratch};
use warta_store::{content_hash, OpenOptions, Outcome, Prepared, Store};

/// Where the store is.
#[derive(ClapArgs, Clone, Debug, Default)]
pub struct DbArgs {
    /// Store file (default: $WARTA_DB, else ./warta.db).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Seconds to wait for another process that is writing to the store.
    #[arg(long, default_value_t = 60)]
    pub busy_timeout: u64,
}

impl DbArgs {
    /// The store path.
    pub fn path(&self) -> PathBuf {
        self.db
            .clone()
            .or_else(|| std::env::var_os("WARTA_DB").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("warta.db"))
    }

    /// Opens the store for writing (creating it).
    pub fn open(&self) -> Result<Store> {
        let p = self.path();
        Store::open_with(
            &p,
            &OpenOptions {
                busy_timeout: Duration::from_secs(self.busy_timeout),
                read_only: false,
            },
        )
        .with_context(|| format!("opening store {}", p.display()))
    }

    /// Opens an existing store for reading.
    pub fn open_read(&self) -> Result<Store> {
        let p = self.path();
        if !p.exists() {
            anyhow::bail!(
                "no store at {} (run `warta ingest` first, or pass --db / set WARTA_DB)",
                p.display()
            );
        }
        Store::open_with(
            &p,
            &OpenOptions {
                busy_timeout: Duration::from_secs(self.busy_timeout),
                read_only: true,
            },
        )
        .with_context(|| format!("opening store {}", p.display()))
    }
}

/// Arguments.
#[derive(ClapArgs)]
pub struct Args {
    /// Files, folders or `-` (plain text, .json/.jsonl records, .html pages).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub db: DbArgs,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Skip articles whose body is longer than this many bytes.
    #[arg(long, default_value_t = 4 << 20)]
    pub max_article_bytes: usize,
    /// Skip files larger than this many bytes.
    #[arg(long, default_value_t = 1 << 30)]
    pub max_file_bytes: u64,
    /// No progress bar.
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Default)]
struct Counts {
    read: usize,
    new: usize,
    events: usize,
    duplicates: usize,
    near: usize,
}

/// The writer thread: owns the store's write connection, so that batch `k` is written while
/// batch `k + 1` is analysed.
struct Writer {
    tx: Option<SyncSender<Vec<Prepared>>>,
    handle: Option<JoinHandle<Result<(Counts, Store)>>>,
}

impl Writer {
    fn spawn(mut store: Store, pb: ProgressBar) -> Writer {
        let (tx, rx) = sync_channel::<Vec<Prepared>>(1);
        let handle = std::thread::spawn(move || -> Result<(Counts, Store)> {
            let mut c = Counts::default();
            for batch in rx {
                let n = batch.len() as u64;
                for o in store.insert_batch(batch)? {
                    match o {
                        Outcome::Inserted { events, .. } => {
                            c.new += 1;
                            c.events += events;
                        }
                        Outcome::Duplicate { .. } => c.duplicates += 1,
                        Outcome::NearDuplicate { .. } => c.near += 1,
                    }
                }
                pb.inc(n);
            }
            Ok((c, store))
        });
        Writer {
            tx: Some(tx),
            handle: Some(handle),
        }
    }

    /// Queues a batch; when the writer has failed, returns its error.
    fn send(&mut self, batch: Vec<Prepared>) -> Result<()> {
        let sent = self.tx.as_ref().map(|tx| tx.send(batch).is_ok());
        if sent == Some(true) {
            return Ok(());
        }
        match self.finish() {
            Err(e) => Err(e),
            Ok(_) => anyhow::bail!("the store writer stopped"),
        }
    }

    /// Waits for the queued batches; returns the writer's counts and the store.
    fn finish(&mut self) -> Result<(Counts, Store)> {
        drop(self.tx.take());
        match self.handle.take() {
            Some(h) => match h.join() {
                Ok(r) => r,
                Err(_) => anyhow::bail!("the store writer panicked"),
            },
            None => anyhow::bail!("the store writer already stopped"),
        }
    }
}

struct Run<'a> {
    /// A second connection, for the already-stored check.
    store: Store,
    writer: Writer,
    analyzer: &'a Analyzer,
    pending: Vec<Article>,
    skipped: Vec<String>,
    counts: Counts,
    pb: ProgressBar,
    batch: usize,
    max_article: usize,
    fatal: Option<anyhow::Error>,
}

impl Run<'_> {
    fn accept(&mut self, art: Article) {
        if self.fatal.is_some() {
            return;
        }
        self.counts.read += 1;
        let origin = art.origin.clone().unwrap_or_else(|| "<input>".into());
        if art.body.len() > self.max_article {
            self.skipped.push(format!(
                "{origin}: article body of {} bytes exceeds --max-article-bytes {}",
                art.body.len(),
                self.max_article
            ));
            self.pb.inc(1);
        } else if art.body.trim().is_empty() {
            self.skipped.push(format!("{origin}: empty article body"));
            self.pb.inc(1);
        } else {
            self.pending.push(art);
            if self.pending.len() >= self.batch {
                if let Err(e) = self.flush() {
                    self.fatal = Some(e);
                }
            }
        }
    }

    fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let arts = std::mem::take(&mut self.pending);
        let hashes: Vec<_> = arts.par_iter().map(|a| content_hash(&a.body)).collect();
        let mut todo = Vec::with_capacity(arts.len());
        for (a, h) in arts.into_iter().zip(hashes) {
            if self.store.find_hash(&h)?.is_some() {
                self.counts.duplicates += 1;
                self.pb.inc(1);
            } else {
                todo.push(a);
            }
        }
        let analyzer = self.analyzer;
        let prepared: Vec<Result<Prepared, String>> = todo
            .into_par_iter()
            .map_init(Scratch::default, |s, art| {
                match catch_unwind(AssertUnwindSafe(|| analyzer.analyze(&art, s))) {
                    Ok(an) => Ok(Prepared::new(art, an)),
                    Err(_) => {
                        *s = Scratch::default();
                        Err(format!(
                            "{}: the analyzer failed on this article (internal error); skipped",
                            art.origin.as_deref().unwrap_or("<input>")
                        ))
                    }
                }
            })
            .collect();
        let mut ok = Vec::with_capacity(prepared.len());
        for p in prepared {
            match p {
                Ok(p) => ok.push(p),
                Err(e) => {
                    self.skipped.push(e);
                    self.pb.inc(1);
                }
            }
        }
        self.writer.send(ok)?;
        Ok(())
    }
}

/// Articles in a file, estimated cheaply (lines of JSONL, else one), for the progress bar.
fn estimate(p: &std::path::Path) -> u64 {
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(ext.as_str(), "jsonl" | "ndjson") {
        if let Ok(b) = std::fs::read(p) {
            return b
                .split(|&c| c == b'\n')
                .filter(|l| !l.trim_ascii().is_empty())
                .count() as u64;
        }
    }
    1
}

fn progress(total: u64, hidden: bool) -> ProgressBar {
    if hidden {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(4));
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} articles ({rate}, ETA {eta})",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .with_key(
        "rate",
        |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0}/s", s.per_sec());
        },
    );
    pb.set_style(style);
    pb
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    if let Some(n) = a.threads {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let started = Instant::now();
    let store = a.db.open()?;
    let files = expand(&a.paths)?;
    let total: u64 = files
        .iter()
        .map(|f| if f.as_os_str() == "-" { 1 } else { estimate(f) })
        .sum();
    let analyzer = Analyzer::new();
    let opts = a.input.options();
    let pb = progress(total, a.no_progress);
    let reader = a.db.open()?;
    let mut run = Run {
        store: reader,
        writer: Writer::spawn(store, pb.clone()),
        analyzer: &analyzer,
        pending: Vec::new(),
        skipped: Vec::new(),
        counts: Counts::default(),
        pb,
        batch: a.batch.max(1),
        max_article: a.max_article_bytes,
        fatal: None,
    };
    for f in files {
        if f.as_os_str() == "-" {
            let mut errs = Vec::new();
            let arts = read_all(std::slice::from_ref(&f), &opts, &mut |e| errs.push(e))?;
            run.skipped.extend(errs);
            for art in arts {
                run.accept(art);
            }
        } else {
            match std::fs::metadata(&f) {
                Err(e) => {
                    run.skipped.push(format!("{}: {e}", f.display()));
                    continue;
                }
                Ok(m) if m.len() > a.max_file_bytes => {
                    run.skipped.push(format!(
                        "{}: file of {} bytes exceeds --max-file-bytes {}",
                        f.display(),
                        m.len(),
                        a.max_file_bytes
                    ));
                    continue;
                }
                Ok(_) => {}
            }
            warta_read::read_path(&f, &opts, &mut |r| match r {
                Ok(art) => run.accept(art),
                Err(e) => run.skipped.push(e.to_string()),
            });
        }
        if let Some(e) = run.fatal.take() {
            run.pb.abandon();
            return Err(e);
        }
    }
    run.flush()?;
    let (wc, store) = run.writer.finish()?;
    run.pb.finish_and_clear();
    store.checkpoint().ok();
    let stats = store.stats()?;
    let secs = started.elapsed().as_secs_f64();
    let c = Counts {
        read: run.counts.read,
        new: wc.new,
        events: wc.events,
        duplicates: run.counts.duplicates + wc.duplicates,
        near: wc.near,
    };
    eprintln!(
        "warta ingest: {} articles read in {secs:.1} s ({:.0}/s): {} new ({} events), {} already stored, \
         {} near-duplicates linked, {} skipped",
        c.read,
        c.read as f64 / secs.max(1e-9),
        c.new,
        c.events,
        c.duplicates,
        c.near,
        run.skipped.len()
    );
    eprintln!(
        "store {}: {} articles ({} near-duplicates), {} events in {} aggregated events, {:.1} MB",
        store.path(),
        stats.articles,
        stats.near_duplicates,
        stats.events,
        stats.event_groups,
        stats.bytes as f64 / 1e6
    );
    if run.skipped.is_empty() {
        return Ok(crate::exit::OK);
    }
    eprintln!("skipped {} input(s):", run.skipped.len());
    for s in &run.skipped {
        eprintln!("  {s}");
    }
    Ok(crate::exit::PARTIAL)
}
