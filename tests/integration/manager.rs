//! What a manager reads (issue 10): the home page and the attention list say
//! how the month went against its targets, in plain sentences with their
//! numbers; tested changes are listed only when significant and material.

use std::path::Path;
use std::sync::OnceLock;

use super::fixture::{repo_root, run_in};

/// The example handbook built once for every test here that reads it.
fn example_site() -> &'static Path {
    // The folder lives as long as the test process.
    static SITE: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    let (_, site) = SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        let build = run_in(
            &repo_root(),
            &["build", "--quiet", "--out", site.to_str().unwrap()],
        );
        assert_eq!(build.code, 0, "{}", build.stderr);
        (dir, site)
    });
    site
}

/// The English sample of `csbook new`: its CSAT and NPS miss their targets,
/// which the attention page lists as sentences, and home colours by target.
#[test]
fn target_misses_are_attention_items_and_colour_the_tiles() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("handbook");
    let p = project.to_str().unwrap();
    assert_eq!(run_in(dir.path(), &["new", p, "--lang", "en"]).code, 0);
    let build = run_in(dir.path(), &["build", "--root", p, "--quiet"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let read = |page: &str| std::fs::read_to_string(project.join("site").join(page)).unwrap();
    let attention = read("attention.html");
    assert!(!attention.contains("Nothing this month needs special attention"));
    for name in ["Net Promoter Score −20.0", "CSAT (top-2-box) 33.3%"] {
        assert!(
            attention.contains(name) && attention.contains("below its target of"),
            "{name} missing from\n{attention}"
        );
    }
    let home = read("index.html");
    // Tiles by target status only: NPS misses its target, whatever its change.
    let nps_tile = home
        .split("<li data-indicator=\"nps\"><a class=\"tile ")
        .nth(1)
        .unwrap();
    assert!(nps_tile.starts_with("status-missed"), "{nps_tile}");
    assert!(
        home.contains("below its target of"),
        "home lists the attention items"
    );
}

/// On the example handbook: complaints 220 against a target of 200 is a
/// missed target (red), whichever way the month moved; changes are neutral,
/// and one of zero shows no arrow.
#[test]
fn the_example_home_page_reads_against_targets() {
    let site = example_site();
    let home = std::fs::read_to_string(site.join("index.html")).unwrap();
    let tile = |id: &str| {
        home.split("<li data-indicator=")
            .find(|t| t.starts_with(&format!("\"{id}\"")))
            .and_then(|t| t.split_once("class=\"tile "))
            .unwrap_or_else(|| panic!("no tile {id}"))
            .1
            .to_string()
    };
    assert!(tile("complaints").starts_with("status-missed"));
    assert!(tile("complaints").contains("目标 200 · 未达标"));
    assert!(tile("responses").starts_with("status-none"));
    // Both changes, since last month and since a year ago, in neutral colour.
    assert!(tile("nps").contains("较上月") && tile("nps").contains("较去年同月"));
    assert!(!home.contains("tone-good") && !home.contains("tone-bad"));
    // The attention items on home, with numbers and the test in a details element.
    assert!(
        home.contains("投诉量 220，高于目标 200（n = 220）"),
        "{home}"
    );
    let css = std::fs::read_to_string(site.join("assets/style.css")).unwrap();
    assert!(css.contains(".arrow-flat::before { content: \"\"; }"));
}

/// `significance.min_effect` decides which significant changes are material:
/// at 100 points none is, at 0 every significant one may be listed.
#[test]
fn only_material_changes_are_attention_items() {
    use csbook::indicators::attention::Finding;
    let root = repo_root();
    let mut project = csbook::project::Project::load(&root).unwrap();
    let progress = csbook::progress::Progress::quiet();
    let data = csbook::dataset::Dataset::load(&project, &progress).unwrap();
    let month = csbook::period::Month::parse("2026-10").unwrap();
    let changes = |project: &csbook::project::Project| {
        let ind = csbook::indicators::Indicators::compute(project, &data);
        let items = ind.attention[&month].clone();
        items
            .into_iter()
            .filter_map(|i| match i.finding {
                Finding::Change { comparison, .. } => Some(comparison),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let default = changes(&project);
    assert!(!default.is_empty());
    // Every listed change is significant after the correction, and at least
    // 3 points on a 0-100 scale (CSAT in points, NPS 6, a 1-7 mean 0.18).
    for c in &default {
        assert!(c.significant);
        let min = match c.indicator.as_str() {
            "csat" => 3.0,
            "nps" => 6.0,
            "overall_mean" => 0.18,
            other => panic!("unexpected {other}"),
        };
        assert!(c.difference.unwrap().abs() >= min - 1e-12, "{c:?}");
    }
    project.analysis.min_effect = 100.0;
    assert!(changes(&project).is_empty());
    project.analysis.min_effect = 0.0;
    assert!(changes(&project).len() >= default.len());
}

/// The downloads page gives each file with its size (as written), links the
/// comparisons table, and lists every indicator of the catalogue with its
/// name and definition.
#[test]
fn downloads_list_sizes_and_every_indicator() {
    let site = example_site();
    let page = std::fs::read_to_string(site.join("downloads.html")).unwrap();
    for file in [
        "data/indicators.csv",
        "data/indicators.json",
        "data/comparisons.csv",
        "data/comparisons.json",
    ] {
        let bytes = std::fs::metadata(site.join(file)).unwrap().len() as f64;
        let size = if bytes < 1e3 {
            format!("{bytes} B")
        } else if bytes < 1e6 {
            format!("{:.1} KB", bytes / 1e3)
        } else {
            format!("{:.1} MB", bytes / 1e6)
        };
        let row = page
            .split("<tr>")
            .find(|r| r.contains(&format!("href=\"{file}\"")))
            .unwrap_or_else(|| panic!("no {file}"));
        assert!(
            row.contains(&format!(">{size}<")),
            "{file}: {size} in {row}"
        );
    }
    for def in csbook::catalog::ALL {
        let row = page
            .split("<tr")
            .find(|r| r.contains(&format!("<code>{}</code></th>", def.id)))
            .unwrap_or_else(|| panic!("{} is not listed", def.id));
        assert!(
            row.contains(def.name(csbook::language::Language::ZhCn)),
            "{}",
            def.id
        );
        // A definition, not an empty cell.
        let cells: Vec<&str> = row.split("<td>").skip(1).collect();
        assert!(cells.len() == 2 && cells[1].chars().count() > 6, "{row}");
    }
}

/// ECharts is a custom build (templates/assets/vendor/echarts/build.sh) of
/// the pinned npm package with only the charts csbook draws: under 700 KB,
/// its checksum recorded in VERSION, its licence files beside it.
#[test]
fn echarts_is_a_small_recorded_build() {
    let dir = repo_root().join("templates/assets/vendor/echarts");
    let bytes = std::fs::read(dir.join("echarts.min.js")).unwrap();
    assert!(bytes.len() < 700 * 1000, "{} bytes", bytes.len());
    let version = std::fs::read_to_string(dir.join("VERSION")).unwrap();
    let sha = version
        .lines()
        .find_map(|l| l.strip_prefix("sha256 "))
        .unwrap();
    let out = std::process::Command::new("sha256sum")
        .arg(dir.join("echarts.min.js"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with(sha),
        "{version}"
    );
    for file in [
        "LICENSE",
        "NOTICE",
        "LICENSE-d3",
        "build.sh",
        "build/entry.js",
        "build/package-lock.json",
    ] {
        assert!(dir.join(file).is_file(), "{file}");
    }
}

/// The embedded ECharts option of chart `id` on a page.
fn option(page: &str, id: &str) -> serde_json::Value {
    let start = format!("<script type=\"application/json\" id=\"{id}-option\">");
    let i = page.find(&start).unwrap_or_else(|| panic!("no chart {id}")) + start.len();
    let j = page[i..].find("</script>").unwrap() + i;
    serde_json::from_str(&page[i..j]).unwrap()
}

/// Charts that cannot mislead: a trend's y-range holds its target line, the
/// expectation-perception bars start at zero, the p-chart reads in percent.
#[test]
fn charts_hold_their_reference_lines_and_bars_start_at_zero() {
    let site = example_site();
    let report = std::fs::read_to_string(site.join("reports/2026-10.html")).unwrap();
    for (id, target) in [
        ("trend-csat", 70.0),
        ("trend-nps", 30.0),
        ("trend-complaints", 200.0),
    ] {
        let o = option(&report, id);
        let axis = &o["yAxis"];
        let axis = if axis.is_array() { &axis[0] } else { axis };
        let (min, max) = (axis["min"].as_f64().unwrap(), axis["max"].as_f64().unwrap());
        assert!(
            min <= target && target <= max,
            "{id}: {min}..{max} misses {target}"
        );
        let line = &o["series"];
        let values: Vec<f64> = line[0]["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_f64())
            .collect();
        assert!(values.iter().all(|v| (min..=max).contains(v)), "{id}");
    }
    // Seventeen branches read as horizontal bars, sorted by value, best on top.
    let branches = option(&report, "seg-branch-csat");
    assert_eq!(branches["yAxis"]["type"], "category", "{branches}");
    assert_eq!(branches["yAxis"]["data"].as_array().unwrap().len(), 17);
    let values: Vec<f64> = branches["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    // Complaint handling has a home on the report: SLA, timely and first-contact rates.
    let handling = report
        .split("<section class=\"report-section handling\"")
        .nth(1)
        .expect("a handling section");
    let handling = handling.split("</section>").next().unwrap();
    for name in ["时限达标率", "n = "] {
        assert!(handling.contains(name), "{name} in {handling}");
    }
    let analysis = std::fs::read_to_string(site.join("reports/2026-10-analysis.html")).unwrap();
    // Item charts name the question, not the item's id.
    for id in ["sq-gaps", "sq-dist", "sq-items"] {
        let o = option(&analysis, id);
        let labels = o["yAxis"]["data"]
            .as_array()
            .unwrap_or_else(|| panic!("{id}: {o}"));
        assert!(!labels.is_empty());
        for l in labels {
            assert!(
                !l.as_str().unwrap().is_ascii(),
                "{id}: {l} is not a question"
            );
        }
    }
    let ep = option(&analysis, "sq-ep");
    let axis = if ep["yAxis"].is_array() {
        &ep["yAxis"][0]
    } else {
        &ep["yAxis"]
    };
    assert_eq!(axis["min"].as_f64(), Some(0.0), "{ep}");
    // The p-chart of dissatisfied answers is in percent.
    let i = report
        .find("data-option=\"spc-p_dissatisfied-option\"")
        .expect("a p-chart");
    let tag: String = report[i..].chars().take(120).collect();
    assert!(tag.contains("data-suffix=\"%\""), "{tag}");
    let p = option(&report, "spc-p_dissatisfied");
    let last = p["series"][0]["data"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find_map(|v| v.as_f64())
        .unwrap();
    let csv = std::fs::read_to_string(site.join("data/indicators.csv")).unwrap();
    let dissatisfied: f64 = csv
        .lines()
        .find(|l| l.starts_with("dissatisfied,2026-10,all,"))
        .and_then(|l| l.split(',').nth(7))
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (last - dissatisfied).abs() < 1e-9,
        "a share in percent: {last} against {dissatisfied}"
    );
}

/// Home says how the month went in one sentence: targets met, the largest
/// move on a year ago; and that a month rests on few responses.
#[test]
fn home_says_the_month_in_a_sentence() {
    let site = example_site();
    let home = std::fs::read_to_string(site.join("index.html")).unwrap();
    // nps, csat, overall_mean and complaints have targets; only overall_mean meets its own.
    assert!(
        home.contains("<p class=\"month-summary\">设有目标的 4 项核心指标中，1 项达标。与去年同月相比变化最大的是"),
        "{home}"
    );
    // The fixture's latest month holds one response.
    let f = super::fixture::Fixture::with(&[]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let home = std::fs::read_to_string(f.path().join("site/index.html")).unwrap();
    assert!(
        home.contains("This month rests on one response only"),
        "{home}"
    );
}

/// A plain attribute-rating survey (three items, no expectations) gets its
/// item means ranked with their 95 % intervals on the analysis page, named
/// by the item's text.
#[test]
fn item_means_are_shown_for_an_instrument_without_expectations() {
    let instrument = "id: ratings
items:
  - id: q_overall
    role: overall
    scale: 1-7
  - id: nps
    role: nps
    scale: 0-10
  - id: a1
    role: perception
    text: {en: Friendly staff}
    scale: 1-5
  - id: a2
    role: perception
    text: {en: Quick service}
    scale: 1-5
";
    let responses = "response_id,date,region,email,q_overall,nps,a1,a2
r1,2025-01-03,North,,7,10,5,2
r2,2025-01-09,North,,6,9,4,3
r3,2025-01-15,South,,5,8,5,1
r4,2025-01-20,South,,2,3,4,2
";
    let f = super::fixture::Fixture::with(&[
        ("instrument.yaml", instrument),
        ("responses.csv", responses),
    ]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page =
        std::fs::read_to_string(f.path().join("site/reports/2025-01-analysis.html")).unwrap();
    let o = option(&page, "sq-items");
    // Friendly staff (mean 4.5) above Quick service (2.0), by their texts.
    assert_eq!(
        o["yAxis"]["data"],
        serde_json::json!(["Friendly staff", "Quick service"]),
        "{o}"
    );
    // a1: 5, 4, 5, 4: s = 0.57735, t(0.975, 3) = 3.182446305284263, half = 0.918694.
    let half = 3.182446305284263 * (1.0f64 / 3.0).sqrt() / 2.0;
    let low = o["series"][0]["data"][0].as_f64().unwrap();
    assert!((low - (4.5 - half)).abs() < 1e-9, "{low}");
    assert!(page.contains("The 2 rated items, ranked by their mean"));
}

/// `labels:` names a project's codes on pages, per language; the exports
/// keep the codes; a field that is neither a segment nor a breakdown is an
/// error with a suggestion.
#[test]
fn labels_name_codes_on_pages_and_exports_keep_them() {
    let project = super::fixture::PROJECT.replace(
        "personal_data:",
        "labels:\n  category: {Late: {en: Running late, zh-CN: 迟到}}\n  region: {North: The North}\npersonal_data:",
    );
    let f = super::fixture::Fixture::with(&[("csbook.yaml", &project)]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = std::fs::read_to_string(f.path().join("site/reports/2025-01.html")).unwrap();
    let complaints =
        std::fs::read_to_string(f.path().join("site/reports/2025-01-complaints.html")).unwrap();
    // January's one category is all of its complaints: a sentence, not a chart.
    assert!(!report.contains("id=\"pareto-category\""));
    assert!(!complaints.contains("id=\"pareto-category\""));
    assert!(
        complaints.contains("Complaints by content: a single value holds them all, so there is no chart (Running late 2)"),
        "{complaints}"
    );
    let segment = option(&report, "seg-region-csat");
    assert!(
        segment["xAxis"].to_string().contains("The North"),
        "{segment}"
    );
    let csv = std::fs::read_to_string(f.path().join("site/data/indicators.csv")).unwrap();
    assert!(
        csv.contains("complaints_by_category,2025-01,all,,,,Late,"),
        "exports keep the code"
    );

    let bad = project.replace("  category: {Late", "  categroy: {Late");
    let out = super::fixture::Fixture::with(&[("csbook.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("labels for `categroy` (did you mean `category`?)"),
        "{}",
        out.stderr
    );
}

/// A Pareto chart of more than twelve categories draws the eleven largest
/// and one "other" bar; its data table keeps every category.
#[test]
fn a_pareto_of_many_categories_draws_twelve_bars() {
    let mut complaints =
        String::from("complaint_id,received_at,category,region,resolved_at,customer_name,phone\n");
    for c in 0..15 {
        // Category c has 15 - c complaints: a clear order.
        for k in 0..(15 - c) {
            complaints.push_str(&format!("k{c}-{k},2025-01-05 10:00,cat{c:02},North,,,\n"));
        }
    }
    let f = super::fixture::Fixture::with(&[("complaints.csv", &complaints)]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = std::fs::read_to_string(f.path().join("site/reports/2025-01.html")).unwrap();
    let pareto = option(&report, "pareto-category");
    let bars = pareto["xAxis"]["data"].as_array().unwrap();
    assert_eq!(bars.len(), 12);
    assert_eq!(bars[11], "other (4)");
    // The other bar holds the four smallest: 4 + 3 + 2 + 1 complaints.
    assert_eq!(pareto["series"][0]["data"][11], 10);
    assert!(
        report.contains("<td>cat14</td>"),
        "the table keeps every category"
    );
}

/// Print: every sheet carries the handbook and the page (a fixed element
/// repeats on each printed sheet) and its page number.
#[test]
fn printed_pages_have_a_running_header_and_page_numbers() {
    let f = super::fixture::Fixture::with(&[]);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let report = std::fs::read_to_string(f.path().join("site/reports/2025-02.html")).unwrap();
    assert!(
        report.contains("<div class=\"print-header\" aria-hidden=\"true\" data-search-ignore>Fixture · Report for 2025-02</div>"),
        "{report}"
    );
    let css = std::fs::read_to_string(f.path().join("site/assets/style.css")).unwrap();
    assert!(css.contains("@bottom-right { content: counter(page) \" / \" counter(pages);"));
    assert!(css.contains(".print-header {\n    display: block !important; position: fixed;"));
}

/// The report is edited: at most twelve charts, none twice; complaint detail
/// lives on the month's complaints page, with one chart of the complaint
/// rate; chart titles state their conclusion, checked against the exported
/// figures.
#[test]
fn the_report_holds_twelve_charts_and_complaints_have_their_page() {
    let site = example_site();
    let ids = |page: &str| -> Vec<String> {
        page.split("<figure class=\"chart\" id=\"")
            .skip(1)
            .map(|p| p.split('"').next().unwrap().to_string())
            .collect()
    };
    let report = std::fs::read_to_string(site.join("reports/2026-10.html")).unwrap();
    let on_report = ids(&report);
    assert!(
        (6..=12).contains(&on_report.len()),
        "{} charts: {on_report:?}",
        on_report.len()
    );
    let mut unique = on_report.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), on_report.len(), "{on_report:?}");
    assert!(report.contains("href=\"../reports/2026-10-complaints.html\""));
    let complaints = std::fs::read_to_string(site.join("reports/2026-10-complaints.html")).unwrap();
    let detail = ids(&complaints);
    for id in [
        "pareto-category",
        "pareto-defect",
        "spc-xmr_complaints",
        "spc-xmr_resolution_median",
        "durations-resolution",
        "heatmap-category",
    ] {
        assert!(detail.iter().any(|d| d == id), "{id} not in {detail:?}");
        assert!(
            id == "pareto-category" || !on_report.iter().any(|d| d == id),
            "{id} on the report too"
        );
    }
    let rate_charts = detail
        .iter()
        .filter(|d| *d == "spc-u_complaint_rate" || *d == "spc-xmr_complaint_rate")
        .count();
    assert_eq!(rate_charts, 1, "{detail:?}");

    // The CSAT trend's title: the latest month against the 12 before it, read
    // from the export.
    let csv = std::fs::read_to_string(site.join("data/indicators.csv")).unwrap();
    let csat: Vec<f64> = csv
        .lines()
        .filter(|l| l.starts_with("csat,20") && l.contains(",all,,,,,"))
        .filter(|l| {
            l.split(',')
                .nth(1)
                .is_some_and(|p| p.len() == 7 && !p.contains('Q') && p <= "2026-10")
        })
        .map(|l| l.split(',').nth(7).unwrap().parse().unwrap())
        .collect();
    let window = &csat[csat.len() - 13..];
    let (last, earlier) = window.split_last().unwrap();
    let shown = |v: f64| (v * 10.0).round();
    let lowest = earlier.iter().all(|&e| shown(*last) < shown(e));
    let caption = report
        .split("<figure class=\"chart\" id=\"trend-csat\">")
        .nth(1)
        .and_then(|p| p.split("</figcaption>").next())
        .unwrap();
    let value = format!("{:.1}%", last);
    assert!(caption.contains(&value), "{value} not in {caption}");
    assert_eq!(caption.contains("13 个月来最低"), lowest, "{caption}");
    assert!(
        caption.contains("<span class=\"chart-subtitle\">满意率 (CSAT)</span>"),
        "{caption}"
    );
    // Below its target of 70 %.
    assert!(caption.contains("未达目标 70.0%"), "{caption}");
}

/// Segment bars that miss the target stand out, and the heatmap's
/// categories run from the most frequent down, its colour scale below the
/// month labels.
#[test]
fn segment_bars_below_target_stand_out_and_the_heatmap_is_ordered() {
    let site = example_site();
    let report = std::fs::read_to_string(site.join("reports/2026-10.html")).unwrap();
    let o = option(&report, "seg-region-csat");
    // The example's CSAT target (csbook.yaml: `csat: 70`).
    let target: f64 = 70.0;
    let bars = o["series"][0]["data"].as_array().unwrap();
    assert!(bars.len() >= 2);
    let mut highlighted = 0;
    for bar in bars {
        let value = bar.as_f64().or_else(|| bar["value"].as_f64()).unwrap();
        let colour = bar["itemStyle"]["color"].as_str();
        // One decimal, as the page shows both.
        if (value * 10.0).round() < (target * 10.0).round() {
            assert_eq!(colour, Some("#D55E00"), "{bar} against {target}");
            highlighted += 1;
        } else {
            assert_eq!(colour, None, "{bar} against {target}");
        }
    }
    assert!(highlighted > 0, "{o}");

    let complaints = std::fs::read_to_string(site.join("reports/2026-10-complaints.html")).unwrap();
    let h = option(&complaints, "heatmap-category");
    let rows = h["yAxis"]["data"].as_array().unwrap().len();
    let mut totals = vec![0u64; rows];
    for cell in h["series"][0]["data"].as_array().unwrap() {
        totals[cell[1].as_u64().unwrap() as usize] += cell[2].as_u64().unwrap();
    }
    assert!(rows >= 3 && totals[0] > totals[rows - 1], "{totals:?}");
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    assert_eq!(h["yAxis"]["inverse"], true);
    let map = &h["visualMap"][0];
    assert_eq!(map["orient"], "horizontal");
    assert!(
        h["grid"][0]["bottom"].as_f64().unwrap()
            > map["bottom"].as_f64().unwrap() + map["itemWidth"].as_f64().unwrap() + 30.0,
        "{h}"
    );
}
