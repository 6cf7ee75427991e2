//! Role + body + polity + person composition: `Presiden Rusia, Vladimir Putin`, `tentara Rusia`,
//! `juru bicara Kremlin Dmitry Peskov`, `Ketua NATO Jens Stoltenberg`, `Kementerian Pertahanan
//! Israel` (a body followed by a country belongs to that country).

use crate::{EntryKind, Lexicon, Match};
use warta_core::Span;

/// One actor mention: a run of adjacent matches read as `[role] [body] [polity] [,] [person]`,
/// or a single match. A body is an organisation entry (`Kremlin`, `Kementerian Luar Negeri`,
/// `NATO`); a polity is a country, place or demonym. Two roles in a row (`Kapolri Jenderal`)
/// count as one, the first kept. Codes come from the parts: the country of the person, else of
/// the polity, else of the body, else of the role (`kapolri` = IDN); the sector of the person,
/// else of the role, else of the body, else of the polity (`Jenderal Listyo Sigit Prabowo` is
/// COP: a police general); the org of the person, else of the body, else of the polity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention<'a> {
    /// The whole mention (`Presiden Rusia, Vladimir Putin`).
    pub span: Span,
    /// Index of the first token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// The role noun entry (`Presiden`).
    pub role: Option<u32>,
    /// The organisation entry (`Kremlin`, `NATO`, `Kementerian Pertahanan`).
    pub body: Option<u32>,
    /// The country, place or demonym entry (`Rusia`, `Moskow`).
    pub polity: Option<u32>,
    /// The person entry (`Vladimir Putin`).
    pub person: Option<u32>,
    /// The role phrase: role, body and polity (`Presiden Rusia`), when there is a role.
    pub role_span: Option<Span>,
    /// Resolved country or CAMEO non-state code.
    pub country: Option<&'a str>,
    /// Resolved sector code.
    pub sector: Option<&'a str>,
    /// Resolved organisation short name.
    pub org: Option<&'a str>,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Role,
    Body,
    Polity,
    Person,
}

fn gap_ok(gap: &str, next: Slot) -> bool {
    if gap.contains('\n') {
        return false;
    }
    let g = gap.trim();
    g.is_empty() || (g == "," && next == Slot::Person)
}

impl Lexicon {
    /// Groups `matches` (as returned by [`Lexicon::find`] for `text`) into actor mentions,
    /// appended to `out` in text order. Every match ends up in exactly one mention.
    pub fn compose<'a>(&'a self, text: &str, matches: &[Match], out: &mut Vec<Mention<'a>>) {
        let slot = |m: &Match| match self.entry(m.entry).kind {
            EntryKind::Role => Slot::Role,
            EntryKind::Person => Slot::Person,
            EntryKind::Org => Slot::Body,
            _ => Slot::Polity,
        };
        let mut i = 0;
        while i < matches.len() {
            let first = matches[i];
            let mut parts: [Option<Match>; 4] = [None; 4];
            let mut last_slot = slot(&first);
            parts[last_slot as usize] = Some(first);
            let mut end = first.span.end;
            let mut j = i + 1;
            while j < matches.len() {
                let m = matches[j];
                let s = slot(&m);
                let gap = text.get(end..m.span.start).unwrap_or("\n");
                // a second role right after the first (`Kapolri Jenderal`) joins the mention;
                // the first, more specific one is kept
                let role_after_role = s == Slot::Role && last_slot == Slot::Role;
                if (s <= last_slot && !role_after_role) || !gap_ok(gap, s) {
                    break;
                }
                if !role_after_role {
                    parts[s as usize] = Some(m);
                }
                last_slot = s;
                end = m.span.end;
                j += 1;
            }
            let [role, body, polity, person] = parts.map(|p| p.map(|m| self.entry(m.entry)));
            let pick = |f: fn(&'a crate::Entry) -> Option<&'a str>,
                        order: &[Option<&'a crate::Entry>]| {
                order.iter().flatten().find_map(|e| f(e))
            };
            let country = pick(|e| e.country.as_deref(), &[person, polity, body, role]);
            let sector = pick(|e| e.sector.as_deref(), &[person, role, body, polity]);
            let org = pick(|e| e.org.as_deref(), &[person, body, polity]);
            let role_span = parts[0].map(|r| {
                let e = parts[1..3]
                    .iter()
                    .flatten()
                    .last()
                    .map_or(r.span.end, |p| p.span.end);
                Span::new(r.span.start, e)
            });
            let last = matches[j - 1];
            out.push(Mention {
                span: Span::new(first.span.start, last.span.end),
                tok_start: first.tok_start,
                tok_end: last.tok_end,
                role: parts[0].map(|m| m.entry),
                body: parts[1].map(|m| m.entry),
                polity: parts[2].map(|m| m.entry),
                person: parts[3].map(|m| m.entry),
                role_span,
                country,
                sector,
                org,
            });
            i = j;
        }
    }
}
