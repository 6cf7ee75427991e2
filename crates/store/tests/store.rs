//! Store behaviour with hand-made analyses: de-duplication, near-duplicates, aggregation,
//! filters, lemma search, re-analysis, export, persistence and concurrent writers.
use std::path::PathBuf;
use warta_core::analysis::{
    ActorOut, Analysis, DateOut, EventOut, PartyOut, PloverOut, SentenceOut, SpanText,
};
use warta_core::{Article, Ymd};
use warta_store::{ExportFormat, Filter, Outcome, Prepared, Store};

struct TempDb(PathBuf);
impl TempDb {
    fn new(name: &str) -> TempDb {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "warta-store-test-{name}-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDb(dir)
    }
    fn db(&self) -> PathBuf {
        self.0.join("t.db")
    }
}
impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn party(text: &str, country: &str, sector: Option<&str>, actor: Option<&str>) -> PartyOut {
    PartyOut {
        actor: actor.map(Into::into),
        text: text.into(),
        country: Some(country.into()),
        sector: sector.map(Into::into),
        org: None,
    }
}

/// A visit event: sentence 0 of `body`, Putin (RUSGOV) -> North Korea (PRK), CAMEO `cameo`.
fn visit(body: &str, cameo: &str, modality: &str, date: Option<&str>) -> Analysis {
    let first_end = body
        .find('.')
        .map(|i| body[..=i].chars().count())
        .unwrap_or(0);
    Analysis {
        text: body.into(),
        sentences: vec![SentenceOut {
            start: 0,
            end: first_end,
        }],
        actors: vec![ActorOut {
            id: "a0".into(),
            name: "Vladimir Putin".into(),
            country: Some("RUS".into()),
            sector: Some("GOV".into()),
            wikidata: Some("Q7747".into()),
            mentions: vec!["e0".into(), "e1".into()],
            ..ActorOut::default()
        }],
        events: vec![EventOut {
            id: "v0".into(),
            cameo: cameo.into(),
            quad_class: 1,
            plover: Some(PloverOut {
                event: "CONSULT".into(),
                mode: Some("visit".into()),
                context: vec![],
            }),
            actor: vec![party(
                "Presiden Rusia Vladimir Putin",
                "RUS",
                Some("GOV"),
                Some("a0"),
            )],
            recipient: vec![party("Korea Utara", "PRK", None, None)],
            modality: modality.into(),
            date: date.map(|d| DateOut {
                value: d.into(),
                granularity: "day".into(),
                text: None,
            }),
            trigger: SpanText {
                start: 0,
                end: 0,
                text: "mengunjungi".into(),
            },
            sentence: 0,
            confidence: 0.9,
            ..EventOut::default()
        }],
        ..Analysis::default()
    }
}

fn article(body: &str, source: &str, published: &str) -> Article {
    Article {
        title: Some(format!("Berita {source}")),
        source: Some(source.into()),
        published: Ymd::parse_iso(published),
        url: Some(format!("https://example.invalid/{source}/{}", body.len())),
        body: body.into(),
        ..Article::default()
    }
}

const STORY_A: &str =
    "Presiden Rusia Vladimir Putin mengunjungi Pyongyang pada Selasa. Kunjungan itu \
    adalah yang pertama dalam 24 tahun. Kedua pemimpin membahas kerja sama ekonomi, pertahanan dan \
    teknologi, serta menandatangani sejumlah perjanjian di ibu kota Korea Utara.";
const STORY_B: &str = "Putin tiba di Korea Utara untuk bertemu Kim Jong Un. Para analis menilai \
    pertemuan di Pyongyang itu memperkuat hubungan kedua negara yang sama-sama dikenai sanksi \
    Barat, dan Amerika Serikat menyatakan keprihatinan atas kerja sama militer mereka.";
const STORY_C: &str =
    "Menteri luar negeri Indonesia menerima kunjungan mitranya dari Jepang di Jakarta. \
    Keduanya membicarakan perdagangan, investasi infrastruktur, dan kerja sama maritim di kawasan \
    Indo-Pasifik yang semakin penting bagi kedua negara kepulauan itu.";

fn prep(body: &str, source: &str, published: &str, an: Analysis) -> Prepared {
    Prepared::new(article(body, source, published), an)
}

