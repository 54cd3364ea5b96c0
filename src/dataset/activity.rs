//! Customer activity: purchases per customer and month, the input of the
//! loyalty indicators (methods.md M11). Kept as one purchase count per
//! (month, customer), so memory grows with customers × months, not rows.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::dataset::date;
use crate::dataset::quality::FileQuality;
use crate::dataset::table::read_rows;
use crate::error::{Problem, shorten};
use crate::msg;
use crate::period::Month;
use crate::project::{ActivitySource, Project};

/// Purchases per month and customer (customers interned to ids).
#[derive(Debug, Default)]
pub struct Activity {
    pub months: BTreeMap<Month, FxHashMap<u32, u64>>,
}

/// Reads every activity file.
pub fn load(
    project: &Project,
    source: &ActivitySource,
) -> (Activity, Vec<FileQuality>, Vec<Problem>) {
    let mut activity = Activity::default();
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut qualities = Vec::new();
    let mut problems = Vec::new();
    let required = [
        (source.customer_column.as_str(), msg!("what-customer-id")),
        (source.period_column.as_str(), msg!("what-month")),
        (source.purchases_column.as_str(), msg!("what-purchases")),
    ];
    for path in &source.files {
        let shown = project.display_path(path);
        let result = read_rows(
            path,
            &shown,
            &source.read,
            "activity",
            &required,
            |row, columns| {
                let (customer, period, purchases) = (columns[0], columns[1], columns[2]);
                let text = row.text(period);
                let month = Month::parse(&text)
                    .or_else(|| date::parse(&text, project.timezone.as_ref()).map(date::month_of))
                    .ok_or_else(|| {
                        let message = msg!("not-a-month-or-date", value = shorten(&text));
                        ("unparseable month", row.problem(period, message))
                    })?;
                let count_text = row.text(purchases);
                let count = count_text.parse::<u64>().map_err(|_| {
                    let message = msg!("not-purchases", value = shorten(&count_text));
                    ("not a count", row.problem(purchases, message))
                })?;
                let who = row.text(customer);
                if who.is_empty() {
                    let message = msg!("empty-customer-id");
                    return Err(("missing customer id", row.problem(customer, message)));
                }
                let next = ids.len() as u32;
                let id = *ids.entry(who).or_insert(next);
                *activity
                    .months
                    .entry(month)
                    .or_default()
                    .entry(id)
                    .or_default() += count;
                Ok(())
            },
        );
        match result {
            Ok(quality) => qualities.push(quality),
            Err(ps) => problems.extend(ps),
        }
    }
    // A month row with 0 purchases is not activity.
    for customers in activity.months.values_mut() {
        customers.retain(|_, &mut c| c > 0);
    }
    (activity, qualities, problems)
}
