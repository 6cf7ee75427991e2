//! Confix stripping, ordered the way the ECS / Nazief-Adriani stemmers order it, validated against
//! a root-word table.
//!
//! Order: the word itself; derivational suffix removed (`-kan`, `-an`, `-i`) and checked; prefixes
//! stripped from the suffix-less stem, then from the whole word (up to three prefixes, each
//! followed by a root check, with the nasal alternations of `meN-`/`peN-` restoring `p`/`t`/`s`/`k`);
//! finally particles (`-lah`, `-kah`, `-pun`, `-tah`) and possessives (`-ku`, `-mu`, `-nya`) are
//! peeled and the whole search repeated. The first candidate found in the root table wins.

use crate::table::Table;

/// Derivational prefixes, used to forbid repeats and the confixes Indonesian does not form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    Di,
    Ke,
    Se,
    Ter,
    Ber,
    Per,
    Me,
    Pe,
}

/// Derivational suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    Kan,
    An,
    I,
}

/// A candidate stem after one prefix: `recode` followed by `s[from..]`.
#[derive(Clone, Copy, Debug)]
struct Cand {
    recode: &'static str,
    from: usize,
}

const fn rest(from: usize) -> Cand {
    Cand { recode: "", from }
}
const fn recode(recode: &'static str, from: usize) -> Cand {
    Cand { recode, from }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'i' | b'u' | b'e' | b'o')
}

/// Indonesian does not form these prefix + suffix pairs (Nazief-Adriani's disallowed confixes).
fn disallowed(p: Prefix, s: Suffix) -> bool {
    matches!(
        (p, s),
        (Prefix::Ber, Suffix::I)
            | (Prefix::Di, Suffix::An)
            | (Prefix::Ke, Suffix::I)
            | (Prefix::Ke, Suffix::Kan)
            | (Prefix::Me, Suffix::An)
            | (Prefix::Se, Suffix::I)
            | (Prefix::Se, Suffix::Kan)
            | (Prefix::Ter, Suffix::An)
    )
}

/// Candidates for removing one prefix from `s`, most likely first. At most four.
fn prefix_candidates(s: &[u8], out: &mut [Option<Cand>; 4]) -> Option<Prefix> {
    *out = [None; 4];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut put = {
        let mut n = 0;
        move |out: &mut [Option<Cand>; 4], c: Cand| {
            if n < 4 && c.from < s.len() {
                out[n] = Some(c);
                n += 1;
            }
        }
    };
    if s.len() < 4 {
        return None;
    }
    let kind;
    match (s[0], s[1]) {
        (b'd', b'i') => {
            kind = Prefix::Di;
            put(out, rest(2));
        }
        (b'k', b'e') => {
            kind = Prefix::Ke;
            put(out, rest(2));
        }
        (b's', b'e') => {
            kind = Prefix::Se;
            put(out, rest(2));
        }
        (b't', b'e') => {
            kind = Prefix::Ter;
            if at(2) == b'r' {
                put(out, rest(3));
                put(out, rest(2));
            } else {
                return None;
            }
        }
        (b'b', b'e') => {
            kind = Prefix::Ber;
            if at(2) == b'r' {
                put(out, rest(3));
                put(out, rest(2));
            } else if s.starts_with(b"belajar") {
                put(out, rest(3));
            } else if !is_vowel(at(2)) && at(3) == b'e' && at(4) == b'r' {
                // be-kerja, be-serta, be-ternak
                put(out, rest(2));
            } else {
                return None;
            }
        }
        (b'm', b'e') | (b'p', b'e') => {
            let me = s[0] == b'm';
            kind = if me { Prefix::Me } else { Prefix::Pe };
            if !me && at(2) == b'r' {
                // per- is its own prefix: per-kenal, pe-rumah(-an)
                put(out, rest(3));
                put(out, rest(2));
                return Some(Prefix::Per);
            }
            if !me && s.starts_with(b"pelajar") {
                put(out, rest(3));
                return Some(kind);
            }
            match (at(2), at(3), at(4)) {
                (b'n', b'g', b'e') if !is_vowel(at(5)) => {
                    // menge-/penge- before a one-syllable root: mengebom, pengecat
                    put(out, rest(5));
                    put(out, rest(4));
                }
                (b'n', b'g', c) if is_vowel(c) => {
                    put(out, rest(4));
                    put(out, recode("k", 4));
                }
                (b'n', b'g', b'g' | b'h' | b'k' | b'q' | b'x') => put(out, rest(4)),
                (b'n', b'y', c) if is_vowel(c) => {
                    put(out, recode("s", 4));
                    put(out, rest(2));
                }
                (b'm', b'b' | b'f' | b'v' | b'p', _) => put(out, rest(3)),
                (b'm', c, _) if is_vowel(c) => {
                    put(out, recode("p", 3));
                    put(out, rest(2));
                }
                (b'n', b'c' | b'd' | b'j' | b'z' | b's' | b't', _) => put(out, rest(3)),
                (b'n', c, _) if is_vowel(c) => {
                    put(out, recode("t", 3));
                    put(out, rest(2));
                }
                (b'l' | b'r' | b'w' | b'y', _, _) => put(out, rest(2)),
                (c, b'e', b'r') if !me && !is_vowel(c) => put(out, rest(2)),
                (c, _, _) if !me && !is_vowel(c) && c != b'n' && c != b'm' => put(out, rest(2)),
                _ => return None,
            }
        }
        _ => return None,
    }
    Some(kind)
}

