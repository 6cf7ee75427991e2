//! `warta serve`: a JSON API and an embedded web UI over a warta corpus store.
//!
//! The API ([`router`]) answers read queries over the store (search, article with its analysis,
//! events, actors, timeline, actor network) and analyses posted articles (`POST /api/analyze`).
//! Its OpenAPI 3 description is served at `/openapi.json`; [`openapi::document`] and
//! [`API_ROUTES`] are checked against each other and against the router by the tests.
//!
//! | route | answer |
//! |---|---|
//! | `POST /api/analyze` | `warta.analysis/1` of a posted article (text/plain, JSON record, HTML) |
//! | `GET /api/search` | articles by words (lemma-matched) and filters, with snippets and events |
//! | `GET /api/articles/{id}` | one stored article with its analysis |
//! | `GET /api/events` | event mentions; `aggregate=true`: cross-article groups |
//! | `GET /api/actors`, `/api/actors/{key}` | actors with role counts; one actor's events, timeline, quotes |
//! | `GET /api/timeline` | events per day by quad class |
//! | `GET /api/network` | actor pairs weighted by events |
//! | `GET /api/stats`, `/openapi.json` | store counts; the OpenAPI 3 document |
//!
//! Filters everywhere: `q` (search only), `actor`, `cameo`, `plover`, `modality`, `source`,
//! `since`, `until`, `limit`; a malformed value is a 400.
//!
//! Queries the store crate lacks (flat event mentions, timeline, network,
//! actor detail, role counts) are read-only SQL in the private `sql` module over the store schema.
//!
//! Read answers are cached ([`cache`]): the server never writes the store, so a `GET /api/...`
//! answer stays valid until another process commits, which SQLite's data version reveals.
//!
//! The UI is plain HTML, CSS and JavaScript compiled into the binary (`assets/`); it loads nothing
//! from elsewhere, and the `Content-Security-Policy` header forbids inline scripts and foreign
//! origins. Article text is always put into the page as text nodes, never parsed as HTML.
//!
//! Safety defaults: the server listens on a loopback address; any other address is refused unless
//! remote access is allowed *and* a token is set ([`Config::check`]). With a token,
//! `POST /api/analyze` requires `Authorization: Bearer <token>`. Request bodies are limited
//! ([`MAX_BODY`]) and requests time out ([`REQUEST_TIMEOUT`]). Every error is JSON
//! `{"error": message}` with a fitting status.
//!
//! ```
//! use warta_serve::{router, App};
//! let store = warta_store::Store::in_memory().unwrap();
//! let app = App::new(vec![store], None);
//! let _router = router(app);
//! ```
#![deny(missing_docs)]

mod api;
mod assets;
pub mod cache;
pub mod openapi;
mod sql;

use axum::http::{header, HeaderValue};
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use warta_extract::Analyzer;
use warta_store::{OpenOptions, Store};

pub use api::API_ROUTES;
pub use cache::{ResponseCache, CACHE_HEADER};

/// Largest accepted request body (bytes).
pub const MAX_BODY: usize = 2 << 20;
/// Time after which a request is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The `Content-Security-Policy` of every response.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Errors that stop the server from starting or running.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A non-loopback address without `--allow-remote` and `--token`.
    #[error(
        "refusing to listen on {0}: it is not a loopback address; pass --allow-remote and \
         --token <secret> to serve other machines"
    )]
    Remote(SocketAddr),
    /// The store file does not exist.
    #[error("no store at {0} (run `warta ingest` first, or pass --db)")]
    NoStore(PathBuf),
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] warta_store::Error),
    /// Binding or serving failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Server settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Store file.
    pub db: PathBuf,
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Allow a non-loopback address (also needs `token`).
    pub allow_remote: bool,
    /// Secret required on write endpoints (`Authorization: Bearer <token>`).
    pub token: Option<String>,
    /// Read connections to the store (0: one per core, at least 2).
    pub readers: usize,
    /// Bytes of read-API answers kept in the response cache (0: no cache); see [`cache`].
    pub cache_bytes: u64,
}

impl Config {
    /// Refuses unsafe settings: a non-loopback address needs `allow_remote` and a non-empty token.
    pub fn check(&self) -> Result<(), Error> {
        let has_token = self.token.as_deref().is_some_and(|t| !t.trim().is_empty());
        let remote_ok = self.allow_remote && has_token;
        if !(self.addr.ip().is_loopback() || remote_ok) {
            return Err(Error::Remote(self.addr));
        }
        Ok(())
    }
}

/// Shared state: a small pool of store connections, the analyzer and the write token.
pub struct App {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
    analyzer: Analyzer,
    token: Option<String>,
    any_host: bool,
    cache: Option<Arc<ResponseCache>>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("stores", &self.stores.len())
            .finish()
    }
}

