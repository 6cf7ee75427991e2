//! A response cache for the read API, invalidated when the store changes.
//!
//! Every `GET /api/...` answer is a pure function of the request URI and the store's contents, and
//! the server only ever reads the store: it changes only when another process (`warta ingest`,
//! `warta reanalyze`) commits. So a successful answer can be kept and served again until the
//! store's files change. This is what search engines do for aggregations (Elasticsearch's shard
//! request cache, dropped on refresh); dashboards ask for the same timeline, network and
//! aggregate views over and over.
//!
//! - The key is the store's *stamp* plus the URI. The stamp is SQLite's `PRAGMA data_version`
//!   on a connection of the cache's own, which changes whenever any other connection (another
//!   process included) commits; it is read before the handler runs, so an answer is never kept
//!   under a stamp older than the data it saw. A new stamp makes every old entry unreachable;
//!   the bounded cache then evicts them.
//! - Concurrent requests for the same missing key run the handler once (single flight); the
//!   others wait for its answer instead of piling the same query onto the store.
//! - Only `200` answers are kept; errors are cheap and always recomputed.
//! - The cache is bounded by the bytes of the bodies it holds ([`ResponseCache::new`]).
//! - Responses carry `x-warta-cache: hit` or `miss`, so clients and tests can tell.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The header that says whether an answer came from the cache.
pub const CACHE_HEADER: &str = "x-warta-cache";
/// Largest body that is cached (bigger answers are always recomputed).
const MAX_ENTRY: usize = 8 << 20;

/// The store's data version: equal stamps mean no commit happened in between.
type Stamp = i64;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    stamp: Stamp,
    uri: String,
}

/// A cached answer.
#[derive(Clone)]
struct Entry {
    content_type: Option<HeaderValue>,
    body: Bytes,
}

#[derive(Clone)]
struct BodyWeighter;

impl quick_cache::Weighter<Key, Entry> for BodyWeighter {
    fn weight(&self, key: &Key, val: &Entry) -> u64 {
        (key.uri.len() + val.body.len() + 64) as u64
    }
}

/// Answers of the read API by store stamp and URI.
pub struct ResponseCache {
    db: String,
    version: Mutex<Connection>,
    cache: quick_cache::sync::Cache<Key, Entry, BodyWeighter>,
}

impl std::fmt::Debug for ResponseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseCache")
            .field("db", &self.db)
            .field("bytes", &self.cache.weight())
            .finish()
    }
}

impl ResponseCache {
    /// A cache of at most `max_bytes` of answers over the store file `db` (opened read-only
    /// here, to watch its data version).
    pub fn new(db: &Path, max_bytes: u64) -> rusqlite::Result<ResponseCache> {
        let conn = Connection::open_with_flags(
            db,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Ok(ResponseCache {
            db: db.display().to_string(),
            version: Mutex::new(conn),
            cache: quick_cache::sync::Cache::with_weighter(1024, max_bytes.max(1), BodyWeighter),
        })
    }

    /// The current data version; `None` when it cannot be read (the answer is then not cached).
    fn stamp(&self) -> Option<Stamp> {
        let conn = self.version.lock().unwrap_or_else(|e| e.into_inner());
        conn.prepare_cached("PRAGMA data_version")
            .and_then(|mut st| st.query_row([], |r| r.get(0)))
            .ok()
    }
}

/// Why an answer was not cached: it is passed on as it is.
struct Uncached(Response);

/// Middleware: serves `GET /api/...` answers from the cache, or runs the handler once and keeps a
/// `200` answer.
pub(crate) async fn layer(cache: Arc<ResponseCache>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let Some(stamp) = cache.stamp() else {
        return next.run(req).await;
    };
    let key = Key {
        stamp,
        uri: req.uri().to_string(),
    };
    let mut computed = false;
    let got = cache
        .cache
        .get_or_insert_async(&key, async {
            computed = true;
            let res = next.run(req).await;
            if res.status() != StatusCode::OK {
                return Err(Uncached(res));
            }
            let content_type = res.headers().get(header::CONTENT_TYPE).cloned();
            let (parts, body) = res.into_parts();
            match axum::body::to_bytes(body, usize::MAX).await {
                Ok(body) if body.len() <= MAX_ENTRY => Ok(Entry { content_type, body }),
                // Too big to keep: answer it uncached.
                Ok(body) => Err(Uncached(Response::from_parts(parts, Body::from(body)))),
                Err(e) => Err(Uncached(
                    (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        axum::Json(serde_json::json!({ "error": format!("response: {e}") })),
                    )
                        .into_response(),
                )),
            }
        })
        .await;
    match got {
        Ok(e) => {
            let mut res = Response::new(Body::from(e.body));
            if let Some(ct) = e.content_type {
                res.headers_mut().insert(header::CONTENT_TYPE, ct);
            }
            res.headers_mut().insert(
                CACHE_HEADER,
                HeaderValue::from_static(if computed { "miss" } else { "hit" }),
            );
            res
        }
        Err(Uncached(res)) => res,
    }
}
