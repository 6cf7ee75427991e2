//! JSON records: `{"id","url","title","source","published","text"}` (or `"html"` for `"text"`),
//! one object per file, a JSON array of them, or JSON Lines.
//!
//! Accepted field aliases: `body`/`content` for `text`, `publisher`/`site_name` for `source`,
//! `date`/`published_at`/`datePublished` for `published`; `id` may be a string or a number.
//! `published` is parsed like any publisher date ([`crate::parse_date`]) or as a Unix timestamp
//! (seconds or milliseconds, taken as a UTC date); an unreadable date is
//! dropped, not an error. A record without any text is an error for that record only.
use crate::clean::{push_clean_lines, trim_trailing_credits};
use crate::date::parse_date;
use crate::decode::normalize;
use crate::plain::finish;
use crate::{html, Error, ReadOptions};
use serde_json::value::RawValue;
use serde_json::Value;
use warta_core::{Article, Ymd};

/// Builds an article from one parsed record; the error is a message for `Error::Record`.
pub(crate) fn from_value(v: &Value, opts: &ReadOptions) -> Result<Article, String> {
    let obj = v.as_object().ok_or("record is not a JSON object")?;
    let field = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| match obj.get(*k)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let text = field(&["text", "body", "content"]);
    let mut art = if let Some(text) = text {
        let mut a = Article::default();
        push_clean_lines(&normalize(&text), &mut a.body);
        trim_trailing_credits(&mut a.body);
        a
    } else if let Some(page) = field(&["html"]) {
        // The page's own metadata is the fallback for the record's.
        let mut a = html::parse(&page, &ReadOptions::default()).map_err(|e| match e {
            Error::Empty { msg, .. } => msg,
            other => other.to_string(),
        })?;
        a.dateline = None;
        a.dateline_span = None;
        a
    } else {
        return Err("record has no \"text\" or \"html\" field".into());
    };
    if art.body.is_empty() {
        return Err("record text is empty".into());
    }
    art.id = field(&["id"]).or(art.id);
    art.url = field(&["url"]).or(art.url);
    art.title = field(&["title", "headline"]).or(art.title);
    art.source = field(&["source", "publisher", "site_name"]).or(art.source);
    let date = field(&["published", "date", "published_at", "datePublished"]);
    art.published = date
        .as_deref()
        .and_then(|d| parse_date(d).or_else(|| epoch_date(d)))
        .or(art.published);
    finish(&mut art, opts);
    Ok(art)
}

/// Parses one JSON record held in a string.
pub(crate) fn parse_one(json: &str, opts: &ReadOptions) -> crate::Result<Article> {
    let v: Value = serde_json::from_str(json).map_err(|e| Error::Record {
        path: String::new(),
        line: e.line(),
        msg: e.to_string(),
    })?;
    from_value(&v, opts).map_err(|msg| Error::Record {
        path: String::new(),
        line: 1,
        msg,
    })
}

/// Reads every record of a JSON/JSONL file, calling `sink` for each article or bad record.
/// `jsonl` forces line mode (by file extension); otherwise the shape is sniffed.
pub(crate) fn read_all(
    text: &str,
    path: &str,
    jsonl: bool,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(crate::Result<Article>),
) {
    let trimmed = text.trim_start();
    let record_err = |line: usize, msg: String| Error::Record {
        path: path.to_string(),
        line,
        msg,
    };
    if !jsonl && trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(items) => {
                let mut counted = 0; // bytes already scanned for newlines
                let mut line = 1;
                for raw in items {
                    let off = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
                    let off = off.min(text.len());
                    line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted..off]).count();
                    counted = off;
                    sink(one(raw.get(), path, line, opts).map_err(|m| record_err(line, m)));
                }
            }
            Err(e) => sink(Err(record_err(e.line().max(1), e.to_string()))),
        }
        return;
    }
    if !jsonl && trimmed.starts_with('{') {
        // One object (possibly pretty-printed) ...
        match serde_json::from_str::<Value>(text) {
            Ok(v) => {
                let lead = &text.as_bytes()[..text.len() - trimmed.len()];
                let line = 1 + memchr::memchr_iter(b'\n', lead).count();
                sink(
                    from_value(&v, opts)
                        .map(|a| origin(a, path, None))
                        .map_err(|m| record_err(line, m)),
                );
                return;
            }
            // ... or a broken pretty-printed object: one error, not one per line.
            Err(e) if trimmed.lines().next().is_some_and(|l| l.trim() == "{") => {
                sink(Err(record_err(e.line().max(1), e.to_string())));
                return;
            }
            Err(_) => {}
        }
    }
    // JSON Lines.
    for (i, line) in text.split('\n').enumerate() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        sink(one(l, path, i + 1, opts).map_err(|m| record_err(i + 1, m)));
    }
}

/// A Unix timestamp in seconds (10 digits) or milliseconds (13 digits) as a UTC date.
fn epoch_date(s: &str) -> Option<Ymd> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let secs: i64 = match s.len() {
        9 | 10 => s.parse().ok()?,
        12 | 13 => s.parse::<i64>().ok()? / 1000,
        _ => return None,
    };
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ymd::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

