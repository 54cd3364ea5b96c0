//! What needs a manager's attention in a month, as facts: headline figures
//! that miss their target, control-chart signals, complaint categories whose
//! share surged, and tested changes that are both significant (after the
//! Benjamini-Hochberg correction) and material. Read from the observation
//! table and the comparisons only; `render::attention` puts them in words.

use super::significance::{Comparison, Direction, Test};
use super::{ALL, Group, Indicators, Observation, spc, stats};
use crate::catalog::{self, Id};
use crate::dataset::Role;
use crate::period::{Month, Period};
use crate::project::Project;

/// A rise of a category's share counts as a surge from this many points
/// (percent), when the two-proportion z-test also finds it significant.
const SURGE_POINTS: f64 = 5.0;
const SURGE_ALPHA: f64 = 0.05;

/// How many tested changes the list holds at most per segment (the analysis
/// page has them all): a segment of many small branches would otherwise fill it.
const CHANGES_PER_SEGMENT: usize = 3;

/// One thing to look at, and how much it matters.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// 3 = act now, 2 = look into it, 1 = keep an eye on it.
    pub severity: u8,
    /// How far past its threshold the finding is (1 = at it): the order
    /// within a severity.
    pub materiality: f64,
    pub finding: Finding,
}

/// What was found.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A figure of the whole company missed its target.
    TargetMissed {
        indicator: Id,
        value: f64,
        target: f64,
        n: u64,
    },
    /// This month's point of a control chart broke run rules.
    Signal {
        chart: String,
        rules: Vec<u8>,
        value: Option<f64>,
        center: Option<f64>,
    },
    /// A complaint category's share rose significantly since last month.
    Surge {
        category: String,
        before: f64,
        now: f64,
        count: u64,
        p: f64,
    },
    /// A change that a test found significant and that is large enough to matter.
    Change {
        comparison: Comparison,
        /// True when the change is for the worse.
        worse: bool,
    },
}

/// The items of every month, most severe and most material first.
pub fn by_month(
    project: &Project,
    ind: &Indicators,
) -> std::collections::BTreeMap<Month, Vec<Item>> {
    ind.months
        .iter()
        .map(|&m| (m, for_month(project, ind, m)))
        .collect()
}

fn for_month(project: &Project, ind: &Indicators, month: Month) -> Vec<Item> {
    let mut items = targets_missed(project, ind, month);
    items.extend(signals(ind, month));
    items.extend(surges(ind, month));
    items.extend(changes(project, ind, month));
    // Most severe first; within a severity the company's own findings, then
    // segment by segment; within those the most material first.
    items.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.segment().cmp(&b.segment()))
            .then(b.materiality.total_cmp(&a.materiality))
    });
    items
}

impl Item {
    /// The segment a finding is about: none for the company as a whole.
    fn segment(&self) -> Option<&str> {
        match &self.finding {
            Finding::Change { comparison, .. } if comparison.segment != ALL => {
                Some(&comparison.segment)
            }
            _ => None,
        }
    }
}

/// Every indicator with a target whose company-wide figure misses it.
fn targets_missed(project: &Project, ind: &Indicators, month: Month) -> Vec<Item> {
    let all = Group::all();
    project
        .targets
        .iter()
        .filter_map(|(id, &target)| {
            let def = id.def();
            let o = ind.get(*id, Period::Month(month), &all, "")?;
            let value = o.value?;
            let missed = match def.better {
                catalog::Better::Lower => value > target,
                _ => value < target,
            };
            missed.then(|| {
                // How far off, against the target's own size (at least a point's worth).
                let gap = (value - target).abs() / target.abs().max(1.0);
                Item {
                    severity: if gap >= 0.1 { 3 } else { 2 },
                    materiality: 1.0 + gap,
                    finding: Finding::TargetMissed {
                        indicator: *id,
                        value,
                        target,
                        n: o.n,
                    },
                }
            })
        })
        .collect()
}

