//! Key-driver analysis and importance-performance analysis (methods.md M8).
//!
//! A driver analysis asks which attributes x₁..x_p move an outcome y (overall
//! satisfaction). It enters as a [`CrossProducts`] over `[y, x1, .., xp]` (the
//! outcome first), filled with complete rows only (listwise, methods.md M0), so
//! that a rolling window of any size costs O(p²) memory and merges across
//! threads and months. Everything here works on the correlation matrix that
//! follows from it: R_xx among the attributes and r_xy with the outcome.
//!
//! It leaves as standardised regression coefficients, R², Johnson's relative
//! weights and the LMG (Shapley) decomposition of R², and, for IPA, the
//! [`Quadrant`] of each attribute.
//!
//! Every function returns None, rather than a number, when the regression is
//! undefined: n ≤ p + 1 complete rows, a constant attribute or outcome, or a
//! singular R_xx. R_xx counts as singular when its smallest eigenvalue is at most
//! 1e-10 of its largest (collinear attributes leave ≈ 1e-16 there; real survey
//! attributes, however strongly related, leave far more).

use nalgebra::{DMatrix, DVector, SymmetricEigen};

use super::reliability::CrossProducts;

/// The smallest eigenvalue of R_xx, relative to the largest, below which R_xx
/// is taken as singular.
const SINGULAR: f64 = 1e-10;

/// The largest number of attributes for which [`lmg`] enumerates all 2^p
/// subsets (methods.md M8 **Decision**).
pub const LMG_MAX_ATTRIBUTES: usize = 15;

/// The result of a key-driver analysis, one entry per attribute in the order of
/// the attributes in the [`CrossProducts`].
#[derive(Clone, Debug, PartialEq)]
pub struct Drivers {
    /// Standardised OLS coefficients β* = R_xx⁻¹ r_xy.
    pub betas: Vec<f64>,
    /// Johnson's relative weights ε_j, which sum to `r2`.
    pub weights: Vec<f64>,
    /// R² = r_xyᵀ β*.
    pub r2: f64,
    /// The number of complete rows.
    pub n: u64,
}

/// R_xx and r_xy of a summary over `[y, x1..xp]`, after the checks that make the
/// regression defined.
struct Correlations {
    rxx: DMatrix<f64>,
    rxy: DVector<f64>,
}

impl Correlations {
    fn of(cp: &CrossProducts) -> Option<Correlations> {
        let p = cp.k().checked_sub(1).filter(|&p| p >= 1)?;
        if cp.n() <= p as u64 + 1 {
            return None;
        }
        let r = cp.correlation_matrix()?;
        Some(Correlations {
            rxx: r.view((1, 1), (p, p)).into_owned(),
            rxy: r.view((1, 0), (p, 1)).column(0).into_owned(),
        })
    }
}

/// The eigen-decomposition of R_xx, None when it is singular.
fn eigen(rxx: &DMatrix<f64>) -> Option<SymmetricEigen<f64, nalgebra::Dyn>> {
    let eig = SymmetricEigen::new(rxx.clone());
    let max = eig.eigenvalues.max();
    let min = eig.eigenvalues.min();
    (max > 0.0 && min > SINGULAR * max).then_some(eig)
}

/// V f(Λ) Vᵀ, for a function of the eigenvalues.
fn spectral(eig: &SymmetricEigen<f64, nalgebra::Dyn>, f: impl Fn(f64) -> f64) -> DMatrix<f64> {
    let v = &eig.eigenvectors;
    let d = DMatrix::from_diagonal(&eig.eigenvalues.map(f));
    v * d * v.transpose()
}