fn one(json: &str, path: &str, line: usize, opts: &ReadOptions) -> Result<Article, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("bad JSON: {e}"))?;
    from_value(&v, opts).map(|a| origin(a, path, Some(line)))
}

fn origin(mut a: Article, path: &str, line: Option<usize>) -> Article {
    a.origin = Some(match line {
        Some(l) => format!("{path}:{l}"),
        None => path.to_string(),
    });
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str, jsonl: bool) -> Vec<Result<Article, (usize, String)>> {
        let mut out = Vec::new();
        read_all(text, "f.jsonl", jsonl, &ReadOptions::default(), &mut |r| {
            out.push(r.map_err(|e| match e {
                Error::Record { line, msg, .. } => (line, msg),
                other => (0, other.to_string()),
            }))
        });
        out
    }

    #[test]
    fn jsonl_with_broken_lines() {
        let text = concat!(
            "{\"id\":\"a\",\"title\":\"Satu\",\"published\":\"2025-06-19\",\"text\":\"Jakarta - Isi satu.\"}\n",
            "{\"id\":\"b\",\"text\":\"Isi dua\"\n",
            "\n",
            "not json at all\n",
            "{\"id\":7,\"source\":\"Warta Contoh\",\"text\":\"Isi tiga.\"}\n",
            "{\"id\":\"c\"}\n",
            "[1,2]\n",
        );
        let got = collect(text, true);
        assert_eq!(got.len(), 6);
        let a = got[0].as_ref().expect("first record");
        assert_eq!(a.id.as_deref(), Some("a"));
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-19")
        );
        assert_eq!(a.dateline.as_deref(), Some("Jakarta"));
        assert_eq!(a.origin.as_deref(), Some("f.jsonl:1"));
        assert_eq!(got[1].as_ref().err().map(|e| e.0), Some(2));
        assert_eq!(got[2].as_ref().err().map(|e| e.0), Some(4));
        let c = got[3].as_ref().expect("third record");
        assert_eq!(c.id.as_deref(), Some("7"));
        assert_eq!(c.source.as_deref(), Some("Warta Contoh"));
        assert_eq!(c.origin.as_deref(), Some("f.jsonl:5"));
        assert_eq!(got[4].as_ref().err().map(|e| e.0), Some(6));
        assert_eq!(got[5].as_ref().err().map(|e| e.0), Some(7));
    }

    #[test]
    fn array_and_single_object() {
        let arr = "[\n  {\"text\": \"Satu.\"},\n  {\"title\": \"x\"},\n  {\"text\": \"Tiga.\"}\n]";
        let got = collect(arr, false);
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0]
                .as_ref()
                .ok()
                .and_then(|a| a.origin.clone())
                .as_deref(),
            Some("f.jsonl:2")
        );
        assert_eq!(got[1].as_ref().err().map(|e| e.0), Some(3));
        assert_eq!(got[2].as_ref().ok().map(|a| a.body.as_str()), Some("Tiga."));

        let single = "{\n  \"title\": \"Judul\",\n  \"text\": \"Isi.\"\n}\n";
        let got = collect(single, false);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0]
                .as_ref()
                .ok()
                .and_then(|a| a.title.clone())
                .as_deref(),
            Some("Judul")
        );

        let broken = "{\n  \"title\": \"Judul\",\n  \"text\": \n}\n";
        let got = collect(broken, false);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].as_ref().err().map(|e| e.0), Some(4));
    }

    #[test]
    fn epoch_dates() {
        let cases = [
            ("1718755200", Some("2024-06-19")),
            ("1718755200000", Some("2024-06-19")),
            ("951782400", Some("2000-02-29")),
            ("12345", None),
            ("17187552x0", None),
        ];
        for (s, want) in cases {
            assert_eq!(epoch_date(s).map(|d| d.to_string()).as_deref(), want, "{s}");
        }
        let a = parse_one(
            r#"{"text": "Isi.", "published": 1718755200}"#,
            &ReadOptions::default(),
        )
        .expect("record");
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2024-06-19")
        );
    }

    #[test]
    fn html_record_and_overrides() {
        let rec = r#"{"id":"h","source":"Rekaman","published":"Kamis, 19 Juni 2025 14:00 WIB","html":"<html><head><title>Judul Halaman Contoh Ini</title></head><body><article><p>Paragraf pertama berita ini cukup panjang untuk dibaca sebagai isi.</p></article></body></html>"}"#;
        let opts = ReadOptions {
            source: Some("Pengganti".into()),
            ..ReadOptions::default()
        };
        let a = parse_one(rec, &opts).expect("html record");
        assert_eq!(a.source.as_deref(), Some("Pengganti"));
        assert_eq!(a.title.as_deref(), Some("Judul Halaman Contoh Ini"));
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2025-06-19")
        );
        assert!(a.body.starts_with("Paragraf pertama"), "{:?}", a.body);
    }
}
