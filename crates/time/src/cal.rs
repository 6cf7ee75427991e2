//! Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian).
//!
//! The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`; they are exact for
//! every year an `i32` date can hold here, and allocate nothing.

use warta_core::{days_in_month, Ymd};

/// Day number of a date (1970-01-01 is 0).
pub(crate) fn day_number(d: Ymd) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number. Saturates at the `i32` year range (never reached by news text).
pub(crate) fn from_day_number(n: i64) -> Ymd {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ymd {
        year: year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        month,
        day,
    }
}

/// Day of the week of a day number, Monday = 0 .. Sunday = 6.
pub(crate) fn weekday(n: i64) -> u8 {
    (n + 3).rem_euclid(7) as u8
}

/// ISO 8601 week-numbering year and week of a day number.
pub(crate) fn iso_week(n: i64) -> (i32, u8) {
    let thursday = n - i64::from(weekday(n)) + 3;
    let year = from_day_number(thursday).year;
    let jan1 = day_number(Ymd {
        year,
        month: 1,
        day: 1,
    });
    (year, ((thursday - jan1) / 7 + 1) as u8)
}

/// Monday (day number) of ISO week `week` of ISO year `year`.
pub(crate) fn iso_week_monday(year: i32, week: u8) -> i64 {
    let jan4 = day_number(Ymd {
        year,
        month: 1,
        day: 4,
    });
    jan4 - i64::from(weekday(jan4)) + 7 * (i64::from(week) - 1)
}

/// The month `delta` months after `year-month`.
pub(crate) fn add_months(year: i32, month: u8, delta: i64) -> (i32, u8) {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + delta;
    let y = idx.div_euclid(12);
    (
        y.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        (idx.rem_euclid(12) + 1) as u8,
    )
}

/// Last day of a month.
pub(crate) fn month_end(year: i32, month: u8) -> Ymd {
    Ymd {
        year,
        month,
        day: days_in_month(year, month),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for n in -800_000..800_000i64 {
            if n % 7 != 0 {
                continue;
            }
            assert_eq!(day_number(from_day_number(n)), n);
        }
        let d = Ymd::new(2024, 6, 18).unwrap();
        assert_eq!(weekday(day_number(d)), 1, "2024-06-18 is a Tuesday");
        assert_eq!(iso_week(day_number(d)), (2024, 25));
        let d = Ymd::new(2021, 1, 3).unwrap();
        assert_eq!(iso_week(day_number(d)), (2020, 53));
        assert_eq!(
            iso_week_monday(2024, 25),
            day_number(Ymd::new(2024, 6, 17).unwrap())
        );
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
    }
}
