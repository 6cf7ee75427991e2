//! Integration tests of the reader: HTML fixtures (written for these tests), bad files, the
//! repository's examples, and property tests that no input panics.
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use warta_core::Article;
use warta_read::{
    parse_html, parse_plain, parse_record, read_bytes, read_path, sniff, Error, Format, ReadOptions,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read_file(path: &Path) -> Vec<Result<Article, Error>> {
    let mut out = Vec::new();
    read_path(path, &ReadOptions::default(), &mut |r| out.push(r));
    out
}

fn read_mem(bytes: &[u8], name: &str) -> Vec<Result<Article, Error>> {
    let mut out = Vec::new();
    read_bytes(
        bytes,
        name,
        Some(Path::new(name)),
        &ReadOptions::default(),
        &mut |r| out.push(r),
    );
    out
}

fn only_article(rs: Vec<Result<Article, Error>>) -> Article {
    assert_eq!(rs.len(), 1, "{rs:?}");
    rs.into_iter()
        .next()
        .and_then(Result::ok)
        .expect("an article")
}

/// Checks that hold for every article: spans inside the body on char boundaries.
fn check_invariants(a: &Article) {
    if let Some(s) = a.dateline_span {
        assert!(s.end <= a.body.len());
        assert!(a.body.is_char_boundary(s.start) && a.body.is_char_boundary(s.end));
        assert!(a.dateline.is_some());
    }
    assert!(!a.body.contains('\r'));
    assert!(!a.body.contains('\u{00A0}'));
}

/// (fixture, title, source, published, url, dateline, body start, texts that must be gone)
type HtmlCase = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    &'static [&'static str],
);

#[test]
fn html_fixtures() {
    let cases: &[HtmlCase] = &[
        (
            "berita-lengkap.html",
            "Gubernur Resmikan Jembatan Baru di Samarinda",
            Some("Warta Contoh"),
            Some("2025-07-14"),
            Some("https://contoh.invalid/daerah/2025/07/14/jembatan-samarinda"),
            Some("Samarinda"),
            "SAMARINDA, Warta Contoh – Gubernur",
            &[
                "Baca juga",
                "Baca Juga",
                "Simak juga",
                "Iklan",
                "IKLAN",
                "Terpopuler",
                "dataLayer",
                "Nasional",
                "Hak cipta",
                "Bagikan",
                "font-family",
                "Penulis:",
                "selesai",
            ],
        ),
        (
            "ld-json-graph.html",
            "Petani Keluhkan Harga Pupuk yang Terus Naik",
            Some("Kabar Contoh"),
            Some("2025-02-11"),
            Some("https://kabar.contoh.invalid/ekonomi/pupuk-naik"),
            Some("Klaten"),
            "KLATEN, Kabar Contoh -- Sejumlah",
            &[
                "BACA JUGA",
                "googletag",
                "Berita Terkini",
                "Masuk",
                "Redaksi",
                "07:45 WIB",
            ],
        ),
        (
            "dateline-penerbit.html",
            "Indonesia dan Malaysia Sepakati Patroli Perbatasan Bersama",
            Some("Antara"),
            Some("2025-09-02"),
            None,
            Some("Jakarta"),
            "Jakarta (ANTARA) - Pemerintah",
            &["Baca juga", "Beranda", "Bagikan", "display: inline"],
        ),
        (
            "baca-juga-sebaris.html",
            "Uji Baris Baru Dalam Paragraf",
            None,
            None,
            None,
            Some("Jakarta"),
            "Jakarta - Paragraf pertama",
            &["Baca juga", "Judul Lain", "Situs"],
        ),
        (
            "tanggal-terlihat.html",
            "Harga Tiket Pesawat Turun Jelang Libur Sekolah",
            None,
            Some("2025-06-20"),
            None,
            Some("Denpasar"),
            "Denpasar - Sejumlah maskapai",
            &["Editor:", "(ant/abc)", "16:05 WIB", "Home", "Berita Contoh"],
        ),
    ];
    for &(name, title, source, published, url, dateline, start, gone) in cases {
        let a = only_article(read_file(&fixture(name)));
        check_invariants(&a);
        assert_eq!(a.title.as_deref(), Some(title), "{name}");
        assert_eq!(a.source.as_deref(), source, "{name}");
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            published,
            "{name}"
        );
        assert_eq!(a.url.as_deref(), url, "{name}");
        assert_eq!(a.dateline.as_deref(), dateline, "{name}");
        assert!(a.body.starts_with(start), "{name}: {:?}", a.body);
        for g in gone {
            assert!(!a.body.contains(g), "{name}: {g:?} left in {:?}", a.body);
        }
        assert!(
            a.body.lines().count() >= 3,
            "{name}: paragraphs kept: {:?}",
            a.body
        );
        assert_eq!(
            a.origin.as_deref(),
            Some(fixture(name).display().to_string().as_str())
        );
    }
}

