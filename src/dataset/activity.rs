//! Customer activity: purchases per customer and month, the input of the
//! loyalty indicators (methods.md M11). Kept as one purchase count per
//! (month, customer), so memory grows with customers × months, not rows.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::dataset::date;
use crate::dataset::quality::FileQuality;
use crate::dataset::table::{Table, line_of};
use crate::error::Problem;
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
    for path in &source.files {
        let shown = project.display_path(path);
        let Some(mut table) = Table::open(path, &shown).map_err(|p| problems.push(p)).ok() else {
            continue;
        };
        let mut missing = Vec::new();
        let mut need = |name: &str, what: &str| table.require(name, what, &mut missing);
        let customer = need(&source.customer_column, "customer id");
        let period = need(&source.period_column, "month");
        let purchases = need(&source.purchases_column, "purchases");
        if !missing.is_empty() {
            problems.extend(missing);
            continue;
        }
        let mut quality = FileQuality::new(shown.display().to_string(), "activity");
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
                let text = field(period);
                let month = Month::parse(&text)
                    .or_else(|| date::parse(&text, project.timezone.as_ref()).map(date::month_of));
                let Some(month) = month else {
                    quality.reject(
                        "unparseable month",
                        vec![at(
                            period,
                            format!("`{text}` is not a month; expected YYYY-MM or a date"),
                        )],
                    );
                    continue;
                };
                let count_text = field(purchases);
                let Ok(count) = count_text.parse::<u64>() else {
                    quality.reject(
                        "not a count",
                        vec![at(purchases, format!("`{count_text}` is not a number of purchases; expected a whole number, 0 or more"))],
                    );
                    continue;
                };
                let who = field(customer);
                if who.is_empty() {
                    quality.reject(
                        "missing customer id",
                        vec![at(customer, "the customer id is empty".into())],
                    );
                    continue;
                }
                quality.accepted += 1;
                let next = ids.len() as u32;
                let id = *ids.entry(who).or_insert(next);
                *activity
                    .months
                    .entry(month)
                    .or_default()
                    .entry(id)
                    .or_default() += count;
            }
        }
        quality.finish();
        qualities.push(quality);
    }
    // A month row with 0 purchases is not activity.
    for customers in activity.months.values_mut() {
        customers.retain(|_, &mut c| c > 0);
    }
    (activity, qualities, problems)
}
