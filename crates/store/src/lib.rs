//! Embedded corpus store (SQLite + FTS5): ingest, search, aggregation, export.
//!
//! A store is one SQLite file in WAL mode. It keeps every article's text and metadata (so that
//! [`Store::replace_analyses`] can recode the corpus with a newer analyzer), the coded events with
//! their evidence sentences, the actors, a contentless FTS5 index over the **lemmas** of the body
//! (so that `kunjungan` finds `mengunjungi`), and MinHash LSH bands for near-duplicate detection.
//!
//! Ingest is two-phase so that the expensive part runs in parallel outside any lock:
//! [`Prepared::new`] (analysis is done by the caller; hashing, MinHash and lemmas here) on worker
//! threads, then [`Store::insert_batch`] writes a batch in one `BEGIN IMMEDIATE` transaction.
//! Identical bodies (same [`content_hash`] of the normalised text) are stored once; near-duplicates
//! (estimated Jaccard >= [`NEAR_DUP_THRESHOLD`] over word 4-shingles) are stored, linked to the
//! first copy (`dup_of`) and neither indexed nor counted again.
//!
//! Events of several articles that share (actor key, recipient key, CAMEO root, date) form one
//! aggregated event ([`EventGroup`]) with GDELT-style mention, source and article counts; every
//! mention keeps its article, sentence and evidence text.
//!
//! ```
//! use warta_core::{analysis::Analysis, Article};
//! use warta_store::{Prepared, Store};
//! let mut store = Store::in_memory().unwrap();
//! let art = Article { body: "Presiden itu mengunjungi Pyongyang.".into(), ..Article::default() };
//! let p = Prepared::new(art, Analysis::default());
//! let out = store.insert_batch(vec![p]).unwrap();
//! assert_eq!(out.len(), 1);
//! assert_eq!(store.stats().unwrap().articles, 1);
//! ```
#![deny(missing_docs)]

mod export;
mod hash;
mod index;
mod ingest;
mod keys;
#[cfg(feature = "parquet")]
mod parquet_out;
mod query;

pub use export::{csv_row, write_table, ExportFormat, CSV_HEADER, GDELT_COLUMNS};
pub use hash::{content_hash, ContentHash, MinHash, NEAR_DUP_THRESHOLD};
pub use index::{fts_query, lemma_text};
pub use ingest::{ArticleRecord, Change, Outcome, Prepared, StoredArticle};
pub use keys::{party_key, party_tags};
pub use query::{ActorCount, ArticleHit, EventGroup, EventRow, Filter, EVENT_COLUMNS};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// Schema version stored in `PRAGMA user_version`. Version 2 adds the covering indexes
/// `events_facts` and `events_days`; a version-1 store gains them the next time it is opened
/// for writing (`warta ingest`), and can be read meanwhile.
pub const SCHEMA_VERSION: i64 = 2;
/// `PRAGMA application_id` of a warta store ("WART").
pub const APPLICATION_ID: i64 = 0x5741_5254;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Another process held the write lock for longer than the busy timeout.
    #[error(
        "the store {path} is locked by another writer (waited {waited_s} s); \
         run again when the other `warta` process is done, or raise --busy-timeout"
    )]
    Busy {
        /// Database file.
        path: String,
        /// Seconds waited.
        waited_s: u64,
    },
    /// The file is a SQLite database but not a warta store of a version this build reads.
    #[error("{path}: not a warta store this version can open ({msg})")]
    Schema {
        /// Database file.
        path: String,
        /// What is wrong.
        msg: String,
    },
    /// Any other SQLite error.
    #[error("{path}: {source}")]
    Sqlite {
        /// Database file.
        path: String,
        /// Cause.
        #[source]
        source: rusqlite::Error,
    },
    /// A stored JSON value could not be (de)serialised.
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing output failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A query argument is unusable.
    #[error("{0}")]
    Query(String),
    /// An export format failed.
    #[error("export: {0}")]
    Export(String),
}

/// Result alias.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How to open a store.
#[derive(Clone, Debug)]
pub struct OpenOptions {
    /// How long a writer waits for another writer's lock before giving up.
    pub busy_timeout: Duration,
    /// Open for reading only (the file must exist).
    pub read_only: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(60),
            read_only: false,
        }
    }
}

/// Counts over the whole store.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Articles stored (including near-duplicates).
    pub articles: i64,
    /// Of which near-duplicates linked to an earlier copy.
    pub near_duplicates: i64,
    /// Event mentions.
    pub events: i64,
    /// Aggregated events (groups with at least one mention).
    pub event_groups: i64,
    /// Rows in the full-text index.
    pub indexed: i64,
    /// Database size in bytes (pages in use).
    pub bytes: i64,
}

