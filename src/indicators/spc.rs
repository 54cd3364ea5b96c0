//! Shewhart control charts (methods.md M10): the p-chart for a share with
//! varying subgroup sizes, the u-chart for a count per unit of exposure, and
//! the XmR (individuals) chart, with limits from a phase-I baseline applied to
//! every month, and the Western Electric or Nelson run rules.

use crate::project::RuleSet;

/// d₂ for moving ranges of two points: σ̂ = MR̄ / d₂.
const D2: f64 = 1.128;
/// E₂ = 3 / d₂, the XmR limit factor as tabulated (ANSI/ASQC B1-B3).
const E2: f64 = 2.66;

/// One point of a chart with its centre, limits and sigma.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub value: f64,
    pub center: f64,
    pub ucl: f64,
    pub lcl: f64,
    /// The point's sigma, for the zones of the run rules.
    pub sigma: f64,
}

impl Point {
    /// Distance from the centre in sigmas (0 when sigma is 0).
    fn z(&self) -> f64 {
        if self.sigma > 0.0 {
            (self.value - self.center) / self.sigma
        } else {
            0.0
        }
    }
}

/// p-chart: x_i of n_i with p̄ = Σx/Σn over the baseline points; limits
/// p̄ ± 3 sqrt(p̄(1 − p̄)/n_i), clipped to [0, 1]. Subgroups with n = 0 get None.
pub fn p_chart(x: &[f64], n: &[f64], baseline: &[bool]) -> Vec<Option<Point>> {
    let (sx, sn) = sums(x, n, baseline);
    let p = if sn > 0.0 { sx / sn } else { f64::NAN };
    x.iter()
        .zip(n)
        .map(|(&x, &n)| {
            (n > 0.0 && p.is_finite()).then(|| {
                let sigma = (p * (1.0 - p) / n).sqrt();
                Point {
                    value: x / n,
                    center: p,
                    ucl: (p + 3.0 * sigma).min(1.0),
                    lcl: (p - 3.0 * sigma).max(0.0),
                    sigma,
                }
            })
        })
        .collect()
}

/// u-chart: c_i counts over exposure a_i with ū = Σc/Σa over the baseline;
/// limits ū ± 3 sqrt(ū / a_i), the lower one at least 0.
pub fn u_chart(c: &[f64], a: &[f64], baseline: &[bool]) -> Vec<Option<Point>> {
    let (sc, sa) = sums(c, a, baseline);
    let u = if sa > 0.0 { sc / sa } else { f64::NAN };
    c.iter()
        .zip(a)
        .map(|(&c, &a)| {
            (a > 0.0 && u.is_finite()).then(|| {
                let sigma = (u / a).sqrt();
                Point {
                    value: c / a,
                    center: u,
                    ucl: u + 3.0 * sigma,
                    lcl: (u - 3.0 * sigma).max(0.0),
                    sigma,
                }
            })
        })
        .collect()
}

fn sums(x: &[f64], n: &[f64], baseline: &[bool]) -> (f64, f64) {
    x.iter()
        .zip(n)
        .zip(baseline)
        .filter(|(_, b)| **b)
        .fold((0.0, 0.0), |(sx, sn), ((x, n), _)| (sx + x, sn + n))
}

/// XmR chart: centre x̄ of the baseline values, MR̄ the mean moving range of
/// consecutive baseline values, limits x̄ ± 2.66 MR̄, σ̂ = MR̄ / 1.128. Large
/// moving ranges are not excluded. None for missing values, and for every
/// point when the baseline has fewer than two values.
pub fn xmr(values: &[Option<f64>], baseline: &[bool]) -> Vec<Option<Point>> {
    let base: Vec<f64> = values
        .iter()
        .zip(baseline)
        .filter(|(_, b)| **b)
        .filter_map(|(v, _)| *v)
        .collect();
    if base.len() < 2 {
        return vec![None; values.len()];
    }
    let center = base.iter().sum::<f64>() / base.len() as f64;
    let mr = base.windows(2).map(|w| (w[1] - w[0]).abs()).sum::<f64>() / (base.len() - 1) as f64;
    values
        .iter()
        .map(|v| {
            v.map(|value| Point {
                value,
                center,
                ucl: center + E2 * mr,
                lcl: center - E2 * mr,
                sigma: mr / D2,
            })
        })
        .collect()
}