#[test]
fn html_without_article_is_empty_error() {
    for html in [
        std::fs::read_to_string(fixture("tanpa-isi.html")).expect("fixture"),
        "<html><head><title>x</title></head></html>".to_string(),
        "<html><body></body></html>".to_string(),
        "<!doctype html>".to_string(),
        "   ".to_string(),
        "<html><body><script>var x = '<p>teks panjang sekali di dalam skrip ini bukan isi</p>';</script></body></html>".to_string(),
    ] {
        match parse_html(&html, &ReadOptions::default()) {
            Err(Error::Empty { msg, .. }) => assert!(!msg.is_empty()),
            other => panic!("{html:?}: {other:?}"),
        }
    }
    let rs = read_file(&fixture("tanpa-isi.html"));
    assert!(
        matches!(&rs[..], [Err(Error::Empty { path, .. })] if path.ends_with("tanpa-isi.html")),
        "{rs:?}"
    );
}

#[test]
fn small_html_page_falls_back_to_paragraphs() {
    let html = "<html><body><p>Banjir merendam puluhan rumah warga di tepi sungai sejak pagi.</p></body></html>";
    let a = parse_html(html, &ReadOptions::default()).expect("article");
    assert_eq!(
        a.body,
        "Banjir merendam puluhan rumah warga di tepi sungai sejak pagi."
    );
}

#[test]
fn bad_files() {
    // empty and whitespace-only
    for bytes in [&b""[..], b"  \n\r\n\t "] {
        let rs = read_mem(bytes, "kosong.txt");
        assert!(
            matches!(&rs[..], [Err(Error::Empty { path, .. })] if path == "kosong.txt"),
            "{rs:?}"
        );
    }
    // binary junk
    let rs = read_mem(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "gambar.txt");
    assert!(
        matches!(&rs[..], [Err(Error::Binary { path })] if path == "gambar.txt"),
        "{rs:?}"
    );
    assert!(rs[0]
        .as_ref()
        .err()
        .is_some_and(|e| e.to_string().contains("binary")));
    // invalid UTF-8 (Windows-1252 quotes) is still read
    let a = only_article(read_mem(
        b"Judul Berita Contoh Hari Ini\nWarta Contoh\n\x93Kami siap,\x94 kata juru bicara di Jakarta.",
        "lama.txt",
    ));
    assert_eq!(a.title.as_deref(), Some("Judul Berita Contoh Hari Ini"));
    assert!(
        a.body.starts_with("\u{201C}Kami siap,\u{201D}"),
        "{:?}",
        a.body
    );
    // BOM, CRLF and NBSP
    let a = only_article(read_mem(
        "\u{FEFF}Judul Berita Contoh Hari Ini\r\n- DW\r\nBerlin\u{00A0}– Kanselir tiba.\r\n"
            .as_bytes(),
        "win.txt",
    ));
    check_invariants(&a);
    assert_eq!(a.body, "Berlin – Kanselir tiba.");
    assert_eq!(a.dateline.as_deref(), Some("Berlin"));
    // missing file
    let rs = read_file(Path::new("/tidak/ada/berkas.txt"));
    assert!(matches!(&rs[..], [Err(Error::Io { .. })]));
}

