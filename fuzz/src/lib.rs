//! Shared by the fuzz targets: a tiny valid csbook project in a temporary
//! folder (made once per process), one file of which a target replaces with
//! the fuzzer's input before running `csbook::check`, and an oracle for the
//! HTML that markdown rendering emits.
//!
//! Every target must never panic: errors (`Err`) are the expected answer to
//! bad input. Set `CSBOOK_FUZZ_SHOW=1` to print each check's result, e.g.
//! when running a target on one seed: `cargo fuzz run csv_reader seeds/csv_reader/tiny.csv`.

use std::path::Path;
use std::sync::OnceLock;

pub const PROJECT: &str = "title: Fuzz
language: en
min_cell_size: 1
on_invalid: skip
segments:
  - id: region
survey:
  instrument: instrument.yaml
  responses: responses.csv
complaints:
  files: complaints.csv
  columns: {id: complaint_id, received: received_at, category: category, resolved: resolved_at}
  segments: [region]
personal_data: [email]
targets:
  nps: 20
";

pub const INSTRUMENT: &str = "id: tiny
title: {en: \"Tiny survey\"}
na_codes: [99]
dimensions:
  reliability: {en: \"Reliability\"}
items:
  - id: q_overall
    role: overall
    scale: 1-7
  - id: nps
    role: nps
    scale: 0-10
  - id: p1
    role: perception
    dimension: reliability
    scale: 1-5
    reverse: true
  - id: e1
    role: expectation
    dimension: reliability
    pair: p1
    scale: 1-5
";

pub const RESPONSES: &str = "response_id,date,region,email,q_overall,nps,p1,e1
r1,2025-01-03,North,a@example.com,7,10,1,2
r2,2025-01-09,North,,6,9,2,3
r3,2025-01-15,South,,5,8,5,4
r4,2025-01-20,South,,2,3,99,5
r5,2025-02-02,North,,4,6,,3
r6,2025-02-11,South,,3,2,4,4
";

pub const COMPLAINTS: &str = "complaint_id,received_at,category,region,resolved_at
k1,2025-01-05 10:00,Late,North,2025-01-06 10:00
k2,2025-01-07 11:30,Late,South,
k3,2025-02-01 09:00,Billing,North,2025-02-01 12:00
";

/// The front matter of the commentary file the markdown target writes.
pub const COMMENTARY_FRONT: &str = "---\ntitle: x\nperiod: 2025-01\n---\n";

pub const COMMENTARY: &str = "NPS was {{ value(\"nps\") }} ({{ change(\"nps\") }}), from {{ value(\"responses\") }} responses.\n";

/// The project's files, as (path relative to the root, content).
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("csbook.yaml", PROJECT.into()),
        ("instrument.yaml", INSTRUMENT.into()),
        ("responses.csv", RESPONSES.into()),
        ("complaints.csv", COMPLAINTS.into()),
        ("content/x.md", format!("{COMMENTARY_FRONT}\n{COMMENTARY}")),
    ]
}

/// The project folder of this process, written on first use.
pub fn root() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        remove_stale();
        // libFuzzer ends with `exit`, which drops no static: the folder is
        // named after the process so that a later run can remove it.
        let dir = tempfile::Builder::new()
            .prefix(&format!("csbook-fuzz-{}-", std::process::id()))
            .tempdir()
            .expect("temp dir");
        for (name, text) in files() {
            write(dir.path(), name, text.as_bytes());
        }
        dir
    })
    .path()
}

/// Removes the project folders of fuzzing processes that no longer run.
fn remove_stale() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("csbook-fuzz-"))
            .and_then(|n| n.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn write(root: &Path, name: &str, bytes: &[u8]) {
    let path = root.join(name);
    std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// Replaces `name` in the project with `bytes` and checks the project. Only
/// the one file a target owns is ever replaced, so the rest stays valid.
pub fn check_with(name: &str, bytes: &[u8]) {
    let root = root();
    write(root, name, bytes);
    let result = csbook::check(root, &csbook::progress::Progress::quiet());
    if std::env::var_os("CSBOOK_FUZZ_SHOW").is_some() {
        match &result {
            Ok(summary) => eprintln!("check ok: {summary:?}"),
            Err(e) => eprintln!("check error: {e}"),
        }
    }
}

/// Panics if `html` has a tag that could run script: a `<script>`-like
/// element, an `on…` event attribute, an attribute name that is not a name
/// (what an unescaped quote inside a value leaves behind), or a URL attribute
/// whose scheme, as a browser reads it, is `javascript:`, `vbscript:` or `data:`.
pub fn assert_safe_html(html: &str) {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        i = start + 1;
        let rest = &html[i..];
        if rest.starts_with('/') || rest.starts_with('!') || rest.starts_with('?') {
            continue;
        }
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(rest.len());
        if name_len == 0 {
            continue;
        }
        let tag = rest[..name_len].to_ascii_lowercase();
        assert!(
            !matches!(
                tag.as_str(),
                "script"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "style"
                    | "base"
                    | "form"
                    | "meta"
                    | "link"
            ),
            "unsafe element <{tag}> in {html:?}"
        );
        let mut j = i + name_len;
        loop {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if j >= bytes.len() {
                panic!("unterminated tag <{tag} in {html:?}");
            }
            if bytes[j] == b'>' {
                break;
            }
            if bytes[j] == b'/' && bytes.get(j + 1) == Some(&b'>') {
                j += 1;
                break;
            }
            let name_start = j;
            while j < bytes.len()
                && !matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | b'=' | b'>' | b'/')
            {
                j += 1;
            }
            let attr = html[name_start..j].to_ascii_lowercase();
            assert!(
                !attr.is_empty()
                    && attr
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':'),
                "malformed attribute name {attr:?} in <{tag}> of {html:?}"
            );
            assert!(
                !attr.starts_with("on"),
                "event attribute {attr:?} in <{tag}> of {html:?}"
            );
            let mut value = "";
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                let quote = bytes.get(j).copied();
                assert!(
                    matches!(quote, Some(b'"')),
                    "attribute {attr:?} of <{tag}> is not double-quoted in {html:?}"
                );
                let vstart = j + 1;
                let vend = html[vstart..]
                    .find('"')
                    .map(|k| vstart + k)
                    .unwrap_or_else(|| panic!("unterminated attribute {attr:?} in {html:?}"));
                value = &html[vstart..vend];
                j = vend + 1;
            }
            if matches!(
                attr.as_str(),
                "href" | "src" | "xlink:href" | "action" | "formaction"
            ) {
                let seen: String = decode_entities(value)
                    .chars()
                    .filter(|&c| c > ' ')
                    .collect::<String>()
                    .to_ascii_lowercase();
                for bad in ["javascript:", "vbscript:", "data:"] {
                    assert!(
                        !seen.starts_with(bad),
                        "{bad} URL in {attr} of <{tag}>: {value:?} in {html:?}"
                    );
                }
            }
        }
        i = j;
    }
}

/// Decodes the character references a browser would in an attribute value
/// (numeric ones and the few named ones that spell a scheme).
fn decode_entities(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
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
