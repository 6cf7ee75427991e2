//! A tiny on-demand lexer over the original text, and the keyword table.
//!
//! The recogniser does not depend on how the tokenizer split the text (`18/6)` may be one token):
//! it lexes the bytes itself, lazily, one lexeme at a time. Lexemes are words (ASCII letters,
//! with inner apostrophes as in `Jum'at`), digit runs, and single punctuation characters.
//! Every boundary is a char boundary because the lexer steps over whole UTF-8 characters.

use std::sync::LazyLock;

/// What a lexeme is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum K {
    /// Letters only (ASCII, plus apostrophes between letters).
    Word,
    /// A digit run: its value (saturating) and number of digits.
    Num { v: u32, n: u8 },
    /// Letters mixed with digits or non-ASCII letters (`G20`, `10km`, `Mosków`): never a keyword.
    Mixed,
    /// One punctuation character; dashes fold to `-`, curly quotes to `"`, other non-ASCII to 0.
    P(u8),
}

/// One lexeme: byte range and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lx {
    pub s: usize,
    pub e: usize,
    pub k: K,
}

impl Lx {
    /// The number value when this is a digit run of at most `max_digits` digits.
    #[inline]
    pub fn num(&self, max_digits: u8) -> Option<u32> {
        match self.k {
            K::Num { v, n } if n <= max_digits => Some(v),
            _ => None,
        }
    }
    /// The number value when this is a run of exactly `digits` digits.
    #[inline]
    pub fn num_exact(&self, digits: u8) -> Option<u32> {
        match self.k {
            K::Num { v, n } if n == digits => Some(v),
            _ => None,
        }
    }
}

/// Time units of relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Parts of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Morning,
    Noon,
    Afternoon,
    Evening,
    Dawn,
}

/// The words the grammar knows. Everything else is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    None,
    /// Day name, Monday = 0 (`minggu` is also the week unit; the grammar decides).
    Day(u8),
    /// Month 1..=12; `true` for an abbreviation (`Jun`, `Agt`), which needs a number next to it.
    Month(u8, bool),
    /// Number word (`dua`), `belas`/`puluh` handled by the grammar.
    NumWord(u8),
    Belas,
    Puluh,
    Beberapa,
    /// `sehari`, `sepekan`, `seminggu`, `sebulan`, `setahun`.
    SeUnit(Unit),
    Unit(Unit),
    Lalu,
    Yang,
    Silam,
    Sebelumnya,
    Kemudian,
    Lagi,
    Ini,
    Depan,
    Mendatang,
    Kemarin,
    Besok,
    Lusa,
    Tadi,
    Semalam,
    Part(Part),
    /// `dini` (of `dini hari`).
    Dini,
    /// `larut` (of `larut malam`), `tengah` (of `tengah malam`, `tengah hari`).
    Larut,
    /// `kuartal`, `triwulan`.
    Quarter,
    /// `semester`, `paruh`.
    Half,
    /// `pertama` .. `keempat`.
    Ordinal(u8),
    Pukul,
    Jam,
    /// Time zone with its UTC offset in hours.
    Zone(u8),
    Waktu,
    Setempat,
    Sekitar,
    Tanggal,
    /// `awal` (0), `pertengahan`/`medio` (1), `akhir` (2).
    Mod(u8),
    /// Prepositions that introduce a bare year (`pada 1961`, `sejak 2014`).
    Prep,
    /// `hingga`, `sampai`: prepositions and range connectors.
    Until,
    Abad,
    Ke,
    Tahun,
    /// Words that make a preceding 4-digit number a count, not a year (`2000 orang`).
    CountNoun,
    /// Words after which `NN-an` is an age, not a decade (`usia 20-an`).
    Age,
    /// Words before a number that make it an amount or a code, not a year (`sebanyak 2019`,
    /// `Rp 2000`, `nomor 1945`).
    Quantity,
    /// Words that announce a future event (`akan`, `dijadwalkan`).
    Future,
    /// Words before `semalam` that make it a duration (`selama semalam`).
    Duration,
}

