//! Statistics on counts: means from histograms, top-box shares, NPS with its
//! standard error, and the Pareto table. Formulas follow methods.md (M1, M3, M9);
//! an undefined value (n = 0) is None, never 0.

use statrs::distribution::{ContinuousCDF, Normal};

/// Mean of answer counts whose slot i stands for the value `value(i)`
/// (`Item::points`: lo + i on an unchanged scale).
pub fn mean(counts: &[u64], value: impl Fn(usize) -> f64) -> Option<f64> {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let sum: f64 = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| value(i) * c as f64)
        .sum();
    Some(sum / n as f64)
}

/// Share in percent of the answers in the slots that `counted` accepts: the
/// top-2 box, the yes of a binary item, the dissatisfied levels.
pub fn share_percent(counts: &[u64], counted: impl Fn(usize) -> bool) -> Option<f64> {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let part: u64 = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| counted(*i))
        .map(|(_, &c)| c)
        .sum();
    Some(100.0 * part as f64 / n as f64)
}

/// The Net Promoter Score and its confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nps {
    pub value: f64,
    pub se: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    pub n: u64,
}

/// NPS from the counts of the answers 0..=10 (methods.md M3): 100 (p - d) with
/// Var = 100² [p + d - (p - d)²] / n and a normal interval clipped to ±100.
pub fn nps(counts: &[u64], confidence: f64) -> Option<Nps> {
    let n: u64 = counts.iter().sum();
    if n == 0 || counts.len() != 11 {
        return None;
    }
    let promoters: u64 = counts[9..].iter().sum();
    let detractors: u64 = counts[..7].iter().sum();
    let p = promoters as f64 / n as f64;
    let d = detractors as f64 / n as f64;
    let value = 100.0 * (p - d);
    let se = 100.0 * ((p + d - (p - d).powi(2)).max(0.0) / n as f64).sqrt();
    let z = z_two_sided(confidence);
    Some(Nps {
        value,
        se,
        ci_low: (value - z * se).max(-100.0),
        ci_high: (value + z * se).min(100.0),
        n,
    })
}

/// The standard-normal quantile for a two-sided interval (1.959964 for 0.95).
pub fn z_two_sided(confidence: f64) -> f64 {
    Normal::standard().inverse_cdf(1.0 - (1.0 - confidence) / 2.0)
}

/// One row of a Pareto table.
#[derive(Clone, Debug, PartialEq)]
pub struct ParetoRow {
    pub key: String,
    pub count: u64,
    /// Share of the total, 0-1.
    pub share: f64,
    /// Cumulative share up to and including this row, 0-1.
    pub cum_share: f64,
    /// In the vital few: the rows up to and including the first whose
    /// cumulative share reaches 80 %.
    pub vital: bool,
}

/// The Pareto table (methods.md M9): count descending, ties by key ascending.
pub fn pareto(counts: impl IntoIterator<Item = (String, u64)>) -> Vec<ParetoRow> {
    let rows: Vec<(String, u64)> = counts.into_iter().collect();
    let total = rows.iter().map(|r| r.1).sum();
    pareto_of(rows, total)
}

/// The Pareto table of some of the keys of a table whose counts sum to
/// `total`: shares are of the total, and the cumulative share runs over the
/// listed keys only, so that it never reveals a key left out.
pub fn pareto_of(counts: impl IntoIterator<Item = (String, u64)>, total: u64) -> Vec<ParetoRow> {
    let mut rows: Vec<(String, u64)> = counts.into_iter().filter(|(_, c)| *c > 0).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut cumulative = 0u64;
    rows.into_iter()
        .map(|(key, count)| {
            // cum_share before this row < 0.8, in integers so that exactly 80 % is exact.
            let vital = cumulative * 5 < total * 4;
            cumulative += count;
            ParetoRow {
                key,
                count,
                share: count as f64 / total as f64,
                cum_share: cumulative as f64 / total as f64,
                vital,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;

/// The type-7 quantile (linear interpolation between order statistics, as numpy's
/// default, R's `quantile(type = 7)` and Excel's PERCENTILE.INC) of sorted values.
pub fn quantile_sorted(sorted: &[f64], q: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * q;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// Two-proportion z-test with the pooled variance (methods.md M7; statsmodels
/// `proportions_ztest`): (z, two-sided p). None when a sample is empty or the
/// pooled share is 0 or 1.
pub fn two_proportion_z(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<(f64, f64)> {
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let pooled = (x1 + x2) as f64 / (n1f + n2f);
    if pooled <= 0.0 || pooled >= 1.0 {
        return None;
    }
    let z = (x1 as f64 / n1f - x2 as f64 / n2f)
        / (pooled * (1.0 - pooled) * (1.0 / n1f + 1.0 / n2f)).sqrt();
    let p = 2.0 * Normal::standard().cdf(-z.abs());
    Some((z, p))
}
