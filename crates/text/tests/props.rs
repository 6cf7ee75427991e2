//! Property tests: spans slice the original text exactly, shift with a prefix, and bad or huge
//! input neither panics nor goes quadratic.
use proptest::prelude::*;
use std::time::{Duration, Instant};
use warta_core::Token;
use warta_text::{tokenize, TextBuf};

/// Text drawn from the characters that drive the tokenizer's decisions.
fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "a", "B", "nya", "-", ".", ",", ":", "/", "'", "’", "\"", "“", "”", "‘", "«", "»", "„",
        " ", "\n", "\u{a0}", "\u{200b}", "1", "16.00", "Rp", "3,5", "@", "#", "http://", "www.",
        "dll.", "Prof.", "B.J.", "…", "...", "–", "—", "😀", "\u{200d}", "\u{fe0f}", "🇮", "é",
        "\u{301}", "?", "!", "(", ")", "%", "$", "s", "\r", "\t", "\u{2029}",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

fn check_tokens(text: &str, toks: &[Token]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for t in toks {
        prop_assert!(t.span.start < t.span.end, "empty token {t:?}");
        prop_assert!(t.span.start >= prev_end, "overlap or disorder at {t:?}");
        prop_assert!(t.span.end <= text.len());
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        prop_assert!(
            !t.text(text).chars().any(char::is_whitespace),
            "space in {t:?}"
        );
        prev_end = t.span.end;
    }
    Ok(())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let mut b = TextBuf::default();
    b.analyze(text);
    check_tokens(text, &b.tokens)?;
    let mut next = 0;
    for s in &b.sentences {
        prop_assert_eq!(s.tok_start, next);
        prop_assert!(s.tok_end > s.tok_start);
        prop_assert_eq!(s.span.start, b.tokens[s.tok_start].span.start);
        prop_assert_eq!(s.span.end, b.tokens[s.tok_end - 1].span.end);
        next = s.tok_end;
    }
    prop_assert_eq!(next, b.tokens.len());
    // every non-space character is covered by a token except invisible separators
    let covered: usize = b.tokens.iter().map(|t| t.span.len()).sum();
    prop_assert!(covered <= text.len());
    Ok(())
}

proptest! {
    #[test]
    fn spans_are_exact_on_newsy_text(text in newsy()) {
        check_all(&text)?;
    }

    #[test]
    fn spans_are_exact_on_any_unicode(text in any::<String>()) {
        check_all(&text)?;
    }

    #[test]
    fn prefix_shifts_every_span(prefix in "[A-Za-z ]{0,8} ", text in newsy()) {
        let mut a = Vec::new();
        tokenize(&text, &mut a);
        let joined = format!("{prefix}{text}");
        let mut b = Vec::new();
        tokenize(&joined, &mut b);
        prop_assume!(!prefix.trim().is_empty() || b.len() == a.len());
        // the prefix ends with a space, so the tokens of `text` are the last `a.len()` ones
        prop_assert!(b.len() >= a.len());
        let tail = &b[b.len() - a.len()..];
        for (x, y) in a.iter().zip(tail) {
            prop_assert_eq!(x.span.shift(prefix.len()), y.span);
            prop_assert_eq!(x.kind, y.kind);
        }
    }

    #[test]
    fn same_tokens_from_invalid_utf8_lossily_decoded(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        check_all(&text)?;
    }
}

fn time_it(text: &str) -> Duration {
    let mut b = TextBuf::default();
    (0..5)
        .map(|_| {
            let t = Instant::now();
            b.analyze(text);
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Linear on pathological input: 8x the input may take at most 24x the time (a quadratic scan
/// takes 64x). Retried so that a busy machine does not fail it by chance.
fn assert_linear(unit: &str, n: usize) {
    let small = unit.repeat(n);
    let big = unit.repeat(8 * n);
    let _ = time_it(&small); // warm up
    let mut last = (Duration::ZERO, Duration::ZERO);
    for _ in 0..3 {
        let ts = time_it(&small).max(Duration::from_micros(50));
        let tb = time_it(&big);
        if tb < ts * 24 {
            return;
        }
        last = (ts, tb);
    }
    panic!(
        "{unit:?}: {n} reps {:?}, {} reps {:?} (quadratic?)",
        last.0,
        8 * n,
        last.1
    );
}

#[test]
fn pathological_inputs_stay_linear() {
    for unit in [
        "\"",
        "“",
        "”",
        ".",
        "a.",
        "A.",
        "-",
        "a-",
        "1.",
        "1/",
        "'",
        "x'",
        "@",
        "#",
        "😀\u{200d}",
        "\u{301}",
        "“a. ",
        "www.a",
        "ab.",
        "Ab.",
        "ab-",
        "A-B-",
        "1/2/",
        "1.2.",
        "1,2,",
        "a@b.",
        "a.b@",
        "I. ",
        "dll. ",
        "x/y/",
    ] {
        let t = Instant::now();
        assert_linear(unit, 10_000);
        eprintln!("{unit:?} {:?}", t.elapsed());
    }
}

#[test]
fn ten_thousand_quote_marks_and_a_megabyte_line() {
    let quotes = "\"“”‘’«»„'".repeat(10_000 / 9 + 1);
    check_all(&quotes).expect("quotes");
    let line = "Presiden Rusia, Prof. B.J. Habibie, mengatakan “kami siap” pukul 16.00 WIB dll. "
        .repeat(1 << 14);
    assert!(line.len() >= 1 << 20);
    let t = Instant::now();
    let mut b = TextBuf::default();
    b.analyze(&line);
    assert!(b.tokens.len() > 100_000);
    // generous: a debug build on a loaded machine still does a megabyte in well under this
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    let no_space = "a".repeat(1 << 20);
    let mut v = Vec::new();
    tokenize(&no_space, &mut v);
    assert_eq!(v.len(), 1);
}