#[test]
fn dedupe_near_duplicates_and_aggregation() {
    let mut s = Store::in_memory().unwrap();
    let edited = STORY_A.replace("pada Selasa", "pada hari Selasa");
    let out = s
        .insert_batch(vec![
            prep(
                STORY_A,
                "DW",
                "2024-06-18",
                visit(STORY_A, "042", "asserted", Some("2024-06-18")),
            ),
            // Same body, other spacing and case: stored once.
            prep(
                &STORY_A.to_uppercase().replace(' ', "  "),
                "DW",
                "2024-06-18",
                Analysis::default(),
            ),
            // Lightly edited syndicated copy: linked, not counted.
            prep(
                &edited,
                "ANTARA",
                "2024-06-18",
                visit(&edited, "042", "asserted", Some("2024-06-18")),
            ),
            // Another article reporting the same event (other code, same root, same date).
            prep(
                STORY_B,
                "Kompas",
                "2024-06-19",
                visit(STORY_B, "043", "asserted", Some("2024-06-18")),
            ),
            prep(STORY_C, "Kompas", "2024-06-20", Analysis::default()),
        ])
        .unwrap();
    assert!(matches!(out[0], Outcome::Inserted { events: 1, .. }));
    assert!(matches!(out[1], Outcome::Duplicate { .. }));
    let Outcome::NearDuplicate { of, similarity, .. } = out[2] else {
        panic!("expected a near-duplicate, got {:?}", out[2]);
    };
    assert!(similarity >= warta_store::NEAR_DUP_THRESHOLD);
    assert!(matches!(out[0], Outcome::Inserted { id, .. } if id == of));
    assert!(matches!(out[3], Outcome::Inserted { events: 1, .. }));
    assert!(matches!(out[4], Outcome::Inserted { events: 0, .. }));

    let st = s.stats().unwrap();
    assert_eq!(
        (
            st.articles,
            st.near_duplicates,
            st.events,
            st.event_groups,
            st.indexed
        ),
        (4, 1, 2, 1, 3)
    );
    assert!(s.check().unwrap().is_ok(), "{:?}", s.check().unwrap());

    let groups = s.events(&Filter::default()).unwrap();
    assert_eq!(groups.len(), 1);
    let g = &groups[0];
    assert_eq!((g.num_mentions, g.num_sources, g.num_articles), (2, 2, 2));
    assert_eq!(
        (
            g.root.as_str(),
            g.actor_key.as_str(),
            g.recipient_key.as_str()
        ),
        ("04", "RUSGOV", "PRK")
    );
    assert_eq!(g.actor, "Vladimir Putin");
    let ms = s.mentions(g.id).unwrap();
    assert_eq!(ms.len(), 2);
    assert!(ms[0]
        .evidence
        .starts_with("Presiden Rusia Vladimir Putin mengunjungi Pyongyang"));
    assert!(ms[0].evidence.ends_with('.'));
    assert_eq!(
        ms[1].evidence,
        "Putin tiba di Korea Utara untuk bertemu Kim Jong Un."
    );

    // The syndicated copy is reported on its original.
    let hits = s
        .search(&Filter {
            text: Some("Pyongyang".into()),
            ..Filter::default()
        })
        .unwrap();
    let a = hits
        .iter()
        .find(|h| h.source.as_deref() == Some("DW"))
        .unwrap();
    assert_eq!(a.copies, 1);

    let actors = s.actors(&Filter::default()).unwrap();
    assert_eq!(actors[0].key, "Q7747");
    assert_eq!((actors[0].mentions, actors[0].articles), (4, 2));
}