/// Which points break which rule: (index, rule number in the chosen set). A rule
/// flags the point that completes its pattern, and again every later point that
/// continues it. Zone lines belong to the inner zone; a point on the centre line
/// is on neither side; equal neighbours break trends and alternations.
pub fn signals(points: &[Option<Point>], rules: RuleSet) -> Vec<(usize, u8)> {
    // Rules look at consecutive plotted points; gaps (undefined months) are skipped.
    let plotted: Vec<(usize, Point)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .collect();
    let pts: Vec<Point> = plotted.iter().map(|(_, p)| *p).collect();
    let mut out = Vec::new();
    for (k, &(index, _)) in plotted.iter().enumerate() {
        let fired: Vec<u8> = match rules {
            RuleSet::WesternElectric => [
                (1, beyond_limits(&pts, k)),
                (2, k_of_m_beyond(&pts, k, 2, 3, 2.0)),
                (3, k_of_m_beyond(&pts, k, 4, 5, 1.0)),
                (4, run_same_side(&pts, k, 8)),
            ]
            .into_iter()
            .filter(|(_, f)| *f)
            .map(|(r, _)| r)
            .collect(),
            RuleSet::Nelson => [
                (1, beyond_limits(&pts, k)),
                (2, run_same_side(&pts, k, 9)),
                (3, trend(&pts, k, 6)),
                (4, alternating(&pts, k, 14)),
                (5, k_of_m_beyond(&pts, k, 2, 3, 2.0)),
                (6, k_of_m_beyond(&pts, k, 4, 5, 1.0)),
                (7, run_where(&pts, k, 15, |z| z.abs() <= 1.0)),
                (8, run_where(&pts, k, 8, |z| z.abs() > 1.0)),
            ]
            .into_iter()
            .filter(|(_, f)| *f)
            .map(|(r, _)| r)
            .collect(),
        };
        out.extend(fired.into_iter().map(|r| (index, r)));
    }
    out
}

/// True when more than half of the plotted points are beyond their limits: the
/// sign of over-dispersion, where the XmR chart of the rate is the better guide.
pub fn overdispersed(points: &[Option<Point>]) -> bool {
    let plotted: Vec<&Point> = points.iter().flatten().collect();
    let beyond = plotted
        .iter()
        .filter(|p| p.value > p.ucl || p.value < p.lcl)
        .count();
    plotted.len() >= 4 && beyond * 2 > plotted.len()
}

fn beyond_limits(p: &[Point], k: usize) -> bool {
    p[k].value > p[k].ucl || p[k].value < p[k].lcl
}

/// The last `len` points (ending at k) all satisfy `f` on their z.
fn run_where(p: &[Point], k: usize, len: usize, f: impl Fn(f64) -> bool) -> bool {
    k + 1 >= len && p[k + 1 - len..=k].iter().all(|q| f(q.z()))
}

fn run_same_side(p: &[Point], k: usize, len: usize) -> bool {
    run_where(p, k, len, |z| z > 0.0) || run_where(p, k, len, |z| z < 0.0)
}

/// At least `hits` of the last `window` points beyond `limit` sigmas on one side,
/// the current point among them.
fn k_of_m_beyond(p: &[Point], k: usize, hits: usize, window: usize, limit: f64) -> bool {
    if k + 1 < window {
        return false;
    }
    let last = &p[k + 1 - window..=k];
    [1.0, -1.0].iter().any(|&side| {
        side * p[k].z() > limit && last.iter().filter(|q| side * q.z() > limit).count() >= hits
    })
}