impl App {
    /// State over already opened stores (all on the same database; at least one) and an optional
    /// write token.
    pub fn new(stores: Vec<Store>, token: Option<String>) -> Arc<App> {
        App::with_hosts(stores, token, false)
    }

    /// Like [`App::new`]; `any_host` accepts requests whose `Host` is not a loopback name (for
    /// `--allow-remote`). Otherwise such requests get 421, which defeats DNS rebinding: a web page
    /// on another site cannot reach the local server through a name it controls.
    pub fn with_hosts(stores: Vec<Store>, token: Option<String>, any_host: bool) -> Arc<App> {
        App::with_cache(stores, token, any_host, None)
    }

    /// Like [`App::with_hosts`], with a response cache for the read API (see [`cache`]).
    pub fn with_cache(
        stores: Vec<Store>,
        token: Option<String>,
        any_host: bool,
        cache: Option<ResponseCache>,
    ) -> Arc<App> {
        Arc::new(App {
            stores: stores.into_iter().map(Mutex::new).collect(),
            next: AtomicUsize::new(0),
            analyzer: Analyzer::new(),
            token: token.filter(|t| !t.trim().is_empty()),
            any_host,
            cache: cache.map(Arc::new),
        })
    }

    /// A free store connection (or waits for one).
    pub(crate) fn store(&self) -> Option<MutexGuard<'_, Store>> {
        let n = self.stores.len();
        if n == 0 {
            return None;
        }
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        for i in 0..n {
            if let Ok(g) = self.stores[(start + i) % n].try_lock() {
                return Some(g);
            }
        }
        // All busy: wait on one; a poisoned lock still holds a usable read connection.
        Some(
            self.stores[start % n]
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }
}

/// Opens `readers` read-only connections to the store in `cfg`.
pub fn open_app(cfg: &Config) -> Result<Arc<App>, Error> {
    if !cfg.db.exists() {
        return Err(Error::NoStore(cfg.db.clone()));
    }
    let n = if cfg.readers == 0 {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .clamp(2, 16)
    } else {
        cfg.readers
    };
    let opts = OpenOptions {
        busy_timeout: Duration::from_secs(5),
        read_only: true,
    };
    let stores = (0..n)
        .map(|_| Store::open_with(&cfg.db, &opts))
        .collect::<Result<Vec<_>, _>>()?;
    let cache = if cfg.cache_bytes > 0 {
        let c = ResponseCache::new(&cfg.db, cfg.cache_bytes).map_err(|e| {
            Error::Store(warta_store::Error::Sqlite {
                path: cfg.db.display().to_string(),
                source: e,
            })
        })?;
        Some(c)
    } else {
        None
    };
    Ok(App::with_cache(
        stores,
        cfg.token.clone(),
        cfg.allow_remote,
        cache,
    ))
}

/// Request limits.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest accepted request body (bytes); larger bodies get 413.
    pub max_body: usize,
    /// Time after which a request is answered with 408.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: MAX_BODY,
            timeout: REQUEST_TIMEOUT,
        }
    }
}

/// The whole HTTP service: API, OpenAPI document, UI, default limits and security headers.
pub fn router(app: Arc<App>) -> Router {
    router_with(app, Limits::default())
}

/// [`router`] with other limits.
pub fn router_with(app: Arc<App>, limits: Limits) -> Router {
    use tower_http::set_header::SetResponseHeaderLayer;
    use tower_http::timeout::TimeoutLayer;
    let hdr = |name: header::HeaderName, v: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(v))
    };
    let any_host = app.any_host;
    let cache = app.cache.clone();
    let mut api = api::routes(app);
    if let Some(cache) = cache {
        // Innermost: host checks, limits and headers apply to cached answers too.
        api = api.layer(axum::middleware::from_fn(move |req, next| {
            cache::layer(cache.clone(), req, next)
        }));
    }
    api.merge(assets::routes())
        .fallback(api::not_found)
        .layer(axum::middleware::from_fn(
            move |req: axum::extract::Request, next: axum::middleware::Next| async move {
                if any_host || api::loopback_host(req.headers()) {
                    next.run(req).await
                } else {
                    axum::response::IntoResponse::into_response(api::wrong_host())
                }
            },
        ))
        .layer(axum::extract::DefaultBodyLimit::max(limits.max_body))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            limits.timeout,
        ))
        // Outside the timeout, so that its 408 becomes JSON too.
        .layer(axum::middleware::map_response(api::json_errors))
        .layer(hdr(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(hdr(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(hdr(header::X_FRAME_OPTIONS, "DENY"))
        .layer(hdr(header::REFERRER_POLICY, "no-referrer"))
}

/// Serves until Ctrl-C, on a Tokio runtime of its own. `on_ready` gets the bound address (the
/// port is chosen by the system when `cfg.addr` has port 0).
pub fn run(cfg: Config, on_ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    cfg.check()?;
    let app = open_app(&cfg)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(cfg.addr).await?;
        on_ready(listener.local_addr()?);
        axum::serve(listener, router(app))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