/// The keyword table: lowercase ASCII word (apostrophes dropped) and its keyword.
const WORDS: &[(&[u8], Kw)] = &[
    (b"sebanyak", Kw::Quantity),
    (b"nanti", Kw::Mendatang),
    (b"uud", Kw::Quantity),
    (b"sejumlah", Kw::Quantity),
    (b"mencapai", Kw::Quantity),
    (b"total", Kw::Quantity),
    (b"hanya", Kw::Quantity),
    (b"lebih", Kw::Quantity),
    (b"kurang", Kw::Quantity),
    (b"hampir", Kw::Quantity),
    (b"nyaris", Kw::Quantity),
    (b"setidaknya", Kw::Quantity),
    (b"sedikitnya", Kw::Quantity),
    (b"rp", Kw::Quantity),
    (b"usd", Kw::Quantity),
    (b"idr", Kw::Quantity),
    (b"nomor", Kw::Quantity),
    (b"nomer", Kw::Quantity),
    (b"no", Kw::Quantity),
    (b"pasal", Kw::Quantity),
    (b"ayat", Kw::Quantity),
    (b"halaman", Kw::Quantity),
    (b"hal", Kw::Quantity),
    (b"kode", Kw::Quantity),
    (b"seri", Kw::Quantity),
    (b"tipe", Kw::Quantity),
    (b"type", Kw::Quantity),
    (b"angka", Kw::Quantity),
    (b"skor", Kw::Quantity),
    (b"poin", Kw::Quantity),
    (b"harga", Kw::Quantity),
    (b"kapasitas", Kw::Quantity),
    (b"ketinggian", Kw::Quantity),
    (b"tinggi", Kw::Quantity),
    (b"jarak", Kw::Quantity),
    (b"panjang", Kw::Quantity),
    (b"berat", Kw::Quantity),
    (b"kecepatan", Kw::Quantity),
    (b"suhu", Kw::Quantity),
    (b"senilai", Kw::Quantity),
    (b"sebesar", Kw::Quantity),
    (b"seharga", Kw::Quantity),
    (b"menjadi", Kw::Quantity),
    (b"capai", Kw::Quantity),
    (b"sekitarnya", Kw::Quantity),
    (b"senin", Kw::Day(0)),
    (b"selasa", Kw::Day(1)),
    (b"rabu", Kw::Day(2)),
    (b"kamis", Kw::Day(3)),
    (b"jumat", Kw::Day(4)),
    (b"sabtu", Kw::Day(5)),
    (b"minggu", Kw::Day(6)),
    (b"ahad", Kw::Day(6)),
    (b"januari", Kw::Month(1, false)),
    (b"februari", Kw::Month(2, false)),
    (b"pebruari", Kw::Month(2, false)),
    (b"maret", Kw::Month(3, false)),
    (b"april", Kw::Month(4, false)),
    (b"mei", Kw::Month(5, false)),
    (b"juni", Kw::Month(6, false)),
    (b"juli", Kw::Month(7, false)),
    (b"agustus", Kw::Month(8, false)),
    (b"september", Kw::Month(9, false)),
    (b"oktober", Kw::Month(10, false)),
    (b"november", Kw::Month(11, false)),
    (b"nopember", Kw::Month(11, false)),
    (b"desember", Kw::Month(12, false)),
    (b"jan", Kw::Month(1, true)),
    (b"feb", Kw::Month(2, true)),
    (b"peb", Kw::Month(2, true)),
    (b"mar", Kw::Month(3, true)),
    (b"apr", Kw::Month(4, true)),
    (b"jun", Kw::Month(6, true)),
    (b"jul", Kw::Month(7, true)),
    (b"agu", Kw::Month(8, true)),
    (b"agt", Kw::Month(8, true)),
    (b"ags", Kw::Month(8, true)),
    (b"agst", Kw::Month(8, true)),
    (b"agust", Kw::Month(8, true)),
    (b"aug", Kw::Month(8, true)),
    (b"sep", Kw::Month(9, true)),
    (b"sept", Kw::Month(9, true)),
    (b"okt", Kw::Month(10, true)),
    (b"oct", Kw::Month(10, true)),
    (b"nov", Kw::Month(11, true)),
    (b"nop", Kw::Month(11, true)),
    (b"des", Kw::Month(12, true)),
    (b"dec", Kw::Month(12, true)),
    (b"satu", Kw::NumWord(1)),
    (b"dua", Kw::NumWord(2)),
    (b"tiga", Kw::NumWord(3)),
    (b"empat", Kw::NumWord(4)),
    (b"lima", Kw::NumWord(5)),
    (b"enam", Kw::NumWord(6)),
    (b"tujuh", Kw::NumWord(7)),
    (b"delapan", Kw::NumWord(8)),
    (b"sembilan", Kw::NumWord(9)),
    (b"sepuluh", Kw::NumWord(10)),
    (b"sebelas", Kw::NumWord(11)),
    (b"seratus", Kw::NumWord(100)),
    (b"belas", Kw::Belas),
    (b"puluh", Kw::Puluh),
    (b"beberapa", Kw::Beberapa),
    (b"sehari", Kw::SeUnit(Unit::Day)),
    (b"sepekan", Kw::SeUnit(Unit::Week)),
    (b"seminggu", Kw::SeUnit(Unit::Week)),
    (b"sebulan", Kw::SeUnit(Unit::Month)),
    (b"setahun", Kw::SeUnit(Unit::Year)),
    (b"hari", Kw::Unit(Unit::Day)),
    (b"pekan", Kw::Unit(Unit::Week)),
    (b"bulan", Kw::Unit(Unit::Month)),
    (b"tahun", Kw::Tahun),
    (b"lalu", Kw::Lalu),
    (b"yang", Kw::Yang),
    (b"silam", Kw::Silam),
    (b"sebelumnya", Kw::Sebelumnya),
    (b"kemudian", Kw::Kemudian),
    (b"setelahnya", Kw::Kemudian),
    (b"sesudahnya", Kw::Kemudian),
    (b"lagi", Kw::Lagi),
    (b"ini", Kw::Ini),
    (b"depan", Kw::Depan),
    (b"mendatang", Kw::Mendatang),
    (b"kemarin", Kw::Kemarin),
    (b"kemaren", Kw::Kemarin),
    (b"besok", Kw::Besok),
    (b"esok", Kw::Besok),
    (b"lusa", Kw::Lusa),
    (b"tadi", Kw::Tadi),
    (b"semalam", Kw::Semalam),
    (b"pagi", Kw::Part(Part::Morning)),
    (b"siang", Kw::Part(Part::Noon)),
    (b"sore", Kw::Part(Part::Afternoon)),
    (b"petang", Kw::Part(Part::Afternoon)),
    (b"malam", Kw::Part(Part::Evening)),
    (b"subuh", Kw::Part(Part::Dawn)),
    (b"dini", Kw::Dini),
    (b"larut", Kw::Larut),
    (b"tengah", Kw::Larut),
    (b"kuartal", Kw::Quarter),
    (b"kuarter", Kw::Quarter),
    (b"triwulan", Kw::Quarter),
    (b"semester", Kw::Half),
    (b"paruh", Kw::Half),
    (b"pertama", Kw::Ordinal(1)),
    (b"kedua", Kw::Ordinal(2)),
    (b"ketiga", Kw::Ordinal(3)),
    (b"keempat", Kw::Ordinal(4)),
    (b"pukul", Kw::Pukul),
    (b"pk", Kw::Pukul),
    (b"jam", Kw::Jam),
    (b"wib", Kw::Zone(7)),
    (b"wita", Kw::Zone(8)),
    (b"wit", Kw::Zone(9)),
    (b"waktu", Kw::Waktu),
    (b"setempat", Kw::Setempat),
    (b"sekitar", Kw::Sekitar),
    (b"sekira", Kw::Sekitar),
    (b"kira", Kw::Sekitar),
    (b"mulai", Kw::Sekitar),
    (b"tanggal", Kw::Tanggal),
    (b"tgl", Kw::Tanggal),
    (b"awal", Kw::Mod(0)),
    (b"pertengahan", Kw::Mod(1)),
    (b"medio", Kw::Mod(1)),
    (b"akhir", Kw::Mod(2)),
    (b"hingga", Kw::Until),
    (b"sampai", Kw::Until),
    (b"pada", Kw::Prep),
    (b"sejak", Kw::Prep),
    (b"semenjak", Kw::Prep),
    (b"periode", Kw::Prep),
    (b"jelang", Kw::Prep),
    (b"menjelang", Kw::Prep),
    (b"sebelum", Kw::Prep),
    (b"setelah", Kw::Prep),
    (b"sesudah", Kw::Prep),
    (b"usai", Kw::Prep),
    (b"selepas", Kw::Prep),
    (b"era", Kw::Prep),
    (b"abad", Kw::Abad),
    (b"ke", Kw::Ke),
    (b"orang", Kw::CountNoun),
    (b"jiwa", Kw::CountNoun),
    (b"unit", Kw::CountNoun),
    (b"ton", Kw::CountNoun),
    (b"kg", Kw::CountNoun),
    (b"km", Kw::CountNoun),
    (b"meter", Kw::CountNoun),
    (b"hektare", Kw::CountNoun),
    (b"hektar", Kw::CountNoun),
    (b"ha", Kw::CountNoun),
    (b"rumah", Kw::CountNoun),
    (b"kali", Kw::CountNoun),
    (b"persen", Kw::CountNoun),
    (b"rupiah", Kw::CountNoun),
    (b"dolar", Kw::CountNoun),
    (b"ekor", Kw::CountNoun),
    (b"buah", Kw::CountNoun),
    (b"kasus", Kw::CountNoun),
    (b"warga", Kw::CountNoun),
    (b"personel", Kw::CountNoun),
    (b"tentara", Kw::CountNoun),
    (b"pasukan", Kw::CountNoun),
    (b"anggota", Kw::CountNoun),
    (b"peserta", Kw::CountNoun),
    (b"siswa", Kw::CountNoun),
    (b"kendaraan", Kw::CountNoun),
    (b"mobil", Kw::CountNoun),
    (b"motor", Kw::CountNoun),
    (b"liter", Kw::CountNoun),
    (b"barel", Kw::CountNoun),
    (b"mw", Kw::CountNoun),
    (b"lembar", Kw::CountNoun),
    (b"paket", Kw::CountNoun),
    (b"titik", Kw::CountNoun),
    (b"desa", Kw::CountNoun),
    (b"sekolah", Kw::CountNoun),
    (b"kk", Kw::CountNoun),
    (b"batang", Kw::CountNoun),
    (b"pucuk", Kw::CountNoun),
    (b"rudal", Kw::CountNoun),
    (b"kilometer", Kw::CountNoun),
    (b"kilogram", Kw::CountNoun),
    (b"gram", Kw::CountNoun),
    (b"juta", Kw::CountNoun),
    (b"ribu", Kw::CountNoun),
    (b"miliar", Kw::CountNoun),
    (b"triliun", Kw::CountNoun),
    (b"keluarga", Kw::CountNoun),
    (b"pekerja", Kw::CountNoun),
    (b"karyawan", Kw::CountNoun),
    (b"pengungsi", Kw::CountNoun),
    (b"korban", Kw::CountNoun),
    (b"suara", Kw::CountNoun),
    (b"usia", Kw::Age),
    (b"berusia", Kw::Age),
    (b"umur", Kw::Age),
    (b"berumur", Kw::Age),
    (b"akan", Kw::Future),
    (b"bakal", Kw::Future),
    (b"hendak", Kw::Future),
    (b"dijadwalkan", Kw::Future),
    (b"direncanakan", Kw::Future),
    (b"rencananya", Kw::Future),
    (b"berencana", Kw::Future),
    (b"dijadwal", Kw::Future),
    (b"selama", Kw::Duration),
    (b"menginap", Kw::Duration),
    (b"bermalam", Kw::Duration),
];

