//! Entity mentions, actors and argument phrases.
//!
//! Sources of mentions, in order of trust:
//! 1. lexicon matches (`warta-actors`): known people, bodies, countries, metonyms, places;
//! 2. capitalised-name runs the lexicon does not know, typed by their context: an organisation
//!    head noun (`Dewan`, `Kementerian`, ...) makes an ORG (absorbing a trailing country: `Dewan
//!    Keamanan Nasional AS` -> USA), a geographic class noun makes a LOC (`semenanjung Korea`),
//!    otherwise a person when the run has two or more words or sits next to a role or a
//!    reporting verb;
//! 3. surnames and short forms of people already named (`Kuleba` after `Dmytro Kuleba`).
//!
//! Role phrases (`Menteri Luar Negeri Ukraina, Dmytro Kuleba`; `ajudan Kremlin Yuri Ushakov`;
//! `juru bicara KPK`) become one *argument* whose party is the person (given the role's country,
//! sector and organisation when the lexicon does not know them) or, without a name, the body or
//! a role actor (`tentara Rusia` -> RUS MIL).

use std::collections::HashMap;
use warta_actors::{Entry, EntryKind, Lexicon, Match};
use warta_core::{Span, Token, TokenKind};

/// A mention of an entity.
#[derive(Clone, Debug)]
pub struct Mention {
    pub span: Span,
    pub tok: (usize, usize),
    pub etype: &'static str,
    pub actor: usize,
}

/// A canonical actor.
#[derive(Clone, Debug, Default)]
pub struct ActorRec {
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub wikidata: Option<String>,
    pub person: bool,
    pub place: bool,
    /// The actor stands for its state as a whole (a country, a capital or seat of government
    /// used as metonym, `pemerintah Jepang`): it is the same party as its country. Other actors
    /// (people, specific bodies) are parties of their own even when they share a country, so
    /// that `KPK menahan Bupati X` keeps both sides.
    pub statelike: bool,
    pub key: u32,
}

/// An argument phrase for the event coder.
#[derive(Clone, Copy, Debug)]
pub struct ArgPhrase {
    pub tok: (usize, usize),
    pub actor: usize,
    pub place: bool,
}

/// Codes that are not states: the party key of such an actor is its organisation.
pub fn non_state(country: Option<&str>) -> bool {
    matches!(
        country,
        None | Some("IGO" | "NGO" | "MNC" | "IMG" | "UIS" | "REB" | "INT" | "UNK")
    )
}

