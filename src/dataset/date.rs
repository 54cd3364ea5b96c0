//! Dates and times as they appear in data files.
//!
//! Accepted: `YYYY-MM-DD` (or with `/`), optionally followed by a time of day
//! after a space or `T` (`HH:MM` or `HH:MM:SS`), optionally with a UTC offset or
//! `Z`. The period of a record is the calendar month of the local date: a
//! timestamp with an offset is converted to the project's `timezone` when one
//! is set, and read as written otherwise; a timestamp without an offset is
//! always read as written (already local).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

use crate::error::shorten;
use crate::messages::Message;
use crate::msg;
use crate::period::Month;
use crate::project::DateFormat;

/// Reads a date column: ISO 8601 first, then the source's `date_format:`
/// list in order. The message of a failure says what was expected, and for a
/// value such as `03/04/2026` that it is ambiguous and which
/// `date_format` would settle it: csbook never guesses day from month.
pub fn read(
    text: &str,
    tz: Option<&TimeZone>,
    formats: &[DateFormat],
) -> Result<DateTime, Message> {
    if let Some(dt) = parse(text, tz) {
        return Ok(dt);
    }
    let trimmed = text.trim();
    for format in formats {
        let found = match format {
            DateFormat::Pattern(p) => pattern(p, trimmed, tz),
            DateFormat::ExcelSerial => trimmed.parse().ok().and_then(from_excel_serial),
        };
        if let Some(dt) = found.filter(|dt| YEARS.contains(&(dt.year() as i32))) {
            return Ok(dt);
        }
    }
    let shown = shorten(trimmed);
    if formats.is_empty()
        && let Some((a, b, sep)) = day_month(trimmed)
    {
        let sep = sep.to_string();
        return Err(match (a <= 12, b <= 12) {
            (true, true) => msg!("ambiguous-date", value = shown, sep = sep),
            (false, _) => msg!("day-first-date", value = shown, sep = sep),
            (true, false) => msg!("month-first-date", value = shown, sep = sep),
        });
    }
    let also = formats
        .iter()
        .map(|f| match f {
            DateFormat::Pattern(p) => format!("`{p}`"),
            DateFormat::ExcelSerial => "excel".into(),
        })
        .collect::<Vec<_>>();
    Err(if also.is_empty() {
        msg!("unparseable-date", value = shown)
    } else {
        msg!(
            "unparseable-date-formats",
            value = shown,
            formats = also.join(" | ")
        )
    })
}

/// `1/2/2026`, `01.02.26`, `3-4-2026`: two numbers up to 31, then a year;
/// the two numbers and the separator.
fn day_month(s: &str) -> Option<(u32, u32, char)> {
    let date = s.split([' ', 'T']).next()?;
    let sep = date.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = date.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
    if !(a.len() <= 2 && b.len() <= 2 && (y.len() == 4 || y.len() == 2))
        || ![a, b, y].iter().all(|p| digits(p))
    {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    (a <= 31 && b <= 31 && (a <= 12 || b <= 12)).then_some((a, b, sep))
}

fn pattern(format: &str, text: &str, tz: Option<&TimeZone>) -> Option<DateTime> {
    let parsed = jiff::fmt::strtime::parse(format, text).ok()?;
    let date = parsed.to_date().ok()?;
    let local = match parsed.to_time() {
        Ok(t) if parsed.hour().is_some() => date.to_datetime(t),
        _ => date.to_datetime(Time::midnight()),
    };
    match (parsed.offset(), tz) {
        (Some(offset), Some(tz)) => {
            let instant = TimeZone::fixed(offset).to_timestamp(local).ok()?;
            Some(tz.to_datetime(instant))
        }
        _ => Some(local),
    }
}

/// Excel's serial dates (1900 system): whole days since 1899-12-30, which
/// absorbs Excel's fictitious 1900-02-29, the fraction being the time of day.
pub fn from_excel_serial(serial: f64) -> Option<DateTime> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor();
    let seconds = ((serial - days) * 86_400.0).round() as i64;
    let epoch = Date::new(1899, 12, 30).ok()?.to_datetime(Time::midnight());
    epoch
        .checked_add(jiff::SignedDuration::from_secs(
            days as i64 * 86_400 + seconds,
        ))
        .ok()
}