#[test]
fn huge_single_line_is_linear() {
    // 50 MB on one line, with a dateline opening: must read in about the time of a few scans.
    let mut text = String::from("Jakarta - ");
    let unit = "Warga menunggu kabar dari pemerintah daerah soal bantuan banjir. ";
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(unit);
    }
    let t = std::time::Instant::now();
    let a = only_article(read_mem(text.as_bytes(), "besar.txt"));
    let took = t.elapsed();
    assert_eq!(a.body.len(), text.trim_end().len());
    assert_eq!(a.dateline.as_deref(), Some("Jakarta"));
    assert!(a.title.is_none());
    // Generous bound for an unoptimised build on a busy machine; quadratic work would take hours.
    assert!(took.as_secs() < 60, "took {took:?}");
}

#[test]
fn pathological_html_is_fast() {
    let para = "<p>Banjir merendam puluhan rumah warga di tepi sungai sejak pagi hari ini.</p>";
    let pages = [
        // 100 000 nested elements: super-linear in DOM builders, so the linear scanner takes it.
        format!(
            "<html><body>{}{para}</body></html>",
            "<div>".repeat(100_000)
        ),
        format!("<html><body>{}{para}</body></html>", "<b>".repeat(100_000)),
        // many unclosed paragraphs and list items
        format!(
            "<html><body>{}</body></html>",
            "<p>Warga menunggu kabar bantuan dari pemerintah daerah hari ini.".repeat(20_000)
        ),
        format!(
            "<html><body><ul>{}</ul></body></html>",
            "<li>Warga menunggu kabar bantuan dari pemerintah daerah hari ini.".repeat(20_000)
        ),
    ];
    for html in pages {
        let t = std::time::Instant::now();
        let a = parse_html(&html, &ReadOptions::default()).expect("article text");
        assert!(a.body.contains("Banjir merendam") || a.body.contains("Warga menunggu"));
        assert!(t.elapsed().as_secs() < 30, "took {:?}", t.elapsed());
    }
}

#[test]
fn sniffing() {
    let cases: &[(&str, &str, Format)] = &[
        ("a.json", "x", Format::Json),
        ("a.jsonl", "{}", Format::Jsonl),
        ("a.NDJSON", "{}", Format::Jsonl),
        ("a.htm", "teks", Format::Html),
        ("a.txt", "  {\"text\": \"x\"}", Format::Json),
        ("a.txt", "[{}]", Format::Json),
        ("stdin", "<!DOCTYPE html><html>", Format::Html),
        ("stdin", "\n<html lang=\"id\">", Format::Html),
        ("a.txt", "Judul\nIsi", Format::Plain),
        ("a", "<p>bukan halaman</p>", Format::Plain),
    ];
    for &(name, text, want) in cases {
        assert_eq!(sniff(Some(Path::new(name)), text), want, "{name} {text:?}");
    }
}