/// `len` points in a row steadily increasing or decreasing.
fn trend(p: &[Point], k: usize, len: usize) -> bool {
    if k + 1 < len {
        return false;
    }
    let w = &p[k + 1 - len..=k];
    w.windows(2).all(|d| d[1].value > d[0].value) || w.windows(2).all(|d| d[1].value < d[0].value)
}

/// `len` points in a row alternating up and down.
fn alternating(p: &[Point], k: usize, len: usize) -> bool {
    if k + 1 < len {
        return false;
    }
    let diffs: Vec<f64> = p[k + 1 - len..=k]
        .windows(2)
        .map(|d| d[1].value - d[0].value)
        .collect();
    diffs.iter().all(|d| *d != 0.0) && diffs.windows(2).all(|d| d[0].signum() != d[1].signum())
}

#[cfg(test)]
mod tests;

/// The control charts of the handbook, built from the monthly overall figures.
pub mod charts {
    use std::collections::HashMap;

    use super::{Point, overdispersed, p_chart, signals, u_chart, xmr};
    use crate::catalog::Id;
    use crate::indicators::{Group, Observation};
    use crate::period::{Month, Period};
    use crate::project::Project;

    /// Chart ids (the `key` of `spc_*` rows) and what they plot.
    pub const P_DISSATISFIED: &str = "p_dissatisfied";
    pub const U_COMPLAINT_RATE: &str = "u_complaint_rate";
    pub const XMR_COMPLAINTS: &str = "xmr_complaints";
    pub const XMR_RESOLUTION: &str = "xmr_resolution_median";
    pub const XMR_COMPLAINT_RATE: &str = "xmr_complaint_rate";

