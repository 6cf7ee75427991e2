//! Table-driven cases: realistic Indonesian news sentences written for these tests, one or more
//! per pattern, each with the quotes it must yield (kind, quoted words, cue, speaker).
//!
//! Speaker notation: `M:text` a mention, `A:text` an anaphor (pronoun or clitic), `?` unknown.
//! Each case runs twice: with no tokens/sentences (the recogniser cuts its own) and with the
//! tokens and sentences of `warta-text`.

use warta_core::Span;
use warta_quotes::{find_quotes, Quote, QuoteKind, Speaker};
use warta_text::TextBuf;

struct Case {
    name: &'static str,
    text: &'static str,
    /// Spans of known names, as (text) strings located by first occurrence.
    names: &'static [&'static str],
    want: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

const D: &str = "direct";
const I: &str = "indirect";
const P: &str = "partial";

const CASES: &[Case] = &[
    Case {
        name: "a demonstrative object phrase is not reported speech",
        text: "Pemerintah Filipina membantah tuduhan tersebut.",
        names: &[],
        want: &[],
    },
    Case {
        name: "straight marks, kata X",
        text: "\"Harga beras akan turun bulan depan,\" kata Menteri Perdagangan Budi Santoso di Jakarta.",
        names: &[],
        want: &[(D, "Harga beras akan turun bulan depan", "kata", "M:Menteri Perdagangan Budi Santoso")],
    },
    Case {
        name: "curly marks, apposition and date",
        text: "“Kami tidak akan mundur,” ujar Ketua DPRD Jawa Tengah, Sumanto, Senin (3/2).",
        names: &[],
        want: &[(D, "Kami tidak akan mundur", "ujar", "M:Ketua DPRD Jawa Tengah, Sumanto")],
    },
    Case {
        name: "closing-curly pairs (Kompas style)",
        text: "Bulog menjamin pasokan. ”Stok pangan cukup sampai Lebaran,” tutur Kepala Bulog wilayah Sulawesi.",
        names: &[],
        want: &[(D, "Stok pangan cukup sampai Lebaran", "tutur", "M:Kepala Bulog wilayah Sulawesi")],
    },
    Case {
        name: "mixed straight and curly",
        text: "\"Kami akan memeriksa semua saksi,” tegas Kapolres Bogor AKBP Rio Wahyu.",
        names: &[],
        want: &[(D, "Kami akan memeriksa semua saksi", "tegas", "M:Kapolres Bogor AKBP Rio Wahyu")],
    },
    Case {
        name: "guillemets",
        text: "«Perundingan masih berjalan», kata diplomat tersebut.",
        names: &[],
        want: &[(D, "Perundingan masih berjalan", "kata", "M:diplomat tersebut")],
    },
    Case {
        name: "clitic cues are anaphors",
        text: "“Semua pihak harus menahan diri,” katanya. “Bantuan sudah dikirim,” imbuhnya. \"Kami terus memantau,\" pungkasnya.",
        names: &[],
        want: &[
            (D, "Semua pihak harus menahan diri", "katanya", "A:katanya"),
            (D, "Bantuan sudah dikirim", "imbuhnya", "A:imbuhnya"),
            (D, "Kami terus memantau", "pungkasnya", "A:pungkasnya"),
        ],
    },
    Case {
        name: "kata dia",
        text: "“Kami siap menghadapi gugatan itu,” kata dia.",
        names: &[],
        want: &[(D, "Kami siap menghadapi gugatan itu", "kata", "A:dia")],
    },
    Case {
        name: "cue before: X mengatakan, \"...\"",
        text: "Presiden Prabowo mengatakan, “Indonesia tidak memihak blok mana pun.”",
        names: &[],
        want: &[(D, "Indonesia tidak memihak blok mana pun.", "mengatakan", "M:Presiden Prabowo")],
    },
    Case {
        name: "cue before: Kata X, \"...\"",
        text: "Kata Sri Mulyani, \"Defisit anggaran masih terkendali.\"",
        names: &[],
        want: &[(D, "Defisit anggaran masih terkendali.", "Kata", "M:Sri Mulyani")],
    },
    Case {
        name: "cue before: X: \"...\"",
        text: "Juru bicara Kemenlu: \"Kami memantau situasi di Gaza.\"",
        names: &[],
        want: &[(D, "Kami memantau situasi di Gaza.", "", "M:Juru bicara Kemenlu")],
    },
    Case {
        name: "verb after the quote",
        text: "“Anggaran itu sudah disetujui,” Budi menambahkan.",
        names: &[],
        want: &[(D, "Anggaran itu sudah disetujui", "menambahkan", "M:Budi")],
    },
    Case {
        name: "question with a lower-case cue after the full stop",
        text: "“Kapan bantuan datang?” tanya seorang warga pengungsian.",
        names: &[],
        want: &[(D, "Kapan bantuan datang?", "tanya", "M:seorang warga pengungsian")],
    },
    Case {
        name: "a new sentence after a closed quote is not its attribution",
        text: "“Kami siap.” Pemerintah kemudian mengatakan bahwa stok beras cukup.",
        names: &[],
        want: &[
            (D, "Kami siap.", "", "?"),
            (I, "stok beras cukup", "mengatakan", "M:Pemerintah"),
        ],
    },
    Case {
        name: "partial quote, oleh X disebut",
        text: "Rencana itu, yang oleh Kementerian Keuangan disebut sebagai “langkah darurat yang terukur”, memicu kritik.",
        names: &[],
        want: &[(P, "langkah darurat yang terukur", "disebut", "M:Kementerian Keuangan")],
    },
    Case {
        name: "partial quote inside reported speech",
        text: "Gubernur menyebut banjir itu sebagai \"bencana terbesar dalam satu dekade\" dan meminta bantuan pusat.",
        names: &[],
        want: &[
            (I, "banjir itu sebagai \"bencana terbesar dalam satu dekade\" dan meminta bantuan pusat", "menyebut", "M:Gubernur"),
            (P, "bencana terbesar dalam satu dekade", "menyebut", "M:Gubernur"),
        ],
    },
    Case {
        name: "single-word scare quotes are not quotes",
        text: "Kelompok “relawan” itu akhirnya bubar.",
        names: &[],
        want: &[],
    },
    Case {
        name: "unbalanced: closes at paragraph end",
        text: "“Kami menolak keras rencana itu.\nPolisi kemudian membubarkan massa di depan gedung.",
        names: &[],
        want: &[(D, "Kami menolak keras rencana itu.", "", "?")],
    },
    Case {
        name: "quote over two paragraphs",
        text: "“Paragraf pertama berisi janji pemerintah.\n“Paragraf kedua menutup pernyataan,” kata Budi.",
        names: &[],
        want: &[(
            D,
            "Paragraf pertama berisi janji pemerintah.\n“Paragraf kedua menutup pernyataan",
            "kata",
            "M:Budi",
        )],
    },
    Case {
        name: "quote over several sentences",
        text: "“Kami sudah siap. Semua logistik tersedia. Tinggal menunggu perintah,” ujar Komandan Kodim.",
        names: &[],
        want: &[(
            D,
            "Kami sudah siap. Semua logistik tersedia. Tinggal menunggu perintah",
            "ujar",
            "M:Komandan Kodim",
        )],
    },
    Case {
        name: "messy marks: Part one,” middle, \" kata X",
        text: "\"Beberapa sekolah akan ditutup,” di antaranya sekolah dasar di pesisir,\" kata Kepala Dinas Pendidikan Aceh.",
        names: &[],
        want: &[(
            D,
            "Beberapa sekolah akan ditutup,” di antaranya sekolah dasar di pesisir",
            "kata",
            "M:Kepala Dinas Pendidikan Aceh",
        )],
    },
    Case {
        name: "missing opening mark",
        text: "Ia tampak lelah. Kami sudah bekerja tiga hari tanpa tidur,\" kata relawan itu.",
        names: &[],
        want: &[(D, "Kami sudah bekerja tiga hari tanpa tidur", "kata", "M:relawan itu")],
    },
    Case {
        name: "single quotes inside double quotes",
        text: "“Warga menyebut ini ‘banjir kiriman’ dari hulu,” kata Lurah Kampung Melayu.",
        names: &[],
        want: &[(D, "Warga menyebut ini ‘banjir kiriman’ dari hulu", "kata", "M:Lurah Kampung Melayu")],
    },
    Case {
        name: "nested double quotes",
        text: "“Program “makan gratis” berjalan baik,” kata Kepala Staf Presiden.",
        names: &[],
        want: &[(D, "Program “makan gratis” berjalan baik", "kata", "M:Kepala Staf Presiden")],
    },
    Case {
        name: "indirect: X mengatakan bahwa",
        text: "Menteri Luar Negeri Sugiono mengatakan bahwa Indonesia siap menjadi tuan rumah perundingan.",
        names: &[],
        want: &[(I, "Indonesia siap menjadi tuan rumah perundingan", "mengatakan", "M:Menteri Luar Negeri Sugiono")],
    },
    Case {
        name: "indirect: opener stripped, name with commas from names",
        text: "Sementara itu, Badan Meteorologi, Klimatologi, dan Geofisika menegaskan cuaca ekstrem masih berlangsung sepekan.",
        names: &["Badan Meteorologi, Klimatologi, dan Geofisika"],
        want: &[(
            I,
            "cuaca ekstrem masih berlangsung sepekan",
            "menegaskan",
            "M:Badan Meteorologi, Klimatologi, dan Geofisika",
        )],
    },
    Case {
        name: "indirect: role, apposition",
        text: "Sebelumnya, Ketua Komisi I DPR, Utut Adianto menyatakan pembahasan RUU itu ditunda.",
        names: &[],
        want: &[(I, "pembahasan RUU itu ditunda", "menyatakan", "M:Ketua Komisi I DPR, Utut Adianto")],
    },
    Case {
        name: "indirect: metonym subject and verb phrase",
        text: "Tokyo juga menyatakan telah mengirim nota protes kepada Beijing.",
        names: &[],
        want: &[(I, "telah mengirim nota protes kepada Beijing", "menyatakan", "M:Tokyo")],
    },
    Case {
        name: "indirect: Menurut X, ...",
        text: "Menurut Kepala BNPB Suharyanto, jumlah pengungsi mencapai 12.000 orang.",
        names: &[],
        want: &[(I, "jumlah pengungsi mencapai 12.000 orang", "Menurut", "M:Kepala BNPB Suharyanto")],
    },
    Case {
        name: "indirect: Menurutnya, ...",
        text: "Menurutnya, kebijakan itu perlu dievaluasi ulang.",
        names: &[],
        want: &[(I, "kebijakan itu perlu dievaluasi ulang", "Menurutnya", "A:Menurutnya")],
    },
    Case {
        name: "indirect: ..., katanya.",
        text: "Jumlah korban diperkirakan terus bertambah, katanya.",
        names: &[],
        want: &[(I, "Jumlah korban diperkirakan terus bertambah", "katanya", "A:katanya")],
    },
    Case {
        name: "indirect: ..., kata X.",
        text: "Pemerintah belum menerima laporan resmi, kata juru bicara Istana.",
        names: &[],
        want: &[(I, "Pemerintah belum menerima laporan resmi", "kata", "M:juru bicara Istana")],
    },
    Case {
        name: "indirect: a verb clause attributed by a trailing cue",
        text: "Polisi menduga pelaku lebih dari satu orang, kata Kapolsek Tanah Abang Kompol Haris.",
        names: &[],
        want: &[(
            I,
            "Polisi menduga pelaku lebih dari satu orang",
            "kata",
            "M:Kapolsek Tanah Abang Kompol Haris",
        )],
    },
    Case {
        name: "indirect: parenthetical between subject and verb",
        text: "Menteri Kesehatan, dalam keterangan tertulisnya, mengatakan vaksin sudah tiba di semua provinsi.",
        names: &[],
        want: &[(I, "vaksin sudah tiba di semua provinsi", "mengatakan", "M:Menteri Kesehatan")],
    },
    Case {
        name: "indirect: apposition closed by a comma",
        text: "Juru bicara Kemlu, Rolliansyah Soemirat, menegaskan bahwa WNI di Lebanon dalam keadaan aman.",
        names: &[],
        want: &[(
            I,
            "WNI di Lebanon dalam keadaan aman",
            "menegaskan",
            "M:Juru bicara Kemlu, Rolliansyah Soemirat",
        )],
    },
    Case {
        name: "indirect: pronoun subject",
        text: "Ia menambahkan, pemerintah akan menambah anggaran subsidi.",
        names: &[],
        want: &[(I, "pemerintah akan menambah anggaran subsidi", "menambahkan", "A:Ia")],
    },
    Case {
        name: "no indirect quote from a cue inside a direct quote",
        text: "“Kami mengatakan bahwa ini bukan pelanggaran,” ujar pengacara terdakwa.",
        names: &[],
        want: &[(D, "Kami mengatakan bahwa ini bukan pelanggaran", "ujar", "M:pengacara terdakwa")],
    },
    Case {
        name: "relative clause is not a subject",
        text: "Data itu berasal dari BNPB, yang menyebut jumlah korban terus naik.",
        names: &[],
        want: &[],
    },
    Case {
        name: "unnamed official",
        text: "“Latihan itu provokatif,” kata seorang pejabat Kementerian Pertahanan Filipina kepada wartawan.",
        names: &[],
        want: &[(D, "Latihan itu provokatif", "kata", "M:seorang pejabat Kementerian Pertahanan Filipina")],
    },
    Case {
        name: "mixed scripts",
        text: "“我们 siap bekerja sama 🤝,” ujar Li Wei. «مرحبا di Jakarta», kata Duta Besar Mesir.",
        names: &[],
        want: &[
            (D, "我们 siap bekerja sama 🤝", "ujar", "M:Li Wei"),
            (D, "مرحبا di Jakarta", "kata", "M:Duta Besar Mesir"),
        ],
    },
    Case {
        name: "tokenised text (spaces around every mark)",
        text: "Harga naik . ” Kami minta semua pihak tenang . Pasokan aman , ” kata Direktur Utama Pertamina Budi Karya . ” Distribusi lancar , ” ujarnya .",
        names: &[],
        want: &[
            (D, "Kami minta semua pihak tenang . Pasokan aman", "kata", "M:Direktur Utama Pertamina Budi Karya"),
            (D, "Distribusi lancar", "ujarnya", "A:ujarnya"),
        ],
    },
];

