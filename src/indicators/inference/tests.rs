//! Checked against `tests/fixtures/stats/inference.json`, written by
//! `tests/fixtures/stats/make_fixtures.py` with scipy (`ttest_ind(equal_var=False)`,
//! `f_oneway`, `norm.sf`) and statsmodels (`proportions_ztest`, `anova_lm`,
//! `multipletests(method='fdr_bh')`). The fixtures hold the raw answers with the
//! not-applicable code 99 and missing answers (null) still in them; the tests
//! exclude them here, as the indicators do.
//!
//! This file also holds the tolerances and fixture helpers shared by the tests of
//! `reliability` and `drivers`, so that there is one place that says how close
//! is close.

use serde::Deserialize;

use super::*;
use crate::indicators::stats;

/// Relative tolerance of a t or F p-value with `df` degrees of freedom (the larger
/// df for F). statrs' regularized incomplete beta multiplies by
/// exp(ln Γ(a+b) − ln Γ(a) − ln Γ(b) + …), and at a = df/2 ≈ 5·10⁵ the log-gammas
/// are ≈ 6·10⁶, so their difference keeps only ≈ 1e-9 relative: on the
/// one-million-answer ANOVA fixture p is off by 1.06e-9 relative (scipy's value
/// is right to 1e-14, checked with mpmath at 40 digits). Below 10⁵ df the method
/// is exact to 1e-9; above, the test allows 1e-8, far below anything a reader of
/// a p-value could see.
pub(crate) fn p_rtol(df: f64) -> f64 {
    if df < 1e5 { 1e-9 } else { 1e-8 }
}

/// The not-applicable code of the fixtures (methods.md M0).
pub(crate) const NA: i64 = 99;

/// Agreement to 1e-9 relative (methods.md M0), for a method that is exact.
/// An expected 0 must come out as 0 up to `abs`, the rounding noise of the
/// quantity's natural scale.
pub(crate) fn assert_close(actual: f64, expected: f64, abs: f64, what: &str) {
    let tol = 1e-9 * expected.abs() + abs;
    assert!(
        (actual - expected).abs() <= tol,
        "{what}: {actual:e} vs expected {expected:e} (diff {:e}, tol {tol:e})",
        (actual - expected).abs()
    );
}

/// Relative agreement for a statistic of order one (absolute floor 1e-13).
pub(crate) fn assert_stat(actual: f64, expected: f64, what: &str) {
    assert_close(actual, expected, 1e-13, what);
}

/// Relative agreement for a p-value, however small (absolute floor 1e-300), of a
/// test with `df` degrees of freedom (infinite for a z test).
pub(crate) fn assert_p(actual: f64, expected: f64, df: f64, what: &str) {
    let tol = p_rtol(df) * expected.abs() + 1e-300;
    assert!(
        (actual - expected).abs() <= tol,
        "{what}: p {actual:e} vs expected {expected:e} (tol {tol:e})"
    );
}

/// The pairwise base of one item: missing, 99 and out-of-range answers dropped.
pub(crate) fn valid(raw: &[Option<i64>], lo: i64, hi: i64) -> Vec<f64> {
    raw.iter()
        .flatten()
        .filter(|&&v| v != NA && (lo..=hi).contains(&v))
        .map(|&v| v as f64)
        .collect()
}

/// Listwise rows on a 1-7 scale: only rows with every item valid, reverse-coded
/// items recoded x -> 8 - x after the exclusion (99 is never recoded).
pub(crate) fn listwise(rows: &[Vec<Option<i64>>], reverse: &[bool]) -> Vec<Vec<f64>> {
    rows.iter()
        .filter(|r| {
            r.iter()
                .all(|v| matches!(v, Some(x) if *x != NA && (1..=7).contains(x)))
        })
        .map(|r| {
            r.iter()
                .zip(reverse)
                .map(|(v, &rev)| {
                    let x = v.expect("filtered") as f64;
                    if rev { 8.0 - x } else { x }
                })
                .collect()
        })
        .collect()
}

#[derive(Deserialize)]
struct Fixture {
    welch: Vec<WelchCase>,
    welch_counts: Vec<WelchCountsCase>,
    nps_difference: Vec<NpsCase>,
    two_proportion: Vec<ProportionCase>,
    anova: Vec<AnovaCase>,
    anova_counts: Vec<AnovaCountsCase>,
    benjamini_hochberg: Vec<BhCase>,
}

