//! Survey indicators from the survey cube, per month and quarter, overall and
//! per segment value: the headline figures (`responses`, `overall_mean`,
//! `csat`, `dissatisfied`, `nps`, `ces`, `cs_index`), item-level figures
//! (`items`), SERVQUAL gaps, the zone of tolerance and reliability
//! (`servqual`), the satisfaction-loyalty quadrant, and the key drivers over a
//! rolling window (`key_drivers`).

mod items;
mod key_drivers;
mod servqual;

use rayon::prelude::*;

use super::{Group, Observation, quarters, stats};
use crate::dataset::respondent::LOYALTY;
use crate::dataset::{Role, Survey, SurveyAcc};
use crate::period::{Month, Period};
use crate::project::Project;

/// Confidence level of the NPS interval.
const CONFIDENCE: f64 = 0.95;

/// One period and group of respondents with its accumulator.
pub(super) struct Cell<'a> {
    pub period: Period,
    pub group: Group,
    /// Index into `Project::segments`; None for all respondents.
    pub segment: Option<usize>,
    pub acc: std::borrow::Cow<'a, SurveyAcc>,
}

/// The cells of every month (as read), and of the quarters of `quarters_of`
/// (merged from their months; an empty slice gives months only).
pub(super) fn cells<'a>(
    project: &Project,
    survey: &'a Survey,
    quarters_of: &[Month],
) -> Vec<Cell<'a>> {
    let group_of = |segment: Option<usize>, value: &str| match segment {
        None => Group::all(),
        Some(s) => Group {
            segment: project.segments[s].id.clone(),
            value: value.to_string(),
        },
    };
    let groups = survey.cube.groups();
    let mut cells: Vec<Cell> = groups
        .iter()
        .map(|(key, acc)| Cell {
            period: Period::Month(key.month),
            group: group_of(key.segment, &key.value),
            segment: key.segment,
            acc: std::borrow::Cow::Borrowed(*acc),
        })
        .collect();
    for (quarter, in_quarter) in quarters(quarters_of) {
        let mut merged: Vec<Cell> = Vec::new();
        for (key, acc) in groups.iter().filter(|(k, _)| in_quarter.contains(&k.month)) {
            let group = group_of(key.segment, &key.value);
            match merged.iter_mut().find(|c| c.group == group) {
                Some(c) => c.acc.to_mut().merge(acc),
                None => merged.push(Cell {
                    period: quarter,
                    group,
                    segment: key.segment,
                    acc: std::borrow::Cow::Owned((*acc).clone()),
                }),
            }
        }
        cells.extend(merged);
    }
    cells
}

/// Observations of every survey indicator, and how many were suppressed.
pub fn observations(
    project: &Project,
    survey: &Survey,
    months: &[Month],
) -> (Vec<Observation>, u64) {
    let cells = cells(project, survey, months);
    // Each cell's rows are filtered where they are made, so that suppressed
    // rows never take memory beside the kept ones.
    let min = project.min_cell_size;
    let kept = |mut rows: Vec<Observation>| {
        let before = rows.len();
        rows.retain(|o| o.n >= min);
        let dropped = (before - rows.len()) as u64;
        (rows, dropped)
    };
    let mut results: Vec<(Vec<Observation>, u64)> = cells
        .par_iter()
        .map(|cell| kept(cell_observations(project, survey, cell)))
        .collect();
    results.push(kept(key_drivers::observations(project, survey, months)));
    let dropped = results.iter().map(|r| r.1).sum();
    let mut out = Vec::with_capacity(results.iter().map(|r| r.0.len()).sum());
    for (rows, _) in results {
        out.extend(rows);
    }
    (out, dropped)
}

/// The observations of one cell, suppressed ones included.
fn cell_observations(project: &Project, survey: &Survey, cell: &Cell) -> Vec<Observation> {
    let (period, group, acc) = (cell.period, &cell.group, cell.acc.as_ref());
    let mut out = vec![Observation::new(
        id!("responses"),
        period,
        group,
        Some(acc.responses as f64),
        acc.responses,
    )];
    let item = |role: Role| {
        let index = survey
            .instrument
            .items
            .iter()
            .position(|i| i.role == role)?;
        let counts = acc.item_counts(&survey.layout, index);
        let n = counts.iter().sum::<u64>();
        Some((&survey.instrument.items[index], counts, n))
    };
    if let Some((item, counts, n)) = item(Role::Overall) {
        out.push(Observation::new(
            id!("overall_mean"),
            period,
            group,
            stats::mean(&counts, |s| item.points[s]),
            n,
        ));
        let csat = stats::share_percent(&counts, |s| item.satisfied(s));
        out.push(Observation::new(id!("csat"), period, group, csat, n));
        out.push(Observation::new(
            id!("dissatisfied"),
            period,
            group,
            stats::share_percent(&counts, |s| item.below_midpoint(s)),
            n,
        ));
    }
    if let Some((_, counts, n)) = item(Role::Nps) {
        let result = stats::nps(&counts, CONFIDENCE);
        let mut o = Observation::new(id!("nps"), period, group, result.map(|r| r.value), n);
        o.ci_low = result.map(|r| r.ci_low);
        o.ci_high = result.map(|r| r.ci_high);
        out.push(o);
    }
    if let Some((item, counts, n)) = item(Role::Ces) {
        out.push(Observation::new(
            id!("ces"),
            period,
            group,
            stats::mean(&counts, |s| item.points[s]),
            n,
        ));
    }
    out.extend(items::cs_index(project, survey, period, group, acc));
    let item_detail = cell.segment.is_none_or(|s| {
        project
            .survey
            .as_ref()
            .is_some_and(|src| src.item_segments.contains(&s))
    });
    if item_detail {
        out.extend(items::observations(survey, period, group, acc));
    }
    out.extend(servqual::observations(
        project,
        survey,
        period,
        group,
        acc,
        item_detail,
    ));
    let loyalty = &acc.respondent.loyalty;
    let base: u64 = loyalty.iter().sum();
    if survey.layout.structure.overall.is_some() && survey.layout.structure.nps.is_some() {
        for (name, &count) in LOYALTY.iter().zip(loyalty) {
            out.push(
                Observation::new(
                    id!("loyalty_quadrant"),
                    period,
                    group,
                    percent(count, base),
                    base,
                )
                .keyed(*name),
            );
        }
    }
    out
}

/// 100 · part / whole; undefined for an empty whole.
fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}
