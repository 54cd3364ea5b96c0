//! No silent success (issue 11, part 8): what would have been a quiet empty
//! result is an error or a note.

use csbook::output::Columns;

use super::fixture::{Fixture, PROJECT};

#[test]
fn a_file_with_a_header_and_no_rows_is_an_error() {
    for (file, header) in [
        (
            "responses.csv",
            "response_id,date,region,email,q_overall,nps,p1\n",
        ),
        (
            "complaints.csv",
            "complaint_id,received_at,category,region,resolved_at,customer_name,phone\r\n",
        ),
    ] {
        let out = Fixture::with(&[(file, header)]).run(&["check", "--quiet"]);
        assert_eq!(out.code, 1, "{file}: {}", out.stderr);
        assert!(
            out.stderr
                .contains(&format!("{file}:2: the file has a header and no rows")),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_figure_of_a_source_that_is_not_configured_is_an_error() {
    let no_survey = PROJECT.replace(
        "survey:\n  instrument: instrument.yaml\n  responses: responses.csv\n",
        "",
    );
    let md = "---\ntitle: Jan\nperiod: 2025-01\n---\n\nNPS {{ value(\"nps\") }}.\n";
    let f = Fixture::with(&[("csbook.yaml", &no_survey), ("content/jan.md", md)]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("content/jan.md:6") && out.stderr.contains("`nps` has no figures"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_indicator_is_an_error_with_a_suggestion() {
    let out = Fixture::with(&[]).run(&["indicators", "--indicator", "npss"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("unknown indicator `npss` (did you mean `nps`?)"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn the_exported_tables_always_have_their_header() {
    let f = Fixture::with(&[]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    for (file, header) in [
        ("indicators.csv", csbook::indicators::Observation::HEADER),
        (
            "comparisons.csv",
            csbook::indicators::significance::Comparison::HEADER,
        ),
    ] {
        let text = std::fs::read_to_string(f.path().join("site/data").join(file)).unwrap();
        assert_eq!(text.lines().next(), Some(header), "{file}");
    }
    // A query with no rows prints the header, and says so.
    let out = f.run(&[
        "indicators",
        "--indicator",
        "retention_rate",
        "--format",
        "csv",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.trim_end(),
        csbook::indicators::Observation::HEADER
    );
    assert!(out.stderr.contains("no rows match"), "{}", out.stderr);
}

#[test]
fn no_backlog_without_resolution_data() {
    let project = PROJECT.replace(", resolved: resolved_at}", "}");
    let f = Fixture::with(&[("csbook.yaml", &project)]);
    let out = f.run(&["indicators", "--format", "csv", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("\nbacklog,"), "{}", out.stdout);
    let with = Fixture::with(&[]).run(&["indicators", "--format", "csv", "--quiet"]);
    assert!(with.stdout.contains("\nbacklog,"), "{}", with.stdout);
}
