//! Abbreviations that keep their dot, and how they behave at a sentence end.
//!
//! Two classes:
//! - *prefix* abbreviations (titles, `Jl.`, `No.`, `Rp.`) stand before what they qualify and so
//!   never end a sentence;
//! - *suffix* abbreviations (`dll.`, `Tbk.`, `Ltd.`) may be the last word of a sentence: their dot
//!   then also ends the sentence.
//!
//! Lists are sorted so that lookup is a binary search over `&str` (no allocation).

/// How an abbreviation behaves before a following capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Stands before a name or number: never ends a sentence (`Prof.`, `Jl.`, `No.`).
    Prefix,
    /// May end a sentence (`dll.`, `Tbk.`).
    Suffix,
}

/// Prefix abbreviations (without their dot), sorted (byte order).
const PREFIX: &[&str] = &[
    "AKBP", "Bp", "Bpk", "Brigjen", "Capt", "Dk", "Dr", "Dra", "Drs", "Ds", "Dsn", "Gg", "Gub",
    "H", "Hj", "Hlm", "Ir", "JL", "Jend", "Jl", "Jln", "KAB", "KEC", "KEL", "KH", "Kab", "Kapt",
    "Kec", "Kel", "Kol", "Komjen", "Kompol", "Kp", "Let", "Letjen", "Mayjen", "Mr", "Mrs", "Ms",
    "Nn", "No", "Ny", "Pdt", "Ph", "Prof", "Prov", "Rev", "Rp", "Sdr", "Sdri", "Sen", "St", "Tb",
    "Tel", "Telp", "Tn", "Vol", "Yml", "Yth", "dr", "drg", "hal", "hlm", "no", "telp", "vol",
    "yth",
];

/// Suffix abbreviations (without their dot), sorted (byte order).
const SUFFIX: &[&str] = &[
    "Bros", "Co", "Corp", "Dkk", "Dll", "Inc", "Jr", "LLC", "Ltd", "Persero", "Pte", "Sr", "Tbk",
    "dkk", "dll", "dsb", "dst", "etc", "sda", "tsb", "ttd", "vs",
];

/// The class of `word` (without its trailing dot) when it is a known abbreviation.
pub fn class(word: &str) -> Option<AbbrevClass> {
    if PREFIX.binary_search(&word).is_ok() {
        Some(AbbrevClass::Prefix)
    } else if SUFFIX.binary_search(&word).is_ok() {
        Some(AbbrevClass::Suffix)
    } else {
        None
    }
}

/// Top-level domains that make `kompas.com` one token.
const TLD: &[&str] = &[
    "ac", "asia", "au", "biz", "co", "com", "de", "edu", "go", "gov", "id", "info", "int", "io",
    "jp", "mil", "my", "net", "news", "or", "org", "sch", "sg", "tv", "uk", "us", "web",
];

/// True when `seg` (lowercase ASCII letters) is a top-level or second-level domain label.
pub fn is_tld(seg: &str) -> bool {
    TLD.binary_search(&seg).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for l in [PREFIX, SUFFIX, TLD] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "unsorted: {l:?}");
        }
    }

    #[test]
    fn classes() {
        let cases = [
            ("Prof", Some(AbbrevClass::Prefix)),
            ("Jl", Some(AbbrevClass::Prefix)),
            ("dll", Some(AbbrevClass::Suffix)),
            ("Tbk", Some(AbbrevClass::Suffix)),
            ("rumah", None),
        ];
        for (w, want) in cases {
            assert_eq!(class(w), want, "{w}");
        }
    }
}
