//! The trigger dictionary and the CAMEO -> PLOVER crosswalk, embedded from `data/events/`.

use std::collections::HashMap;
use std::sync::OnceLock;

static TRIGGERS_TSV: &str = include_str!("../../../data/events/triggers.tsv");
static PLOVER_TSV: &str = include_str!("../../../data/events/cameo2plover.tsv");

/// The role a trigger plays for argument and modality rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// An ordinary event.
    Plain,
    /// Accusation or suspicion: events in its complement are `alleged`.
    Accuse,
    /// Denial: events in its complement are `denied`; it links to the accusation it denies.
    Deny,
    /// A visit: the recipient is also the location.
    Visit,
    /// Not an event: a fixed phrase that contains a trigger word (`serangan jantung`, `menyita
    /// perhatian`). Its words are consumed so that the shorter trigger inside does not fire. The
    /// CAMEO column is `-`.
    Idiom,
    /// Talks and meetings: the counterpart stands after `dengan`/`bersama` (the direct object
    /// is a topic: `membahas kerja sama`).
    With,
    /// The direct object is the theme (`mengerahkan pasukan`); a recipient stands after
    /// `ke`/`terhadap`/`kepada`.
    Toward,
}

/// One dictionary row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriggerEntry {
    /// CAMEO code.
    pub cameo: &'static str,
    /// True for nominal rows (they need a light verb, or a genitive actor plus a recipient).
    pub nominal: bool,
    /// Lemmas one of which must follow within a few tokens (empty: no constraint).
    pub objects: Vec<&'static str>,
    /// Role for the argument and modality rules.
    pub kind: TriggerKind,
    /// Line in the TSV (1-based), for messages.
    pub line: usize,
}

/// A word sequence that triggers an entry.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub words: Vec<&'static str>,
    pub entry: u32,
}

/// The compiled trigger dictionary. Immutable; share by reference.
#[derive(Debug, Default)]
pub struct Dictionary {
    pub(crate) entries: Vec<TriggerEntry>,
    /// first word -> patterns (in file order)
    pub(crate) by_first: HashMap<&'static str, Vec<Pattern>>,
}

impl Dictionary {
    /// The embedded dictionary, parsed once.
    pub fn embedded() -> &'static Dictionary {
        static D: OnceLock<Dictionary> = OnceLock::new();
        D.get_or_init(|| {
            Dictionary::parse(TRIGGERS_TSV)
                .expect("embedded triggers.tsv is valid (checked by tests)")
        })
    }

    /// Parses a trigger TSV (format documented in the file header).
    pub fn parse(src: &'static str) -> Result<Dictionary, String> {
        let mut d = Dictionary::default();
        for (i, line) in src.lines().enumerate() {
            let lineno = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if cols.len() < 3 {
                return Err(format!(
                    "triggers.tsv:{lineno}: expected at least 3 columns"
                ));
            }
            let cameo = cols[1];
            let idiom = cols.get(5).copied() == Some("idiom");
            if idiom != (cameo == "-") {
                return Err(format!(
                    "triggers.tsv:{lineno}: an idiom row has CAMEO `-`, and only an idiom row"
                ));
            }
            if !idiom
                && (!(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(format!("triggers.tsv:{lineno}: bad CAMEO code {cameo:?}"));
            }
            let nominal = match cols[2] {
                "V" => false,
                "N" => true,
                other => {
                    return Err(format!(
                        "triggers.tsv:{lineno}: pos must be V or N, not {other:?}"
                    ))
                }
            };
            let objects = cols.get(3).map(|s| split_bar(s)).unwrap_or_default();
            let forms = cols.get(4).map(|s| split_bar(s)).unwrap_or_default();
            let kind = match cols.get(5).copied().unwrap_or("") {
                "" => TriggerKind::Plain,
                "accuse" => TriggerKind::Accuse,
                "deny" => TriggerKind::Deny,
                "visit" => TriggerKind::Visit,
                "with" => TriggerKind::With,
                "toward" => TriggerKind::Toward,
                "idiom" => TriggerKind::Idiom,
                other => return Err(format!("triggers.tsv:{lineno}: unknown kind {other:?}")),
            };
            let id = d.entries.len() as u32;
            d.entries.push(TriggerEntry {
                cameo,
                nominal,
                objects,
                kind,
                line: lineno,
            });
            let mut seen: Vec<Vec<&'static str>> = Vec::new();
            for phrase in std::iter::once(cols[0]).chain(forms) {
                let words: Vec<&'static str> =
                    phrase.split(' ').filter(|w| !w.is_empty()).collect();
                if words.is_empty() || seen.contains(&words) {
                    continue;
                }
                if words.iter().any(|w| w.chars().any(char::is_uppercase)) {
                    return Err(format!(
                        "triggers.tsv:{lineno}: trigger words must be lower case: {phrase:?}"
                    ));
                }
                seen.push(words.clone());
                d.by_first
                    .entry(words[0])
                    .or_default()
                    .push(Pattern { words, entry: id });
            }
        }
        Ok(d)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entry by index.
    pub fn entry(&self, id: u32) -> &TriggerEntry {
        &self.entries[id as usize]
    }
}

fn split_bar(s: &'static str) -> Vec<&'static str> {
    s.split('|')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

/// PLOVER coding of a CAMEO code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plover {
    /// Event type (`CONSULT`, ...).
    pub event: &'static str,
    /// Mode, if any.
    pub mode: Option<&'static str>,
    /// Contexts.
    pub context: Vec<&'static str>,
}

fn plover_table() -> &'static HashMap<&'static str, Plover> {
    static T: OnceLock<HashMap<&'static str, Plover>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in PLOVER_TSV
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .skip(1)
        {
            let c: Vec<&'static str> = line.split('\t').collect();
            if c.len() < 2 {
                continue;
            }
            let mode = c.get(2).copied().filter(|s| !s.is_empty());
            let context = c
                .get(3)
                .map(|s| s.split(';').filter(|x| !x.is_empty()).collect())
                .unwrap_or_default();
            m.insert(
                c[0],
                Plover {
                    event: c[1],
                    mode,
                    context,
                },
            );
        }
        m
    })
}

