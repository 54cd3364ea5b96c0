//! Reporting periods: calendar months and the quarters they roll up into.
//!
//! A `Month` is the half-open interval [first day of the month, first day of the
//! next month) in the company's local time (methods.md M0). Quarters are never
//! read from data; they are derived by merging the months they contain.

use std::fmt;

/// A calendar month, ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i16,
    /// 1..=12
    pub month: u8,
}

impl Month {
    pub fn new(year: i16, month: u8) -> Option<Month> {
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    /// The month before this one.
    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// The same month one year earlier.
    pub fn year_ago(self) -> Month {
        Month {
            year: self.year - 1,
            month: self.month,
        }
    }

    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            quarter: (self.month - 1) / 3 + 1,
        }
    }

    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        Month::new(y.parse().ok()?, m.parse().ok()?)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A calendar quarter (Q1 = January to March).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i16,
    /// 1..=4
    pub quarter: u8,
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-Q{}", self.year, self.quarter)
    }
}

/// The period an observation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month(Month),
    Quarter(Quarter),
    /// The twelve months ending with (and including) this month.
    Trailing(Month),
}

impl Period {
    /// Parses `YYYY-MM`, `YYYY-Qn` or `YYYY-MM-TTM`.
    pub fn parse(s: &str) -> Option<Period> {
        if let Some(m) = s.trim().strip_suffix("-TTM") {
            return Month::parse(m).map(Period::Trailing);
        }
        if let Some((y, q)) = s.trim().split_once("-Q") {
            let quarter: u8 = q.parse().ok()?;
            if y.len() != 4 || !(1..=4).contains(&quarter) {
                return None;
            }
            return Some(Period::Quarter(Quarter {
                year: y.parse().ok()?,
                quarter,
            }));
        }
        Month::parse(s).map(Period::Month)
    }

    /// The period just before, of the same kind.
    pub fn prev(self) -> Period {
        match self {
            Period::Month(m) => Period::Month(m.prev()),
            Period::Quarter(q) if q.quarter == 1 => Period::Quarter(Quarter {
                year: q.year - 1,
                quarter: 4,
            }),
            Period::Quarter(q) => Period::Quarter(Quarter {
                year: q.year,
                quarter: q.quarter - 1,
            }),
            Period::Trailing(m) => Period::Trailing(m.prev()),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(m) => m.fmt(f),
            Period::Quarter(q) => q.fmt(f),
            Period::Trailing(m) => write!(f, "{m}-TTM"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_arithmetic_crosses_years() {
        let jan = Month::parse("2025-01").unwrap();
        assert_eq!(jan.prev().to_string(), "2024-12");
        assert_eq!(jan.year_ago().to_string(), "2024-01");
        assert_eq!(
            Month::parse("2025-11").unwrap().quarter().to_string(),
            "2025-Q4"
        );
        assert_eq!(
            Period::parse("2025-Q1").unwrap().prev().to_string(),
            "2024-Q4"
        );
    }

    #[test]
    fn rejects_malformed_periods() {
        for bad in ["2025-13", "2025-1", "25-01", "2025-Q5", "2025/01", ""] {
            assert!(Period::parse(bad).is_none(), "{bad}");
        }
    }
}