#[test]
fn filters() {
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(vec![
        prep(
            STORY_A,
            "DW",
            "2024-06-18",
            visit(STORY_A, "042", "asserted", Some("2024-06-18")),
        ),
        prep(
            STORY_B,
            "Kompas",
            "2024-07-01",
            visit(STORY_B, "112", "alleged", None),
        ),
        prep(STORY_C, "Kompas", "2024-06-20", Analysis::default()),
    ])
    .unwrap();
    let count = |f: Filter| s.search(&f).unwrap().len();
    let table: Vec<(Filter, usize)> = vec![
        (Filter::default(), 3),
        (
            Filter {
                actor: Some("rus".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                actor: Some("RUSGOV".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                actor: Some("vladimir putin".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                actor: Some("PRK".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                actor: Some("JPN".into()),
                ..Filter::default()
            },
            0,
        ),
        (
            Filter {
                actor: Some("ru".into()),
                ..Filter::default()
            },
            0,
        ),
        (
            Filter {
                cameo: Some("04".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                cameo: Some("11".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                plover: Some("consult".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                modality: Some("alleged".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                source: Some("kompas".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                since: Ymd::new(2024, 6, 19),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                until: Ymd::new(2024, 6, 19),
                ..Filter::default()
            },
            1,
        ),
        // With an event filter the date applies to the event (the 112 event has the
        // publication date 2024-07-01).
        (
            Filter {
                actor: Some("RUS".into()),
                since: Ymd::new(2024, 6, 25),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                text: Some("Pyongyang".into()),
                ..Filter::default()
            },
            2,
        ),
        (
            Filter {
                text: Some("Pyongyang".into()),
                source: Some("DW".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                text: Some("\"kim jong un\"".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                text: Some("\"jong kim\"".into()),
                ..Filter::default()
            },
            0,
        ),
        (
            Filter {
                text: Some("pyongyang".into()),
                cameo: Some("11".into()),
                ..Filter::default()
            },
            1,
        ),
        (
            Filter {
                limit: 1,
                ..Filter::default()
            },
            1,
        ),
    ];
    for (f, want) in table {
        let dbg = format!("{f:?}");
        assert_eq!(count(f), want, "{dbg}");
    }
    let dw = s
        .actors(&Filter {
            source: Some("dw".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(dw.len(), 1);
    assert_eq!(
        (dw[0].key.as_str(), dw[0].mentions, dw[0].articles),
        ("Q7747", 2, 1)
    );
    let all = s
        .actors(&Filter {
            actor: Some("rus".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!((all[0].mentions, all[0].articles), (4, 2));
    // Matching events come with the hit; the others of the article do not.
    let hits = s
        .search(&Filter {
            modality: Some("alleged".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(hits[0].events.len(), 1);
    assert_eq!(hits[0].events[0].cameo, "112");
    assert_eq!(hits[0].events[0].date, "2024-07-01");
    assert!(s
        .search(&Filter {
            text: Some("...".into()),
            ..Filter::default()
        })
        .is_err());
}

#[test]
fn search_matches_word_forms_by_lemma() {
    let lem = warta_morph::Lemmatizer::embedded();
    if lem.lemma("kunjungan") != lem.lemma("mengunjungi") {
        eprintln!("skipped: the lemmatiser does not (yet) relate kunjungan and mengunjungi");
        return;
    }
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(vec![
        prep(STORY_A, "DW", "2024-06-18", Analysis::default()),
        prep(STORY_B, "Kompas", "2024-06-18", Analysis::default()),
    ])
    .unwrap();
    // STORY_A says "mengunjungi" and "Kunjungan"; STORY_B neither.
    let hits = s
        .search(&Filter {
            text: Some("kunjungan".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].source.as_deref(), Some("DW"));
    let hits = s
        .search(&Filter {
            text: Some("dikunjungi".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
}

#[test]
fn reanalysis_reports_changes() {
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(vec![
        prep(
            STORY_A,
            "DW",
            "2024-06-18",
            visit(STORY_A, "042", "asserted", None),
        ),
        prep(STORY_C, "Kompas", "2024-06-20", Analysis::default()),
    ])
    .unwrap();
    let arts = s.articles_after(0, 10).unwrap();
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].article.body, STORY_A);
    assert_eq!(arts[0].article.published, Ymd::new(2024, 6, 18));
    let items = vec![
        (
            arts[0].id,
            Prepared::new(
                arts[0].article.clone(),
                visit(STORY_A, "042", "asserted", None),
            ),
        ),
        (
            arts[1].id,
            Prepared::new(
                arts[1].article.clone(),
                visit(STORY_C, "036", "future", None),
            ),
        ),
    ];
    let changes = s.replace_analyses(items).unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].article, arts[1].id);
    assert_eq!(
        changes[0].added,
        vec!["036 RUSGOV->PRK future s0".to_string()]
    );
    assert!(changes[0].removed.is_empty());
    // And back: the event is removed.
    let items = vec![(
        arts[1].id,
        Prepared::new(arts[1].article.clone(), Analysis::default()),
    )];
    let changes = s.replace_analyses(items).unwrap();
    assert_eq!(changes[0].removed.len(), 1);
    assert_eq!(s.stats().unwrap().events, 1);
    assert!(s.check().unwrap().is_ok());
}

#[test]
fn exports() {
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(vec![
        prep(
            STORY_A,
            "DW",
            "2024-06-18",
            visit(STORY_A, "042", "asserted", Some("2024-06-18")),
        ),
        prep(
            STORY_B,
            "Kompas",
            "2024-06-19",
            visit(STORY_B, "042", "asserted", Some("2024-06-18")),
        ),
        prep(
            STORY_C,
            "Kompas",
            "2024-06-20",
            visit(STORY_C, "036", "future", None),
        ),
    ])
    .unwrap();
    let run = |fmt| {
        let mut v = Vec::new();
        let n = s.export(&Filter::default(), fmt, &mut v).unwrap();
        (n, String::from_utf8(v).unwrap())
    };
    let (n, tsv) = run(ExportFormat::Gdelt);
    assert_eq!(n, 2);
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| {
        warta_store::GDELT_COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap()
    };
    for r in &rows {
        assert_eq!(r.len(), 61);
    }
    let r = &rows[0];
    assert_eq!(r[col("SQLDATE")], "20240618");
    assert_eq!(r[col("Actor1Code")], "RUSGOV");
    assert_eq!(r[col("Actor1CountryCode")], "RUS");
    assert_eq!(r[col("Actor2Code")], "PRK");
    assert_eq!(r[col("EventCode")], "042");
    assert_eq!(r[col("EventRootCode")], "04");
    assert_eq!(
        (
            r[col("NumMentions")],
            r[col("NumSources")],
            r[col("NumArticles")]
        ),
        ("2", "2", "2")
    );
    assert_eq!(r[col("GoldsteinScale")], "");
    assert!(r[col("SOURCEURL")].starts_with("https://example.invalid/DW"));
    assert_eq!(rows[1][col("SQLDATE")], "20240620");

    let (n, jsonl) = run(ExportFormat::Plover);
    assert_eq!(n, 2);
    let v: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(v["event_type"], "CONSULT");
    assert_eq!(v["mode"], "visit");
    assert_eq!(v["num_articles"], 2);
    assert_eq!(v["mentions"].as_array().unwrap().len(), 2);
    assert!(v["mentions"][0]["evidence"]
        .as_str()
        .unwrap()
        .contains("Pyongyang"));

    let (n, csv) = run(ExportFormat::Csv);
    assert_eq!(n, 3);
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.starts_with("event,mention,article,"));
}

#[test]
fn persists_and_rejects_foreign_files() {
    let t = TempDb::new("persist");
    {
        let mut s = Store::open(t.db()).unwrap();
        s.insert_batch(vec![prep(
            STORY_A,
            "DW",
            "2024-06-18",
            visit(STORY_A, "042", "asserted", None),
        )])
        .unwrap();
    }
    let s = Store::open(t.db()).unwrap();
    assert_eq!(s.stats().unwrap().articles, 1);
    assert!(s.check().unwrap().is_ok());
    let ro = Store::open_with(
        t.db(),
        &warta_store::OpenOptions {
            read_only: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(ro.search(&Filter::default()).unwrap().len(), 1);

    let junk = t.0.join("junk.db");
    std::fs::write(
        &junk,
        b"this is not a database at all, just some text padding it out",
    )
    .unwrap();
    assert!(Store::open(&junk).is_err());
}

#[test]
fn concurrent_writers_store_each_article_once() {
    let t = TempDb::new("concurrent");
    let bodies: Vec<String> = (0..200)
        .map(|i| {
            format!(
                "Artikel nomor {i} tentang rapat dewan kota ke-{} di provinsi {}.",
                i * 7,
                i % 13
            )
        })
        .collect();
    Store::open(t.db()).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|k| {
            let db = t.db();
            let bodies = bodies.clone();
            std::thread::spawn(move || {
                let mut s = Store::open(&db).unwrap();
                // Each writer walks the same articles in a different order, in small batches.
                let mut order: Vec<usize> = (0..bodies.len()).collect();
                order.rotate_left(k * 50);
                for chunk in order.chunks(10) {
                    let items = chunk
                        .iter()
                        .map(|&i| prep(&bodies[i], "X", "2024-01-01", Analysis::default()))
                        .collect();
                    s.insert_batch(items).unwrap();
                }
            })
        })
        .collect();
    for th in threads {
        th.join().unwrap();
    }
    let s = Store::open(t.db()).unwrap();
    assert!(s.check().unwrap().is_ok());
    let st = s.stats().unwrap();
    assert_eq!(st.articles, 200);
    let distinct: i64 = s
        .connection()
        .query_row("SELECT count(DISTINCT body) FROM article_text", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(distinct, 200);
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_has_one_typed_row_per_mention() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let t = TempDb::new("parquet");
    let mut s = Store::in_memory().unwrap();
    s.insert_batch(vec![
        prep(
            STORY_A,
            "DW",
            "2024-06-18",
            visit(STORY_A, "042", "asserted", None),
        ),
        prep(
            STORY_B,
            "Kompas",
            "2024-06-18",
            visit(STORY_B, "042", "asserted", None),
        ),
        prep(
            STORY_C,
            "Kompas",
            "2024-06-20",
            visit(STORY_C, "036", "future", None),
        ),
    ])
    .unwrap();
    let path = t.0.join("out.parquet");
    let n = s
        .export_parquet(&Filter::default(), std::fs::File::create(&path).unwrap())
        .unwrap();
    assert_eq!(n, 3);
    let r = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let meta = r.metadata().file_metadata();
    assert_eq!(meta.num_rows(), 3);
    let schema = meta.schema_descr();
    assert_eq!(schema.num_columns(), warta_store::CSV_HEADER.len());
    assert_eq!(schema.column(0).name(), "event");
    assert_eq!(
        schema.column(0).physical_type(),
        parquet::basic::Type::INT64
    );
    let rows: Vec<_> = r
        .get_row_iter(None)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let text = format!("{:?}", rows[0]);
    assert!(text.contains("RUSGOV"), "{text}");
}

/// Pseudo-words from a seed, so that generated articles are not near-duplicates of each other.
fn filler(seed: u64, n: usize) -> String {
    const SYL: [&str; 12] = [
        "ka", "ma", "ra", "si", "tu", "ba", "la", "pe", "di", "ko", "ja", "wi",
    ];
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            (0..3)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    SYL[(x % 12) as usize]
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An event filter without words finds the same articles, newest first, whichever plan the store
/// picks (walking articles for frequent matches, listing matches for rare ones).
#[test]
fn event_filters_give_the_same_articles_for_every_limit() {
    let mut s = Store::in_memory().unwrap();
    let mut items = Vec::new();
    // (index, published, cameo or none)
    let mut truth: Vec<(usize, String, Option<&str>)> = Vec::new();
    for i in 0..80usize {
        let body = format!(
            "Berita nomor {i} dari Pyongyang. {}.",
            filler(i as u64 + 7, 60)
        );
        let day = format!("2024-{:02}-{:02}", 1 + (i * 7) % 12, 1 + (i * 13) % 28);
        let cameo = match i % 4 {
            0..=2 => Some("042"),
            _ if i % 8 == 3 => Some("112"),
            _ => None,
        };
        let an = cameo.map_or_else(Analysis::default, |c| visit(&body, c, "asserted", None));
        items.push(prep(&body, "DW", &day, an));
        truth.push((i, day, cameo));
    }
    let out = s.insert_batch(items).unwrap();
    assert_eq!(out.len(), 80);
    let all = s
        .search(&Filter {
            limit: 0,
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(all.len(), 80, "no article was taken for a copy of another");
    // Article ids in insertion order (ids are assigned in order).
    let mut ids: Vec<i64> = all.iter().map(|h| h.id).collect();
    ids.sort();
    for (cameo, actor) in [
        (Some("042"), None),
        (Some("112"), None),
        (None, Some("rus")),
        (Some("11"), Some("prk")),
    ] {
        let mut want: Vec<(String, i64)> = truth
            .iter()
            .filter(|(_, _, c)| match (c, cameo) {
                (None, _) => false,
                (Some(c), Some(p)) => c.starts_with(p),
                (Some(_), None) => true,
            })
            .map(|(i, d, _)| (d.clone(), ids[*i]))
            .collect();
        want.sort_by(|a, b| b.cmp(a));
        for limit in [1usize, 3, 10, 25, 100] {
            let got: Vec<i64> = s
                .search(&Filter {
                    cameo: cameo.map(Into::into),
                    actor: actor.map(Into::into),
                    limit,
                    ..Filter::default()
                })
                .unwrap()
                .iter()
                .map(|h| h.id)
                .collect();
            let expect: Vec<i64> = want.iter().take(limit).map(|(_, id)| *id).collect();
            assert_eq!(got, expect, "cameo {cameo:?} actor {actor:?} limit {limit}");
        }
    }
}
