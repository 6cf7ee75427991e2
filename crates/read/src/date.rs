//! Publication dates as publishers print them.
//!
//! A date line is split into words (on whitespace, `,`, `|`, brackets) and every word must be one
//! of: a day name (`Senin`, `Kamis`, `Monday`), a month name or abbreviation (Indonesian
//! `Januari`..`Desember`, `Jan`, `Feb`, `Mar`, `Apr`, `Mei`, `Jun`, `Jul`, `Agu`/`Agt`/`Ags`, `Sep`,
//! `Okt`, `Nov`, `Des`, and the English names), a number, a numeric date (`2025-06-19`,
//! `19/06/2025`, `19-6-2025`, `19.06.2025`, `2025/06/19`), a clock time (`14:20`, `14.20`), a time
//! zone (`WIB`, `WITA`, `WIT`, `UTC`, `GMT+7`), a filler (`pukul`, `Diperbarui`, `Published`...) or
//! a separator (`-`, `|`, `/`, `•`). Exactly one full date must be among them. So `Senin, 3 Maret
//! 2025 14:20 WIB`, `2025-06-19 22:17`, `19 Jun 2025, 14:00` are dates, while a body sentence
//! that mentions a date is not.
//!
//! Numeric `a/b/yyyy` dates: when `a > 12` it is day/month, when `b > 12` month/day (US, as in
//! `10/17/2025`). When both could be a month, the Indonesian day-first order wins, except for the
//! US export timestamp `MM/DD/YYYY HH:MM`: two-digit fields, the time right after with only a space
//! between, and no Indonesian marker on the line (`WIB`/`WITA`/`WIT`, an Indonesian day name,
//! `pukul`). So `03/06/2025 13:54` is 6 March, `03/06/2025, 13:54 WIB` and `3/6/2025` are 3 June.
//!
//! jiff's `strptime` is not used: it knows no Indonesian month names and cannot validate a whole
//! line of mixed tokens; the calendar check is [`Ymd::new`].
use warta_core::Ymd;

/// One classified word of a date line.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    /// A day name; `true` when Indonesian.
    Day(bool),
    Month(u8),
    /// A number and its digit count.
    Num(u32, usize),
    /// A full date from one word (ISO, `yyyy/mm/dd`).
    Date(Ymd),
    /// `a/b/y` (or `-`, `.`): both orders are possible until the line is seen.
    Numeric {
        a: u32,
        b: u32,
        y: i32,
        two_digit: bool,
    },
    Time,
    /// A time zone; `true` for the Indonesian ones.
    Zone(bool),
    Filler,
    /// `pukul`, an Indonesian marker.
    Pukul,
    Sep,
}

/// Parses a publication date in any supported publisher format (see the module docs); the whole
/// input must be a date line. ISO timestamps (`2025-06-19T22:17:00+07:00`) are cut to their date.
///
/// ```
/// use warta_read::parse_date;
/// assert_eq!(parse_date("Senin, 3 Maret 2025 14:20 WIB").unwrap().to_string(), "2025-03-03");
/// assert_eq!(parse_date("10/17/2025 13:54").unwrap().to_string(), "2025-10-17");
/// assert!(parse_date("Presiden tiba pada 3 Maret 2025.").is_none());
/// ```
pub fn parse_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    // `2025-06-19T22:17:00+07:00`: ISO timestamps are cut to their date.
    if s.as_bytes().get(10) == Some(&b'T') {
        return Ymd::parse_iso(s);
    }
    let mut toks: Vec<(Tok, bool)> = Vec::with_capacity(8);
    let mut comma_before = false;
    for raw in s.split(|c: char| c.is_whitespace() || matches!(c, '|' | '(' | ')' | '[' | ']')) {
        // A comma glued to a word ("2025,") splits it too, and is remembered for the US rule.
        for (i, part) in raw.split(',').enumerate() {
            if i > 0 {
                comma_before = true;
            }
            let w = part
                .trim_matches(|c: char| matches!(c, ';' | '"' | '\'' | '\u{201C}' | '\u{201D}'));
            let w = w.strip_suffix('.').unwrap_or(w);
            if w.is_empty() {
                continue;
            }
            toks.push((classify(w)?, comma_before));
            comma_before = false;
        }
    }
    combine(&toks)
}

