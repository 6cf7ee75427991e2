//! The JSON API handlers and the route table.

use crate::sql;
use crate::App;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::cell::RefCell;
use std::sync::Arc;
use warta_core::analysis::Analysis;
use warta_core::{Article, Ymd};
use warta_extract::Scratch;
use warta_read::ReadOptions;
use warta_store::{party_key, ActorCount, ArticleHit, Filter};

/// Largest `limit` a query may ask for.
const MAX_LIMIT: usize = 1000;
/// Modalities of `warta.analysis/1`.
const MODALITIES: &[&str] = &[
    "asserted",
    "alleged",
    "denied",
    "future",
    "hypothetical",
    "negated",
];

/// Every API route as (method, path), in OpenAPI path syntax. The router is built from the same
/// table, so this list cannot drift from what is served.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("post", "/api/analyze"),
    ("get", "/api/search"),
    ("get", "/api/articles/{id}"),
    ("get", "/api/events"),
    ("get", "/api/actors"),
    ("get", "/api/actors/{key}"),
    ("get", "/api/timeline"),
    ("get", "/api/network"),
    ("get", "/api/stats"),
    ("get", "/openapi.json"),
];

fn handler(path: &str) -> MethodRouter<Arc<App>> {
    match path {
        "/api/analyze" => post(analyze),
        "/api/search" => get(search),
        "/api/articles/{id}" => get(article),
        "/api/events" => get(events),
        "/api/actors" => get(actors),
        "/api/actors/{key}" => get(actor),
        "/api/timeline" => get(timeline),
        "/api/network" => get(network),
        "/api/stats" => get(stats),
        "/openapi.json" => get(openapi),
        // API_ROUTES and this match are one table; a path missing here answers 404.
        _ => get(not_found),
    }
}

/// The API routes (state applied).
pub(crate) fn routes(app: Arc<App>) -> Router {
    let mut r: Router<Arc<App>> = Router::new();
    for (_, p) in API_ROUTES {
        r = r.route(p, handler(p));
    }
    r.with_state(app)
}

/// An API error: a status and a message, sent as `{"error": message}`.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    msg: String,
}

impl ApiError {
    fn new(status: StatusCode, msg: impl Into<String>) -> ApiError {
        ApiError {
            status,
            msg: msg.into(),
        }
    }
    fn bad(msg: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, msg)
    }
    fn internal(msg: impl std::fmt::Display) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, msg.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.msg }))).into_response()
    }
}

impl From<warta_store::Error> for ApiError {
    fn from(e: warta_store::Error) -> ApiError {
        match e {
            warta_store::Error::Query(m) => ApiError::bad(m),
            warta_store::Error::Busy { .. } => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
            }
            e => ApiError::internal(e),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal(format!("store: {e}"))
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// 404 for anything unrouted.
pub(crate) async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such page or API route")
}

/// True when the request's `Host` names this machine (`localhost`, `127.x.x.x`, `[::1]`), or
/// there is no `Host` header.
pub(crate) fn loopback_host(h: &HeaderMap) -> bool {
    let Some(host) = h.get(header::HOST) else {
        return true;
    };
    let Ok(host) = host.to_str() else {
        return false;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(n, _)| n)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// 421 for a request addressed to a name that is not this machine.
pub(crate) fn wrong_host() -> ApiError {
    ApiError::new(
        StatusCode::MISDIRECTED_REQUEST,
        "this server answers only requests addressed to localhost (start it with --allow-remote to serve other names)",
    )
}

/// Turns every non-JSON error response (405 from the router, 408 from the timeout, ...) into
/// `{"error": reason}`.
pub(crate) async fn json_errors(res: Response) -> Response {
    let s = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (s.is_client_error() || s.is_server_error()) && !is_json {
        let reason = s.canonical_reason().unwrap_or("error").to_lowercase();
        let mut out = ApiError::new(s, reason).into_response();
        for (k, v) in res.headers() {
            if k == header::ALLOW {
                out.headers_mut().insert(k, v.clone());
            }
        }
        return out;
    }
    res
}

/// Runs store work on the blocking pool with one pooled connection.
async fn with_store<T, F>(app: Arc<App>, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&App, &warta_store::Store) -> Result<T, ApiError> + Send + 'static,
{
    tokio::task::spawn_blocking(move || {
        let store = app
            .store()
            .ok_or_else(|| ApiError::internal("no store connection"))?;
        f(&app, &store)
    })
    .await
    .map_err(|e| ApiError::internal(format!("request failed: {e}")))?
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

fn analyze_article(app: &App, art: &Article) -> Analysis {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => app.analyzer.analyze(art, &mut s),
        Err(_) => app.analyzer.analyze(art, &mut Scratch::default()),
    })
}

/// Query parameters shared by the read endpoints.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Params {
    q: Option<String>,
    actor: Option<String>,
    cameo: Option<String>,
    plover: Option<String>,
    modality: Option<String>,
    source: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<String>,
    aggregate: Option<String>,
}