/// Size of the open-addressing keyword table (a power of two, load factor under 0.2).
const SLOTS: usize = 1024;

/// Slot of a packed key: Fibonacci hashing of the folded key.
#[inline]
fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The keyword tables, built once from `WORDS`.
struct Tables {
    /// Open-addressing hash table keyed by the packed word (0 = empty slot).
    slots: Box<[(u128, Kw)]>,
}

/// Pre-filter: bit `last letter` of `FILTER[len * 26 + first letter]` is set when some keyword of
/// that byte length starts and ends with those letters (`Jum'at`, `Jum’at` included).
/// Built at compile time.
static FILTER: [u32; FILTER_LEN] = build_filter(false);
/// The same pre-filter for the keywords that can open an expression ([`starts`]).
static START_FILTER: [u32; FILTER_LEN] = build_filter(true);
const FILTER_LEN: usize = (MAX_LEN + 1) * 26;

const fn build_filter(start_only: bool) -> [u32; FILTER_LEN] {
    let mut f = [0u32; FILTER_LEN];
    let mut i = 0;
    while i < WORDS.len() {
        let (w, k) = WORDS[i];
        if !start_only || starts(k) {
            let first = (w[0] - b'a') as usize;
            let last = w[w.len() - 1] - b'a';
            // `jum'at` (one byte more) and `jum’at` (three more) are the only keywords written
            // with an apostrophe; other words get no longer variants, which keeps the filter tight
            let jumat = w.len() == 5 && w[0] == b'j' && w[1] == b'u' && w[2] == b'm';
            let lens = if jumat {
                [w.len(), w.len() + 1, w.len() + 3]
            } else {
                [w.len(), w.len(), w.len()]
            };
            let mut j = 0;
            while j < lens.len() {
                if lens[j] <= MAX_LEN {
                    f[lens[j] * 26 + first] |= 1 << last;
                }
                j += 1;
            }
        }
        i += 1;
    }
    f
}

