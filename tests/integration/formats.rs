//! Real exports in (issue 11, first part): encodings detected or set with
//! `encoding:`, delimiters detected or set with `delimiter:`, physical line
//! numbers in CRLF files, and bytes that do not decode refused at their place.
//! Each case builds a twin of the UTF-8 fixture and requires the same figures.

use super::fixture::{COMPLAINTS, Fixture, PROJECT, RESPONSES};

/// Chinese text in the fixture, so that the encodings differ in their bytes.
fn chinese(text: &str) -> String {
    text.replace("North", "华北")
        .replace("South", "华南")
        .replace("Late", "上门超时")
}

/// The observation table of a project, as CSV.
fn table(f: &Fixture) -> String {
    let out = f.run(&["indicators", "--format", "csv", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout
}

/// A fixture whose files are given as bytes.
fn with_bytes(files: &[(&str, Vec<u8>)], project: &str) -> Fixture {
    let f = Fixture::with(&[("csbook.yaml", project)]);
    for (name, bytes) in files {
        std::fs::write(f.path().join(name), bytes).unwrap();
    }
    f
}

fn utf8_twin() -> Fixture {
    Fixture::with(&[
        ("responses.csv", &chinese(RESPONSES)),
        ("complaints.csv", &chinese(COMPLAINTS)),
    ])
}

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

#[test]
fn gbk_files_give_the_same_figures_with_and_without_encoding() {
    let expected = table(&utf8_twin());
    assert!(expected.contains("华南"), "{expected}");
    let files = [
        ("responses.csv", gbk(&chinese(RESPONSES))),
        ("complaints.csv", gbk(&chinese(COMPLAINTS))),
    ];
    assert_eq!(table(&with_bytes(&files, PROJECT)), expected, "detected");
    let forced = PROJECT
        .replace(
            "  responses: responses.csv",
            "  responses: responses.csv\n  encoding: gbk",
        )
        .replace(
            "  segments: [region]",
            "  segments: [region]\n  encoding: gb18030",
        );
    assert_eq!(table(&with_bytes(&files, &forced)), expected, "forced");
    // The data-quality page says how each file was read.
    let f = with_bytes(&files, PROJECT);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let quality = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    assert!(
        quality.contains("<td>GBK, delimiter <code>,</code></td>"),
        "{quality}"
    );
}

#[test]
fn utf16_files_with_a_bom_give_the_same_figures() {
    let expected = table(&utf8_twin());
    let utf16 = |text: &str, le: bool| {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            out.extend(if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    };
    let files = [
        ("responses.csv", utf16(&chinese(RESPONSES), true)),
        ("complaints.csv", utf16(&chinese(COMPLAINTS), false)),
    ];
    assert_eq!(table(&with_bytes(&files, PROJECT)), expected);
}

#[test]
fn semicolon_and_tab_files_with_and_without_delimiter() {
    let expected = table(&utf8_twin());
    for (delimiter, written) in [(";", ";"), ("\t", "\"\\t\""), ("|", "\"|\"")] {
        let files = [
            (
                "responses.csv",
                chinese(RESPONSES).replace(',', delimiter).into_bytes(),
            ),
            (
                "complaints.csv",
                chinese(COMPLAINTS).replace(',', delimiter).into_bytes(),
            ),
        ];
        assert_eq!(
            table(&with_bytes(&files, PROJECT)),
            expected,
            "detected {delimiter:?}"
        );
        let forced = PROJECT
            .replace(
                "  responses: responses.csv",
                &format!("  responses: responses.csv\n  delimiter: {written}"),
            )
            .replace(
                "  segments: [region]",
                &format!("  segments: [region]\n  delimiter: {written}"),
            );
        assert_eq!(
            table(&with_bytes(&files, &forced)),
            expected,
            "forced {delimiter:?}"
        );
    }
}

#[test]
fn a_wrong_delimiter_is_named() {
    let project = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  delimiter: \",\"",
    );
    let f = with_bytes(
        &[("responses.csv", RESPONSES.replace(',', ";").into_bytes())],
        &project,
    );
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "responses.csv:1: the header is one column when split at `,`, but it holds `;`"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("delimiter: \";\""), "{}", out.stderr);
    let bad = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  delimiter: \"#\"\n  encoding: klingon",
    );
    let out = Fixture::with(&[("csbook.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    for needle in [
        "csbook.yaml:9:14: delimiter `#`",
        "csbook.yaml:10:13: unknown encoding `klingon`",
    ] {
        assert!(out.stderr.contains(needle), "{needle}: {}", out.stderr);
    }
}

#[test]
fn crlf_files_report_physical_lines_also_after_quoted_newlines() {
    // Line 4 holds a quoted value over two lines, so the bad answer of the
    // record starting on line 6 is on physical line 6.
    let responses = "response_id,date,region,email,q_overall,nps,p1\r\n\
        r1,2025-01-03,North,a@example.com,7,10,1\r\n\
        r2,2025-01-09,North,,6,9,2\r\n\
        r3,2025-01-15,\"South\r\nEast\",,5,8,5\r\n\
        r4,2025-01-20,South,,x,3,99\r\n";
    for (name, text) in [
        ("crlf", responses.to_string()),
        ("lf", responses.replace("\r\n", "\n")),
    ] {
        let f = Fixture::with(&[("responses.csv", &text)]);
        let out = f.run(&["check", "--quiet"]);
        assert_eq!(out.code, 1, "{name}");
        assert!(
            out.stderr.contains("responses.csv:6:5: value `x`"),
            "{name}: {}",
            out.stderr
        );
    }
}

#[test]
fn bytes_that_do_not_decode_are_refused_at_their_place() {
    // A UTF-8 file (its first 64 KiB are ASCII) with a GBK value later on.
    let mut responses = String::from("response_id,date,region,email,q_overall,nps,p1\n");
    for i in 0..3000 {
        responses.push_str(&format!("r{i},2025-01-03,North,,5,5,3\n"));
    }
    let mut bytes = responses.into_bytes();
    bytes.extend(b"late,2025-01-04,");
    bytes.extend(gbk("华南"));
    bytes.extend(b",,5,5,3\n");
    let f = with_bytes(&[("responses.csv", bytes)], PROJECT);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("responses.csv:3002:3: the value holds bytes that are not valid UTF-8")
            && out.stderr.contains("encoding: gbk"),
        "{}",
        out.stderr
    );
    // Under `skip` only that row is left out.
    let skip = PROJECT.replace("min_cell_size: 1", "min_cell_size: 1\non_invalid: skip");
    let f = with_bytes(
        &[(
            "responses.csv",
            std::fs::read(f.path().join("responses.csv")).unwrap(),
        )],
        &skip,
    );
    let t = table(&f);
    assert!(
        t.lines()
            .any(|l| l.starts_with("responses,2025-01,all,,,,,3000.0,3000,")),
        "{t}"
    );
    // A lead byte without its trail byte in a file read as GBK.
    let mut bytes = gbk(&chinese(COMPLAINTS));
    bytes.extend(b"k9,2025-01-08 10:00,");
    bytes.push(0x81);
    bytes.extend(b",North,,Z,1\n");
    let project = PROJECT.replace(
        "  segments: [region]",
        "  segments: [region]\n  encoding: gbk",
    );
    let out = with_bytes(&[("complaints.csv", bytes)], &project).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("complaints.csv:5:3: the value holds bytes that are not valid GBK"),
        "{}",
        out.stderr
    );
}