fn find(text: &str, needle: &str) -> Span {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    Span::new(i, i + needle.len())
}

fn render(text: &str, q: &Quote) -> (String, String, String, String) {
    let sp = match q.speaker {
        Speaker::Mention(s) => format!("M:{}", s.slice(text)),
        Speaker::Anaphor(s) => format!("A:{}", s.slice(text)),
        Speaker::Unknown => "?".to_string(),
    };
    (
        q.kind.as_str().to_string(),
        q.span.slice(text).to_string(),
        q.cue.map_or(String::new(), |c| c.slice(text).to_string()),
        sp,
    )
}

fn check(case: &Case, with_text_layer: bool) -> Option<String> {
    let text = case.text;
    let names: Vec<Span> = case.names.iter().map(|n| find(text, n)).collect();
    let mut buf = TextBuf::default();
    if with_text_layer {
        buf.analyze(text);
    }
    let mut out = Vec::new();
    find_quotes(text, &buf.tokens, &buf.sentences, &names, &mut out);
    let got: Vec<_> = out.iter().map(|q| render(text, q)).collect();
    let want: Vec<_> = case
        .want
        .iter()
        .map(|(k, s, c, p)| (k.to_string(), s.to_string(), c.to_string(), p.to_string()))
        .collect();
    for q in &out {
        assert_eq!(q.kind == QuoteKind::Indirect, q.outer == q.span);
        assert!(q.outer.contains(q.span));
    }
    (got != want).then(|| {
        format!(
            "case {:?} (text layer: {with_text_layer})\n   got: {got:?}\n  want: {want:?}",
            case.name
        )
    })
}

