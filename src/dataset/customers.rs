//! The customer base: how many customers were active per month (and segment
//! value), the denominator of complaint rates.

use std::collections::HashMap;

use crate::dataset::quality::FileQuality;
use crate::dataset::table::read_rows;
use crate::error::Problem;
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
        (source.period_column.as_str(), "month"),
        (source.customers_column.as_str(), "customers"),
    ];
    required.extend(
        source
            .segments
            .iter()
            .map(|&s| (project.segments[s].column.as_str(), "segment")),
    );
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
                    let message = format!("`{month_text}` is not a month; expected YYYY-MM");
                    ("unparseable month", row.problem(period, message))
                })?;
                let count_text = row.text(count);
                let customers = count_text.parse::<u64>().map_err(|_| {
                let message = format!(
                    "`{count_text}` is not a count of customers; expected a whole number, 0 or more"
                );
                ("not a count", row.problem(count, message))
            })?;
                let values: Vec<String> = segments.iter().map(|&c| row.text(c)).collect();
                if let Some(first) = seen.insert((month, values.clone()), row.line) {
                    let message = format!(
                        "a second row for {month} {}; first on line {first}",
                        values.join(" ")
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
