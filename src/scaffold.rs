//! `csbook new`: a working project to start from, with sample data, a chapter,
//! a month's commentary and the same GitHub workflows as csbook's own repository.

use std::fs;
use std::path::Path;

use crate::error::{Error, Problem, Result};

const INSTRUMENT: &str = include_str!("scaffold/instrument.yaml");
const RESPONSES: &str = include_str!("scaffold/responses.csv");
const COMPLAINTS: &str = include_str!("scaffold/complaints.csv");
const TEST_WORKFLOW: &str = include_str!("../.github/workflows/test.yml");
const PAGES_WORKFLOW: &str = include_str!("../.github/workflows/pages.yml");

fn project_file(lang: &str) -> String {
    let (title, regions, channels) = if lang == "en" {
        ("Customer satisfaction handbook", "Region", "Channel")
    } else {
        ("客户满意度手册", "区域", "渠道")
    };
    format!(
        "# The csbook project file: see the csbook README for every key.
title: {title}
language: {lang}
min_cell_size: 10
on_invalid: fail
segments:
  - id: region
    label: {regions}
  - id: channel
    label: {channels}
survey:
  instrument: data/instrument.yaml
  responses: data/responses.csv
complaints:
  files: data/complaints.csv
  columns:
    id: complaint_id
    received: received_at
    category: category
    severity: severity
    resolved: resolved_at
  segments: [region]
personal_data: [email, customer_name, phone]
targets:
  nps: 20
  csat: 60
  complaints: 30
"
    )
}

fn chapter(lang: &str) -> &'static str {
    if lang == "en" {
        "---\ntitle: Reading this handbook\norder: 1\n---\n\n# Reading this handbook\n\nEach month has a report with its headline figures, trend charts and the analysts' commentary.\n\n| indicator | meaning |\n|---|---|\n| CSAT | share of answers 6 or 7 on the 1-7 overall item |\n| NPS | % promoters (9-10) minus % detractors (0-6) |\n"
    } else {
        "---\ntitle: 如何阅读本手册\norder: 1\n---\n\n# 如何阅读本手册\n\n每个月都有一份报告，包含核心指标、趋势图和分析师点评。\n\n| 指标 | 含义 |\n|---|---|\n| 满意率 | 总体满意度 1-7 分中选 6 或 7 的比例 |\n| NPS | 推荐者（9-10 分）占比减去贬损者（0-6 分）占比 |\n"
    }
}

fn commentary(lang: &str) -> &'static str {
    if lang == "en" {
        "---\ntitle: October 2026\nperiod: 2026-10\n---\n\nNPS was {{ value(\"nps\") }} this month ({{ change(\"nps\") }} against September), from {{ value(\"responses\") }} responses.\n"
    } else {
        "---\ntitle: 2026年10月点评\nperiod: 2026-10\n---\n\n本月 NPS 为 {{ value(\"nps\") }}，较上月 {{ change(\"nps\") }}，有效问卷 {{ value(\"responses\") }} 份。\n"
    }
}

/// Creates a new project in `dir`, which must not exist or be empty.
///
/// # Errors
/// When `dir` has files in it, or a file cannot be written.
pub fn create(dir: &Path, lang: &str) -> Result<()> {
    if dir.exists() && fs::read_dir(dir).map_err(Error::io(dir))?.next().is_some() {
        return Err(Error::Invalid(vec![Problem::new(
            dir,
            crate::msg!("folder-not-empty"),
        )]));
    }
    let files: [(&str, &str); 9] = [
        ("csbook.yaml", &project_file(lang)),
        ("data/instrument.yaml", INSTRUMENT),
        ("data/responses.csv", RESPONSES),
        ("data/complaints.csv", COMPLAINTS),
        ("content/chapters/01-reading.md", chapter(lang)),
        ("content/commentary/2026-10.md", commentary(lang)),
        (".github/workflows/test.yml", TEST_WORKFLOW),
        (".github/workflows/pages.yml", PAGES_WORKFLOW),
        (".gitignore", "/site\n"),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(Error::io(parent))?;
        }
        fs::write(&path, text).map_err(Error::io(&path))?;
    }
    Ok(())
}
