//! Read queries the store crate does not offer (event mentions, timeline counts, actor network,
//! actor detail), as plain SQL over the store's schema
//! (`warta_store` documents it in `lib.rs`). Everything here only reads.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use std::collections::BTreeMap;
use warta_store::Filter;

/// SQL conditions over `events e JOIN articles a` for the event fields of a filter: the same
/// meaning as the store's own filters (actor by search tag, CAMEO prefix, PLOVER type, modality,
/// publisher, event day range).
pub(crate) fn event_conds(f: &Filter, params: &mut Vec<Value>) -> Vec<String> {
    let mut c = f.event_conds(params);
    if let Some(s) = &f.source {
        params.push(Value::Text(s.trim().to_string()));
        c.push(format!("a.source = ?{} COLLATE NOCASE", params.len()));
    }
    if c.is_empty() {
        c.push("1".into());
    }
    c
}

/// The event table, joined with articles only when a publisher filter needs them (the aggregate
/// views then read the store's covering indexes alone).
fn events_from(f: &Filter) -> &'static str {
    if f.source.is_some() {
        "events e JOIN articles a ON a.id = e.article_id"
    } else {
        "events e"
    }
}

fn limit_value(f: &Filter) -> i64 {
    if f.limit == 0 {
        -1
    } else {
        f.limit as i64
    }
}

/// The stored body of an article.
pub(crate) fn body(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT body FROM article_text WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()
}

/// One event mention (flat, for tables): the store's row, read with the store's own mapping.
pub(crate) type Mention = warta_store::EventRow;

const MENTION_COLS: &str = warta_store::EVENT_COLUMNS;

fn mention(r: &rusqlite::Row<'_>) -> rusqlite::Result<Mention> {
    Mention::from_row(r)
}

/// Event mentions matching the filter, newest day first.
pub(crate) fn mentions(conn: &Connection, f: &Filter) -> rusqlite::Result<Vec<Mention>> {
    let mut params = Vec::new();
    let conds = event_conds(f, &mut params);
    params.push(Value::Integer(limit_value(f)));
    let sql = format!(
        "SELECT {MENTION_COLS} FROM events e JOIN articles a ON a.id = e.article_id WHERE {} \
         ORDER BY e.day DESC, e.id LIMIT ?{}",
        conds.join(" AND "),
        params.len()
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params_from_iter(params.iter()), mention)?;
    rows.collect()
}

/// Event mentions whose actor (`as_actor`) or recipient parties carry the search tag `tag` (a
/// code such as `idngov`, an organisation, or an actor name, lower case; see
/// `warta_store::party_tags`).
pub(crate) fn mentions_of(
    conn: &Connection,
    tag: &str,
    as_actor: bool,
    limit: usize,
) -> rusqlite::Result<Vec<Mention>> {
    let col = if as_actor {
        "e.actor_tags"
    } else {
        "e.recipient_tags"
    };
    // The tag index finds the events of either role; the role is then checked on those rows.
    let sql = format!(
        "SELECT {MENTION_COLS} FROM event_tags t JOIN events e ON e.id = t.event_id \
         JOIN articles a ON a.id = e.article_id \
         WHERE t.tag = ?1 AND instr({col}, '|' || ?1 || '|') > 0 \
         ORDER BY e.day DESC, e.id LIMIT ?2"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(rusqlite::params![tag, limit as i64], mention)?;
    rows.collect()
}

/// Events whose actor parties, and whose recipient parties, carry the search tag `tag`.
pub(crate) fn role_counts(conn: &Connection, tag: &str) -> rusqlite::Result<(i64, i64)> {
    conn.prepare_cached(
        "SELECT coalesce(sum(instr(e.actor_tags, '|' || ?1 || '|') > 0), 0), \
         coalesce(sum(instr(e.recipient_tags, '|' || ?1 || '|') > 0), 0) \
         FROM event_tags t JOIN events e ON e.id = t.event_id WHERE t.tag = ?1",
    )?
    .query_row([tag], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// Up to `limit` articles (newest first) with an event one of whose parties carries `tag`.
pub(crate) fn tag_articles(
    conn: &Connection,
    tag: &str,
    limit: usize,
) -> rusqlite::Result<Vec<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT e.article_id FROM event_tags t JOIN events e ON e.id = t.event_id \
         WHERE t.tag = ?1 ORDER BY e.article_id DESC LIMIT ?2",
    )?;
    let rows = st.query_map(rusqlite::params![tag, limit as i64], |r| r.get(0))?;
    rows.collect()
}

/// Events per day by quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
/// conflict, 4 material conflict).
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub(crate) struct Day {
    pub day: String,
    pub quad: [i64; 4],
    pub total: i64,
}

/// Timeline over events matching the filter (events without a day are left out).
pub(crate) fn timeline(conn: &Connection, f: &Filter) -> rusqlite::Result<Vec<Day>> {
    let mut params = Vec::new();
    let conds = event_conds(f, &mut params);
    let sql = format!(
        "SELECT e.day, e.quad_class, count(*) FROM {} \
         WHERE e.day IS NOT NULL AND {} GROUP BY e.day, e.quad_class ORDER BY e.day",
        events_from(f),
        conds.join(" AND ")
    );
    let mut st = conn.prepare(&sql)?;
    let mut days: BTreeMap<String, Day> = BTreeMap::new();
    let rows = st.query_map(params_from_iter(params.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (day, q, n) = row?;
        let d = days.entry(day.clone()).or_insert_with(|| Day {
            day,
            ..Day::default()
        });
        if (1..=4).contains(&q) {
            d.quad[(q - 1) as usize] += n;
        }
        d.total += n;
    }
    Ok(days.into_values().collect())
}

/// A node of the actor network.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub(crate) struct Node {
    pub key: String,
    pub name: String,
    pub events: i64,
}

/// A directed edge: `source` did something to `target`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub(crate) struct Edge {
    pub source: String,
    pub target: String,
    pub events: i64,
    pub cooperation: i64,
    pub conflict: i64,
}

