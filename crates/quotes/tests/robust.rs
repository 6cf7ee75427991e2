//! Robustness: pathological inputs finish in linear time, and for any input every span is in
//! bounds, on char boundaries, and a quote never contains its own cue.

use proptest::prelude::*;
use std::time::{Duration, Instant};
use warta_quotes::{find_quotes, Quote, Speaker};
use warta_text::TextBuf;

fn check_spans(text: &str, quotes: &[Quote]) {
    for q in quotes {
        let mut spans = vec![q.span, q.outer];
        spans.extend(q.cue);
        if let Speaker::Mention(s) | Speaker::Anaphor(s) = q.speaker {
            spans.push(s);
        }
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{s:?} out of bounds"
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{s:?} not on char boundaries"
            );
        }
        assert!(!q.span.is_empty());
        assert!(q.outer.contains(q.span));
        if let Some(c) = q.cue {
            assert!(
                !q.span.contains(c),
                "quote {:?} contains its cue {:?}",
                q.span,
                c
            );
        }
    }
}

fn run(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    find_quotes(text, &[], &[], &[], &mut out);
    check_spans(text, &out);
    let mut buf = TextBuf::default();
    buf.analyze(text);
    let mut out2 = Vec::new();
    find_quotes(text, &buf.tokens, &buf.sentences, &[], &mut out2);
    check_spans(text, &out2);
    out
}

/// Debug builds are slow; the bound only catches quadratic behaviour (1 MB squared is hours).
fn timed(text: &str) -> (Vec<Quote>, Duration) {
    let t = Instant::now();
    let mut out = Vec::new();
    find_quotes(text, &[], &[], &[], &mut out);
    check_spans(text, &out);
    (out, t.elapsed())
}

const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn empty_and_tiny() {
    for t in [
        "",
        " ",
        "\"",
        "“",
        "”",
        "\n\n",
        "kata",
        ", katanya",
        "Menurut",
        "\"\"",
        "“”",
        "« »",
    ] {
        run(t);
    }
}

#[test]
fn ten_thousand_quote_marks() {
    for unit in [
        "\"",
        "“",
        "”",
        "” ",
        " ” ",
        "“a” ",
        "\"a,\" kata B. ",
        "«",
        "„x“ ",
        "’",
    ] {
        let text = unit.repeat(10_000);
        let (out, dt) = timed(&text);
        assert!(dt < LIMIT, "{unit:?}: {dt:?}");
        assert!(out.len() <= 10_000);
    }
}

#[test]
fn unbalanced_mark_does_not_swallow_the_article() {
    let mut text = String::from("“Kutipan ini tidak pernah ditutup.\n");
    for _ in 0..200 {
        text.push_str("Paragraf berita biasa tanpa kutipan sama sekali.\n");
    }
    let out = run(&text);
    assert_eq!(out.len(), 1);
    assert!(out[0].span.end < 40);
}

#[test]
fn one_megabyte_sentence() {
    let units = [
        "Budi mengatakan harga naik dan ",
        "kata ",
        "a, kata Budi ",
        "Menurut Budi, ",
        ", katanya ",
        "Kepala Dinas yang dihubungi wartawan tidak menjawab ",
        "“kunjungan” ",
        "( ",
    ];
    for unit in units {
        let text = unit.repeat(1_000_000 / unit.len());
        let (_, dt) = timed(&text);
        assert!(dt < LIMIT, "{unit:?}: {dt:?}");
    }
    // one paragraph of 1 MB with a single quote mark early on
    let text = format!("“{}", "kata Budi menegaskan bahwa ".repeat(40_000));
    let (_, dt) = timed(&text);
    assert!(dt < LIMIT, "{dt:?}");
}

#[test]
fn whitespace_runs() {
    let text = format!(
        "“a{}”{}kata{}Budi",
        " ".repeat(500_000),
        "\n".repeat(100_000),
        " ".repeat(300_000)
    );
    let (_, dt) = timed(&text);
    assert!(dt < LIMIT, "{dt:?}");
}

#[test]
fn invalid_utf8_is_the_callers_problem_but_lossy_text_works() {
    let bytes = b"\xff\xfe\"Kami \xc3\x28siap,\" kata \xe2\x80 Budi.";
    let text = String::from_utf8_lossy(bytes);
    run(&text);
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just(" kata ".to_string()),
        Just(" katanya".to_string()),
        Just(" mengatakan ".to_string()),
        Just("Menurut ".to_string()),
        Just(" bahwa ".to_string()),
        Just(" oleh Kremlin disebut ".to_string()),
        Just("Budi ".to_string()),
        Just("Ketua NATO".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" yang ".to_string()),
        Just("ü".to_string()),
        Just("我们".to_string()),
        Just("🤝".to_string()),
        "[a-zA-Z ]{0,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_news_like_text(parts in prop::collection::vec(piece(), 0..60)) {
        let text: String = parts.concat();
        run(&text);
    }

    #[test]
    fn never_panics_on_any_string(text in "\\PC{0,300}") {
        run(&text);
    }
}
