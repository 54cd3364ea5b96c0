//! Item-level figures (`item_mean`, `item_index`, `answer_share`,
//! `item_missing`, `item_not_applicable`; methods.md M0-M2) and the weighted CS
//! index with its verbal level (M1), all from each item's answer counts.

use super::percent;
use crate::dataset::{Role, Survey, SurveyAcc};
use crate::indicators::inference::Moments;
use crate::indicators::{Group, Observation, stats};
use crate::period::Period;
use crate::project::Project;

/// The verbal levels of the 7-point scale, lowest first (methods.md M1).
pub const LEVELS: [&str; 7] = [
    "very_dissatisfied",
    "dissatisfied",
    "not_very_satisfied",
    "neutral",
    "fairly_satisfied",
    "satisfied",
    "very_satisfied",
];

/// The widest scale whose answer distribution is reported (0-10).
const MAX_DISTRIBUTION: usize = 11;

/// Per item of the instrument: mean, 0-100 score, the share of each answer,
/// and the counts of missing and not-applicable answers.
pub fn observations(
    survey: &Survey,
    period: Period,
    group: &Group,
    acc: &SurveyAcc,
) -> Vec<Observation> {
    let mut out = Vec::new();
    for (index, item) in survey.instrument.items.iter().enumerate() {
        let counts = acc.item_counts(&survey.layout, index);
        let n: u64 = counts.iter().sum();
        let s = &survey.layout.structure;
        let dimension = s.item_dimension[index].map_or("", |d| s.dimensions[d].as_str());
        let row = |indicator, value, n| {
            Observation::new(indicator, period, group, value, n).about(dimension, &item.id)
        };
        let mean = stats::mean(&counts, |s| item.points[s]);
        let span = f64::from(item.scale.hi - item.scale.lo);
        let mut item_mean = row(id!("item_mean"), mean, n);
        // The 95 % t interval of the mean, for ranking items with their uncertainty.
        if let Some((lo, hi)) = Moments::from_counts(&counts, |s| item.points[s]).t_interval(0.95) {
            item_mean.ci_low = Some(lo);
            item_mean.ci_high = Some(hi);
        }
        out.push(item_mean);
        out.push(row(
            id!("item_index"),
            mean.map(|m| (m - f64::from(item.scale.lo)) / span * 100.0),
            n,
        ));
        // Distributions of rating scales only; a 0-100 point allocation is not read
        // answer by answer, nor the answers of a scale that changed.
        let shares = if item.scale.width() <= MAX_DISTRIBUTION && item.regimes.len() == 1 {
            counts.as_slice()
        } else {
            &[]
        };
        for (i, &c) in shares.iter().enumerate() {
            let answer = item.scale.lo + i as i32;
            out.push(row(id!("answer_share"), percent(c, n), n).keyed(answer.to_string()));
        }
        // Counted out of every respondent of the cell, which is their base.
        let missing = acc.missing(index) as f64;
        out.push(row(id!("item_missing"), Some(missing), acc.responses));
        let na = acc.not_applicable(index) as f64;
        out.push(row(id!("item_not_applicable"), Some(na), acc.responses));
    }
    out
}

/// `cs_index` and `cs_level`: the importance-weighted mean of the level values
/// of the perception items (the overall item when there are none).
pub fn cs_index(
    project: &Project,
    survey: &Survey,
    period: Period,
    group: &Group,
    acc: &SurveyAcc,
) -> Vec<Observation> {
    let items = &survey.instrument.items;
    let mut chosen: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].role == Role::Perception)
        .collect();
    if chosen.is_empty() {
        chosen = (0..items.len())
            .filter(|&i| items[i].role == Role::Overall)
            .collect();
    }
    // The verbal levels exist on 7-point scales only (answered on one).
    chosen.retain(|&i| items[i].scale.width() == 7 && items[i].regimes.len() == 1);
    if chosen.is_empty() {
        return Vec::new();
    }
    let levels = &project.analysis.cs_levels;
    let (mut weighted, mut weights, mut n_min, mut defined) = (0.0, 0.0, u64::MAX, true);
    for &i in &chosen {
        let counts = acc.item_counts(&survey.layout, i);
        let n: u64 = counts.iter().sum();
        n_min = n_min.min(n);
        if n == 0 {
            defined = false;
            continue;
        }
        let level_mean = counts
            .iter()
            .zip(&levels.values)
            .map(|(&c, v)| c as f64 * v)
            .sum::<f64>()
            / n as f64;
        weighted += items[i].weight * level_mean;
        weights += items[i].weight;
    }
    let index = (defined && weights > 0.0).then(|| weighted / weights);
    let level = index.map(|x| levels.bands.iter().rposition(|&b| x >= b).unwrap_or(0));
    let mut level_row = Observation::new(
        id!("cs_level"),
        period,
        group,
        level.map(|l| (l + 1) as f64),
        n_min,
    );
    level_row.label = level.map(|l| LEVELS[l].into()).unwrap_or_default();
    vec![
        Observation::new(id!("cs_index"), period, group, index, n_min),
        level_row,
    ]
}