/// True for the keywords an expression can start with; the others (`lalu`, `ini`, `pada`, ...)
/// only matter next to one, so the main scan skips them after a cheap pre-filter.
pub(crate) const fn starts(k: Kw) -> bool {
    matches!(
        k,
        Kw::Day(_)
            | Kw::Month(..)
            | Kw::Tanggal
            | Kw::Unit(_)
            | Kw::Tahun
            | Kw::Mod(_)
            | Kw::Kemarin
            | Kw::Besok
            | Kw::Lusa
            | Kw::Tadi
            | Kw::Semalam
            | Kw::Part(_)
            | Kw::NumWord(_)
            | Kw::SeUnit(_)
            | Kw::Beberapa
            | Kw::Pukul
            | Kw::Jam
            | Kw::Abad
            | Kw::Quarter
            | Kw::Half
    )
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut slots = vec![(0u128, Kw::None); SLOTS].into_boxed_slice();
    for &(w, k) in WORDS {
        let key = w.iter().fold(0u128, |a, &c| (a << 8) | u128::from(c));
        let mut i = slot(key);
        while slots[i].0 != 0 && slots[i].0 != key {
            i = (i + 1) & (SLOTS - 1);
        }
        slots[i] = (key, k);
    }
    Tables { slots }
});

/// Longest keyword in bytes, apostrophes included.
const MAX_LEN: usize = 12;

