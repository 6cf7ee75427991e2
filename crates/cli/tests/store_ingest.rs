//! `warta ingest` end to end on the built binary: crash safety (SIGKILL mid-run, reopen, resume),
//! bad inputs, two concurrent ingests on one store, and the query commands on the result.
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use warta_store::{OpenOptions, Store};

const WARTA: &str = env!("CARGO_BIN_EXE_warta");

struct TempDir(PathBuf);
impl TempDir {
    fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let p =
            std::env::temp_dir().join(format!("warta-cli-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn join(&self, s: &str) -> PathBuf {
        self.0.join(s)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Deterministic pseudo-Indonesian words (no two articles share many shingles).
fn words(seed: u64, n: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "ma", "ra", "si", "tu", "ba", "ng", "la", "pe", "di", "ko", "nu", "ja", "wi", "ha",
        "se",
    ];
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let mut w = String::new();
        for _ in 0..3 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            w.push_str(SYL[(x >> 60) as usize]);
        }
        out.push(w);
    }
    out.join(" ")
}

fn record(i: usize) -> String {
    let body = format!(
        "Rapat ke-{i} digelar di Jakarta. {}. Menteri itu mengunjungi warga. {}.",
        words(i as u64 * 2 + 1, 40),
        words(i as u64 * 2 + 2, 40)
    );
    serde_json::json!({
        "id": format!("art-{i}"),
        "title": format!("Berita nomor {i}"),
        "source": if i.is_multiple_of(2) { "Kompas" } else { "Tempo" },
        "published": "2024-06-18",
        "text": body,
    })
    .to_string()
}

fn write_corpus(path: &Path, n: usize) {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&record(i));
        s.push('\n');
    }
    std::fs::write(path, s).unwrap();
}

fn ingest(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(WARTA);
    c.arg("ingest")
        .arg("--db")
        .arg(db)
        .arg("--no-progress")
        .args(args);
    c.env_remove("WARTA_DB");
    c
}

fn count_articles(db: &Path) -> Option<i64> {
    let s = Store::open_with(
        db,
        &OpenOptions {
            read_only: true,
            ..Default::default()
        },
    )
    .ok()?;
    s.stats().ok().map(|st| st.articles)
}

