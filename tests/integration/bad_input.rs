//! Bad input: each case must fail with exit code 1 (never a panic) and name the
//! file and the line (and the column where there is one), the value and what
//! was expected.

use super::fixture::{COMPLAINTS, Fixture, PROJECT, RESPONSES};

/// Runs `check` and returns stderr, asserting a user-error exit.
fn fails(fixture: &Fixture) -> String {
    let out = fixture.run(&["check", "--quiet"]);
    assert_eq!(
        out.code, 1,
        "expected exit 1, got {}: {}",
        out.code, out.stderr
    );
    out.stderr
}

fn assert_has(stderr: &str, needles: &[&str]) {
    for n in needles {
        assert!(stderr.contains(n), "missing {n:?} in:\n{stderr}");
    }
}

#[test]
fn unknown_project_key() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &PROJECT.replace("min_cell_size", "min_cell_sise"),
    )]);
    assert_has(
        &fails(&f),
        &[
            "csbook.yaml:3:1",
            "unknown key `min_cell_sise`",
            "did you mean `min_cell_size`?",
        ],
    );
}

#[test]
fn yaml_syntax_error_in_project() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &PROJECT.replace("title: Fixture", "title: [Fixture"),
    )]);
    assert_has(&fails(&f), &["csbook.yaml:1:"]);
}

#[test]
fn wrong_type_in_project() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &PROJECT.replace("min_cell_size: 1", "min_cell_size: many"),
    )]);
    assert_has(&fails(&f), &["csbook.yaml:3:16"]);
}

#[test]
fn duplicate_item_in_instrument() {
    let instrument = super::fixture::INSTRUMENT.replace("id: nps", "id: q_overall");
    let f = Fixture::with(&[("instrument.yaml", &instrument)]);
    assert_has(
        &fails(&f),
        &["instrument.yaml:7:", "duplicate item id `q_overall`"],
    );
}

#[test]
fn bad_scale_in_instrument() {
    let instrument = super::fixture::INSTRUMENT.replace("scale: 0-10", "scale: zero to ten");
    let f = Fixture::with(&[("instrument.yaml", &instrument)]);
    assert_has(
        &fails(&f),
        &["instrument.yaml:9:", "`zero to ten`", "LOW-HIGH"],
    );
}

#[test]
fn value_outside_its_scale() {
    let f = Fixture::with(&[(
        "responses.csv",
        &RESPONSES.replace("r2,2025-01-09,North,,6,9,2", "r2,2025-01-09,North,,8,9,2"),
    )]);
    assert_has(
        &fails(&f),
        &[
            "responses.csv:3:5",
            "value `8` for item `q_overall`",
            "1-7",
            "99",
        ],
    );
}

#[test]
fn not_a_number() {
    let f = Fixture::with(&[(
        "responses.csv",
        &RESPONSES.replace(
            "r3,2025-01-15,South,,5,8,5",
            "r3,2025-01-15,South,,5,eight,5",
        ),
    )]);
    assert_has(
        &fails(&f),
        &["responses.csv:4:6", "`eight`", "not a whole number"],
    );
}

#[test]
fn unparseable_date() {
    let f = Fixture::with(&[(
        "responses.csv",
        &RESPONSES.replace("2025-01-20", "20/01/2025"),
    )]);
    assert_has(
        &fails(&f),
        &[
            "responses.csv:5:2",
            "unparseable date `20/01/2025`",
            "2025-03-31",
        ],
    );
}

#[test]
fn missing_required_column() {
    let responses = RESPONSES.replace(",nps,", ",recommend,");
    let f = Fixture::with(&[("responses.csv", &responses)]);
    let err = fails(&f);
    assert_has(&err, &["responses.csv:1", "missing required column `nps`"]);
    assert_has(&err, &["unknown item `recommend`"]);
}

#[test]
fn unknown_item_column() {
    let responses = RESPONSES
        .replace("p1\n", "p1,p9\n")
        .replace(",1\n", ",1,3\n");
    let f = Fixture::with(&[("responses.csv", &responses)]);
    assert_has(&fails(&f), &["responses.csv:1:8", "unknown item `p9`"]);
}

#[test]
fn duplicate_respondent_id() {
    let f = Fixture::with(&[("responses.csv", &RESPONSES.replace("r3,", "r1,"))]);
    assert_has(
        &fails(&f),
        &[
            "responses.csv:4:1",
            "duplicate respondent id `r1`",
            "first seen on line 2",
        ],
    );
}

#[test]
fn wrong_number_of_fields() {
    let f = Fixture::with(&[(
        "responses.csv",
        &RESPONSES.replace("r5,2025-02-02,North,,4,6,", "r5,2025-02-02,North,4,6"),
    )]);
    assert_has(&fails(&f), &["responses.csv:6:", "5 fields; expected 7"]);
}

#[test]
fn complaint_date_and_order() {
    let complaints = COMPLAINTS
        .replace("2025-01-07 11:30", "yesterday")
        .replace("2025-02-01 12:00", "2025-01-31 12:00");
    let f = Fixture::with(&[("complaints.csv", &complaints)]);
    let err = fails(&f);
    assert_has(
        &err,
        &["complaints.csv:3:2", "unparseable date `yesterday`"],
    );
    assert_has(
        &err,
        &[
            "complaints.csv:4:5",
            "earlier than the complaint was received",
        ],
    );
}

