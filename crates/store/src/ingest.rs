//! Writing articles and their analyses.

use crate::hash::{content_hash, ContentHash, MinHash, NEAR_DUP_THRESHOLD};
use crate::index::lemma_text;
use crate::keys::{party_key, party_names, party_tags};
use crate::{Error, Result, Store};
use rusqlite::{params, OptionalExtension, Transaction};
use warta_core::analysis::{Analysis, EventOut};
use warta_core::{Article, Span, Ymd};

/// An article with its analysis and everything the store derives from it, computed off the write
/// lock (call [`Prepared::new`] on worker threads).
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The article as read.
    pub article: Article,
    /// Its analysis.
    pub analysis: Analysis,
    /// Hash of the normalised body.
    pub hash: ContentHash,
    /// MinHash signature (none for very short bodies).
    pub minhash: Option<MinHash>,
    /// Lemmas of the body, space-separated.
    pub lemmas: String,
    /// Lemmas of the headline.
    pub title_lemmas: String,
}

impl Prepared {
    /// Derives hashes and lemmas.
    pub fn new(article: Article, analysis: Analysis) -> Prepared {
        let hash = content_hash(&article.body);
        let minhash = MinHash::of(&article.body);
        let mut lemmas = String::with_capacity(article.body.len());
        lemma_text(&article.body, &mut lemmas);
        let mut title_lemmas = String::new();
        if let Some(t) = &article.title {
            lemma_text(t, &mut title_lemmas);
        }
        Prepared {
            article,
            analysis,
            hash,
            minhash,
            lemmas,
            title_lemmas,
        }
    }
}

/// What [`Store::insert_batch`] did with one article.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Stored and indexed as a new article.
    Inserted {
        /// Article id.
        id: i64,
        /// Events stored.
        events: usize,
    },
    /// The same body was already stored; nothing written.
    Duplicate {
        /// The stored article.
        existing: i64,
    },
    /// Stored and linked to an earlier near-identical copy; not indexed, no events counted.
    NearDuplicate {
        /// Article id.
        id: i64,
        /// The earlier copy.
        of: i64,
        /// Estimated Jaccard similarity.
        similarity: f64,
    },
}

/// An article read back from the store.
#[derive(Clone, Debug)]
pub struct StoredArticle {
    /// Article id.
    pub id: i64,
    /// The article (origin, metadata and body as ingested).
    pub article: Article,
}

/// A stored article with how it is stored ([`Store::article`]).
#[derive(Clone, Debug)]
pub struct ArticleRecord {
    /// Id and article as ingested.
    pub stored: StoredArticle,
    /// The article this one is a near-duplicate copy of.
    pub dup_of: Option<i64>,
    /// Similarity to that article.
    pub similarity: Option<f64>,
    /// Engine identification of the stored analysis.
    pub engine: String,
}

/// Columns of an article row read by [`stored_article`] (`articles a JOIN article_text t`).
const ARTICLE_COLS: &str = "a.id, ext_id, url, title, source, dateline, dateline_start, \
    dateline_end, published, origin, t.body";