const ORG_HEADS: &[&str] = &[
    "Dewan",
    "Kementerian",
    "Komisi",
    "Badan",
    "Majelis",
    "Mahkamah",
    "Departemen",
    "Angkatan",
    "Partai",
    "Dinas",
    "Lembaga",
    "Pasukan",
    "Kantor",
    "Universitas",
    "Bank",
    "PT",
    "Pengadilan",
    "Kejaksaan",
    "Kepolisian",
    "Organisasi",
    "Serikat",
    "Persatuan",
    "Front",
    "Gerakan",
    "Institut",
    "Yayasan",
    "Asosiasi",
    "Federasi",
    "Koalisi",
    "Perusahaan",
    "Kedutaan",
    "Konsulat",
    "Sekretariat",
    "Direktorat",
    "Otoritas",
    "Korps",
    "Satuan",
    "Markas",
    "Brigade",
    "Divisi",
    "Kongres",
    "Parlemen",
    "Senat",
    "Kabinet",
    "Pemerintah",
    "Perhimpunan",
    "Ikatan",
    "Aliansi",
    "Kesatuan",
    "Biro",
    "Pusat",
    "Kelompok",
    "Tentara",
];
const GEO_CLASS: &[&str] = &[
    "semenanjung",
    "pulau",
    "selat",
    "laut",
    "teluk",
    "gunung",
    "sungai",
    "danau",
    "kepulauan",
    "tanjung",
    "samudra",
    "samudera",
    "jazirah",
    "gurun",
    "lembah",
    "dataran",
];
/// Capitalised words that open sentences but are not names.
const NOT_NAME: &[&str] = &[
    "Ini",
    "Itu",
    "Hal",
    "Namun",
    "Sementara",
    "Seperti",
    "Kami",
    "Kita",
    "Saya",
    "Aku",
    "Ia",
    "Dia",
    "Mereka",
    "Beliau",
    "Dalam",
    "Pada",
    "Di",
    "Ke",
    "Dari",
    "Untuk",
    "Dengan",
    "Karena",
    "Jika",
    "Kalau",
    "Sebelumnya",
    "Selain",
    "Menurut",
    "Tetapi",
    "Tapi",
    "Dan",
    "Atau",
    "Yang",
    "Para",
    "Sejumlah",
    "Beberapa",
    "Sebanyak",
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
    "Baca",
    "Simak",
    "Lihat",
    "Foto",
    "Berita",
    "Artikel",
    "Sumber",
    "Bahkan",
    "Kemudian",
    "Lalu",
    "Setelah",
    "Sebelum",
    "Saat",
    "Ketika",
    "Meski",
    "Kini",
    "Adapun",
    "Bagi",
    "Oleh",
    "Tak",
    "Tidak",
    "Bukan",
    "Belum",
    "Sudah",
    "Telah",
    "Akan",
    "Juga",
    "WIB",
    "WITA",
    "WIT",
    "Rp",
    "Tuhan",
    "Allah",
    "Anda",
    // sentence-opening conjunctions, adverbs, question words (`Sedangkan Chelsea melawat ...`)
    "Sedangkan",
    "Serta",
    "Kenapa",
    "Mengapa",
    "Apakah",
    "Bagaimana",
    "Siapa",
    "Kapan",
    "Dimana",
    "Ya",
    "Sehingga",
    "Meskipun",
    "Walaupun",
    "Walau",
    "Padahal",
    "Apalagi",
    "Sebab",
    "Bila",
    "Apabila",
    "Agar",
    "Supaya",
    "Maka",
    "Sejak",
    "Selama",
    "Hingga",
    "Sampai",
    "Selanjutnya",
    "Akhirnya",
    "Justru",
    "Malah",
    "Bahwa",
    "Sekarang",
    "Kemarin",
    "Begitu",
    "Demikian",
    "Terkait",
    "Soal",
    "Mengenai",
    "Tentang",
];
/// Role nouns (canonical lexicon names) of offices that exist only in Indonesia.
const INDONESIAN_OFFICES: &[&str] = &[
    "bupati",
    "wali kota",
    "camat",
    "lurah",
    "kapolda",
    "kapolres",
    "kapolsek",
    "kapolri",
    "pangdam",
    "dandim",
    "danrem",
    "kajati",
    "kajari",
    "sekda",
    "menko",
    "menteri koordinator",
    "kepala desa",
    "panglima tni",
    "ksad",
    "ksal",
    "ksau",
    "jaksa agung",
    "kasad",
];
/// Words for the building of a body (`Gedung DPR`).
const BUILDINGS: &[&str] = &[
    "Gedung", "Kantor", "Markas", "Besar", "Kompleks", "Balai", "Wisma", "Mabes",
];
/// Offices named after their region (`Bupati Sukamaju`, `Gubernur Jawa Tengah`).
const REGIONAL_ROLES: &[&str] = &[
    "bupati", "gubernur", "kota", "kapolda", "kapolres", "pangdam", "camat", "lurah", "kajati",
    "kajari", "walikota", "kapolsek", "dandim", "danrem", "sekda", "dprd",
];
/// Words that may join the parts of a personal name.
/// Not `di`: in Indonesian text it is the locative preposition (`Tjahjo Kumolo di Gedung Utama`),
/// and Italian `di` names are written as one word (`DiCaprio`) or capitalised (`Di Maria`).
const NAME_JOINERS: &[&str] = &[
    "bin", "binti", "van", "von", "de", "der", "al", "el", "da", "bte", "ibn",
];
/// Heads of named places that are not settlements: a capitalised head opens a place name that
/// runs over the capitalised words and lexicon names after it (`Jalan Gubernur Suryo`,
/// `Bandara Soekarno Hatta`, `Jl Medan Merdeka Selatan`), which are then no people or towns.
const FACILITY_HEADS: &[&str] = &[
    "jalan",
    "jl",
    "jln",
    "bandara",
    "pelabuhan",
    "stasiun",
    "terminal",
    "stadion",
    "bundaran",
    "monumen",
    "masjid",
    "gereja",
    "candi",
    "pasar",
    "kampung",
    "gedung",
    "wisma",
    "hotel",
    "kompleks",
    "komplek",
    "lapangan",
    "taman",
];
/// Acronyms of Indonesian news that name things, not parties: laws and regulations, documents,
/// programmes, fuels, currencies, school types, indices, transit systems, job titles, medical and
/// electoral terms. A run never starts or continues with one (`UU Pemilu`, `harga BBM`).
/// Acronyms of bodies (`KPK`, `DPR`, `PMI`, `MA`) are not here: the lexicon knows them.
const COMMON_ACRONYMS: &[&str] = &[
    "RUU", "UU", "Perppu", "Perpu", "Perda", "Permen", "Perpres", "Keppres", "Inpres", "WNI",
    "WNA", "USD", "IDR", "SD", "SMP", "SMA", "SMK", "MTs", "IHSG", "BLT", "BBM", "LPG", "MRT",
    "LRT", "KRL", "BRT", "HP", "PNS", "ASN", "APBN", "APBD", "PHK", "UMKM", "KTP", "NIK", "SIM",
    "STNK", "BPKB", "TKI", "TKW", "PPKM", "PSBB", "OTT", "CEO", "CFO", "COO", "CTO", "GM", "VP",
    "PPN", "PPh", "UMR", "UMP", "UMK", "DPT", "TPS", "PDB", "GDP", "PAD", "ODP", "PDP", "OTG",
    "ICU", "IGD", "RT", "RW", "Rp", "PR", "SDM", "SDA", "BUMN", "BUMD", "CPNS", "PPPK", "THR",
];
/// Class nouns before the name of a disease or its agent.
const DISEASE_CLASS: &[&str] = &[
    "penyakit", "virus", "wabah", "bakteri", "sindrom", "sindroma", "varian", "infeksi",
];
/// Compass and district words that continue a place name (`Jakarta Timur`, `Bandung Raya`).
const COMPASS: &[&str] = &[
    "Utara",
    "Selatan",
    "Timur",
    "Barat",
    "Tengah",
    "Pusat",
    "Raya",
    "Tenggara",
    "Barat Daya",
    "Laut",
    "Daya",
    "Jaya",
];
const SAY_AFTER: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "menjelaskan",
    "mengungkapkan",
    "menambahkan",
    "menuturkan",
    "berkata",
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "tegas",
    "jelas",
    "imbuh",
    "tambah",
    "menyebut",
    "menilai",
    "mengaku",
];
const MEDIA_BEFORE: &[&str] = &[
    "dikutip", "dilansir", "melansir", "mengutip", "laporan", "kantor", "media", "situs", "harian",
];
const PRONOUNS: &[&str] = &["ia", "dia", "beliau"];