/// Result of [`Store::check`].
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct CheckReport {
    /// `PRAGMA integrity_check` lines (`["ok"]` when sound).
    pub integrity: Vec<String>,
    /// Events whose article does not exist, and event tags whose event does not exist.
    pub orphan_events: i64,
    /// Events whose group does not exist.
    pub orphan_groups: i64,
    /// Canonical articles minus rows in the full-text index (0 when consistent).
    pub fts_mismatch: i64,
    /// Articles whose stored event count differs from their event rows.
    pub count_mismatch: i64,
    /// Articles without their text, or texts without their article.
    pub text_mismatch: i64,
    /// Actor keys whose running totals differ from the per-article rows.
    pub totals_mismatch: i64,
}

impl CheckReport {
    /// True when every check passed.
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"]
            && self.orphan_events == 0
            && self.orphan_groups == 0
            && self.fts_mismatch == 0
            && self.count_mismatch == 0
            && self.text_mismatch == 0
            && self.totals_mismatch == 0
    }
}

/// An open corpus store.
pub struct Store {
    conn: Connection,
    path: String,
    busy_timeout: Duration,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  ext_id TEXT, url TEXT, title TEXT, source TEXT, dateline TEXT,
  dateline_start INTEGER, dateline_end INTEGER,
  published TEXT, origin TEXT,
  dup_of INTEGER REFERENCES articles(id),
  similarity REAL,
  engine TEXT NOT NULL,
  n_events INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(dup_of) WHERE dup_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS article_text (
  id INTEGER PRIMARY KEY REFERENCES articles(id),
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS article_minhash (
  id INTEGER PRIMARY KEY REFERENCES articles(id),
  sig BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS minhash_bands (
  band INTEGER NOT NULL, article_id INTEGER NOT NULL,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_groups (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  root TEXT NOT NULL, actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL, date TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  group_id INTEGER NOT NULL REFERENCES event_groups(id),
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL,
  plover TEXT, modality TEXT NOT NULL,
  actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL,
  actor_name TEXT NOT NULL, recipient_name TEXT NOT NULL,
  actor_tags TEXT NOT NULL, recipient_tags TEXT NOT NULL,
  date TEXT NOT NULL, day TEXT,
  sentence INTEGER NOT NULL, evidence TEXT NOT NULL, trigger TEXT NOT NULL,
  confidence REAL NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_group ON events(group_id);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
DROP INDEX IF EXISTS events_day;
-- Covering indexes: the aggregate views (events by group, actor network, timeline) read these
-- small entries instead of the event rows with their evidence and JSON.
CREATE INDEX IF NOT EXISTS events_facts ON events(group_id, article_id, date, quad_class, root,
  cameo, plover, modality, actor_key, recipient_key, actor_name, recipient_name);
CREATE INDEX IF NOT EXISTS events_days ON events(day, quad_class, cameo, plover, modality);
CREATE TABLE IF NOT EXISTS event_tags (
  tag TEXT NOT NULL, event_id INTEGER NOT NULL,
  PRIMARY KEY (tag, event_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actors (
  article_id INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
  country TEXT, sector TEXT, org TEXT, wikidata TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actors_key ON actors(key);
CREATE TABLE IF NOT EXISTS actor_totals (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, sector TEXT, org TEXT,
  mentions INTEGER NOT NULL, articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
  title, lemmas, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
"#;

impl Store {
    /// Opens (creating when needed) the store at `path` with default options.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with(path, &OpenOptions::default())
    }

    /// Opens (creating when needed) the store at `path`.
    pub fn open_with(path: impl AsRef<Path>, opts: &OpenOptions) -> Result<Store> {
        let path_s = path.as_ref().display().to_string();
        let flags = if opts.read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn =
            Connection::open_with_flags(path.as_ref(), flags).map_err(|source| Error::Sqlite {
                path: path_s.clone(),
                source,
            })?;
        let mut s = Store {
            conn,
            path: path_s,
            busy_timeout: opts.busy_timeout,
        };
        s.init(opts.read_only)?;
        Ok(s)
    }

    /// A store in memory (tests, examples).
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|source| Error::Sqlite {
            path: ":memory:".into(),
            source,
        })?;
        let mut s = Store {
            conn,
            path: ":memory:".into(),
            busy_timeout: Duration::from_secs(5),
        };
        s.init(false)?;
        Ok(s)
    }

    /// The database file this store was opened from.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Maps a SQLite error, turning lock time-outs into [`Error::Busy`].
    pub(crate) fn err(&self, source: rusqlite::Error) -> Error {
        if matches!(
            source.sqlite_error_code(),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
        ) {
            return Error::Busy {
                path: self.path.clone(),
                waited_s: self.busy_timeout.as_secs(),
            };
        }
        Error::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn init(&mut self, read_only: bool) -> Result<()> {
        self.conn
            .busy_timeout(self.busy_timeout)
            .map_err(|e| self.err(e))?;
        let c = &self.conn;
        let version: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let app: i64 = c
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if version > SCHEMA_VERSION || (version > 0 && app != APPLICATION_ID) {
            return Err(Error::Schema {
                path: self.path.clone(),
                msg: format!("application_id {app:#x}, schema version {version}"),
            });
        }
        if read_only {
            c.execute_batch("PRAGMA cache_size=-32768; PRAGMA mmap_size=1073741824;")
                .map_err(|e| self.err(e))?;
            if version == 0 {
                return Err(Error::Schema {
                    path: self.path.clone(),
                    msg: "empty database (nothing ingested yet)".into(),
                });
            }
            return Ok(());
        }
        if version == 0 {
            // Larger pages keep article rows (~2 KB) from leaving half of each page empty; only
            // effective before the first write.
            c.execute_batch("PRAGMA page_size=8192")
                .map_err(|e| self.err(e))?;
        }
        if self.path != ":memory:" {
            let mode: String = c
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Schema {
                    path: self.path.clone(),
                    msg: format!("could not switch to WAL mode (journal_mode={mode})"),
                });
            }
        }
        c.execute_batch(
            "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; \
             PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size=1073741824;",
        )
        .map_err(|e| self.err(e))?;
        if version < SCHEMA_VERSION {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(|e| Error::Sqlite {
                    path: self.path.clone(),
                    source: e,
                })?;
            tx.execute_batch(SCHEMA)
                .and_then(|_| {
                    tx.execute_batch(&format!(
                        "PRAGMA user_version={SCHEMA_VERSION}; PRAGMA application_id={APPLICATION_ID};"
                    ))
                })
                .and_then(|_| tx.commit())
                .map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    /// Counts over the store.
    pub fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<i64> {
            self.conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(|e| self.err(e))
        };
        Ok(Stats {
            articles: one("SELECT count(*) FROM articles")?,
            near_duplicates: one("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL")?,
            events: one("SELECT count(*) FROM events")?,
            event_groups: one("SELECT count(DISTINCT group_id) FROM events")?,
            indexed: one("SELECT count(*) FROM article_fts")?,
            bytes: one("SELECT (SELECT page_count FROM pragma_page_count()) * \
                 (SELECT page_size FROM pragma_page_size())")?,
        })
    }

    /// Checks the store: SQLite integrity, references, index and counts.
    pub fn check(&self) -> Result<CheckReport> {
        let one = |sql: &str| -> Result<i64> {
            self.conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(|e| self.err(e))
        };
        let mut st = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.err(e))?;
        let integrity = st
            .query_map([], |r| r.get::<_, String>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        Ok(CheckReport {
            integrity,
            orphan_events: one("SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS \
                 (SELECT 1 FROM articles a WHERE a.id = e.article_id)) + \
                 (SELECT count(*) FROM event_tags t WHERE NOT EXISTS \
                 (SELECT 1 FROM events e WHERE e.id = t.event_id))")?,
            orphan_groups: one("SELECT count(*) FROM events e WHERE NOT EXISTS \
                 (SELECT 1 FROM event_groups g WHERE g.id = e.group_id)")?,
            fts_mismatch: one(
                "SELECT (SELECT count(*) FROM articles WHERE dup_of IS NULL) - \
                 (SELECT count(*) FROM article_fts)",
            )?,
            count_mismatch: one("SELECT count(*) FROM articles a WHERE a.n_events <> \
                 (SELECT count(*) FROM events e WHERE e.article_id = a.id)")?,
            text_mismatch: one("SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS \
                 (SELECT 1 FROM article_text t WHERE t.id = a.id)) + \
                 (SELECT count(*) FROM article_text t WHERE NOT EXISTS \
                 (SELECT 1 FROM articles a WHERE a.id = t.id))")?,
            totals_mismatch: one(
                "SELECT count(*) FROM (SELECT key, sum(mentions) AS m, count(*) AS n FROM actors \
                 GROUP BY key) x FULL OUTER JOIN actor_totals t ON t.key = x.key \
                 WHERE x.m IS NOT t.mentions OR x.n IS NOT t.articles",
            )?,
        })
    }

    /// Checkpoints the WAL into the main file (call at the end of a long ingest).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(|e| self.err(e))
    }

    /// The underlying connection, for ad-hoc read queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