/// One item per control chart whose point of this month broke rules.
fn signals(ind: &Indicators, month: Month) -> Vec<Item> {
    let period = Period::Month(month);
    let all = Group::all();
    // Of the two charts of the complaint rate, only the one shown counts.
    let hidden = match spc::charts::rate_chart(ind, month) {
        spc::charts::U_COMPLAINT_RATE => spc::charts::XMR_COMPLAINT_RATE,
        _ => spc::charts::U_COMPLAINT_RATE,
    };
    let mut by_chart: Vec<(&str, Vec<u8>)> = Vec::new();
    for o in ind
        .of(id!("spc_signal"))
        .iter()
        .filter(|o| o.period == period && o.key != hidden)
    {
        let rule = o.value.unwrap_or(0.0) as u8;
        match by_chart.iter_mut().find(|(chart, _)| *chart == o.key) {
            Some((_, rules)) => rules.push(rule),
            None => by_chart.push((&o.key, vec![rule])),
        }
    }
    by_chart
        .into_iter()
        .map(|(chart, rules)| Item {
            severity: if rules.contains(&1) { 3 } else { 2 },
            materiality: rules.len() as f64,
            finding: Finding::Signal {
                chart: chart.to_string(),
                value: ind.value(id!("spc_value"), period, &all, chart),
                center: ind.value(id!("spc_center"), period, &all, chart),
                rules,
            },
        })
        .collect()
}

/// Complaint categories whose share rose by `SURGE_POINTS` or more, significantly.
fn surges(ind: &Indicators, month: Month) -> Vec<Item> {
    let all = Group::all();
    let count = |o: &Observation| o.value.unwrap_or(0.0) as u64;
    ind.breakdown(id!("complaints_by_category"), Period::Month(month), &all)
        .into_iter()
        .filter_map(|o| {
            let before = ind.get(
                id!("complaints_by_category"),
                Period::Month(month.prev()),
                &all,
                &o.key,
            )?;
            let (now, was) = (o.share?, before.share?);
            let rise = 100.0 * (now - was);
            let (_, p) = stats::two_proportion_z(count(o), o.n, count(before), before.n)?;
            (rise >= SURGE_POINTS && p < SURGE_ALPHA).then(|| Item {
                severity: if rise >= 2.0 * SURGE_POINTS { 3 } else { 2 },
                materiality: rise / SURGE_POINTS,
                finding: Finding::Surge {
                    category: o.key.to_string(),
                    before: 100.0 * was,
                    now: 100.0 * now,
                    count: count(o),
                    p,
                },
            })
        })
        .collect()
}

/// The smallest change that matters for an indicator: `min_effect` points on
/// a 0-100 scale, in the indicator's own unit (NPS spans 200 points, a mean
/// the width of its item's scale).
fn min_effect(project: &Project, ind: &Indicators, indicator: Id) -> Option<f64> {
    let def = indicator.def();
    let span = match def.unit {
        catalog::Unit::Percent => 100.0,
        catalog::Unit::Points => 200.0,
        catalog::Unit::Mean => {
            let role = if indicator == id!("ces") {
                Role::Ces
            } else {
                Role::Overall
            };
            let item = ind.items.iter().find(|i| i.role == role)?;
            f64::from(item.scale.hi - item.scale.lo)
        }
        _ => return None,
    };
    Some(project.analysis.min_effect / 100.0 * span)
}

/// Changes a test found significant this month that are also material, the
/// worse ones first.
fn changes(project: &Project, ind: &Indicators, month: Month) -> Vec<Item> {
    let period = Period::Month(month);
    let mut found: Vec<Item> = ind
        .comparisons
        .iter()
        .filter(|c| c.period == period && c.significant && c.test != Test::Anova)
        .filter_map(|c| {
            let def = c.indicator.def();
            let effect = c.difference?.abs() / min_effect(project, ind, c.indicator)?;
            if effect < 1.0 {
                return None;
            }
            let worse = match def.better {
                catalog::Better::Higher => c.direction == Direction::Down,
                catalog::Better::Lower => c.direction == Direction::Up,
                catalog::Better::Neither => false,
            };
            Some(Item {
                severity: if worse { 2 } else { 1 },
                materiality: effect,
                finding: Finding::Change {
                    comparison: c.clone(),
                    worse,
                },
            })
        })
        .collect();
    // The worse and the most material of each segment.
    found.sort_by(|a, b| {
        a.segment()
            .cmp(&b.segment())
            .then(b.severity.cmp(&a.severity))
            .then(b.materiality.total_cmp(&a.materiality))
    });
    let mut kept: Vec<Item> = Vec::new();
    for item in found {
        if kept
            .iter()
            .filter(|k| k.segment() == item.segment())
            .count()
            < CHANGES_PER_SEGMENT
        {
            kept.push(item);
        }
    }
    kept
}
