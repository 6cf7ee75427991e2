//! Table-driven tests: each case is a text, a publication date and every time expression the
//! recogniser must find in it (span text, value, granularity), in order. An empty list means the
//! text must yield nothing.

use warta_core::Ymd;
use warta_time::{find_times, infer_published, Modifier, TimeExpr};

/// Tuesday 18 June 2024 (ISO week 25), the default publication date of the cases.
const PUB: &str = "2024-06-18";

/// (name, text, publication date or "", expected [(span text, value or "-", granularity)]).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const CASES: &[Case] = &[
    // ---- absolute dates
    ("day-name-full-date", "Putin mengunjungi Korea Utara, pada Selasa, 18 Juni 2024. Ini", PUB,
        &[("Selasa, 18 Juni 2024", "2024-06-18", "day")]),
    ("full-date", "Rapat digelar 18 Juni 2024 di Jakarta.", PUB, &[("18 Juni 2024", "2024-06-18", "day")]),
    ("full-date-no-pub", "Rapat digelar 18 Juni 2024 di Jakarta.", "", &[("18 Juni 2024", "2024-06-18", "day")]),
    ("day-name-no-comma", "Ia hadir Senin 2 April 2012 lalu.", PUB, &[("Senin 2 April 2012 lalu", "2012-04-02", "day")]),
    ("day-part-comma-date", "Rabu malam, 11 April 2012, polisi datang.", PUB, &[("Rabu malam, 11 April 2012", "2012-04-11", "day")]),
    ("month-year", "Inflasi Juni 2024 turun.", PUB, &[("Juni 2024", "2024-06", "month")]),
    ("bulan-month-year", "pada bulan Juli 2007 harga", PUB, &[("bulan Juli 2007", "2007-07", "month")]),
    ("tahun-year", "perjanjian era Soviet tahun 1961, dan", PUB, &[("tahun 1961", "1961", "year")]),
    ("pada-tahun", "mengunjungi Korut pada tahun 2000, katanya.", PUB, &[("tahun 2000", "2000", "year")]),
    ("pada-year", "Tembok itu dibangun pada 1961 oleh", PUB, &[("1961", "1961", "year")]),
    ("sejak-year", "Sejak 2014, harga naik.", PUB, &[("2014", "2014", "year")]),
    ("slash-date", "Surat bertanggal 18/6/2024 itu", PUB, &[("18/6/2024", "2024-06-18", "day")]),
    ("dash-date", "Surat bertanggal 18-6-2024 itu", PUB, &[("18-6-2024", "2024-06-18", "day")]),
    ("dotted-date", "Surat bertanggal 18.06.2024 itu", PUB, &[("18.06.2024", "2024-06-18", "day")]),
    ("iso-date", "Dirilis 2024-06-18 pagi.", PUB, &[("2024-06-18 pagi", "2024-06-18", "day")]),
    ("paren-full", "Jakarta, Kamis (19/6/2025) - Menteri", PUB, &[("Kamis (19/6/2025)", "2025-06-19", "day")]),
    ("paren-spaced", "Minggu ( 24/8/2014 ) pagi", PUB, &[("Minggu ( 24/8/2014 ) pagi", "2014-08-24", "day")]),
    ("paren-two-digit-year", "Selasa (8/12/09) malam", PUB, &[("Selasa (8/12/09) malam", "2009-12-08", "day")]),
    ("paren-no-year", "kata dia, Selasa (18/6).", PUB, &[("Selasa (18/6)", "2024-06-18", "day")]),
    ("paren-no-year-weekday-picks-year", "Senin (21/2) lalu", "2022-02-22", &[("Senin (21/2) lalu", "2022-02-21", "day")]),
    ("paren-no-year-across-new-year", "digelar Kamis (2/1) mendatang", "2024-12-30", &[("Kamis (2/1) mendatang", "2025-01-02", "day")]),
    ("paren-no-year-unresolved", "kata dia, Selasa (18/6).", "", &[("Selasa (18/6)", "-", "day")]),
    ("paren-day-range", "digelar Senin-Selasa (17-18/6) di Jakarta", PUB, &[("Senin-Selasa (17-18/6)", "2024-06-17/2024-06-18", "day")]),
    ("paren-time-part", "Sabtu (15/6) malam, massa", PUB, &[("Sabtu (15/6) malam", "2024-06-15", "day")]),
    ("jumat-apostrophe", "Jum'at (21/6) siang", "2024-06-22", &[("Jum'at (21/6) siang", "2024-06-21", "day")]),
    ("abbrev-month", "Tgl 18 Jun 2024 dan 3 Agt. 2023", PUB, &[("Tgl 18 Jun 2024", "2024-06-18", "day"), ("3 Agt. 2023", "2023-08-03", "day")]),
    ("abbrev-sept", "pada 5 Sept 2023", PUB, &[("5 Sept 2023", "2023-09-05", "day")]),
    ("day-month-no-year", "HUT RI 17 Agustus dirayakan", PUB, &[("17 Agustus", "2023-08-17", "day")]),
    ("day-month-no-year-future", "Pemilu akan digelar 14 Agustus", PUB, &[("14 Agustus", "2024-08-14", "day")]),
    ("day-month-mendatang", "pada 17 Agustus mendatang", PUB, &[("17 Agustus mendatang", "2024-08-17", "day")]),
    ("day-month-nanti-past-month", "pada 1 Juni nanti", PUB, &[("1 Juni nanti", "2025-06-01", "day")]),
    ("year-suffix", "pada 2015 mendatang dan Pilpres 2014 yang lalu", PUB, &[("2015 mendatang", "2015", "year"), ("2014 yang lalu", "2014", "year")]),
    ("day-month-lalu", "sejak 15 Agustus lalu", PUB, &[("15 Agustus lalu", "2023-08-15", "day")]),
    ("lowercase-month", "pada 8 september 2014", PUB, &[("8 september 2014", "2014-09-08", "day")]),
    ("old-spelling", "1 Nopember 1999", PUB, &[("1 Nopember 1999", "1999-11-01", "day")]),
    ("tanggal", "tanggal 17 Agustus 1945 itu", PUB, &[("tanggal 17 Agustus 1945", "1945-08-17", "day")]),
    // ---- ranges, decades, centuries
    ("year-range", "periode 2014-2019 lalu", PUB, &[("2014-2019", "2014/2019", "year")]),
    ("year-range-hingga", "sejak 2014 hingga 2019", PUB, &[("2014 hingga 2019", "2014/2019", "year")]),
    ("year-range-antara", "antara tahun 1904 dan 1914, Gaudi", PUB, &[("tahun 1904 dan 1914", "1904/1914", "year")]),
    ("year-ini", "target pada 2024 ini", PUB, &[("2024 ini", "2024", "year")]),
    ("hari-ini-paren", "hari ini (18/6) pukul 10.00", PUB, &[("hari ini (18/6) pukul 10.00", "2024-06-18T10:00", "minute")]),
    ("seratus", "seratus tahun lalu", PUB, &[("seratus tahun lalu", "1924", "year")]),
    ("year-range-endash", "perang 1945–1949 itu", PUB, &[("1945–1949", "1945/1949", "year")]),
    ("day-range", "pada 22-25 Januari 2013 di Bali", PUB, &[("22-25 Januari 2013", "2013-01-22/2013-01-25", "day")]),
    ("cross-month-range", "30 November hingga 3 Desember 2014", PUB, &[("30 November hingga 3 Desember 2014", "2014-11-30/2014-12-03", "day")]),
    ("month-range", "Januari - April 2014 naik", PUB, &[("Januari - April 2014", "2014-01/2014-04", "month")]),
    ("decade", "musik 1970-an dan era 90-an", PUB, &[("1970-an", "197X", "decade"), ("90-an", "199X", "decade")]),
    ("decade-tahun", "pada tahun 2000-an", PUB, &[("tahun 2000-an", "200X", "decade")]),
    ("century", "sejak abad ke-20 dan abad XXI", PUB, &[("abad ke-20", "19", "century"), ("abad XXI", "20", "century")]),
    ("quarter", "pada kuartal pertama 2008 dan triwulan II tahun ini", PUB, &[("kuartal pertama 2008", "2008-Q1", "quarter"), ("triwulan II tahun ini", "2024-Q2", "quarter")]),
    ("half", "semester 1 tahun 2007 dan paruh kedua 2024", PUB, &[("semester 1 tahun 2007", "2007-H1", "half"), ("paruh kedua 2024", "2024-H2", "half")]),
    ("quarter-relative", "kuartal lalu", PUB, &[("kuartal lalu", "2024-Q1", "quarter")]),
    ("quarter-no-year", "pada kuartal ketiga", PUB, &[("kuartal ketiga", "2024-Q3", "quarter")]),
    ("neg-quarter", "kuartal kelima dan semester ini", "", &[("semester ini", "-", "half")]),
    // ---- clock times
    ("clock-pukul", "dimulai pukul 16.00 WIB.", PUB, &[("pukul 16.00 WIB", "T16:00", "minute")]),
    ("clock-jam-colon", "jam 16:30 tadi", PUB, &[("jam 16:30", "T16:30", "minute")]),
    ("clock-zone-only", "sekitar 08.30 WITA massa", PUB, &[("sekitar 08.30 WITA", "T08:30", "minute")]),
    ("clock-part", "pukul 9 malam", PUB, &[("pukul 9 malam", "T21:00", "minute")]),
    ("clock-sekitar", "sekitar pukul 01.30 dini hari", PUB, &[("sekitar pukul 01.30 dini hari", "T01:30", "minute")]),
    ("clock-sekitar-after-date", "Senin (17/6), dan sekitar pukul 9 pagi", PUB, &[("Senin (17/6)", "2024-06-17", "day"), ("sekitar pukul 9 pagi", "T09:00", "minute")]),
    ("clock-range", "pukul 08.00-12.00 WIB", PUB, &[("pukul 08.00-12.00 WIB", "T08:00/T12:00", "minute")]),
    ("clock-range-hingga", "Selasa (18/6) pukul 09.00 hingga 11.30 WIB", PUB, &[("Selasa (18/6) pukul 09.00 hingga 11.30 WIB", "2024-06-18T09:00/2024-06-18T11:30", "minute")]),
    ("clock-range-part", "jam 7-9 malam", PUB, &[("jam 7-9 malam", "T19:00/T21:00", "minute")]),
    ("neg-clock-range-no-cue", "skor 08.00-12.00 saja", PUB, &[]),
    ("clock-setempat", "pukul 10.00 waktu setempat", PUB, &[("pukul 10.00 waktu setempat", "T10:00", "minute")]),
    ("date-then-clock", "Selasa (18/6) pukul 16.00 WIB", PUB, &[("Selasa (18/6) pukul 16.00 WIB", "2024-06-18T16:00", "minute")]),
    ("date-comma-clock", "18 Juni 2024, sekitar pukul 09.15 WIB", PUB, &[("18 Juni 2024, sekitar pukul 09.15 WIB", "2024-06-18T09:15", "minute")]),
    ("clock-then-date", "pukul 16.00 WIB, Selasa (18/6)", PUB, &[("pukul 16.00 WIB, Selasa (18/6)", "2024-06-18T16:00", "minute")]),
    ("clock-then-relative", "pukul 07.00 WIB hari ini", PUB, &[("pukul 07.00 WIB hari ini", "2024-06-18T07:00", "minute")]),
    ("relative-then-clock", "kemarin pukul 10.00", PUB, &[("kemarin pukul 10.00", "2024-06-17T10:00", "minute")]),
    ("day-part-clock", "Senin malam pukul 8", PUB, &[("Senin malam pukul 8", "2024-06-17T20:00", "minute")]),
    ("clock-unresolved-date", "Selasa (18/6) pukul 16.00", "", &[("Selasa (18/6) pukul 16.00", "-", "minute")]),
    // ---- relative days
    ("kemarin", "kata dia kemarin.", PUB, &[("kemarin", "2024-06-17", "day")]),
    ("kemarin-unresolved", "kata dia kemarin.", "", &[("kemarin", "-", "day")]),
    ("hari-ini", "Hari ini harga naik.", PUB, &[("Hari ini", "2024-06-18", "day")]),
    ("besok-lusa", "besok atau lusa", PUB, &[("besok", "2024-06-19", "day"), ("lusa", "2024-06-20", "day")]),
    ("kemarin-lusa", "kemarin lusa", PUB, &[("kemarin lusa", "2024-06-16", "day")]),
    ("esok-hari", "esok hari", PUB, &[("esok hari", "2024-06-19", "day")]),
    ("tadi-malam", "Tadi malam hujan.", PUB, &[("Tadi malam", "2024-06-17", "day")]),
    ("semalam", "rapat semalam", PUB, &[("semalam", "2024-06-17", "day")]),
    ("semalam-duration", "menginap semalam", PUB, &[]),
    ("pagi-ini", "pagi ini dan malam tadi", PUB, &[("pagi ini", "2024-06-18", "day"), ("malam tadi", "2024-06-17", "day")]),
    ("kemarin-sore", "kemarin sore", PUB, &[("kemarin sore", "2024-06-17", "day")]),
    ("kemarin-explicit", "kemarin (17/6) siang", PUB, &[("kemarin (17/6) siang", "2024-06-17", "day")]),
    // ---- relative units
    ("pekan-lalu", "pekan lalu", PUB, &[("pekan lalu", "2024-W24", "week")]),
    ("minggu-lalu", "minggu lalu dan pekan depan", PUB, &[("minggu lalu", "2024-W24", "week"), ("pekan depan", "2024-W26", "week")]),
    ("minggu-yang-lalu", "sejak minggu yang lalu", PUB, &[("minggu yang lalu", "2024-W24", "week")]),
    ("minggu-ini-capital", "Minggu ini harga naik.", PUB, &[("Minggu ini", "2024-W25", "week")]),
    ("minggu-lalu-sentence-initial", "Minggu lalu, harga naik.", PUB, &[("Minggu lalu", "2024-W24", "week")]),
    ("minggu-lalu-mid-sentence", "Ia tiba pada Minggu lalu.", PUB, &[("Minggu lalu", "2024-06-16", "day")]),
    ("bulan", "bulan lalu, bulan ini, bulan depan", PUB, &[("bulan lalu", "2024-05", "month"), ("bulan ini", "2024-06", "month"), ("bulan depan", "2024-07", "month")]),
    ("bulan-across-year", "bulan lalu", "2024-01-05", &[("bulan lalu", "2023-12", "month")]),
    ("tahun", "tahun lalu, tahun ini, tahun depan", PUB, &[("tahun lalu", "2023", "year"), ("tahun ini", "2024", "year"), ("tahun depan", "2025", "year")]),
    ("tahun-mendatang", "tahun mendatang", PUB, &[("tahun mendatang", "2025", "year")]),
    ("akhir-bulan-ini", "akhir bulan ini", PUB, &[("akhir bulan ini", "2024-06", "month")]),
    ("awal-bulan-depan", "awal bulan depan", PUB, &[("awal bulan depan", "2024-07", "month")]),
    ("awal-tahun-ini", "awal tahun ini", PUB, &[("awal tahun ini", "2024", "year")]),
    ("awal-year", "sejak awal 2014", PUB, &[("awal 2014", "2014", "year")]),
    ("akhir-mei", "akhir Mei lalu", PUB, &[("akhir Mei lalu", "2024-05", "month")]),
    ("pertengahan", "pertengahan Juni 2024", PUB, &[("pertengahan Juni 2024", "2024-06", "month")]),
    ("akhir-tahun-bare", "hingga akhir tahun, dan awal bulan", PUB, &[("akhir tahun", "2024", "year"), ("awal bulan", "2024-06", "month")]),
    ("day-name-short-date", "Selasa 18/6 lalu", PUB, &[("Selasa 18/6 lalu", "2024-06-18", "day")]),
    ("akhir-pekan-ini", "akhir pekan ini", PUB, &[("akhir pekan ini", "2024-W25-WE", "week")]),
    ("akhir-pekan-lalu", "akhir pekan lalu", PUB, &[("akhir pekan lalu", "2024-W24-WE", "week")]),
    ("akhir-pekan-bare", "Pada akhir pekan, warga", PUB, &[("akhir pekan", "2024-W24-WE", "week")]),
    ("counted-days", "dua hari lalu", PUB, &[("dua hari lalu", "2024-06-16", "day")]),
    ("counted-weeks", "tiga pekan lalu", PUB, &[("tiga pekan lalu", "2024-W22", "week")]),
    ("counted-years", "5 tahun lalu", PUB, &[("5 tahun lalu", "2019", "year")]),
    ("counted-silam", "20 tahun silam", PUB, &[("20 tahun silam", "2004", "year")]),
    ("counted-yang-lalu", "dua minggu yang lalu", PUB, &[("dua minggu yang lalu", "2024-W23", "week")]),
    ("counted-belas", "dua belas tahun lalu", PUB, &[("dua belas tahun lalu", "2012", "year")]),
    ("counted-lagi", "tiga hari lagi", PUB, &[("tiga hari lagi", "2024-06-21", "day")]),
    ("se-unit", "sepekan lalu dan setahun lalu", PUB, &[("sepekan lalu", "2024-W24", "week"), ("setahun lalu", "2023", "year")]),
    ("counted-kemudian", "Pada 10 Juni 2024 ia ditahan, dua hari kemudian dilepas.", PUB, &[("10 Juni 2024", "2024-06-10", "day"), ("dua hari kemudian", "2024-06-12", "day")]),
    ("counted-kemudian-no-anchor", "dua hari kemudian dilepas.", PUB, &[("dua hari kemudian", "-", "day")]),
    ("beberapa", "beberapa hari lalu", PUB, &[("beberapa hari lalu", "-", "day")]),
    // ---- day names and bare months
    ("bare-day", "Presiden, Senin, mengatakan", PUB, &[("Senin", "2024-06-17", "day")]),
    ("pada-day", "kata dia pada Rabu.", PUB, &[("Rabu", "2024-06-12", "day")]),
    ("same-day", "Selasa ini", PUB, &[("Selasa ini", "2024-06-18", "day")]),
    ("day-lalu", "Selasa lalu dan Senin lalu", PUB, &[("Selasa lalu", "2024-06-11", "day"), ("Senin lalu", "2024-06-17", "day")]),
    ("day-depan", "Rabu depan", PUB, &[("Rabu depan", "2024-06-19", "day")]),
    ("day-future-cue", "KTT akan digelar Jumat.", PUB, &[("Jumat", "2024-06-21", "day")]),
    ("day-part", "Jumat pagi", PUB, &[("Jumat pagi", "2024-06-14", "day")]),
    ("hari-day", "pada hari Senin", PUB, &[("hari Senin", "2024-06-17", "day")]),
    ("larut-malam", "Selasa larut malam", PUB, &[("Selasa larut malam", "2024-06-18", "day")]),
    ("day-relative-then-paren", "pada hari Minggu mendatang (23/6) di lapangan", PUB, &[("hari Minggu mendatang (23/6)", "2024-06-23", "day")]),
    ("dateline-paren", "kata Yushan di Sepinggan (22/3).", "2024-03-23", &[("(22/3)", "2024-03-22", "day")]),
    ("neg-paren-lowercase", "skor akhir (2/3) saja", PUB, &[]),
    ("lowercase-bare-month", "yang berakhir pada juni dan november lalu", PUB, &[("juni", "2024-06", "month"), ("november lalu", "2023-11", "month")]),
    ("minggu-dini-hari", "Minggu dini hari", PUB, &[("Minggu dini hari", "2024-06-16", "day")]),
    ("ahad", "pada Ahad (16/6)", PUB, &[("Ahad (16/6)", "2024-06-16", "day")]),
    ("bare-month-pada", "pada Maret lalu dan sejak Februari", PUB, &[("Maret lalu", "2024-03", "month"), ("Februari", "2024-02", "month")]),
    ("bare-month-past", "pada Desember", PUB, &[("Desember", "2023-12", "month")]),
    ("bare-month-future", "akan digelar pada Desember", PUB, &[("Desember", "2024-12", "month")]),
    ("month-mendatang", "Juli mendatang", PUB, &[("Juli mendatang", "2024-07", "month")]),
    ("month-lalu-same", "Juni lalu", PUB, &[("Juni lalu", "2023-06", "month")]),
    ("month-tahun-lalu", "Oktober tahun lalu", PUB, &[("Oktober tahun lalu", "2023-10", "month")]),
    // ---- several in one text
    ("several",
        "Jakarta – Menteri itu tiba di Tokyo, pada Selasa, 18 Juni 2024. Kunjungan ini memperbarui perjanjian era Perang Dingin tahun 1958, dan perjanjian yang diteken ketika presiden terakhir kali berkunjung pada tahun 2008, katanya.",
        PUB,
        &[("Selasa, 18 Juni 2024", "2024-06-18", "day"), ("tahun 1958", "1958", "year"), ("tahun 2008", "2008", "year")]),
    // ---- negatives: nothing to find
    ("neg-thousands", "Harga naik menjadi Rp 51.900 per gram dan 16.000 orang", PUB, &[]),
    ("neg-clock-without-cue", "skor 16.00 dan 3.30 saja", PUB, &[]),
    ("neg-tahun-count", "naik tahun 10 persen", PUB, &[]),
    ("neg-year-count", "hadir pada 2000 orang dan sejak 1500 ton", PUB, &[]),
    ("neg-bare-year", "sebanyak 2019 kasus, Rp 2000 dan nomor 1945", PUB, &[]),
    ("bare-year-after-noun", "menuju Pemilu 2014 yang bersih", PUB, &[("2014", "2014", "year")]),
    ("bare-year-after-bracket", "Riset Kesehatan Dasar (Riskesdas) 2013 meningkat", PUB, &[("2013", "2013", "year")]),
    ("neg-bare-year-after-number-bracket", "halaman (3) 2013 dan (12) 2000 orang", PUB, &[]),
    ("bare-year-count", "membawa 2000 orang", PUB, &[]),
    ("neg-fraction", "skor (3/4) dan 1/2 bagian", PUB, &[]),
    ("neg-mei-name", "Mei Ling datang dan Juni tersenyum.", PUB, &[]),
    ("neg-lowercase-day", "rabu selasa", PUB, &[]),
    ("neg-duration", "selama 24 jam dan 3 hari", PUB, &[]),
    ("neg-pukul-verb", "ia pukul rata semua", PUB, &[]),
    ("neg-abbrev-alone", "Des dan Jun pergi, Mar tertawa", PUB, &[]),
    ("neg-age-decade", "pria berusia 30-an", PUB, &[]),
    ("neg-bad-date", "31/2/2024 dan 40/1/2024 serta 2024-13-01", PUB, &[]),
    ("neg-decimal-year", "pada 2024.500 dan sejak 2014,5", PUB, &[]),
    ("neg-mixed", "G20 2024an 10km", PUB, &[]),
];