/// An article from the first columns of a row selected with [`ARTICLE_COLS`].
fn stored_article(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredArticle> {
    let ds: Option<i64> = r.get(6)?;
    let de: Option<i64> = r.get(7)?;
    let published: Option<String> = r.get(8)?;
    Ok(StoredArticle {
        id: r.get(0)?,
        article: Article {
            id: r.get(1)?,
            url: r.get(2)?,
            title: r.get(3)?,
            source: r.get(4)?,
            dateline: r.get(5)?,
            dateline_span: match (ds, de) {
                (Some(s), Some(e)) if 0 <= s && s <= e => Some(Span::new(s as usize, e as usize)),
                _ => None,
            },
            published: published.as_deref().and_then(Ymd::parse_iso),
            body: r.get(10)?,
            origin: r.get(9)?,
        },
    })
}

/// Events that changed for one article on re-analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// Article id.
    pub article: i64,
    /// Headline.
    pub title: Option<String>,
    /// Signatures (`CAMEO actor->recipient modality sN`) of the events that are new.
    pub added: Vec<String>,
    /// Signatures of the events that are gone.
    pub removed: Vec<String>,
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn engine_string(a: &Analysis) -> String {
    let mut s = format!("{} {}", a.engine.name, a.engine.version);
    for (k, v) in &a.engine.data {
        s.push_str(&format!(" {k}={v}"));
    }
    s.trim().to_string()
}

/// Characters `start..end` of `text` (clamped).
fn char_slice(text: &str, start: usize, end: usize) -> &str {
    let mut it = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let b = it.nth(start).unwrap_or(text.len());
    let e = if end > start {
        it.nth(end - start - 1).unwrap_or(text.len())
    } else {
        b
    };
    &text[b..e.max(b)]
}

/// `YYYY-MM-DD` for a date value of any granularity (first day), or `None`.
fn day_of(value: &str) -> Option<String> {
    let v = value.trim();
    if let Some(d) = Ymd::parse_iso(v) {
        return Some(d.to_string());
    }
    let b = v.as_bytes();
    if b.len() == 7 && b[4] == b'-' && b[5..7].iter().all(u8::is_ascii_digit) {
        return Ymd::parse_iso(&format!("{}-01", &v[..7])).map(|d| d.to_string());
    }
    if b.len() == 4 && b.iter().all(u8::is_ascii_digit) {
        return Some(format!("{v}-01-01"));
    }
    None
}

/// The signature of an event for change reports.
pub(crate) fn signature(
    cameo: &str,
    actor: &str,
    recipient: &str,
    modality: &str,
    s: i64,
) -> String {
    format!("{cameo} {actor}->{recipient} {modality} s{s}")
}

fn event_signature(e: &EventOut) -> String {
    signature(
        &e.cameo,
        &party_key(&e.actor),
        &party_key(&e.recipient),
        &e.modality,
        e.sentence as i64,
    )
}

fn insert_analysis(
    tx: &Transaction<'_>,
    id: i64,
    a: &Analysis,
    published: Option<&str>,
) -> rusqlite::Result<usize> {
    let mut group = tx.prepare_cached(
        "INSERT INTO event_groups(key, root, actor_key, recipient_key, date) VALUES (?1,?2,?3,?4,?5) \
         ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id",
    )?;
    let mut ins = tx.prepare_cached(
        "INSERT INTO events(article_id, local_id, group_id, cameo, root, quad_class, plover, modality, \
         actor_key, recipient_key, actor_name, recipient_name, actor_tags, recipient_tags, date, day, \
         sentence, evidence, trigger, confidence, json) \
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)",
    )?;
    for e in &a.events {
        let root: String = e.cameo.chars().take(2).collect();
        let ak = party_key(&e.actor);
        let rk = party_key(&e.recipient);
        let date = e
            .date
            .as_ref()
            .map(|d| d.value.clone())
            .or_else(|| published.map(str::to_string))
            .unwrap_or_default();
        let day = day_of(&date).or_else(|| published.and_then(day_of));
        let key = format!("{root}\t{ak}\t{rk}\t{date}");
        let gid: i64 = group.query_row(params![key, root, ak, rk, date], |r| r.get(0))?;
        let evidence = a
            .sentences
            .get(e.sentence)
            .map(|s| char_slice(&a.text, s.start, s.end))
            .unwrap_or("");
        let atags = party_tags(&e.actor, &a.actors);
        let rtags = party_tags(&e.recipient, &a.actors);
        ins.execute(params![
            id,
            e.id,
            gid,
            e.cameo,
            root,
            e.quad_class,
            e.plover.as_ref().map(|p| p.event.as_str()),
            e.modality,
            ak,
            rk,
            party_names(&e.actor, &a.actors),
            party_names(&e.recipient, &a.actors),
            atags,
            rtags,
            date,
            day,
            e.sentence as i64,
            evidence,
            e.trigger.text,
            f64::from(e.confidence),
            serde_json::to_string(e).unwrap_or_default(),
        ])?;
        let eid = tx.last_insert_rowid();
        let mut tag =
            tx.prepare_cached("INSERT OR IGNORE INTO event_tags(tag, event_id) VALUES (?1, ?2)")?;
        for t in atags.split('|').chain(rtags.split('|')) {
            if !t.is_empty() {
                tag.execute(params![t, eid])?;
            }
        }
    }
    // One row per actor key per article, and the running totals per key.
    let mut per_key: Vec<(String, &warta_core::analysis::ActorOut, i64)> = Vec::new();
    for ac in &a.actors {
        let key = ac.wikidata.clone().unwrap_or_else(|| {
            ac.name
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        });
        if key.is_empty() {
            continue;
        }
        let n = ac.mentions.len().max(1) as i64;
        match per_key.iter_mut().find(|(k, _, _)| *k == key) {
            Some(e) => e.2 += n,
            None => per_key.push((key, ac, n)),
        }
    }
    let mut act = tx.prepare_cached(
        "INSERT INTO actors(article_id, key, name, country, sector, org, wikidata, mentions) \
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
    )?;
    let mut tot = tx.prepare_cached(
        "INSERT INTO actor_totals(key, name, country, sector, org, mentions, articles) \
         VALUES (?1,?2,?3,?4,?5,?6,1) ON CONFLICT(key) DO UPDATE SET \
         mentions = mentions + excluded.mentions, articles = articles + 1",
    )?;
    for (key, ac, n) in &per_key {
        act.execute(params![
            id,
            key,
            ac.name,
            ac.country,
            ac.sector,
            ac.org,
            ac.wikidata,
            n
        ])?;
        tot.execute(params![key, ac.name, ac.country, ac.sector, ac.org, n])?;
    }
    tx.execute(
        "UPDATE articles SET n_events = ?2, engine = ?3 WHERE id = ?1",
        params![id, a.events.len() as i64, engine_string(a)],
    )?;
    Ok(a.events.len())
}

fn index_fts(tx: &Transaction<'_>, id: i64, p: &Prepared) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT INTO article_fts(rowid, title, lemmas) VALUES (?1, ?2, ?3)")?
        .execute(params![id, p.title_lemmas, p.lemmas])?;
    Ok(())
}

fn near_duplicate(tx: &Transaction<'_>, m: &MinHash) -> rusqlite::Result<Option<(i64, f64)>> {
    let bands = m.bands();
    let mut st = tx.prepare_cached(
        "SELECT DISTINCT b.article_id, m.sig FROM minhash_bands b JOIN article_minhash m ON m.id = b.article_id \
         WHERE b.band IN (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
    )?;
    let rows = st.query_map(rusqlite::params_from_iter(bands.iter()), |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<Vec<u8>>>(1)?))
    })?;
    let mut best: Option<(i64, f64)> = None;
    for row in rows {
        let (id, blob) = row?;
        let Some(other) = blob.as_deref().and_then(MinHash::from_bytes) else {
            continue;
        };
        let sim = m.similarity(&other);
        if sim >= NEAR_DUP_THRESHOLD && best.is_none_or(|(_, s)| sim > s) {
            best = Some((id, sim));
        }
    }
    Ok(best)
}