    /// A chart id, its points (one per month) and each month's base.
    type Chart = (&'static str, Vec<Option<Point>>, Vec<u64>);

    /// `spc_value`, `spc_center`, `spc_ucl`, `spc_lcl` for every plotted month
    /// and `spc_signal` (the rule number) for every signal, keyed by chart.
    pub fn observations(
        project: &Project,
        rows: &[Observation],
        months: &[Month],
    ) -> Vec<Observation> {
        let overall: HashMap<(Id, Month, &str), &Observation> = rows
            .iter()
            .filter(|o| o.segment == crate::indicators::ALL)
            .filter_map(|o| match o.period {
                Period::Month(m) => Some(((o.indicator, m, o.key.as_str()), o)),
                _ => None,
            })
            .collect();
        let get = |id: Id, key: &str, m: Month| overall.get(&(id, m, key)).copied();
        let value = |id: Id, key: &str, m: Month| get(id, key, m).and_then(|o| o.value);
        let baseline: Vec<bool> = months
            .iter()
            .map(|m| {
                project
                    .spc
                    .baseline
                    .is_none_or(|(a, b)| (a..=b).contains(m))
            })
            .collect();
        let base_n = |id: Id, key: &str| -> Vec<u64> {
            months
                .iter()
                .map(|&m| get(id, key, m).map_or(0, |o| o.n))
                .collect()
        };

        let mut charts: Vec<Chart> = Vec::new();
        if rows.iter().any(|o| o.indicator == id!("dissatisfied")) {
            let n: Vec<f64> = base_n(id!("dissatisfied"), "")
                .iter()
                .map(|&n| n as f64)
                .collect();
            // x is a count: the share times the base, rounded back to the integer it was.
            let x: Vec<f64> = months
                .iter()
                .zip(&n)
                .map(|(&m, n)| {
                    value(id!("dissatisfied"), "", m).map_or(0.0, |v| (v * n / 100.0).round())
                })
                .collect();
            charts.push((
                P_DISSATISFIED,
                p_chart(&x, &n, &baseline),
                base_n(id!("dissatisfied"), ""),
            ));
        }
        if rows.iter().any(|o| o.indicator == id!("complaint_rate")) {
            let customers = base_n(id!("complaint_rate"), "");
            let a: Vec<f64> = customers.iter().map(|&c| c as f64 / 1000.0).collect();
            let c: Vec<f64> = months
                .iter()
                .map(|&m| value(id!("complaints"), "", m).unwrap_or(0.0))
                .collect();
            charts.push((
                U_COMPLAINT_RATE,
                u_chart(&c, &a, &baseline),
                customers.clone(),
            ));
            let rate: Vec<Option<f64>> = months
                .iter()
                .map(|&m| value(id!("complaint_rate"), "", m))
                .collect();
            charts.push((XMR_COMPLAINT_RATE, xmr(&rate, &baseline), customers));
        }
        if rows.iter().any(|o| o.indicator == id!("complaints")) {
            let counts: Vec<Option<f64>> = months
                .iter()
                .map(|&m| value(id!("complaints"), "", m))
                .collect();
            charts.push((
                XMR_COMPLAINTS,
                xmr(&counts, &baseline),
                base_n(id!("complaints"), ""),
            ));
        }
        if rows.iter().any(|o| o.indicator == id!("resolution_hours")) {
            let median: Vec<Option<f64>> = months
                .iter()
                .map(|&m| value(id!("resolution_hours"), "median", m))
                .collect();
            charts.push((
                XMR_RESOLUTION,
                xmr(&median, &baseline),
                base_n(id!("resolution_hours"), "median"),
            ));
        }

        let all = Group::all();
        let mut out = Vec::new();
        for (chart, points, n) in &charts {
            let row = |indicator: Id, i: usize, v: f64| {
                let mut o =
                    Observation::new(indicator, Period::Month(months[i]), &all, Some(v), n[i]);
                o.key = (*chart).into();
                o
            };
            for (i, p) in points.iter().enumerate() {
                if let Some(p) = p {
                    out.extend([
                        row(id!("spc_value"), i, p.value),
                        row(id!("spc_center"), i, p.center),
                        row(id!("spc_ucl"), i, p.ucl),
                        row(id!("spc_lcl"), i, p.lcl),
                    ]);
                }
            }
            for (i, rule) in signals(points, project.spc.rules) {
                out.push(row(id!("spc_signal"), i, rule as f64));
            }
        }
        out
    }

    /// How many months a control chart shows, and over which its
    /// over-dispersion is judged.
    pub const SHOWN_MONTHS: usize = 24;

    /// The chart to read for the complaint rate in `month`: the u-chart,
    /// unless its limits flag most of the `SHOWN_MONTHS` months up to it
    /// (over-dispersion), then the XmR chart of the rate. The two plot the
    /// same series, so only one is shown and only its signals count.
    pub fn rate_chart(ind: &crate::indicators::Indicators, month: Month) -> &'static str {
        let end = ind
            .months
            .iter()
            .position(|&m| m == month)
            .map_or(0, |i| i + 1);
        let months = &ind.months[end.saturating_sub(SHOWN_MONTHS)..end];
        let rows: Vec<&Observation> = [
            id!("spc_value"),
            id!("spc_center"),
            id!("spc_ucl"),
            id!("spc_lcl"),
        ]
        .iter()
        .flat_map(|&id| ind.of(id))
        .filter(|o| {
            o.key == U_COMPLAINT_RATE && months.iter().any(|&m| o.period == Period::Month(m))
        })
        .collect();
        if is_overdispersed(&rows) {
            XMR_COMPLAINT_RATE
        } else {
            U_COMPLAINT_RATE
        }
    }

    /// True when the chart's limits flag most months (see `overdispersed`).
    fn is_overdispersed(rows: &[&Observation]) -> bool {
        let points: Vec<Option<Point>> = rows
            .iter()
            .filter(|o| o.indicator == id!("spc_value"))
            .map(|v| {
                let find = |id: Id| {
                    rows.iter()
                        .find(|o| o.indicator == id && o.period == v.period)
                        .and_then(|o| o.value)
                };
                Some(Point {
                    value: v.value?,
                    center: find(id!("spc_center"))?,
                    ucl: find(id!("spc_ucl"))?,
                    lcl: find(id!("spc_lcl"))?,
                    sigma: 0.0,
                })
            })
            .collect();
        overdispersed(&points)
    }
}
