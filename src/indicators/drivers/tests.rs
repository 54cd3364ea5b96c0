//! Checked against `tests/fixtures/stats/drivers.json`, written by
//! `tests/fixtures/stats/make_fixtures.py`: betas and R² from statsmodels OLS on
//! z-scored data with an intercept, relative weights from an independent numpy
//! implementation of Johnson's steps, LMG by averaging R² increments over every
//! ordering of the attributes (each R² from a least-squares fit on the data), and
//! iopsych's published `relWt` example.

use serde::Deserialize;

use super::*;
use crate::indicators::inference::tests::{assert_close, assert_stat, listwise};

#[derive(Deserialize)]
struct Fixture {
    drivers: Vec<Case>,
    iopsych_relwt_example: Iopsych,
}

#[derive(Deserialize)]
struct Expected {
    betas: Vec<f64>,
    r2: f64,
    weights: Vec<f64>,
    lmg: Vec<f64>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    rows: Vec<Vec<Option<i64>>>,
    reverse: Vec<bool>,
    n_listwise: u64,
    expected: Option<Expected>,
}

#[derive(Deserialize)]
struct Iopsych {
    r: Vec<Vec<f64>>,
    criterion: usize,
    weights_numpy: Vec<f64>,
    betas_numpy: Vec<f64>,
    r2_numpy: f64,
    weights_published: Vec<f64>,
}

fn fixture() -> Fixture {
    serde_json::from_str(include_str!("../../../tests/fixtures/stats/drivers.json"))
        .expect("drivers.json parses")
}

fn summary(k: usize, rows: &[Vec<f64>]) -> CrossProducts {
    let mut cp = CrossProducts::new(k);
    for r in rows {
        cp.add(r);
    }
    cp
}

fn assert_all(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}");
    for (a, e) in actual.iter().zip(expected) {
        assert_stat(*a, *e, what);
    }
}

#[test]
fn drivers_agree_with_statsmodels_numpy_and_orderings() {
    for case in fixture().drivers {
        let rows = listwise(&case.rows, &case.reverse);
        let cp = summary(case.reverse.len(), &rows);
        assert_eq!(cp.n(), case.n_listwise, "{}", case.name);
        let name = &case.name;
        match (key_drivers(&cp), &case.expected) {
            (Some(d), Some(e)) => {
                assert_eq!(d.n, case.n_listwise);
                assert_all(&d.betas, &e.betas, &format!("{name}: betas"));
                assert_stat(d.r2, e.r2, &format!("{name}: R²"));
                assert_all(&d.weights, &e.weights, &format!("{name}: relative weights"));
                let lmg = lmg(&cp).unwrap();
                assert_all(&lmg, &e.lmg, &format!("{name}: LMG"));
                assert_stat(d.weights.iter().sum(), d.r2, "Σε = R²");
                assert_stat(lmg.iter().sum(), d.r2, "ΣLMG = R²");
                assert!(lmg.iter().chain(&d.weights).all(|&v| v >= 0.0), "{name}");
                assert_eq!(standardized_betas(&cp), Some(d.betas.clone()));
                assert_eq!(r_squared(&cp), Some(d.r2));
                assert_eq!(relative_weights(&cp), Some(d.weights.clone()));
            }
            (None, None) => assert_eq!(lmg(&cp), None, "{name}"),
            (d, e) => panic!("{name}: {d:?} vs defined = {}", e.is_some()),
        }
    }
}

#[test]
fn relative_weights_of_iopsychs_published_example() {
    let io = fixture().iopsych_relwt_example;
    let y = io.criterion;
    let xs: Vec<usize> = (0..io.r.len()).filter(|&j| j != y).collect();
    let c = Correlations {
        rxx: DMatrix::from_fn(xs.len(), xs.len(), |a, b| io.r[xs[a]][xs[b]]),
        rxy: DVector::from_iterator(xs.len(), xs.iter().map(|&j| io.r[j][y])),
    };
    let d = solve(&c).unwrap();
    assert_all(&d.weights, &io.weights_numpy, "numpy weights");
    assert_all(&d.betas, &io.betas_numpy, "numpy betas");
    assert_stat(d.r2, io.r2_numpy, "numpy R²");
    // iopsych prints 8 decimals: half a unit in the last place is what a rounded
    // reference allows.
    for (a, e) in d.weights.iter().zip(&io.weights_published) {
        assert_close(*a, *e, 5e-9, "iopsych relWt (8 decimals)");
    }
}

/// Rows of [y, x1, x2, x3] with integer answers, deterministic.
fn rows(n: usize) -> Vec<Vec<f64>> {
    (0..n)
        .map(|i| {
            let x1 = (i * 7 % 5 + 1) as f64;
            let x2 = ((i * 3 + i / 5) % 7 + 1) as f64;
            let x3 = ((i * 11 + 3) % 6 + 1) as f64;
            let y = ((x1 + x2 + x3 + (i % 3) as f64) / 3.0).round();
            vec![y, x1, x2, x3]
        })
        .collect()
}

#[test]
fn merge_equals_a_single_pass() {
    let data = rows(500);
    let single = summary(4, &data);
    let mut merged = summary(4, &data[..123]);
    merged.merge(&summary(4, &data[123..124]));
    merged.merge(&summary(4, &data[124..]));
    let (a, b) = (key_drivers(&merged).unwrap(), key_drivers(&single).unwrap());
    assert_eq!(a.n, 500);
    assert_all(&a.betas, &b.betas, "betas");
    assert_all(&a.weights, &b.weights, "weights");
    assert_stat(a.r2, b.r2, "R²");
    assert_all(&lmg(&merged).unwrap(), &lmg(&single).unwrap(), "LMG");
}

