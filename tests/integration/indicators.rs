//! `csbook indicators` on the fixture, against values worked out by hand.
//!
//! January 2025: overall 7, 6, 5, 2 -> mean 20/4 = 5.0, top-2 (6-7) 2/4 = 50 %;
//! NPS answers 10, 9, 8, 3 -> promoters 2, detractors 1 -> 100 (2/4 - 1/4) = 25,
//! SE = 100 sqrt((0.5 + 0.25 - 0.25²)/4) = 41.4578..., CI 25 ± 1.959964 SE,
//! upper end clipped at 100. February: one answer (4; NPS 6, a detractor).
//! Q1 = all five answers: mean 24/5 = 4.8, CSAT 2/5 = 40 %, NPS (2 - 2)/5 = 0.

use super::fixture::Fixture;

struct Row {
    indicator: String,
    period: String,
    segment: String,
    segment_value: String,
    key: String,
    value: String,
    n: String,
    ci_low: String,
    ci_high: String,
    share: String,
    cum_share: String,
    vital_few: String,
}

fn rows(fixture: &Fixture) -> Vec<Row> {
    let out = fixture.run(&["indicators", "--format", "csv", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut lines = out.stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            "indicator,period,segment,segment_value,dimension,item,key,value,n,ci_low,ci_high,share,cum_share,vital_few,label"
        )
    );
    lines
        .map(|l| {
            let f: Vec<String> = l.split(',').map(String::from).collect();
            Row {
                indicator: f[0].clone(),
                period: f[1].clone(),
                segment: f[2].clone(),
                segment_value: f[3].clone(),
                key: f[6].clone(),
                value: f[7].clone(),
                n: f[8].clone(),
                ci_low: f[9].clone(),
                ci_high: f[10].clone(),
                share: f[11].clone(),
                cum_share: f[12].clone(),
                vital_few: f[13].clone(),
            }
        })
        .collect()
}

fn find<'a>(
    rows: &'a [Row],
    indicator: &str,
    period: &str,
    segment: &str,
    value: &str,
    key: &str,
) -> &'a Row {
    rows.iter()
        .find(|r| {
            r.indicator == indicator
                && r.period == period
                && r.segment == segment
                && r.segment_value == value
                && r.key == key
        })
        .unwrap_or_else(|| panic!("no row {indicator} {period} {segment}={value} {key}"))
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