#[derive(Deserialize)]
struct Test {
    #[serde(alias = "z")]
    t: f64,
    df: Option<f64>,
    p: f64,
}

#[derive(Deserialize)]
struct WelchCase {
    name: String,
    a: Vec<Option<i64>>,
    b: Vec<Option<i64>>,
    lo: i64,
    hi: i64,
    n_a: u64,
    n_b: u64,
    mean_a: Option<f64>,
    var_a: Option<f64>,
    expected: Option<Test>,
}

#[derive(Deserialize)]
struct WelchCountsCase {
    name: String,
    counts_a: Vec<u64>,
    counts_b: Vec<u64>,
    lo: i32,
    mean_a: f64,
    var_a: f64,
    expected: Test,
}

#[derive(Deserialize)]
struct NpsCase {
    name: String,
    counts_a: Vec<u64>,
    counts_b: Vec<u64>,
    nps_a: f64,
    se_a: f64,
    expected: Option<Test>,
}

#[derive(Deserialize)]
struct ProportionCase {
    name: String,
    x1: u64,
    n1: u64,
    x2: u64,
    n2: u64,
    expected: Option<Test>,
}

#[derive(Deserialize)]
struct AnovaExpected {
    f: f64,
    p: f64,
    df_between: f64,
    df_within: f64,
    eta_squared: f64,
}

#[derive(Deserialize)]
struct AnovaCase {
    name: String,
    groups: Vec<Vec<Option<i64>>>,
    lo: i64,
    hi: i64,
    expected: Option<AnovaExpected>,
}

#[derive(Deserialize)]
struct AnovaCountsCase {
    name: String,
    counts: Vec<Vec<u64>>,
    lo: i32,
    expected: AnovaExpected,
}

#[derive(Deserialize)]
struct BhCase {
    name: String,
    p: Vec<f64>,
    expected: Vec<f64>,
}

fn fixture() -> Fixture {
    serde_json::from_str(include_str!("../../../tests/fixtures/stats/inference.json"))
        .expect("inference.json parses")
}

fn moments(values: &[f64]) -> Moments {
    values.iter().copied().collect()
}

fn check_test(actual: Option<TestResult>, expected: &Option<Test>, name: &str) {
    match (actual, expected) {
        (None, None) => {}
        (Some(r), Some(e)) => {
            assert_stat(r.statistic, e.t, &format!("{name}: statistic"));
            match (r.df, e.df) {
                (Some(a), Some(b)) => assert_stat(a, b, &format!("{name}: df")),
                (None, None) => {}
                (a, b) => panic!("{name}: df {a:?} vs {b:?}"),
            }
            let df = r.df.unwrap_or(0.0);
            assert_p(r.p, e.p, df, &format!("{name}: p"));
        }
        (a, e) => panic!("{name}: got {a:?}, expected defined = {}", e.is_some()),
    }
}

#[test]
fn welch_t_agrees_with_scipy() {
    for case in fixture().welch {
        let (a, b) = (
            valid(&case.a, case.lo, case.hi),
            valid(&case.b, case.lo, case.hi),
        );
        let (ma, mb) = (moments(&a), moments(&b));
        assert_eq!((ma.n(), mb.n()), (case.n_a, case.n_b), "{}", case.name);
        match case.mean_a {
            Some(m) => assert_stat(ma.mean().unwrap(), m, &case.name),
            None => assert_eq!(ma.mean(), None, "{}", case.name),
        }
        match case.var_a {
            Some(v) => assert_stat(ma.variance().unwrap(), v, &case.name),
            None => assert_eq!(ma.variance(), None, "{}", case.name),
        }
        check_test(welch_t(&ma, &mb), &case.expected, &case.name);
    }
}

#[test]
fn welch_t_on_large_histograms_agrees_with_scipy() {
    for case in fixture().welch_counts {
        let a = Moments::from_counts(&case.counts_a, |i| f64::from(case.lo) + i as f64);
        let b = Moments::from_counts(&case.counts_b, |i| f64::from(case.lo) + i as f64);
        assert_stat(a.mean().unwrap(), case.mean_a, &case.name);
        assert_stat(a.variance().unwrap(), case.var_a, &case.name);
        check_test(welch_t(&a, &b), &Some(case.expected), &case.name);
    }
}

