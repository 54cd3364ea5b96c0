//! `csbook new`: a working project to start from, with sample data, a chapter,
//! a month's commentary and the same GitHub workflows as csbook's own repository.

use std::fs;
use std::path::Path;

use crate::error::{Error, Problem, Result};
use crate::language::Language;
use crate::msg;

const INSTRUMENT: &str = include_str!("scaffold/instrument.yaml");
const RESPONSES: &str = include_str!("scaffold/responses.csv");
const COMPLAINTS: &str = include_str!("scaffold/complaints.csv");
const TEST_WORKFLOW: &str = include_str!("../.github/workflows/test.yml");
const PAGES_WORKFLOW: &str = include_str!("../.github/workflows/pages.yml");

/// The language of `csbook new --lang` (the default, Chinese, when it is
/// not a language's code).
fn language(lang: &str) -> Language {
    Language::ALL
        .into_iter()
        .find(|l| l.code() == lang)
        .unwrap_or_default()
}

fn project_file(lang: &str) -> String {
    let language = language(lang);
    let title = msg!("scaffold-title").render(language);
    let regions = msg!("scaffold-region").render(language);
    let channels = msg!("scaffold-channel").render(language);
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

/// The sample chapter and month's commentary of a new project, by language:
/// files written as they are, so kept as files rather than catalogue entries.
const PAGES: [(Language, &str, &str); 2] = [
    (
        Language::En,
        include_str!("scaffold/en/01-reading.md"),
        include_str!("scaffold/en/2026-10.md"),
    ),
    (
        Language::ZhCn,
        include_str!("scaffold/zh-CN/01-reading.md"),
        include_str!("scaffold/zh-CN/2026-10.md"),
    ),
];

fn pages(language: Language) -> (&'static str, &'static str) {
    PAGES
        .iter()
        .find(|p| p.0 == language)
        .map(|p| (p.1, p.2))
        .expect("every language has its sample pages")
}

/// Creates a new project in `dir`, which must not exist or be empty.
///
/// # Errors
/// When `dir` has files in it, or a file cannot be written.
pub fn create(dir: &Path, lang: &str) -> Result<()> {
    if dir.exists() && fs::read_dir(dir).map_err(Error::io(dir))?.next().is_some() {
        return Err(Error::Invalid(vec![Problem::new(
            dir,
            msg!("folder-not-empty"),
        )]));
    }
    let (chapter, commentary) = pages(language(lang));
    let files: [(&str, &str); 9] = [
        ("csbook.yaml", &project_file(lang)),
        ("data/instrument.yaml", INSTRUMENT),
        ("data/responses.csv", RESPONSES),
        ("data/complaints.csv", COMPLAINTS),
        ("content/chapters/01-reading.md", chapter),
        ("content/commentary/2026-10.md", commentary),
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
