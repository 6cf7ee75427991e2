//! Output helpers (tables, CSV) and corpus export: PLOVER-style JSONL, a GDELT 2.0 event table
//! (61 tab-separated columns) and CSV of every mention.

use crate::keys::party_code;
use crate::{Filter, Result, Store};
use rusqlite::types::Value;
use std::io::Write;
use warta_core::analysis::{EventOut, PartyOut};

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One aggregated event per line, PLOVER field names, with its mentions.
    Plover,
    /// GDELT 2.0 event table: one aggregated event per row, 61 tab-separated columns, no header.
    Gdelt,
    /// One mention per row, with a header.
    Csv,
}

/// Writes one CSV record (RFC 4180 quoting).
pub fn csv_row<S: AsRef<str>>(out: &mut dyn Write, fields: &[S]) -> std::io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let f = f.as_ref();
        if f.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", f.replace('"', "\"\""))?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

/// Writes an aligned text table; cells longer than `max_width` characters are cut with `…`.
pub fn write_table<S: AsRef<str>>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: &[Vec<S>],
    max_width: usize,
) -> std::io::Result<()> {
    let cut = |s: &str| -> String {
        let s: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if s.chars().count() > max_width && max_width > 1 {
            let mut t: String = s.chars().take(max_width - 1).collect();
            t.push('…');
            t
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c.as_ref())).collect())
        .collect();
    let mut w: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            if i < w.len() {
                w[i] = w[i].max(c.chars().count());
            }
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in r.iter().enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < r.len() {
                let pad = w
                    .get(i)
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(c.chars().count());
                s.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(
        out,
        &headers.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
    )?;
    line(out, &w.iter().map(|n| "-".repeat(*n)).collect::<Vec<_>>())?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(())
}

/// Columns of the CSV (and Parquet) export: one row per mention.
pub const CSV_HEADER: [&str; 21] = [
    "event",
    "mention",
    "article",
    "date",
    "cameo",
    "root",
    "quad_class",
    "plover",
    "modality",
    "actor_key",
    "actor",
    "recipient_key",
    "recipient",
    "source",
    "url",
    "title",
    "published",
    "sentence",
    "trigger",
    "evidence",
    "confidence",
];

/// One mention as exported.
pub(crate) struct Mention {
    id: i64,
    group: i64,
    article: i64,
    source: Option<String>,
    url: Option<String>,
    origin: Option<String>,
    title: Option<String>,
    published: Option<String>,
    cameo: String,
    root: String,
    quad: i64,
    modality: String,
    actor_key: String,
    recipient_key: String,
    actor_name: String,
    recipient_name: String,
    date: String,
    day: Option<String>,
    sentence: i64,
    evidence: String,
    trigger: String,
    confidence: f64,
    event: EventOut,
    added: i64,
}

impl Store {
    /// Exports the events matching `f` (its `limit` caps aggregated events); returns the number of
    /// records written (aggregated events, or mentions for CSV).
    pub fn export(&self, f: &Filter, format: ExportFormat, out: &mut dyn Write) -> Result<usize> {
        if format == ExportFormat::Csv {
            csv_row(out, &CSV_HEADER)?;
        }
        let mut written = 0usize;
        self.each_group(f, &mut |g| {
            write_group(out, format, g)?;
            written += if format == ExportFormat::Csv {
                g.len()
            } else {
                1
            };
            Ok(())
        })?;
        Ok(written)
    }