/// The PLOVER coding of `cameo` (most specific code in the crosswalk, falling back to shorter
/// prefixes); `None` for roots 01 and 02, which PLOVER does not code.
pub fn plover(cameo: &str) -> Option<&'static Plover> {
    if cameo.starts_with("01") || cameo.starts_with("02") {
        return None;
    }
    let t = plover_table();
    let mut end = cameo.len();
    while end >= 2 {
        if let Some(p) = cameo.get(..end).and_then(|k| t.get(k)) {
            return Some(p);
        }
        end -= 1;
    }
    None
}

/// CAMEO quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal
/// conflict (09-14), 4 material conflict (15-20); 0 for a malformed code.
pub fn quad_class(cameo: &str) -> u8 {
    match cameo.get(..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=14) => 3,
        Some(15..=20) => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dictionary_parses_and_codes_are_known() {
        let d = Dictionary::parse(TRIGGERS_TSV).unwrap();
        assert!(d.len() > 80);
        for e in &d.entries {
            if e.kind == TriggerKind::Idiom {
                assert_eq!(e.cameo, "-", "line {}", e.line);
                continue;
            }
            assert!(quad_class(e.cameo) > 0, "line {}: {}", e.line, e.cameo);
        }
    }

    #[test]
    fn bad_rows_are_rejected() {
        assert!(Dictionary::parse("kunjung\t04x\tV\n").is_err());
        assert!(Dictionary::parse("kunjung\t042\tX\n").is_err());
        assert!(Dictionary::parse("Kunjung\t042\tV\n").is_err());
        assert!(Dictionary::parse("kunjung\t042\tV\t\t\tnope\n").is_err());
        // `-` is the CAMEO column of idioms, and of idioms only.
        assert!(Dictionary::parse("sita\t-\tV\tperhatian\n").is_err());
        assert!(Dictionary::parse("sita\t171\tV\tperhatian\t\tidiom\n").is_err());
        assert!(Dictionary::parse("sita\t-\tV\tperhatian\t\tidiom\n").is_ok());
    }

    #[test]
    fn plover_crosswalk() {
        let cases = [
            ("042", Some(("CONSULT", Some("visit")))),
            ("057", Some(("SUPPORT", None))),
            ("010", None),
            ("020", None),
        ];
        for (code, want) in cases {
            let got = plover(code).map(|p| (p.event, p.mode));
            assert_eq!(got, want, "{code}");
        }
        assert_eq!(plover("100").map(|p| p.event), Some("REQUEST"));
        assert_eq!(quad_class("190"), 4);
        assert_eq!(quad_class("072"), 2);
        assert_eq!(quad_class("112"), 3);
        assert_eq!(quad_class("x"), 0);
    }
}
