//! Descriptions are published only when the project opts in, and then with
//! phone numbers, e-mail addresses and ID-card numbers masked and the text
//! HTML-escaped.

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
    let report = std::fs::read_to_string(f.path().join("site/reports/2025-01.html")).unwrap();
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
