//! Downstream effect of the taggers on the people of PFSA-ID (evaluation only: PFSA-ID is
//! non-commercial): runs the whole pipeline over each article, with and without the statistical
//! taggers, and reports the share of gold PERSON spans (the people quoted or named as sources)
//! that come out as a person mention with exactly that span; as a person mention inside it that
//! ends where it ends (PFSA-ID's person spans include ranks and titles, `Komisaris Besar X`,
//! which warta's names leave out, as the worked example's gold does); and as any mention
//! overlapping it.
//! usage: pfsa_people ../shared/data/pfsa-id/test.txt
fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: pfsa_people PFSA-FILE");
    let docs = warta_eval::pfsa::read(std::path::Path::new(&path)).expect("readable PFSA-ID file");
    for (name, an) in [
        ("lexicon+rules", warta_extract::Analyzer::without_ner()),
        ("lexicon+rules+NER+POS", warta_extract::Analyzer::new()),
    ] {
        let mut scratch = warta_extract::Scratch::default();
        let (mut gold, mut exact, mut ends, mut overlap, mut people) = (0, 0, 0, 0, 0usize);
        for doc in &docs {
            let art = warta_core::Article {
                body: doc.text.clone(),
                ..Default::default()
            };
            let d = an.analyze(&art, &mut scratch);
            // gold byte spans -> character offsets, as the output uses
            let ch = |b: usize| doc.text[..b].chars().count();
            people += d.entities.iter().filter(|e| e.kind == "PER").count();
            for g in doc.entities.iter().filter(|e| e.label == "PERSON") {
                gold += 1;
                let (s, e) = (ch(g.span.start), ch(g.span.end));
                if d.entities
                    .iter()
                    .any(|m| m.kind == "PER" && m.start == s && m.end == e)
                {
                    exact += 1;
                } else if std::env::var_os("WARTA_SHOW_ERRORS").is_some() {
                    let got: Vec<String> = d
                        .entities
                        .iter()
                        .filter(|m| m.start < e && s < m.end)
                        .map(|m| format!("{} {}", m.kind, m.text))
                        .collect();
                    let g_text = g.span.slice(&doc.text);
                    let from = doc
                        .text
                        .floor_char_boundary(g.span.start.saturating_sub(50));
                    let to = doc
                        .text
                        .ceil_char_boundary((g.span.end + 50).min(doc.text.len()));
                    println!("MISS\t{name}\t{g_text}\t{got:?}\t{}", &doc.text[from..to]);
                }
                if d.entities
                    .iter()
                    .any(|m| m.kind == "PER" && m.end == e && m.start >= s && m.start < e)
                {
                    ends += 1;
                }
                if d.entities.iter().any(|m| m.start < e && s < m.end) {
                    overlap += 1;
                }
            }
        }
        println!(
            "{name}\tgold PERSON\t{gold}\texact PER\t{:.3}\tPER inside, same end\t{:.3}\toverlapping mention\t{:.3}\tPER mentions\t{people}",
            exact as f64 / gold.max(1) as f64,
            ends as f64 / gold.max(1) as f64,
            overlap as f64 / gold.max(1) as f64
        );
    }
}