fn is_cap_word(t: &Token, text: &str) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let s = t.text(text);
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn etype_of(kind: EntryKind) -> Option<&'static str> {
    match kind {
        EntryKind::Person => Some("PER"),
        EntryKind::Org => Some("ORG"),
        EntryKind::Country | EntryKind::Place => Some("LOC"),
        EntryKind::Demonym => Some("NORP"),
        _ => None,
    }
}

/// The result of entity analysis of one article.
#[derive(Debug, Default)]
pub struct Entities {
    pub mentions: Vec<Mention>,
    pub actors: Vec<ActorRec>,
    pub args: Vec<ArgPhrase>,
    keys: HashMap<String, u32>,
}

impl Entities {
    fn key_for(&mut self, a: &ActorRec, idx: usize) -> u32 {
        let k = match (&a.org, &a.country) {
            (Some(o), c) if non_state(c.as_deref()) => o.to_uppercase(),
            (_, Some(c)) if a.statelike => c.clone(),
            _ => format!("#actor{idx}"),
        };
        let n = self.keys.len() as u32;
        *self.keys.entry(k).or_insert(n)
    }

    fn push_actor(&mut self, mut a: ActorRec) -> usize {
        let idx = self.actors.len();
        a.key = self.key_for(&a, idx);
        self.actors.push(a);
        idx
    }

    /// A mention of a new actor (one the lexicon does not know); returns the actor index.
    fn new_mention(
        &mut self,
        span: Span,
        tok: (usize, usize),
        etype: &'static str,
        rec: ActorRec,
    ) -> usize {
        let a = self.push_actor(rec);
        self.mentions.push(Mention {
            span,
            tok,
            etype,
            actor: a,
        });
        a
    }

    fn refresh_key(&mut self, idx: usize) {
        let a = self.actors[idx].clone();
        self.actors[idx].key = self.key_for(&a, idx);
    }

    /// Actor index of a lexicon entry, created on first use.
    fn lex_actor(&mut self, lex: &Lexicon, id: u32, by_entry: &mut HashMap<u32, usize>) -> usize {
        if let Some(&a) = by_entry.get(&id) {
            return a;
        }
        let e: &Entry = lex.entry(id);
        let a = self.push_actor(ActorRec {
            name: e.name.clone(),
            country: e.country.clone(),
            sector: e.sector.clone(),
            org: e.org.clone(),
            role: e.role.clone(),
            wikidata: e.wikidata.clone(),
            person: e.kind == EntryKind::Person,
            place: matches!(e.kind, EntryKind::Country | EntryKind::Place),
            statelike: matches!(
                e.kind,
                EntryKind::Country | EntryKind::Place | EntryKind::Demonym
            ) || e.metonym,
            key: 0,
        });
        by_entry.insert(id, a);
        a
    }
}

/// Per-token facts the entity rules read, besides the text and the lexicon matches.
pub struct TokenFacts<'a> {
    /// The token opens a sentence.
    pub sent_start: &'a [bool],
    /// The token follows an opening quote mark, bracket or dash (it may be capitalised as a
    /// sentence start).
    pub quoted_open: &'a [bool],
    /// The NER tagger's label and whether the token opens the labelled span.
    pub ner: &'a [Option<(&'static str, bool)>],
    /// The POS tagger's UPOS tag of the token (`None`: not asked).
    pub upos: &'a [Option<&'static str>],
}

