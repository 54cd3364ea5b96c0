//! Significance tests on mergeable summaries: Welch's t, the difference of two
//! NPS values, one-way ANOVA, and the Benjamini-Hochberg adjustment
//! (methods.md M3 and M7).
//!
//! Data enter as [`Moments`], a one-variable accumulator (count, mean, sum of
//! squared deviations) that is filled one answer at a time or from an answer
//! histogram, and that merges, so that groups can be summarised in parallel with
//! rayon's `fold` + `reduce`. Tests leave as a [`TestResult`] or an [`Anova`]; a
//! test whose statistic is undefined (too few answers, no variance) is `None`,
//! never a p-value of 1. The caller excludes missing answers and not-applicable
//! codes before adding (pairwise, methods.md M0).
//!
//! P-values are computed from the regularized incomplete beta function (t and F)
//! and from `erfc` (normal), never as `1 - cdf`, so that small p-values keep their
//! relative precision.

use statrs::distribution::{ContinuousCDF, FisherSnedecor, Normal, StudentsT};

use super::stats::Nps;

/// Count, mean and sum of squared deviations of one variable.
///
/// Values are added with Welford's update and summaries are combined with the
/// pairwise formula of Chan, Golub & LeVeque (1979):
/// with δ = x̄_b − x̄_a, n = n_a + n_b,
/// x̄ = x̄_a + δ n_b / n and M2 = M2_a + M2_b + δ² n_a n_b / n.
/// Both avoid the cancellation of the textbook Σx² − (Σx)²/n.
///
/// ```
/// use csbook::indicators::inference::Moments;
/// let mut a = Moments::default();
/// a.add(1.0);
/// a.add(3.0);
/// let mut b = Moments::from_counts(&[0, 0, 0, 0, 1], |i| 1.0 + i as f64); // one answer of 5
/// b.merge(&a);
/// assert_eq!(b.mean(), Some(3.0));
/// assert_eq!(b.variance(), Some(4.0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Moments {
    n: u64,
    mean: f64,
    m2: f64,
}

impl Moments {
    /// Adds one value.
    pub fn add(&mut self, x: f64) {
        self.n += 1;
        let delta = x - self.mean;
        self.mean += delta / self.n as f64;
        self.m2 += delta * (x - self.mean);
    }

    /// Adds every value of `other`, as if they had been added one by one.
    pub fn merge(&mut self, other: &Moments) {
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *other;
            return;
        }
        let (na, nb) = (self.n as f64, other.n as f64);
        let n = na + nb;
        let delta = other.mean - self.mean;
        self.mean += delta * nb / n;
        self.m2 += other.m2 + delta * delta * na * nb / n;
        self.n += other.n;
    }

    /// The summary of an answer histogram whose index i counts the answers of
    /// value `lo + i` (two passes over the histogram: the mean, then the squared
    /// deviations from it).
    pub fn from_counts(counts: &[u64], value: impl Fn(usize) -> f64) -> Moments {
        let n: u64 = counts.iter().sum();
        if n == 0 {
            return Moments::default();
        }
        let sum: f64 = counts
            .iter()
            .enumerate()
            .map(|(i, &c)| value(i) * c as f64)
            .sum();
        let mean = sum / n as f64;
        let m2 = counts
            .iter()
            .enumerate()
            .map(|(i, &c)| c as f64 * (value(i) - mean).powi(2))
            .sum();
        Moments { n, mean, m2 }
    }

    /// The number of values added.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The mean; None when no value was added.
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then_some(self.mean)
    }

    /// The sum of squared deviations from the mean, M2 = Σ(x − x̄)².
    pub fn sum_of_squares(&self) -> f64 {
        self.m2
    }

    /// The sample variance s² = M2 / (n − 1); None when n < 2.
    pub fn variance(&self) -> Option<f64> {
        (self.n >= 2).then(|| self.m2 / (self.n - 1) as f64)
    }

    /// The t interval of the mean at `confidence`: x̄ ± t(1 − α/2, n − 1) · s / √n
    /// (scipy's `stats.t.interval(confidence, n - 1, mean, sem)`); None when n < 2.
    pub fn t_interval(&self, confidence: f64) -> Option<(f64, f64)> {
        let variance = self.variance()?;
        let t = StudentsT::new(0.0, 1.0, (self.n - 1) as f64)
            .ok()?
            .inverse_cdf(1.0 - (1.0 - confidence) / 2.0);
        let half = t * (variance / self.n as f64).sqrt();
        Some((self.mean - half, self.mean + half))
    }
}

impl Extend<f64> for Moments {
    fn extend<I: IntoIterator<Item = f64>>(&mut self, values: I) {
        for x in values {
            self.add(x);
        }
    }
}

impl FromIterator<f64> for Moments {
    fn from_iter<I: IntoIterator<Item = f64>>(values: I) -> Moments {
        let mut m = Moments::default();
        m.extend(values);
        m
    }
}

/// The outcome of a two-sided test.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TestResult {
    /// t or z.
    pub statistic: f64,
    /// Degrees of freedom; None for a normal (z) test.
    pub df: Option<f64>,
    /// The two-sided p-value.
    pub p: f64,
}