fn solve(c: &Correlations) -> Option<Drivers> {
    let eig = eigen(&c.rxx)?;
    let betas = spectral(&eig, |l| 1.0 / l) * &c.rxy;
    let r2 = c.rxy.dot(&betas);
    // Johnson (2000): Λ* = V Λ^{1/2} Vᵀ (tiny negative eigenvalues clipped to
    // 0, as the reference does), β_Z = Λ*⁻¹ r_xy, ε_j = Σ_k Λ*_jk² β_Z,k².
    let lambda_star = spectral(&eig, |l| l.max(0.0).sqrt());
    let beta_z = spectral(&eig, |l| 1.0 / l.max(0.0).sqrt()) * &c.rxy;
    let weights = lambda_star.map(|x| x * x) * beta_z.map(|b| b * b);
    Some(Drivers {
        betas: betas.iter().copied().collect(),
        weights: weights.iter().copied().collect(),
        r2,
        n: 0,
    })
}

/// Standardised coefficients, R² and Johnson's relative weights of the
/// attributes on the outcome (methods.md M8), from a summary over
/// `[y, x1..xp]` of complete rows.
///
/// β* = R_xx⁻¹ r_xy equals OLS on z-scored data with an intercept; R² = r_xyᵀ β*;
/// the relative weights ε follow Johnson (2000) and sum to R².
///
/// None when n ≤ p + 1, the outcome or an attribute is constant, or R_xx is
/// singular (see the module doc).
///
/// ```
/// use csbook::indicators::{drivers::key_drivers, reliability::CrossProducts};
/// let mut cp = CrossProducts::new(3);
/// for row in [[4.0, 3.0, 5.0], [6.0, 6.0, 4.0], [2.0, 1.0, 3.0], [5.0, 4.0, 4.0]] {
///     cp.add(&row);
/// }
/// let d = key_drivers(&cp).unwrap();
/// assert!((d.r2 - 0.9792207792207792).abs() < 1e-12);
/// assert!((d.weights.iter().sum::<f64>() - d.r2).abs() < 1e-12);
/// ```
pub fn key_drivers(cp: &CrossProducts) -> Option<Drivers> {
    let mut d = solve(&Correlations::of(cp)?)?;
    d.n = cp.n();
    Some(d)
}

/// The standardised OLS coefficients β* = R_xx⁻¹ r_xy; see [`key_drivers`].
pub fn standardized_betas(cp: &CrossProducts) -> Option<Vec<f64>> {
    key_drivers(cp).map(|d| d.betas)
}

/// R² of the outcome on all attributes; see [`key_drivers`].
pub fn r_squared(cp: &CrossProducts) -> Option<f64> {
    key_drivers(cp).map(|d| d.r2)
}

/// Johnson's relative weights; see [`key_drivers`].
pub fn relative_weights(cp: &CrossProducts) -> Option<Vec<f64>> {
    key_drivers(cp).map(|d| d.weights)
}

/// The LMG decomposition of R² (methods.md M8; Lindeman, Merenda & Gold 1980):
/// each attribute's R² increment averaged over all orderings, computed exactly
/// from the R² of all 2^p subsets,
/// LMG_j = Σ_{S ∌ j} |S|! (p−|S|−1)! / p! · (R²(S ∪ {j}) − R²(S)).
/// The values sum to R² and are never negative.
///
/// None when the regression is undefined (as for [`key_drivers`]) or
/// p > [`LMG_MAX_ATTRIBUTES`].
///
/// ```
/// use csbook::indicators::{drivers::lmg, reliability::CrossProducts};
/// let mut cp = CrossProducts::new(3);
/// for row in [[4.0, 3.0, 5.0], [6.0, 6.0, 4.0], [2.0, 1.0, 3.0], [5.0, 4.0, 4.0]] {
///     cp.add(&row);
/// }
/// let v = lmg(&cp).unwrap();
/// assert!((v[0] + v[1] - 0.9792207792207792).abs() < 1e-12);
/// ```
pub fn lmg(cp: &CrossProducts) -> Option<Vec<f64>> {
    let c = Correlations::of(cp)?;
    let p = c.rxy.len();
    if p > LMG_MAX_ATTRIBUTES {
        return None;
    }
    eigen(&c.rxx)?;
    let r2 = subset_r2(&c)?;
    // weight of a subset of size s: s! (p − s − 1)! / p!
    let factorial = |m: usize| (1..=m).map(|i| i as f64).product::<f64>();
    let weight: Vec<f64> = (0..p)
        .map(|s| factorial(s) * factorial(p - s - 1) / factorial(p))
        .collect();
    let mut out = vec![0.0; p];
    for (j, value) in out.iter_mut().enumerate() {
        let bit = 1usize << j;
        *value = (0..1usize << p)
            .filter(|s| s & bit == 0)
            .map(|s| weight[s.count_ones() as usize] * (r2[s | bit] - r2[s]))
            .sum();
    }
    Some(out)
}

