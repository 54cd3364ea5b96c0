//! Checked against `tests/fixtures/stats/reliability.json`, written by
//! `tests/fixtures/stats/make_fixtures.py` with pingouin
//! (`cronbach_alpha(nan_policy='listwise')`), including pingouin's own
//! `cronbach_wide_missing` data set.

use serde::Deserialize;

use super::*;
use crate::indicators::inference::tests::{assert_close, assert_stat, listwise};

#[derive(Deserialize)]
struct Fixture {
    alpha: Vec<AlphaCase>,
    pingouin_cronbach_wide_missing: Wide,
}

#[derive(Deserialize)]
struct AlphaCase {
    name: String,
    rows: Vec<Vec<Option<i64>>>,
    reverse: Vec<bool>,
    n_listwise: u64,
    expected: Option<f64>,
}

#[derive(Deserialize)]
struct Wide {
    rows: Vec<Vec<Option<f64>>>,
    expected_listwise: f64,
    methods_md_listwise: f64,
}

fn fixture() -> Fixture {
    serde_json::from_str(include_str!(
        "../../../tests/fixtures/stats/reliability.json"
    ))
    .expect("reliability.json parses")
}

fn summary(k: usize, rows: &[Vec<f64>]) -> CrossProducts {
    let mut cp = CrossProducts::new(k);
    for r in rows {
        cp.add(r);
    }
    cp
}

#[test]
fn alpha_agrees_with_pingouin_listwise() {
    for case in fixture().alpha {
        let rows = listwise(&case.rows, &case.reverse);
        let cp = summary(case.reverse.len(), &rows);
        assert_eq!(cp.n(), case.n_listwise, "{}", case.name);
        match (cronbach_alpha(&cp), case.expected) {
            (Some(a), Some(e)) => assert_stat(a, e, &case.name),
            (None, None) => {}
            (a, e) => panic!("{}: {a:?} vs {e:?}", case.name),
        }
    }
}

#[test]
fn alpha_on_pingouins_cronbach_wide_missing() {
    let wide = fixture().pingouin_cronbach_wide_missing;
    let k = wide.rows[0].len();
    let complete: Vec<Vec<f64>> = wide
        .rows
        .iter()
        .filter_map(|r| r.iter().copied().collect::<Option<Vec<f64>>>())
        .collect();
    let alpha = cronbach_alpha(&summary(k, &complete)).unwrap();
    assert_stat(alpha, wide.expected_listwise, "pingouin listwise");
    // methods.md M6 quotes the value to 6 decimals: agreement to half a unit in
    // the last place is all a rounded reference allows.
    assert_close(alpha, wide.methods_md_listwise, 5e-7, "methods.md M6");
}

/// A deterministic stream of 1-7 answers (xorshift64*), with k items that share
/// a common part so that they correlate.
fn answers(rows: usize, k: usize) -> impl Iterator<Item = Vec<i64>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33
    };
    (0..rows).map(move |_| {
        let common = (next() % 4) as i64;
        (0..k)
            .map(|_| (1 + common + (next() % 4) as i64).min(7))
            .collect()
    })
}

#[test]
fn a_million_rows_match_a_two_pass_computation() {
    let k = 5;
    let rows: Vec<Vec<i64>> = answers(1_000_000, k).collect();
    let mut cp = CrossProducts::new(k);
    let mut row = vec![0.0; k];
    for r in &rows {
        for (x, &v) in row.iter_mut().zip(r) {
            *x = v as f64;
        }
        cp.add(&row);
    }
    let n = rows.len() as f64;
    // exact: n·C_ij = n Σ x_i x_j − Σ x_i Σ x_j in integers
    let mut sum = vec![0i128; k];
    let mut prod = vec![0i128; k * k];
    for r in &rows {
        for i in 0..k {
            sum[i] += r[i] as i128;
            for j in 0..k {
                prod[i * k + j] += (r[i] * r[j]) as i128;
            }
        }
    }
    // two-pass: the means, then the centred products
    let mean: Vec<f64> = sum.iter().map(|&s| s as f64 / n).collect();
    let mut two_pass = vec![0.0; k * k];
    for r in &rows {
        for i in 0..k {
            for j in 0..k {
                two_pass[i * k + j] += (r[i] as f64 - mean[i]) * (r[j] as f64 - mean[j]);
            }
        }
    }
    for i in 0..k {
        assert_close(cp.mean(i).unwrap(), mean[i], 0.0, "mean");
        for j in 0..k {
            let exact = (rows.len() as i128 * prod[i * k + j] - sum[i] * sum[j]) as f64 / n;
            assert_close(cp.comoment(i, j), exact, 0.0, "co-moment vs exact");
            assert_close(
                cp.comoment(i, j),
                two_pass[i * k + j],
                0.0,
                "co-moment vs two-pass",
            );
        }
    }
}

