//! Property tests: whatever the input, `find_times` does not panic and its spans are in bounds,
//! on char boundaries, sorted and non-overlapping.

use proptest::prelude::*;
use warta_core::Ymd;
use warta_time::{find_times, infer_published};

fn check(text: &str, published: Option<Ymd>) -> Result<(), TestCaseError> {
    let mut out = Vec::new();
    find_times(text, &[], published, &mut out);
    let mut last_end = 0;
    for t in &out {
        prop_assert!(t.span.start < t.span.end, "empty span {:?}", t.span);
        prop_assert!(t.span.end <= text.len());
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        prop_assert!(
            t.span.start >= last_end,
            "overlap or disorder at {:?}",
            t.span
        );
        last_end = t.span.end;
        if let (Some(a), Some(b)) = (t.date, t.end) {
            prop_assert!(a <= b, "range {a} > {b}");
        }
        if t.value.is_none() {
            prop_assert!(t.date.is_none());
        }
    }
    let _ = infer_published(text, &[]);
    Ok(())
}

/// Words and pieces the grammar reacts to, so random texts reach deep into it.
const PIECES: &[&str] = &[
    "Selasa",
    "Minggu",
    "minggu",
    "Jum'at",
    "Jum’at",
    "Juni",
    "Mei",
    "Agt.",
    "Des",
    "tahun",
    "bulan",
    "pekan",
    "hari",
    "ini",
    "lalu",
    "yang",
    "depan",
    "mendatang",
    "kemudian",
    "sebelumnya",
    "lagi",
    "silam",
    "kemarin",
    "besok",
    "lusa",
    "tadi",
    "malam",
    "pagi",
    "dini",
    "semalam",
    "pukul",
    "jam",
    "sekitar",
    "WIB",
    "waktu",
    "setempat",
    "pada",
    "sejak",
    "hingga",
    "awal",
    "akhir",
    "pertengahan",
    "abad",
    "ke",
    "XXI",
    "an",
    "dua",
    "belas",
    "puluh",
    "sehari",
    "beberapa",
    "tanggal",
    "akan",
    "orang",
    "usia",
    "0",
    "1",
    "9",
    "12",
    "18",
    "24",
    "29",
    "31",
    "60",
    "99",
    "2000",
    "2024",
    "1961",
    "9999",
    "4294967296",
    "(",
    ")",
    "/",
    "-",
    ".",
    ":",
    ",",
    "–",
    "“",
    "é",
    "\u{a0}",
    "\n",
    "%",
    "'",
    "’",
];

fn piece_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&["", " ", "  "][..]),
        ),
        0..40,
    )
    .prop_map(|v| v.into_iter().flat_map(|(p, s)| [p, s]).collect())
}

fn published() -> impl Strategy<Value = Option<Ymd>> {
    prop_oneof![
        Just(None),
        (1900i32..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Ymd::new(y, m, d)),
        (any::<i32>(), 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Ymd::new(y, m, d)),
    ]
}

proptest! {
    // PROPTEST_CASES overrides the default of 2000 cases per property
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn arbitrary_text(text in any::<String>(), p in published()) {
        check(&text, p)?;
    }

    #[test]
    fn grammar_pieces(text in piece_text(), p in published()) {
        check(&text, p)?;
    }

    #[test]
    fn lossy_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200), p in published()) {
        check(&String::from_utf8_lossy(&bytes), p)?;
    }
}

/// Chains of phrases that could each continue into the next must not recurse (stack overflow).
#[test]
fn long_repetitions_do_not_recurse() {
    for unit in [
        "pukul 1, ",
        "Senin-",
        "Senin (",
        "kemarin (",
        "tahun ",
        "2014-",
        "akhir ",
        "(1/",
    ] {
        let text = unit.repeat(50_000);
        let mut out = Vec::new();
        find_times(&text, &[], Ymd::new(2024, 6, 18), &mut out);
        assert!(out.len() <= text.len());
    }
}
