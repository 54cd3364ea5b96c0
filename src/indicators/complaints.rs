//! Complaint indicators per month, quarter (and, for counts and Pareto tables,
//! the trailing twelve months), overall and per segment value, following
//! methods.md M9:
//!
//! - `complaints` and `complaints_by_<breakdown>` with Pareto columns;
//! - `complaint_rate` per 1,000 customers, where a customer base is given;
//! - `first_response_hours` and `resolution_hours` (key `median` and `p90`,
//!   type-7 quantiles over the complaints that have the event; open ones are
//!   censored, not counted);
//! - `sla_met`, `reopen_rate`, `fcr_rate`, `timely_rate` (percent) and
//!   `backlog` (open at the period's end);
//! - the iceberg estimate `iceberg_silent_dissatisfied` and `wom_reach`.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::DateTime;

use super::{Group, Observation, disclosure, quarters, stats};
use crate::catalog::{Breakdown, Id};
use crate::dataset::date::hours_between;
use crate::dataset::{Complaint, CustomerCount};
use crate::period::{Month, Period};
use crate::project::Project;

/// The first instant after a month.
fn end_of(m: Month) -> DateTime {
    let next = if m.month == 12 {
        Month {
            year: m.year + 1,
            month: 1,
        }
    } else {
        Month {
            year: m.year,
            month: m.month + 1,
        }
    };
    jiff::civil::date(next.year, next.month as i8, 1).to_datetime(jiff::civil::Time::midnight())
}

/// The months of each period that complaint indicators are computed for.
fn periods(months: &[Month]) -> Vec<(Period, Vec<Month>)> {
    let mut out: Vec<(Period, Vec<Month>)> = months
        .iter()
        .map(|&m| (Period::Month(m), vec![m]))
        .collect();
    out.extend(quarters(months));
    // A trailing twelve months is published only once it has twelve months.
    for (i, &m) in months.iter().enumerate().skip(11) {
        out.push((Period::Trailing(m), months[i - 11..=i].to_vec()));
    }
    out
}

/// The groups a complaint belongs to: everyone and one value per segment.
fn groups_of<'a>(project: &'a Project, c: &'a Complaint) -> impl Iterator<Item = Group> + 'a {
    let source = project.complaints.as_ref().expect("complaint source");
    std::iter::once(Group::all()).chain(source.segments.iter().zip(&c.segments).map(|(&s, v)| {
        Group {
            segment: project.segments[s].id.clone(),
            value: v.clone(),
        }
    }))
}

/// The backlog at the end of every month: a complaint received before the
/// month ends and not resolved before it ends is open then, whenever it was
/// received. Each complaint adds itself to the months it was open at, so the
/// work grows with complaints times the months they stay open.
fn open_at_month_end(
    project: &Project,
    complaints: &[Complaint],
    months: &[Month],
) -> BTreeMap<(Month, Group), u64> {
    let mut open = BTreeMap::new();
    for c in complaints {
        let groups: Vec<Group> = groups_of(project, c).collect();
        for &m in months.iter().filter(|&&m| m >= c.month) {
            let t = end_of(m);
            if c.resolved.is_some_and(|r| r < t) {
                break;
            }
            for g in &groups {
                *open.entry((m, g.clone())).or_default() += 1;
            }
        }
    }
    open
}

