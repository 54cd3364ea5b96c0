//! Changes that are real: every headline survey indicator of every group,
//! compared with the previous month and the same month a year earlier (Welch
//! t for means, the two-proportion z-test for CSAT, the NPS difference with its
//! standard error), and a one-way ANOVA across the values of each segment
//! (methods.md M7). The p-values of one month, the comparisons its report
//! shows, are adjusted together with Benjamini-Hochberg; a change is flagged
//! only when the adjusted p is below the level and neither cell is a low base.

use std::collections::BTreeMap;

use serde::Serialize;

use super::inference::{Moments, benjamini_hochberg, nps_difference, one_way_anova, welch_t};
use super::stats::{self, Nps};
use super::survey::{Cell, cells};
use super::{Group, as_display};
use crate::catalog::Id;
use crate::dataset::{Role, Survey, SurveyAcc};
use crate::period::{Month, Period};
use crate::project::Project;

/// One comparison, as exported in `comparisons.csv`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    #[serde(serialize_with = "as_display")]
    pub period: Period,
    pub segment: String,
    pub segment_value: String,
    pub indicator: Id,
    pub against: Against,
    #[serde(serialize_with = "optional_display")]
    pub base_period: Option<Period>,
    /// The indicator's value; eta squared for an ANOVA.
    pub value: Option<f64>,
    pub base_value: Option<f64>,
    pub difference: Option<f64>,
    pub n: u64,
    pub base_n: Option<u64>,
    pub test: Test,
    pub statistic: Option<f64>,
    /// Welch's degrees of freedom, or `k-1/N-k` for an ANOVA.
    pub df: String,
    pub p: Option<f64>,
    pub p_adjusted: Option<f64>,
    pub significant: bool,
    /// Set only when significant.
    pub direction: Direction,
    pub low_base: bool,
}

/// What a month is compared with. The order is the export's: the previous
/// month before the same month last year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Against {
    Previous,
    LastYear,
    /// The values of a segment with each other (ANOVA).
    SegmentValues,
}

/// The test behind a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Test {
    WelchT,
    TwoProportionZ,
    NpsDifference,
    Anova,
}

/// Which way a significant change went; `None` (an empty field) otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Direction {
    #[serde(rename = "up")]
    Up,
    #[serde(rename = "down")]
    Down,
    #[serde(rename = "")]
    None,
}

fn optional_display<S: serde::Serializer>(p: &Option<Period>, s: S) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => s.collect_str(p),
        None => s.serialize_str(""),
    }
}

/// What the tests need of one cell's headline indicator.
#[derive(Clone, Copy)]
enum Summary {
    Mean(Moments),
    /// Top-2-box answers and the base.
    Share(u64, u64),
    Nps(Nps),
}

impl Summary {
    fn n(&self) -> u64 {
        match self {
            Summary::Mean(m) => m.n(),
            Summary::Share(_, n) => *n,
            Summary::Nps(nps) => nps.n,
        }
    }

    fn value(&self) -> Option<f64> {
        match self {
            Summary::Mean(m) => m.mean(),
            Summary::Share(x, n) => (*n > 0).then(|| 100.0 * *x as f64 / *n as f64),
            Summary::Nps(nps) => Some(nps.value),
        }
    }

    fn test(&self) -> Test {
        match self {
            Summary::Mean(_) => Test::WelchT,
            Summary::Share(..) => Test::TwoProportionZ,
            Summary::Nps(_) => Test::NpsDifference,
        }
    }

    /// (statistic, df, p) of self against `base`.
    fn compare(&self, base: &Summary) -> Option<(f64, Option<f64>, f64)> {
        match (self, base) {
            (Summary::Mean(a), Summary::Mean(b)) => welch_t(a, b).map(|r| (r.statistic, r.df, r.p)),
            (Summary::Share(x1, n1), Summary::Share(x2, n2)) => {
                stats::two_proportion_z(*x1, *n1, *x2, *n2).map(|(z, p)| (z, None, p))
            }
            (Summary::Nps(a), Summary::Nps(b)) => {
                nps_difference(a, b).map(|r| (r.statistic, None, r.p))
            }
            _ => None,
        }
    }
}

/// The headline indicators tested, with the item role each is computed from.
const HEADLINES: [(Id, Role); 4] = [
    (id!("overall_mean"), Role::Overall),
    (id!("csat"), Role::Overall),
    (id!("nps"), Role::Nps),
    (id!("ces"), Role::Ces),
];

/// The summaries of one cell, per headline indicator that has a large enough base.
fn summaries(project: &Project, survey: &Survey, acc: &SurveyAcc) -> Vec<(Id, Summary)> {
    let items = &survey.instrument.items;
    HEADLINES
        .iter()
        .filter_map(|&(indicator, role)| {
            let index = items.iter().position(|i| i.role == role)?;
            let counts = acc.item_counts(&survey.layout, index);
            let summary = match indicator {
                i if i == id!("csat") => Summary::Share(
                    counts
                        .iter()
                        .enumerate()
                        .filter(|(s, _)| items[index].satisfied(*s))
                        .map(|(_, c)| c)
                        .sum(),
                    counts.iter().sum(),
                ),
                i if i == id!("nps") => Summary::Nps(stats::nps(&counts, 0.95)?),
                _ => Summary::Mean(Moments::from_counts(&counts, |s| items[index].points[s])),
            };
            (summary.n() >= project.min_cell_size).then_some((indicator, summary))
        })
        .collect()
}

