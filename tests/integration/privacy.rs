//! Descriptions are published only when the project opts in, and then with
//! phone numbers, e-mail addresses and ID-card numbers masked and the text
//! HTML-escaped. A segment value below the minimum cell size appears in no
//! output.

use super::analytics::Lcg;
use super::fixture::{Fixture, PROJECT, files_under};

const COMPLAINTS: &str = "complaint_id,received_at,category,region,resolved_at,customer_name,phone,description
k1,2025-01-05 10:00,Late,North,2025-01-06 10:00,Zhang Wei,13912345678,Technician 2 hours late; call me on 13912345678 <b>now</b>
k2,2025-01-07 11:30,Late,South,,Li Na,13887654321,Write to li.na@example.com about it
k3,2025-02-01 09:00,Billing,North,2025-02-01 12:00,Wang Fang,13700001111,ID 11010519491231002X charged twice
";

fn site_text(f: &Fixture) -> String {
    files_under(&f.path().join("site"))
        .iter()
        .filter(|p| !p.to_string_lossy().contains("vendor"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

#[test]
fn descriptions_stay_out_unless_published() {
    let f = Fixture::with(&[("complaints.csv", COMPLAINTS)]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let text = site_text(&f);
    assert!(
        !text.contains("Technician 2 hours late"),
        "a description was published without opting in"
    );
}

#[test]
fn published_descriptions_are_masked_and_escaped() {
    let project = PROJECT.replace(
        "resolved: resolved_at}",
        "resolved: resolved_at, description: description}\n  publish_descriptions: true",
    );
    let f = Fixture::with(&[("csbook.yaml", &project), ("complaints.csv", COMPLAINTS)]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report =
        std::fs::read_to_string(f.path().join("site/reports/2025-01-complaints.html")).unwrap();
    assert!(
        report.contains("Technician 2 hours late; call me on *** &lt;b&gt;now&lt;/b&gt;"),
        "{report}"
    );
    assert!(report.contains("Write to *** about it"), "{report}");
    let text = site_text(&f);
    for secret in [
        "13912345678",
        "13887654321",
        "li.na@example.com",
        "11010519491231002X",
        "Zhang Wei",
        "Li Na",
    ] {
        assert!(!text.contains(secret), "{secret} reached the site");
    }
    assert!(text.contains("ID *** charged twice"));
}

// ---------------------------------------------------------------------------
// Suppression everywhere (issue 3): a segment value with fewer answers than
// `min_cell_size` in every month, quarter and key-driver window appears in no
// output, and commentary figures about it print the marker, never a number.

/// The region value that is too small everywhere.
const TINY: &str = "Tinyville";
const MIN_CELL: usize = 5;

/// Two dimensions with P/E pairs (and zone-of-tolerance items for
/// reliability), stated importance, overall, NPS and effort.
const SURVEY_INSTRUMENT: &str = "id: privacy
na_codes: [99]
dimensions:
  reliability: Reliability
  empathy: Empathy
items:
  - {id: q_overall, role: overall, scale: 1-7}
  - {id: nps, role: nps, scale: 0-10}
  - {id: ces, role: ces, scale: 1-7}
  - {id: rel_p1, role: perception, dimension: reliability, scale: 1-7}
  - {id: rel_p2, role: perception, dimension: reliability, scale: 1-7}
  - {id: rel_e1, role: expectation, dimension: reliability, scale: 1-7, pair: rel_p1}
  - {id: rel_e2, role: expectation, dimension: reliability, scale: 1-7, pair: rel_p2}
  - {id: rel_a1, role: adequate, dimension: reliability, scale: 1-7, pair: rel_p1}
  - {id: rel_d1, role: desired, dimension: reliability, scale: 1-7, pair: rel_p1}
  - {id: emp_p1, role: perception, dimension: empathy, scale: 1-7}
  - {id: emp_p2, role: perception, dimension: empathy, scale: 1-7}
  - {id: emp_e1, role: expectation, dimension: empathy, scale: 1-7, pair: emp_p1}
  - {id: emp_e2, role: expectation, dimension: empathy, scale: 1-7, pair: emp_p2}
  - {id: rel_imp, role: importance, dimension: reliability, scale: 0-100, na_codes: []}
  - {id: emp_imp, role: importance, dimension: empathy, scale: 0-100, na_codes: []}
";

const SURVEY_PROJECT: &str = "title: Suppression
language: en
min_cell_size: 5
segments:
  - id: region
    label: Region
survey:
  instrument: instrument.yaml
  responses: responses.csv
  item_segments: [region]
drivers:
  window: 3
";

/// Answers per month (January to June 2025) of each region.
const PER_MONTH: [(&str, [usize; 6]); 3] = [
    ("North", [8, 8, 8, 8, 8, 8]),
    ("South", [7, 6, 7, 6, 7, 6]),
    // every month (at most 2), quarter (4, 3) and 3-month window (at most 4)
    // stays below MIN_CELL; March and April are consecutive months with
    // answers, so a change and a comparison could be computed
    (TINY, [2, 0, 2, 2, 0, 1]),
];

fn survey_responses() -> String {
    let mut rng = Lcg::new(7);
    let mut csv = String::from(
        "response_id,date,region,q_overall,nps,ces,rel_p1,rel_p2,rel_e1,rel_e2,rel_a1,rel_d1,emp_p1,emp_p2,emp_e1,emp_e2,rel_imp,emp_imp\n",
    );
    let mut id = 0;
    for month in 0..6 {
        for (region, counts) in PER_MONTH {
            for k in 0..counts[month] {
                id += 1;
                let mut row = format!("r{id},2025-0{}-{:02},{region}", month + 1, 2 + 3 * k);
                for (lo, hi) in [(1, 7), (0, 10), (1, 7)] {
                    row.push_str(&format!(",{}", rng.int(lo, hi)));
                }
                // P, E, A (2-4), D (5-7)
                for (lo, hi) in [(2, 7), (2, 7), (3, 7), (3, 7), (2, 4), (5, 7)] {
                    row.push_str(&format!(",{}", rng.int(lo, hi)));
                }
                for (lo, hi) in [(1, 7), (1, 7), (3, 7), (3, 7)] {
                    row.push_str(&format!(",{}", rng.int(lo, hi)));
                }
                let imp = rng.int(20, 80);
                row.push_str(&format!(",{imp},{}\n", 100 - imp));
                csv.push_str(&row);
            }
        }
    }
    csv
}

/// Commentary asking for the small region's figures (without ever naming it
/// in prose), next to the same figures of a large region.
fn commentary(of: &str, tag: &str) -> String {
    [
        ("nps", ""),
        ("servqual_gap", ", dimension=\"reliability\""),
        ("servqual_gap", ""),
        ("item_mean", ", item=\"rel_p1\""),
        ("zot_msa", ", dimension=\"reliability\""),
        ("loyalty_quadrant", ", key=\"loyalist\""),
        ("driver_r2", ""),
        ("driver_weight", ", dimension=\"empathy\""),
        ("cs_index", ""),
        ("nps", ", period=\"2025-Q1\""),
        ("item_mean", ", dimension=\"empathy\", item=\"emp_p2\", period=\"2025-Q1\""),
    ]
    .iter()
    .enumerate()
    .map(|(i, (indicator, args))| {
        format!(
            "FIG-{tag}{i}: {{{{ value(\"{indicator}\", segment=\"region\", of=\"{of}\"{args}) }}}} ;\n\n"
        )
    })
    .collect::<String>()
        + &format!(
            "FIG-{tag}X: {{{{ change(\"nps\", segment=\"region\", of=\"{of}\") }}}} ;\n\n"
        )
}

/// The text that follows `label` up to the next ` ;`.
fn figure<'a>(page: &'a str, label: &str) -> &'a str {
    let start = page
        .find(label)
        .unwrap_or_else(|| panic!("{label} is not on the page"))
        + label.len();
    let len = page[start..].find(" ;").expect("figure ends");
    page[start..start + len].trim()
}

#[test]
fn a_segment_value_below_min_cell_size_appears_in_no_output() {
    let responses = survey_responses();
    // the data really has the small region, below the minimum in every month,
    // quarter and 3-month window
    let tiny = PER_MONTH[2].1;
    assert_eq!(
        responses.matches(&format!(",{TINY},")).count(),
        tiny.iter().sum::<usize>()
    );
    assert!(tiny.iter().all(|&n| n < MIN_CELL));
    assert!(tiny.chunks(3).all(|q| q.iter().sum::<usize>() < MIN_CELL));
    assert!((0..6usize).all(|m| tiny[m.saturating_sub(2)..=m].iter().sum::<usize>() < MIN_CELL));

    let text = format!(
        "---\ntitle: April 2025\nperiod: 2025-04\n---\n\n{}{}",
        commentary(TINY, "T"),
        commentary("North", "N")
    );
    assert!(!text.replace(&format!("of=\"{TINY}\""), "").contains(TINY));
    let f = Fixture::with(&[
        ("csbook.yaml", SURVEY_PROJECT),
        ("instrument.yaml", SURVEY_INSTRUMENT),
        ("responses.csv", &responses),
        ("content/commentary/2025-04.md", &text),
    ]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let site = f.path().join("site");

    // The figures about the small region print the marker; the same figures
    // about North print numbers.
    let report = std::fs::read_to_string(site.join("reports/2025-04.html")).unwrap();
    for i in (0..11).map(|i| i.to_string()).chain(["X".to_string()]) {
        let tiny = figure(&report, &format!("FIG-T{i}:"));
        assert_eq!(tiny, "(base too small to show)", "figure T{i}");
        let north = figure(&report, &format!("FIG-N{i}:"));
        assert!(
            north != "(base too small to show)" && north.chars().any(|c| c.is_ascii_digit()),
            "figure N{i} about North is {north:?}"
        );
    }

    // Exports, search index, pages: the name is nowhere, in any case.
    let named = [
        "data/indicators.csv",
        "data/indicators.json",
        "data/comparisons.csv",
        "data/comparisons.json",
        "assets/search-index.js",
        "reports/2025-04.html",
        "index.html",
    ];
    for rel in named {
        assert!(site.join(rel).is_file(), "{rel} is not written");
    }
    let mut shown = Vec::new();
    let mut html = 0;
    for file in files_under(&site) {
        if file.extension().is_some_and(|e| e == "html") {
            html += 1;
        }
        let bytes = std::fs::read(&file).unwrap();
        let lower = String::from_utf8_lossy(&bytes).to_lowercase();
        if lower.contains(&TINY.to_lowercase()) {
            shown.push(file.strip_prefix(&site).unwrap().display().to_string());
        }
    }
    assert!(html >= 6, "only {html} HTML pages");
    assert!(shown.is_empty(), "{TINY} appears in {shown:?}");
    for format in ["csv", "json", "table"] {
        let out = f.run(&["indicators", "--format", format, "--quiet"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            !out.stdout.contains(TINY),
            "{TINY} in indicators --format {format}"
        );
        assert!(out.stdout.contains("North"), "indicators --format {format}");
    }

    // ... while the large regions are there, at every level the small one was
    // left out of: headline, item-level, dimension, driver and comparison rows.
    let csv = std::fs::read_to_string(site.join("data/indicators.csv")).unwrap();
    for needle in [
        "nps,2025-03,region,North,,,,",
        "nps,2025-Q1,region,North,,,,",
        "item_mean,2025-03,region,North,reliability,rel_p1,,",
        "answer_share,2025-03,region,South,empathy,emp_p2,",
        "servqual_gap,2025-03,region,North,reliability,,,",
        "servqual_gap,2025-03,region,South,reliability,rel_p2,,",
        "zot_msa,2025-03,region,North,reliability,,,",
        "driver_r2,2025-01,region,North,,,,",
        "driver_weight,2025-03,region,South,empathy,,,",
        "loyalty_quadrant,2025-03,region,North,,,loyalist,",
        "cs_index,2025-03,region,South,,,,",
    ] {
        assert!(csv.contains(needle), "no row {needle}");
    }
    for rel in [
        "data/comparisons.csv",
        "data/indicators.json",
        "data/comparisons.json",
    ] {
        let text = std::fs::read_to_string(site.join(rel)).unwrap();
        assert!(text.contains("North") && text.contains("South"), "{rel}");
    }
    let comparisons = std::fs::read_to_string(site.join("data/comparisons.csv")).unwrap();
    assert!(
        comparisons.contains("2025-03,region,North,nps,previous,2025-02,"),
        "{comparisons}"
    );
}