/// Years a data date may have. The date library stops at 9999, and a month's
/// end is the next month's start, so the last year is 9998. (A mistyped year
/// inside this range is caught by the span check, `max_months`.)
const YEARS: std::ops::RangeInclusive<i32> = 1..=9998;

/// The largest UTC offset in use anywhere (Line Islands, +14:00), in minutes.
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// Parses a date or date-time into local time in `tz`; None when it is not one
/// of the accepted forms.
pub fn parse(text: &str, tz: Option<&TimeZone>) -> Option<DateTime> {
    let s = text.trim().as_bytes();
    if s.len() < 10 {
        return None;
    }
    let date = parse_date(&s[..10])?;
    let rest = &text.trim()[10..];
    if rest.is_empty() {
        return Some(date.to_datetime(Time::midnight()));
    }
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('T'))?;
    let (clock, offset) = split_offset(rest)?;
    let local = date.to_datetime(parse_time(clock)?);
    match (offset, tz) {
        (Some(offset), Some(tz)) => {
            let instant = TimeZone::fixed(offset).to_timestamp(local).ok()?;
            Some(tz.to_datetime(instant))
        }
        _ => Some(local),
    }
}

/// Hours from one instant to another (negative when `to` is earlier).
pub fn hours_between(from: DateTime, to: DateTime) -> f64 {
    from.duration_until(to).as_secs_f64() / 3600.0
}

/// The calendar month of a date-time.
pub fn month_of(dt: DateTime) -> Month {
    Month {
        year: dt.year(),
        month: dt.month() as u8,
    }
}

fn digits(b: &[u8]) -> Option<i32> {
    b.iter().try_fold(0i32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as i32)
    })
}