#[test]
fn unknown_indicator_in_commentary() {
    let md =
        "---\ntitle: Jan\nperiod: 2025-01\n---\n\nFine line.\n\nNPS is {{ value(\"npx\") }}.\n";
    let f = Fixture::with(&[("content/jan.md", md)]);
    assert_has(
        &fails(&f),
        &[
            "content/jan.md:8",
            "unknown indicator `npx`",
            "did you mean `nps`?",
        ],
    );
}

#[test]
fn unknown_period_and_segment_value_in_commentary() {
    let md = "---\ntitle: Ch\n---\n\n{{ value(\"nps\", period=\"2023-05\") }}\n";
    let f = Fixture::with(&[("content/ch.md", md)]);
    assert_has(
        &fails(&f),
        &[
            "content/ch.md:5",
            "unknown period `2023-05`",
            "2025-01 to 2025-02",
        ],
    );
    let md = "---\ntitle: Ch\n---\n\n\n{{ value(\"nps\", segment=\"region\", of=\"West\") }}\n";
    let f = Fixture::with(&[("content/ch.md", md)]);
    assert_has(
        &fails(&f),
        &[
            "content/ch.md:6",
            "`West` is not a value of segment `region`",
        ],
    );
}

#[test]
fn bad_front_matter() {
    let f = Fixture::with(&[("content/a.md", "---\ntitle: A\nperiod: Jan\n---\n")]);
    assert_has(
        &fails(&f),
        &["content/a.md:3", "period `Jan` is not a month"],
    );
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let responses = RESPONSES
        .replace("6,9,2", "9,9,2")
        .replace("2025-02-02", "someday");
    let f = Fixture::with(&[("responses.csv", &responses)]);
    let err = fails(&f);
    assert_has(
        &err,
        &["2 problems found", "responses.csv:3:5", "responses.csv:6:2"],
    );
}

#[test]
fn skip_policy_counts_and_shows_rejected_rows() {
    let project = PROJECT.replace("min_cell_size: 1", "min_cell_size: 1\non_invalid: skip");
    // A bad answer is blanked (the respondent stays); a bad date rejects the row.
    let responses = RESPONSES
        .replace("6,9,2", "9,9,2")
        .replace("2025-01-20", "someday");
    let f = Fixture::with(&[("csbook.yaml", &project), ("responses.csv", &responses)]);
    let out = f.run(&["build"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("1 invalid rows skipped")
            && out.stderr.contains("1 invalid fields left empty"),
        "{}",
        out.stderr
    );
    let page = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    assert!(
        page.contains("<td>value outside its scale</td><td>1</td>"),
        "{page}"
    );
    assert!(
        page.contains("<td>unparseable date</td><td>1</td>"),
        "{page}"
    );
    assert!(page.contains("responses.csv:3:5"), "{page}");
    // The rejected row is not counted: January has 3 responses left.
    let csv = std::fs::read_to_string(f.path().join("site/data/indicators.csv")).unwrap();
    assert!(csv.contains("responses,2025-01,all,,,,,3.0,3,"), "{csv}");
}

#[test]
fn failed_build_keeps_the_last_good_site() {
    let f = Fixture::with(&[]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let before = std::fs::read_to_string(f.path().join("site/index.html")).unwrap();
    std::fs::write(
        f.path().join("responses.csv"),
        RESPONSES.replace("6,9,2", "9,9,2"),
    )
    .unwrap();
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let after = std::fs::read_to_string(f.path().join("site/index.html")).unwrap();
    assert_eq!(before, after);
    let leftovers: Vec<_> = std::fs::read_dir(f.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("csbook-"))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left behind");
}

#[test]
fn refuses_to_replace_a_foreign_folder() {
    let f = Fixture::with(&[("precious/notes.txt", "keep me")]);
    let out = f.run(&["build", "--quiet", "--out", "precious"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("refusing to replace"), "{}", out.stderr);
    assert!(f.path().join("precious/notes.txt").exists());
}

#[test]
fn garbage_files_never_panic() {
    let garbage = [
        ("responses.csv", "\u{0}\u{1}\u{2}"),
        ("responses.csv", ""),
        ("responses.csv", "\"unclosed,quote\n1,2"),
        ("instrument.yaml", "items: {"),
        ("csbook.yaml", "&a [*a, *a]"),
        ("complaints.csv", "complaint_id\n"),
    ];
    for (name, text) in garbage {
        let f = Fixture::with(&[(name, text)]);
        let out = f.run(&["check", "--quiet"]);
        assert_eq!(
            out.code, 1,
            "{name} = {text:?}: exit {} {}",
            out.code, out.stderr
        );
        assert!(out.stderr.contains(name), "{name}: {}", out.stderr);
    }
}

#[test]
fn mutated_data_never_panics() {
    // A small deterministic fuzz: flip, drop or duplicate bytes of the fixture
    // files; every run must end in success or a reported problem (exit 0 or 1).
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..24 {
        let (name, original) = [
            ("responses.csv", RESPONSES),
            ("complaints.csv", COMPLAINTS),
            ("csbook.yaml", PROJECT),
        ][round % 3];
        let mut bytes = original.as_bytes().to_vec();
        for _ in 0..(1 + next() % 4) {
            let i = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[i] = (next() % 256) as u8,
                1 => {
                    bytes.remove(i);
                }
                _ => bytes.insert(i, bytes[i]),
            }
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let f = Fixture::with(&[(name, &text)]);
        let out = f.run(&["check", "--quiet"]);
        assert!(
            out.code == 0 || out.code == 1,
            "round {round} ({name}): exit {} {}\n{text}",
            out.code,
            out.stderr
        );
    }
}

#[test]
fn bad_fishbone_names_the_markdown_line() {
    let md = "---\ntitle: Jan\nperiod: 2025-01\n---\n\nWhy:\n\n```fishbone\neffect: Late visits\nmethods: [No buffer]\n```\n";
    let f = Fixture::with(&[("content/jan.md", md)]);
    assert_has(
        &fails(&f),
        &[
            "content/jan.md:10",
            "unknown key `methods`",
            "did you mean `method`?",
        ],
    );
}

#[test]
fn keyed_indicator_without_key_is_an_error() {
    let md = "---\ntitle: Jan\nperiod: 2025-01\n---\n\n{{ value(\"resolution_hours\") }}\n";
    let f = Fixture::with(&[("content/jan.md", md)]);
    assert_has(
        &fails(&f),
        &["content/jan.md:6", "`resolution_hours` needs `key=`"],
    );
}

// --- project keys of the survey analytics (issue 3) ---

/// The fixture's project file with `extra` appended.
fn project_with(extra: &str) -> String {
    format!("{PROJECT}{extra}")
}

#[test]
fn servqual_weight_of_an_unknown_dimension() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &project_with("servqual:\n  weights: {reliabilty: 30}\n"),
    )]);
    assert_has(
        &fails(&f),
        &[
            "csbook.yaml",
            "reliabilty",
            "not a dimension",
            "did you mean `reliability`",
        ],
    );
}

