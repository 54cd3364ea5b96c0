//! Survey indicators from the survey cube: `responses`, `overall_mean`, `csat`,
//! `dissatisfied` (answers below the scale's midpoint) and `nps`, per month and quarter, overall and
//! per segment value.

use rayon::prelude::*;

use super::{Group, Observation, quarters, stats};
use crate::dataset::{Role, Survey, SurveyAcc};
use crate::period::{Month, Period};
use crate::project::Project;

/// Confidence level of the NPS interval.
const CONFIDENCE: f64 = 0.95;

/// Observations of every survey indicator, and how many cells were suppressed.
pub fn observations(
    project: &Project,
    survey: &Survey,
    months: &[Month],
) -> (Vec<Observation>, u64) {
    // (period, group, accumulator): months as read, quarters merged from months.
    let mut cells: Vec<(Period, Group, SurveyAcc)> = Vec::new();
    let group_of = |segment: Option<usize>, value: &str| match segment {
        None => Group::all(),
        Some(s) => Group {
            segment: project.segments[s].id.clone(),
            value: value.to_string(),
        },
    };
    let groups = survey.cube.groups();
    for (key, acc) in &groups {
        cells.push((
            Period::Month(key.month),
            group_of(key.segment, &key.value),
            (*acc).clone(),
        ));
    }
    for (quarter, in_quarter) in quarters(months) {
        let mut merged: Vec<(Group, SurveyAcc)> = Vec::new();
        for (key, acc) in groups.iter().filter(|(k, _)| in_quarter.contains(&k.month)) {
            let group = group_of(key.segment, &key.value);
            match merged.iter_mut().find(|(g, _)| *g == group) {
                Some((_, m)) => m.merge(acc),
                None => merged.push((group, (*acc).clone())),
            }
        }
        cells.extend(merged.into_iter().map(|(g, a)| (quarter, g, a)));
    }

    let results: Vec<(Vec<Observation>, u64)> = cells
        .par_iter()
        .map(|(period, group, acc)| cell_observations(project, survey, *period, group, acc))
        .collect();
    let suppressed = results.iter().map(|r| r.1).sum();
    (results.into_iter().flat_map(|r| r.0).collect(), suppressed)
}

/// The observations of one cell; those whose base is below the minimum cell
/// size are dropped and counted.
fn cell_observations(
    project: &Project,
    survey: &Survey,
    period: Period,
    group: &Group,
    acc: &SurveyAcc,
) -> (Vec<Observation>, u64) {
    let mut out = vec![Observation::new(
        "responses",
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
            "overall_mean",
            period,
            group,
            stats::mean(&counts, item.scale.lo),
            n,
        ));
        out.push(Observation::new(
            "csat",
            period,
            group,
            stats::top2_percent(&counts),
            n,
        ));
        out.push(Observation::new(
            "dissatisfied",
            period,
            group,
            stats::below_midpoint_percent(&counts),
            n,
        ));
    }
    if let Some((_, counts, n)) = item(Role::Nps) {
        let result = stats::nps(&counts, CONFIDENCE);
        let mut o = Observation::new("nps", period, group, result.map(|r| r.value), n);
        o.ci_low = result.map(|r| r.ci_low);
        o.ci_high = result.map(|r| r.ci_high);
        out.push(o);
    }
    let before = out.len() as u64;
    out.retain(|o| o.n >= project.min_cell_size);
    let dropped = before - out.len() as u64;
    (out, dropped)
}