fn nonempty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn date(name: &str, v: &Option<String>) -> Result<Option<Ymd>, ApiError> {
    match nonempty(v) {
        None => Ok(None),
        Some(s) => Ymd::parse_iso(&s)
            .filter(|_| s.len() == 10)
            .map(Some)
            .ok_or_else(|| ApiError::bad(format!("{name}: not a date (YYYY-MM-DD): {s:?}"))),
    }
}

impl Params {
    /// The store filter; 400 on a malformed value.
    fn filter(&self, default_limit: usize) -> Result<Filter, ApiError> {
        let cameo = nonempty(&self.cameo);
        if let Some(c) = &cameo {
            if c.len() > 4 || !c.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ApiError::bad(format!(
                    "cameo: a CAMEO code prefix is 1-4 digits, got {c:?}"
                )));
            }
        }
        let modality = nonempty(&self.modality).map(|m| m.to_lowercase());
        if let Some(m) = &modality {
            if !MODALITIES.contains(&m.as_str()) {
                return Err(ApiError::bad(format!(
                    "modality: one of {}, got {m:?}",
                    MODALITIES.join(", ")
                )));
            }
        }
        let plover = nonempty(&self.plover);
        if let Some(p) = &plover {
            if p.len() > 40 || !p.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_') {
                return Err(ApiError::bad(format!("plover: not an event type: {p:?}")));
            }
        }
        let limit = match nonempty(&self.limit) {
            None => default_limit,
            Some(s) => match s.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    return Err(ApiError::bad(format!(
                        "limit: a number from 1 to {MAX_LIMIT}, got {s:?}"
                    )))
                }
            },
        };
        let since = date("since", &self.since)?;
        let until = date("until", &self.until)?;
        if let (Some(a), Some(b)) = (since, until) {
            if a > b {
                return Err(ApiError::bad("since is after until"));
            }
        }
        let q = nonempty(&self.q);
        if q.as_ref().is_some_and(|q| q.len() > 1000) {
            return Err(ApiError::bad("q: longer than 1000 bytes"));
        }
        Ok(Filter {
            text: q,
            actor: nonempty(&self.actor),
            cameo,
            plover,
            modality,
            source: nonempty(&self.source),
            since,
            until,
            limit,
        })
    }

    fn aggregate(&self) -> Result<bool, ApiError> {
        match nonempty(&self.aggregate).as_deref() {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(v) => Err(ApiError::bad(format!(
                "aggregate: true or false, got {v:?}"
            ))),
        }
    }
}

fn params(q: Result<Query<Params>, QueryRejection>) -> Result<Params, ApiError> {
    q.map(|Query(p)| p)
        .map_err(|e| ApiError::bad(format!("bad query string: {}", e.body_text())))
}

/// A search hit with a snippet of its text.
#[derive(Debug, Serialize)]
struct Hit {
    #[serde(flatten)]
    hit: ArticleHit,
    snippet: Snippet,
}

/// A piece of an article's text; `marks` are character offsets into `text`.
#[derive(Debug, Default, Serialize, PartialEq)]
pub(crate) struct Snippet {
    pub text: String,
    pub marks: Vec<[usize; 2]>,
}

