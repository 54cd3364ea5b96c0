//! Control-chart limits against textbook examples, and each run rule on a
//! constructed series that trips it and one that just misses it.

use super::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn p_chart_textbook_example() {
    // An Introduction to Business Statistics, Example 16.6 (methods.md M10):
    // 10 samples of 200 with these defectives give p̄ = 0.16, UCL = 0.2378,
    // LCL = 0.0822 and no point out of control.
    let x = [40.0, 44.0, 22.0, 34.0, 24.0, 32.0, 28.0, 32.0, 34.0, 30.0];
    let n = [200.0; 10];
    let chart = p_chart(&x, &n, &[true; 10]);
    let p = chart[0].unwrap();
    assert!(close(p.center, 0.16, 1e-12));
    assert!(close(p.ucl, 0.2378, 5e-5), "{}", p.ucl);
    assert!(close(p.lcl, 0.0822, 5e-5), "{}", p.lcl);
    assert!(
        signals(&chart, RuleSet::WesternElectric)
            .iter()
            .all(|(_, r)| *r != 1)
    );
}

#[test]
fn p_chart_sas_circuits_limits() {
    // SAS/QC PCHART "Circuits": 30 batches of 500 with 292 failures in all give
    // p̄ = 0.019467, UCL = 0.038003, LCL = 0.000931 (the limits depend only on
    // the totals and n).
    let mut x = vec![9.0; 30];
    x[0] = 292.0 - 9.0 * 29.0;
    let chart = p_chart(&x, &[500.0; 30], &[true; 30]);
    let p = chart[0].unwrap();
    assert!(close(p.center, 0.019467, 5e-7));
    assert!(close(p.ucl, 0.038003, 5e-7));
    assert!(close(p.lcl, 0.000931, 5e-7));
}

#[test]
fn p_chart_limits_vary_with_n_and_clip() {
    // p̄ = 30/300 = 0.1; n = 100: σ = 0.03, UCL 0.19; n = 4: σ = 0.15, LCL clipped to 0.
    let chart = p_chart(
        &[10.0, 20.0, 0.0],
        &[100.0, 200.0, 0.0],
        &[true, true, true],
    );
    let a = chart[0].unwrap();
    assert!(close(a.ucl, 0.19, 1e-12) && close(a.lcl, 0.01, 1e-12));
    assert!(chart[2].is_none(), "n = 0 is not plotted");
    let small = p_chart(&[1.0], &[4.0], &[false]);
    assert!(small[0].is_none(), "no baseline, no limits");
    let small = p_chart(&[1.0, 29.0], &[4.0, 296.0], &[true, true]);
    assert_eq!(small[0].unwrap().lcl, 0.0);
}

#[test]
fn u_chart_textbook_example() {
    // Montgomery, Introduction to Statistical Quality Control, the personal-computer
    // example: 20 samples of n = 5 units, 193 nonconformities in all:
    // ū = 1.93, UCL = 1.93 + 3 sqrt(1.93 / 5) = 3.79, LCL = 0.07.
    let mut c = vec![10.0; 20];
    c[0] = 193.0 - 10.0 * 19.0;
    let chart = u_chart(&c, &[5.0; 20], &[true; 20]);
    let p = chart[0].unwrap();
    assert!(close(p.center, 1.93, 1e-12));
    assert!(close(p.ucl, 3.79, 5e-3), "{}", p.ucl);
    assert!(close(p.lcl, 0.07, 5e-3), "{}", p.lcl);
}

#[test]
fn u_chart_with_varying_exposure() {
    // By hand: counts 3, 5, 2 over exposures 1, 2, 1 -> ū = 10/4 = 2.5;
    // a = 1: UCL = 2.5 + 3 sqrt(2.5) = 7.2434, LCL 0; a = 2: UCL = 2.5 + 3 sqrt(1.25) = 5.8541.
    let chart = u_chart(&[3.0, 5.0, 2.0], &[1.0, 2.0, 1.0], &[true; 3]);
    assert!(close(
        chart[0].unwrap().ucl,
        2.5 + 3.0 * 2.5f64.sqrt(),
        1e-12
    ));
    assert!(close(chart[0].unwrap().ucl, 7.2434, 1e-4));
    assert!(close(chart[1].unwrap().ucl, 5.8541, 1e-4));
    assert_eq!(chart[1].unwrap().value, 2.5);
    assert_eq!(chart[0].unwrap().lcl, 0.0);
}