#[test]
fn gbk_markdown_and_yaml_are_read_and_bad_bytes_located() {
    let f = Fixture::with(&[(
        "csbook.yaml",
        &PROJECT.replace("language: en", "language: zh-CN"),
    )]);
    std::fs::create_dir_all(f.path().join("content")).unwrap();
    std::fs::write(
        f.path().join("content/a.md"),
        gbk("---\ntitle: 服务承诺\n---\n\n上门超时的原因。\n"),
    )
    .unwrap();
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let page = std::fs::read_to_string(f.path().join("site/chapters/a.html")).unwrap();
    assert!(page.contains("上门超时的原因。"), "{page}");
    // Chinese text with one byte that is neither UTF-8 nor GBK (0xFF).
    let mut bytes = gbk("---\ntitle: 服务\n---\n\n上门超时的原因。");
    bytes.extend(b"\xff\n");
    std::fs::write(f.path().join("content/a.md"), bytes).unwrap();
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("content/a.md:5:"), "{}", out.stderr);
}

/// `YYYY-MM-DD` to `M/D/YYYY`, as US exports (CFPB) write dates.
fn us_dates(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let mut fields: Vec<String> = line
            .trim_end_matches('\n')
            .split(',')
            .map(String::from)
            .collect();
        for f in fields.iter_mut() {
            let (date, time) = f.split_once(' ').map_or((f.as_str(), ""), |(d, t)| (d, t));
            let p: Vec<&str> = date.split('-').collect();
            if p.len() == 3 && p[0].len() == 4 {
                let us = format!(
                    "{}/{}/{}",
                    p[1].trim_start_matches('0'),
                    p[2].trim_start_matches('0'),
                    p[0]
                );
                *f = if time.is_empty() {
                    us
                } else {
                    format!("{us} {time}")
                };
            }
        }
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

#[test]
fn us_dates_with_date_format_give_the_same_figures() {
    let expected = table(&utf8_twin());
    let responses = us_dates(&chinese(RESPONSES));
    let complaints = us_dates(&chinese(COMPLAINTS));
    assert!(responses.contains("1/3/2025"), "{responses}");
    let project = PROJECT
        .replace(
            "  responses: responses.csv",
            "  responses: responses.csv\n  date_format: \"%m/%d/%Y\"",
        )
        .replace(
            "  segments: [region]",
            "  segments: [region]\n  date_format: [\"%m/%d/%Y %H:%M\", \"%m/%d/%Y\"]",
        );
    let f = Fixture::with(&[
        ("csbook.yaml", &project),
        ("responses.csv", &responses),
        ("complaints.csv", &complaints),
    ]);
    assert_eq!(table(&f), expected);
    // Without `date_format` an ambiguous date is an error that suggests it.
    let f = Fixture::with(&[("responses.csv", &responses)]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("responses.csv:2:2: date `1/3/2025` is ambiguous")
            && out.stderr.contains("date_format"),
        "{}",
        out.stderr
    );
    // A pattern that cannot read a whole date is refused at its line.
    let bad = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  date_format: \"%m/%Y\"",
    );
    let out = Fixture::with(&[("csbook.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("csbook.yaml:9:16: date_format `%m/%Y` does not read a whole date"),
        "{}",
        out.stderr
    );
}

#[test]
fn survey_shapes_without_ids_dates_or_with_extra_header_rows() {
    // Responses of January 2025 only, so that an undated wave is comparable.
    let january: String = RESPONSES
        .lines()
        .filter(|l| !l.contains("2025-02"))
        .map(|l| format!("{l}\n"))
        .collect();
    let complaints: String = COMPLAINTS
        .lines()
        .filter(|l| !l.contains("2025-02"))
        .map(|l| format!("{l}\n"))
        .collect();
    let expected = table(&Fixture::with(&[
        ("responses.csv", &january),
        ("complaints.csv", &complaints),
    ]));

    // No id column.
    let no_ids: String = january
        .lines()
        .map(|l| format!("{}\n", l.split_once(',').unwrap().1))
        .collect();
    let project = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  id_column: none",
    );
    let f = Fixture::with(&[
        ("csbook.yaml", &project),
        ("responses.csv", &no_ids),
        ("complaints.csv", &complaints),
    ]);
    assert_eq!(table(&f), expected, "id_column: none");
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let quality = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    assert!(quality.contains("duplicates cannot be found"), "{quality}");

    // No date column: one wave.
    let undated: String = january
        .lines()
        .map(|l| {
            let mut f: Vec<&str> = l.split(',').collect();
            f.remove(1);
            format!("{}\n", f.join(","))
        })
        .collect();
    let project = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  period: 2025-01",
    );
    let f = Fixture::with(&[
        ("csbook.yaml", &project),
        ("responses.csv", &undated),
        ("complaints.csv", &complaints),
    ]);
    assert_eq!(table(&f), expected, "period");

    // Three header rows (a Qualtrics export): names, question texts, import ids.
    let (head, rows) = january.split_once('\n').unwrap();
    let qualtrics = format!(
        "{head}\nResponse ID,Recorded date,Region,E-mail,\"Overall, how satisfied?\",Recommend?,Reliability\n\
         {{\"ImportId\":\"_recordId\"}},{{\"ImportId\":\"recordedDate\"}},a,b,c,d,e\n{rows}"
    );
    let project = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.csv\n  header_rows: 3",
    );
    let f = Fixture::with(&[
        ("csbook.yaml", &project),
        ("responses.csv", &qualtrics),
        ("complaints.csv", &complaints),
    ]);
    assert_eq!(table(&f), expected, "header_rows");
    // Line numbers still count the skipped rows.
    let bad = qualtrics.replacen(",7,10,", ",x,10,", 1);
    let f = Fixture::with(&[("csbook.yaml", &project), ("responses.csv", &bad)]);
    let out = f.run(&["check", "--quiet"]);
    assert!(
        out.stderr.contains("responses.csv:4:5: value `x`"),
        "{}",
        out.stderr
    );
}