    /// Calls `each` with the mentions of every aggregated event matching `f`, in event order.
    pub(crate) fn each_group(
        &self,
        f: &Filter,
        each: &mut dyn FnMut(&[Mention]) -> Result<()>,
    ) -> Result<()> {
        let mut params: Vec<Value> = Vec::new();
        let mut conds = f.event_conds(&mut params);
        if let Some(s) = &f.source {
            params.push(Value::Text(s.trim().to_string()));
            conds.push(format!("a.source = ?{} COLLATE NOCASE", params.len()));
        }
        if conds.is_empty() {
            conds.push("1".into());
        }
        let sql = format!(
            "SELECT e.id, e.group_id, e.article_id, a.source, a.url, a.origin, a.title, a.published, e.cameo, \
             e.root, e.quad_class, e.modality, e.actor_key, e.recipient_key, e.actor_name, e.recipient_name, \
             e.date, e.day, e.sentence, e.evidence, e.trigger, e.confidence, e.json, a.added \
             FROM events e JOIN articles a ON a.id = e.article_id WHERE {} ORDER BY e.group_id, e.id",
            conds.join(" AND ")
        );
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = st
            .query(rusqlite::params_from_iter(params.iter()))
            .map_err(|e| self.err(e))?;
        let mut group: Vec<Mention> = Vec::new();
        let mut groups = 0usize;
        let limit = if f.limit == 0 { usize::MAX } else { f.limit };
        loop {
            let row = rows.next().map_err(|e| self.err(e))?;
            let m = match row {
                Some(r) => {
                    let json: String = r.get(22).map_err(|e| self.err(e))?;
                    Some(
                        (|| -> rusqlite::Result<Mention> {
                            Ok(Mention {
                                id: r.get(0)?,
                                group: r.get(1)?,
                                article: r.get(2)?,
                                source: r.get(3)?,
                                url: r.get(4)?,
                                origin: r.get(5)?,
                                title: r.get(6)?,
                                published: r.get(7)?,
                                cameo: r.get(8)?,
                                root: r.get(9)?,
                                quad: r.get(10)?,
                                modality: r.get(11)?,
                                actor_key: r.get(12)?,
                                recipient_key: r.get(13)?,
                                actor_name: r.get(14)?,
                                recipient_name: r.get(15)?,
                                date: r.get(16)?,
                                day: r.get(17)?,
                                sentence: r.get(18)?,
                                evidence: r.get(19)?,
                                trigger: r.get(20)?,
                                confidence: r.get(21)?,
                                event: serde_json::from_str(&json).unwrap_or_default(),
                                added: r.get(23)?,
                            })
                        })()
                        .map_err(|e| self.err(e))?,
                    )
                }
                None => None,
            };
            let flush = match (&m, group.first()) {
                (Some(m), Some(g)) => m.group != g.group,
                (None, Some(_)) => true,
                _ => false,
            };
            if flush {
                if groups >= limit {
                    break;
                }
                each(&group)?;
                groups += 1;
                group.clear();
            }
            match m {
                Some(m) => group.push(m),
                None => break,
            }
        }
        Ok(())
    }
}

/// The CSV fields of one mention, in [`CSV_HEADER`] order.
pub(crate) fn mention_fields(m: &Mention) -> [String; 21] {
    [
        m.group.to_string(),
        m.id.to_string(),
        m.article.to_string(),
        m.date.clone(),
        m.cameo.clone(),
        m.root.clone(),
        m.quad.to_string(),
        m.event
            .plover
            .as_ref()
            .map(|p| p.event.clone())
            .unwrap_or_default(),
        m.modality.clone(),
        m.actor_key.clone(),
        m.actor_name.clone(),
        m.recipient_key.clone(),
        m.recipient_name.clone(),
        m.source.clone().unwrap_or_default(),
        m.url.clone().unwrap_or_default(),
        m.title.clone().unwrap_or_default(),
        m.published.clone().unwrap_or_default(),
        m.sentence.to_string(),
        m.trigger.clone(),
        m.evidence.clone(),
        format!("{:.2}", m.confidence),
    ]
}

fn most_common_code(ms: &[Mention]) -> &Mention {
    let mut best = &ms[0];
    let mut best_n = 0;
    for m in ms {
        let n = ms.iter().filter(|x| x.cameo == m.cameo).count();
        if n > best_n || (n == best_n && m.cameo < best.cameo) {
            best = m;
            best_n = n;
        }
    }
    best
}

fn counts(ms: &[Mention]) -> (usize, usize, usize) {
    let mut sources: Vec<&str> = ms
        .iter()
        .map(|m| m.source.as_deref().unwrap_or(""))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let mut arts: Vec<i64> = ms.iter().map(|m| m.article).collect();
    arts.sort_unstable();
    arts.dedup();
    (ms.len(), sources.len(), arts.len())
}

fn party_json(parties: &[PartyOut]) -> serde_json::Value {
    serde_json::Value::Array(
        parties
            .iter()
            .map(|p| {
                serde_json::json!({
                    "code": party_code(p), "text": p.text, "country": p.country,
                    "sector": p.sector, "org": p.org,
                })
            })
            .collect(),
    )
}