/// Finds the one full date among classified words; `None` when there is none or more than one.
fn combine(toks: &[(Tok, bool)]) -> Option<Ymd> {
    let indonesian = toks
        .iter()
        .any(|(t, _)| matches!(t, Tok::Day(true) | Tok::Zone(true) | Tok::Pukul));
    let mut found: Option<Ymd> = None;
    let mut used = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        match toks[i].0 {
            Tok::Date(d) => {
                put(Some(d), &mut found)?;
                used[i] = true;
            }
            Tok::Numeric { a, b, y, two_digit } => {
                let time_next = matches!(toks.get(i + 1), Some((Tok::Time, false)));
                let us = two_digit && time_next && !indonesian;
                let (m, d) = if a > 12 || (b <= 12 && !us) {
                    (b, a)
                } else {
                    (a, b)
                };
                put(ymd(y, m, d), &mut found)?;
                used[i] = true;
            }
            Tok::Num(d, dl) if dl <= 2 => {
                // 19 Juni 2025
                if let (Some((Tok::Month(m), _)), Some((Tok::Num(y, 4), _))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    put(ymd(*y as i32, u32::from(*m), d), &mut found)?;
                    used[i..i + 3].iter_mut().for_each(|u| *u = true);
                    i += 3;
                    continue;
                }
            }
            Tok::Month(m) => {
                // June 19, 2025
                if let (Some((Tok::Num(d, 1..=2), _)), Some((Tok::Num(y, 4), _))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    put(ymd(*y as i32, u32::from(m), *d), &mut found)?;
                    used[i..i + 3].iter_mut().for_each(|u| *u = true);
                    i += 3;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Every word not in the date must be a day name, time, zone, filler or separator.
    let stray = toks
        .iter()
        .zip(&used)
        .any(|((t, _), u)| !u && matches!(t, Tok::Month(_) | Tok::Num(..)));
    if stray {
        return None;
    }
    found
}

/// Records `d` as the date found; `None` (reject the line) when it is invalid or a second date.
fn put(d: Option<Ymd>, found: &mut Option<Ymd>) -> Option<()> {
    if found.is_some() {
        return None;
    }
    *found = Some(d?);
    Some(())
}

fn ymd(y: i32, m: u32, d: u32) -> Option<Ymd> {
    Ymd::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

fn classify(w: &str) -> Option<Tok> {
    if matches!(w, "-" | "–" | "—" | "/" | ":" | "•" | "·" | "@") {
        return Some(Tok::Sep);
    }
    let lower = w.to_lowercase();
    if let Some(t) = word_tok(&lower) {
        return Some(t);
    }
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Tok::Num(w.parse().ok()?, w.len()));
    }
    if is_time(w) {
        return Some(Tok::Time);
    }
    if let Some(z) = lower
        .strip_prefix("gmt")
        .or_else(|| lower.strip_prefix("utc"))
    {
        if z.is_empty() || is_offset(z) {
            return Some(Tok::Zone(false));
        }
    }
    if is_offset(&lower) || lower == "z" {
        return Some(Tok::Zone(false));
    }
    numeric_date(w)
}

/// `+7`, `+07:00`, `-0500`.
fn is_offset(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['+', '-']) else {
        return false;
    };
    !rest.is_empty() && rest.len() <= 5 && rest.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// `14:20`, `14.20`, `14:20:05`, `9.05`, also `14:20WIB` is not accepted (rare).
fn is_time(w: &str) -> bool {
    let mut parts = 0;
    for p in w.split([':', '.']) {
        parts += 1;
        let ok = !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
        if !ok || (parts > 1 && p.len() != 2) {
            return false;
        }
    }
    if !(2..=3).contains(&parts) {
        return false;
    }
    let mut it = w.split([':', '.']).map(|p| p.parse::<u32>().unwrap_or(99));
    matches!((it.next(), it.next()), (Some(h), Some(m)) if h < 24 && m < 60)
}

/// `19/06/2025`, `19-6-2025`, `19.06.2025`, `19/06/25`, `2025/06/19`.
fn numeric_date(w: &str) -> Option<Tok> {
    let sep = w.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    if !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return None;
    }
    if parts[0].len() == 4 {
        return Some(Tok::Date(ymd(n[0] as i32, n[1], n[2])?));
    }
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let y = match parts[2].len() {
        4 => n[2] as i32,
        2 => 2000 + n[2] as i32,
        _ => return None,
    };
    let two_digit = parts[0].len() == 2 && parts[1].len() == 2;
    Some(Tok::Numeric {
        a: n[0],
        b: n[1],
        y,
        two_digit,
    })
}

fn word_tok(w: &str) -> Option<Tok> {
    Some(match w {
        "senin" | "selasa" | "rabu" | "kamis" | "jumat" | "jum'at" | "sabtu" | "minggu"
        | "ahad" => Tok::Day(true),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        | "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun" => {
            Tok::Day(false)
        }
        "wib" | "wita" | "wit" => Tok::Zone(true),
        "utc" | "gmt" | "z" => Tok::Zone(false),
        "pukul" | "pkl" => Tok::Pukul,
        "jam" | "diperbarui" | "dipublikasikan" | "diterbitkan" | "terbit" | "tayang"
        | "diunggah" | "dimuat" | "update" | "updated" | "published" | "posted" | "on" | "at"
        | "tanggal" | "tgl" | "hari" | "pada" | "am" | "pm" | "diperbarui:" | "dipublikasikan:"
        | "diterbitkan:" | "published:" | "updated:" | "terbit:" => Tok::Filler,
        _ => return month(w).map(Tok::Month),
    })
}

/// Month number of an Indonesian or English month name or abbreviation (lower case).
pub(crate) fn month(w: &str) -> Option<u8> {
    Some(match w {
        "januari" | "january" | "jan" => 1,
        "februari" | "february" | "pebruari" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" | "mrt" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "agt" | "ags" | "agus" | "agst" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_table() {
        let cases: &[(&str, Option<&str>)] = &[
            // Indonesian long form, day names, zones
            ("Senin, 3 Maret 2025 14:20 WIB", Some("2025-03-03")),
            ("Kamis, 19 Juni 2025 14:00 WIB", Some("2025-06-19")),
            ("Rabu, 2 Juli 2025 | 08:15 WITA", Some("2025-07-02")),
            ("Jumat, 5 Desember 2025 - 19:45 WIT", Some("2025-12-05")),
            (
                "Jum'at, 7 November 2025 pukul 10.30 WIB",
                Some("2025-11-07"),
            ),
            ("Minggu, 31 Agustus 2025", Some("2025-08-31")),
            ("Selasa 01 April 2025 07.00", Some("2025-04-01")),
            // abbreviations
            ("19 Jun 2025, 14:00", Some("2025-06-19")),
            ("12 Agu 2025", Some("2025-08-12")),
            ("12 Agt 2025 10:00 WIB", Some("2025-08-12")),
            ("3 Ags 2025", Some("2025-08-03")),
            ("9 Okt 2025", Some("2025-10-09")),
            ("24 Des. 2025", Some("2025-12-24")),
            ("1 Mei 2025", Some("2025-05-01")),
            ("Sabtu, 15 Feb 2025 21:05 WIB", Some("2025-02-15")),
            // English
            ("June 19, 2025", Some("2025-06-19")),
            ("Thursday, 19 June 2025 14:00 GMT+7", Some("2025-06-19")),
            ("Published: 4 Sep 2025", Some("2025-09-04")),
            // ISO
            ("2025-06-19 22:17", Some("2025-06-19")),
            ("2025-06-19T22:17:00+07:00", Some("2025-06-19")),
            ("2025/06/19 08:00", Some("2025-06-19")),
            // numeric, day first unless unambiguous or the US timestamp form
            ("10/17/2025 13:54", Some("2025-10-17")),
            ("03/06/2025 13:54", Some("2025-03-06")),
            ("03/06/2025, 13:54 WIB", Some("2025-06-03")),
            ("19/06/2025, 14:20 WIB", Some("2025-06-19")),
            ("3/6/2025", Some("2025-06-03")),
            ("Kamis (19/6/2025)", Some("2025-06-19")),
            ("19-06-2025 07:30", Some("2025-06-19")),
            ("19.06.2025", Some("2025-06-19")),
            ("Diperbarui 19/06/25 10:00 WIB", Some("2025-06-19")),
            // not dates
            ("", None),
            ("Warta Contoh", None),
            ("Presiden tiba pada 3 Maret 2025.", None),
            ("31 Februari 2025", None),
            ("13/13/2025", None),
            ("Maret 2025", None),
            ("3 Maret 2025 dan 4 Maret 2025", None),
            ("2025", None),
            ("14:20 WIB", None),
            ("- DW", None),
        ];
        for (input, want) in cases {
            let got = parse_date(input).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "input {input:?}");
        }
    }

    #[test]
    fn times() {
        for (w, ok) in [
            ("14:20", true),
            ("9.05", true),
            ("23:59:59", true),
            ("24:00", false),
            ("2025", false),
            ("1.5", false),
        ] {
            assert_eq!(is_time(w), ok, "{w}");
        }
    }
}
