//! Property tests: tagging never panics and always returns one tag per word.
use proptest::prelude::*;
use warta_tagger::{decode_bio_ids, Model, Scratch, Tagger};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_words_get_one_tag_each(words in prop::collection::vec(".{0,12}", 0..40), hints in prop::collection::vec(any::<u8>(), 0..40)) {
        let mut scratch = Scratch::new();
        let mut out = Vec::new();
        for m in [Tagger::pos(), Tagger::ner()] {
            m.tag_with_hints(&words, &hints, &mut scratch, &mut out);
            prop_assert_eq!(out.len(), words.len());
            let mut spans = Vec::new();
            decode_bio_ids(m, &out, &mut spans);
            for s in &spans {
                prop_assert!(s.start < s.end && s.end <= words.len());
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_load(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        prop_assert!(Model::from_bytes(&bytes).is_err());
    }

}

#[test]
fn truncated_models_are_rejected() {
    let full = Tagger::ner().to_bytes();
    for cut in (0..4096).step_by(7).chain([full.len() / 2, full.len() - 1]) {
        assert!(Model::from_bytes(&full[..cut]).is_err(), "cut at {cut}");
    }
}
