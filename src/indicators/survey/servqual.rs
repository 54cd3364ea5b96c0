//! SERVQUAL gaps (`perception_mean`, `expectation_mean`, `servqual_gap`,
//! `servqual_weighted`), the zone of tolerance (`zot_adequate`, `zot_desired`,
//! `zot_msa`, `zot_mss`, and `zot_inconsistent`, the share of items answered
//! with adequate above desired) and Cronbach's alpha per dimension, following
//! methods.md M5 and M6, from the respondent-level sums of the cube.

use crate::catalog::Id;
use crate::dataset::respondent::{Block, PairKind};
use crate::dataset::{Role, Survey, SurveyAcc};
use crate::indicators::reliability::cronbach_alpha;
use crate::indicators::{Group, Observation};
use crate::period::Period;
use crate::project::Project;

/// The indicators of one pair kind: (perception side, other side, difference).
fn names(kind: PairKind) -> (Option<Id>, Id, Id) {
    match kind {
        PairKind::Expectation => (
            Some(id!("perception_mean")),
            id!("expectation_mean"),
            id!("servqual_gap"),
        ),
        PairKind::Adequate => (None, id!("zot_adequate"), id!("zot_msa")),
        PairKind::Desired => (None, id!("zot_desired"), id!("zot_mss")),
    }
}

pub fn observations(
    project: &Project,
    survey: &Survey,
    period: Period,
    group: &Group,
    acc: &SurveyAcc,
    item_detail: bool,
) -> Vec<Observation> {
    let s = &survey.layout.structure;
    let items = &survey.instrument.items;
    let mut out = Vec::new();
    let row = |indicator, value, n, dimension: &str, item: &str| {
        Observation::new(indicator, period, group, value, n).about(dimension, item)
    };
    let mean = |sum: f64, n: u64| (n > 0).then(|| sum / n as f64);
    for kind in PairKind::ALL {
        let pairs = s.pairs(kind);
        if pairs.is_empty() {
            continue;
        }
        let (p_name, other_name, gap_name) = names(kind);
        let sums = &acc.respondent.paired[kind as usize];
        // Item-level gaps: only the ones of the SERVQUAL pairs (the zone of
        // tolerance is read per dimension).
        if item_detail && kind == PairKind::Expectation {
            for (pair, &(n, sp, so)) in pairs.iter().zip(&sums.items) {
                let p_item = &items[pair.perception];
                let dim = pair.dimension.map_or("", |d| s.dimensions[d].as_str());
                let p = mean(sp as f64, n).map(|m| m + s.lo(pair.perception));
                let o = mean(so as f64, n).map(|m| m + s.lo(pair.other));
                let gap = p.zip(o).map(|(p, o)| p - o);
                if let Some(name) = p_name {
                    out.push(row(name, p, n, dim, &p_item.id));
                }
                out.push(row(other_name, o, n, dim, &p_item.id));
                out.push(row(gap_name, gap, n, dim, &p_item.id));
            }
        }
        let mut dimension_gaps = Vec::new();
        for (d, &(n, sp, so)) in sums.dimensions.iter().enumerate() {
            if !pairs.iter().any(|p| p.dimension == Some(d)) {
                continue;
            }
            let dim = &s.dimensions[d];
            let (p, o) = (mean(sp, n), mean(so, n));
            let gap = p.zip(o).map(|(p, o)| p - o);
            if let Some(name) = p_name {
                out.push(row(name, p, n, dim, ""));
            }
            out.push(row(other_name, o, n, dim, ""));
            out.push(row(gap_name, gap, n, dim, ""));
            dimension_gaps.push((dim.as_str(), gap, n));
        }
        if kind == PairKind::Expectation && !dimension_gaps.is_empty() {
            out.extend(totals(project, survey, period, group, acc, &dimension_gaps));
        }
    }
    // A data-quality figure of all respondents: its base counts answers, not
    // respondents, so a segment's cell could pass the minimum size on a handful
    // of people.
    if group.segment == crate::indicators::ALL
        && !s.pairs(PairKind::Adequate).is_empty()
        && !s.pairs(PairKind::Desired).is_empty()
    {
        let r = &acc.respondent;
        out.push(Observation::new(
            id!("zot_inconsistent"),
            period,
            group,
            mean(100.0 * r.inconsistent_zones as f64, r.zone_pairs),
            r.zone_pairs,
        ));
    }
    for (d, blocks) in acc.respondent.blocks.iter().enumerate() {
        for (block, cp) in Block::ALL.iter().zip(blocks) {
            if cp.k() >= 2 {
                out.push(
                    row(
                        id!("cronbach_alpha"),
                        cronbach_alpha(cp),
                        cp.n(),
                        &s.dimensions[d],
                        "",
                    )
                    .keyed(block.id()),
                );
            }
        }
    }
    out
}

/// The unweighted (`servqual_gap` without a dimension) and weighted SERVQUAL
/// scores: undefined when any dimension's gap is.
fn totals(
    project: &Project,
    survey: &Survey,
    period: Period,
    group: &Group,
    acc: &SurveyAcc,
    gaps: &[(&str, Option<f64>, u64)],
) -> Vec<Observation> {
    let n = gaps.iter().map(|g| g.2).min().unwrap_or(0);
    let all: Option<Vec<f64>> = gaps.iter().map(|g| g.1).collect();
    let unweighted = all.as_ref().map(|g| g.iter().sum::<f64>() / g.len() as f64);
    let weights: Option<Vec<f64>> = gaps
        .iter()
        .map(|(dim, _, _)| dimension_weight(project, survey, acc, dim))
        .collect();
    let weighted = all.zip(weights).and_then(|(g, w)| {
        let total: f64 = w.iter().sum();
        (total > 0.0).then(|| g.iter().zip(&w).map(|(g, w)| g * w).sum::<f64>() / total)
    });
    vec![
        Observation::new(id!("servqual_gap"), period, group, unweighted, n),
        Observation::new(id!("servqual_weighted"), period, group, weighted, n),
    ]
}

/// A dimension's weight: configured, else the mean of its importance item in
/// this cell, else 1 (equal weights).
fn dimension_weight(project: &Project, survey: &Survey, acc: &SurveyAcc, dim: &str) -> Option<f64> {
    let configured = &project.analysis.servqual_weights;
    if !configured.is_empty() {
        return Some(configured.get(dim).copied().unwrap_or(0.0));
    }
    let items = &survey.instrument.items;
    let has_importance = items.iter().any(|i| i.role == Role::Importance);
    if !has_importance {
        return Some(1.0);
    }
    let index = items
        .iter()
        .position(|i| i.role == Role::Importance && i.dimension.as_deref() == Some(dim))?;
    let counts = acc.item_counts(&survey.layout, index);
    crate::indicators::stats::mean(&counts, |s| items[index].points[s])
}