/// Finds mentions, actors and argument phrases. `publisher` names are not entities.
pub fn analyze(
    text: &str,
    tokens: &[Token],
    facts: &TokenFacts<'_>,
    lex: &Lexicon,
    matches: &[Match],
    publisher: Option<&str>,
) -> Entities {
    let TokenFacts {
        sent_start: sent_start_tok,
        quoted_open,
        ner,
        upos,
    } = *facts;
    let upos_is = |k: usize, t: &str| upos.get(k).copied().flatten() == Some(t);
    let proper_noun = |k: usize| upos_is(k, "PROPN");
    // A clause opens right after token `k`: its next word (past adverbs and auxiliaries) is an
    // active verb (`Costa kemudian bertemu`), not a passive one (`Galaxy S dilengkapi`).
    let verb_follows = |k: usize| {
        let mut j = k;
        while j < tokens.len() && j < k + 3 && (upos_is(j, "ADV") || upos_is(j, "AUX")) {
            j += 1;
        }
        upos_is(j, "VERB") && {
            let w = tokens[j].text(text);
            !(w.starts_with("di") || w.starts_with("ter"))
        }
    };
    // A run the NER model reads as no name is still one when the POS model reads most of it as
    // proper nouns and it is the subject of an active verb (`Koster menilai`, `Costa bertemu`).
    let subject_name = |s: usize, e: usize| {
        2 * (s..e).filter(|&k| proper_noun(k)).count() > e - s && verb_follows(e)
    };
    let mut ents = Entities::default();
    let mut by_entry: HashMap<u32, usize> = HashMap::new();
    // token -> lexicon match index
    let mut covered: Vec<Option<usize>> = vec![None; tokens.len()];
    for (mi, m) in matches.iter().enumerate() {
        // A person's short alias in capitals directly followed by another capitalised word is
        // the start of someone else's name: `JK Rowling` is not Jusuf Kalla (`JK`).
        if lex.entry(m.entry).kind == EntryKind::Person
            && m.tok_end == m.tok_start + 1
            && tokens[m.tok_start]
                .text(text)
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && tokens
                .get(m.tok_end)
                .is_some_and(|t| is_cap_word(t, text) && !NOT_NAME.contains(&t.text(text)))
            && !matches.iter().any(|o| o.tok_start == m.tok_end)
        {
            continue;
        }
        for c in covered
            .iter_mut()
            .take(m.tok_end.min(tokens.len()))
            .skip(m.tok_start)
        {
            *c = Some(mi);
        }
    }
    // Items in token order: either a lexicon match or a name run.
    #[derive(Clone, Copy)]
    enum Item {
        Lex(usize),
        Run(usize, usize),
    }
    let mut items: Vec<Item> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(mi) = covered[i] {
            items.push(Item::Lex(mi));
            i = matches[mi].tok_end.max(i + 1);
            continue;
        }
        if is_cap_word(&tokens[i], text)
            && !NOT_NAME.contains(&tokens[i].text(text))
            && !COMMON_ACRONYMS.contains(&tokens[i].text(text))
        {
            let s = i;
            let mut e = i + 1;
            while e < tokens.len() && covered[e].is_none() {
                let t = &tokens[e];
                if is_cap_word(t, text)
                    && !NOT_NAME.contains(&t.text(text))
                    && !COMMON_ACRONYMS.contains(&t.text(text))
                {
                    e += 1;
                } else if NAME_JOINERS.contains(&t.text(text))
                    && e + 1 < tokens.len()
                    && covered[e + 1].is_none()
                    && is_cap_word(&tokens[e + 1], text)
                {
                    e += 2;
                } else {
                    break;
                }
            }
            items.push(Item::Run(s, e));
            i = e;
            continue;
        }
        i += 1;
    }

    let lower = |k: usize| tokens[k].text(text).to_lowercase();
    let initial = |k: usize| sent_start_tok[k] || quoted_open.get(k).copied().unwrap_or(false);
    // person surnames/short names seen so far -> actor
    let mut short_names: HashMap<String, usize> = HashMap::new();
    let mut role_before: Vec<bool> = vec![false; tokens.len() + 1];
    for m in matches {
        if lex.entry(m.entry).kind == EntryKind::Role {
            role_before[m.tok_end.min(tokens.len())] = true;
        }
    }

    let mut absorbed: Option<usize> = None;
    // items starting before this token were made part of an earlier mention
    let mut consumed_to = 0usize;
    let item_tok = |it: &Item| match *it {
        Item::Lex(mi) => (matches[mi].tok_start, matches[mi].tok_end),
        Item::Run(s, e) => (s, e),
    };
    for (ii, item) in items.iter().enumerate() {
        if item_tok(item).0 < consumed_to {
            continue;
        }
        // A place name: a facility head and the names right after it, or a town and the compass
        // words after it. Its parts are no mentions of their own.
        let (is0, ie0) = item_tok(item);
        let head_word = tokens[is0].text(text);
        // `jalan Medan Merdeka Barat`: a lower-case head before a name opens it too
        let lower_head = is0 > 0
            && FACILITY_HEADS.contains(&tokens[is0 - 1].text(text))
            && match item {
                Item::Run(..) => true,
                Item::Lex(mi) => matches!(
                    lex.entry(matches[*mi].entry).kind,
                    EntryKind::Place | EntryKind::Person
                ),
            };
        let facility = lower_head
            || (matches!(item, Item::Run(..))
                && FACILITY_HEADS.contains(&head_word.to_lowercase().as_str())
                && (is0 == 0 || !role_before[is0]));
        let town =
            matches!(item, Item::Lex(mi) if lex.entry(matches[*mi].entry).kind == EntryKind::Place);
        if facility || town {
            let mut end = ie0;
            let mut country = match item {
                Item::Lex(mi) => lex.entry(matches[*mi].entry).country.clone(),
                Item::Run(..) => None,
            };
            for next in &items[ii + 1..] {
                let (ns, ne) = item_tok(next);
                // `Bandara Soekarno-Hatta`: a hyphen joins the parts of a facility's name
                let hyphen = facility && ns == end + 1 && tokens[end].text(text) == "-";
                if ns != end && !hyphen {
                    break;
                }
                let ok = match *next {
                    Item::Run(..) if facility => true,
                    Item::Run(..) => (ns..ne).all(|k| COMPASS.contains(&tokens[k].text(text))),
                    Item::Lex(nm) if facility => {
                        let ne = lex.entry(matches[nm].entry);
                        if country.is_none() {
                            country = ne.country.clone();
                        }
                        matches!(
                            ne.kind,
                            EntryKind::Place
                                | EntryKind::Person
                                | EntryKind::Role
                                | EntryKind::Country
                        )
                    }
                    Item::Lex(_) => false,
                };
                if !ok {
                    break;
                }
                end = ne;
            }
            if end > ie0 || (facility && ie0 - is0 >= 2) || lower_head {
                let start = if lower_head { is0 - 1 } else { is0 };
                let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
                ents.new_mention(
                    span,
                    (start, end),
                    "LOC",
                    ActorRec {
                        name: span.slice(text).to_string(),
                        country,
                        place: true,
                        ..Default::default()
                    },
                );
                consumed_to = end;
                continue;
            }
        }
        match *item {
            Item::Lex(mi) => {
                if absorbed == Some(mi) {
                    continue;
                }
                let m = matches[mi];
                let e = lex.entry(m.entry);
                // geographic class noun before a place: `semenanjung Korea` is a region, not the state
                if matches!(e.kind, EntryKind::Country | EntryKind::Place)
                    && m.tok_start > 0
                    && GEO_CLASS.contains(&lower(m.tok_start - 1).as_str())
                {
                    let s = m.tok_start - 1;
                    let span = Span::new(tokens[s].span.start, m.span.end);
                    ents.new_mention(
                        span,
                        (s, m.tok_end),
                        "LOC",
                        ActorRec {
                            name: span.slice(text).to_string(),
                            place: true,
                            ..Default::default()
                        },
                    );
                    continue;
                }
                let Some(et) = etype_of(e.kind) else { continue };
                // `bahasa Indonesia`, `Bahasa Perancis`: a language, not the country
                if matches!(e.kind, EntryKind::Country | EntryKind::Demonym)
                    && m.tok_start > 0
                    && lower(m.tok_start - 1) == "bahasa"
                {
                    continue;
                }
                if e.kind == EntryKind::Org {
                    if let Some(Item::Lex(nm)) = items.get(ii + 1) {
                        let nmm = matches[*nm];
                        let ne = lex.entry(nmm.entry);
                        if nmm.tok_start == m.tok_end
                            && ne.kind == EntryKind::Country
                            && ne.country != e.country
                        {
                            // `Kementerian Pertahanan Jepang`: the same kind of body, of that country
                            let span = Span::new(m.span.start, nmm.span.end);
                            ents.new_mention(
                                span,
                                (m.tok_start, nmm.tok_end),
                                "ORG",
                                ActorRec {
                                    name: span.slice(text).to_string(),
                                    country: ne.country.clone(),
                                    sector: e.sector.clone(),
                                    ..Default::default()
                                },
                            );
                            absorbed = Some(*nm);
                            continue;
                        }
                    }
                }
                let a = ents.lex_actor(lex, m.entry, &mut by_entry);
                if e.kind == EntryKind::Person {
                    let parts: Vec<&str> = e.name.split_whitespace().collect();
                    if parts.len() >= 2 {
                        for w in [parts[parts.len() - 1], parts[0]] {
                            short_names.entry(w.to_string()).or_insert(a);
                        }
                    }
                }
                ents.mentions.push(Mention {
                    span: m.span,
                    tok: (m.tok_start, m.tok_end),
                    etype: et,
                    actor: a,
                });
            }
            Item::Run(s, e) => {
                // `Kapolri Jenderal Badrodin Haiti`: right after a role, a one-word country that
                // directly follows a name run ends the person's name; it is not the state.
                let mut e = e;
                if let Some(Item::Lex(nm)) = items.get(ii + 1) {
                    let nmm = matches[*nm];
                    if nmm.tok_start == e
                        && nmm.tok_end == e + 1
                        && lex.entry(nmm.entry).kind == EntryKind::Country
                        && !ORG_HEADS.contains(&tokens[s].text(text))
                        && is_cap_word(&tokens[e], text)
                        && role_phrase_before(text, tokens, lex, matches, &covered, &role_before, s)
                    {
                        absorbed = Some(*nm);
                        e = nmm.tok_end;
                    }
                }
                let words: Vec<&str> = (s..e).map(|k| tokens[k].text(text)).collect();
                let span = Span::new(tokens[s].span.start, tokens[e - 1].span.end);
                let name = span.slice(text);
                if publisher.is_some_and(|p| p.eq_ignore_ascii_case(name)) {
                    continue;
                }
                // `Laut` of `Laut Sulawesi`: the class noun joins the place that follows
                if e - s == 1 && GEO_CLASS.contains(&lower(s).as_str()) {
                    if let Some(Item::Lex(nm)) = items.get(ii + 1) {
                        if matches[*nm].tok_start == e {
                            continue;
                        }
                    }
                }
                // a known short name (surname) of a person named before
                if e - s == 1 {
                    if let Some(&a) = short_names.get(words[0]) {
                        ents.mentions.push(Mention {
                            span,
                            tok: (s, e),
                            etype: "PER",
                            actor: a,
                        });
                        continue;
                    }
                }
                // a building of a body: `Gedung DPR`, `Kantor KPK`, `Markas Besar TNI` (a place)
                if words.iter().all(|w| BUILDINGS.contains(w)) {
                    if let Some(Item::Lex(nm)) = items.get(ii + 1) {
                        let nmm = matches[*nm];
                        let ne = lex.entry(nmm.entry);
                        if nmm.tok_start == e && ne.kind == EntryKind::Org {
                            absorbed = Some(*nm);
                            let span = Span::new(span.start, nmm.span.end);
                            ents.new_mention(
                                span,
                                (s, nmm.tok_end),
                                "LOC",
                                ActorRec {
                                    name: span.slice(text).to_string(),
                                    country: ne.country.clone(),
                                    place: true,
                                    statelike: true,
                                    ..Default::default()
                                },
                            );
                            continue;
                        }
                    }
                }
                // organisation: head noun, absorbing a trailing country/place match
                if ORG_HEADS.contains(&words[0]) && e - s >= 2 {
                    let mut end_tok = e;
                    let mut span = span;
                    let mut country = None;
                    if let Some(Item::Lex(nm)) = items.get(ii + 1) {
                        let nmm = matches[*nm];
                        let ne = lex.entry(nmm.entry);
                        if nmm.tok_start == e && ne.kind == EntryKind::Country {
                            absorbed = Some(*nm);
                            end_tok = nmm.tok_end;
                            span = Span::new(span.start, nmm.span.end);
                            country = ne.country.clone();
                        }
                    }
                    ents.new_mention(
                        span,
                        (s, end_tok),
                        "ORG",
                        ActorRec {
                            name: span.slice(text).to_string(),
                            country,
                            sector: org_sector(words[0]),
                            ..Default::default()
                        },
                    );
                    continue;
                }
                if s > 0 && GEO_CLASS.contains(&lower(s - 1).as_str()) {
                    let span = Span::new(tokens[s - 1].span.start, span.end);
                    ents.new_mention(
                        span,
                        (s - 1, e),
                        "LOC",
                        ActorRec {
                            name: span.slice(text).to_string(),
                            place: true,
                            ..Default::default()
                        },
                    );
                    continue;
                }
                let is_acronym = e - s == 1
                    && words[0].len() >= 2
                    && words[0]
                        .chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit());
                let say_next = tokens
                    .get(e)
                    .is_some_and(|t| SAY_AFTER.contains(&t.text(text).to_lowercase().as_str()));
                let role_prev =
                    role_phrase_before(text, tokens, lex, matches, &covered, &role_before, s);
                let media_prev =
                    (s.saturating_sub(2)..s).any(|k| MEDIA_BEFORE.contains(&lower(k).as_str()));
                // the statistical tagger's reading of a lone or sentence-initial word, when it has one
                let ner_type = (e - s == 1)
                    .then(|| ner.get(s).copied().flatten())
                    .flatten()
                    .filter(|&(_, first)| first)
                    .map(|(l, _)| l)
                    .filter(|l| matches!(*l, "PER" | "ORG" | "LOC"));
                // `penyakit Hepatitis A`, `virus Corona`: a disease or its agent, not a party
                if s > 0 && DISEASE_CLASS.contains(&lower(s - 1).as_str()) {
                    continue;
                }
                let subject = subject_name(s, e);
                if initial(s) && e - s == 1 && !say_next && ner_type.is_none() && !subject {
                    continue; // a capitalised sentence opener
                }
                if e - s == 1
                    && matches!(ner.get(s), Some(Some(("O", _))))
                    && !subject
                    && !(role_prev || say_next || media_prev || is_acronym)
                {
                    continue; // a capitalised word the tagger reads as no name (`Bedak`)
                }
                let regional = s > 0
                    && REGIONAL_ROLES.contains(&lower(s - 1).as_str())
                    && tokens.get(e).is_some_and(|t| t.text(text) == ",")
                    && tokens.get(e + 1).is_some_and(|t| is_cap_word(t, text));
                if regional {
                    // `Bupati Sukamaju, Ahmad Rifai`: the region of a regional office
                    ents.new_mention(
                        span,
                        (s, e),
                        "LOC",
                        ActorRec {
                            name: name.to_string(),
                            place: true,
                            ..Default::default()
                        },
                    );
                    continue;
                }
                let etype = if let (Some(t), false) =
                    (ner_type, is_acronym || media_prev || role_prev || say_next)
                {
                    t
                } else if is_acronym || media_prev {
                    "ORG"
                } else if e - s >= 2 || role_prev || say_next {
                    "PER"
                } else {
                    "ORG"
                };
                if initial(s)
                    && e - s >= 2
                    && etype == "PER"
                    && !(role_prev || say_next)
                    && words.len() > 4
                {
                    continue;
                }
                // A run of several capitalised words with no cue around it: the statistical
                // tagger decides where its names are and what they are (`Samsung Galaxy S III` is
                // no person; `Indofood Eva Rianti Hutapea` is a company and a person); a run it
                // reads as no name at all (`Tarif Batas Atas`) is dropped.
                let mut pieces: Vec<(usize, usize, &'static str)> = Vec::new();
                let cue = role_prev || say_next || media_prev || is_acronym;
                if e - s >= 2 && !cue && (s..e).all(|k| ner.get(k).copied().flatten().is_some()) {
                    let mut k = s;
                    while k < e {
                        match ner[k] {
                            Some((l, first)) if l != "O" => {
                                let mut j = k + 1;
                                while j < e && ner[j] == Some((l, false)) {
                                    j += 1;
                                }
                                // A span the NER model carried over from the lexicon name before
                                // the run (`Provinsi Maluku Dony Rerung` as one LOC) ends where the
                                // lexicon's name ends: the type of the rest is the rules'.
                                let carried = k == s && !first && s > 0 && covered[s - 1].is_some();
                                pieces.push((k, j, if carried { etype } else { l }));
                                k = j;
                            }
                            _ => k += 1,
                        }
                    }
                    // A person the NER model found only by one word takes the proper nouns
                    // around it that it left out (`Budi Karya` of `Budi Karya Sumadi`), as the
                    // POS model reads them. (Keeping runs the NER model reads as no name when
                    // the POS model reads them as proper nouns was tried: on IndoLEM dev it
                    // brings back products and English titles more often than people.)
                    if pieces.is_empty() && subject {
                        pieces.push((s, e, etype));
                    }
                    let outside = |k: usize| ner[k] == Some(("O", false)) && proper_noun(k);
                    for p in pieces.iter_mut().filter(|p| p.2 == "PER" && p.1 - p.0 == 1) {
                        while p.0 > s && outside(p.0 - 1) {
                            p.0 -= 1;
                        }
                        while p.1 < e && outside(p.1) {
                            p.1 += 1;
                        }
                    }
                } else {
                    pieces.push((s, e, etype));
                }
                for (ps, pe, etype) in pieces {
                    let span = Span::new(tokens[ps].span.start, tokens[pe - 1].span.end);
                    let words = &words[ps - s..pe - s];
                    let a = ents.push_actor(ActorRec {
                        name: span.slice(text).to_string(),
                        person: etype == "PER",
                        ..Default::default()
                    });
                    if etype == "PER" && words.len() >= 2 {
                        for w in [words[words.len() - 1], words[0]] {
                            short_names.entry(w.to_string()).or_insert(a);
                        }
                    }
                    ents.mentions.push(Mention {
                        span,
                        tok: (ps, pe),
                        etype,
                        actor: a,
                    });
                }
            }
        }
    }
    ents.mentions.sort_by_key(|m| m.span.start);
    build_args(
        text,
        tokens,
        lex,
        matches,
        &covered,
        sent_start_tok,
        &mut ents,
    );
    ents
}