fn run_all(with_text_layer: bool) {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|c| check(c, with_text_layer))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn table_without_text_layer() {
    run_all(false);
}

#[test]
fn table_with_text_layer() {
    run_all(true);
}

#[test]
fn prefix_shifts_every_span() {
    let text = CASES.iter().map(|c| c.text).collect::<Vec<_>>().join("\n");
    let mut a = Vec::new();
    find_quotes(&text, &[], &[], &[], &mut a);
    let prefix = "Paragraf pembuka tanpa kutipan.\n";
    let shifted = format!("{prefix}{text}");
    let mut b = Vec::new();
    find_quotes(&shifted, &[], &[], &[], &mut b);
    assert_eq!(a.len(), b.len());
    let n = prefix.len();
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.span.shift(n), y.span);
        assert_eq!(x.cue.map(|c| c.shift(n)), y.cue);
        assert_eq!(x.kind, y.kind);
    }
}

#[test]
fn sentence_index_follows_sentences() {
    let text = "Harga naik. Warga mengeluh. “Kami kesulitan,” kata Siti.";
    let mut buf = TextBuf::default();
    buf.analyze(text);
    let mut out = Vec::new();
    find_quotes(text, &buf.tokens, &buf.sentences, &[], &mut out);
    assert_eq!(out.len(), 1);
    let s = buf.sentences[out[0].sentence].span;
    assert!(s.start <= out[0].outer.start && out[0].outer.start < s.end.max(s.start + 1));
}