#[test]
fn verbal_answers_through_labels() {
    let expected = table(&utf8_twin());
    let instrument = super::fixture::INSTRUMENT.replace(
        "  - id: q_overall\n    role: overall\n    scale: 1-7\n",
        "  - id: q_overall\n    role: overall\n    scale: 1-7\n    labels: {非常满意: 7, 满意: 6, 较满意: 5, 一般: 4, 较不满意: 3, 不满意: 2, 很不满意: 1}\n",
    );
    let verbal = chinese(RESPONSES)
        .replace(",7,10,", ",非常满意,10,")
        .replace(",6,9,", ",满意,9,")
        .replace(",2,3,", ",不满意,3,");
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &verbal),
        ("complaints.csv", &chinese(COMPLAINTS)),
    ]);
    assert_eq!(table(&f), expected);
    // An unknown answer text lists the labels.
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &verbal.replace("非常满意", "超级满意")),
    ]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("responses.csv:2:5: value `超级满意` for item `q_overall` is neither a whole number nor one of its labels")
            && out.stderr.contains("非常满意, 满意, 较满意"),
        "{}",
        out.stderr
    );
    // A label outside the scale is refused in the instrument.
    let bad = instrument.replace("非常满意: 7", "非常满意: 8");
    let out = Fixture::with(&[("instrument.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("instrument.yaml:7:") && out.stderr.contains("outside the scale 1-7"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_xlsx_file_with_date_cells_equals_its_csv_twin() {
    let expected = table(&Fixture::with(&[]));
    let dir = super::fixture::repo_root().join("tests/fixtures/excel");
    let book = std::fs::read(dir.join("responses.xlsx")).unwrap();
    let project = PROJECT.replace(
        "  responses: responses.csv",
        "  responses: responses.xlsx\n  sheet: Responses",
    );
    let f = with_bytes(&[("responses.xlsx", book.clone())], &project);
    assert_eq!(table(&f), expected);
    // The 1904 date system of old Mac Excel stores the same dates 1,462 days lower.
    let mac = std::fs::read(dir.join("mac1904.xlsx")).unwrap();
    let f = with_bytes(&[("responses.xlsx", mac)], &project);
    assert_eq!(table(&f), expected);
    // A sheet that does not exist is named with the sheets there are.
    let wrong = project.replace("sheet: Responses", "sheet: Responses2");
    let out = with_bytes(&[("responses.xlsx", book)], &wrong).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("responses.xlsx: the workbook has no sheet `Responses2` (did you mean `Responses`?); its sheets are: Notes, Responses"),
        "{}",
        out.stderr
    );
    // A bad cell is named by its address.
    let bad = std::fs::read(dir.join("bad.xlsx")).unwrap();
    let project = PROJECT.replace("  responses: responses.csv", "  responses: responses.xlsx");
    let out = with_bytes(&[("responses.xlsx", bad)], &project).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("responses.xlsx[Responses]!F4: value `lots` for item `nps`"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_binary_item_gives_the_share_of_yes_and_short_scales_are_refused() {
    let instrument = super::fixture::INSTRUMENT.replace(
        "  - id: q_overall\n    role: overall\n    scale: 1-7\n",
        "  - id: q_overall\n    role: overall\n    scale: binary\n    positive: [1, yes, 是]\n",
    );
    // January: yes, 是, no, 0 -> 2 of 4 satisfied; February: yes -> 1 of 1.
    let responses = RESPONSES
        .replace(
            "r1,2025-01-03,North,a@example.com,7,",
            "r1,2025-01-03,North,a@example.com,yes,",
        )
        .replace("r2,2025-01-09,North,,6,", "r2,2025-01-09,North,,是,")
        .replace("r3,2025-01-15,South,,5,", "r3,2025-01-15,South,,no,")
        .replace("r4,2025-01-20,South,,2,", "r4,2025-01-20,South,,0,")
        .replace("r5,2025-02-02,North,,4,", "r5,2025-02-02,North,,1,");
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &responses),
    ]);
    let t = table(&f);
    let csat = |period: &str| {
        t.lines()
            .find(|l| l.starts_with(&format!("csat,{period},all,")))
            .map(String::from)
            .unwrap_or_default()
    };
    assert!(
        csat("2025-01").starts_with("csat,2025-01,all,,,,,50.0,4,"),
        "{t}"
    );
    assert!(
        csat("2025-02").starts_with("csat,2025-02,all,,,,,100.0,1,"),
        "{t}"
    );
    // An answer that is neither yes nor no is an error.
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &responses.replace(",yes,", ",maybe,")),
    ]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("responses.csv:2:5: value `maybe`"),
        "{}",
        out.stderr
    );
    // CSAT of a two-point scale would be 100 % by construction: refused.
    let short = super::fixture::INSTRUMENT.replace(
        "role: overall\n    scale: 1-7",
        "role: overall\n    scale: 1-2",
    );
    let out = Fixture::with(&[("instrument.yaml", &short)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("instrument.yaml:6:12") && out.stderr.contains("scale: binary"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_top_third_never_used_is_a_warning_in_check_and_on_the_quality_page() {
    // q_overall declared 1-10 but answered 1-5 (as Skytrax until 2015-06).
    let instrument = super::fixture::INSTRUMENT.replace(
        "role: overall\n    scale: 1-7",
        "role: overall\n    scale: 1-10",
    );
    let mut responses = String::from("response_id,date,region,email,q_overall,nps,p1\n");
    for i in 0..40 {
        responses.push_str(&format!(
            "r{i},2025-01-03,North,,{},8,{}\n",
            1 + i % 5,
            1 + i % 5
        ));
    }
    responses.push_str("late,2025-02-03,North,,9,8,3\n");
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &responses),
    ]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning: responses.csv: item `q_overall`: no answer used 8-10 (the top third of the declared scale 1-10) in 1 month (2025-01), among 40 answers"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.matches("warning:").count(), 1, "{}", out.stderr);
    assert_eq!(f.run(&["build", "--quiet"]).code, 0);
    let page = std::fs::read_to_string(f.path().join("site/quality.html")).unwrap();
    assert!(
        page.contains("<td>8-10 / 1-10</td><td>2025-01</td><td>40</td>"),
        "{page}"
    );
}

/// `scale_from`: the overall item was 1-7 until 2025-01-14 and 1-10 from
/// 2025-01-15. Worked by hand: r1 7 and r2 6 were on 1-7, so on 1-10 they
/// count as 1 + 6 × 9/6 = 10 and 1 + 5 × 1.5 = 8.5, and both are in the top
/// two of 1-7 (satisfied); r3 5 and r4 2 are on 1-10 (not satisfied, and below
/// its midpoint). January: mean (10 + 8.5 + 5 + 2) / 4 = 6.375, CSAT 50 %,
/// dissatisfied 50 %. February: r5 4 on 1-10. Q1: 29.5 / 5 = 5.9.
#[test]
fn a_scale_change_at_a_date() {
    let instrument = super::fixture::INSTRUMENT.replace(
        "role: overall\n    scale: 1-7\n",
        "role: overall\n    scale: 1-7\n    scale_from: {2025-01-15: 1-10}\n",
    );
    let f = Fixture::with(&[("instrument.yaml", &instrument)]);
    let t = table(&f);
    let value = |indicator: &str, period: &str| -> f64 {
        let line = t
            .lines()
            .find(|l| l.starts_with(&format!("{indicator},{period},all,,,,,")))
            .unwrap_or_else(|| panic!("no {indicator} {period} in\n{t}"));
        line.split(',').nth(7).unwrap().parse().unwrap()
    };
    let close = |a: f64, b: f64| assert!((a - b).abs() < 1e-9, "{a} != {b}");
    close(value("overall_mean", "2025-01"), 6.375);
    close(value("csat", "2025-01"), 50.0);
    close(value("dissatisfied", "2025-01"), 50.0);
    close(value("overall_mean", "2025-02"), 4.0);
    close(value("csat", "2025-02"), 0.0);
    close(value("overall_mean", "2025-Q1"), 5.9);
    // The answer distribution of a changed scale is not published.
    assert!(
        !t.lines()
            .any(|l| l.starts_with("answer_share,") && l.contains(",q_overall,")),
        "{t}"
    );

    // An answer checked against the scale of its day: 9 on 2025-01-03 is out.
    let responses = RESPONSES.replace(
        "r1,2025-01-03,North,a@example.com,7,",
        "r1,2025-01-03,North,a@example.com,9,",
    );
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &responses),
    ]);
    let out = f.run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains(
            "responses.csv:2:5: value `9` for item `q_overall` is outside the item's scale; expected a whole number in 1-7 (its scale before 2025-01-15)"
        ),
        "{}",
        out.stderr
    );
    // 9 on 2025-01-15 is on the new scale.
    let responses = RESPONSES.replace("r3,2025-01-15,South,,5,", "r3,2025-01-15,South,,9,");
    let f = Fixture::with(&[
        ("instrument.yaml", &instrument),
        ("responses.csv", &responses),
    ]);
    close(
        {
            let t = table(&f);
            let line = t
                .lines()
                .find(|l| l.starts_with("overall_mean,2025-01,all,"))
                .unwrap()
                .to_string();
            line.split(',').nth(7).unwrap().parse().unwrap()
        },
        (10.0 + 8.5 + 9.0 + 2.0) / 4.0,
    );

    // NPS keeps 0-10, a date must be a date.
    let bad = instrument
        .replace(
            "role: nps\n    scale: 0-10\n",
            "role: nps\n    scale: 0-10\n    scale_from: {2025-01-01: 1-5}\n",
        )
        .replace("2025-01-15: 1-10", "15.01.2025: 1-10");
    let out = Fixture::with(&[("instrument.yaml", &bad)]).run(&["check", "--quiet"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("`15.01.2025` in scale_from of item `q_overall` is not a date"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("item `nps` cannot change scale"),
        "{}",
        out.stderr
    );
}