#[test]
fn centring_survives_a_large_offset() {
    // Raw sums of squares would lose every digit here: x ≈ 1e9 with spread ≈ 1.
    let rows: Vec<Vec<f64>> = answers(10_000, 3)
        .map(|r| r.iter().map(|&v| 1e9 + v as f64 / 7.0).collect())
        .collect();
    let cp = summary(3, &rows);
    let n = rows.len() as f64;
    let mean: Vec<f64> = (0..3)
        .map(|i| rows.iter().map(|r| r[i] - 1e9).sum::<f64>() / n + 1e9)
        .collect();
    for i in 0..3 {
        for j in 0..3 {
            let two_pass: f64 = rows
                .iter()
                .map(|r| (r[i] - mean[i]) * (r[j] - mean[j]))
                .sum();
            // the inputs themselves carry 1e9 · 2⁻⁵³ ≈ 1e-7 of rounding each
            assert_close(
                cp.comoment(i, j),
                two_pass,
                1e-6 * two_pass.abs().max(1.0),
                "offset",
            );
        }
    }
}

#[test]
fn merge_equals_a_single_pass() {
    let rows: Vec<Vec<f64>> = answers(2_000, 4)
        .map(|r| r.iter().map(|&v| v as f64).collect())
        .collect();
    let single = summary(4, &rows);
    let parts: Vec<CrossProducts> = [0, 0, 1, 700, 701, 2_000]
        .windows(2)
        .map(|w| summary(4, &rows[w[0]..w[1]]))
        .collect();
    let mut merged = CrossProducts::new(4);
    for p in &parts {
        merged.merge(p);
    }
    assert_eq!(merged.n(), single.n());
    for i in 0..4 {
        assert_stat(merged.mean(i).unwrap(), single.mean(i).unwrap(), "mean");
        for j in 0..4 {
            assert_close(
                merged.comoment(i, j),
                single.comoment(i, j),
                1e-9,
                "co-moment",
            );
        }
    }
    assert_stat(
        cronbach_alpha(&merged).unwrap(),
        cronbach_alpha(&single).unwrap(),
        "alpha",
    );
    // the covariance and correlation matrices are symmetric
    let cov = merged.covariance_matrix().unwrap();
    let cor = merged.correlation_matrix().unwrap();
    for i in 0..4 {
        assert_eq!(cor[(i, i)], 1.0);
        for j in 0..4 {
            assert_eq!(cov[(i, j)], cov[(j, i)]);
            assert_eq!(cor[(i, j)], cor[(j, i)]);
        }
    }
}

#[test]
fn edge_cases_are_undefined() {
    // n = 0 and n = 1
    let empty = CrossProducts::new(3);
    assert_eq!(cronbach_alpha(&empty), None);
    assert_eq!((empty.mean(0), empty.covariance(0, 1)), (None, None));
    assert_eq!(empty.correlation_matrix(), None);
    let one = summary(3, &[vec![1.0, 2.0, 3.0]]);
    assert_eq!(cronbach_alpha(&one), None);
    assert_eq!(one.covariance_matrix(), None);
    // k < 2
    assert_eq!(cronbach_alpha(&summary(1, &[vec![1.0], vec![3.0]])), None);
    // zero total variance: every row has the same sum
    let mirror = summary(2, &[vec![1.0, 7.0], vec![2.0, 6.0], vec![5.0, 3.0]]);
    assert_eq!(cronbach_alpha(&mirror), None);
    // all items constant
    let flat = summary(2, &[vec![4.0, 4.0], vec![4.0, 4.0]]);
    assert_eq!(cronbach_alpha(&flat), None);
    // a constant variable has no correlation
    let constant = summary(2, &[vec![4.0, 1.0], vec![4.0, 2.0], vec![4.0, 5.0]]);
    assert_eq!(constant.correlation(0, 1), None);
    assert_eq!(constant.correlation_matrix(), None);
    assert_eq!(constant.covariance(0, 1), Some(0.0));
}