/// Forces the keyword tables to be built (benchmarks call it before measuring).
pub(crate) fn warm_up() {
    LazyLock::force(&TABLES);
}

/// Classifies a word lexeme (`text[s..e]`, kind [`K::Word`]: ASCII letters and apostrophes).
pub(crate) fn keyword(word: &[u8]) -> Kw {
    lookup(word, false)
}

/// Like [`keyword`], but `Kw::None` for a word that cannot open an expression.
#[inline]
pub(crate) fn start_keyword(word: &[u8]) -> Kw {
    let k = lookup(word, true);
    if starts(k) {
        k
    } else {
        Kw::None
    }
}

#[inline]
fn lookup(word: &[u8], start_only: bool) -> Kw {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return Kw::None;
    };
    if word.len() < 2 || word.len() > MAX_LEN {
        return Kw::None;
    }
    let first = usize::from((first | 0x20).wrapping_sub(b'a'));
    let last = (last | 0x20).wrapping_sub(b'a');
    let filter = if start_only { &START_FILTER } else { &FILTER };
    if first >= 26 || last >= 26 || filter[word.len() * 26 + first] & (1 << last) == 0 {
        return Kw::None;
    }
    probe(word)
}

/// Hash-table look-up of a word that passed the pre-filter.
#[inline(never)]
fn probe(word: &[u8]) -> Kw {
    let mut key = 0u128;
    for &c in word {
        if c.is_ascii_alphabetic() {
            key = (key << 8) | u128::from(c | 0x20);
        }
    }
    let t = &*TABLES;
    let mut i = slot(key);
    loop {
        let (k, v) = t.slots[i];
        if k == key {
            return v;
        }
        if k == 0 {
            return Kw::None;
        }
        i = (i + 1) & (SLOTS - 1);
    }
}

