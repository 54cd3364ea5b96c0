//! Survey analytics (issue 3) on the fixture project tests/survey_stats, compared
//! row by row with an independent Python computation kept beside it
//! (tests/survey_stats/expected.py -> expected_indicators.csv and
//! expected_comparisons.csv; see tests/survey_stats/README.md).
//!
//! Both tables must hold the same rows (by key) and every field must agree:
//! numbers within 1e-9 relative (1e-12 absolute near 0), text exactly. The
//! region value `Atlantis` has fewer answers than `min_cell_size` in every
//! period, so it must appear nowhere in the site.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::fixture::{files_under, repo_root, run_in};

/// The region value below `min_cell_size` in every month and quarter.
const TINY: &str = "Atlantis";

const INDICATOR_HEADER: &[&str] = &[
    "indicator",
    "period",
    "segment",
    "segment_value",
    "dimension",
    "item",
    "key",
    "value",
    "n",
    "ci_low",
    "ci_high",
    "share",
    "cum_share",
    "vital_few",
    "label",
];
const INDICATOR_KEY: &[&str] = &[
    "indicator",
    "period",
    "segment",
    "segment_value",
    "dimension",
    "item",
    "key",
];

const COMPARISON_HEADER: &[&str] = &[
    "period",
    "segment",
    "segment_value",
    "indicator",
    "against",
    "base_period",
    "value",
    "base_value",
    "difference",
    "n",
    "base_n",
    "test",
    "statistic",
    "df",
    "p",
    "p_adjusted",
    "significant",
    "direction",
    "low_base",
];
const COMPARISON_KEY: &[&str] = &["period", "segment", "segment_value", "indicator", "against"];

/// The indicators compared: those of the spec (and the headline indicators it
/// keeps). Rows of other indicators in csbook's table (spc_*, iceberg, ...) are
/// outside this test.
const COVERED: &[&str] = &[
    "responses",
    "overall_mean",
    "csat",
    "nps",
    "dissatisfied",
    "ces",
    "item_mean",
    "item_index",
    "answer_share",
    "item_missing",
    "item_not_applicable",
    "cs_index",
    "cs_level",
    "perception_mean",
    "expectation_mean",
    "servqual_gap",
    "servqual_weighted",
    "zot_adequate",
    "zot_msa",
    "zot_desired",
    "zot_mss",
    "zot_inconsistent",
    "cronbach_alpha",
    "driver_r2",
    "driver_beta",
    "driver_weight",
    "ipa_performance",
    "ipa_quadrant",
    "loyalty_quadrant",
    "retention_rate",
    "churn_rate",
    "repurchase_rate",
];

/// At most this many missing, extra and differing rows are listed (all are counted).
const SHOW: usize = 20;

fn project() -> PathBuf {
    repo_root().join("tests/survey_stats")
}

/// Builds the fixture once for all tests of this module; returns the site folder.
fn site() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let root = project();
        let run = run_in(
            &repo_root(),
            &[
                "build",
                "--quiet",
                "--root",
                root.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(
            run.code, 0,
            "csbook build --root tests/survey_stats failed:\n{}{}",
            run.stdout, run.stderr
        );
        dir
    })
    .path()
    .join("site")
    .leak()
}

/// A CSV file: its header and its records.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(path: &Path) -> Table {
        let mut reader = csv::Reader::from_path(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let header = reader
            .headers()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .iter()
            .map(String::from)
            .collect();
        let rows = reader
            .records()
            .enumerate()
            .map(|(i, r)| {
                r.unwrap_or_else(|e| panic!("{} record {}: {e}", path.display(), i + 1))
                    .iter()
                    .map(String::from)
                    .collect()
            })
            .collect();
        Table { header, rows }
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.header))
    }
}

/// Two fields agree: equal text, or both finite numbers within 1e-9 relative
/// (1e-12 absolute near 0).
fn same(expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    match (expected.parse::<f64>(), actual.parse::<f64>()) {
        (Ok(e), Ok(a)) if e.is_finite() && a.is_finite() => {
            let d = (e - a).abs();
            d <= 1e-12 || d <= 1e-9 * e.abs().max(a.abs())
        }
        _ => false,
    }
}

/// `indicator=x period=y ...`, leaving out empty key fields.
fn show_key(names: &[&str], key: &[String]) -> String {
    names
        .iter()
        .zip(key)
        .filter(|(_, v)| !v.is_empty())
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The rows of `table` that `filter` keeps, by key; duplicate keys are reported.
fn index<'a>(
    table: &'a Table,
    side: &str,
    key_cols: &[usize],
    key_names: &[&str],
    report: &mut String,
    filter: impl Fn(&[String]) -> bool,
) -> BTreeMap<Vec<String>, &'a Vec<String>> {
    let mut map = BTreeMap::new();
    let mut dups = 0;
    for row in table.rows.iter().filter(|r| filter(r)) {
        let key: Vec<String> = key_cols.iter().map(|&c| row[c].clone()).collect();
        if dups < SHOW && map.contains_key(&key) {
            let _ = writeln!(
                report,
                "  duplicate key in {side}: {}",
                show_key(key_names, &key)
            );
        }
        if map.insert(key, row).is_some() {
            dups += 1;
        }
    }
    if dups > 0 {
        let _ = writeln!(report, "{dups} duplicate keys in {side}");
    }
    map
}

