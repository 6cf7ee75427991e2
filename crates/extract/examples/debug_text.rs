//! Development aid: analyse the body text given as the first argument and print events, quotes
//! and entities compactly.
fn main() {
    let text = std::env::args().nth(1).expect("usage: debug_text TEXT");
    let art = warta_core::Article {
        body: text,
        published: warta_core::Ymd::new(2025, 6, 19),
        ..Default::default()
    };
    let d = warta_extract::Analyzer::new().analyze(&art, &mut warta_extract::Scratch::default());
    for e in &d.events {
        let p = |v: &Vec<warta_core::analysis::PartyOut>| {
            v.iter()
                .map(|p| {
                    format!(
                        "{}[{}]",
                        p.text,
                        p.org.clone().or(p.country.clone()).unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join("+")
        };
        println!(
            "EV {} {:?} {} -> {} {}",
            e.cameo,
            e.trigger.text,
            p(&e.actor),
            p(&e.recipient),
            e.modality
        );
    }
    for q in &d.quotes {
        println!(
            "Q {} {:?} <- {:?}",
            q.kind,
            q.text,
            q.speaker.as_ref().map(|s| &s.text)
        );
    }
    for e in &d.entities {
        print!("{}:{} ", e.kind, e.text);
    }
    println!();
}