#[test]
fn xmr_by_hand_with_a_phase_one_baseline() {
    // Baseline 10, 12, 11, 15, 12: x̄ = 12, moving ranges 2, 1, 4, 3 -> MR̄ = 2.5,
    // UCL = 12 + 2.66 × 2.5 = 18.65, LCL = 5.35. Phase II point 30 is beyond.
    let values = [
        Some(10.0),
        Some(12.0),
        Some(11.0),
        Some(15.0),
        Some(12.0),
        Some(30.0),
    ];
    let baseline = [true, true, true, true, true, false];
    let chart = xmr(&values, &baseline);
    let p = chart[5].unwrap();
    assert!(
        close(p.center, 12.0, 1e-12) && close(p.ucl, 18.65, 1e-12) && close(p.lcl, 5.35, 1e-12)
    );
    assert!(close(p.sigma, 2.5 / 1.128, 1e-12));
    assert_eq!(signals(&chart, RuleSet::WesternElectric), vec![(5, 1)]);
    assert!(
        xmr(&[Some(1.0)], &[true])[0].is_none(),
        "one point has no moving range"
    );
}

/// Points with centre 0, sigma 1 and limits ±3: the values are their z.
fn z(values: &[f64]) -> Vec<Option<Point>> {
    values
        .iter()
        .map(|&v| {
            Some(Point {
                value: v,
                center: 0.0,
                ucl: 3.0,
                lcl: -3.0,
                sigma: 1.0,
            })
        })
        .collect()
}

fn we(values: &[f64]) -> Vec<(usize, u8)> {
    signals(&z(values), RuleSet::WesternElectric)
}

fn nelson(values: &[f64]) -> Vec<(usize, u8)> {
    signals(&z(values), RuleSet::Nelson)
}

#[test]
fn we_rule_1_beyond_three_sigma() {
    assert_eq!(we(&[0.0, 0.5, 3.1]), vec![(2, 1)]);
    assert_eq!(we(&[0.0, 0.5, -3.01]), vec![(2, 1)]);
    assert!(
        we(&[0.0, 0.5, 3.0]).is_empty(),
        "on the limit is not beyond it"
    );
}

#[test]
fn we_rule_2_two_of_three_beyond_two_sigma() {
    assert_eq!(we(&[2.1, 0.5, 2.5]), vec![(2, 2)]);
    assert!(
        we(&[2.1, 0.5, 2.0]).is_empty(),
        "2.0 belongs to the inner zone"
    );
    assert!(we(&[2.1, 0.5, -2.5]).is_empty(), "opposite sides");
}

#[test]
fn we_rule_3_four_of_five_beyond_one_sigma() {
    assert_eq!(we(&[1.5, 1.2, 0.3, 1.1, 1.8]), vec![(4, 3)]);
    assert!(we(&[1.5, 1.2, 0.3, 1.0, 1.8]).is_empty());
}

#[test]
fn we_rule_4_eight_in_a_row_on_one_side() {
    assert_eq!(we(&[0.1; 8]), vec![(7, 4)]);
    assert_eq!(
        we(&[-0.1; 9]),
        vec![(7, 4), (8, 4)],
        "flags again while the run continues"
    );
    let mut broken = vec![0.1; 7];
    broken.push(0.0);
    assert!(
        we(&broken).is_empty(),
        "a point on the centre line breaks the run"
    );
}

#[test]
fn nelson_rules_2_to_4() {
    assert_eq!(nelson(&[0.1; 9]), vec![(8, 2)]);
    assert!(nelson(&[0.1; 8]).is_empty());
    assert_eq!(nelson(&[0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), vec![(5, 3)]);
    assert!(
        nelson(&[0.1, 0.2, 0.3, 0.3, 0.5, 0.6]).is_empty(),
        "equal values break a trend"
    );
    let alternating: Vec<f64> = (0..14)
        .map(|i| if i % 2 == 0 { -0.2 } else { 0.2 })
        .collect();
    assert_eq!(nelson(&alternating), vec![(13, 4)]);
    assert!(nelson(&alternating[..13]).is_empty());
}

#[test]
fn nelson_rules_5_to_8() {
    assert_eq!(nelson(&[2.1, 0.5, 2.5]), vec![(2, 5)]);
    assert_eq!(nelson(&[1.5, 1.2, 0.3, 1.1, 1.8]), vec![(4, 6)]);
    // 15 points within one sigma, with no long same-side run, trend or alternation
    let hugging: Vec<f64> = [0.5, 0.6, -0.5, -0.6]
        .iter()
        .cycle()
        .take(15)
        .copied()
        .collect();
    assert_eq!(nelson(&hugging), vec![(14, 7)]);
    assert!(nelson(&hugging[..14]).is_empty());
    let mixed: Vec<f64> = (0..8)
        .map(|i| if i % 2 == 0 { 1.5 } else { -1.5 })
        .collect();
    assert_eq!(nelson(&mixed), vec![(7, 8)]);
    assert!(nelson(&mixed[..7]).is_empty());
}

#[test]
fn over_dispersion_is_more_than_half_beyond() {
    assert!(
        !overdispersed(&z(&[4.0, -4.0, 0.0, 0.0])),
        "half is not more than half"
    );
    assert!(overdispersed(&z(&[4.0, -4.0, 5.0, 0.0, 3.5])));
}
