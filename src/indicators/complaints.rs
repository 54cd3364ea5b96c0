//! Complaint indicators: `complaints` (count) and `complaints_by_category`
//! with its Pareto columns, per month and quarter, overall and per segment value.

use std::collections::BTreeMap;

use super::{Group, Observation, quarters, stats};
use crate::dataset::Complaint;
use crate::period::{Month, Period};
use crate::project::Project;

/// Observations of every complaint indicator, and how many cells were suppressed.
pub fn observations(
    project: &Project,
    complaints: &[Complaint],
    months: &[Month],
) -> (Vec<Observation>, u64) {
    let source = project
        .complaints
        .as_ref()
        .expect("called only with a complaint source");
    // (month, group) -> category -> count; a single pass over the rows.
    let mut counts: BTreeMap<(Month, Group), BTreeMap<&str, u64>> = BTreeMap::new();
    for c in complaints {
        let mut add = |group: Group| {
            *counts
                .entry((c.month, group))
                .or_default()
                .entry(&c.category)
                .or_default() += 1
        };
        add(Group::all());
        for (&s, value) in source.segments.iter().zip(&c.segments) {
            add(Group {
                segment: project.segments[s].id.clone(),
                value: value.clone(),
            });
        }
    }
    // Months without a complaint still have a count: zero.
    for &m in months {
        counts.entry((m, Group::all())).or_default();
    }
    let mut cells: Vec<(Period, Group, BTreeMap<&str, u64>)> = counts
        .iter()
        .map(|((m, g), c)| (Period::Month(*m), g.clone(), c.clone()))
        .collect();
    for (quarter, in_quarter) in quarters(months) {
        let mut merged: BTreeMap<Group, BTreeMap<&str, u64>> = BTreeMap::new();
        for ((_, g), by_category) in counts.iter().filter(|((m, _), _)| in_quarter.contains(m)) {
            let target = merged.entry(g.clone()).or_default();
            for (cat, n) in by_category {
                *target.entry(cat).or_default() += n;
            }
        }
        cells.extend(merged.into_iter().map(|(g, c)| (quarter, g, c)));
    }

    let mut out = Vec::new();
    let mut suppressed = 0;
    for (period, group, by_category) in cells {
        let total: u64 = by_category.values().sum();
        // A segment with few complaints could point at the people who made them.
        if group.segment != super::ALL && total < project.min_cell_size {
            suppressed += 1;
            continue;
        }
        out.push(Observation::new(
            "complaints",
            period,
            &group,
            Some(total as f64),
            total,
        ));
        if source.columns.category.is_none() {
            continue;
        }
        for row in stats::pareto(by_category.iter().map(|(k, v)| (k.to_string(), *v))) {
            let mut o = Observation::new(
                "complaints_by_category",
                period,
                &group,
                Some(row.count as f64),
                total,
            );
            o.key = row.key;
            o.share = Some(row.share);
            o.cum_share = Some(row.cum_share);
            o.vital_few = Some(row.vital);
            out.push(o);
        }
    }
    (out, suppressed)
}