/// Customers per (month, group): the rows of the file summed.
fn customer_base(project: &Project, rows: &[CustomerCount]) -> BTreeMap<(Month, Group), u64> {
    let mut base = BTreeMap::new();
    let Some(source) = &project.customers else {
        return base;
    };
    for row in rows {
        *base.entry((row.month, Group::all())).or_default() += row.customers;
        for (&s, v) in source.segments.iter().zip(&row.segments) {
            *base
                .entry((
                    row.month,
                    Group {
                        segment: project.segments[s].id.clone(),
                        value: v.clone(),
                    },
                ))
                .or_default() += row.customers;
        }
    }
    base
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// Observations of every complaint indicator, and how many cells were suppressed.
pub fn observations(
    project: &Project,
    complaints: &[Complaint],
    customers: &[CustomerCount],
    months: &[Month],
) -> (Vec<Observation>, u64) {
    // Complaints by (month, group), a single pass over the rows.
    let mut by_cell: BTreeMap<(Month, Group), Vec<&Complaint>> = BTreeMap::new();
    for c in complaints {
        for g in groups_of(project, c) {
            by_cell.entry((c.month, g)).or_default().push(c);
        }
    }
    let groups: Vec<Group> = {
        let mut g: Vec<Group> = by_cell.keys().map(|(_, g)| g.clone()).collect();
        g.push(Group::all());
        g.sort();
        g.dedup();
        g
    };
    // Breakdown counts per (month, group), so that quarters and trailing years
    // merge a few small maps instead of recounting their rows.
    let month_counts: MonthCounts = by_cell
        .iter()
        .map(|(key, rows)| {
            let mut counts: [BTreeMap<&str, u64>; 7] = Default::default();
            for c in rows {
                for b in Breakdown::ALL {
                    if let Some(v) = c.breakdown(b) {
                        *counts[b as usize].entry(v).or_default() += 1;
                    }
                }
            }
            (key.clone(), counts)
        })
        .collect();
    let open = open_at_month_end(project, complaints, months);
    let base = customer_base(project, customers);
    // The report date: SLA status is judged with everything known up to the end of the data.
    let as_of = months.last().map(|&m| end_of(m));
    // Without resolution data nothing ever closes: a backlog would only count
    // every complaint ever received.
    let resolvable = project
        .complaints
        .as_ref()
        .is_some_and(|c| c.columns.resolved.is_some() || c.columns.resolution_hours.is_some());

    let mut out = Vec::new();
    let mut suppressed = 0;
    for (period, in_period) in periods(months) {
        let mut cells: BTreeMap<&Group, Vec<&Complaint>> = BTreeMap::new();
        for group in &groups {
            let rows: Vec<&Complaint> = in_period
                .iter()
                .flat_map(|&m| {
                    by_cell
                        .get(&(m, group.clone()))
                        .into_iter()
                        .flatten()
                        .copied()
                })
                .collect();
            if !rows.is_empty() || group.segment == super::ALL {
                cells.insert(group, rows);
            }
        }
        let tables = breakdown_tables(&month_counts, &in_period, cells.keys().copied());
        let hidden = hidden(project, &cells, &tables);
        suppressed += (hidden.groups.len() + hidden.cells.len()) as u64;
        for (&group, rows) in &cells {
            if hidden.groups.contains(group) {
                continue;
            }
            let cell = Cell {
                project,
                period,
                group,
                rows,
                in_period: &in_period,
            };
            cell.counts(&tables, &hidden.cells, &mut out);
            if matches!(period, Period::Trailing(_)) {
                continue;
            }
            cell.rate(&base, &mut out);
            cell.durations(&mut out);
            cell.shares(as_of, &mut out);
            if resolvable {
                cell.backlog(&open, &mut out);
            }
            cell.iceberg(&mut out);
        }
    }
    (out, suppressed)
}

/// Counts per breakdown value, per (month, group).
type MonthCounts<'a> = BTreeMap<(Month, Group), [BTreeMap<&'a str, u64>; 7]>;

