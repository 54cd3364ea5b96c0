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
        out.stderr.contains(
            "responses.csv:1: missing required column `region` (segment `region`) (did you mean `regoin`?)"
        ),
        "{}",
        out.stderr
    );
}

/// A column that csbook.yaml maps and the data lacks is reported at the
/// mapping, where the fix is, with "did you mean" over the file's header.
#[test]
fn a_mapped_column_missing_from_the_data_is_reported_at_its_mapping() {
    let project = PROJECT
        .replace("category: category", "category: categroy")
        .replace("resolved: resolved_at", "resolved: resolved")
        .replace(
            "  responses: responses.csv",
            "  responses: responses.csv\n  date_column: day",
        );
    let f = Fixture::with(&[("csbook.yaml", &project)]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    let line_of = |needle: &str| project.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let mapping = line_of("categroy");
    let column = project
        .lines()
        .nth(mapping - 1)
        .unwrap()
        .find("categroy")
        .unwrap()
        + 1;
    for expected in [
        format!(
            "csbook.yaml:{mapping}:{column}: column `categroy` (category) is not in complaints.csv (did you mean `category`?); its header has: complaint_id, received_at, category"
        ),
        format!("csbook.yaml:{}:", line_of("date_column: day")),
    ] {
        assert!(out.stderr.contains(&expected), "{expected}\n{}", out.stderr);
    }
    assert!(out.stderr.contains("column `resolved` (resolution time) is not in complaints.csv (did you mean `resolved_at`?)"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("column `day` (response date) is not in responses.csv"),
        "{}",
        out.stderr
    );
    // The fourth: the file's `date` column is then not known.
    assert!(out.stderr.contains("4 problems found"), "{}", out.stderr);
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

#[test]
fn a_bad_secondary_field_is_blanked_and_the_row_kept_under_skip() {
    let skip = PROJECT
        .replace("min_cell_size: 1", "min_cell_size: 1\non_invalid: skip")
        .replace(
            "resolved: resolved_at}",
            "resolved: resolved_at, reopened: reopened}",
        );
    // k2 was resolved "before" it was received (CFPB has such rows), k3 has
    // a bad flag: both stay complaints; only those fields are left empty.
    let complaints = "complaint_id,received_at,category,region,resolved_at,reopened,customer_name,phone\n\
        k1,2025-01-05 10:00,Late,North,2025-01-06 10:00,0,Z,1\n\
        k2,2025-01-07 11:30,Late,South,2025-01-06 09:00,0,L,2\n\
        k3,2025-02-01 09:00,Billing,North,2025-02-01 12:00,maybe,W,3\n";
    let responses = RESPONSES.replace(
        "r2,2025-01-09,North,,6,9,2",
        "r2,2025-01-09,North,,6,nine,2",
    );
    let f = Fixture::with(&[
        ("csbook.yaml", &skip),
        ("complaints.csv", complaints),
        ("responses.csv", &responses),
    ]);
    let out = f.run(&["indicators", "--format", "csv", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let row = |prefix: &str| {
        out.stdout
            .lines()
            .find(|l| l.starts_with(prefix))
            .map(String::from)
    };
    // Every complaint and respondent counted.
    assert_eq!(
        row("complaints,2025-01,all,,,,,").as_deref(),
        Some("complaints,2025-01,all,,,,,2.0,2,,,,,,")
    );
    assert_eq!(
        row("responses,2025-01,all,").as_deref(),
        Some("responses,2025-01,all,,,,,4.0,4,,,,,,")
    );
    // r2's overall answer still counts (4 answers), its NPS answer does not (3).
    assert!(
        row("overall_mean,2025-01,all,").unwrap().contains(",4,"),
        "{}",
        out.stdout
    );
    assert!(
        row("nps,2025-01,all,").unwrap().contains(",3,"),
        "{}",
        out.stdout
    );
    // The build's data-quality page counts the blanked fields by reason.
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let page = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    for reason in ["event before receipt", "not a yes/no flag", "not a number"] {
        assert!(
            page.contains(&format!("<td>{reason}</td><td>1</td>")),
            "{reason}: {page}"
        );
    }
}

/// A zh-CN project gets its command-line messages in Chinese: problems of the
/// project file and of the data with their frame, the build summary, and
/// progress; the same project in English gets them in English.
#[test]
fn cli_messages_are_in_the_project_language() {
    let zh = PROJECT.replace("language: en", "language: zh-CN");
    let responses = RESPONSES.replace(
        "r1,2025-01-03,North,a@example.com,7,",
        "r1,2025-01-03,North,a@example.com,9,",
    );
    let bad = zh.replace("min_cell_size: 1", "min_cell_size: 1\nmax_months: 0");
    let out = Fixture::with(&[("csbook.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    for expected in [
        "发现 2 个问题：",
        "csbook.yaml:4:13: `max_months` 为 0；应为 1 到 1200 之间的整数",
        "help: 请修正上面列出的位置，然后再运行 `csbook check`",
    ] {
        assert!(out.stderr.contains(expected), "{expected}\n{}", out.stderr);
    }
    let f = Fixture::with(&[("csbook.yaml", &zh), ("responses.csv", &responses)]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    for expected in [
        "发现 1 个问题：",
        "responses.csv:2:5: 题目 `q_overall` 的值 `9` 超出了题目的量表；应为 1-7 之间的整数，或不适用代码（99）",
    ] {
        assert!(out.stderr.contains(expected), "{expected}\n{}", out.stderr);
    }
    let f = Fixture::with(&[("csbook.yaml", &zh)]);
    let out = f.run(&["build"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for expected in [
        "读取 csbook.yaml",
        "计算指标",
        "生成页面",
        "个页面（2 个月）",
    ] {
        assert!(out.stderr.contains(expected), "{expected}\n{}", out.stderr);
    }
    assert!(!out.stderr.contains("pages for"), "{}", out.stderr);
    let out = Fixture::with(&[]).run(&["build"]);
    assert!(
        out.stderr.contains("reading csbook.yaml") && out.stderr.contains("pages for 2 months"),
        "{}",
        out.stderr
    );
}