/// About `width` characters of `body` around the first word that starts with one of the query
/// words (any case), or its opening when none does.
pub(crate) fn snippet(body: &str, query: Option<&str>, width: usize) -> Snippet {
    let words: Vec<String> = query
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect();
    let chars: Vec<char> = body.chars().collect();
    // Find a word start whose lower-cased prefix is a query word.
    let mut hit: Option<(usize, usize)> = None;
    if !words.is_empty() {
        let mut i = 0;
        while i < chars.len() && hit.is_none() {
            if chars[i].is_alphanumeric() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
                let mut j = i;
                while j < chars.len() && chars[j].is_alphanumeric() {
                    j += 1;
                }
                let w: String = chars[i..j].iter().collect::<String>().to_lowercase();
                if words.iter().any(|q| w.starts_with(q.as_str())) {
                    hit = Some((i, j));
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    let (from, to, mark) = match hit {
        Some((s, e)) => {
            let from = s.saturating_sub(width / 3);
            let to = (from + width).min(chars.len()).max(e);
            (from, to, Some([s - from, e - from]))
        }
        None => (0, width.min(chars.len()), None),
    };
    let mut text: String = chars[from..to].iter().collect();
    let mut marks: Vec<[usize; 2]> = mark.into_iter().collect();
    if from > 0 {
        text.insert(0, '…');
        for m in &mut marks {
            m[0] += 1;
            m[1] += 1;
        }
    }
    if to < chars.len() {
        text.push('…');
    }
    Snippet { text, marks }
}

async fn search(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, QueryRejection>,
) -> ApiResult<serde_json::Value> {
    let p = params(q)?;
    let f = p.filter(20)?;
    let hits = with_store(app, move |_, store| {
        let hits = store.search(&f)?;
        let mut out = Vec::with_capacity(hits.len());
        for hit in hits {
            let body = sql::body(store.connection(), hit.id)?.unwrap_or_default();
            let snippet = snippet(&body, f.text.as_deref(), 240);
            out.push(Hit { hit, snippet });
        }
        Ok(out)
    })
    .await?;
    Ok(Json(json!({ "count": hits.len(), "hits": hits })))
}

fn parse_id(s: &str) -> Result<i64, ApiError> {
    s.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad(format!("not an article id: {s:?}")))
}

async fn article(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> ApiResult<serde_json::Value> {
    let id = parse_id(&id)?;
    with_store(app, move |app, store| {
        let row = store
            .article(id)?
            .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no article {id}")))?;
        let analysis = analyze_article(app, &row.stored.article);
        let engine = engine_string(&analysis);
        Ok(Json(json!({
            "id": row.stored.id,
            "origin": row.stored.article.origin,
            "dup_of": row.dup_of,
            "similarity": row.similarity,
            "stored_engine": row.engine,
            "engine": engine,
            "same_engine": row.engine == engine,
            "analysis": analysis,
        })))
    })
    .await
}

/// The engine identification the store records per article (name, version, data versions).
fn engine_string(a: &Analysis) -> String {
    let mut s = format!("{} {}", a.engine.name, a.engine.version);
    for (k, v) in &a.engine.data {
        s.push_str(&format!(" {k}={v}"));
    }
    s.trim().to_string()
}

async fn events(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, QueryRejection>,
) -> ApiResult<serde_json::Value> {
    let p = params(q)?;
    let f = p.filter(100)?;
    if f.text.is_some() {
        return Err(ApiError::bad(
            "q: /api/events does not search words; use /api/search",
        ));
    }
    let aggregate = p.aggregate()?;
    with_store(app, move |_, store| {
        Ok(Json(if aggregate {
            let groups = store.events(&f)?;
            json!({ "count": groups.len(), "groups": groups })
        } else {
            let rows = sql::mentions(store.connection(), &f)?;
            json!({ "count": rows.len(), "events": rows })
        }))
    })
    .await
}

/// An actor with its event counts by role.
#[derive(Debug, Serialize)]
struct ActorRow {
    #[serde(flatten)]
    actor: ActorCount,
    as_actor: i64,
    as_recipient: i64,
}

async fn actors(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, QueryRejection>,
) -> ApiResult<serde_json::Value> {
    let p = params(q)?;
    let f = p.filter(50)?;
    with_store(app, move |_, store| {
        let list = store.actors(&f)?;
        let mut rows = Vec::with_capacity(list.len());
        for a in list {
            let (x, y) = sql::role_counts(store.connection(), &normalise(&a.name))?;
            rows.push(ActorRow {
                actor: a,
                as_actor: x,
                as_recipient: y,
            });
        }
        Ok(Json(json!({ "count": rows.len(), "actors": rows })))
    })
    .await
}

/// A quote attributed to an actor.
#[derive(Debug, Serialize)]
struct ActorQuote {
    article: i64,
    title: Option<String>,
    text: String,
    cue: Option<String>,
    speaker: String,
}

async fn actor(
    State(app): State<Arc<App>>,
    Path(key): Path<String>,
) -> ApiResult<serde_json::Value> {
    let key = key.trim().to_string();
    if key.is_empty() || key.len() > 200 {
        return Err(ApiError::bad("actor key: 1 to 200 bytes"));
    }
    with_store(app, move |app, store| {
        let conn = store.connection();
        // Two kinds of key: an actor of the actor table (Wikidata id or lower-cased name), or a
        // party code of events (`IDNGOV`, or a lower-cased text). Events are found by search tag:
        // the actor's name, or the code.
        let info = sql::actor_info(conn, &key)?;
        let tag = normalise(info.as_ref().map_or(key.as_str(), |i| i.name.as_str()));
        let given = sql::mentions_of(conn, &tag, true, 200)?;
        let received = sql::mentions_of(conn, &tag, false, 200)?;
        if info.is_none() && given.is_empty() && received.is_empty() {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no actor {key:?}"),
            ));
        }
        let tl = sql::timeline(
            conn,
            &Filter {
                actor: Some(tag.clone()),
                ..Filter::default()
            },
        )?;
        let mut ids = sql::actor_articles(conn, &key, 10)?;
        if ids.is_empty() {
            ids = sql::tag_articles(conn, &tag, 10)?;
        }
        let mut quotes = Vec::new();
        for id in ids {
            let Some(row) = store.article(id)? else {
                continue;
            };
            let a = analyze_article(app, &row.stored.article);
            for q in &a.quotes {
                let Some(sp) = &q.speaker else { continue };
                let resolved = sp
                    .actor
                    .as_deref()
                    .and_then(|id| a.actors.iter().find(|x| x.id == id));
                let is_them = party_key(std::slice::from_ref(sp)) == key
                    || normalise(&sp.text) == tag
                    || resolved.is_some_and(|x| {
                        x.wikidata.as_deref() == Some(key.as_str()) || normalise(&x.name) == tag
                    });
                if !is_them {
                    continue;
                }
                quotes.push(ActorQuote {
                    article: id,
                    title: row.stored.article.title.clone(),
                    text: q.text.clone(),
                    cue: q.cue.as_ref().map(|c| c.text.clone()),
                    speaker: sp.text.clone(),
                });
            }
        }
        Ok(Json(json!({
            "key": key,
            "actor": info,
            "given": given,
            "received": received,
            "timeline": tl,
            "quotes": quotes,
        })))
    })
    .await
}

/// Lower case, single spaces (the form of names in keys and search tags).
fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

async fn timeline(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, QueryRejection>,
) -> ApiResult<serde_json::Value> {
    let p = params(q)?;
    let f = p.filter(0)?;
    with_store(app, move |_, store| {
        let days = sql::timeline(store.connection(), &f)?;
        Ok(Json(json!({
            "quad_classes": ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"],
            "days": days,
        })))
    })
    .await
}

async fn network(
    State(app): State<Arc<App>>,
    q: Result<Query<Params>, QueryRejection>,
) -> ApiResult<serde_json::Value> {
    let p = params(q)?;
    let f = p.filter(150)?;
    with_store(app, move |_, store| {
        let net = sql::network(store.connection(), &f)?;
        Ok(Json(serde_json::to_value(net).map_err(ApiError::internal)?))
    })
    .await
}

async fn stats(State(app): State<Arc<App>>) -> ApiResult<serde_json::Value> {
    with_store(app, move |_, store| {
        Ok(Json(
            serde_json::to_value(store.stats()?).map_err(ApiError::internal)?,
        ))
    })
    .await
}

async fn openapi() -> Json<serde_json::Value> {
    Json(crate::openapi::document())
}

/// The token check for write endpoints.
fn authorised(app: &App, headers: &HeaderMap) -> bool {
    let Some(token) = &app.token else {
        return true;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    // Length-independent comparison of the bytes.
    let (a, b) = (given.as_bytes(), token.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= (a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0)) as usize;
    }
    diff == 0
}

async fn analyze(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Analysis> {
    if !authorised(&app, &headers) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this server needs Authorization: Bearer <token> on write endpoints",
        ));
    }
    let body = body.map_err(|e| {
        let s = e.status();
        if s == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(s, "request body too large")
        } else {
            ApiError::new(s, e.body_text())
        }
    })?;
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !matches!(
        ctype.as_str(),
        "text/plain" | "" | "application/json" | "text/html" | "application/xhtml+xml"
    ) {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("content type {ctype:?}: send text/plain, application/json or text/html"),
        ));
    }
    let text = std::str::from_utf8(&body)
        .map_err(|e| ApiError::bad(format!("the body is not UTF-8: {e}")))?
        .to_string();
    if text.trim().is_empty() {
        return Err(ApiError::bad("empty article"));
    }
    let opts = ReadOptions::default();
    let art = match ctype.as_str() {
        "text/plain" | "" => warta_read::parse_plain(&text, &opts),
        "application/json" => warta_read::parse_record(&text, &opts)
            .map_err(|e| ApiError::bad(format!("not an article record: {e}")))?,
        _ => warta_read::parse_html(&text, &opts)
            .map_err(|e| ApiError::bad(format!("no article in the page: {e}")))?,
    };
    if art.body.trim().is_empty() {
        return Err(ApiError::bad("the input has no article text"));
    }
    let analysis = tokio::task::spawn_blocking(move || analyze_article(&app, &art))
        .await
        .map_err(|e| ApiError::internal(format!("analysis failed: {e}")))?;
    Ok(Json(analysis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_marks_the_query_word_in_characters() {
        let body = "Ádik kami. Presiden Rusia mengunjungi Pyongyang pada Rabu.";
        let s = snippet(body, Some("mengunjungi"), 20);
        let m = s.marks[0];
        let got: String = s.text.chars().skip(m[0]).take(m[1] - m[0]).collect();
        assert_eq!(got, "mengunjungi");
        assert!(s.text.starts_with('…'));
    }

    proptest::proptest! {
        /// Any body and query: no panic, marks inside the snippet on character boundaries.
        #[test]
        fn snippet_never_panics(body in "\\PC{0,300}", q in "\\PC{0,20}", width in 0usize..100) {
            let s = snippet(&body, Some(&q), width);
            let n = s.text.chars().count();
            for m in &s.marks {
                proptest::prop_assert!(m[0] < m[1] && m[1] <= n);
            }
        }
    }

    #[test]
    fn snippet_without_match_is_the_opening() {
        let s = snippet("Satu dua tiga empat.", Some("zzz"), 8);
        assert_eq!(s.text, "Satu dua…");
        assert!(s.marks.is_empty());
        assert_eq!(snippet("", None, 10), Snippet::default());
    }

    #[test]
    fn only_loopback_host_names_pass() {
        let cases: &[(Option<&str>, bool)] = &[
            (None, true),
            (Some("127.0.0.1:8080"), true),
            (Some("localhost"), true),
            (Some("LOCALHOST:1"), true),
            (Some("[::1]:8080"), true),
            (Some("127.1.2.3"), true),
            (Some("evil.example:8080"), false),
            (Some("127.0.0.1.evil.example"), false),
            (Some("192.168.1.2:8080"), false),
            (Some("[::1"), true),
            (Some(""), false),
        ];
        for (host, ok) in cases {
            let mut h = HeaderMap::new();
            if let Some(v) = host {
                h.insert(header::HOST, v.parse().unwrap());
            }
            assert_eq!(loopback_host(&h), *ok, "{host:?}");
        }
    }

    #[test]
    fn filters_are_validated() {
        let cases: &[(&str, &str, bool)] = &[
            ("cameo", "04", true),
            ("cameo", "0x", false),
            ("cameo", "04211", false),
            ("modality", "ALLEGED", true),
            ("modality", "maybe", false),
            ("since", "2024-06-18", true),
            ("since", "2024-6-18", false),
            ("since", "kemarin", false),
            ("limit", "0", false),
            ("limit", "5", true),
            ("limit", "-1", false),
            ("plover", "CONSULT", true),
            ("plover", "DROP TABLE", false),
        ];
        for (k, v, ok) in cases {
            let mut p = Params::default();
            let v = Some(v.to_string());
            match *k {
                "cameo" => p.cameo = v,
                "modality" => p.modality = v,
                "since" => p.since = v,
                "limit" => p.limit = v,
                "plover" => p.plover = v,
                _ => unreachable!(),
            }
            assert_eq!(p.filter(10).is_ok(), *ok, "{k}={:?}", p);
        }
    }
}
