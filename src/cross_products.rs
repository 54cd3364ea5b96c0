//! The one-pass, mergeable summary of several variables (count, means and
//! the matrix of co-moments) that the dataset accumulates per group and the
//! indicators read: covariances, correlations, Cronbach's alpha
//! (`indicators::reliability`) and the key-driver regression
//! (`indicators::drivers`) follow from it, in O(k²) memory per group.

use nalgebra::DMatrix;

/// Count, means and co-moments C_ij = Σ (x_i − x̄_i)(x_j − x̄_j) of k variables.
///
/// **Numerical choice.** Each row is centred on the running means (the
/// multivariate form of Welford's update: C += (x − x̄_old)(x − x̄_new)ᵀ), and
/// two summaries merge with Chan et al.'s formula
/// C = C_a + C_b + δδᵀ n_a n_b / n, δ = x̄_b − x̄_a. Raw sums Σx_i x_j would
/// also be exact for integer answers (every partial sum of 1–7 answers stays
/// far below 2⁵³ for a million rows), but they cancel catastrophically for
/// non-integer inputs such as dimension means with a large mean relative to
/// their spread; centring costs the same O(k²) per row and has no such case.
/// The test `a_million_rows_match_a_two_pass_computation` checks it against a
/// two-pass computation.
///
/// ```
/// use csbook::indicators::reliability::CrossProducts;
/// let mut cp = CrossProducts::new(2);
/// cp.add(&[1.0, 2.0]);
/// cp.add(&[3.0, 6.0]);
/// assert_eq!(cp.covariance(0, 1), Some(4.0));
/// assert!((cp.correlation(0, 1).unwrap() - 1.0).abs() < 1e-15);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CrossProducts {
    k: usize,
    n: u64,
    mean: Vec<f64>,
    /// Row-major k × k; only the upper triangle (j ≥ i) is kept up to date.
    comoment: Vec<f64>,
    /// Scratch for x − x̄_old, so that `add` does not allocate.
    delta: Vec<f64>,
}

impl CrossProducts {
    /// An empty summary of `k` variables.
    pub fn new(k: usize) -> CrossProducts {
        CrossProducts {
            k,
            n: 0,
            mean: vec![0.0; k],
            comoment: vec![0.0; k * k],
            delta: vec![0.0; k],
        }
    }

    /// Adds one complete row.
    ///
    /// # Panics
    /// When `row` does not have k values (a programming error, not bad input).
    pub fn add(&mut self, row: &[f64]) {
        assert_eq!(row.len(), self.k, "a row of CrossProducts::new({})", self.k);
        self.n += 1;
        let n = self.n as f64;
        for ((d, m), &x) in self.delta.iter_mut().zip(&mut self.mean).zip(row) {
            *d = x - *m;
            *m += *d / n;
        }
        let k = self.k;
        for (i, &di) in self.delta.iter().enumerate() {
            // the upper triangle of row i: C_ij += (x_i − x̄_i,old)(x_j − x̄_j,new), j ≥ i
            let upper = &mut self.comoment[i * k + i..(i + 1) * k];
            for ((c, &x), &m) in upper.iter_mut().zip(&row[i..]).zip(&self.mean[i..]) {
                *c += di * (x - m);
            }
        }
    }

    /// Adds every row of `other`, as if they had been added one by one.
    ///
    /// # Panics
    /// When the two summaries have a different number of variables.
    pub fn merge(&mut self, other: &CrossProducts) {
        assert_eq!(self.k, other.k, "merging CrossProducts of different sizes");
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            self.clone_from(other);
            return;
        }
        let (na, nb) = (self.n as f64, other.n as f64);
        let n = na + nb;
        let factor = na * nb / n;
        for i in 0..self.k {
            self.delta[i] = other.mean[i] - self.mean[i];
        }
        for i in 0..self.k {
            let base = i * self.k;
            for j in i..self.k {
                self.comoment[base + j] +=
                    other.comoment[base + j] + self.delta[i] * self.delta[j] * factor;
            }
            self.mean[i] += self.delta[i] * nb / n;
        }
        self.n += other.n;
    }

    /// The number of variables.
    pub fn k(&self) -> usize {
        self.k
    }

    /// The number of rows added.
    pub fn n(&self) -> u64 {
        self.n
    }

    /// The mean of variable i; None when no row was added.
    pub fn mean(&self, i: usize) -> Option<f64> {
        (self.n > 0).then(|| self.mean[i])
    }

    /// The co-moment Σ (x_i − x̄_i)(x_j − x̄_j).
    pub fn comoment(&self, i: usize, j: usize) -> f64 {
        let (i, j) = if i <= j { (i, j) } else { (j, i) };
        self.comoment[i * self.k + j]
    }

    /// The sample covariance (divisor n − 1); None when n < 2.
    pub fn covariance(&self, i: usize, j: usize) -> Option<f64> {
        (self.n >= 2).then(|| self.comoment(i, j) / (self.n - 1) as f64)
    }

    /// The Pearson correlation; None when n < 2 or either variable is constant.
    pub fn correlation(&self, i: usize, j: usize) -> Option<f64> {
        let (cii, cjj) = (self.comoment(i, i), self.comoment(j, j));
        if self.n < 2 || cii <= 0.0 || cjj <= 0.0 {
            return None;
        }
        if i == j {
            return Some(1.0);
        }
        Some((self.comoment(i, j) / (cii.sqrt() * cjj.sqrt())).clamp(-1.0, 1.0))
    }

    /// The k × k sample covariance matrix; None when n < 2.
    pub fn covariance_matrix(&self) -> Option<DMatrix<f64>> {
        (self.n >= 2).then(|| {
            DMatrix::from_fn(self.k, self.k, |i, j| {
                self.comoment(i, j) / (self.n - 1) as f64
            })
        })
    }

    /// The k × k correlation matrix; None when n < 2 or a variable is constant.
    pub fn correlation_matrix(&self) -> Option<DMatrix<f64>> {
        if self.n < 2 || (0..self.k).any(|i| self.comoment(i, i) <= 0.0) {
            return None;
        }
        Some(DMatrix::from_fn(self.k, self.k, |i, j| {
            self.correlation(i, j).expect("variances checked")
        }))
    }
}
