//! Keys that identify the parties of an event across articles.
//!
//! A party's **code** is CAMEO-like: country, organisation and sector codes concatenated in upper
//! case (`RUS` + `GOV` = `RUSGOV`, `IGO` + `NATO` = `IGONATO`). A party without any code is keyed
//! by its name in lower case. The key of a party list is its sorted, de-duplicated keys joined by
//! `+` (empty when there is no party).

use warta_core::analysis::{ActorOut, PartyOut};

/// The code of one party (`RUSGOV`), or its lower-cased text when it has no code.
pub fn party_code(p: &PartyOut) -> String {
    let mut code = String::new();
    for part in [&p.country, &p.org, &p.sector].into_iter().flatten() {
        code.push_str(&part.trim().to_uppercase());
    }
    if code.is_empty() {
        normalise_name(&p.text)
    } else {
        code
    }
}

fn normalise_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The key of a party list (see the module docs).
pub fn party_key(parties: &[PartyOut]) -> String {
    let mut keys: Vec<String> = parties.iter().map(party_code).collect();
    keys.sort();
    keys.dedup();
    keys.join("+")
}

/// The display name of a party list: resolved actor names when known, else the text.
pub fn party_names(parties: &[PartyOut], actors: &[ActorOut]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for p in parties {
        let n = p
            .actor
            .as_deref()
            .and_then(|id| actors.iter().find(|a| a.id == id))
            .map(|a| a.name.as_str())
            .unwrap_or(p.text.as_str());
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names.join(" / ")
}

/// Search tags of a party list: `|`-delimited, lower case: codes, country, sector, organisation,
/// actor name and text of every party (`|rusgov|rus|gov|vladimir putin|presiden rusia|`). A filter
/// value `X` matches when `|x|` occurs in the tags.
pub fn party_tags(parties: &[PartyOut], actors: &[ActorOut]) -> String {
    let mut tags: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let t = normalise_name(s).replace('|', " ");
        if !t.is_empty() && !tags.contains(&t) {
            tags.push(t);
        }
    };
    for p in parties {
        add(&party_code(p));
        for part in [&p.country, &p.sector, &p.org].into_iter().flatten() {
            add(part);
        }
        add(&p.text);
        if let Some(a) = p
            .actor
            .as_deref()
            .and_then(|id| actors.iter().find(|a| a.id == id))
        {
            add(&a.name);
            if let Some(w) = &a.wikidata {
                add(w);
            }
        }
    }
    if tags.is_empty() {
        return String::new();
    }
    format!("|{}|", tags.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(
        text: &str,
        country: Option<&str>,
        sector: Option<&str>,
        org: Option<&str>,
    ) -> PartyOut {
        PartyOut {
            actor: None,
            text: text.into(),
            country: country.map(Into::into),
            sector: sector.map(Into::into),
            org: org.map(Into::into),
        }
    }

    #[test]
    fn codes_and_keys() {
        let table = [
            (
                vec![party("Presiden Rusia", Some("RUS"), Some("GOV"), None)],
                "RUSGOV",
            ),
            (
                vec![party("NATO", Some("IGO"), None, Some("NATO"))],
                "IGONATO",
            ),
            (
                vec![party("  Warga   Desa ", None, None, None)],
                "warga desa",
            ),
            (
                vec![
                    party("Korea Utara", Some("PRK"), None, None),
                    party("Rusia", Some("RUS"), None, None),
                    party("Moskow", Some("RUS"), None, None),
                ],
                "PRK+RUS",
            ),
            (vec![], ""),
        ];
        for (parties, want) in table {
            assert_eq!(party_key(&parties), want);
        }
    }

    #[test]
    fn tags_hold_codes_and_names() {
        let actors = vec![ActorOut {
            id: "a0".into(),
            name: "Vladimir Putin".into(),
            ..ActorOut::default()
        }];
        let mut p = party("Presiden Rusia", Some("RUS"), Some("GOV"), None);
        p.actor = Some("a0".into());
        let t = party_tags(&[p.clone()], &actors);
        for want in [
            "|rusgov|",
            "|rus|",
            "|gov|",
            "|vladimir putin|",
            "|presiden rusia|",
        ] {
            assert!(t.contains(want), "{t} lacks {want}");
        }
        assert_eq!(party_names(&[p], &actors), "Vladimir Putin");
        assert_eq!(party_tags(&[], &actors), "");
    }
}