impl Store {
    /// The id of the stored article with this content hash, if any.
    pub fn find_hash(&self, h: &ContentHash) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM articles WHERE hash = ?1")
            .and_then(|mut st| st.query_row([&h[..]], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }

    /// Writes a batch in one transaction (waiting for another writer up to the busy timeout).
    /// Articles already stored are skipped; near-duplicates are linked. The outcomes are in input
    /// order.
    pub fn insert_batch(&mut self, items: Vec<Prepared>) -> Result<Vec<Outcome>> {
        let path = self.path.clone();
        let res = (|| -> rusqlite::Result<Vec<Outcome>> {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut out = Vec::with_capacity(items.len());
            let now = now_secs();
            for p in &items {
                let a = &p.article;
                let published = a.published.map(|d| d.to_string());
                let n = tx
                    .prepare_cached(
                        "INSERT INTO articles(hash, ext_id, url, title, source, dateline, dateline_start, \
                         dateline_end, published, origin, engine, added) \
                         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) ON CONFLICT(hash) DO NOTHING",
                    )?
                    .execute(params![
                        &p.hash[..],
                        a.id,
                        a.url,
                        a.title,
                        a.source,
                        a.dateline,
                        a.dateline_span.map(|s| s.start as i64),
                        a.dateline_span.map(|s| s.end as i64),
                        published,
                        a.origin,
                        engine_string(&p.analysis),
                        now,
                    ])?;
                if n == 0 {
                    let existing: i64 = tx
                        .prepare_cached("SELECT id FROM articles WHERE hash = ?1")?
                        .query_row([&p.hash[..]], |r| r.get(0))?;
                    out.push(Outcome::Duplicate { existing });
                    continue;
                }
                let id = tx.last_insert_rowid();
                tx.prepare_cached("INSERT INTO article_text(id, body) VALUES (?1, ?2)")?
                    .execute(params![id, a.body])?;
                if let Some(m) = &p.minhash {
                    if let Some((of, similarity)) = near_duplicate(&tx, m)? {
                        tx.execute(
                            "UPDATE articles SET dup_of = ?2, similarity = ?3 WHERE id = ?1",
                            params![id, of, similarity],
                        )?;
                        out.push(Outcome::NearDuplicate { id, of, similarity });
                        continue;
                    }
                    tx.prepare_cached("INSERT INTO article_minhash(id, sig) VALUES (?1, ?2)")?
                        .execute(params![id, m.to_bytes()])?;
                    let mut st = tx.prepare_cached(
                        "INSERT OR IGNORE INTO minhash_bands(band, article_id) VALUES (?1, ?2)",
                    )?;
                    for b in m.bands() {
                        st.execute(params![b, id])?;
                    }
                }
                index_fts(&tx, id, p)?;
                let events = insert_analysis(&tx, id, &p.analysis, published.as_deref())?;
                out.push(Outcome::Inserted { id, events });
            }
            tx.commit()?;
            Ok(out)
        })();
        res.map_err(|e| {
            let mut err = self.err(e);
            if let Error::Sqlite { path: p, .. } = &mut err {
                *p = path;
            }
            err
        })
    }

    /// Up to `limit` canonical (not near-duplicate) articles with an id above `after`, by id.
    pub fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<StoredArticle>> {
        let mut st = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ARTICLE_COLS} FROM articles a JOIN article_text t ON t.id = a.id \
                 WHERE a.id > ?1 AND dup_of IS NULL ORDER BY a.id LIMIT ?2"
            ))
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![after, limit as i64], stored_article)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// One stored article by id (near-duplicate copies too), with how it is stored.
    pub fn article(&self, id: i64) -> Result<Option<ArticleRecord>> {
        use rusqlite::OptionalExtension;
        self.conn
            .prepare_cached(&format!(
                "SELECT {ARTICLE_COLS}, dup_of, similarity, engine \
                 FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = ?1"
            ))
            .and_then(|mut st| {
                st.query_row([id], |r| {
                    Ok(ArticleRecord {
                        stored: stored_article(r)?,
                        dup_of: r.get(11)?,
                        similarity: r.get(12)?,
                        engine: r.get(13)?,
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))
    }

    /// Replaces the analyses (events, actors, index entry) of stored articles, in one transaction,
    /// and reports what changed per article (only articles with a change are returned).
    pub fn replace_analyses(&mut self, items: Vec<(i64, Prepared)>) -> Result<Vec<Change>> {
        let res = (|| -> rusqlite::Result<Vec<Change>> {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut changes = Vec::new();
            for (id, p) in &items {
                let mut old: Vec<String> = tx
                    .prepare_cached(
                        "SELECT cameo, actor_key, recipient_key, modality, sentence FROM events WHERE article_id = ?1",
                    )?
                    .query_map([id], |r| {
                        Ok(signature(
                            &r.get::<_, String>(0)?,
                            &r.get::<_, String>(1)?,
                            &r.get::<_, String>(2)?,
                            &r.get::<_, String>(3)?,
                            r.get(4)?,
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()?;
                let mut new: Vec<String> = p.analysis.events.iter().map(event_signature).collect();
                old.sort();
                new.sort();
                let (added, removed) = multiset_diff(&new, &old);
                tx.execute(
                    "DELETE FROM event_tags WHERE event_id IN \
                     (SELECT id FROM events WHERE article_id = ?1)",
                    [id],
                )?;
                tx.execute("DELETE FROM events WHERE article_id = ?1", [id])?;
                tx.execute(
                    "UPDATE actor_totals SET mentions = actor_totals.mentions - ac.mentions, \
                     articles = actor_totals.articles - 1 \
                     FROM (SELECT key, mentions FROM actors WHERE article_id = ?1) AS ac \
                     WHERE actor_totals.key = ac.key",
                    [id],
                )?;
                tx.execute("DELETE FROM actors WHERE article_id = ?1", [id])?;
                tx.execute("DELETE FROM article_fts WHERE rowid = ?1", [id])?;
                index_fts(&tx, *id, p)?;
                let published = p.article.published.map(|d| d.to_string());
                insert_analysis(&tx, *id, &p.analysis, published.as_deref())?;
                if !added.is_empty() || !removed.is_empty() {
                    changes.push(Change {
                        article: *id,
                        title: p.article.title.clone(),
                        added,
                        removed,
                    });
                }
            }
            tx.execute("DELETE FROM actor_totals WHERE articles <= 0", [])?;
            tx.execute(
                "DELETE FROM event_groups WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = event_groups.id)",
                [],
            )?;
            tx.commit()?;
            Ok(changes)
        })();
        res.map_err(|e| self.err(e))
    }
}

/// Elements of sorted `a` not matched in sorted `b`, and of `b` not matched in `a`.
fn multiset_diff(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let (mut i, mut j) = (0, 0);
    let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                only_a.push(x.clone());
                i += 1;
            }
            (Some(_), Some(y)) => {
                only_b.push(y.clone());
                j += 1;
            }
            (Some(x), None) => {
                only_a.push(x.clone());
                i += 1;
            }
            (None, Some(y)) => {
                only_b.push(y.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    (only_a, only_b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slices() {
        let t = "Ä bc dé";
        let table = [
            (0, 1, "Ä"),
            (2, 4, "bc"),
            (5, 7, "dé"),
            (5, 99, "dé"),
            (3, 2, ""),
            (99, 100, ""),
        ];
        for (s, e, want) in table {
            assert_eq!(char_slice(t, s, e), want, "{s}..{e}");
        }
    }

    #[test]
    fn days() {
        let table = [
            ("2024-06-18", Some("2024-06-18")),
            ("2024-06", Some("2024-06-01")),
            ("2024", Some("2024-01-01")),
            ("2024-W25", None),
            ("", None),
            ("2024-02-30", None),
        ];
        for (v, want) in table {
            assert_eq!(day_of(v).as_deref(), want, "{v}");
        }
    }

    #[test]
    fn diffs() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let (a, r) = multiset_diff(&s(&["a", "b", "b", "d"]), &s(&["b", "c", "d"]));
        assert_eq!(a, s(&["a", "b"]));
        assert_eq!(r, s(&["c"]));
    }
}