/// Welch's two-sample t-test (methods.md M7; scipy
/// `ttest_ind(a, b, equal_var=False)`):
/// t = (x̄_a − x̄_b) / sqrt(s²_a/n_a + s²_b/n_b) with the Welch-Satterthwaite
/// degrees of freedom and p = 2 P(T_ν > |t|).
///
/// None when a group has fewer than 2 values or both variances are 0.
///
/// ```
/// use csbook::indicators::inference::{welch_t, Moments};
/// let a: Moments = [5.0, 5.0, 7.0].into_iter().collect();
/// let b: Moments = [3.0, 4.0, 4.0].into_iter().collect();
/// let r = welch_t(&a, &b).unwrap();
/// assert!((r.statistic - 2.683281572999748).abs() < 1e-12);
/// ```
pub fn welch_t(a: &Moments, b: &Moments) -> Option<TestResult> {
    let (va, vb) = (a.variance()?, b.variance()?);
    let (qa, qb) = (va / a.n as f64, vb / b.n as f64);
    let se2 = qa + qb;
    if se2 <= 0.0 {
        return None;
    }
    let t = (a.mean - b.mean) / se2.sqrt();
    let df = se2 * se2 / (qa * qa / (a.n - 1) as f64 + qb * qb / (b.n - 1) as f64);
    let p = 2.0 * StudentsT::new(0.0, 1.0, df).ok()?.sf(t.abs());
    Some(TestResult {
        statistic: t,
        df: Some(df),
        p: p.min(1.0),
    })
}

/// The difference of two independent NPS values (methods.md M3):
/// z = (NPS_a − NPS_b) / sqrt(SE_a² + SE_b²), with a two-sided normal p-value.
///
/// None when both standard errors are 0 (every answer in one class in both).
///
/// ```
/// use csbook::indicators::{inference::nps_difference, stats::nps};
/// let a = nps(&[1, 0, 1, 1, 1, 1, 2, 3, 2, 5, 3], 0.95).unwrap();
/// let b = nps(&[2, 1, 0, 2, 1, 3, 2, 4, 3, 3, 1], 0.95).unwrap();
/// let r = nps_difference(&a, &b).unwrap();
/// assert!((r.statistic - 1.45804653893726).abs() < 1e-9);
/// ```
pub fn nps_difference(a: &Nps, b: &Nps) -> Option<TestResult> {
    let se = (a.se * a.se + b.se * b.se).sqrt();
    if se.is_nan() || se <= 0.0 {
        return None;
    }
    let z = (a.value - b.value) / se;
    Some(TestResult {
        statistic: z,
        df: None,
        p: normal_two_sided(z),
    })
}

/// The two-sided standard-normal p-value 2 Φ(−|z|).
pub fn normal_two_sided(z: f64) -> f64 {
    2.0 * Normal::standard().cdf(-z.abs())
}

/// The result of a one-way ANOVA.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anova {
    /// F = [SSB / (k − 1)] / [SSW / (N − k)].
    pub f: f64,
    /// k − 1, over the groups that have answers.
    pub df_between: f64,
    /// N − k.
    pub df_within: f64,
    /// P(F_{k−1, N−k} > F).
    pub p: f64,
    /// η² = SSB / (SSB + SSW).
    pub eta_squared: f64,
}

/// One-way ANOVA of a mean across groups (methods.md M7; scipy `f_oneway`).
///
/// Groups with no answers are dropped first. None when fewer than 2 groups are
/// left or the within-group sum of squares is 0 (which includes N = k).
///
/// ```
/// use csbook::indicators::inference::{one_way_anova, Moments};
/// let g: Vec<Moments> = [vec![1.0, 2.0, 3.0, 3.0], vec![4.0, 4.0, 5.0]]
///     .into_iter()
///     .map(|v| v.into_iter().collect())
///     .collect();
/// let r = one_way_anova(&g).unwrap();
/// assert!((r.f - 10.888501742160285).abs() < 1e-9);
/// ```
pub fn one_way_anova(groups: &[Moments]) -> Option<Anova> {
    let kept: Vec<&Moments> = groups.iter().filter(|g| g.n > 0).collect();
    let k = kept.len();
    if k < 2 {
        return None;
    }
    let mut all = Moments::default();
    for g in &kept {
        all.merge(g);
    }
    let ssw: f64 = kept.iter().map(|g| g.m2).sum();
    if ssw <= 0.0 {
        return None;
    }
    let ssb: f64 = kept
        .iter()
        .map(|g| g.n as f64 * (g.mean - all.mean).powi(2))
        .sum();
    let df_between = (k - 1) as f64;
    let df_within = (all.n - k as u64) as f64;
    let f = (ssb / df_between) / (ssw / df_within);
    let p = FisherSnedecor::new(df_between, df_within).ok()?.sf(f);
    Some(Anova {
        f,
        df_between,
        df_within,
        p,
        eta_squared: ssb / (ssb + ssw),
    })
}

/// Benjamini-Hochberg adjusted p-values, in the order given (methods.md M7;
/// identical to statsmodels `multipletests(p, method='fdr_bh')[1]`):
/// with p₍₁₎ ≤ … ≤ p₍ₘ₎, p̃₍ᵢ₎ = min_{j ≥ i} min(1, m p₍ⱼ₎ / j).
///
/// Pass only defined p-values (a test that returned None is not a comparison).
///
/// ```
/// use csbook::indicators::inference::benjamini_hochberg;
/// // sorted 0.01, 0.02, 0.04: 0.01·3/1 = 0.03, 0.02·3/2 = 0.03, 0.04·3/3 = 0.04
/// let adjusted = benjamini_hochberg(&[0.02, 0.01, 0.04]);
/// for (a, e) in adjusted.iter().zip([0.03, 0.03, 0.04]) {
///     assert!((a - e).abs() < 1e-15);
/// }
/// ```
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p[a].total_cmp(&p[b]));
    let mut adjusted = vec![0.0; m];
    let mut running = f64::INFINITY;
    for (rank, &i) in order.iter().enumerate().rev() {
        // p / (rank / m), the order of operations of statsmodels' `_ecdf`.
        running = running.min(p[i] / ((rank + 1) as f64 / m as f64));
        adjusted[i] = running.min(1.0);
    }
    adjusted
}

#[cfg(test)]
pub(crate) mod tests;