/// Counts per breakdown value of one period, per group and breakdown.
type Tables<'a, 'g> = BTreeMap<(&'g Group, Breakdown), BTreeMap<&'a str, u64>>;

/// A period's breakdown tables, merged from its months.
fn breakdown_tables<'a, 'g>(
    month_counts: &MonthCounts<'a>,
    in_period: &[Month],
    groups: impl Iterator<Item = &'g Group>,
) -> Tables<'a, 'g> {
    let mut tables: Tables = BTreeMap::new();
    for group in groups {
        for m in in_period {
            let Some(counts) = month_counts.get(&(*m, group.clone())) else {
                continue;
            };
            for b in Breakdown::ALL {
                for (v, n) in &counts[b as usize] {
                    *tables.entry((group, b)).or_default().entry(v).or_default() += n;
                }
            }
        }
    }
    tables
}

/// What one period does not publish (see `disclosure`): segment values with
/// too few complaints, and breakdown cells within a group.
struct Hidden<'a, 'g> {
    groups: BTreeSet<&'g Group>,
    cells: BTreeSet<(&'g Group, Breakdown, &'a str)>,
}

fn hidden<'a, 'g>(
    project: &Project,
    cells: &BTreeMap<&'g Group, Vec<&Complaint>>,
    tables: &Tables<'a, 'g>,
) -> Hidden<'a, 'g> {
    let source = project.complaints.as_ref().expect("complaint source");
    let min = project.min_cell_size;
    let mut out = Hidden {
        groups: BTreeSet::new(),
        cells: BTreeSet::new(),
    };
    // Keys of the company's own tables that must go, per breakdown.
    let mut company: BTreeMap<Breakdown, BTreeSet<&str>> = BTreeMap::new();
    for &s in &source.segments {
        let segment = &project.segments[s];
        let totals: BTreeMap<&Group, u64> = cells
            .iter()
            .filter(|(g, _)| g.segment == segment.id)
            .map(|(&g, rows)| (g, rows.len() as u64))
            .collect();
        let mut hidden_values = disclosure::one_way(&totals, min);
        // A value whose breakdown cannot be protected within its row loses its
        // total too, and the tables are worked out again.
        let within = loop {
            let within: Vec<(Breakdown, disclosure::TwoWay<&Group, &str>)> = Breakdown::ALL
                .into_iter()
                .map(|b| {
                    let table: BTreeMap<(&Group, &str), u64> = tables
                        .iter()
                        .filter(|((g, bb), _)| *bb == b && g.segment == segment.id)
                        .flat_map(|((g, _), counts)| counts.iter().map(|(&k, &n)| ((*g, k), n)))
                        .collect();
                    (b, disclosure::two_way(&table, &hidden_values, min))
                })
                .collect();
            let open: Vec<&Group> = within
                .iter()
                .flat_map(|(_, t)| t.open_rows.iter().copied())
                .collect();
            if open.is_empty() {
                break within;
            }
            hidden_values.extend(open);
            disclosure::complement(&totals, &mut hidden_values);
        };
        for (b, table) in within {
            out.cells.extend(
                table
                    .hidden
                    .into_iter()
                    .filter(|(g, _)| !hidden_values.contains(g))
                    .map(|(g, k)| (g, b, k)),
            );
            let keys = company.entry(b).or_default();
            keys.extend(table.open_columns);
            // The company's breakdown by the segment's own column lists each
            // value's total: it hides what the segment hides.
            if b.column(source) == Some(segment.column.as_str()) {
                keys.extend(hidden_values.iter().map(|g| g.value.as_str()));
            }
        }
        out.groups.extend(hidden_values);
    }
    let everyone: Option<&'g Group> = cells.keys().copied().find(|g| g.segment == super::ALL);
    for (b, wanted) in company {
        let Some((all, counts)) = everyone.and_then(|g| Some((g, tables.get(&(g, b))?))) else {
            continue;
        };
        let mut keys: BTreeSet<&str> = counts
            .keys()
            .copied()
            .filter(|k| wanted.contains(k))
            .collect();
        disclosure::complement(counts, &mut keys);
        out.cells.extend(keys.into_iter().map(|k| (all, b, k)));
    }
    out
}

/// The complaints of one period and group.
struct Cell<'a> {
    project: &'a Project,
    period: Period,
    group: &'a Group,
    rows: &'a [&'a Complaint],
    in_period: &'a [Month],
}

