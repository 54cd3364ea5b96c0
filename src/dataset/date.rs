//! Dates and times as they appear in data files.
//!
//! Accepted: `YYYY-MM-DD` (or with `/`), optionally followed by a time of day
//! after a space or `T` (`HH:MM` or `HH:MM:SS`), optionally with a UTC offset or
//! `Z`. The period of a record is the calendar month of the date as written: a
//! timestamp with an offset is read in its own offset's local time.

use jiff::civil::{Date, DateTime, Time};

use crate::period::Month;

/// What the error message says is expected.
pub const EXPECTED: &str = "a date such as 2025-03-31 or a date-time such as 2025-03-31 14:05";

/// Parses a date or date-time; None when it is not one of the accepted forms.
pub fn parse(text: &str) -> Option<DateTime> {
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
    let time = parse_time(strip_offset(rest)?)?;
    Some(date.to_datetime(time))
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

/// Drops a trailing `Z` or `±HH:MM` offset and any fraction of a second.
fn strip_offset(s: &str) -> Option<&str> {
    let s = s.strip_suffix('Z').unwrap_or(s);
    let s = match s.rfind(['+', '-']) {
        Some(i) if i >= 5 => {
            let off = &s[i + 1..];
            let ok = off.len() == 5
                && off.as_bytes()[2] == b':'
                && digits(&off.as_bytes()[..2]).is_some();
            if !ok {
                return None;
            }
            &s[..i]
        }
        _ => s,
    };
    Some(s.split_once('.').map(|(a, _)| a).unwrap_or(s))
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
        ];
        for (input, want) in cases {
            assert_eq!(
                parse(input).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{input}"
            );
        }
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
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}