fn parse_date(b: &[u8]) -> Option<Date> {
    let sep = b[4];
    if !(sep == b'-' || sep == b'/') || b[7] != sep {
        return None;
    }
    let (y, m, d) = (digits(&b[..4])?, digits(&b[5..7])?, digits(&b[8..10])?);
    if !YEARS.contains(&y) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

fn parse_time(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    let (h, m, sec) = match b.len() {
        5 if b[2] == b':' => (digits(&b[..2])?, digits(&b[3..5])?, 0),
        8 if b[2] == b':' && b[5] == b':' => {
            (digits(&b[..2])?, digits(&b[3..5])?, digits(&b[6..8])?)
        }
        _ => return None,
    };
    Time::new(h as i8, m as i8, sec as i8, 0).ok()
}

/// Splits a time of day from a trailing `Z` or `±HH:MM` offset, dropping any
/// fraction of a second.
fn split_offset(s: &str) -> Option<(&str, Option<Offset>)> {
    let (clock, offset) = if let Some(c) = s.strip_suffix('Z') {
        (c, Some(Offset::UTC))
    } else {
        match s.rfind(['+', '-']) {
            Some(i) if i >= 5 => {
                let off = &s.as_bytes()[i + 1..];
                if off.len() != 5 || off[2] != b':' {
                    return None;
                }
                let (h, m) = (digits(&off[..2])?, digits(&off[3..])?);
                let minutes = h * 60 + m;
                if m >= 60 || minutes > MAX_OFFSET_MINUTES {
                    return None;
                }
                let sign = if s.as_bytes()[i] == b'-' { -1 } else { 1 };
                (
                    &s[..i],
                    Some(Offset::from_seconds(sign * minutes * 60).ok()?),
                )
            }
            _ => (s, None),
        }
    };
    Some((
        clock.split_once('.').map(|(a, _)| a).unwrap_or(clock),
        offset,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        let cases = [
            ("2025-03-31", "2025-03-31T00:00:00"),
            ("2025/03/31", "2025-03-31T00:00:00"),
            ("2025-03-31 14:05", "2025-03-31T14:05:00"),
            ("2025-03-31T14:05:09", "2025-03-31T14:05:09"),
            ("2025-03-31T14:05:09Z", "2025-03-31T14:05:09"),
            ("2025-03-31T14:05:09.250+08:00", "2025-03-31T14:05:09"),
            (" 2025-03-31 ", "2025-03-31T00:00:00"),
            ("9998-12-31", "9998-12-31T00:00:00"),
            ("0001-01-01", "0001-01-01T00:00:00"),
            ("2025-03-31T10:00+14:00", "2025-03-31T10:00:00"),
        ];
        for (input, want) in cases {
            assert_eq!(
                parse(input, None).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{input}"
            );
        }
    }

    #[test]
    fn formats_excel_serials_and_ambiguity() {
        let us = [DateFormat::Pattern("%m/%d/%Y".into())];
        assert_eq!(
            read("03/04/2026", None, &us).unwrap().to_string(),
            "2026-03-04T00:00:00"
        );
        let cn = [DateFormat::Pattern("%Y年%m月%d日 %H:%M".into())];
        assert_eq!(
            read("2026年3月4日 09:30", None, &cn).unwrap().to_string(),
            "2026-03-04T09:30:00"
        );
        // 45292 is 2024-01-01 in Excel; .75 is 18:00.
        let excel = [DateFormat::ExcelSerial];
        assert_eq!(
            read("45292.75", None, &excel).unwrap().to_string(),
            "2024-01-01T18:00:00"
        );
        assert_eq!(
            read("60", None, &excel).unwrap().to_string(),
            "1900-02-28T00:00:00"
        );
        // ISO still comes first.
        assert_eq!(
            read("2026-03-04", None, &us).unwrap().to_string(),
            "2026-03-04T00:00:00"
        );
        let err = read("03/04/2026", None, &[]).unwrap_err().to_string();
        assert!(
            err.contains("ambiguous") && err.contains("%m/%d/%Y"),
            "{err}"
        );
        let err = read("13/13/2026", None, &us).unwrap_err().to_string();
        assert!(err.contains("`%m/%d/%Y`"), "{err}");
        let err = read("20/01/2025", None, &[]).unwrap_err().to_string();
        assert!(
            err.contains("day/month/year") && err.contains("%d/%m/%Y"),
            "{err}"
        );
        let err = read("3.24.2025", None, &[]).unwrap_err().to_string();
        assert!(
            err.contains("month.day.year") && err.contains("%m.%d.%Y"),
            "{err}"
        );
    }

    #[test]
    fn offsets_convert_to_the_project_time_zone() {
        let shanghai = TimeZone::fixed(Offset::from_hours(8).unwrap());
        // 23:30 UTC on 31 March is 07:30 on 1 April in UTC+8: the month changes.
        let dt = parse("2025-03-31T23:30:00Z", Some(&shanghai)).unwrap();
        assert_eq!(dt.to_string(), "2025-04-01T07:30:00");
        let dt = parse("2025-03-31 20:00-05:00", Some(&shanghai)).unwrap();
        assert_eq!(dt.to_string(), "2025-04-01T09:00:00");
        // Without an offset the time is already local.
        let dt = parse("2025-03-31 23:30", Some(&shanghai)).unwrap();
        assert_eq!(dt.to_string(), "2025-03-31T23:30:00");
    }

    #[test]
    fn rejected_forms() {
        for bad in [
            "",
            "2025-02-30",
            "2025-13-01",
            "31/03/2025",
            "2025-03-31 25:00",
            "March 3",
            "2025-03-31x",
            "0000-01-01",
            "9999-12-31",
            "2025-03-31T10:00+25:00",
            "2025-03-31T10:00+14:30",
            "2025-03-31T10:00-08:60",
        ] {
            assert!(parse(bad, None).is_none(), "{bad}");
        }
    }
}