#[test]
fn cs_index_needs_seven_values() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &project_with("cs_index:\n  values: [5, 15, 25, 35, 50, 70]\n"),
    )]);
    // The list is on the second line after the fixture's project file.
    let place = format!("csbook.yaml:{}:11", PROJECT.lines().count() + 2);
    assert_has(&fails(&f), &[&place, "cs_index", "7 values", "not 6"]);
}

#[test]
fn significance_level_must_be_a_probability() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &project_with("significance:\n  level: 1.5\n"),
    )]);
    let place = format!("csbook.yaml:{}:10", PROJECT.lines().count() + 2);
    assert_has(
        &fails(&f),
        &[&place, "significance.level", "1.5", "probability"],
    );
}

#[test]
fn driver_window_of_zero_months() {
    let f = Fixture::with(&[("csbook.yaml", &project_with("drivers:\n  window: 0\n"))]);
    assert_has(&fails(&f), &["csbook.yaml", "drivers.window", "at least 1"]);
}

#[test]
fn unknown_item_segment() {
    let project = PROJECT.replace(
        "  responses: responses.csv\n",
        "  responses: responses.csv\n  item_segments: [regoin]\n",
    );
    assert_ne!(project, PROJECT);
    // The list item itself, after `  item_segments: [`.
    let line = project
        .lines()
        .position(|l| l.contains("regoin"))
        .expect("in the project")
        + 1;
    let f = Fixture::with(&[("csbook.yaml", &project)]);
    assert_has(
        &fails(&f),
        &[
            &format!("csbook.yaml:{line}:19"),
            "unknown segment `regoin`",
            "did you mean `region`?",
        ],
    );
}

#[test]
fn misspelt_key_under_significance() {
    let project = project_with("significance:\n  lowbase: 20\n");
    // the misspelt key is on the last line, indented by two spaces
    let line = project.lines().count();
    let f = Fixture::with(&[("csbook.yaml", &project)]);
    assert_has(
        &fails(&f),
        &[
            &format!("csbook.yaml:{line}:3"),
            "unknown key `lowbase`",
            "did you mean `low_base`?",
        ],
    );
}

#[test]
fn missing_activity_file() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &project_with("activity:\n  files: data/activity.csv\n"),
    )]);
    assert_has(
        &fails(&f),
        &[
            "csbook.yaml",
            "activity file",
            "activity.csv",
            "does not exist",
        ],
    );
}

#[test]
fn purchases_not_a_number() {
    let f = Fixture::with(&[
        (
            "csbook.yaml",
            &project_with("on_invalid: fail\nactivity:\n  files: activity.csv\n"),
        ),
        (
            "activity.csv",
            "customer_id,month,purchases\nc1,2025-01,2\nc2,2025-01,two\nc1,2025-02,1\n",
        ),
    ]);
    assert_has(
        &fails(&f),
        &["activity.csv:3:3", "`two`", "purchases", "whole number"],
    );
}
