//! The response cache: repeated reads are answered from memory, and a commit by another
//! connection (as `warta ingest` in another process) is seen by the very next request.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use std::net::SocketAddr;
use std::path::PathBuf;
use tower::ServiceExt;
use warta_extract::{Analyzer, Scratch};
use warta_read::{parse_plain, ReadOptions};
use warta_serve::{open_app, router, Config, CACHE_HEADER};
use warta_store::{Prepared, Store};

const FIRST: &str =
    "Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Jakarta pada Senin (3/6).\n\n\
Jokowi mengatakan kedua negara sepakat memperkuat kerja sama perdagangan.";
const SECOND: &str = "Menteri Luar Negeri Retno Marsudi mengecam serangan Israel terhadap Gaza pada Selasa (4/6).\n\n\
Retno mengatakan Indonesia mendesak gencatan senjata segera.";

/// A fresh store file under the system temp folder (removed on drop).
struct TempDb(PathBuf);

impl TempDb {
    fn new(name: &str) -> TempDb {
        let dir = std::env::temp_dir().join(format!(
            "warta-cache-test-{}-{name}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDb(dir.join("store.db"))
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        if let Some(d) = self.0.parent() {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

fn add(store: &mut Store, name: &str, text: &str) {
    let mut art = parse_plain(text, &ReadOptions::default());
    art.origin = Some(name.to_string());
    art.published = warta_core::Ymd::new(2024, 6, 5);
    let a = Analyzer::new().analyze(&art, &mut Scratch::default());
    store
        .insert_batch(vec![Prepared::new(art, a)])
        .expect("insert");
}

fn app(db: &TempDb, cache_bytes: u64) -> Router {
    let cfg = Config {
        db: db.0.clone(),
        addr: "127.0.0.1:0".parse::<SocketAddr>().unwrap(),
        allow_remote: false,
        token: None,
        readers: 2,
        cache_bytes,
    };
    router(open_app(&cfg).expect("open app"))
}

/// (status, x-warta-cache header, JSON body)
async fn get(app: &Router, uri: &str) -> (StatusCode, Option<String>, Value) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .expect("infallible");
    let status = res.status();
    let cache = res
        .headers()
        .get(CACHE_HEADER)
        .map(|v| v.to_str().unwrap().to_string());
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, cache, serde_json::from_slice(&body).expect("JSON"))
}

#[tokio::test]
async fn repeated_reads_hit_and_a_commit_invalidates() {
    let db = TempDb::new("hit");
    let mut writer = Store::open(&db.0).expect("store");
    add(&mut writer, "first.txt", FIRST);
    let app = app(&db, 1 << 20);

    let routes = [
        "/api/search?q=menteri",
        "/api/events?aggregate=true",
        "/api/timeline",
        "/api/network",
        "/api/actors",
        "/api/stats",
    ];
    let mut before = Vec::new();
    for uri in routes {
        let (s, c, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert_eq!(c.as_deref(), Some("miss"), "{uri}: first read computes");
        let (s2, c2, v2) = get(&app, uri).await;
        assert_eq!(s2, StatusCode::OK);
        assert_eq!(c2.as_deref(), Some("hit"), "{uri}: second read is cached");
        assert_eq!(v, v2, "{uri}: a hit answers exactly what was computed");
        before.push(v);
    }
    assert_eq!(before[0]["count"], 1, "one article mentions a minister");

    // Another connection commits, as an ingest process would.
    add(&mut writer, "second.txt", SECOND);
    for (uri, old) in routes.iter().zip(&before) {
        let (s, c, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(c.as_deref(), Some("miss"), "{uri}: the commit invalidates");
        if *uri != "/api/network" {
            assert_ne!(&v, old, "{uri}: the new article shows");
        }
    }
    let (_, _, v) = get(&app, "/api/search?q=menteri").await;
    assert_eq!(v["count"], 2, "both articles now");
}

#[tokio::test]
async fn errors_and_writes_are_never_cached_and_zero_disables() {
    let db = TempDb::new("err");
    let mut writer = Store::open(&db.0).expect("store");
    add(&mut writer, "first.txt", FIRST);
    let app = app(&db, 1 << 20);
    for _ in 0..2 {
        let (s, c, v) = get(&app, "/api/events?cameo=abc").await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert_eq!(c, None, "errors bypass the cache");
        assert!(v["error"].is_string());
        let (s, c, _) = get(&app, "/api/articles/999").await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert_eq!(c, None);
    }
    let res = app
        .clone()
        .oneshot(
            Request::post("/api/analyze")
                .header("content-type", "text/plain")
                .body(Body::from(FIRST))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers().get(CACHE_HEADER).is_none(),
        "POST is not cached"
    );

    let plain = app_no_cache(&db);
    for _ in 0..2 {
        let (s, c, _) = get(&plain, "/api/timeline").await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(c, None, "cache_bytes 0 turns the cache off");
    }
}

fn app_no_cache(db: &TempDb) -> Router {
    app(db, 0)
}

#[tokio::test]
async fn a_small_cache_evicts_but_stays_correct() {
    let db = TempDb::new("small");
    let mut writer = Store::open(&db.0).expect("store");
    add(&mut writer, "first.txt", FIRST);
    add(&mut writer, "second.txt", SECOND);
    // Room for about one answer: every read must still be right.
    let app = app(&db, 2_000);
    for round in 0..3 {
        for (uri, n) in [("/api/search?q=menteri", 2), ("/api/search?q=gaza", 1)] {
            let (s, _, v) = get(&app, uri).await;
            assert_eq!(s, StatusCode::OK);
            assert_eq!(v["count"], n, "round {round}: {uri}");
        }
    }
}