fn write_group(out: &mut dyn Write, format: ExportFormat, ms: &[Mention]) -> Result<()> {
    if ms.is_empty() {
        return Ok(());
    }
    let rep = most_common_code(ms);
    let first = &ms[0];
    let (n_m, n_s, n_a) = counts(ms);
    match format {
        ExportFormat::Csv => {
            for m in ms {
                csv_row(out, &mention_fields(m))?;
            }
        }
        ExportFormat::Plover => {
            let p = rep.event.plover.as_ref();
            let loc = ms.iter().find_map(|m| m.event.location.as_ref());
            let v = serde_json::json!({
                "id": format!("warta-{}", first.group),
                "date": first.date,
                "event_type": p.map(|p| p.event.clone()),
                "mode": p.and_then(|p| p.mode.clone()),
                "context": p.map(|p| p.context.clone()).unwrap_or_default(),
                "cameo": rep.cameo,
                "quad_class": rep.quad,
                "actor": first.actor_key,
                "actor_name": first.actor_name,
                "actor_parties": party_json(&first.event.actor),
                "recipient": first.recipient_key,
                "recipient_name": first.recipient_name,
                "recipient_parties": party_json(&first.event.recipient),
                "location": loc.map(|l| serde_json::json!({"text": l.text, "country": l.country})),
                "num_mentions": n_m, "num_sources": n_s, "num_articles": n_a,
                "mentions": ms.iter().map(|m| serde_json::json!({
                    "mention": m.id, "article": m.article, "source": m.source, "url": m.url,
                    "title": m.title, "published": m.published, "cameo": m.cameo,
                    "modality": m.modality, "sentence": m.sentence, "evidence": m.evidence,
                    "trigger": m.event.trigger, "confidence": m.confidence,
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut *out, &v)?;
            out.write_all(b"\n")?;
        }
        ExportFormat::Gdelt => {
            let cols = gdelt_row(ms, rep, (n_m, n_s, n_a));
            debug_assert_eq!(cols.len(), GDELT_COLUMNS.len());
            let clean: Vec<String> = cols
                .iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect();
            writeln!(out, "{}", clean.join("\t"))?;
        }
    }
    Ok(())
}

/// The 61 column names of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

fn actor_cols(parties: &[PartyOut], name: &str) -> [String; 10] {
    let p = parties.first();
    let get = |f: fn(&PartyOut) -> Option<&String>| p.and_then(f).cloned().unwrap_or_default();
    [
        p.filter(|p| p.country.is_some() || p.org.is_some() || p.sector.is_some())
            .map(party_code)
            .unwrap_or_default(),
        name.to_uppercase(),
        get(|p| p.country.as_ref()),
        get(|p| p.org.as_ref()),
        String::new(),
        String::new(),
        String::new(),
        get(|p| p.sector.as_ref()),
        String::new(),
        String::new(),
    ]
}

/// `YYYYMMDDHHMMSS` (UTC) of a Unix time.
fn timestamp(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil from days (H. Hinnant).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn gdelt_row(ms: &[Mention], rep: &Mention, (n_m, n_s, n_a): (usize, usize, usize)) -> Vec<String> {
    let first = &ms[0];
    let day = first.day.clone().unwrap_or_default();
    let (ymd, ym, y, frac) = match warta_core::Ymd::parse_iso(&day) {
        Some(d) => (
            format!("{:04}{:02}{:02}", d.year, d.month, d.day),
            format!("{:04}{:02}", d.year, d.month),
            format!("{:04}", d.year),
            format!(
                "{:.4}",
                f64::from(d.year) + (f64::from(d.month - 1) * 30.0 + f64::from(d.day)) / 365.0
            ),
        ),
        None => Default::default(),
    };
    let mut c: Vec<String> = vec![first.group.to_string(), ymd, ym, y, frac];
    c.extend(actor_cols(&first.event.actor, &first.actor_name));
    c.extend(actor_cols(&first.event.recipient, &first.recipient_name));
    let root_event = ms.iter().any(|m| m.sentence == 0);
    c.push(if root_event { "1" } else { "0" }.into());
    c.push(rep.cameo.clone());
    c.push(rep.cameo.chars().take(3).collect());
    c.push(rep.root.clone());
    c.push(rep.quad.to_string());
    c.push(String::new()); // GoldsteinScale
    c.push(n_m.to_string());
    c.push(n_s.to_string());
    c.push(n_a.to_string());
    c.push(String::new()); // AvgTone
                           // Actor1Geo, Actor2Geo: not coded.
    c.extend(std::iter::repeat_n(String::new(), 16));
    let loc = ms.iter().find_map(|m| m.event.location.as_ref());
    c.push(String::new()); // ActionGeo_Type
    c.push(loc.map(|l| l.text.clone()).unwrap_or_default());
    c.push(loc.and_then(|l| l.country.clone()).unwrap_or_default());
    c.extend(std::iter::repeat_n(String::new(), 5));
    c.push(timestamp(ms.iter().map(|m| m.added).max().unwrap_or(0)));
    c.push(
        first
            .url
            .clone()
            .or_else(|| first.origin.clone())
            .unwrap_or_default(),
    );
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        let mut v = Vec::new();
        csv_row(&mut v, &["a", "b,c", "say \"hi\"", "x\ny"]).unwrap();
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n"
        );
    }

    #[test]
    fn timestamps() {
        let table = [
            (0, "19700101000000"),
            (1_718_712_000, "20240618120000"),
            (951_782_400, "20000229000000"),
        ];
        for (s, want) in table {
            assert_eq!(timestamp(s), want);
        }
    }

    #[test]
    fn table_cuts_and_aligns() {
        let mut v = Vec::new();
        write_table(&mut v, &["a", "bb"], &[vec!["xxxxxxxx", "y"]], 5).unwrap();
        let s = String::from_utf8(v).unwrap();
        assert_eq!(s, "a      bb\n-----  --\nxxxx…  y\n");
    }
}