fn assert_close(actual: &str, expected: f64) {
    let a = num(actual);
    assert!(
        (a - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{a} != {expected}"
    );
}

#[test]
fn survey_indicators_match_hand_worked_values() {
    let f = Fixture::with(&[]);
    let r = rows(&f);
    let all = |ind: &str, period: &str| find(&r, ind, period, "all", "", "");
    assert_close(&all("responses", "2025-01").value, 4.0);
    assert_close(&all("overall_mean", "2025-01").value, 5.0);
    assert_close(&all("csat", "2025-01").value, 50.0);
    let nps = all("nps", "2025-01");
    assert_close(&nps.value, 25.0);
    assert_eq!(nps.n, "4");
    assert_close(&nps.ci_low, -56.255814241616136);
    assert_close(&nps.ci_high, 100.0);
    assert_close(&all("nps", "2025-02").value, -100.0);
    assert_close(&all("overall_mean", "2025-Q1").value, 4.8);
    assert_close(&all("csat", "2025-Q1").value, 40.0);
    assert_close(&all("nps", "2025-Q1").value, 0.0);
    // segments
    assert_close(
        &find(&r, "overall_mean", "2025-01", "region", "North", "").value,
        6.5,
    );
    assert_close(
        &find(&r, "nps", "2025-01", "region", "South", "").value,
        -50.0,
    );
    assert_close(
        &find(&r, "csat", "2025-01", "region", "South", "").value,
        0.0,
    );
}

#[test]
fn complaint_counts_and_pareto() {
    let f = Fixture::with(&[]);
    let r = rows(&f);
    assert_close(&find(&r, "complaints", "2025-01", "all", "", "").value, 2.0);
    assert_close(&find(&r, "complaints", "2025-02", "all", "", "").value, 1.0);
    assert_close(
        &find(&r, "complaints", "2025-01", "region", "South", "").value,
        1.0,
    );
    // Q1: Late 2 (2/3, vital), Billing 1 (cum 1.0; before it 0.667 < 0.8, so vital too)
    let late = find(&r, "complaints_by_category", "2025-Q1", "all", "", "Late");
    assert_close(&late.value, 2.0);
    assert_eq!(late.n, "3");
    assert_close(&late.share, 2.0 / 3.0);
    assert_close(&late.cum_share, 2.0 / 3.0);
    assert_eq!(late.vital_few, "true");
    let billing = find(
        &r,
        "complaints_by_category",
        "2025-Q1",
        "all",
        "",
        "Billing",
    );
    assert_close(&billing.cum_share, 1.0);
    assert_eq!(billing.vital_few, "true");
}

#[test]
fn small_cells_are_suppressed_everywhere() {
    // With a minimum cell size of 2, February (1 response) and every one-response
    // segment disappear from the export and from the built site.
    let project = super::fixture::PROJECT.replace("min_cell_size: 1", "min_cell_size: 2");
    let f = Fixture::with(&[("csbook.yaml", &project)]);
    let r = rows(&f);
    let survey = ["responses", "overall_mean", "csat", "dissatisfied", "nps"];
    assert!(
        !r.iter()
            .any(|r| r.period == "2025-02" && survey.contains(&r.indicator.as_str()))
    );
    // Survey cells by their answers; complaint segment cells by their complaints.
    let checked = |r: &&Row| {
        survey.contains(&r.indicator.as_str()) || r.segment != "all" && r.indicator == "complaints"
    };
    for row in r.iter().filter(checked) {
        assert!(
            num(&row.n) >= 2.0,
            "{} {} {}={} has n = {}",
            row.indicator,
            row.period,
            row.segment,
            row.segment_value,
            row.n
        );
    }
    // January by region has 2 answers each: shown.
    find(&r, "nps", "2025-01", "region", "North", "");
    // Complaints by region have 1 each a month: suppressed. North has 2 in Q1,
    // enough, but the company's 3 minus North's 2 would give South's 1: North
    // is suppressed with it (complementary suppression), the total is kept.
    assert!(
        !r.iter()
            .any(|r| r.indicator == "complaints" && r.segment == "region")
    );
    assert_close(&find(&r, "complaints", "2025-Q1", "all", "", "").value, 3.0);

    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let csv = std::fs::read_to_string(f.path().join("site/data/indicators.csv")).unwrap();
    assert!(!csv.contains("2025-02,all,,,-100"), "{csv}");
}

#[test]
fn formats_agree() {
    let f = Fixture::with(&[]);
    let json = f.run(&[
        "indicators",
        "--format",
        "json",
        "--period",
        "2025-01",
        "--indicator",
        "nps",
        "--quiet",
    ]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let first = &v.as_array().unwrap()[0];
    assert_eq!(first["indicator"], "nps");
    assert_eq!(first["value"].as_f64(), Some(25.0));
    let table = f.run(&[
        "indicators",
        "--period",
        "2025-01",
        "--indicator",
        "nps",
        "--quiet",
    ]);
    assert!(
        table
            .stdout
            .lines()
            .next()
            .unwrap()
            .starts_with("indicator"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("25.0000"), "{}", table.stdout);
}

/// Complaints with every timing field, for the duration, SLA, backlog and
/// iceberg indicators. Hours from receipt, by hand:
/// k1 resolved after 24 h (low, SLA 48: met), first response 2 h;
/// k2 open (received 2025-01-07 11:30; high, SLA 24: open far longer than 24 h
///    at the report date 2025-03-01: breached);
/// k3 resolved after 3 h (high: met), first response 1 h, reopened;
/// k4 received 2025-01-31 20:00, resolved exactly at 2025-02-01 00:00 (4 h,
///    low: met), so it is still open at the end of January;
/// k5 received 2025-02-10 09:00, resolved after 60 h (low, SLA 48: breached).
const TIMED: &str = "complaint_id,received_at,category,region,severity,first_response_at,resolved_at,reopened,customer_name,phone
k1,2025-01-05 10:00,Late,North,low,2025-01-05 12:00,2025-01-06 10:00,0,A,1
k2,2025-01-07 11:30,Late,South,high,,,,B,2
k3,2025-01-20 09:00,Billing,North,high,2025-01-20 10:00,2025-01-20 12:00,1,C,3
k4,2025-01-31 20:00,Billing,North,low,,2025-02-01 00:00,0,D,4
k5,2025-02-10 09:00,Late,North,low,,2025-02-12 21:00,0,E,5
";

fn timed_rows() -> Vec<Row> {
    let project = super::fixture::PROJECT.replace(
        "columns: {id: complaint_id, received: received_at, category: category, resolved: resolved_at}",
        "columns: {id: complaint_id, received: received_at, category: category, severity: severity, first_response: first_response_at, resolved: resolved_at, reopened: reopened}\n  sla_hours: {low: 48, high: 24}",
    );
    let f = Fixture::with(&[("csbook.yaml", &project), ("complaints.csv", TIMED)]);
    rows(&f)
}

#[test]
fn durations_are_type_7_quantiles_of_complaints_with_the_event() {
    let r = timed_rows();
    // January resolution hours: k1 24, k3 3, k4 4 (k2 open, censored) -> sorted 3, 4, 24:
    // median 4; p90: h = 2 × 0.9 = 1.8 -> 4 + 0.8 × (24 − 4) = 20.
    let median = find(&r, "resolution_hours", "2025-01", "all", "", "median");
    assert_close(&median.value, 4.0);
    assert_eq!(median.n, "3");
    assert_close(
        &find(&r, "resolution_hours", "2025-01", "all", "", "p90").value,
        20.0,
    );
    // First response: k1 2 h, k3 1 h -> median 1.5, p90 = 1 + 0.9 × 1 = 1.9
    assert_close(
        &find(&r, "first_response_hours", "2025-01", "all", "", "median").value,
        1.5,
    );
    assert_close(
        &find(&r, "first_response_hours", "2025-01", "all", "", "p90").value,
        1.9,
    );
}

#[test]
fn sla_reopen_and_backlog_follow_the_definitions() {
    let r = timed_rows();
    // January: met k1, k3, k4; breached k2 (open beyond 24 h) -> 3 / 4 = 75 %
    let sla = find(&r, "sla_met", "2025-01", "all", "", "");
    assert_close(&sla.value, 75.0);
    assert_eq!(sla.n, "4");
    // February: k5 took 60 h > 48 -> 0 %
    assert_close(&find(&r, "sla_met", "2025-02", "all", "", "").value, 0.0);
    // Reopened among resolved with a flag in January: k3 of k1, k3, k4 -> 33.3 %
    assert_close(
        &find(&r, "reopen_rate", "2025-01", "all", "", "").value,
        100.0 / 3.0,
    );
    // Open at the end of January: k2 (never resolved) and k4 (resolved exactly at the
    // boundary counts as still open); at the end of February: k2 only.
    assert_close(&find(&r, "backlog", "2025-01", "all", "", "").value, 2.0);
    assert_close(&find(&r, "backlog", "2025-02", "all", "", "").value, 1.0);
    assert_close(&find(&r, "backlog", "2025-Q1", "all", "", "").value, 1.0);
}

#[test]
fn iceberg_arithmetic() {
    let r = timed_rows();
    // January: 4 complaints; with 10 % of the dissatisfied complaining, 4 × 0.9 / 0.1 = 36
    // stay silent, and (4 + 36) × 15 = 600 people hear about it.
    assert_close(
        &find(&r, "iceberg_silent_dissatisfied", "2025-01", "all", "", "").value,
        36.0,
    );
    assert_close(
        &find(&r, "wom_reach", "2025-01", "all", "", "").value,
        600.0,
    );
}

/// Quarters and trailing years are published only when complete: one
/// complaint a month from 2024-02 to 2025-02 (13 months) gives no 2024-Q1
/// (February and March only, at the start), full 2024-Q2 to Q4, the latest
/// 2025-Q1 while under way (marked on the archive page), and trailing twelve
/// months from the twelfth month (2025-01) on, each of twelve complaints.
#[test]
fn quarters_and_trailing_years_are_published_only_when_complete() {
    let mut complaints =
        String::from("complaint_id,received_at,category,region,resolved_at,customer_name,phone\n");
    let months = [
        "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
        "2024-10", "2024-11", "2024-12", "2025-01", "2025-02",
    ];
    for (i, m) in months.iter().enumerate() {
        complaints.push_str(&format!("k{i},{m}-10 10:00,Late,North,{m}-11 10:00,,\n"));
    }
    let f = Fixture::with(&[("complaints.csv", &complaints)]);
    let r = rows(&f);
    let periods: std::collections::BTreeSet<&str> = r
        .iter()
        .filter(|r| r.indicator == "complaints" && r.segment == "all")
        .map(|r| r.period.as_str())
        .filter(|p| p.contains('Q') || p.ends_with("TTM"))
        .collect();
    assert_eq!(
        periods,
        [
            "2024-Q2",
            "2024-Q3",
            "2024-Q4",
            "2025-Q1",
            "2025-01-TTM",
            "2025-02-TTM"
        ]
        .into(),
        "{periods:?}"
    );
    assert_close(&find(&r, "complaints", "2024-Q2", "all", "", "").value, 3.0);
    assert_close(&find(&r, "complaints", "2025-Q1", "all", "", "").value, 2.0);
    assert_close(
        &find(&r, "complaints", "2025-01-TTM", "all", "", "").value,
        12.0,
    );
    assert!(
        r.iter()
            .all(|r| !r.period.ends_with("TTM") || *r.period >= *"2025-01-TTM")
    );

    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let archive = std::fs::read_to_string(f.path().join("site/archive.html")).unwrap();
    assert!(
        archive.contains("2025-Q1 (under way: 2 of 3 months)"),
        "{archive}"
    );
    assert!(!archive.contains(">2024-Q1<"), "{archive}");

    // Commentary cannot quote them either, and is told why.
    for (period, expected) in [
        ("2024-Q1", "quarter `2024-Q1` is not complete in the data"),
        (
            "2024-12-TTM",
            "`2024-12-TTM` would be shorter than twelve months: the data starts 2024-02",
        ),
    ] {
        let md = format!(
            "---\ntitle: Jan\nperiod: 2025-01\n---\n\n{{{{ value(\"complaints\", period=\"{period}\") }}}}\n"
        );
        let f = Fixture::with(&[("complaints.csv", &complaints), ("content/jan.md", &md)]);
        let out = f.run(&["check", "--quiet"]);
        assert_eq!(out.code, 1);
        assert!(out.stderr.contains(expected), "{expected}\n{}", out.stderr);
    }
}
