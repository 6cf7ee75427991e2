//! Bad input is normal input: random and adversarial text never panics, stays fast, and always
//! yields a valid `warta.analysis/1` document whose offsets slice its text.

use proptest::prelude::*;
use std::time::{Duration, Instant};
use warta_core::analysis::Analysis;
use warta_core::Article;
use warta_extract::{Analyzer, Scratch};

fn check(doc: &Analysis) {
    assert_eq!(doc.schema, "warta.analysis/1");
    let chars: Vec<char> = doc.text.chars().collect();
    let n = chars.len();
    let slice = |s: usize, e: usize| -> String {
        assert!(s <= e && e <= n, "span {s}..{e} outside 0..{n}");
        chars[s..e].iter().collect()
    };
    for s in &doc.sentences {
        assert!(s.start <= s.end && s.end <= n);
    }
    for e in &doc.entities {
        assert_eq!(slice(e.start, e.end), e.text);
        assert!(e.sentence < doc.sentences.len().max(1));
        let id = e.actor.as_ref().expect("entities resolve to an actor");
        assert!(
            doc.actors.iter().any(|a| &a.id == id),
            "dangling actor {id}"
        );
    }
    for q in &doc.quotes {
        assert_eq!(slice(q.start, q.end), q.text);
        if let Some(c) = &q.cue {
            assert_eq!(slice(c.start, c.end), c.text);
        }
    }
    for t in &doc.times {
        assert_eq!(slice(t.start, t.end), t.text);
    }
    for v in &doc.events {
        assert_eq!(slice(v.trigger.start, v.trigger.end), v.trigger.text);
        assert!(v.sentence < doc.sentences.len());
        assert!(!v.actor.is_empty(), "an event always has an actor");
        assert!((1..=4).contains(&v.quad_class));
        for l in &v.links {
            assert!(
                doc.events.iter().any(|o| o.id == l.event),
                "dangling link {}",
                l.event
            );
        }
    }
    // the document serialises and parses back
    let json = serde_json::to_string(doc).expect("serialisable");
    let back: Analysis = serde_json::from_str(&json).expect("parses back");
    assert_eq!(back.events.len(), doc.events.len());
}

fn run(body: String) -> (Analysis, Duration) {
    let art = Article {
        body,
        ..Article::default()
    };
    let t = Instant::now();
    let doc = Analyzer::new().analyze(&art, &mut Scratch::default());
    (doc, t.elapsed())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text(s in "\\PC{0,400}") {
        check(&run(s).0);
    }

    #[test]
    fn news_like_soup(words in proptest::collection::vec(prop_oneof![
        Just("Presiden"), Just("Rusia"), Just("mengunjungi"), Just("Korea Utara"), Just(","), Just("."),
        Just("\""), Just("“"), Just("”"), Just("kata"), Just("katanya"), Just("dibantah"), Just("oleh"),
        Just("Moskow"), Just("dan"), Just("menuduh"), Just("tidak"), Just("akan"), Just("(18/6)"),
        Just("Selasa"), Just("tahun 2000"), Just("ia"), Just("mereka"), Just("untuk"), Just("Menurut"),
        Just("\n"), Just("Jokowi"), Just("KPK"), Just("menahan"), Just("yang"), Just("–"),
    ], 0..120)) {
        check(&run(words.join(" ")).0);
    }
}

#[test]
fn adversarial_inputs_stay_fast_and_valid() {
    let sentence =
        "Presiden Rusia Vladimir Putin mengunjungi Korea Utara dan menuduh Barat mengirim senjata ";
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("whitespace", " \n\t \r\n ".into()),
        ("10k straight quotes", "\"".repeat(10_000)),
        ("10k curly quotes", "“ kata ” ".repeat(10_000)),
        (
            "unbalanced",
            "\"Kami tidak khawatir, kata X. Lalu “ dia pergi. ”".repeat(200),
        ),
        ("1 MB sentence", sentence.repeat(1_000_000 / sentence.len())),
        (
            "mixed scripts",
            "Путин 普京 بوتين Putin mengunjungi 북한 Korea Utara 🚀🇷🇺 ".repeat(500),
        ),
        (
            "nul and controls",
            "Rusia\u{0}\u{1}\u{7f} menyerang\u{200b} Ukraina\u{feff}.".repeat(300),
        ),
        ("long token", "a".repeat(200_000)),
        ("punctuation only", ".,;:!?-–—()[]{}".repeat(5_000)),
    ];
    for (name, text) in cases {
        let (doc, took) = run(text);
        check(&doc);
        assert!(took < Duration::from_secs(20), "{name} took {took:?}");
    }
}
