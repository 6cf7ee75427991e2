//! The TSV source format of `data/actors/*.tsv`.
//!
//! Every file has the same shape: `#` comment lines, then a header row naming the columns it
//! uses (any subset of [`COLUMNS`], in any order, `name` required), then one entry per row.
//! Empty fields mean "none". `aliases` is a `|`-separated list; the `name` is always an alias
//! too. `flags` is a `,`-separated list (`metonym`, `noname`, `notaftername`).

use crate::EntryKind;
use warta_core::Ymd;

/// The columns a source file may use.
pub const COLUMNS: &[&str] = &[
    "name", "aliases", "country", "sector", "org", "role", "wikidata", "from", "to", "flags",
    "note",
];

/// CAMEO non-state "country" codes accepted besides ISO 3166-1 alpha-3: the West, an
/// intergovernmental or non-governmental organisation, a multinational company, an international
/// militarised group, an unidentified state actor. (CAMEO regional codes such as `NAM` or `SAS`
/// collide with ISO codes and are not used.)
pub const NON_STATE_CODES: &[&str] = &["WST", "IGO", "NGO", "MNC", "IMG", "UIS"];

/// CAMEO/PLOVER sector codes accepted in the `sector` column.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SPY", "BUS", "MED", "CVL",
    "LAB", "EDU", "REL", "HLH", "HRI", "ELI", "REF", "AGR", "ENV", "CRM", "DEV", "UAF", "NGO",
    "IGO", "UNK",
];

/// One parsed source row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    /// Canonical name.
    pub name: String,
    /// Aliases besides the name.
    pub aliases: Vec<String>,
    /// Country or CAMEO non-state code.
    pub country: Option<String>,
    /// Sector code.
    pub sector: Option<String>,
    /// Organisation short name.
    pub org: Option<String>,
    /// Role text.
    pub role: Option<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
    /// First day of the role.
    pub from: Option<Ymd>,
    /// Last day of the role.
    pub to: Option<Ymd>,
    /// The entry is a metonym (a place or seat standing for a government).
    pub metonym: bool,
    /// The name itself is not matched, only the aliases.
    pub noname: bool,
    /// Not matched right after a capitalised word inside a sentence (`Barat` in `Jakarta Barat`).
    pub not_after_name: bool,
}

/// A source file that does not parse.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{file}:{line}: {msg}")]
pub struct SourceError {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub msg: String,
}

