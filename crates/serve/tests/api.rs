//! The API over a small corpus (e2e/corpus), driven in process with `tower::ServiceExt::oneshot`
//! (no network).

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use tower::ServiceExt;
use warta_extract::{Analyzer, Scratch};
use warta_read::{parse_plain, ReadOptions};
use warta_serve::{router, router_with, App, Config, Limits, API_ROUTES, CSP, MAX_BODY};
use warta_store::{Prepared, Store};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../e2e/corpus")
}

/// (file name, body as stored) of the corpus.
fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("e2e/corpus is part of the repository")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("corpus file");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, text)
        })
        .collect()
}

fn store() -> Store {
    let mut store = Store::in_memory().expect("in-memory store");
    let an = Analyzer::new();
    let mut s = Scratch::default();
    let items = corpus()
        .into_iter()
        .map(|(name, text)| {
            let mut art = parse_plain(&text, &ReadOptions::default());
            art.origin = Some(name);
            let a = an.analyze(&art, &mut s);
            Prepared::new(art, a)
        })
        .collect();
    store.insert_batch(items).expect("insert");
    store
}

fn app_with(token: Option<&str>) -> Router {
    router(App::new(vec![store()], token.map(str::to_string)))
}

fn app() -> Router {
    app_with(None)
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("infallible service");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let req = Request::get(uri).body(Body::empty()).unwrap();
    let (s, h, b) = send(app, req).await;
    assert!(
        h.get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"application/json")),
        "{uri}: JSON answer expected, got {:?}",
        h.get(header::CONTENT_TYPE)
    );
    (s, serde_json::from_slice(&b).expect("JSON body"))
}

async fn post(app: &Router, ctype: &str, body: Vec<u8>, auth: Option<&str>) -> (StatusCode, Value) {
    let mut req = Request::post("/api/analyze").header(header::CONTENT_TYPE, ctype);
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    let (s, _, b) = send(app, req.body(Body::from(body)).unwrap()).await;
    (s, serde_json::from_slice(&b).expect("JSON body"))
}

fn error_of(v: &Value) -> &str {
    v["error"].as_str().expect("an {\"error\": ...} body")
}

fn concrete(path: &str) -> String {
    path.replace("{id}", "1").replace("{key}", "idn")
}

#[tokio::test]
async fn openapi_document_and_router_agree() {
    let app = app();
    let (s, doc) = get(&app, "/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let routed: BTreeSet<(String, String)> = API_ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed, "OpenAPI paths vs. API_ROUTES");
    // Each documented route is answered by its handler (not the fallback), and only with its
    // documented method.
    for (m, p) in &routed {
        let uri = concrete(p);
        let (method, other) = if m == "post" {
            (Method::POST, Method::GET)
        } else {
            (Method::GET, Method::POST)
        };
        let req = Request::builder()
            .method(method)
            .uri(&uri)
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("Presiden itu mengunjungi Jakarta."))
            .unwrap();
        let (s, _, b) = send(&app, req).await;
        let v: Value = serde_json::from_slice(&b).unwrap();
        assert_ne!(
            v["error"].as_str(),
            Some("no such page or API route"),
            "{m} {uri} fell through to the fallback ({s})"
        );
        let req = Request::builder()
            .method(other)
            .uri(&uri)
            .body(Body::empty())
            .unwrap();
        let (s, _, b) = send(&app, req).await;
        assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED, "{uri}");
        let v: Value = serde_json::from_slice(&b).unwrap();
        error_of(&v);
    }
}