fn ymd(s: &str) -> Option<Ymd> {
    if s.is_empty() {
        None
    } else {
        Some(Ymd::parse_iso(s).expect("valid test date"))
    }
}

fn run(text: &str, published: Option<Ymd>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    find_times(text, &[], published, &mut out);
    out
}

#[test]
fn table() {
    let mut failures = Vec::new();
    for &(name, text, published, expected) in CASES {
        let out = run(text, ymd(published));
        let got: Vec<(String, String, String)> = out
            .iter()
            .map(|t| {
                (
                    t.span.slice(text).to_string(),
                    t.value.clone().unwrap_or_else(|| "-".into()),
                    t.granularity.as_str().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|&(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{name}: {text:?}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn ranges_and_flags() {
    let text = "Juni 2024, kemarin, awal 2014, akhir pekan ini";
    let out = run(text, ymd(PUB));
    let juni = &out[0];
    assert_eq!(
        (juni.date, juni.end),
        (ymd("2024-06-01"), ymd("2024-06-30"))
    );
    assert!(!juni.relative);
    assert!(out[1].relative);
    assert_eq!(out[2].modifier, Some(Modifier::Start));
    assert_eq!(
        (out[3].date, out[3].end),
        (ymd("2024-06-22"), ymd("2024-06-23"))
    );
    let range = run("pada 22-25 Januari 2013", None);
    assert_eq!(
        (range[0].date, range[0].end),
        (ymd("2013-01-22"), ymd("2013-01-25"))
    );
}

#[test]
fn appends_without_clearing() {
    let mut out = Vec::new();
    find_times("tahun 2000", &[], None, &mut out);
    find_times("tahun 2001", &[], None, &mut out);
    assert_eq!(out.len(), 2);
}

#[test]
fn prefix_shifts_spans() {
    for &(_, text, published, _) in CASES {
        let prefix = "Teks pembuka tanpa waktu.\n";
        let shifted = format!("{prefix}{text}");
        let a = run(text, ymd(published));
        let b = run(&shifted, ymd(published));
        assert_eq!(a.len(), b.len(), "{text:?}");
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.span.shift(prefix.len()), y.span, "{text:?}");
            assert_eq!(x.value, y.value, "{text:?}");
        }
    }
}

#[test]
fn infers_latest_full_date() {
    let text =
        "Jakarta, Selasa (18/6/2024) - Rapat sejak 3 Januari 2024 dan kemarin, 17 Juni 2024.";
    assert_eq!(infer_published(text, &[]), ymd("2024-06-18"));
    assert_eq!(infer_published("kemarin dan Selasa (18/6)", &[]), None);
    assert_eq!(infer_published("", &[]), None);
}

#[test]
fn dw_example_article_when_present() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/dw-putin-kim/article.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let out = run(&text, ymd(PUB));
    let texts: Vec<&str> = out.iter().map(|t| t.span.slice(&text)).collect();
    for gold in ["Selasa, 18 Juni 2024", "tahun 1961", "tahun 2000"] {
        assert!(texts.contains(&gold), "{gold} not in {texts:?}");
    }
    assert!(texts.len() <= 5, "unexpected extra expressions: {texts:?}");
}