#[test]
fn sigkill_mid_ingest_then_resume_stores_each_article_once() {
    let t = TempDir::new("crash");
    let corpus = t.join("corpus.jsonl");
    let db = t.join("w.db");
    let n = 6000;
    write_corpus(&corpus, n);
    let mut child = ingest(&db, &["--batch", "25", corpus.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it as soon as a few batches are committed.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if count_articles(&db).unwrap_or(0) >= 300 || Instant::now() > deadline {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().ok(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    let killed = !status.success();

    let s = Store::open(&db).unwrap();
    let report = s.check().unwrap();
    assert!(report.is_ok(), "after SIGKILL: {report:?}");
    let first = s.stats().unwrap().articles;
    eprintln!("killed: {killed}, {first} of {n} articles stored before the kill");
    assert!(first > 0);
    if killed {
        assert!(first < n as i64, "killed run stored everything ({first})");
    } else {
        eprintln!("note: the ingest finished before it could be killed");
    }
    drop(s);

    let out = ingest(&db, &[corpus.to_str().unwrap()]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = Store::open(&db).unwrap();
    assert!(s.check().unwrap().is_ok());
    let st = s.stats().unwrap();
    assert_eq!(st.articles, n as i64);
    assert_eq!(st.near_duplicates, 0);
    let distinct: i64 = s
        .connection()
        .query_row("SELECT count(DISTINCT ext_id) FROM articles", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(distinct, n as i64);

    // Idempotent: a third run adds nothing.
    let out = ingest(&db, &[corpus.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(" 0 new"), "{err}");
    assert_eq!(count_articles(&db), Some(n as i64));
}

#[test]
fn bad_inputs_are_reported_and_skipped() {
    let t = TempDir::new("bad");
    let dir = t.join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let lines: Vec<String> = (0..5)
        .map(record)
        .enumerate()
        .flat_map(|(i, r)| {
            if i == 2 {
                vec!["{not json at all".to_string(), r]
            } else {
                vec![r]
            }
        })
        .collect();
    std::fs::write(dir.join("a.jsonl"), lines.join("\n") + "\n").unwrap();
    std::fs::write(
        dir.join("corrupt.bin"),
        [0u8, 159, 146, 150, 0, 0, 1, 2, 255, 254, 0, 7].repeat(50),
    )
    .unwrap();
    std::fs::write(
        dir.join("huge.txt"),
        "Kalimat panjang sekali. ".repeat(20_000),
    )
    .unwrap();
    std::fs::write(
        dir.join("ok.txt"),
        format!("Judul berita\n\n{}. {}.", words(77, 30), words(78, 30)),
    )
    .unwrap();
    let vanished = t.join("vanished.txt");
    let db = t.join("w.db");
    let out = ingest(
        &db,
        &[
            "--max-file-bytes",
            "200000",
            dir.to_str().unwrap(),
            vanished.to_str().unwrap(),
        ],
    )
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    for want in ["a.jsonl:3", "corrupt.bin", "huge.txt", "vanished.txt"] {
        assert!(err.contains(want), "summary lacks {want}: {err}");
    }
    assert_eq!(count_articles(&db), Some(6), "{err}");
    let s = Store::open(&db).unwrap();
    assert!(s.check().unwrap().is_ok());
}

#[test]
fn two_concurrent_ingests_do_not_corrupt_the_store() {
    let t = TempDir::new("concurrent");
    let corpus = t.join("c.jsonl");
    let db = t.join("w.db");
    let n = 800;
    write_corpus(&corpus, n);
    let spawn = || {
        ingest(&db, &["--batch", "20", "-j", "1", corpus.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    for o in [&a, &b] {
        let err = String::from_utf8_lossy(&o.stderr);
        // Either it waited for the lock and succeeded, or it failed with the clear message.
        assert!(
            o.status.success() || err.contains("locked by another writer"),
            "{err}"
        );
    }
    assert!(a.status.success() || b.status.success());
    let s = Store::open(&db).unwrap();
    assert!(s.check().unwrap().is_ok());
    assert_eq!(s.stats().unwrap().articles, n as i64);
}

#[test]
fn query_commands_run_on_an_ingested_store() {
    let t = TempDir::new("query");
    let corpus = t.join("c.jsonl");
    let db = t.join("w.db");
    write_corpus(&corpus, 30);
    let o = ingest(&db, &[corpus.to_str().unwrap()]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let run = |args: &[&str]| {
        let o = Command::new(WARTA)
            .args(args)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    };
    let out = run(&["search", "Jakarta", "--format", "jsonl", "-n", "100"]);
    assert_eq!(out.lines().count(), 30);
    let out = run(&[
        "search", "Jakarta", "--source", "kompas", "--format", "csv", "-n", "100",
    ]);
    assert_eq!(out.lines().count(), 16);
    let out = run(&["search", "\"rapat ke-7 digelar\""]);
    assert!(out.contains("Berita nomor 7"), "{out}");
    let out = run(&["events", "--format", "csv"]);
    assert!(out.starts_with("event,date,cameo"));
    let out = run(&["actors", "--format", "jsonl"]);
    for l in out.lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
    let out = run(&["export", "--format", "gdelt"]);
    assert!(out.lines().all(|l| l.split('\t').count() == 61));
    run(&["reanalyze"]);
    let s = Store::open(&db).unwrap();
    assert!(s.check().unwrap().is_ok());
    // A missing store is a clear error, not an empty one.
    let o = Command::new(WARTA)
        .args(["search", "x", "--db"])
        .arg(t.join("nope.db"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no store at"));
    // A query file with no queries is a clear error, not a panic.
    let empty = t.join("empty.txt");
    std::fs::write(&empty, "# only a comment\n\n").unwrap();
    let o = Command::new(WARTA)
        .args(["search", "--timing", "--queries"])
        .arg(&empty)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no queries") && !err.contains("panicked"),
        "{err}"
    );
}
