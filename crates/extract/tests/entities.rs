//! Table-driven tests of the entity rules, through the whole pipeline (lexicon, rules and the
//! shipped taggers), on sentences written for these tests. Each case: text, then the mentions
//! expected as `TYPE text` (all of them, in order), so that a spurious or mis-split mention fails
//! the case as much as a missing one. `* text` accepts any type (where the type is the NER
//! model's to choose and a retrained model may choose differently).

mod common;

fn mentions(text: &str) -> Vec<String> {
    let doc = common::analyze(text);
    doc.entities
        .iter()
        .filter(|e| e.kind != "NORP")
        .map(|e| format!("{} {}", e.kind, e.text))
        .collect()
}

const CASES: &[(&str, &[&str])] = &[
    // a facility head opens a place name over the names after it; they are no people or towns
    (
        "Pesawat itu mendarat di Bandara Soekarno-Hatta pada Senin pagi.",
        &["LOC Bandara Soekarno-Hatta"],
    ),
    (
        "Ribuan buruh berkumpul di Jalan Gubernur Suryo sejak pagi.",
        &["LOC Jalan Gubernur Suryo"],
    ),
    (
        "Massa bergerak ke jalan Medan Merdeka Barat siang itu.",
        &["LOC jalan Medan Merdeka Barat"],
    ),
    // compass and district words continue a town's name
    (
        "Banjir merendam ratusan rumah di Jakarta Timur dan Bandung Raya.",
        &["LOC Jakarta Timur", "LOC Bandung Raya"],
    ),
    // `di` is the locative preposition, not part of a name
    (
        "Rapat itu dipimpin Ahmad Sahroni di Gedung Nusantara.",
        &["PER Ahmad Sahroni", "LOC Gedung Nusantara"],
    ),
    // a capitalised phrase of common nouns is no name
    (
        "Pemerintah menaikkan Tarif Batas Atas Angkutan Penumpang Laut tahun ini.",
        &[],
    ),
    // a person's full name, not only the word the tagger is surest of
    (
        "Di akhir sambutannya Budi Karya Sumadi meminta maaf kepada para peserta.",
        &["PER Budi Karya Sumadi"],
    ),
    // a proper noun the NER model misses is still a party as the subject of an active verb
    (
        "Tak lama setelah itu, Costa kemudian bertemu dengan dokter di Madrid.",
        &["* Costa", "LOC Madrid"],
    ),
    // a disease is no party
    (
        "Menurut dinas kesehatan, penyakit Hepatitis A menyerang puluhan warga Depok.",
        &["LOC Depok"],
    ),
    // a name right after a lexicon place is not part of the place, whatever the tagger carries
    (
        "Hal itu disampaikan Ketua Satuan Tugas Provinsi Maluku Dony Rerung saat dihubungi di Ambon.",
        &["ORG Satuan Tugas Provinsi", "LOC Maluku", "PER Dony Rerung", "LOC Ambon"],
    ),
    // acronyms of laws, fuels and documents are no parties
    (
        "Warga Bandung mengeluhkan harga BBM setelah RUU itu disahkan menjadi UU.",
        &["LOC Bandung"],
    ),
    // a language is not its country
    (
        "Lembaga itu menawarkan kursus bahasa Indonesia dan Bahasa Perancis di Surabaya.",
        &["LOC Surabaya"],
    ),
];

#[test]
fn entity_rules_table() {
    let mut failures = Vec::new();
    for (text, want) in CASES {
        let got = mentions(text);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        let same = |g: &String, w: &String| match w.strip_prefix("* ") {
            Some(t) => g.split_once(' ').is_some_and(|(_, gt)| gt == t),
            None => g == w,
        };
        if got.len() != want.len() || !got.iter().zip(&want).all(|(g, w)| same(g, w)) {
            failures.push(format!("{text}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    common::report(&failures, CASES.len());
}
