//! The CLI's messages for unclear input, pinned as snapshots of stderr (the
//! way mdBook pins its messages): a change of wording shows up in review.
//! Update with `INSTA_UPDATE=always cargo test messages` and read the diff.

use super::fixture::{Fixture, PROJECT, RESPONSES};

/// The stderr of `check` on a fixture with `files` replaced; exit 1 asserted.
fn stderr_of(files: &[(&str, &str)]) -> String {
    let out = Fixture::with(files).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    out.stderr
}

#[test]
fn not_a_whole_number() {
    insta::assert_snapshot!(stderr_of(&[(
        "csbook.yaml",
        &PROJECT.replace("min_cell_size: 1", "min_cell_size: ten")
    )]));
}

#[test]
fn negative_where_zero_or_more_is_expected() {
    insta::assert_snapshot!(stderr_of(&[(
        "csbook.yaml",
        &PROJECT.replace("min_cell_size: 1", "min_cell_size: -1")
    )]));
}

#[test]
fn duplicate_key() {
    insta::assert_snapshot!(stderr_of(&[(
        "csbook.yaml",
        &format!("{PROJECT}title: Again\n")
    )]));
}

#[test]
fn a_key_without_a_value() {
    let project = PROJECT
        .lines()
        .map(|l| if l.starts_with("title:") { "title:" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(stderr_of(&[("csbook.yaml", &project)]));
}

#[test]
fn unterminated_quote() {
    insta::assert_snapshot!(stderr_of(&[(
        "responses.csv",
        &RESPONSES.replacen(",North,", ",\"North,", 1)
    )]));
}

#[test]
fn huge_bad_value_is_quoted_short() {
    let long = format!("{}z", "7".repeat(10 << 20));
    insta::assert_snapshot!(stderr_of(&[(
        "responses.csv",
        &RESPONSES.replacen(",7,10,", &format!(",{long},10,"), 1)
    )]));
}

#[test]
fn a_file_that_is_not_a_responses_file() {
    let passwd =
        "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    insta::assert_snapshot!(stderr_of(&[("responses.csv", passwd)]));
}

#[test]
fn date_outside_the_date_library() {
    insta::assert_snapshot!(stderr_of(&[(
        "responses.csv",
        &RESPONSES.replacen("2025-01-03", "9999-12-31", 1)
    )]));
}

#[test]
fn span_longer_than_max_months() {
    insta::assert_snapshot!(stderr_of(&[(
        "responses.csv",
        &RESPONSES.replacen("2025-01-03", "0001-01-01", 1)
    )]));
}
