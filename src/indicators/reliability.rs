//! Cross-products of several variables, and the reliability of a scale built
//! from them: Cronbach's alpha (methods.md M6).
//!
//! [`CrossProducts`] (in `crate::cross_products`) is the one-pass, mergeable summary of k variables (count,
//! means and the k × k matrix of co-moments) from which covariances,
//! correlations, alpha and the key-driver regression (`drivers`) follow, so that a
//! million responses need only O(k²) memory per group. Rows enter with
//! [`CrossProducts::add`]; the caller adds only complete rows (listwise deletion,
//! methods.md M0), after dropping not-applicable codes and recoding
//! reverse-coded items.

pub use crate::cross_products::CrossProducts;

/// Cronbach's alpha of the k variables of `cp` as the items of one scale
/// (methods.md M6): α = k/(k−1) · (1 − Σ s²_i / s²_T), where s²_T, the variance
/// of the sum score, is the sum of all k² covariances. Listwise: `cp` holds only
/// complete rows. The value can be negative and is not clipped.
///
/// None when k < 2, n < 2 or s²_T = 0. Because the co-moments carry rounding,
/// s²_T counts as 0 when it is below 1e-12 of Σ s²_i (a sum score that is
/// constant, such as an item and its unreversed mirror, leaves ≈ 1e-16 there).
///
/// ```
/// use csbook::indicators::reliability::{cronbach_alpha, CrossProducts};
/// let mut cp = CrossProducts::new(2);
/// for row in [[1.0, 2.0], [3.0, 3.0], [5.0, 4.0], [7.0, 7.0], [4.0, 5.0]] {
///     cp.add(&row);
/// }
/// assert!((cronbach_alpha(&cp).unwrap() - 0.9580838323353293).abs() < 1e-12);
/// ```
pub fn cronbach_alpha(cp: &CrossProducts) -> Option<f64> {
    let k = cp.k();
    if k < 2 || cp.n() < 2 {
        return None;
    }
    let items: f64 = (0..k).map(|i| cp.comoment(i, i)).sum();
    let total: f64 = (0..k)
        .flat_map(|i| (0..k).map(move |j| (i, j)))
        .map(|(i, j)| cp.comoment(i, j))
        .sum();
    if total <= 1e-12 * items || total <= 0.0 {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - items / total))
}

#[cfg(test)]
mod tests;