/// One source file: its name, its text and the kind of its entries.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    /// File name, for error messages.
    pub file: &'a str,
    /// TSV text.
    pub text: &'a str,
    /// Kind of every entry in the file.
    pub kind: EntryKind,
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Parses one source file into rows. Checks the shape only (columns, dates, flags); code
/// validity is checked by [`validate`].
pub fn parse(file: &str, text: &str) -> Result<Vec<Row>, SourceError> {
    let err = |line: usize, msg: String| SourceError {
        file: file.to_string(),
        line,
        msg,
    };
    let mut header: Option<Vec<usize>> = None;
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = l.split('\t').collect();
        let Some(cols) = &header else {
            let mut cols = Vec::with_capacity(fields.len());
            for f in &fields {
                match COLUMNS.iter().position(|c| c == &f.trim()) {
                    Some(p) => cols.push(p),
                    None => return Err(err(line, format!("unknown column {f:?}"))),
                }
            }
            if cols.first() != Some(&0) {
                return Err(err(line, "the first column must be `name`".into()));
            }
            header = Some(cols);
            continue;
        };
        if fields.len() > cols.len() {
            return Err(err(
                line,
                format!("{} fields, header has {}", fields.len(), cols.len()),
            ));
        }
        let mut row = Row {
            line,
            ..Row::default()
        };
        for (f, &c) in fields.iter().zip(cols.iter()) {
            let f = f.trim();
            match COLUMNS[c] {
                "name" => row.name = f.to_string(),
                "aliases" => {
                    row.aliases = f
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_string)
                        .collect()
                }
                "country" => row.country = opt(f),
                "sector" => row.sector = opt(f),
                "org" => row.org = opt(f),
                "role" => row.role = opt(f),
                "wikidata" => row.wikidata = opt(f),
                "from" | "to" => {
                    let d = if f.is_empty() {
                        None
                    } else {
                        Some(parse_date(f).ok_or_else(|| err(line, format!("bad date {f:?}")))?)
                    };
                    if COLUMNS[c] == "from" {
                        row.from = d;
                    } else {
                        row.to = d;
                    }
                }
                "flags" => {
                    for flag in f.split(',').map(str::trim).filter(|x| !x.is_empty()) {
                        match flag {
                            "metonym" => row.metonym = true,
                            "noname" => row.noname = true,
                            "notaftername" => row.not_after_name = true,
                            _ => return Err(err(line, format!("unknown flag {flag:?}"))),
                        }
                    }
                }
                _ => {}
            }
        }
        if row.name.is_empty() {
            return Err(err(line, "empty name".into()));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// `YYYY-MM-DD`, `YYYY-MM` (first day) or `YYYY` (1 January).
pub fn parse_date(s: &str) -> Option<Ymd> {
    match s.len() {
        4 => Ymd::new(s.parse().ok()?, 1, 1),
        7 => Ymd::new(s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?, 1),
        _ => Ymd::parse_iso(s).filter(|_| s.len() == 10),
    }
}

/// Checks the codes of a parsed row: `country` in `iso3` or [`NON_STATE_CODES`], `sector` in
/// [`SECTORS`], `wikidata` shaped `Q<digits>`, `from <= to`. Returns a message per problem.
pub fn validate(row: &Row, iso3: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(c) = &row.country {
        if !iso3(c) && !NON_STATE_CODES.contains(&c.as_str()) {
            out.push(format!("unknown country code {c:?}"));
        }
    }
    if let Some(s) = &row.sector {
        if !SECTORS.contains(&s.as_str()) {
            out.push(format!("unknown sector {s:?}"));
        }
    }
    if let Some(q) = &row.wikidata {
        let ok = q.len() > 1
            && q.starts_with('Q')
            && q[1..].bytes().all(|b| b.is_ascii_digit())
            && !q[1..].starts_with('0');
        if !ok {
            out.push(format!("bad wikidata id {q:?}"));
        }
    }
    if let (Some(f), Some(t)) = (row.from, row.to) {
        if f > t {
            out.push(format!("from {f} after to {t}"));
        }
    }
    for a in std::iter::once(&row.name).chain(&row.aliases) {
        if a.trim().is_empty() || a.contains('\t') {
            out.push(format!("bad alias {a:?}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_header_and_rows() {
        let t = "# comment\nname\taliases\tcountry\tflags\nRusia\tFederasi Rusia|Rusia \tRUS\t\n\
                 Moskow\t\tRUS\tmetonym\n";
        let rows = parse("x.tsv", t).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].aliases, vec!["Federasi Rusia", "Rusia"]);
        assert_eq!(rows[0].country.as_deref(), Some("RUS"));
        assert!(rows[1].metonym);
        assert_eq!(rows[1].line, 4);
    }

    #[test]
    fn rejects_bad_shapes() {
        let cases = [
            ("nama\taliases\n", "unknown column"),
            ("aliases\tname\n", "first column"),
            ("name\tfrom\nX\t2024-13-01\n", "bad date"),
            ("name\tflags\nX\tweird\n", "unknown flag"),
            ("name\nX\tY\n", "fields"),
            ("name\taliases\n\tY\n", "empty name"),
        ];
        for (text, want) in cases {
            let e = parse("t.tsv", text).unwrap_err();
            assert!(e.msg.contains(want), "{text:?}: {e}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2024"), Ymd::new(2024, 1, 1));
        assert_eq!(parse_date("2024-06"), Ymd::new(2024, 6, 1));
        assert_eq!(parse_date("2024-06-18"), Ymd::new(2024, 6, 18));
        assert_eq!(parse_date("2024-6-18"), None);
        assert_eq!(parse_date("2024-02-30"), None);
    }

    #[test]
    fn validation() {
        let iso = |c: &str| c == "RUS";
        let mut r = Row {
            name: "X".into(),
            country: Some("RUS".into()),
            sector: Some("GOV".into()),
            wikidata: Some("Q7747".into()),
            ..Row::default()
        };
        assert!(validate(&r, &iso).is_empty());
        r.country = Some("XXX".into());
        r.sector = Some("FOO".into());
        r.wikidata = Some("7747".into());
        r.from = Ymd::new(2020, 1, 1);
        r.to = Ymd::new(2019, 1, 1);
        assert_eq!(validate(&r, &iso).len(), 4);
    }
}
