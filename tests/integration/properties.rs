//! Property tests (proptest) on the library's entry points, the stable-toolchain
//! counterpart of the cargo-fuzz targets in `fuzz/`: markdown rendering never
//! panics and never publishes a `javascript:` link or an anchor whose `href`
//! an unescaped quote breaks out of; arbitrary CSV bytes and project-file text
//! through `csbook::check` on a small project never panic (errors are fine).
//! Few cases each, so that `cargo test` stays fast; `PROPTEST_CASES=N` runs more.

use std::path::Path;

use csbook::project::Language;
use csbook::render::markdown::render;
use proptest::prelude::*;
use proptest::test_runner::Config;

use super::fixture::{COMPLAINTS, INSTRUMENT, PROJECT, RESPONSES};

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(cases),
        // A failure prints its minimal input; nothing is written to the tree.
        failure_persistence: None,
        ..Config::default()
    }
}

/// The fixture project with `skip` for invalid rows, in a folder of its own.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = PROJECT.replace("min_cell_size: 1", "min_cell_size: 1\non_invalid: skip");
    for (name, text) in [
        ("csbook.yaml", project.as_str()),
        ("instrument.yaml", INSTRUMENT),
        ("responses.csv", RESPONSES),
        ("complaints.csv", COMPLAINTS),
        (
            "content/x.md",
            "---\ntitle: x\nperiod: 2025-01\n---\nNPS {{ value(\"nps\") }}\n",
        ),
    ] {
        write(dir.path(), name, text.as_bytes());
    }
    dir
}

fn write(root: &Path, name: &str, bytes: &[u8]) {
    let path = root.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn check(root: &Path) {
    // Ok or Err are both answers; a panic fails the property.
    let _ = csbook::check(root, &csbook::progress::Progress::quiet());
}

/// Decodes the character references a browser decodes in an attribute value
/// (numeric ones and the named ones that can spell a scheme).
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&e| e <= 12).and_then(|e| {
            let body = &rest[1..e];
            let c = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = body.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                match body {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "colon" => Some(':'),
                    "Tab" => Some('\t'),
                    "NewLine" => Some('\n'),
                    _ => None,
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The attributes of every `<a …>` tag of `html`, as (name, raw value); an
/// error where a tag does not parse as double-quoted `name="value"` pairs
/// (what an unescaped quote inside a value leaves behind).
fn anchors(html: &str) -> Result<Vec<Vec<(String, String)>>, String> {
    let mut tags = Vec::new();
    for (start, _) in html.match_indices("<a ") {
        let mut rest = &html[start + 3..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let eq = rest
                .find('=')
                .ok_or_else(|| format!("attribute without a value at {rest:?}"))?;
            let name = &rest[..eq];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(format!("malformed attribute name {name:?}"));
            }
            let value_start = rest[eq + 1..]
                .strip_prefix('"')
                .ok_or_else(|| format!("attribute {name} is not double-quoted"))?;
            let end = value_start
                .find('"')
                .ok_or_else(|| format!("attribute {name} is not closed"))?;
            attrs.push((name.to_string(), value_start[..end].to_string()));
            rest = &value_start[end + 1..];
        }
        let _ = rest;
        tags.push(attrs);
    }
    Ok(tags)
}

/// The properties every rendered page must have.
fn assert_safe(markdown: &str, html: &str) -> Result<(), TestCaseError> {
    let tags = anchors(html)
        .map_err(|e| TestCaseError::fail(format!("{e}\nmarkdown: {markdown:?}\nhtml: {html}")))?;
    for attrs in tags {
        for (name, value) in attrs {
            prop_assert!(
                matches!(
                    name.as_str(),
                    "href" | "title" | "class" | "aria-label" | "id"
                ),
                "unexpected attribute {name:?} on a link\nmarkdown: {markdown:?}\nhtml: {html}"
            );
            if name == "href" {
                let seen: String = decode(&value)
                    .chars()
                    .filter(|&c| c > ' ')
                    .collect::<String>()
                    .to_ascii_lowercase();
                prop_assert!(
                    !seen.starts_with("javascript:") && !seen.starts_with("vbscript:"),
                    "script URL {value:?}\nmarkdown: {markdown:?}\nhtml: {html}"
                );
            }
        }
    }
    let lower = html.to_ascii_lowercase();
    prop_assert!(
        !lower.contains("<script") && !lower.contains("href=\"javascript:"),
        "script in\nmarkdown: {markdown:?}\nhtml: {html}"
    );
    Ok(())
}

/// Heading text: words, markup characters, quotes, entities and scheme-like text.
fn heading_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9 ]{0,8}",
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("<".to_string()),
            Just(">".to_string()),
            Just("&".to_string()),
            Just("&quot;".to_string()),
            Just("javascript:alert(1)".to_string()),
            Just("`code\"`".to_string()),
            Just("净推荐值".to_string()),
            Just("*em*".to_string()),
            any::<char>().prop_map(String::from),
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat().replace(['\n', '\r'], " "))
}