#[test]
fn nps_difference_agrees_with_per_respondent_scores() {
    for case in fixture().nps_difference {
        let a = stats::nps(&case.counts_a, 0.95).unwrap();
        let b = stats::nps(&case.counts_b, 0.95).unwrap();
        assert_stat(a.value, case.nps_a, &case.name);
        assert_stat(a.se, case.se_a, &case.name);
        check_test(nps_difference(&a, &b), &case.expected, &case.name);
    }
}

#[test]
fn two_proportion_z_agrees_with_statsmodels() {
    for case in fixture().two_proportion {
        let actual =
            stats::two_proportion_z(case.x1, case.n1, case.x2, case.n2).map(|(z, p)| TestResult {
                statistic: z,
                df: None,
                p,
            });
        check_test(actual, &case.expected, &case.name);
    }
}

fn check_anova(actual: Option<Anova>, expected: &Option<AnovaExpected>, name: &str) {
    match (actual, expected) {
        (None, None) => {}
        (Some(r), Some(e)) => {
            assert_stat(r.f, e.f, &format!("{name}: F"));
            assert_eq!(
                (r.df_between, r.df_within),
                (e.df_between, e.df_within),
                "{name}"
            );
            assert_p(r.p, e.p, r.df_within, &format!("{name}: p"));
            assert_stat(r.eta_squared, e.eta_squared, &format!("{name}: eta²"));
        }
        (a, e) => panic!("{name}: got {a:?}, expected defined = {}", e.is_some()),
    }
}

#[test]
fn anova_agrees_with_scipy_and_statsmodels() {
    for case in fixture().anova {
        let groups: Vec<Moments> = case
            .groups
            .iter()
            .map(|g| moments(&valid(g, case.lo, case.hi)))
            .collect();
        check_anova(one_way_anova(&groups), &case.expected, &case.name);
    }
}

#[test]
fn anova_on_large_histograms_agrees_with_scipy() {
    for case in fixture().anova_counts {
        let groups: Vec<Moments> = case
            .counts
            .iter()
            .map(|c| Moments::from_counts(c, |i| f64::from(case.lo) + i as f64))
            .collect();
        check_anova(one_way_anova(&groups), &Some(case.expected), &case.name);
    }
}

#[test]
fn benjamini_hochberg_agrees_with_statsmodels() {
    for case in fixture().benjamini_hochberg {
        let adjusted = benjamini_hochberg(&case.p);
        assert_eq!(adjusted.len(), case.expected.len(), "{}", case.name);
        for (a, e) in adjusted.iter().zip(&case.expected) {
            assert_p(*a, *e, 0.0, &case.name);
        }
    }
    assert!(benjamini_hochberg(&[]).is_empty());
}

#[test]
fn merge_equals_a_single_pass() {
    let values: Vec<f64> = (0..1000).map(|i| ((i * 37 + 11) % 7 + 1) as f64).collect();
    let single = moments(&values);
    // uneven chunks, including empty ones, merged in a tree as rayon would
    let chunks: Vec<Moments> = [0, 1, 2, 3, 250, 250, 600, 1000]
        .windows(2)
        .map(|w| moments(&values[w[0]..w[1]]))
        .collect();
    let mut left = chunks[..3].iter().fold(Moments::default(), |mut a, b| {
        a.merge(b);
        a
    });
    let right = chunks[3..].iter().fold(Moments::default(), |mut a, b| {
        a.merge(b);
        a
    });
    left.merge(&right);
    assert_eq!(left.n(), single.n());
    assert_stat(left.mean().unwrap(), single.mean().unwrap(), "mean");
    assert_stat(
        left.variance().unwrap(),
        single.variance().unwrap(),
        "variance",
    );
    // and from the histogram of the same answers
    let mut counts = [0u64; 7];
    for v in &values {
        counts[*v as usize - 1] += 1;
    }
    let hist = Moments::from_counts(&counts, |i| 1.0 + i as f64);
    assert_stat(hist.mean().unwrap(), single.mean().unwrap(), "mean");
    assert_stat(
        hist.variance().unwrap(),
        single.variance().unwrap(),
        "variance",
    );
    // merging with nothing changes nothing
    let mut m = single;
    m.merge(&Moments::default());
    assert_eq!(m, single);
}