/// R²(S) = r_ySᵀ R_SS⁻¹ r_yS for every subset S of the attributes, indexed by
/// its bit mask; R²(∅) = 0.
fn subset_r2(c: &Correlations) -> Option<Vec<f64>> {
    let p = c.rxy.len();
    let mut out = vec![0.0; 1 << p];
    for (mask, r2) in out.iter_mut().enumerate().skip(1) {
        let idx: Vec<usize> = (0..p).filter(|j| mask & (1 << j) != 0).collect();
        let rss = DMatrix::from_fn(idx.len(), idx.len(), |a, b| c.rxx[(idx[a], idx[b])]);
        let rys = DVector::from_iterator(idx.len(), idx.iter().map(|&j| c.rxy[j]));
        let beta = rss.cholesky()?.solve(&rys);
        *r2 = rys.dot(&beta);
    }
    Some(out)
}

/// An attribute's quadrant in importance-performance analysis (Martilla & James
/// 1977; methods.md M8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High importance, high performance.
    KeepUpTheGoodWork,
    /// High importance, low performance.
    ConcentrateHere,
    /// Low importance, low performance.
    LowPriority,
    /// Low importance, high performance.
    PossibleOverkill,
}

impl Quadrant {
    /// Martilla & James's numbering: I concentrate here, II keep up the good
    /// work, III low priority, IV possible overkill.
    pub fn number(self) -> u8 {
        match self {
            Quadrant::ConcentrateHere => 1,
            Quadrant::KeepUpTheGoodWork => 2,
            Quadrant::LowPriority => 3,
            Quadrant::PossibleOverkill => 4,
        }
    }

    /// The id used in the observation table and the exports.
    pub fn id(self) -> &'static str {
        match self {
            Quadrant::KeepUpTheGoodWork => "keep_up_the_good_work",
            Quadrant::ConcentrateHere => "concentrate_here",
            Quadrant::LowPriority => "low_priority",
            Quadrant::PossibleOverkill => "possible_overkill",
        }
    }
}

/// The IPA quadrant of one attribute, with the crosshairs at the means of the
/// attributes' importance and performance (methods.md M8 **Decision**); a value
/// equal to its crosshair counts as high.
///
/// ```
/// use csbook::indicators::drivers::{ipa_quadrant, Quadrant};
/// assert_eq!(ipa_quadrant(0.3, 60.0, 0.2, 70.0), Quadrant::ConcentrateHere);
/// assert_eq!(ipa_quadrant(0.2, 70.0, 0.2, 70.0), Quadrant::KeepUpTheGoodWork);
/// ```
pub fn ipa_quadrant(
    importance: f64,
    performance: f64,
    mean_importance: f64,
    mean_performance: f64,
) -> Quadrant {
    match (
        importance >= mean_importance,
        performance >= mean_performance,
    ) {
        (true, true) => Quadrant::KeepUpTheGoodWork,
        (true, false) => Quadrant::ConcentrateHere,
        (false, false) => Quadrant::LowPriority,
        (false, true) => Quadrant::PossibleOverkill,
    }
}

#[cfg(test)]
mod tests;