impl Cell<'_> {
    fn obs(&self, indicator: Id, value: Option<f64>, n: u64) -> Observation {
        Observation::new(indicator, self.period, self.group, value, n)
    }

    fn keyed(&self, indicator: Id, key: &str, value: Option<f64>, n: u64) -> Observation {
        let mut o = self.obs(indicator, value, n);
        o.key = key.into();
        o
    }

    /// `complaints` and a Pareto table per mapped breakdown, without its hidden cells.
    fn counts(
        &self,
        tables: &Tables,
        hidden: &BTreeSet<(&Group, Breakdown, &str)>,
        out: &mut Vec<Observation>,
    ) {
        let total = self.rows.len() as u64;
        out.push(self.obs(id!("complaints"), Some(total as f64), total));
        for b in Breakdown::ALL {
            let Some(counts) = tables.get(&(self.group, b)) else {
                continue;
            };
            let shown = counts
                .iter()
                .filter(|(k, _)| !hidden.contains(&(self.group, b, **k)))
                .map(|(k, v)| (k.to_string(), *v));
            let indicator = crate::catalog::breakdown_indicator(b);
            for row in stats::pareto_of(shown, counts.values().sum()) {
                let mut o = self.keyed(indicator, &row.key, Some(row.count as f64), total);
                o.share = Some(row.share);
                o.cum_share = Some(row.cum_share);
                o.vital_few = Some(row.vital);
                out.push(o);
            }
        }
    }

    /// Complaints per 1,000 customers; a quarter uses its months' mean base.
    fn rate(&self, base: &BTreeMap<(Month, Group), u64>, out: &mut Vec<Observation>) {
        if self.project.customers.is_none() {
            return;
        }
        let bases: Vec<u64> = self
            .in_period
            .iter()
            .filter_map(|&m| base.get(&(m, self.group.clone())).copied())
            .collect();
        if bases.len() != self.in_period.len() {
            return;
        }
        let mean_base = bases.iter().sum::<u64>() as f64 / bases.len() as f64;
        let value = (mean_base > 0.0).then(|| 1000.0 * self.rows.len() as f64 / mean_base);
        out.push(self.obs(id!("complaint_rate"), value, mean_base.round() as u64));
    }

    fn durations(&self, out: &mut Vec<Observation>) {
        for (indicator, hours) in [
            (
                id!("first_response_hours"),
                (|c: &Complaint| c.first_response_hours) as fn(&Complaint) -> Option<f64>,
            ),
            (id!("resolution_hours"), |c: &Complaint| c.resolution_hours),
        ] {
            let mut values: Vec<f64> = self.rows.iter().filter_map(|c| hours(c)).collect();
            if values.is_empty() {
                continue;
            }
            values.sort_by(f64::total_cmp);
            let n = values.len() as u64;
            out.push(self.keyed(indicator, "median", stats::quantile_sorted(&values, 0.5), n));
            out.push(self.keyed(indicator, "p90", stats::quantile_sorted(&values, 0.9), n));
        }
    }

    /// SLA compliance, reopen, first-contact-resolution and timely-response shares.
    fn shares(&self, as_of: Option<DateTime>, out: &mut Vec<Observation>) {
        let source = self.project.complaints.as_ref().expect("complaint source");
        if let (false, Some(as_of)) = (source.sla_hours.is_empty(), as_of) {
            let (mut met, mut breached) = (0, 0);
            for c in self.rows {
                let Some(limit) = c.severity().and_then(|s| source.sla_hours.get(s)) else {
                    continue;
                };
                match c
                    .resolution_hours
                    .filter(|_| c.resolved.is_some_and(|r| r <= as_of))
                {
                    Some(h) if h <= *limit => met += 1,
                    Some(_) => breached += 1,
                    // Open at the report date: breached once older than the limit, else pending.
                    None if hours_between(c.received, as_of) > *limit => breached += 1,
                    None => {}
                }
            }
            out.push(self.obs(
                id!("sla_met"),
                percent(met, met + breached),
                (met + breached) as u64,
            ));
        }
        let resolved: Vec<&&Complaint> = self
            .rows
            .iter()
            .filter(|c| c.resolved.is_some() && c.reopened.is_some())
            .collect();
        if !resolved.is_empty() {
            let reopened = resolved.iter().filter(|c| c.reopened == Some(true)).count();
            out.push(self.obs(
                id!("reopen_rate"),
                percent(reopened, resolved.len()),
                resolved.len() as u64,
            ));
        }
        for (indicator, flag) in [
            (
                id!("fcr_rate"),
                (|c: &Complaint| c.fcr) as fn(&Complaint) -> Option<bool>,
            ),
            (id!("timely_rate"), |c: &Complaint| c.timely),
        ] {
            let known: Vec<bool> = self.rows.iter().filter_map(|c| flag(c)).collect();
            if !known.is_empty() {
                let yes = known.iter().filter(|&&f| f).count();
                out.push(self.obs(indicator, percent(yes, known.len()), known.len() as u64));
            }
        }
    }

    /// Complaints open at the end of the period (see `open_at_month_end`).
    fn backlog(&self, open: &BTreeMap<(Month, Group), u64>, out: &mut Vec<Observation>) {
        let Some(&last) = self.in_period.last() else {
            return;
        };
        let n = open.get(&(last, self.group.clone())).copied().unwrap_or(0);
        out.push(self.obs(id!("backlog"), Some(n as f64), n));
    }

    /// The silent dissatisfied behind the complaints, and how many people hear
    /// about it, from the configured assumptions (an estimate, not a measurement).
    fn iceberg(&self, out: &mut Vec<Observation>) {
        if self.group.segment != super::ALL {
            return;
        }
        let i = self.project.iceberg;
        let complaints = self.rows.len() as f64;
        let silent = complaints * (1.0 - i.complaint_share) / i.complaint_share;
        out.push(self.obs(
            id!("iceberg_silent_dissatisfied"),
            Some(silent),
            self.rows.len() as u64,
        ));
        out.push(self.obs(
            id!("wom_reach"),
            Some((complaints + silent) * i.tells_per_dissatisfied),
            self.rows.len() as u64,
        ));
    }
}