#[test]
fn moments_edge_cases() {
    let empty = Moments::default();
    assert_eq!((empty.n(), empty.mean(), empty.variance()), (0, None, None));
    assert_eq!(Moments::from_counts(&[0; 7], |i| 1.0 + i as f64), empty);
    assert_eq!(Moments::from_counts(&[], |i| 1.0 + i as f64), empty);
    let one = moments(&[4.0]);
    assert_eq!((one.mean(), one.variance()), (Some(4.0), None));
    // a constant variable has exactly zero variance, by every route
    assert_eq!(moments(&[3.0; 50]).variance(), Some(0.0));
    assert_eq!(
        Moments::from_counts(&[0, 0, 50], |i| 1.0 + i as f64).variance(),
        Some(0.0)
    );
    let mut m = moments(&[3.0; 20]);
    m.merge(&moments(&[3.0; 7]));
    assert_eq!(m.variance(), Some(0.0));
    // 0-10 answers: index 0 is the answer 0, not a missing value
    assert_eq!(
        Moments::from_counts(&[2, 0, 2], |i| 0.0 + i as f64).mean(),
        Some(1.0)
    );
}

#[test]
fn tests_are_undefined_without_a_base_or_variance() {
    let empty = Moments::default();
    let some = moments(&[1.0, 2.0, 3.0]);
    assert_eq!(welch_t(&empty, &some), None);
    assert_eq!(welch_t(&moments(&[5.0]), &some), None);
    assert_eq!(
        welch_t(&moments(&[5.0, 5.0]), &moments(&[2.0, 2.0, 2.0])),
        None
    );
    assert_eq!(one_way_anova(&[]), None);
    assert_eq!(one_way_anova(&[some, empty]), None);
    assert_eq!(
        one_way_anova(&[moments(&[2.0, 2.0]), moments(&[3.0])]),
        None
    );
    let all_promoters = stats::nps(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], 0.95).unwrap();
    assert_eq!(nps_difference(&all_promoters, &all_promoters), None);
}

#[test]
fn anova_of_two_groups_is_the_pooled_t_test_squared() {
    // F = t² for two groups, where t is the equal-variance t: a check of the
    // F distribution's tail against the t distribution's.
    let a = moments(&[1.0, 2.0, 3.0, 3.0, 5.0]);
    let b = moments(&[4.0, 4.0, 5.0, 6.0]);
    let r = one_way_anova(&[a, b]).unwrap();
    let (na, nb) = (a.n() as f64, b.n() as f64);
    let sp2 = (a.sum_of_squares() + b.sum_of_squares()) / (na + nb - 2.0);
    let t = (a.mean().unwrap() - b.mean().unwrap()) / (sp2 * (1.0 / na + 1.0 / nb)).sqrt();
    assert_stat(r.f, t * t, "F = t²");
    let p = 2.0 * StudentsT::new(0.0, 1.0, na + nb - 2.0).unwrap().sf(t.abs());
    assert_p(r.p, p, r.df_within, "p");
}

#[test]
fn rayon_fold_and_reduce_equal_a_single_pass() {
    use rayon::prelude::*;
    let values: Vec<f64> = (0..100_000).map(|i| ((i * 7919) % 7 + 1) as f64).collect();
    let single = moments(&values);
    let parallel = values
        .par_iter()
        .fold(Moments::default, |mut m, &x| {
            m.add(x);
            m
        })
        .reduce(Moments::default, |mut a, b| {
            a.merge(&b);
            a
        });
    assert_eq!(parallel.n(), single.n());
    assert_stat(parallel.mean().unwrap(), single.mean().unwrap(), "mean");
    assert_stat(
        parallel.variance().unwrap(),
        single.variance().unwrap(),
        "variance",
    );
}

/// Answers 1, 3, 3, 4, 5: mean 3.2, s² = 8.8 / 4 = 2.2, s/√n = √0.44 =
/// 0.66332495807108; t(0.975, 4) = 2.7764451051977987 (printed tables,
/// scipy.stats.t.ppf), so the 95 % interval is 3.2 ± 1.8416365805...
#[test]
fn t_interval_of_a_mean_from_counts() {
    let m = Moments::from_counts(&[1, 0, 2, 1, 1], |i| 1.0 + i as f64);
    let (lo, hi) = m.t_interval(0.95).unwrap();
    let half = 2.7764451051977987 * 0.44f64.sqrt();
    assert!((lo - (3.2 - half)).abs() < 1e-9, "{lo}");
    assert!((hi - (3.2 + half)).abs() < 1e-9, "{hi}");
    assert_eq!(
        Moments::from_counts(&[0, 1, 0], |i| i as f64).t_interval(0.95),
        None
    );
}