#[test]
fn openapi_refs_resolve_and_operations_answer_errors_as_json() {
    let doc = warta_serve::openapi::document();
    fn walk<'a>(v: &'a Value, refs: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    refs.push(r);
                }
                m.values().for_each(|x| walk(x, refs));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, refs)),
            _ => {}
        }
    }
    let mut refs = Vec::new();
    walk(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        let ptr = r.strip_prefix('#').expect("local reference");
        assert!(doc.pointer(ptr).is_some(), "unresolved {r}");
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (m, op) in item.as_object().unwrap() {
            assert!(op["responses"]["200"].is_object(), "{m} {path}: 200");
            assert!(op["summary"].is_string(), "{m} {path}: summary");
            if path.starts_with("/api/") {
                assert!(op["responses"]["400"].is_object(), "{m} {path}: 400");
            }
            for p in op["parameters"].as_array().into_iter().flatten() {
                if p["in"] == "path" {
                    assert!(path.contains(&format!("{{{}}}", p["name"].as_str().unwrap())));
                }
            }
        }
    }
}

/// Every key of every object in `v` is a documented property of `schema` (recursively through
/// component references and arrays), and every required property is present.
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).expect("resolvable"),
        None => schema,
    };
    match v {
        Value::Object(m) => {
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (k, x) in m {
                    let p = props
                        .get(k)
                        .unwrap_or_else(|| panic!("{at}.{k} is not in the OpenAPI schema"));
                    conforms(doc, p, x, &format!("{at}.{k}"));
                }
                for r in schema["required"].as_array().into_iter().flatten() {
                    assert!(m.contains_key(r.as_str().unwrap()), "{at}: {r} missing");
                }
            }
        }
        Value::Array(a) => {
            if let Some(items) = schema.get("items") {
                for (i, x) in a.iter().enumerate() {
                    conforms(doc, items, x, &format!("{at}[{i}]"));
                }
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn responses_match_the_openapi_schemas() {
    let app = app();
    let doc = warta_serve::openapi::document();
    let (_, ev) = get(&app, "/api/events?limit=3").await;
    let article = ev["events"][0]["article"].as_i64().unwrap();
    let code = ev["events"][0]["actor_key"].as_str().unwrap().to_string();
    for uri in [
        "/api/search?q=kapal".to_string(),
        "/api/search?cameo=04".to_string(),
        "/api/events".to_string(),
        "/api/events?aggregate=true".to_string(),
        "/api/actors".to_string(),
        format!("/api/actors/{code}"),
        "/api/timeline".to_string(),
        "/api/network".to_string(),
        format!("/api/articles/{article}"),
        "/api/articles/999999".to_string(),
        "/api/search?since=x".to_string(),
    ] {
        let (s, v) = get(&app, &uri).await;
        let path = uri.split('?').next().unwrap();
        let templ = API_ROUTES
            .iter()
            .map(|(_, p)| *p)
            .find(|p| {
                let (a, b) = (
                    p.split('/').collect::<Vec<_>>(),
                    path.split('/').collect::<Vec<_>>(),
                );
                a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.starts_with('{') || x == y)
            })
            .unwrap();
        let resp = &doc["paths"][templ]["get"]["responses"][s.as_str()];
        assert!(resp.is_object(), "{uri}: status {s} is not documented");
        let resp = match resp.get("$ref").and_then(Value::as_str) {
            Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap(),
            None => resp,
        };
        let schema = &resp["content"]["application/json"]["schema"];
        conforms(&doc, schema, &v, &uri);
    }
}

#[tokio::test]
async fn search_finds_by_word_with_a_marked_snippet() {
    let app = app();
    let (s, v) = get(&app, "/api/search?q=kapal").await;
    assert_eq!(s, StatusCode::OK);
    let hits = v["hits"].as_array().unwrap();
    assert!(!hits.is_empty(), "{v}");
    for h in hits {
        let sn = &h["snippet"];
        let text: Vec<char> = sn["text"].as_str().unwrap().chars().collect();
        let m = &sn["marks"][0];
        let (a, b) = (
            m[0].as_u64().unwrap() as usize,
            m[1].as_u64().unwrap() as usize,
        );
        let word: String = text[a..b].iter().collect();
        assert!(word.to_lowercase().starts_with("kapal"), "{word}");
    }
    // No query: every canonical article, newest first.
    let (_, v) = get(&app, "/api/search?limit=100").await;
    assert_eq!(v["count"].as_u64().unwrap() as usize, corpus().len());
    // A publisher filter that matches nothing.
    let (_, v) = get(&app, "/api/search?source=Tidak%20Ada").await;
    assert_eq!(v["count"], 0);
}

#[tokio::test]
async fn bad_filters_are_400_json() {
    let app = app();
    for uri in [
        "/api/search?since=kemarin",
        "/api/search?until=2025-13-40",
        "/api/search?since=2025-03-05&until=2025-03-01",
        "/api/search?cameo=abc",
        "/api/search?modality=mungkin",
        "/api/search?limit=0",
        "/api/search?limit=99999999999999999999999",
        "/api/search?q=%21%21%21",
        "/api/events?aggregate=kadang",
        "/api/events?q=kapal",
        "/api/timeline?since=x",
        "/api/network?cameo=1234567",
        "/api/actors?limit=-3",
        "/api/articles/abc",
        "/api/articles/-1",
    ] {
        let (s, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
        assert!(!error_of(&v).is_empty());
    }
}

#[tokio::test]
async fn article_comes_with_an_analysis_in_character_offsets() {
    let app = app();
    let (_, v) = get(&app, "/api/search?limit=100").await;
    let bodies: Vec<String> = corpus()
        .iter()
        .map(|(_, t)| parse_plain(t, &ReadOptions::default()).body)
        .collect();
    for h in v["hits"].as_array().unwrap() {
        let id = h["id"].as_i64().unwrap();
        let (s, a) = get(&app, &format!("/api/articles/{id}")).await;
        assert_eq!(s, StatusCode::OK);
        let an = &a["analysis"];
        assert_eq!(an["schema"], "warta.analysis/1");
        assert_eq!(
            a["same_engine"], true,
            "stored and served by the same engine"
        );
        let text: Vec<char> = an["text"].as_str().unwrap().chars().collect();
        let body: String = text.iter().collect();
        assert!(
            bodies.contains(&body),
            "the stored body comes back unchanged"
        );
        for e in an["entities"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let got: String = text[s..t].iter().collect();
            assert_eq!(got, e["text"].as_str().unwrap());
        }
    }
    let (s, v) = get(&app, "/api/articles/999999").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(error_of(&v).contains("999999"));
}

#[tokio::test]
async fn hostile_text_is_returned_as_data() {
    let app = app();
    let (_, v) = get(&app, "/api/search?q=tautan").await;
    let id = v["hits"][0]["id"]
        .as_i64()
        .expect("the hostile article is found");
    let (_, a) = get(&app, &format!("/api/articles/{id}")).await;
    let text = a["analysis"]["text"].as_str().unwrap();
    // Stored and served verbatim; the UI must render it as text (see e2e and assets tests).
    assert!(text.contains("<script>alert(\"xss\")</script>"));
    assert!(text.contains("onerror="));
}

#[tokio::test]
async fn events_timeline_network_and_actors_are_consistent() {
    let app = app();
    let (s, ev) = get(&app, "/api/events?limit=1000").await;
    assert_eq!(s, StatusCode::OK);
    let rows = ev["events"].as_array().unwrap();
    assert!(!rows.is_empty(), "the corpus has coded events: {ev}");
    // Evidence is a sentence of the article's stored text.
    for r in rows.iter().take(20) {
        let (_, a) = get(&app, &format!("/api/articles/{}", r["article"])).await;
        let text = a["analysis"]["text"].as_str().unwrap();
        assert!(text.contains(r["evidence"].as_str().unwrap().trim()));
    }
    let (_, g) = get(&app, "/api/events?aggregate=true&limit=1000").await;
    let groups = g["groups"].as_array().unwrap();
    let sum: u64 = groups
        .iter()
        .map(|x| x["num_mentions"].as_u64().unwrap())
        .sum();
    assert_eq!(sum as usize, rows.len(), "groups partition the mentions");

    // A CAMEO filter keeps only its codes.
    let cameo = rows[0]["cameo"].as_str().unwrap()[..2].to_string();
    let (_, f) = get(&app, &format!("/api/events?cameo={cameo}&limit=1000")).await;
    let fr = f["events"].as_array().unwrap();
    assert!(!fr.is_empty());
    assert!(fr
        .iter()
        .all(|r| r["cameo"].as_str().unwrap().starts_with(&cameo)));

    let (_, t) = get(&app, "/api/timeline").await;
    let days = t["days"].as_array().unwrap();
    let mut prev = String::new();
    for d in days {
        let q: i64 = d["quad"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .sum();
        assert_eq!(q, d["total"].as_i64().unwrap());
        let day = d["day"].as_str().unwrap().to_string();
        assert!(day > prev, "days ascend");
        prev = day;
    }
    let dated: i64 = days.iter().map(|d| d["total"].as_i64().unwrap()).sum();
    assert!(dated as usize <= rows.len());

    let (_, n) = get(&app, "/api/network").await;
    let keys: BTreeSet<&str> = n["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["key"].as_str().unwrap())
        .collect();
    for e in n["edges"].as_array().unwrap() {
        assert!(keys.contains(e["source"].as_str().unwrap()));
        assert!(keys.contains(e["target"].as_str().unwrap()));
        assert_eq!(
            e["events"].as_i64().unwrap(),
            e["cooperation"].as_i64().unwrap() + e["conflict"].as_i64().unwrap()
        );
    }

    let (_, ac) = get(&app, "/api/actors").await;
    let list = ac["actors"].as_array().unwrap();
    assert!(!list.is_empty());
    let key = list[0]["key"].as_str().unwrap();
    let enc = |key: &str| -> String {
        key.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    let (s, one) = get(&app, &format!("/api/actors/{}", enc(key))).await;
    assert_eq!(s, StatusCode::OK, "{one}");
    assert_eq!(one["key"], key);
    // Role counts agree with the actor page.
    for a in list.iter().take(10) {
        let k = a["key"].as_str().unwrap();
        let (_, one) = get(&app, &format!("/api/actors/{}", enc(k))).await;
        assert_eq!(
            one["given"].as_array().unwrap().len() as i64,
            a["as_actor"].as_i64().unwrap(),
            "{k}"
        );
        assert_eq!(
            one["received"].as_array().unwrap().len() as i64,
            a["as_recipient"].as_i64().unwrap(),
            "{k}"
        );
    }
    assert!(
        list.iter().any(|a| a["as_actor"].as_i64().unwrap() > 0),
        "some listed actor acts"
    );
    // A party code from the network opens an actor page with its events.
    let code = n["edges"][0]["source"].as_str().unwrap();
    let (s, one) = get(&app, &format!("/api/actors/{}", enc(code))).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        !one["given"].as_array().unwrap().is_empty(),
        "{code}: {one}"
    );
    // Quotes attributed on actor pages come from their articles.
    let mut quoted = 0;
    for a in list.iter().take(30) {
        let (_, one) = get(
            &app,
            &format!("/api/actors/{}", enc(a["key"].as_str().unwrap())),
        )
        .await;
        for q in one["quotes"].as_array().unwrap() {
            let (_, art) = get(&app, &format!("/api/articles/{}", q["article"])).await;
            let text = art["analysis"]["text"].as_str().unwrap();
            assert!(text.contains(q["text"].as_str().unwrap()), "{q}");
            quoted += 1;
        }
    }
    assert!(quoted > 0, "some actor of the corpus is quoted");
    let (s, _) = get(&app, "/api/actors/tidak-ada-aktor-ini").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn analyze_takes_text_json_and_html_and_refuses_the_rest() {
    let app = app();
    let text = std::fs::read(corpus_dir().join("01-menlu-tokyo.txt")).unwrap();
    let (s, v) = post(&app, "text/plain; charset=utf-8", text.clone(), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["schema"], "warta.analysis/1");
    assert!(!v["events"].as_array().unwrap().is_empty());

    let rec = serde_json::json!({"title": "Uji", "text": "Presiden Rusia Vladimir Putin mengunjungi Korea Utara."});
    let (s, v) = post(&app, "application/json", rec.to_string().into_bytes(), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["article"]["title"], "Uji");

    let html = "<html><head><title>Uji</title></head><body><article><p>Presiden Rusia Vladimir Putin mengunjungi Korea Utara pada Rabu untuk bertemu pemimpin negara itu, Kim Jong Un, di Pyongyang.</p><p>Kedua pemimpin membahas kerja sama pertahanan dan ekonomi.</p></article></body></html>";
    let (s, v) = post(&app, "text/html", html.as_bytes().to_vec(), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");

    let cases: Vec<(&str, Vec<u8>, StatusCode)> = vec![
        (
            "application/json",
            b"{\"title\": ".to_vec(),
            StatusCode::BAD_REQUEST,
        ),
        (
            "application/json",
            b"[1,2,3]".to_vec(),
            StatusCode::BAD_REQUEST,
        ),
        (
            "text/plain",
            vec![0xff, 0xfe, 0x00, 0x41],
            StatusCode::BAD_REQUEST,
        ),
        ("text/plain", b"   \n ".to_vec(), StatusCode::BAD_REQUEST),
        (
            "image/png",
            b"\x89PNG".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "text/plain",
            vec![b'a'; MAX_BODY + 1],
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (ct, body, want) in cases {
        let (s, v) = post(&app, ct, body, None).await;
        assert_eq!(s, want, "{ct}: {v}");
        error_of(&v);
    }
    // Still serving after all that.
    let (s, _) = get(&app, "/api/stats").await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn slow_requests_time_out_with_408_json_and_small_limits_hold() {
    let limits = Limits {
        max_body: 4 << 20,
        timeout: std::time::Duration::from_millis(1),
    };
    let app = router_with(App::new(vec![store()], None), limits);
    let para =
        "Presiden Rusia Vladimir Putin mengunjungi Korea Utara pada Rabu dan bertemu Kim Jong Un. ";
    let (s, v) = post(&app, "text/plain", para.repeat(500).into_bytes(), None).await;
    assert_eq!(s, StatusCode::REQUEST_TIMEOUT, "{v}");
    error_of(&v);
    let small = router_with(
        App::new(vec![store()], None),
        Limits {
            max_body: 100,
            ..Limits::default()
        },
    );
    let (s, v) = post(&small, "text/plain", para.repeat(2).into_bytes(), None).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    error_of(&v);
}

#[tokio::test]
async fn a_token_guards_analyze() {
    let app = app_with(Some("rahasia"));
    let body = b"Presiden itu mengunjungi Jakarta.".to_vec();
    for auth in [
        None,
        Some("Bearer salah"),
        Some("rahasia"),
        Some("Bearer rahasia2"),
    ] {
        let (s, v) = post(&app, "text/plain", body.clone(), auth).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{auth:?}");
        error_of(&v);
    }
    let (s, _) = post(&app, "text/plain", body, Some("Bearer rahasia")).await;
    assert_eq!(s, StatusCode::OK);
    // Reading needs no token.
    let (s, _) = get(&app, "/api/stats").await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn ui_is_embedded_with_strict_headers() {
    let app = app();
    let (s, h, b) = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_SECURITY_POLICY], CSP);
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let html = String::from_utf8(b).unwrap();
    // No inline script and no external asset.
    for (i, _) in html.match_indices("<script") {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        assert!(
            tag.contains("src=\"/assets/"),
            "inline or foreign script: {tag}"
        );
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
    for name in ["app.js", "charts.js", "app.css"] {
        let (s, h, _) = send(
            &app,
            Request::get(format!("/assets/{name}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{name}");
        assert!(h[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'self'"));
    }
    let (s, v) = get(&app, "/assets/nothing.js").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    error_of(&v);
    let (s, v) = get(&app, "/tidak/ada").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    error_of(&v);
}

#[tokio::test]
async fn foreign_host_names_are_refused_unless_remote() {
    let req = || {
        Request::get("/api/stats")
            .header(header::HOST, "rebind.example:8080")
            .body(Body::empty())
            .unwrap()
    };
    let (s, _, b) = send(&app(), req()).await;
    assert_eq!(s, StatusCode::MISDIRECTED_REQUEST);
    let v: Value = serde_json::from_slice(&b).unwrap();
    error_of(&v);
    let remote = router(App::with_hosts(vec![store()], Some("t".into()), true));
    let (s, _, _) = send(&remote, req()).await;
    assert_eq!(s, StatusCode::OK);
}

#[test]
fn ui_scripts_never_parse_data_as_html() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets");
    for name in ["app.js", "charts.js"] {
        let js = std::fs::read_to_string(dir.join(name)).unwrap();
        for bad in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
            "setAttribute('on",
        ] {
            assert!(!js.contains(bad), "{name} uses {bad}");
        }
    }
}

#[test]
fn only_loopback_without_remote_and_token() {
    let cases: &[(&str, bool, Option<&str>, bool)] = &[
        ("127.0.0.1:8080", false, None, true),
        ("[::1]:0", false, None, true),
        ("0.0.0.0:8080", false, None, false),
        ("0.0.0.0:8080", true, None, false),
        ("0.0.0.0:8080", true, Some("  "), false),
        ("0.0.0.0:8080", false, Some("t"), false),
        ("0.0.0.0:8080", true, Some("t"), true),
        ("192.168.1.5:80", true, Some("t"), true),
    ];
    for (addr, remote, token, ok) in cases {
        let cfg = Config {
            db: PathBuf::from("x.db"),
            addr: addr.parse::<SocketAddr>().unwrap(),
            allow_remote: *remote,
            token: token.map(str::to_string),
            readers: 1,
            cache_bytes: 0,
        };
        assert_eq!(cfg.check().is_ok(), *ok, "{addr} {remote} {token:?}");
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]
        /// Any query string on any read route answers 2xx or 4xx JSON, never 5xx.
        #[test]
        fn arbitrary_queries_never_fail_the_server(
            route in prop::sample::select(vec!["/api/search", "/api/events", "/api/timeline", "/api/network", "/api/actors"]),
            key in prop::sample::select(vec!["q", "actor", "cameo", "since", "until", "modality", "source", "limit", "aggregate", "plover"]),
            val in "\\PC{0,40}",
        ) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let app = APP.with(|a| a.clone());
            let enc: String = val.bytes().map(|b| format!("%{b:02X}")).collect();
            let uri = format!("{route}?{key}={enc}");
            let (s, _, b) = rt.block_on(send(&app, Request::get(&uri).body(Body::empty()).unwrap()));
            prop_assert!(s.is_success() || s.is_client_error(), "{} {}: {}", uri, s, String::from_utf8_lossy(&b));
            prop_assert!(serde_json::from_slice::<Value>(&b).is_ok());
        }

        /// Arbitrary bodies to /api/analyze: never 5xx.
        #[test]
        fn arbitrary_bodies_never_fail_the_server(
            body in prop::collection::vec(any::<u8>(), 0..2000),
            ct in prop::sample::select(vec!["text/plain", "application/json", "text/html"]),
        ) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let app = APP.with(|a| a.clone());
            let req = Request::post("/api/analyze").header(header::CONTENT_TYPE, ct).body(Body::from(body)).unwrap();
            let (s, _, b) = rt.block_on(send(&app, req));
            prop_assert!(s.is_success() || s.is_client_error(), "{}: {}", s, String::from_utf8_lossy(&b));
        }
    }

    thread_local! {
        static APP: Router = app();
    }
}