fn org_sector(head: &str) -> Option<String> {
    let s = match head {
        "Partai" => "PTY",
        "Mahkamah" | "Pengadilan" | "Kejaksaan" => "JUD",
        "Kepolisian" => "COP",
        "Angkatan" | "Pasukan" | "Tentara" | "Korps" | "Brigade" | "Divisi" | "Markas" => "MIL",
        "Kongres" | "Parlemen" | "Senat" | "Majelis" => "LEG",
        "Bank" | "PT" | "Perusahaan" => "BUS",
        "Universitas" | "Institut" => "EDU",
        "Dewan" | "Kementerian" | "Badan" | "Departemen" | "Dinas" | "Kantor" | "Kedutaan"
        | "Konsulat" | "Sekretariat" | "Direktorat" | "Otoritas" | "Kabinet" | "Pemerintah"
        | "Komisi" | "Biro" => "GOV",
        _ => return None,
    };
    Some(s.to_string())
}

/// Groups mentions into argument phrases: `[role]* [qualifier]* [,] [person]`.
fn build_args(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    matches: &[Match],
    covered: &[Option<usize>],
    sent_start: &[bool],
    ents: &mut Entities,
) {
    // sentence index of every token
    let mut sent_of = Vec::with_capacity(tokens.len());
    let mut si = 0usize;
    for k in 0..tokens.len() {
        if k > 0 && sent_start.get(k).copied().unwrap_or(false) {
            si += 1;
        }
        sent_of.push(si);
    }
    let mention_at: HashMap<usize, usize> = ents
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (m.tok.0, i))
        .collect();
    let role_at = |k: usize| -> Option<&Match> {
        covered
            .get(k)
            .copied()
            .flatten()
            .map(|mi| &matches[mi])
            .filter(|m| m.tok_start == k && lex.entry(m.entry).kind == EntryKind::Role)
    };
    // Pronoun antecedents (centering, simplified): inside a sentence, the latest person; across
    // sentences, the first person (usually the subject) of the latest sentence that named one,
    // if it is at most `MAX_BACK` sentences back. Resolved pronouns count as mentions.
    const MAX_BACK: usize = 3;
    let mut last_person: Option<(usize, usize)> = None; // (actor, sentence)
    let mut first_person: Option<(usize, usize)> = None; // first person of the latest such sentence
    fn note_person(
        a: usize,
        s: usize,
        last: &mut Option<(usize, usize)>,
        first: &mut Option<(usize, usize)>,
    ) {
        *last = Some((a, s));
        if first.is_none_or(|(_, fs)| fs != s) {
            *first = Some((a, s));
        }
    }
    let mut last_group: Option<usize> = None;
    let mut k = 0;
    while k < tokens.len() {
        // pronoun subject -> most recent person
        if tokens[k].kind == TokenKind::Word
            && PRONOUNS.contains(&tokens[k].text(text).to_lowercase().as_str())
        {
            let s = sent_of[k];
            let antecedent = match last_person {
                Some((a, ls)) if ls == s => Some(a),
                _ => None,
            }
            .or_else(|| {
                let (a, fs) = first_person?;
                (s - fs.min(s) <= MAX_BACK).then_some(a)
            });
            if let Some(p) = antecedent {
                ents.args.push(ArgPhrase {
                    tok: (k, k + 1),
                    actor: p,
                    place: false,
                });
                note_person(p, s, &mut last_person, &mut first_person);
            }
            k += 1;
            continue;
        }
        // `mereka` -> the most recent group (a role-only or body actor, not a person or place)
        if tokens[k].kind == TokenKind::Word && tokens[k].text(text).eq_ignore_ascii_case("mereka")
        {
            if let Some(g) = last_group {
                ents.args.push(ArgPhrase {
                    tok: (k, k + 1),
                    actor: g,
                    place: false,
                });
            }
            k += 1;
            continue;
        }
        let start = k;
        let mut roles: Vec<&Match> = Vec::new();
        while let Some(r) = role_at(k) {
            roles.push(r);
            k = r.tok_end;
        }
        // determiners/quantifiers before a role: `seorang pejabat`, `para menteri`
        let mut quals: Vec<usize> = Vec::new();
        while let Some(&mi) = mention_at.get(&k) {
            let m = &ents.mentions[mi];
            if ents.actors[m.actor].person {
                break;
            }
            quals.push(mi);
            k = m.tok.1;
            if roles.is_empty() {
                break;
            }
        }
        let mut person = None;
        if !roles.is_empty() || !quals.is_empty() {
            let mut j = k;
            if j < tokens.len() && tokens[j].text(text) == "," {
                j += 1;
            }
            if let Some(&mi) = mention_at.get(&j) {
                if ents.actors[ents.mentions[mi].actor].person && (!roles.is_empty() || j == k) {
                    person = Some(mi);
                    k = ents.mentions[mi].tok.1;
                }
            }
        } else if let Some(&mi) = mention_at.get(&k) {
            person = Some(mi);
            k = ents.mentions[mi].tok.1;
        }
        if roles.is_empty() && quals.is_empty() && person.is_none() {
            k += 1;
            continue;
        }
        if quals.is_empty()
            && person.is_none()
            && start > 0
            && modifies_noun(text, &tokens[start - 1])
        {
            // `latihan militer`, `kapal polisi`: a role noun modifying a noun is no argument
            continue;
        }
        if roles.is_empty() && person.is_none() {
            // a lone qualifier: its own argument
            let m = &ents.mentions[quals[0]];
            let a = m.actor;
            ents.args.push(ArgPhrase {
                tok: m.tok,
                actor: a,
                place: ents.actors[a].place,
            });
            continue;
        }
        // role information: first role's sector, qualifiers' country/org
        let role_entry = roles.first().map(|r| lex.entry(r.entry));
        let sector = role_entry.and_then(|e| e.sector.clone());
        let mut country = None;
        let mut org = None;
        for &q in &quals {
            let qa = &ents.actors[ents.mentions[q].actor];
            if country.is_none() {
                country = qa.country.clone();
            }
            if org.is_none() && non_state(qa.country.as_deref()) {
                org = qa.org.clone();
            }
        }
        if country.is_none() {
            // offices that exist only in Indonesia name an Indonesian actor without saying so
            let rt = role_entry
                .map(|e| e.name.to_lowercase())
                .unwrap_or_default();
            if INDONESIAN_OFFICES.contains(&rt.as_str()) {
                country = Some("IDN".to_string());
            }
        }
        let role_end = quals
            .last()
            .map_or(roles.last().map_or(start, |r| r.tok_end), |&q| {
                ents.mentions[q].tok.1
            });
        let role_text = (role_end > start).then(|| {
            Span::new(tokens[start].span.start, tokens[role_end - 1].span.end)
                .slice(text)
                .to_string()
        });
        let actor = match person {
            Some(pm) => {
                let a = ents.mentions[pm].actor;
                let rec = &mut ents.actors[a];
                if rec.country.is_none() {
                    rec.country = country.clone();
                }
                if rec.org.is_none() {
                    rec.org = org.clone();
                }
                if rec.sector.is_none() {
                    rec.sector = sector.clone();
                }
                if rec.role.is_none() {
                    rec.role = role_text.clone();
                }
                ents.refresh_key(a);
                let s = sent_of[start.min(sent_of.len().saturating_sub(1))];
                note_person(a, s, &mut last_person, &mut first_person);
                a
            }
            None if quals.iter().any(|&q| ents.mentions[q].etype == "ORG") => {
                // `juru bicara KPK`: the body speaks
                let q = *quals
                    .iter()
                    .rev()
                    .find(|&&q| ents.mentions[q].etype == "ORG")
                    .unwrap_or(&quals[0]);
                ents.mentions[q].actor
            }
            None => {
                let rt = role_text.clone().unwrap_or_default();
                ents.push_actor(ActorRec {
                    name: rt.clone(),
                    country,
                    sector,
                    org,
                    role: Some(rt),
                    statelike: true,
                    ..Default::default()
                })
            }
        };
        let end = k.max(start + 1);
        if !ents.actors[actor].person && !ents.actors[actor].place {
            last_group = Some(actor);
        }
        ents.args.push(ArgPhrase {
            tok: (start, end),
            actor,
            place: false,
        });
    }
}

