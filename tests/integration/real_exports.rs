//! Real exports read unmodified (issue 11): the data sets in ../shared/datasets
//! that used to need hand preprocessing each build from the original file with
//! a project kept in tests/ (tests/cfpb2013, tests/airline, tests/skytrax), and
//! some published figures equal those computed independently with pandas by
//! the expected.py beside each project (its output CSVs are committed).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::fixture::{files_under, repo_root, run_in};

/// The project folder tests/<name>, after checking that its data file exists.
fn project(name: &str, data: &str) -> PathBuf {
    let project = repo_root().join("tests").join(name);
    let data = project.join("../../../shared/datasets").join(data);
    assert!(
        data.is_file(),
        "the real data set is expected at {} (../shared beside the repository)",
        data.display()
    );
    project
}

/// Builds `project` into a temporary folder; returns the folder and the site.
fn build(project: &Path) -> (tempfile::TempDir, PathBuf) {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("site");
    let build = run_in(
        &repo_root(),
        &[
            "build",
            "--quiet",
            "--root",
            project.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(build.code, 0, "{}", build.stderr);
    (out_dir, out)
}

/// The rows of site/data/indicators.csv.
fn indicators(out: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(out.join("data/indicators.csv"))
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

/// The rows of an expected CSV beside a project.
fn expected(project: &Path, file: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(project.join(file))
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

/// (value, n) of the one row with these indicator, period, segment, segment
/// value and item (columns 0-3 and 5), or None.
fn find(
    rows: &[csv::StringRecord],
    indicator: &str,
    period: &str,
    segment: &str,
    value: &str,
    item: &str,
) -> Option<(f64, u64)> {
    let hits: Vec<_> = rows
        .iter()
        .filter(|r| {
            &r[0] == indicator
                && &r[1] == period
                && &r[2] == segment
                && &r[3] == value
                && &r[5] == item
                && r[6].is_empty()
        })
        .collect();
    assert!(
        hits.len() <= 1,
        "{indicator} {period} {segment}={value} {item}: {} rows",
        hits.len()
    );
    hits.first()
        .map(|r| (r[7].parse().unwrap(), r[8].parse().unwrap()))
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= 1e-9,
        "{what}: csbook {actual}, pandas {expected}"
    );
}

#[test]
fn cfpb_2013_export_builds_with_us_dates_and_counts_match_pandas() {
    let project = project(
        "cfpb2013",
        "cfpb-complaints/consumer_complaints_2013_sample.csv",
    );
    let (_dir, out) = build(&project);
    let rows = indicators(&out);

    // Complaints per month, empty months included.
    let months = expected(&project, "expected_months.csv");
    assert!(!months.is_empty());
    for m in &months {
        let n: f64 = m[1].parse().unwrap();
        let actual = rows
            .iter()
            .find(|r| &r[0] == "complaints" && r[1] == m[0] && &r[2] == "all")
            .map(|r| r[7].parse::<f64>().unwrap());
        assert_eq!(actual, Some(n), "complaints in {}", &m[0]);
    }
    // Complaints by Issue in the months expected.py counted.
    let issues = expected(&project, "expected_issues.csv");
    let mut by_month: HashMap<String, HashMap<String, f64>> = HashMap::new();
    for r in &issues {
        by_month
            .entry(r[0].to_string())
            .or_default()
            .insert(r[1].to_string(), r[2].parse().unwrap());
    }
    assert_eq!(by_month.len(), 2);
    for (month, expected) in &by_month {
        let actual: HashMap<String, f64> = rows
            .iter()
            .filter(|r| &r[0] == "complaints_by_category" && &r[1] == month && &r[2] == "all")
            .map(|r| (r[6].to_string(), r[7].parse().unwrap()))
            .collect();
        assert!(
            actual.len() >= expected.len() / 2,
            "issues of {month}: {actual:?}"
        );
        for (issue, n) in &actual {
            assert_eq!(expected.get(issue), Some(n), "{month}: {issue}");
        }
        // Issues that occur in one state only are left out to protect that
        // state's cell (see the test below); never a single one.
        assert_ne!(expected.len() - actual.len(), 1, "{month}");
        assert!(out.join(format!("reports/{month}.html")).is_file());
    }
}

/// Complementary suppression on the State × Issue and State × Product tables
/// of the CFPB sample (min_cell_size 10 as in the project, and 3), against the
/// raw counts pandas made: every published cell is right and at least the
/// minimum, every cell below it is hidden, and no state, state row or issue column whose total is published
/// has exactly one hidden non-zero cell, which its total minus the rest would
/// reveal.
#[test]
fn cfpb_2013_breakdowns_within_states_are_suppressed_so_no_cell_can_be_recovered() {
    let project = project(
        "cfpb2013",
        "cfpb-complaints/consumer_complaints_2013_sample.csv",
    );
    let raw = expected(&project, "expected_state_cells.csv");
    let (_dir, out) = build(&project);
    let at_10 = check_suppression(&indicators(&out), &raw, 10);
    // A lower minimum publishes more cells, so that protecting the small ones
    // takes cells above the minimum with them.
    let yaml = std::fs::read_to_string(project.join("csbook.yaml")).unwrap();
    let data = "../../../shared/datasets/cfpb-complaints/consumer_complaints_2013_sample.csv";
    let copy = tempfile::tempdir().unwrap();
    std::fs::write(
        copy.path().join("csbook.yaml"),
        yaml.replace("min_cell_size: 10", "min_cell_size: 3")
            .replace(data, project.join(data).to_str().unwrap()),
    )
    .unwrap();
    let (_dir3, out3) = build(copy.path());
    let at_3 = check_suppression(&indicators(&out3), &raw, 3);
    assert!(
        at_3 > 0,
        "no cell of 3 or more was hidden as a complement (at 10: {at_10})"
    );
}

/// Checks the suppression of one build (see above); returns how many cells
/// of `min` or more were hidden, only to protect others.
fn check_suppression(rows: &[csv::StringRecord], raw: &[csv::StringRecord], min: u64) -> usize {
    let count = |r: &csv::StringRecord| -> u64 { r[4].parse().unwrap() };
    let mut complementary = 0;
    for period in ["2016-01", "2016-Q1"] {
        let published = |indicator: &str| -> HashMap<(String, String), u64> {
            rows.iter()
                .filter(|r| &r[0] == indicator && &r[1] == period && &r[2] == "state")
                .map(|r| {
                    (
                        (r[3].to_string(), r[6].to_string()),
                        r[7].parse::<f64>().unwrap() as u64,
                    )
                })
                .collect()
        };
        let totals = published("complaints");
        let raw_totals: HashMap<String, u64> = raw
            .iter()
            .filter(|r| &r[0] == period && &r[1] == "total")
            .map(|r| (r[2].to_string(), count(r)))
            .collect();
        for ((state, _), n) in &totals {
            assert_eq!(Some(n), raw_totals.get(state), "{period} {state}");
            assert!(*n >= min, "{period} {state} has {n}");
        }
        let hidden_states: Vec<&String> = raw_totals
            .keys()
            .filter(|s| !totals.contains_key(&((*s).clone(), String::new())))
            .collect();
        assert!(hidden_states.len() >= 2, "{period}: {hidden_states:?}");
        // The company's breakdown by State (region: State) hides the same states.
        let by_state: Vec<String> = rows
            .iter()
            .filter(|r| &r[0] == "complaints_by_region" && &r[1] == period && &r[2] == "all")
            .map(|r| r[6].to_string())
            .collect();
        assert!(!by_state.is_empty());
        for state in &hidden_states {
            assert!(
                !by_state.contains(state),
                "{period}: {state} in complaints_by_region"
            );
        }

        for breakdown in ["category", "product"] {
            let shown = published(&format!("complaints_by_{breakdown}"));
            let cells: Vec<(&str, &str, u64)> = raw
                .iter()
                .filter(|r| &r[0] == period && &r[1] == breakdown)
                .map(|r| (&r[2], &r[3], count(r)))
                .collect();
            let is_shown =
                |state: &str, key: &str| shown.contains_key(&(state.to_string(), key.to_string()));
            // The company's count of each key, where published.
            let company: HashMap<String, u64> = rows
                .iter()
                .filter(|r| {
                    r[0] == format!("complaints_by_{breakdown}")
                        && &r[1] == period
                        && &r[2] == "all"
                })
                .map(|r| (r[6].to_string(), r[7].parse::<f64>().unwrap() as u64))
                .collect();
            let keys: std::collections::BTreeSet<&str> = cells.iter().map(|c| c.1).collect();
            for key in &keys {
                let raw_n: u64 = cells.iter().filter(|c| c.1 == *key).map(|c| c.2).sum();
                if let Some(n) = company.get(*key) {
                    assert_eq!(*n, raw_n, "{period} {breakdown} {key} overall");
                }
            }
            let hidden_keys = keys.iter().filter(|k| !company.contains_key(**k)).count();
            assert_ne!(
                hidden_keys, 1,
                "{period} {breakdown}: one hidden key overall"
            );
            for ((state, key), n) in &shown {
                let raw_n = cells
                    .iter()
                    .find(|c| c.0 == state && c.1 == key)
                    .map(|c| c.2);
                assert_eq!(raw_n, Some(*n), "{period} {breakdown} {state} {key}");
                assert!(
                    *n >= min,
                    "{period} {breakdown} {state}/{key} = {n} is published"
                );
            }
            complementary += cells
                .iter()
                .filter(|c| c.2 >= min && !is_shown(c.0, c.1))
                .count();
            let hidden_in = |keep: &dyn Fn(&(&str, &str, u64)) -> bool| {
                cells
                    .iter()
                    .filter(|c| keep(c) && !is_shown(c.0, c.1))
                    .count()
            };
            for (state, key, _) in &cells {
                if totals.contains_key(&(state.to_string(), String::new())) {
                    let n = hidden_in(&|c| c.0 == *state);
                    assert_ne!(
                        n, 1,
                        "{period} {breakdown}: one hidden cell in state {state}"
                    );
                }
                if company.contains_key(*key) {
                    let n = hidden_in(&|c| c.1 == *key);
                    assert_ne!(n, 1, "{period} {breakdown}: one hidden cell in {key}");
                }
            }
        }
    }
    complementary
}

#[test]
fn airline_survey_builds_as_one_wave_and_figures_match_pandas() {
    let project = project("airline", "airline-satisfaction/test.csv");
    let (_dir, out) = build(&project);
    let rows = indicators(&out);
    let period = "2026-01";

    assert_eq!(
        find(&rows, "responses", period, "all", "", ""),
        Some((25976.0, 25976)),
        "every row read, none dropped"
    );
    let checks = expected(&project, "expected.csv");
    assert_eq!(checks.len(), 4 + 14);
    for e in &checks {
        let (indicator, segment, value, item) = (&e[0], &e[1], &e[2], &e[3]);
        let want: f64 = e[4].parse().unwrap();
        let want_n: u64 = e[5].parse().unwrap();
        let what = format!("{indicator} {segment}={value} {item}");
        let (got, n) = find(&rows, indicator, period, segment, value, item)
            .unwrap_or_else(|| panic!("no row for {what}"));
        assert_close(got, want, &what);
        assert_eq!(n, want_n, "{what}: base");
    }
    assert!(out.join(format!("reports/{period}.html")).is_file());
}

#[test]
fn skytrax_reviews_build_without_ids_and_monthly_figures_match_pandas() {
    let project = project("skytrax", "skytrax-lounge-reviews/lounge.csv");
    let (_dir, out) = build(&project);
    let rows = indicators(&out);

    // Reviews and the share recommended per month; months under
    // min_cell_size (10) are suppressed, never published.
    let months = expected(&project, "expected_months.csv");
    assert_eq!(months.len(), 99, "months with reviews");
    let mut compared = 0;
    for m in &months {
        let (period, n): (&str, u64) = (&m[0], m[1].parse().unwrap());
        let want: f64 = m[2].parse().unwrap();
        let responses = find(&rows, "responses", period, "all", "", "");
        let csat = find(&rows, "csat", period, "all", "", "");
        if n < 10 {
            assert_eq!(responses, None, "{period}: {n} reviews must be suppressed");
            assert_eq!(csat, None, "{period}: {n} reviews must be suppressed");
            continue;
        }
        compared += 1;
        assert_eq!(responses, Some((n as f64, n)), "{period}: reviews");
        let (got, base) = csat.unwrap_or_else(|| panic!("{period}: no csat"));
        assert_close(got, want, &format!("{period}: csat"));
        assert_eq!(base, n, "{period}: csat base");
    }
    assert!(compared >= 40, "only {compared} months compared");

    // Sub-rating means with 0 (not rated) and blanks left out, and the overall
    // rating across its change of scale (2015-06 holds answers on both).
    let items = expected(&project, "expected_item_means.csv");
    assert_eq!(items.len(), 24);
    for e in &items {
        let (period, item) = (&e[0], &e[1]);
        let what = format!("item_mean {period} {item}");
        let (got, n) = find(&rows, "item_mean", period, "all", "", item)
            .unwrap_or_else(|| panic!("no row for {what}"));
        assert_close(got, e[2].parse().unwrap(), &what);
        assert_eq!(n, e[3].parse::<u64>().unwrap(), "{what}: base");
    }
    // The first and the last month (112 months, within max_months 120).
    assert!(out.join("reports/2006-05.html").is_file());
    assert!(out.join("reports/2015-08.html").is_file());

    // Reviewer names (personal data here) never reach the generated files.
    let mut reader = csv::Reader::from_path(
        project.join("../../../shared/datasets/skytrax-lounge-reviews/lounge.csv"),
    )
    .unwrap();
    let col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "author")
        .unwrap();
    let mut authors: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[col].trim().to_string())
        .filter(|a| a.chars().count() >= 6 && a.contains(' '))
        .collect();
    authors.sort();
    authors.dedup();
    assert!(authors.len() > 100);
    let matcher = aho_corasick::AhoCorasick::new(authors.iter().map(|a| format!(">{a}<"))).unwrap();
    for file in files_under(&out).into_iter().filter(|f| {
        f.extension()
            .is_some_and(|e| e == "html" || e == "csv" || e == "json")
    }) {
        let text = std::fs::read_to_string(&file).unwrap();
        if let Some(m) = matcher.find(&text) {
            panic!(
                "{} shows the reviewer name {}",
                file.display(),
                &text[m.start()..m.end()]
            );
        }
    }
}
