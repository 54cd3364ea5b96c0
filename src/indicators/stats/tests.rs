//! Expected values below were worked out by hand (and checked with a pocket
//! calculator in Python's `math` module), not with this crate.

use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn mean_and_top2_on_a_seven_point_scale() {
    // answers 1..=7 with counts 1,0,2,3,4,5,5 (n = 20)
    // sum = 1 + 0 + 6 + 12 + 20 + 30 + 35 = 104 -> mean 5.2; top-2 = 10/20 = 50 %
    let counts = [1, 0, 2, 3, 4, 5, 5];
    assert!(close(mean(&counts, |i| 1.0 + i as f64).unwrap(), 5.2));
    assert!(close(share_percent(&counts, |i| i >= 5).unwrap(), 50.0));
    // below the midpoint 4: answers 1-3 = 3/20 = 15 %
    assert!(close(share_percent(&counts, |i| i < 3).unwrap(), 15.0));
    // A rescaled item: slots worth 1, 3.25, 5.5, 7.75, 10 (1-5 on 1-10), one
    // answer each: (1 + 3.25 + 5.5 + 7.75 + 10) / 5 = 5.5.
    let points = [1.0, 3.25, 5.5, 7.75, 10.0];
    assert!(close(mean(&[1; 5], |i| points[i]).unwrap(), 5.5));
}

#[test]
fn undefined_on_an_empty_base_not_zero() {
    assert_eq!(mean(&[0; 7], |i| i as f64), None);
    assert_eq!(share_percent(&[0; 5], |_| true), None);
    assert_eq!(nps(&[0; 11], 0.95), None);
}

#[test]
fn nps_with_its_interval() {
    // 20 answers: 7 detractors (0-6), 5 passives (7-8), 8 promoters (9-10).
    // p = 0.40, d = 0.35, NPS = 5; Var = 100² (0.75 - 0.0025) / 20 = 373.75,
    // SE = 19.332614929..., 95 % CI = 5 ± 1.959964 × SE.
    let counts = [1, 0, 1, 1, 1, 1, 2, 3, 2, 5, 3];
    let r = nps(&counts, 0.95).unwrap();
    assert_eq!(r.n, 20);
    assert!(close(r.value, 5.0), "{r:?}");
    assert!(close(r.se, 19.332614929181204), "{r:?}");
    assert!(close(r.ci_low, -32.89122898817652), "{r:?}");
    assert!(close(r.ci_high, 42.891228988176536), "{r:?}");
}

#[test]
fn nps_interval_is_clipped_and_zero_is_a_detractor() {
    // 1 answer of 0 (a detractor, not missing), 2 of 10: p = 2/3, d = 1/3 -> NPS 33.33
    let mut counts = [0u64; 11];
    counts[0] = 1;
    counts[10] = 2;
    assert!(close(nps(&counts, 0.95).unwrap().value, 100.0 / 3.0));
    // 2 promoters of 3, one passive: NPS 66.67, SE 27.2166, upper bound clipped to 100
    let mut counts = [0u64; 11];
    counts[8] = 1;
    counts[9] = 2;
    let r = nps(&counts, 0.95).unwrap();
    assert!(close(r.se, 27.216552697590867));
    assert!(close(r.ci_low, 13.323203596052103));
    assert_eq!(r.ci_high, 100.0);
    // all promoters: the interval collapses to a point
    let r = nps(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4], 0.95).unwrap();
    assert_eq!(
        (r.value, r.se, r.ci_low, r.ci_high),
        (100.0, 0.0, 100.0, 100.0)
    );
}

#[test]
fn z_for_95_percent() {
    assert!((z_two_sided(0.95) - 1.959963984540054).abs() < 1e-12);
}

#[test]
fn pareto_ties_and_the_eighty_percent_boundary() {
    // 100 complaints: A 50, B 30, C 10, D 10 (tie broken by name), E 0 (dropped).
    // cum: A .5, B .8 (reaches 80 % exactly: vital), C .9 (before = .8: not vital), D 1.0
    let rows = pareto([
        ("D".to_string(), 10),
        ("B".into(), 30),
        ("C".into(), 10),
        ("A".into(), 50),
        ("E".into(), 0),
    ]);
    let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["A", "B", "C", "D"]);
    let vital: Vec<bool> = rows.iter().map(|r| r.vital).collect();
    assert_eq!(vital, [true, true, false, false]);
    assert!(close(rows[1].cum_share, 0.8));
    assert!(close(rows[2].share, 0.1));
    assert!(close(rows[3].cum_share, 1.0));
}

#[test]
fn pareto_first_category_alone_can_be_the_vital_few() {
    let rows = pareto([("x".to_string(), 9), ("y".into(), 1)]);
    assert_eq!(
        rows.iter().map(|r| r.vital).collect::<Vec<_>>(),
        [true, false]
    );
    assert!(pareto(Vec::<(String, u64)>::new()).is_empty());
}

#[test]
fn type_7_quantiles() {
    // numpy.quantile([1, 2, 3, 4, 10], [0.5, 0.9]) = [3.0, 7.6]:
    // h = 4 * 0.9 = 3.6 -> x4 + 0.6 (x5 - x4) = 4 + 0.6 * 6 = 7.6
    let v = [1.0, 2.0, 3.0, 4.0, 10.0];
    assert!(close(quantile_sorted(&v, 0.5).unwrap(), 3.0));
    assert!(close(quantile_sorted(&v, 0.9).unwrap(), 7.6));
    // even n: median of 1, 2, 3, 4 is 2.5; p90: h = 2.7 -> 3 + 0.7 = 3.7
    let v = [1.0, 2.0, 3.0, 4.0];
    assert!(close(quantile_sorted(&v, 0.5).unwrap(), 2.5));
    assert!(close(quantile_sorted(&v, 0.9).unwrap(), 3.7));
    assert_eq!(quantile_sorted(&[5.0], 0.9), Some(5.0));
    assert_eq!(quantile_sorted(&[], 0.5), None);
}

/// Agreement to 1e-9 relative, for values far below 1.
fn relative(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs()
}

#[test]
fn two_proportion_z_test() {
    // By hand (pooled p = 50/200 = 0.25): z = 0.1 / sqrt(0.25 · 0.75 · 0.02) = 1.63299,
    // p = erfc(|z| / sqrt 2) = 0.10247 (Python math.erfc).
    let (z, p) = two_proportion_z(30, 100, 20, 100).unwrap();
    assert!(close(z, 1.6329931618554518));
    assert!(relative(p, 0.1024704348597495), "{p:e}");
    // 上门超时 in 2026-09 (122 of 289) against 2026-08 (51 of 212)
    let (z, p) = two_proportion_z(122, 289, 51, 212).unwrap();
    assert!(close(z, 4.223203970723852));
    assert!(relative(p, 2.408536595566217e-05), "{p:e}");
    assert_eq!(two_proportion_z(0, 10, 0, 10), None);
    assert_eq!(two_proportion_z(1, 0, 1, 10), None);
}
