//! The customer base: how many customers were active per month (and segment
//! value), the denominator of complaint rates.

use std::collections::HashMap;

use crate::dataset::quality::FileQuality;
use crate::dataset::table::read_rows;
use crate::error::{Problem, shorten};
use crate::msg;
use crate::period::Month;
use crate::project::{CustomerSource, Project};

/// Customers of one month in one combination of segment values.
#[derive(Clone, Debug)]
pub struct CustomerCount {
    pub month: Month,
    /// Value of each of the source's segments, in `CustomerSource::segments` order.
    pub segments: Vec<String>,
    pub customers: u64,
}

/// Reads every customer-base file.
pub fn load(
    project: &Project,
    source: &CustomerSource,
) -> (Vec<CustomerCount>, Vec<FileQuality>, Vec<Problem>) {
    let mut rows = Vec::new();
    let mut qualities = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<(Month, Vec<String>), u64> = HashMap::new();
    let mut required = vec![
        (source.period_column.as_str(), msg!("what-month")),
        (source.customers_column.as_str(), msg!("what-customers")),
    ];
    required.extend(source.segments.iter().map(|&s| {
        let segment = &project.segments[s];
        (
            segment.column.as_str(),
            msg!("what-segment", id = segment.id.as_str()),
        )
    }));
    for path in &source.files {
        let shown = project.display_path(path);
        let result = read_rows(
            path,
            &shown,
            &source.read,
            "customers",
            &required,
            |row, columns| {
                let (period, count, segments) = (columns[0], columns[1], &columns[2..]);
                let month_text = row.text(period);
                let month = Month::parse(&month_text).ok_or_else(|| {
                    let message = msg!("not-a-month", value = shorten(&month_text));
                    ("unparseable month", row.problem(period, message))
                })?;
                let count_text = row.text(count);
                let customers = count_text.parse::<u64>().map_err(|_| {
                    let message = msg!("not-customers", value = shorten(&count_text));
                    ("not a count", row.problem(count, message))
                })?;
                let values: Vec<String> = segments.iter().map(|&c| row.text(c)).collect();
                if let Some(first) = seen.insert((month, values.clone()), row.line) {
                    let message = msg!(
                        "duplicate-customer-month",
                        month = month.to_string(),
                        values = values.join(" "),
                        first = first
                    );
                    return Err(("duplicate month", row.problem(period, message)));
                }
                rows.push(CustomerCount {
                    month,
                    segments: values,
                    customers,
                });
                Ok(())
            },
        );
        match result {
            Ok(quality) => qualities.push(quality),
            Err(ps) => problems.extend(ps),
        }
    }
    (rows, qualities, problems)
}
