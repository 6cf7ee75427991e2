//! Read queries: article search, aggregated events, actor counts.

use crate::index::fts_query;
use crate::{Error, Result, Store};
use rusqlite::types::Value;
use warta_core::Ymd;

/// Filters shared by `search`, `events`, `actors` and `export`. Empty fields do not filter.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Free text (search only): words are matched by lemma; `"..."` is a phrase.
    pub text: Option<String>,
    /// An actor or recipient: a code (`RUS`, `RUSGOV`, `GOV`), organisation or name (any case).
    pub actor: Option<String>,
    /// CAMEO code prefix (`04`, `042`).
    pub cameo: Option<String>,
    /// PLOVER event type (`CONSULT`).
    pub plover: Option<String>,
    /// Modality (`asserted`, `alleged`, ...).
    pub modality: Option<String>,
    /// Publisher (case-insensitive, exact).
    pub source: Option<String>,
    /// Earliest date (event date, or publication date when no event filter applies).
    pub since: Option<Ymd>,
    /// Latest date.
    pub until: Option<Ymd>,
    /// Maximum number of results (0: no limit).
    pub limit: usize,
}

impl Filter {
    /// True when a filter restricts events (so articles must have a matching event).
    pub fn has_event_filter(&self) -> bool {
        self.actor.is_some()
            || self.cameo.is_some()
            || self.plover.is_some()
            || self.modality.is_some()
    }

    fn limit_value(&self) -> i64 {
        if self.limit == 0 {
            -1
        } else {
            self.limit as i64
        }
    }

    /// SQL conditions over events aliased `e` for the event fields of the filter (actor by search
    /// tag, CAMEO prefix, PLOVER type, modality, event day range), with their parameters
    /// appended to `params`. Public so that other readers of the store (the server) filter
    /// exactly as `warta search` does.
    pub fn event_conds(&self, params: &mut Vec<Value>) -> Vec<String> {
        self.event_conds_with(params, false)
    }

    /// Like [`Filter::event_conds`]; `per_row` picks a form that is cheap when the statement is
    /// run once per article (an index probe per event instead of a list built per run).
    pub(crate) fn event_conds_with(&self, params: &mut Vec<Value>, per_row: bool) -> Vec<String> {
        let mut c = Vec::new();
        if let Some(a) = &self.actor {
            let tag = a
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            params.push(Value::Text(tag));
            let n = params.len();
            c.push(if per_row {
                format!(
                    "EXISTS (SELECT 1 FROM event_tags t WHERE t.tag = ?{n} AND t.event_id = e.id)"
                )
            } else {
                format!("e.id IN (SELECT event_id FROM event_tags WHERE tag = ?{n})")
            });
        }
        if let Some(v) = &self.cameo {
            params.push(Value::Text(format!("{}%", v.trim())));
            c.push(format!("e.cameo LIKE ?{}", params.len()));
        }
        if let Some(v) = &self.plover {
            params.push(Value::Text(v.trim().to_uppercase()));
            c.push(format!("e.plover = ?{}", params.len()));
        }
        if let Some(v) = &self.modality {
            params.push(Value::Text(v.trim().to_lowercase()));
            c.push(format!("e.modality = ?{}", params.len()));
        }
        if let Some(d) = self.since {
            params.push(Value::Text(d.to_string()));
            c.push(format!("e.day >= ?{}", params.len()));
        }
        if let Some(d) = self.until {
            params.push(Value::Text(d.to_string()));
            c.push(format!("e.day <= ?{}", params.len()));
        }
        c
    }
}

/// One event mention in one article.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct EventRow {
    /// Mention id (store-wide).
    pub id: i64,
    /// Aggregated event id.
    pub group: i64,
    /// Article id.
    pub article: i64,
    /// Event id within its article's analysis (`ev3`).
    pub local_id: String,
    /// Headline of the article.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// CAMEO quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict).
    pub quad_class: i64,
    /// PLOVER type.
    pub plover: Option<String>,
    /// Modality.
    pub modality: String,
    /// Actor names.
    pub actor: String,
    /// Recipient names.
    pub recipient: String,
    /// Actor key.
    pub actor_key: String,
    /// Recipient key.
    pub recipient_key: String,
    /// Event date (or publication date).
    pub date: String,
    /// Sentence index in the article.
    pub sentence: i64,
    /// The sentence.
    pub evidence: String,
    /// Trigger words.
    pub trigger: String,
}