/// True when the name at token `s` closes a role phrase: `Menteri Luar Negeri Indonesia, Sugiono`,
/// `juru bicara KPK Ali`, `Presiden Prabowo`.
fn role_phrase_before(
    text: &str,
    tokens: &[Token],
    lex: &Lexicon,
    matches: &[Match],
    covered: &[Option<usize>],
    role_before: &[bool],
    s: usize,
) -> bool {
    let mut k = s;
    if k > 0 && tokens[k - 1].text(text) == "," {
        k -= 1;
    }
    // skip qualifier matches (countries, bodies) back to a role
    for _ in 0..3 {
        if role_before[k] {
            return true;
        }
        let Some(mi) = (k > 0).then(|| covered[k - 1]).flatten() else {
            return false;
        };
        let m = &matches[mi];
        if !matches!(
            lex.entry(m.entry).kind,
            EntryKind::Country | EntryKind::Org | EntryKind::Place
        ) {
            return false;
        }
        k = m.tok_start;
    }
    role_before[k]
}

/// Words after which a role noun starts a noun phrase of its own (determiners, quantifiers,
/// prepositions, conjunctions); after any other lower-case word it modifies that word.
const ROLE_OPENERS: &[&str] = &[
    "para", "seorang", "sejumlah", "oleh", "kepada", "dengan", "dan", "serta", "terhadap", "ke",
    "dari", "bagi", "ribuan", "ratusan", "puluhan", "belasan", "beberapa", "banyak", "pihak",
    "kalangan", "sang", "si", "kaum", "antara", "untuk", "atau", "bahwa", "yang", "ketika", "saat",
    "kata", "ujar", "menurut", "sebagai", "tiga", "dua", "empat", "lima", "semua", "seluruh",
    "setiap", "tiap", "mantan", "bekas", "eks", "calon", "sebagian",
];

/// Nouns whose following role noun is a possessor (`tindakan aparat`), an argument in itself.
const GENITIVE_HEADS: &[&str] = &[
    "tindakan",
    "kebijakan",
    "keputusan",
    "sikap",
    "langkah",
    "pernyataan",
    "serangan",
    "aksi",
    "ulah",
    "perilaku",
    "upaya",
    "rencana",
    "kekerasan",
    "tuduhan",
    "tuntutan",
    "permintaan",
    "usulan",
    "kritik",
];

fn modifies_noun(text: &str, prev: &Token) -> bool {
    if prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.text(text);
    if w.chars().next().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    let lw = w.to_lowercase();
    if ROLE_OPENERS.contains(&lw.as_str()) || GENITIVE_HEADS.contains(&lw.as_str()) {
        return false;
    }
    // after a verb (meN-, di-, ber-, ter-) the role noun is its object or subject
    !(lw.starts_with("me")
        || lw.starts_with("di")
        || lw.starts_with("ber")
        || lw.starts_with("ter"))
}
