//! The customer base: how many customers were active per month (and segment
//! value), the denominator of complaint rates.

use std::collections::HashMap;

use crate::dataset::quality::FileQuality;
use crate::dataset::table::{Table, line_of};
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
    for path in &source.files {
        let shown = project.display_path(path);
        let Some(mut table) = Table::open(path, &shown).map_err(|p| problems.push(p)).ok() else {
            continue;
        };
        let mut missing = Vec::new();
        let mut need = |name: &str, what: &str| table.require(name, what, &mut missing);
        let period = need(&source.period_column, "month");
        let count = need(&source.customers_column, "customers");
        let segments: Vec<usize> = source
            .segments
            .iter()
            .map(|&s| need(&project.segments[s].column, "segment"))
            .collect();
        if !missing.is_empty() {
            problems.extend(missing);
            continue;
        }
        let mut quality = FileQuality::new(shown.display().to_string(), "customers");
        let mut batch = Vec::new();
        while table.next_batch(&mut batch, 4096).is_ok() && !batch.is_empty() {
            for record in &batch {
                quality.rows += 1;
                let line = line_of(record);
                let field = |c: usize| {
                    String::from_utf8_lossy(record.get(c).unwrap_or_default())
                        .trim()
                        .to_string()
                };
                let at = |c: usize, m: String| Problem::at(&shown, line, Some(c as u64 + 1), m);
                let month_text = field(period);
                let Some(month) = Month::parse(&month_text) else {
                    quality.reject(
                        "unparseable month",
                        vec![at(
                            period,
                            format!("`{month_text}` is not a month; expected YYYY-MM"),
                        )],
                    );
                    continue;
                };
                let count_text = field(count);
                let Ok(customers) = count_text.parse::<u64>() else {
                    quality.reject("not a count", vec![at(count, format!("`{count_text}` is not a count of customers; expected a whole number, 0 or more"))]);
                    continue;
                };
                let values: Vec<String> = segments.iter().map(|&c| field(c)).collect();
                if let Some(first) = seen.insert((month, values.clone()), line) {
                    quality.reject(
                        "duplicate month",
                        vec![at(
                            period,
                            format!(
                                "a second row for {month} {}; first on line {first}",
                                values.join(" ")
                            ),
                        )],
                    );
                    continue;
                }
                quality.accepted += 1;
                rows.push(CustomerCount {
                    month,
                    segments: values,
                    customers,
                });
            }
        }
        quality.finish();
        qualities.push(quality);
    }
    (rows, qualities, problems)
}
