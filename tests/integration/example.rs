//! The example handbook in the repository root, built into a temporary folder.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use super::fixture::{files_under, repo_root, run_in};

/// Builds the example once for all tests of this module.
fn site() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        let run = run_in(
            &repo_root(),
            &["build", "--quiet", "--out", out.to_str().unwrap()],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        dir
    })
    .path()
    .join("site")
    .leak()
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(site().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_page_is_written() {
    let s = site();
    for page in [
        "index.html",
        "archive.html",
        "quality.html",
        "downloads.html",
        "data/indicators.csv",
        "data/indicators.json",
        "data/comparisons.csv",
        "data/comparisons.json",
        "reports/2026-10-analysis.html",
        "assets/vendor/echarts/echarts.min.js",
        "assets/vendor/echarts/LICENSE",
    ] {
        assert!(s.join(page).is_file(), "{page}");
    }
    // 24 months of example data: 2024-11 .. 2026-10, each with a report, its
    // service-quality analysis and its complaints page.
    let reports: Vec<String> = std::fs::read_dir(s.join("reports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(reports.len(), 72);
    assert_eq!(
        reports
            .iter()
            .filter(|r| r.ends_with("-analysis.html"))
            .count(),
        24
    );
    assert!(s.join("reports/2024-11.html").is_file() && s.join("reports/2026-10.html").is_file());
    let chapters = std::fs::read_dir(repo_root().join("content/chapters"))
        .unwrap()
        .count();
    assert_eq!(
        std::fs::read_dir(s.join("chapters")).unwrap().count(),
        chapters
    );
    let archive = read("archive.html");
    let linked: HashSet<&str> = archive
        .split("href=\"reports/")
        .skip(1)
        .map(|s| &s[..12])
        .collect();
    assert_eq!(linked.len(), 24, "{linked:?}");
}

#[test]
fn home_shows_the_latest_month_against_last_month_and_target() {
    let home = read("index.html");
    assert!(home.contains("易达生活服务集团"), "title");
    assert!(home.contains("2026-10"), "latest month");
    assert!(
        home.contains("净推荐值 (NPS)") && home.contains("较上月"),
        "tiles"
    );
    assert!(home.contains("目标 30.0"), "NPS target from csbook.yaml");
    assert!(home.contains("href=\"reports/2026-10.html\""));
    assert!(home.contains("class=\"chart-box\""));
}

#[test]
fn commentary_figures_are_evaluated_with_the_right_numbers() {
    // Independent figures from data/check_stories.py (plain Python over the CSVs):
    // 2026-09 has 289 complaints, 122 of them 上门超时 (42.2 %).
    let report = read("reports/2026-09.html");
    assert!(!report.contains("{{"), "unevaluated template call");
    assert!(report.contains("全集团受理投诉 289"), "complaints");
    assert!(report.contains("上门超时 122"), "category count");
    assert!(report.contains("42.2%"), "category share");
    assert!(report.contains("投诉排列图"), "Pareto chart");
}

#[test]
fn charts_carry_options_and_tables() {
    let report = read("reports/2026-10.html");
    let charts = report.matches("class=\"chart-box").count();
    assert!(charts >= 6, "{charts} charts");
    assert_eq!(report.matches("type=\"application/json\"").count(), charts);
    assert_eq!(
        report.matches("<details class=\"chart-table\">").count(),
        charts
    );
    // The option is JSON and cannot close its script element.
    let start = report.find("type=\"application/json\"").unwrap();
    let body = &report[report[start..].find('>').unwrap() + start + 1..];
    let json = &body[..body.find("</script>").unwrap()];
    let option: serde_json::Value = serde_json::from_str(json).unwrap();
    assert!(option["series"].is_array());
}

#[test]
fn nothing_is_loaded_from_another_host() {
    for file in files_under(site()) {
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !["html", "css"].contains(&ext) && !file.ends_with("csbook.js") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for bad in [
            "src=\"http",
            "href=\"http",
            "src=\"//",
            "href=\"//",
            "url(http",
            "url(//",
            "@import",
        ] {
            assert!(!text.contains(bad), "{} contains {bad}", file.display());
        }
    }
}

#[test]
fn links_are_relative_and_resolve() {
    for file in files_under(site())
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        for part in text
            .split(" href=\"")
            .skip(1)
            .chain(text.split(" src=\"").skip(1))
        {
            let target = &part[..part.find('"').unwrap()];
            let target = target.split('#').next().unwrap();
            if target.is_empty() {
                continue;
            }
            assert!(
                !target.starts_with('/'),
                "{}: absolute link {target}",
                file.display()
            );
            let resolved = file.parent().unwrap().join(target);
            assert!(
                resolved.exists(),
                "{}: broken link {target}",
                file.display()
            );
        }
    }
}

#[test]
fn export_is_tidy_and_complete() {
    let csv = read("data/indicators.csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "indicator,period,segment,segment_value,dimension,item,key,value,n,ci_low,ci_high,share,cum_share,vital_few,label"
    );
    let indicators: HashSet<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    for id in [
        "responses",
        "overall_mean",
        "csat",
        "nps",
        "complaints",
        "complaints_by_category",
    ] {
        assert!(indicators.contains(id), "{id}");
    }
    let json: serde_json::Value = serde_json::from_str(&read("data/indicators.json")).unwrap();
    assert_eq!(json.as_array().unwrap().len(), csv.lines().count() - 1);
    // The tiny branch has 3-6 answers a month, below the minimum cell size of 10:
    // no monthly figure of it anywhere; a quarter (9-18 answers) may reach 10.
    // Key drivers read a rolling three-month window: their monthly rows may
    // reach 10 as well.
    let windowed = [
        "driver_r2",
        "driver_beta",
        "driver_weight",
        "ipa_performance",
        "ipa_quadrant",
    ];
    for line in csv.lines().filter(|l| l.contains("拉萨城关店")) {
        let fields: Vec<&str> = line.split(',').collect();
        assert!(
            fields[1].contains("-Q") || windowed.contains(&fields[0]),
            "a monthly figure of a suppressed segment: {line}"
        );
        assert!(fields[8].parse::<u64>().unwrap() >= 10, "{line}");
    }
    // The commentary may name the branch (to say it is hidden); no chart or table may.
    for report in std::fs::read_dir(site().join("reports")).unwrap() {
        let text = std::fs::read_to_string(report.unwrap().path()).unwrap();
        assert!(
            !text.contains("\"拉萨城关店\"") && !text.contains("<td>拉萨城关店</td>"),
            "a suppressed segment reached a chart"
        );
    }
}

/// Every value of the personal-data columns of a CSV.
fn personal_values(file: &str, columns: &[&str]) -> HashSet<String> {
    let mut reader = csv::Reader::from_path(repo_root().join(file)).unwrap();
    let headers = reader.headers().unwrap().clone();
    let idx: Vec<usize> = columns
        .iter()
        .map(|c| headers.iter().position(|h| h == *c).unwrap())
        .collect();
    reader
        .records()
        .flat_map(|r| {
            let r = r.unwrap();
            idx.iter().map(|&i| r[i].to_string()).collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

#[test]
fn no_personal_data_reaches_the_site() {
    let mut values = personal_values(
        "data/complaints/complaints.csv",
        &["customer_name", "phone"],
    );
    values.extend(personal_values("data/survey/responses.csv", &["email"]));
    assert!(
        values.len() > 1000,
        "the example data carries personal data to test with"
    );
    let matcher = aho_corasick::AhoCorasick::new(&values).unwrap();
    let mut checked = 0;
    for file in files_under(site()) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        checked += 1;
        if let Some(m) = matcher.find(&text) {
            panic!(
                "{} contains personal data {:?}",
                file.display(),
                &text[m.start()..m.end()]
            );
        }
    }
    assert!(checked > 30);
}

#[test]
fn planted_surge_is_flagged_in_its_month_and_listed_for_attention() {
    let root = repo_root();
    let ind = csbook::indicators(&root, &csbook::progress::Progress::quiet()).unwrap();
    let signals: Vec<(String, f64)> = ind
        .rows()
        .iter()
        .filter(|o| o.indicator.as_str() == "spc_signal" && o.key == "xmr_complaints")
        .map(|o| (o.period.to_string(), o.value.unwrap()))
        .collect();
    // 289 complaints in 2026-09 against a phase-I year of about 205 a month.
    assert_eq!(signals, vec![("2026-09".to_string(), 1.0)]);
    let month = csbook::period::Month::parse("2026-09").unwrap();
    use csbook::indicators::attention::Finding;
    let items = &ind.attention[&month];
    assert!(
        items.iter().any(|i| matches!(&i.finding,
            Finding::Surge { category, .. } if category == "上门超时")),
        "{items:?}"
    );
    assert!(
        items.iter().any(|i| i.severity == 3
            && matches!(&i.finding, Finding::Signal { chart, rules, .. }
                if chart == "xmr_complaints" && rules.contains(&1))),
        "{items:?}"
    );
    assert!(
        items.windows(2).all(|w| w[0].severity >= w[1].severity),
        "most severe first"
    );
    // The attention page (latest three months) lists it with a link to its chart.
    let page = read("attention.html");
    assert!(
        page.contains("href=\"reports/2026-09-complaints.html#spc-xmr_complaints\""),
        "attention page"
    );
    assert!(page.contains("「上门超时」"), "attention page");
    assert!(
        read("reports/2026-09-complaints.html").contains("id=\"spc-xmr_complaints\""),
        "the linked chart exists"
    );
    assert!(
        read("index.html").contains("href=\"attention.html\""),
        "linked from home"
    );
    let quiet = &ind.attention[&csbook::period::Month::parse("2025-06").unwrap()];
    assert!(
        !quiet.iter().any(
            |i| matches!(&i.finding, Finding::Surge { category, .. } if category == "上门超时")
        ),
        "{quiet:?}"
    );
    // The page writes it as a sentence with its numbers, the test in a details element.
    assert!(
        page.contains("投诉类别「上门超时」占全部投诉的比例由"),
        "attention page"
    );
    assert!(
        page.contains("<details class=\"attention-basis\">"),
        "attention page"
    );
}

#[test]
fn story_a_shows_as_tested_changes_and_on_the_analysis_page() {
    // The planted slide of 华南 (story A): by 2026-10 its satisfaction is
    // significantly below the same month a year earlier, after the
    // Benjamini-Hochberg adjustment.
    let csv = read("data/comparisons.csv");
    let flagged = |indicator: &str| {
        csv.lines().any(|l| {
            l.starts_with(&format!(
                "2026-10,region,华南,{indicator},last_year,2025-10,"
            )) && l.ends_with(",true,down,false")
        })
    };
    assert!(
        flagged("overall_mean"),
        "overall_mean of 华南 not flagged down"
    );
    assert!(flagged("nps"), "nps of 华南 not flagged down");
    // The report's attention list links the change to its test on the analysis page.
    let report = read("reports/2026-10.html");
    assert!(
        report.contains(
            "href=\"../reports/2026-10-analysis.html#significance-region\">华南满意率 (CSAT) "
        ),
        "attention item for 华南"
    );
    let analysis = read("reports/2026-10-analysis.html");
    for id in [
        "significance-region",
        "significance-all",
        "sq-ep",
        "sq-gaps",
        "sq-zot",
        "sq-dist",
        "sq-ipa",
        "sq-drivers",
    ] {
        assert!(analysis.contains(&format!("id=\"{id}\"")), "{id}");
    }
    // The zone-of-tolerance story: 华南's reliability fell below adequate service.
    let indicators = read("data/indicators.csv");
    let msa: f64 = indicators
        .lines()
        .find(|l| l.starts_with("zot_msa,2026-10,region,华南,reliability,,,"))
        .and_then(|l| l.split(',').nth(7))
        .and_then(|v| v.parse().ok())
        .expect("zot_msa of 华南 reliability");
    assert!(msa < 0.0, "{msa}");
    // The data-quality page reports reliability and inconsistent zone answers.
    let quality = read("quality.html");
    assert!(quality.contains("id=\"survey-checks\""), "survey checks");
}