/// Compares csbook's table with the expected one; panics listing every kind of
/// difference. `keep` selects the actual rows under test.
fn compare(
    what: &str,
    expected_path: &Path,
    actual_path: &Path,
    header: &[&str],
    key_names: &[&str],
    keep: impl Fn(&Table, &[String]) -> bool,
) {
    let expected = Table::read(expected_path);
    let actual = Table::read(actual_path);
    assert_eq!(
        expected.header,
        header,
        "{} has a header other than the spec's; regenerate it",
        expected_path.display()
    );
    assert_eq!(
        actual.header,
        header,
        "the header of {what} ({}) is not the spec's",
        actual_path.display()
    );
    let key_cols: Vec<usize> = key_names.iter().map(|k| actual.column(k)).collect();
    let mut report = String::new();
    let exp = index(
        &expected,
        "the expected table",
        &key_cols,
        key_names,
        &mut report,
        |_| true,
    );
    let act = index(
        &actual,
        "csbook's table",
        &key_cols,
        key_names,
        &mut report,
        |r| keep(&actual, r),
    );
    assert!(!exp.is_empty(), "{} is empty", expected_path.display());

    let missing: Vec<&Vec<String>> = exp.keys().filter(|k| !act.contains_key(*k)).collect();
    let extra: Vec<&Vec<String>> = act.keys().filter(|k| !exp.contains_key(*k)).collect();
    let ind_key = key_names.iter().position(|k| *k == "indicator").unwrap();
    let per_indicator = |keys: &[&Vec<String>]| -> String {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for k in keys {
            *counts.entry(k[ind_key].as_str()).or_default() += 1;
        }
        counts
            .iter()
            .map(|(i, n)| format!("{i} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (rows, tag, heading) in [
        (&missing, "missing", "expected rows missing from csbook's"),
        (&extra, "extra", "rows not expected in csbook's"),
    ] {
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            report,
            "{} {heading} {what} (by indicator: {}; first {}):",
            rows.len(),
            per_indicator(rows),
            SHOW.min(rows.len())
        );
        for k in rows.iter().take(SHOW) {
            let _ = writeln!(report, "  {tag}: {}", show_key(key_names, k));
        }
    }

    let mut differing = 0usize;
    let mut by_field: BTreeMap<(String, String), usize> = BTreeMap::new();
    let ind_col = actual.column("indicator");
    for (key, erow) in &exp {
        let Some(arow) = act.get(key) else { continue };
        for (c, name) in header.iter().enumerate() {
            if key_names.contains(name) || same(&erow[c], &arow[c]) {
                continue;
            }
            differing += 1;
            *by_field
                .entry((erow[ind_col].clone(), (*name).to_string()))
                .or_default() += 1;
            if differing <= SHOW {
                let _ = writeln!(
                    report,
                    "  differs: {} field {name}: expected {:?}, got {:?}",
                    show_key(key_names, key),
                    erow[c],
                    arow[c]
                );
            }
        }
    }
    if differing > 0 {
        let _ = writeln!(
            report,
            "{differing} differing fields in rows present on both sides (first {} above); by indicator and field:",
            SHOW.min(differing)
        );
        for ((ind, field), n) in &by_field {
            let _ = writeln!(report, "  {ind}.{field}: {n}");
        }
    }
    assert!(
        report.is_empty(),
        "csbook's {what} ({}) differs from {} ({} expected rows, {} compared rows from csbook):\n{report}",
        actual_path.display(),
        expected_path.display(),
        exp.len(),
        act.len()
    );
}

#[test]
fn indicators_match_the_independent_computation() {
    let expected = project().join("expected_indicators.csv");
    // every expected indicator is one this test covers
    let table = Table::read(&expected);
    let col = table.column("indicator");
    let ids: BTreeSet<&str> = table.rows.iter().map(|r| r[col].as_str()).collect();
    for id in &ids {
        assert!(
            COVERED.contains(id),
            "expected indicator {id} is not in COVERED"
        );
    }
    compare(
        "indicators.csv",
        &expected,
        &site().join("data/indicators.csv"),
        INDICATOR_HEADER,
        INDICATOR_KEY,
        |t, r| COVERED.contains(&r[t.column("indicator")].as_str()),
    );
}

#[test]
fn comparisons_match_the_independent_computation() {
    compare(
        "comparisons.csv",
        &project().join("expected_comparisons.csv"),
        &site().join("data/comparisons.csv"),
        COMPARISON_HEADER,
        COMPARISON_KEY,
        |_, _| true,
    );
}

#[test]
fn a_segment_value_below_min_cell_size_appears_nowhere() {
    // the fixture really has it (in 4 months of 4 quarters, one answer each)
    let responses = std::fs::read_to_string(project().join("responses.csv")).unwrap();
    assert_eq!(responses.matches(&format!(",{TINY},")).count(), 4);
    let site = site();
    for rel in ["data/indicators.csv", "data/comparisons.csv"] {
        assert!(site.join(rel).is_file(), "{rel} is not written");
    }
    let mut shown = Vec::new();
    let mut html = 0;
    for file in files_under(site) {
        if file.extension().is_some_and(|e| e == "html") {
            html += 1;
        }
        let bytes = std::fs::read(&file).unwrap();
        if bytes.windows(TINY.len()).any(|w| w == TINY.as_bytes()) {
            shown.push(file.strip_prefix(site).unwrap().display().to_string());
        }
    }
    assert!(html > 0, "the site has no HTML page");
    assert!(
        shown.is_empty(),
        "the region value {TINY} (fewer answers than min_cell_size in every period) appears in: {shown:?}"
    );
}
