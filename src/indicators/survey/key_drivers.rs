//! Key drivers of overall satisfaction (`driver_r2`, `driver_beta`,
//! `driver_weight`) and the importance-performance quadrant of each dimension
//! (`ipa_performance`, `ipa_quadrant`), per month over a rolling window of months so that the
//! regression has enough respondents (methods.md M8).

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::dataset::Survey;
use crate::indicators::drivers::{ipa_quadrant, key_drivers};
use crate::indicators::reliability::CrossProducts;
use crate::indicators::{Group, Observation};
use crate::period::{Month, Period};
use crate::project::Project;

pub fn observations(project: &Project, survey: &Survey, months: &[Month]) -> Vec<Observation> {
    let s = &survey.layout.structure;
    if !s.has_drivers() {
        return Vec::new();
    }
    let mut by_group: BTreeMap<Group, BTreeMap<Month, &CrossProducts>> = BTreeMap::new();
    for cell in super::cells(project, survey, &[]) {
        let (Period::Month(month), Cow::Borrowed(acc)) = (cell.period, cell.acc) else {
            continue;
        };
        if let Some(cp) = &acc.respondent.drivers {
            by_group.entry(cell.group).or_default().insert(month, cp);
        }
    }
    // Each dimension's P scale, to show performance on 0-100.
    let scales: Vec<_> = s
        .perception
        .iter()
        .map(|items| survey.instrument.items[items[0]].scale)
        .collect();
    let window = project.analysis.driver_window as usize;
    let mut out = Vec::new();
    for (group, by_month) in &by_group {
        for (i, &month) in months.iter().enumerate() {
            let mut cp = CrossProducts::new(s.dimensions.len() + 1);
            for m in &months[(i + 1).saturating_sub(window)..=i] {
                if let Some(part) = by_month.get(m) {
                    cp.merge(part);
                }
            }
            if cp.n() == 0 {
                continue;
            }
            let period = Period::Month(month);
            let drivers = key_drivers(&cp);
            let n = cp.n();
            out.push(Observation::new(
                id!("driver_r2"),
                period,
                group,
                drivers.as_ref().map(|d| d.r2),
                n,
            ));
            let performance: Vec<f64> = (0..s.dimensions.len())
                .map(|d| {
                    let scale = scales[d];
                    let mean = cp.mean(d + 1).unwrap_or(f64::NAN);
                    (mean - f64::from(scale.lo)) / f64::from(scale.hi - scale.lo) * 100.0
                })
                .collect();
            for (d, dim) in s.dimensions.iter().enumerate() {
                let row = |indicator, value| {
                    Observation::new(indicator, period, group, value, n).about(dim, "")
                };
                out.push(row(
                    id!("driver_beta"),
                    drivers.as_ref().map(|r| r.betas[d]),
                ));
                out.push(row(
                    id!("driver_weight"),
                    drivers.as_ref().map(|r| r.weights[d]),
                ));
                out.push(row(id!("ipa_performance"), Some(performance[d])));
                // Without drivers the quadrant is undefined, and says so.
                let quadrant = drivers.as_ref().map(|r| {
                    let p = s.dimensions.len() as f64;
                    let mean_i = r.weights.iter().sum::<f64>() / p;
                    let mean_p = performance.iter().sum::<f64>() / p;
                    ipa_quadrant(r.weights[d], performance[d], mean_i, mean_p)
                });
                let mut o = row(id!("ipa_quadrant"), quadrant.map(|q| f64::from(q.number())));
                o.label = quadrant.map(|q| q.id().into()).unwrap_or_default();
                out.push(o);
            }
        }
    }
    out
}