/// The lazy lexer: positions are byte offsets into `t`.
pub(crate) struct Lexer<'a> {
    pub t: &'a str,
    pub b: &'a [u8],
}

impl<'a> Lexer<'a> {
    pub fn new(t: &'a str) -> Lexer<'a> {
        Lexer { t, b: t.as_bytes() }
    }

    /// The char starting at byte `i` (a char boundary by construction).
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.t.get(i..)?.chars().next()
    }

    /// The first lexeme at or after byte `i`, skipping whitespace.
    pub fn next(&self, mut i: usize) -> Option<Lx> {
        let b = self.b;
        loop {
            let c = *b.get(i)?;
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if c < 0x80 {
                break;
            }
            let ch = self.char_at(i)?;
            if ch.is_whitespace() {
                i += ch.len_utf8();
                continue;
            }
            break;
        }
        let s = i;
        let c = b[i];
        if c.is_ascii_digit() {
            let mut v: u32 = 0;
            let mut n: u32 = 0;
            while let Some(&d) = b.get(i) {
                if !d.is_ascii_digit() {
                    break;
                }
                v = v.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                n += 1;
                i += 1;
            }
            if b.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
                let (e, _) = self.word_end(i);
                return Some(Lx { s, e, k: K::Mixed });
            }
            return Some(Lx {
                s,
                e: i,
                k: K::Num {
                    v,
                    n: n.min(255) as u8,
                },
            });
        }
        if c.is_ascii_alphabetic() {
            // fast path: a run of ASCII letters ended by space or punctuation
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            if j == b.len() || !(b[j].is_ascii_digit() || b[j] == b'\'' || b[j] >= 0x80) {
                return Some(Lx {
                    s,
                    e: j,
                    k: K::Word,
                });
            }
            let (e, mixed) = self.word_end(j);
            let k = if mixed { K::Mixed } else { K::Word };
            return Some(Lx { s, e, k });
        }
        if c < 0x80 {
            return Some(Lx {
                s,
                e: i + 1,
                k: K::P(c),
            });
        }
        let ch = self.char_at(i)?;
        let e = i + ch.len_utf8();
        if ch.is_alphanumeric() {
            let (e, _) = self.word_end(e);
            return Some(Lx { s, e, k: K::Mixed });
        }
        let p = match ch {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => b'-',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => b'"',
            '\u{2018}' | '\u{2019}' => b'\'',
            _ => 0,
        };
        Some(Lx { s, e, k: K::P(p) })
    }

    /// End of the word that continues at byte `i`, and whether it holds digits or non-ASCII
    /// letters. An apostrophe (`'` or `’`) between two letters stays inside the word.
    fn word_end(&self, mut i: usize) -> (usize, bool) {
        let b = self.b;
        let mut mixed = false;
        while let Some(&c) = b.get(i) {
            if c.is_ascii_alphabetic() {
                i += 1;
            } else if c.is_ascii_digit() {
                mixed = true;
                i += 1;
            } else if c == b'\'' && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
                i += 1;
            } else if c >= 0x80 {
                let Some(ch) = self.char_at(i) else { break };
                let len = ch.len_utf8();
                if ch == '\u{2019}' && b.get(i + len).is_some_and(|c| c.is_ascii_alphabetic()) {
                    i += len;
                } else if ch.is_alphanumeric() {
                    mixed = true;
                    i += len;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        (i, mixed)
    }

    /// Keyword of a lexeme (`Kw::None` unless it is a plain word).
    #[inline]
    pub fn kw(&self, lx: &Lx) -> Kw {
        match lx.k {
            K::Word => keyword(&self.b[lx.s..lx.e]),
            _ => Kw::None,
        }
    }

    /// Keyword of a lexeme when it can open an expression, else `Kw::None`.
    #[inline]
    pub fn start_kw(&self, lx: &Lx) -> Kw {
        match lx.k {
            K::Word => start_keyword(&self.b[lx.s..lx.e]),
            _ => Kw::None,
        }
    }

    /// True when the lexeme starts with an uppercase letter.
    #[inline]
    pub fn capitalised(&self, lx: &Lx) -> bool {
        self.b[lx.s].is_ascii_uppercase()
    }

    /// The word lexeme right before byte `pos` (only whitespace in between), if any.
    pub fn prev_word(&self, pos: usize) -> Option<Lx> {
        let b = self.b;
        let mut e = pos;
        while e > 0 && b[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == e || (s > 0 && (b[s - 1].is_ascii_digit() || b[s - 1] >= 0x80)) {
            return None;
        }
        Some(Lx { s, e, k: K::Word })
    }

    /// True when only whitespace, opening quotes/brackets or nothing separate `pos` from the end
    /// of the previous sentence (or the start of the text).
    pub fn sentence_initial(&self, pos: usize) -> bool {
        let b = self.b;
        let mut i = pos;
        while i > 0 {
            let c = b[i - 1];
            match c {
                b' ' | b'\t' | b'\r' | b'"' | b'\'' | b'(' => i -= 1,
                b'\n' | b'.' | b'!' | b'?' => return true,
                // the last byte of a curly opening quote (U+201C) or of any other non-ASCII char
                _ if c >= 0x80 => return c == 0x9C,
                _ => return false,
            }
        }
        true
    }

    /// True when a future cue (`akan`, `dijadwalkan`, ...) appears among the few words before
    /// `pos` in the same sentence.
    pub fn future_cue(&self, pos: usize) -> bool {
        let b = self.b;
        let mut i = pos;
        let mut words = 0;
        while i > 0 && words < 8 {
            let c = b[i - 1];
            if matches!(c, b'.' | b'!' | b'?' | b'\n') {
                return false;
            }
            if c.is_ascii_alphabetic() {
                let e = i;
                while i > 0 && b[i - 1].is_ascii_alphabetic() {
                    i -= 1;
                }
                if keyword(&b[i..e]) == Kw::Future {
                    return true;
                }
                words += 1;
            } else {
                i -= 1;
            }
        }
        false
    }
}

/// Byte classes of the main scan: [`LETTER`], [`DIGIT`], [`HIGH`] (any byte of a non-ASCII char),
/// or 0 (space, punctuation, control).
pub(crate) static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        i += 1;
    }
    t
};
/// An ASCII letter.
pub(crate) const LETTER: u8 = 1;
/// An ASCII digit.
pub(crate) const DIGIT: u8 = 2;
/// A byte of a non-ASCII char.
pub(crate) const HIGH: u8 = 3;