#[test]
fn orthogonal_predictors_get_their_squared_correlation() {
    // x1 and x2 take every pair of (−1, 1) equally often: uncorrelated.
    let data: Vec<Vec<f64>> = (0..40)
        .map(|i| {
            let x1 = if i % 2 == 0 { -1.0 } else { 1.0 };
            let x2 = if (i / 2) % 2 == 0 { -1.0 } else { 1.0 };
            let noise = [0.3, -0.1, 0.4, -0.6, 0.2][i % 5];
            vec![2.0 * x1 + x2 + noise, x1, x2]
        })
        .collect();
    let cp = summary(3, &data);
    let d = key_drivers(&cp).unwrap();
    let l = lmg(&cp).unwrap();
    for (j, &lmg_j) in l.iter().enumerate() {
        let r2 = cp.correlation(0, j + 1).unwrap().powi(2);
        assert_stat(d.weights[j], r2, "ε = r² when orthogonal");
        assert_stat(lmg_j, r2, "LMG = r² when orthogonal");
        assert_stat(d.betas[j], cp.correlation(0, j + 1).unwrap(), "β = r");
    }
}

#[test]
fn lmg_with_two_predictors_has_a_closed_form() {
    // methods.md M8: LMG₁ = [r₁² + (R² − r₂²)] / 2
    let data: Vec<Vec<f64>> = rows(300).into_iter().map(|r| r[..3].to_vec()).collect();
    let cp = summary(3, &data);
    let (r1, r2) = (cp.correlation(0, 1).unwrap(), cp.correlation(0, 2).unwrap());
    let big = r_squared(&cp).unwrap();
    let l = lmg(&cp).unwrap();
    assert_stat(l[0], (r1 * r1 + big - r2 * r2) / 2.0, "LMG₁");
    assert_stat(l[1], (r2 * r2 + big - r1 * r1) / 2.0, "LMG₂");
}

#[test]
fn undefined_regressions_are_none() {
    // no rows, one variable, n = p + 1
    assert_eq!(key_drivers(&CrossProducts::new(4)), None);
    assert_eq!(
        key_drivers(&summary(1, &[vec![1.0], vec![2.0], vec![4.0]])),
        None
    );
    let data = rows(10);
    assert_eq!(key_drivers(&summary(4, &data[..4])), None);
    assert!(key_drivers(&summary(4, &data[..5])).is_some());
    // a constant attribute, a constant outcome
    let constant_x: Vec<Vec<f64>> = data.iter().map(|r| vec![r[0], r[1], 4.0]).collect();
    assert_eq!(key_drivers(&summary(3, &constant_x)), None);
    let constant_y: Vec<Vec<f64>> = data.iter().map(|r| vec![5.0, r[1], r[2]]).collect();
    assert_eq!(key_drivers(&summary(3, &constant_y)), None);
    // collinear attributes: x3 = 2 x1 − x2 + 1
    let collinear: Vec<Vec<f64>> = rows(60)
        .iter()
        .map(|r| vec![r[0], r[1], r[2], 2.0 * r[1] - r[2] + 1.0])
        .collect();
    let cp = summary(4, &collinear);
    assert_eq!(key_drivers(&cp), None);
    assert_eq!(standardized_betas(&cp), None);
    assert_eq!(lmg(&cp), None);
    // a duplicated attribute
    let twice: Vec<Vec<f64>> = data.iter().map(|r| vec![r[0], r[1], r[1]]).collect();
    assert_eq!(key_drivers(&summary(3, &twice)), None);
}

#[test]
fn lmg_stops_above_fifteen_attributes() {
    let p = LMG_MAX_ATTRIBUTES + 1;
    let mut state = 12345u64;
    let data: Vec<Vec<f64>> = (0..200)
        .map(|_| {
            (0..=p)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((state >> 33) % 7 + 1) as f64
                })
                .collect()
        })
        .collect();
    let cp = summary(p + 1, &data);
    assert!(key_drivers(&cp).is_some());
    assert_eq!(lmg(&cp), None);
}

#[test]
fn ipa_quadrants_count_a_tie_as_high() {
    use Quadrant::*;
    let cases = [
        ((0.3, 80.0), KeepUpTheGoodWork),
        ((0.3, 60.0), ConcentrateHere),
        ((0.1, 60.0), LowPriority),
        ((0.1, 80.0), PossibleOverkill),
        ((0.2, 70.0), KeepUpTheGoodWork),
        ((0.2, 69.9), ConcentrateHere),
        ((0.19, 70.0), PossibleOverkill),
    ];
    for ((i, p), q) in cases {
        assert_eq!(ipa_quadrant(i, p, 0.2, 70.0), q, "{i} {p}");
    }
    let ids: Vec<&str> = [
        KeepUpTheGoodWork,
        ConcentrateHere,
        LowPriority,
        PossibleOverkill,
    ]
    .iter()
    .map(|q| q.id())
    .collect();
    assert_eq!(
        ids,
        [
            "keep_up_the_good_work",
            "concentrate_here",
            "low_priority",
            "possible_overkill"
        ]
    );
}