/// The actor network.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub(crate) struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Actor pairs weighted by events (heaviest `f.limit` edges).
pub(crate) fn network(conn: &Connection, f: &Filter) -> rusqlite::Result<Network> {
    let mut params = Vec::new();
    let conds = event_conds(f, &mut params);
    params.push(Value::Integer(limit_value(f)));
    let sql = format!(
        "SELECT e.actor_key, e.recipient_key, max(e.actor_name), max(e.recipient_name), count(*) AS n, \
         sum(e.quad_class <= 2), sum(e.quad_class >= 3) \
         FROM {} \
         WHERE e.actor_key <> '' AND e.recipient_key <> '' AND e.actor_key <> e.recipient_key AND {} \
         GROUP BY e.actor_key, e.recipient_key ORDER BY n DESC, e.actor_key, e.recipient_key LIMIT ?{}",
        events_from(f),
        conds.join(" AND "),
        params.len()
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params_from_iter(params.iter()), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, i64>(6)?,
        ))
    })?;
    let mut net = Network::default();
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    for row in rows {
        let (ak, rk, an, rn, n, coop, conf) = row?;
        for (k, name) in [(&ak, &an), (&rk, &rn)] {
            nodes
                .entry(k.clone())
                .or_insert_with(|| Node {
                    key: k.clone(),
                    name: name.clone(),
                    events: 0,
                })
                .events += n;
        }
        net.edges.push(Edge {
            source: ak,
            target: rk,
            events: n,
            cooperation: coop,
            conflict: conf,
        });
    }
    // Prefer the actor's usual name (running totals) over one party text of one event.
    let mut name = conn.prepare_cached("SELECT name FROM actor_totals WHERE key = ?1")?;
    for n in nodes.values_mut() {
        if let Some(v) = name
            .query_row([&n.key], |r| r.get::<_, String>(0))
            .optional()?
        {
            n.name = v;
        }
    }
    net.nodes = nodes.into_values().collect();
    Ok(net)
}

/// Totals of one actor.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub(crate) struct ActorInfo {
    pub key: String,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub org: Option<String>,
    pub mentions: i64,
    pub articles: i64,
}

/// One actor's totals by key.
pub(crate) fn actor_info(conn: &Connection, key: &str) -> rusqlite::Result<Option<ActorInfo>> {
    conn.prepare_cached(
        "SELECT key, name, country, sector, org, mentions, articles FROM actor_totals WHERE key = ?1",
    )?
    .query_row([key], |r| {
        Ok(ActorInfo {
            key: r.get(0)?,
            name: r.get(1)?,
            country: r.get(2)?,
            sector: r.get(3)?,
            org: r.get(4)?,
            mentions: r.get(5)?,
            articles: r.get(6)?,
        })
    })
    .optional()
}

/// Up to `limit` articles (ids, newest first) that mention the actor `key`.
pub(crate) fn actor_articles(
    conn: &Connection,
    key: &str,
    limit: usize,
) -> rusqlite::Result<Vec<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT ac.article_id FROM actors ac JOIN articles a ON a.id = ac.article_id \
         WHERE ac.key = ?1 ORDER BY a.published DESC, a.id DESC LIMIT ?2",
    )?;
    let rows = st.query_map(rusqlite::params![key, limit as i64], |r| r.get(0))?;
    rows.collect()
}