/// Every comparison of every month, adjusted per month.
pub fn comparisons(project: &Project, survey: &Survey) -> Vec<Comparison> {
    let mut table: BTreeMap<(Month, Group), Vec<(Id, Summary)>> = BTreeMap::new();
    for Cell {
        period, group, acc, ..
    } in cells(project, survey, &[])
    {
        if let Period::Month(m) = period {
            table.insert((m, group), summaries(project, survey, &acc));
        }
    }
    let low = project.analysis.low_base;
    let mut out = Vec::new();
    for (&(month, ref group), now) in &table {
        for (against, base_month) in [
            (Against::Previous, month.prev()),
            (Against::LastYear, month.year_ago()),
        ] {
            let Some(before) = table.get(&(base_month, group.clone())) else {
                continue;
            };
            for (indicator, summary) in now {
                let Some((_, base)) = before.iter().find(|(i, _)| i == indicator) else {
                    continue;
                };
                let result = summary.compare(base);
                let (value, base_value) = (summary.value(), base.value());
                out.push(Comparison {
                    period: Period::Month(month),
                    segment: group.segment.clone(),
                    segment_value: group.value.clone(),
                    indicator: *indicator,
                    against,
                    base_period: Some(Period::Month(base_month)),
                    value,
                    base_value,
                    difference: value.zip(base_value).map(|(a, b)| a - b),
                    n: summary.n(),
                    base_n: Some(base.n()),
                    test: summary.test(),
                    statistic: result.map(|r| r.0),
                    df: result
                        .and_then(|r| r.1)
                        .map(|df| df.to_string())
                        .unwrap_or_default(),
                    p: result.map(|r| r.2),
                    p_adjusted: None,
                    significant: false,
                    direction: Direction::None,
                    low_base: summary.n() < low || base.n() < low,
                });
            }
        }
    }
    out.extend(anovas(project, &table));
    adjust(project, &mut out);
    out.sort_by(|a, b| {
        (a.period, &a.segment, &a.segment_value)
            .cmp(&(b.period, &b.segment, &b.segment_value))
            .then_with(|| a.indicator.cmp(&b.indicator))
            .then_with(|| a.against.cmp(&b.against))
    });
    out
}

/// One-way ANOVA of each mean across the values of each segment, per month.
fn anovas(
    project: &Project,
    table: &BTreeMap<(Month, Group), Vec<(Id, Summary)>>,
) -> Vec<Comparison> {
    let mut groups: BTreeMap<(Month, &str, Id), Vec<Moments>> = BTreeMap::new();
    for ((month, group), summaries) in table {
        if group.segment == super::ALL {
            continue;
        }
        for (indicator, summary) in summaries {
            if let Summary::Mean(m) = summary {
                groups
                    .entry((*month, group.segment.as_str(), *indicator))
                    .or_default()
                    .push(*m);
            }
        }
    }
    groups
        .into_iter()
        .filter(|(_, g)| g.len() >= 2)
        .map(|((month, segment, indicator), g)| {
            let result = one_way_anova(&g);
            let n = g.iter().map(Moments::n).sum();
            Comparison {
                period: Period::Month(month),
                segment: segment.to_string(),
                segment_value: String::new(),
                indicator,
                against: Against::SegmentValues,
                base_period: None,
                value: result.map(|r| r.eta_squared),
                base_value: None,
                difference: None,
                n,
                base_n: None,
                test: Test::Anova,
                statistic: result.map(|r| r.f),
                df: result
                    .map(|r| format!("{}/{}", r.df_between, r.df_within))
                    .unwrap_or_default(),
                p: result.map(|r| r.p),
                p_adjusted: None,
                significant: false,
                direction: Direction::None,
                low_base: g.iter().any(|m| m.n() < project.analysis.low_base),
            }
        })
        .collect()
}

/// Benjamini-Hochberg over the comparisons of each month, then the flags.
fn adjust(project: &Project, rows: &mut [Comparison]) {
    let mut by_month: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
    for (i, c) in rows.iter().enumerate() {
        if c.p.is_some() {
            by_month.entry(c.period).or_default().push(i);
        }
    }
    for indexes in by_month.values() {
        let p: Vec<f64> = indexes.iter().map(|&i| rows[i].p.unwrap_or(1.0)).collect();
        for (&i, adjusted) in indexes.iter().zip(benjamini_hochberg(&p)) {
            let c = &mut rows[i];
            c.p_adjusted = Some(adjusted);
            c.significant = adjusted < project.analysis.significance_level && !c.low_base;
            c.direction = match (c.significant, c.difference) {
                (true, Some(d)) if d > 0.0 => Direction::Up,
                (true, Some(d)) if d < 0.0 => Direction::Down,
                _ => Direction::None,
            };
        }
    }
}