/// One article found by [`Store::search`].
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ArticleHit {
    /// Article id.
    pub id: i64,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Where it was read from.
    pub origin: Option<String>,
    /// BM25 score (lower is better; 0 without a text query).
    pub score: f64,
    /// Near-duplicate copies linked to this article.
    pub copies: i64,
    /// Its events matching the filter.
    pub events: Vec<EventRow>,
}

/// An aggregated event: the mentions that share actor key, recipient key, CAMEO root and date.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct EventGroup {
    /// Aggregated event id.
    pub id: i64,
    /// Date (event date or publication date; any granularity).
    pub date: String,
    /// CAMEO root.
    pub root: String,
    /// Most frequent full CAMEO code among the mentions.
    pub cameo: String,
    /// Quad class.
    pub quad_class: i64,
    /// PLOVER type of that code.
    pub plover: Option<String>,
    /// Actor key.
    pub actor_key: String,
    /// Recipient key.
    pub recipient_key: String,
    /// Actor names (of the first mention).
    pub actor: String,
    /// Recipient names (of the first mention).
    pub recipient: String,
    /// Number of mentions (matching the filter).
    pub num_mentions: i64,
    /// Number of distinct publishers.
    pub num_sources: i64,
    /// Number of distinct articles.
    pub num_articles: i64,
    /// Evidence sentence of the first mention.
    pub evidence: String,
    /// First mention id.
    pub first_mention: i64,
}

/// How often an actor is mentioned.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct ActorCount {
    /// Actor key (Wikidata id or lower-cased name).
    pub key: String,
    /// Name.
    pub name: String,
    /// Country code.
    pub country: Option<String>,
    /// Sector code.
    pub sector: Option<String>,
    /// Organisation.
    pub org: Option<String>,
    /// Mentions over all articles.
    pub mentions: i64,
    /// Articles that mention it.
    pub articles: i64,
}

/// The columns [`EventRow::from_row`] reads, over `events e JOIN articles a`: for other crates'
/// read queries on the store's schema (the server's), so that they share the mapping.
pub const EVENT_COLUMNS: &str = "e.id, e.group_id, e.article_id, e.local_id, a.title, a.source, \
    a.url, e.cameo, e.quad_class, e.plover, e.modality, e.actor_name, e.recipient_name, \
    e.actor_key, e.recipient_key, e.date, e.sentence, e.evidence, e.trigger";
const EVENT_COLS: &str = EVENT_COLUMNS;

impl EventRow {
    /// Reads a row selected with [`EVENT_COLUMNS`].
    pub fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
        Ok(EventRow {
            id: r.get(0)?,
            group: r.get(1)?,
            article: r.get(2)?,
            local_id: r.get(3)?,
            title: r.get(4)?,
            source: r.get(5)?,
            url: r.get(6)?,
            cameo: r.get(7)?,
            quad_class: r.get(8)?,
            plover: r.get(9)?,
            modality: r.get(10)?,
            actor: r.get(11)?,
            recipient: r.get(12)?,
            actor_key: r.get(13)?,
            recipient_key: r.get(14)?,
            date: r.get(15)?,
            sentence: r.get(16)?,
            evidence: r.get(17)?,
            trigger: r.get(18)?,
        })
    }
}

fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    EventRow::from_row(r)
}