/// An id for a `{#id}` heading attribute: no whitespace or `}`, but quotes,
/// angle brackets, ampersands and colons.
fn attribute_id() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z0-9_-]{1,6}",
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("<".to_string()),
            Just(">".to_string()),
            Just("&".to_string()),
            Just("&quot;".to_string()),
            Just("javascript:".to_string()),
            Just("\" onmouseover=\"x".to_string()),
        ],
        1..6,
    )
    .prop_map(|parts| parts.concat().replace([' ', '\t', '}'], ""))
}

/// Link destinations, most of them hostile.
fn url() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https://example.com/a?b=1&c=\"2\"".to_string()),
        Just("#top".to_string()),
        Just("page.html".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("JaVaScRiPt:alert(1)".to_string()),
        Just(" javascript:alert(1)".to_string()),
        Just("java\tscript:alert(1)".to_string()),
        Just("&#106;avascript:alert(1)".to_string()),
        Just("&#x6A;avascript&colon;alert(1)".to_string()),
        Just("javascript&colon;alert(1)".to_string()),
        Just("<javascript:alert(1)>".to_string()),
        Just("vbscript:msgbox(1)".to_string()),
        Just("data:text/html,<script>alert(1)</script>".to_string()),
        "[a-zA-Z:&#;/\"'<> ]{0,16}",
    ]
}

/// Markdown built from headings with text and ids, and links of every kind.
fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            (1..=6usize, heading_text()).prop_map(|(l, t)| format!("{} {t}\n\n", "#".repeat(l))),
            (1..=6usize, heading_text(), attribute_id())
                .prop_map(|(l, t, id)| format!("{} {t} {{#{id}}}\n\n", "#".repeat(l))),
            (heading_text(), attribute_id()).prop_map(|(t, id)| format!("{t} {{#{id}}}\n---\n\n")),
            (heading_text(), url()).prop_map(|(t, u)| format!("[{t}]({u})\n\n")),
            (heading_text(), url()).prop_map(|(t, u)| format!("![{t}]({u})\n\n")),
            (heading_text(), url()).prop_map(|(t, u)| format!("[{t}][r]\n\n[r]: {u}\n\n")),
            url().prop_map(|u| format!("<{u}>\n\n")),
            heading_text().prop_map(|t| format!("{t}\n\n")),
        ],
        1..6,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn markdown_of_headings_and_links_is_safe(markdown in document()) {
        for lang in [Language::En, Language::ZhCn] {
            if let Ok(rendered) = render(&markdown, lang) {
                assert_safe(&markdown, &rendered.html)?;
                // Each heading's anchor links to its id, whatever the id holds.
                let targets: Vec<String> = anchors(&rendered.html)
                    .expect("checked by assert_safe")
                    .into_iter()
                    .filter(|attrs| attrs.iter().any(|(n, v)| n == "class" && v == "anchor"))
                    .filter_map(|attrs| attrs.into_iter().find(|(n, _)| n == "href"))
                    .map(|(_, v)| decode(&v))
                    .collect();
                for h in &rendered.headings {
                    prop_assert!(
                        targets.contains(&format!("#{}", h.id)),
                        "no anchor to heading {h:?}\nmarkdown: {markdown:?}\nhtml: {}",
                        rendered.html
                    );
                }
            }
        }
    }

    #[test]
    fn arbitrary_markdown_never_panics(markdown in any::<String>()) {
        if let Ok(rendered) = render(&markdown, Language::En) {
            assert_safe(&markdown, &rendered.html)?;
        }
    }
}

/// A CSV line: cells that look like the fixture's, and some that do not.
fn csv_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,2}",
        Just("99".to_string()),
        Just(String::new()),
        Just("2025-01-03".to_string()),
        Just("2025-02-30".to_string()),
        Just("2025-01-03T10:00:00+08:00".to_string()),
        Just("North".to_string()),
        Just("\"a,\"\"b\"\"\"".to_string()),
        Just("-1e308".to_string()),
        Just("NaN".to_string()),
        any::<String>(),
    ]
}