/// The stemmer: rules plus a root table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Stemmer<'d> {
    pub roots: Table<'d>,
}

/// Longest word the stemmer looks at (bytes); longer inputs are returned unstemmed.
const MAX_WORD: usize = 64;

impl<'d> Stemmer<'d> {
    fn root(&self, s: &str) -> Option<&'d str> {
        if s.len() < 2 {
            return None;
        }
        self.roots.get_key(s)
    }

    /// Root of `w` (lowercase ASCII letters), clitics included when `clitics` is set.
    pub(crate) fn stem(&self, w: &str, clitics: bool) -> Option<&'d str> {
        if w.len() > MAX_WORD || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if let Some(r) = self.core(w) {
            return Some(r);
        }
        if !clitics {
            return None;
        }
        let mut w1 = w;
        for p in ["lah", "kah", "pun", "tah"] {
            if let Some(h) = w.strip_suffix(p) {
                if h.len() >= 3 {
                    w1 = h;
                    if let Some(r) = self.core(h) {
                        return Some(r);
                    }
                    break;
                }
            }
        }
        for p in ["nya", "ku", "mu"] {
            if let Some(h) = w1.strip_suffix(p) {
                if h.len() >= 3 {
                    return self.core(h);
                }
            }
        }
        None
    }

    /// The search without clitics: the word, suffix-stripped forms, then prefixes.
    pub(crate) fn core(&self, w: &str) -> Option<&'d str> {
        // Prefix offsets are byte offsets: only ASCII words of sane length are stemmed.
        if w.len() > MAX_WORD || !w.is_ascii() {
            return None;
        }
        if let Some(r) = self.root(w) {
            return Some(r);
        }
        let mut sufs: [Option<(&str, Suffix)>; 3] = [None; 3];
        if let Some(h) = w.strip_suffix("kan") {
            sufs[0] = Some((h, Suffix::Kan));
            sufs[1] = Some((&w[..w.len() - 2], Suffix::An));
        } else if let Some(h) = w.strip_suffix("an") {
            sufs[0] = Some((h, Suffix::An));
        } else if let Some(h) = w.strip_suffix('i') {
            sufs[0] = Some((h, Suffix::I));
        }
        for &(h, _) in sufs.iter().flatten() {
            if h.len() >= 3 {
                if let Some(r) = self.root(h) {
                    return Some(r);
                }
            }
        }
        for &(h, s) in sufs.iter().flatten() {
            if h.len() >= 3 {
                if let Some(r) = self.prefixes(h, Some(s), 0, None) {
                    return Some(r);
                }
            }
        }
        self.prefixes(w, None, 0, None)
    }

    fn prefixes(
        &self,
        s: &str,
        suffix: Option<Suffix>,
        depth: u8,
        prev: Option<Prefix>,
    ) -> Option<&'d str> {
        if depth >= 3 {
            return None;
        }
        let mut cands = [None; 4];
        let kind = prefix_candidates(s.as_bytes(), &mut cands)?;
        if Some(kind) == prev {
            return None;
        }
        if let (0, Some(suf)) = (depth, suffix) {
            if disallowed(kind, suf) {
                return None;
            }
        }
        // Check every candidate first (shallowest stripping wins), then recurse.
        let mut buf = [0u8; MAX_WORD + 2];
        for pass in 0..2 {
            for c in cands.iter().flatten() {
                let tail = &s[c.from..];
                let n = c.recode.len() + tail.len();
                if n > buf.len() {
                    continue;
                }
                buf[..c.recode.len()].copy_from_slice(c.recode.as_bytes());
                buf[c.recode.len()..n].copy_from_slice(tail.as_bytes());
                let Ok(cand) = std::str::from_utf8(&buf[..n]) else {
                    continue;
                };
                let found = if pass == 0 {
                    self.root(cand)
                } else {
                    self.prefixes(cand, suffix, depth + 1, Some(kind))
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        None
    }
}