impl Store {
    /// Articles matching the filter, best first, each with its matching events.
    pub fn search(&self, f: &Filter) -> Result<Vec<ArticleHit>> {
        let mut params: Vec<Value> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        let (from, score, order) = match f.text.as_deref().map(str::trim).filter(|t| !t.is_empty())
        {
            Some(t) => {
                let q = fts_query(t).ok_or_else(|| {
                    Error::Query(format!("the query {t:?} has no searchable word"))
                })?;
                params.push(Value::Text(q));
                conds.push(format!("article_fts MATCH ?{}", params.len()));
                (
                    "article_fts JOIN articles a ON a.id = article_fts.rowid",
                    "bm25(article_fts, 2.0, 1.0)",
                    "score, a.id",
                )
            }
            None => {
                conds.push("a.dup_of IS NULL".into());
                ("articles a", "0.0", "a.published DESC, a.id DESC")
            }
        };
        if let Some(s) = &f.source {
            params.push(Value::Text(s.trim().to_string()));
            conds.push(format!("a.source = ?{} COLLATE NOCASE", params.len()));
        }
        let mut ev_params = Vec::new();
        let ev_conds = f.event_conds(&mut ev_params);
        if f.has_event_filter() {
            let text = f.text.as_deref().is_some_and(|t| !t.trim().is_empty());
            if !text && self.frequent_events(f)? {
                // Many articles match: walk articles newest first and probe each one's events;
                // the first `limit` that match end the walk.
                let mut row_params = Vec::new();
                let row_conds = f.event_conds_with(&mut row_params, true);
                let base = params.len();
                let sub = renumber(&row_conds.join(" AND "), base, row_params.len());
                params.extend(row_params);
                conds.push(format!(
                    "EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND {sub})"
                ));
            } else {
                // Few match (or a text query ranks them): list the matching articles.
                let base = params.len();
                let sub = renumber(&ev_conds.join(" AND "), base, ev_params.len());
                params.extend(ev_params.iter().cloned());
                conds.push(format!(
                    "a.id IN (SELECT e.article_id FROM events e WHERE {sub})"
                ));
            }
        } else {
            if let Some(d) = f.since {
                params.push(Value::Text(d.to_string()));
                conds.push(format!("a.published >= ?{}", params.len()));
            }
            if let Some(d) = f.until {
                params.push(Value::Text(d.to_string()));
                conds.push(format!("a.published <= ?{}", params.len()));
            }
        }
        params.push(Value::Integer(f.limit_value()));
        let has_text = f.text.as_deref().is_some_and(|t| !t.trim().is_empty());
        let sql = if has_text && conds.len() == 1 {
            // Text only: rank inside the index, then read just the top rows of `articles`.
            format!(
                "SELECT a.id, a.title, a.source, a.published, a.url, a.origin, r.score \
                 FROM (SELECT rowid, {score} AS score FROM article_fts WHERE article_fts MATCH ?1 \
                 ORDER BY score LIMIT ?2) r JOIN articles a ON a.id = r.rowid ORDER BY r.score, a.id"
            )
        } else {
            format!(
                "SELECT a.id, a.title, a.source, a.published, a.url, a.origin, {score} AS score \
                 FROM {from} WHERE {} ORDER BY {order} LIMIT ?{}",
                conds.join(" AND "),
                params.len()
            )
        };
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut hits = st
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                Ok(ArticleHit {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    source: r.get(2)?,
                    published: r.get(3)?,
                    url: r.get(4)?,
                    origin: r.get(5)?,
                    score: r.get(6)?,
                    ..ArticleHit::default()
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        // Events per hit.
        let mut row_params = Vec::new();
        let row_conds = f.event_conds_with(&mut row_params, true);
        let ev_where = if f.has_event_filter() {
            format!(
                " AND {}",
                renumber(&row_conds.join(" AND "), 1, row_params.len())
            )
        } else {
            String::new()
        };
        let ev_sql = format!(
            "SELECT {EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id \
             WHERE e.article_id = ?1{ev_where} ORDER BY e.sentence, e.id LIMIT 50"
        );
        let mut est = self.conn.prepare(&ev_sql).map_err(|e| self.err(e))?;
        let mut cst = self
            .conn
            .prepare_cached("SELECT count(*) FROM articles WHERE dup_of = ?1")
            .map_err(|e| self.err(e))?;
        for h in &mut hits {
            let mut p = vec![Value::Integer(h.id)];
            if f.has_event_filter() {
                p.extend(row_params.iter().cloned());
            }
            h.events = est
                .query_map(rusqlite::params_from_iter(p.iter()), event_row)
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(|e| self.err(e))?;
            h.copies = cst
                .query_row([h.id], |r| r.get(0))
                .map_err(|e| self.err(e))?;
        }
        Ok(hits)
    }

    /// True when the events matching `f` are so many that walking articles newest first finds
    /// `limit` of them sooner than listing them all: more than about sqrt(articles x limit)
    /// matches, counted up to that bound (so a rare filter costs one pass over its matches, as
    /// the listing would anyway).
    fn frequent_events(&self, f: &Filter) -> Result<bool> {
        if f.limit == 0 {
            return Ok(false);
        }
        let articles: i64 = self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))?;
        let bound = ((articles.max(1) as f64) * f.limit as f64).sqrt().ceil() as i64;
        let mut params = Vec::new();
        let conds = f.event_conds(&mut params);
        params.push(Value::Integer(bound));
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM events e WHERE {} LIMIT ?{})",
            conds.join(" AND "),
            params.len()
        );
        let n: i64 = self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(params.iter()), |r| {
                r.get(0)
            })
            .map_err(|e| self.err(e))?;
        Ok(n >= bound)
    }

    /// Aggregated events matching the filter, most mentioned first.
    pub fn events(&self, f: &Filter) -> Result<Vec<EventGroup>> {
        // Rank groups on the covering index `events_facts` (no event rows, no article rows unless
        // a publisher filter needs them), then fill in the few groups that are returned.
        let mut params: Vec<Value> = Vec::new();
        let mut conds = f.event_conds(&mut params);
        let from = if let Some(s) = &f.source {
            params.push(Value::Text(s.trim().to_string()));
            conds.push(format!("a.source = ?{} COLLATE NOCASE", params.len()));
            "events e JOIN articles a ON a.id = e.article_id"
        } else {
            "events e"
        };
        if conds.is_empty() {
            conds.push("1".into());
        }
        params.push(Value::Integer(f.limit_value()));
        // A group's mentions all share its date (it is part of the group key).
        let sql = format!(
            "SELECT e.group_id, count(*) AS n, count(DISTINCT e.article_id) AS na, max(e.date) AS d, \
             min(e.id) FROM {from} WHERE {} GROUP BY e.group_id ORDER BY n DESC, na DESC, d DESC, \
             e.group_id LIMIT ?{}",
            conds.join(" AND "),
            params.len()
        );
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut groups = st
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                Ok(EventGroup {
                    id: r.get(0)?,
                    num_mentions: r.get(1)?,
                    num_articles: r.get(2)?,
                    date: r.get(3)?,
                    first_mention: r.get(4)?,
                    ..EventGroup::default()
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        // Publishers per returned group, over the mentions that match the filter.
        let mut row_params = vec![Value::Null];
        let mut row_conds = f.event_conds_with(&mut row_params, true);
        if let Some(s) = &f.source {
            row_params.push(Value::Text(s.trim().to_string()));
            row_conds.push(format!("a.source = ?{} COLLATE NOCASE", row_params.len()));
        }
        row_conds.insert(0, "e.group_id = ?1".into());
        let mut sources = self
            .conn
            .prepare(&format!(
                "SELECT count(DISTINCT coalesce(a.source, '')) FROM events e \
                 JOIN articles a ON a.id = e.article_id WHERE {}",
                row_conds.join(" AND ")
            ))
            .map_err(|e| self.err(e))?;
        let mut key = self
            .conn
            .prepare_cached("SELECT root, actor_key, recipient_key FROM event_groups WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        for g in &mut groups {
            row_params[0] = Value::Integer(g.id);
            g.num_sources = sources
                .query_row(rusqlite::params_from_iter(row_params.iter()), |r| r.get(0))
                .map_err(|e| self.err(e))?;
            (g.root, g.actor_key, g.recipient_key) = key
                .query_row([g.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(|e| self.err(e))?;
        }
        let mut first = self
            .conn
            .prepare_cached("SELECT actor_name, recipient_name, evidence FROM events WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        let mut code = self
            .conn
            .prepare_cached(
                "SELECT cameo, quad_class, plover FROM events WHERE group_id = ?1 \
                 GROUP BY cameo ORDER BY count(*) DESC, cameo LIMIT 1",
            )
            .map_err(|e| self.err(e))?;
        for g in &mut groups {
            (g.actor, g.recipient, g.evidence) = first
                .query_row([g.first_mention], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(|e| self.err(e))?;
            (g.cameo, g.quad_class, g.plover) = code
                .query_row([g.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(|e| self.err(e))?;
        }
        Ok(groups)
    }

    /// The mentions of one aggregated event (all of them, in article order).
    pub fn mentions(&self, group: i64) -> Result<Vec<EventRow>> {
        let sql = format!(
            "SELECT {EVENT_COLS} FROM events e JOIN articles a ON a.id = e.article_id \
             WHERE e.group_id = ?1 ORDER BY e.article_id, e.sentence, e.id"
        );
        let mut st = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map([group], event_row)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Actors by number of mentions. `actor` filters by key, name, country, sector or organisation;
    /// `source`, `since`, `until` by article.
    pub fn actors(&self, f: &Filter) -> Result<Vec<ActorCount>> {
        let mut params: Vec<Value> = Vec::new();
        let by_article = f.source.is_some() || f.since.is_some() || f.until.is_some();
        let t = if by_article { "ac" } else { "t" };
        let mut conds = vec!["1".to_string()];
        if let Some(v) = &f.actor {
            params.push(Value::Text(v.trim().to_lowercase()));
            let n = params.len();
            conds.push(format!(
                "({t}.key = ?{n} OR lower({t}.name) = ?{n} OR lower({t}.country) = ?{n} \
                 OR lower({t}.sector) = ?{n} OR lower({t}.org) = ?{n})"
            ));
        }
        if let Some(s) = &f.source {
            params.push(Value::Text(s.trim().to_string()));
            conds.push(format!("a.source = ?{} COLLATE NOCASE", params.len()));
        }
        if let Some(d) = f.since {
            params.push(Value::Text(d.to_string()));
            conds.push(format!("a.published >= ?{}", params.len()));
        }
        if let Some(d) = f.until {
            params.push(Value::Text(d.to_string()));
            conds.push(format!("a.published <= ?{}", params.len()));
        }
        params.push(Value::Integer(f.limit_value()));
        let sql = if by_article {
            format!(
                "SELECT ac.key, max(ac.name), max(ac.country), max(ac.sector), max(ac.org), \
                 sum(ac.mentions) AS m, count(DISTINCT ac.article_id) AS na \
                 FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE {} \
                 GROUP BY ac.key ORDER BY m DESC, na DESC, ac.key LIMIT ?{}",
                conds.join(" AND "),
                params.len()
            )
        } else {
            // Running totals: no scan of the per-article rows.
            format!(
                "SELECT t.key, t.name, t.country, t.sector, t.org, t.mentions, t.articles \
                 FROM actor_totals t WHERE {} ORDER BY t.mentions DESC, t.articles DESC, t.key LIMIT ?{}",
                conds.join(" AND "),
                params.len()
            )
        };
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                Ok(ActorCount {
                    key: r.get(0)?,
                    name: r.get(1)?,
                    country: r.get(2)?,
                    sector: r.get(3)?,
                    org: r.get(4)?,
                    mentions: r.get(5)?,
                    articles: r.get(6)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }
}

/// Rewrites `?1..?n` placeholders in `sql` to `?(base+1)..?(base+n)`, highest first so that `?1`
/// does not clobber `?10`.
fn renumber(sql: &str, base: usize, n: usize) -> String {
    let mut s = sql.to_string();
    for i in (1..=n).rev() {
        s = s.replace(&format!("?{i}"), &format!("?#{}", i + base));
    }
    s.replace("?#", "?")
}