#[test]
fn jsonl_file_sniffed_by_content() {
    let text = "{\"id\":\"1\",\"text\":\"Jakarta - Isi pertama.\"}\n{\"id\":\"2\",\"text\":\n{\"id\":\"3\",\"text\":\"Isi ketiga.\"}\n";
    let rs = read_mem(text.as_bytes(), "<stdin>");
    assert_eq!(rs.len(), 3);
    assert!(rs[0].is_ok() && rs[2].is_ok());
    match &rs[1] {
        Err(Error::Record { path, line, .. }) => {
            assert_eq!((path.as_str(), *line), ("<stdin>", 2));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        rs[2].as_ref().ok().and_then(|a| a.origin.as_deref()),
        Some("<stdin>:3")
    );
}

#[test]
fn repository_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let txt = root.join("examples/kunjungan-menlu.txt");
    if txt.exists() {
        let a = only_article(read_file(&txt));
        check_invariants(&a);
        assert!(a.title.is_some() && a.source.is_some() && a.published.is_some());
        assert!(a.dateline.is_some());
    }
    let jsonl = root.join("examples/records.jsonl");
    if jsonl.exists() {
        let rs = read_file(&jsonl);
        assert!(!rs.is_empty() && rs.iter().all(Result::is_ok), "{rs:?}");
    }
    let dw = root.join("../shared/examples/dw-putin-kim/article.txt");
    if !dw.exists() {
        eprintln!("skipping the shared DW example: {} not found", dw.display());
        return;
    }
    let a = only_article(read_file(&dw));
    check_invariants(&a);
    assert_eq!(a.source.as_deref(), Some("DW"));
    assert_eq!(a.dateline.as_deref(), Some("Pyongyang"));
    assert!(a.body.starts_with("Pyongyang – "));
    assert!(!a.body.contains(a.title.as_deref().unwrap_or("\u{0}")));
}

#[test]
fn record_errors_and_overrides() {
    assert!(matches!(
        parse_record("{", &ReadOptions::default()),
        Err(Error::Record { .. })
    ));
    assert!(matches!(
        parse_record("{}", &ReadOptions::default()),
        Err(Error::Record { .. })
    ));
    assert!(matches!(
        parse_record("{\"text\": \"   \"}", &ReadOptions::default()),
        Err(Error::Record { .. })
    ));
    let opts = ReadOptions {
        raw: false,
        published: warta_core::Ymd::new(2024, 6, 18),
        source: Some("Ganti".into()),
    };
    let a = parse_record(
        r#"{"id": 12, "title": "T", "source": "S", "published": "19/06/2025", "text": "Isi."}"#,
        &opts,
    )
    .expect("record");
    assert_eq!(a.id.as_deref(), Some("12"));
    assert_eq!(a.source.as_deref(), Some("Ganti"));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-18")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn plain_never_panics(s in "\\PC{0,400}") {
        let a = parse_plain(&s, &ReadOptions::default());
        check_invariants(&a);
        let raw = parse_plain(&s, &ReadOptions { raw: true, ..ReadOptions::default() });
        check_invariants(&raw);
    }

    #[test]
    fn plain_lines_never_panic(lines in proptest::collection::vec(
        "(JAKARTA, KOMPAS.com - |Jakarta \\(ANTARA\\) - |- |Senin, |[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4} |Baca juga: )?[A-Za-z0-9 ,.\\-–:\"()]{0,60}", 0..8)) {
        let a = parse_plain(&lines.join("\n"), &ReadOptions::default());
        check_invariants(&a);
    }

    #[test]
    fn html_never_panics(s in "(<[a-z/!]{0,8}[^<>]{0,20}>|[^<>]{0,30}){0,40}") {
        if let Ok(a) = parse_html(&s, &ReadOptions::default()) {
            check_invariants(&a);
        }
    }

    #[test]
    fn record_never_panics(s in "\\PC{0,200}") {
        if let Ok(a) = parse_record(&s, &ReadOptions::default()) {
            check_invariants(&a);
        }
    }

    #[test]
    fn bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), ext in "(txt|json|jsonl|html|bin)") {
        let name = format!("acak.{ext}");
        let mut n = 0;
        read_bytes(&bytes, &name, Some(Path::new(&name)), &ReadOptions::default(), &mut |r| {
            n += 1;
            if let Ok(a) = r {
                check_invariants(&a);
            }
        });
        prop_assert!(n >= 1);
    }

    #[test]
    fn dates_never_panic(s in "\\PC{0,60}") {
        let _ = warta_read::parse_date(&s);
        let _ = warta_read::detect_dateline(&s);
    }
}