/// The fixture's header or a shuffle of some of its columns and others.
fn csv_header() -> impl Strategy<Value = String> {
    const COLUMNS: [&str; 7] = [
        "response_id",
        "date",
        "region",
        "email",
        "q_overall",
        "nps",
        "p1",
    ];
    prop_oneof![
        3 => Just(COLUMNS.join(",")),
        1 => prop::sample::subsequence(
            vec!["response_id", "date", "region", "email", "q_overall", "nps", "p1", "extra", ""],
            0..=9,
        )
        .prop_shuffle()
        .prop_map(|c| c.join(",")),
    ]
}

fn csv_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..256),
        4 => (
            prop::bool::weighted(0.1),
            csv_header(),
            prop::collection::vec(
                prop_oneof![
                    4 => prop::collection::vec(csv_cell(), 7),
                    1 => prop::collection::vec(csv_cell(), 0..10),
                ],
                0..8,
            ),
            prop::bool::ANY,
        )
            .prop_map(|(bom, header, rows, crlf)| {
                let nl = if crlf { "\r\n" } else { "\n" };
                let mut text = if bom { "\u{feff}".to_string() } else { String::new() };
                text.push_str(&header);
                for row in rows {
                    text.push_str(nl);
                    text.push_str(&row.join(","));
                }
                text.into_bytes()
            }),
    ]
}

/// Project-file text: the fixture's lines, a few dropped or with their value
/// replaced, and top-level keys with odd values appended.
fn project_text() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just("0".to_string()),
        Just("-1".to_string()),
        Just("1e400".to_string()),
        Just(".nan".to_string()),
        Just("''".to_string()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("~".to_string()),
        Just("[region, region]".to_string()),
        Just("nosuch".to_string()),
        Just("../..".to_string()),
        Just("*alias".to_string()),
        "[a-zA-Z0-9 .:{}\\[\\],-]{0,16}",
        any::<String>().prop_map(|s| format!("{s:?}")),
    ];
    let top = prop_oneof![
        Just("language: zh-CN".to_string()),
        Just("timezone: Asia/Shanghai".to_string()),
        Just("timezone: Mars/Olympus".to_string()),
        Just("spc: {rules: western_electric, baseline: {from: 2025-02, to: 2025-01}}".to_string()),
        Just("spc: {rules: nelson, baseline: {from: 2025-01, to: 2025-01}}".to_string()),
        Just("iceberg: {complaint_share: 0.1, tells_per_dissatisfied: .nan}".to_string()),
        Just("targets: {nps: 1e300, csat: -5, nosuch: 1}".to_string()),
        Just("content_dir: ../..".to_string()),
        Just("output_dir: /".to_string()),
        Just("description: \"<script>alert(1)</script>\"".to_string()),
        "[a-z_]{1,12}: [a-zA-Z0-9 .:{}\\[\\],-]{0,16}",
    ];
    (
        prop::collection::vec(prop::bool::weighted(0.97), 16),
        prop::collection::vec((0..16usize, value), 0..3),
        prop::collection::vec(top, 0..3),
    )
        .prop_map(|(keep, edits, extra)| {
            let mut lines: Vec<String> = PROJECT.lines().map(str::to_string).collect();
            for (at, v) in edits {
                if let Some(line) = lines.get_mut(at)
                    && let Some(colon) = line.find(": ")
                {
                    line.truncate(colon + 2);
                    line.push_str(&v);
                }
            }
            let mut text: String = lines
                .iter()
                .zip(keep.iter().chain(std::iter::repeat(&true)))
                .filter(|(_, k)| **k)
                .map(|(l, _)| format!("{l}\n"))
                .collect();
            for l in extra {
                text.push_str(&l);
                text.push('\n');
            }
            text
        })
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn arbitrary_csv_through_check_never_panics(bytes in csv_bytes()) {
        let dir = project();
        write(dir.path(), "responses.csv", &bytes);
        check(dir.path());
    }

    #[test]
    fn arbitrary_project_file_through_check_never_panics(text in project_text()) {
        let dir = project();
        write(dir.path(), "csbook.yaml", text.as_bytes());
        check(dir.path());
    }
}