/// The end of the run of ASCII letters that starts at byte `i`, eight bytes at a time (SWAR).
#[inline]
pub(crate) fn letters_end(b: &[u8], mut i: usize) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        if x & HI != 0 {
            break; // a non-ASCII byte: finish bytewise
        }
        let lower = x | 0x2020_2020_2020_2020;
        // high bit of each byte: byte >= b'a' and not byte >= b'z' + 1 (no carries: all < 0x80)
        let ge_a = lower.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
        let gt_z = lower.wrapping_add(0x0505_0505_0505_0505);
        let letters = ge_a & !gt_z & HI;
        if letters == HI {
            i += 8;
            continue;
        }
        return i + ((!letters & HI).trailing_zeros() / 8) as usize;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_end_matches_bytewise() {
        let text = "abcXYZ@[`{ pukul16 Jum'at Mosków Selasa,18 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let b = text.as_bytes();
        for i in 0..b.len() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            assert_eq!(letters_end(b, i), j, "at {i}");
        }
    }

    #[test]
    fn keyword_table_is_consistent() {
        for &(w, k) in WORDS {
            assert_eq!(keyword(w), k, "{}", String::from_utf8_lossy(w));
            if starts(k) {
                assert_eq!(start_keyword(w), k);
            }
        }
        assert_eq!(keyword(b"Jum'at"), Kw::Day(4));
        assert_eq!(keyword(b"SELASA"), Kw::Day(1));
        assert_eq!(keyword(b"presiden"), Kw::None);
    }
}
