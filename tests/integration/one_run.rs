//! Every problem in one run (issue 11, part 7): typos of the project file,
//! data and commentary problems listed together, and counted exactly.

use super::fixture::{Fixture, PROJECT, RESPONSES};

#[test]
fn three_typos_in_the_project_file_are_reported_in_one_run() {
    let project = PROJECT
        .replace("min_cell_size: 1", "min_cel_size: 1")
        .replace("language: en", "language: english")
        .replace("  - id: region\n", "  - id: region\n    labl: Region\n");
    let out = Fixture::with(&[("csbook.yaml", &project)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for needle in [
        "3 problems found",
        "csbook.yaml:2:11: unknown variant `english`",
        "csbook.yaml:3:1: unknown key `min_cel_size` (did you mean `min_cell_size`?)",
        "csbook.yaml:6:5: unknown key `labl` (did you mean `label`?)",
    ] {
        assert!(out.stderr.contains(needle), "{needle}: {}", out.stderr);
    }
}

#[test]
fn data_and_commentary_problems_come_together_and_are_counted_exactly() {
    let mut responses = String::from(RESPONSES);
    for i in 0..2167 {
        responses.push_str(&format!("bad{i},2025-01-03,North,,9,5,3\n"));
    }
    let md = "---\ntitle: Jan\nperiod: 2025-01\nordr: 1\n---\n\nText.\n";
    let f = Fixture::with(&[("responses.csv", &responses), ("content/jan.md", md)]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("2168 problems found"),
        "{}",
        out.stderr.lines().take(3).collect::<Vec<_>>().join("\n")
    );
    assert!(
        out.stderr.contains("content/jan.md"),
        "commentary problem missing"
    );
}

#[test]
fn a_missing_column_suggests_the_header_name() {
    let out = Fixture::with(&[("responses.csv", &RESPONSES.replacen("region", "regoin", 1))])
        .run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("missing required column `region` (segment) (did you mean `regoin`?)"),
        "{}",
        out.stderr
    );
}

#[test]
fn rejection_reasons_are_in_the_handbook_language() {
    let project = PROJECT
        .replace("language: en", "language: zh-CN")
        .replace("min_cell_size: 1", "min_cell_size: 1\non_invalid: skip");
    let responses = format!("{RESPONSES}r9,2025-13-01,North,,5,5,3\n");
    let f = Fixture::with(&[("csbook.yaml", &project), ("responses.csv", &responses)]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let page = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    assert!(page.contains("<td>无法识别的日期</td>"), "{page}");
}
