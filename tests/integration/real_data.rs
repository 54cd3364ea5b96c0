//! A project over real complaint data (the CFPB sample in ../shared/datasets),
//! kept in tests/cfpb. One month's published counts by category must equal
//! those counted independently by tests/cfpb/expected.py (Python's csv module).

use std::collections::HashMap;

use super::fixture::{files_under, repo_root, run_in};

#[test]
fn cfpb_project_builds_and_counts_match_an_independent_count() {
    let project = repo_root().join("tests/cfpb");
    let data = project.join("../../../shared/datasets/cfpb-complaints/complaints_sample.csv");
    assert!(
        data.is_file(),
        "the real data set is expected at {} (../shared beside the repository)",
        data.display()
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("site");
    let root = project.to_str().unwrap();
    let build = run_in(
        &repo_root(),
        &[
            "build",
            "--quiet",
            "--root",
            root,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(build.code, 0, "{}", build.stderr);

    let expected: HashMap<String, f64> =
        csv::Reader::from_path(project.join("expected_2019-04.csv"))
            .unwrap()
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[1].parse().unwrap())
            })
            .collect();
    let mut reader = csv::Reader::from_path(out.join("data/indicators.csv")).unwrap();
    let actual: HashMap<String, f64> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| &r[0] == "complaints_by_category" && &r[1] == "2019-04" && &r[2] == "all")
        .map(|r| (r[6].to_string(), r[7].parse().unwrap()))
        .collect();
    // Issues of a single state's few complaints are left out to protect that
    // state's cell (complementary suppression); never exactly one of them.
    assert!(actual.len() >= expected.len() / 2, "{actual:?}");
    assert_ne!(expected.len() - actual.len(), 1);
    for (issue, n) in &actual {
        assert_eq!(expected.get(issue), Some(n), "{issue}");
    }
    assert!(out.join("reports/2019-04.html").is_file());

    // ZIP codes (personal data here) never reach the generated files.
    let mut zips = csv::Reader::from_path(&data).unwrap();
    let col = zips
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "ZIP code")
        .unwrap();
    let zips: Vec<String> = zips
        .records()
        .map(|r| r.unwrap()[col].to_string())
        .filter(|z| z.len() == 5)
        .collect();
    let matcher = aho_corasick::AhoCorasick::new(zips.iter().map(|z| format!(">{z}<"))).unwrap();
    for file in files_under(&out).into_iter().filter(|f| {
        f.extension()
            .is_some_and(|e| e == "html" || e == "csv" || e == "json")
    }) {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            matcher.find(&text).is_none(),
            "{} shows a ZIP code",
            file.display()
        );
        assert!(
            !text.contains("XXXX"),
            "{} shows a complaint narrative",
            file.display()
        );
    }
}
