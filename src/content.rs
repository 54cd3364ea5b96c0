//! Markdown content: handbook chapters and monthly commentary.
//!
//! Every `.md` file under the content folder starts with YAML front matter
//! between `---` lines (title, order, optional period). A file with a `period`
//! is that month's commentary; any other file is a handbook chapter.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use walkdir::WalkDir;

use crate::error::{Error, Problem, Result};
use crate::period::Month;
use crate::project::Project;

/// A markdown file with its front matter parsed.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path shown in messages (relative to the project root).
    pub path: PathBuf,
    pub title: String,
    pub order: i64,
    /// Set for monthly commentary.
    pub period: Option<Month>,
    /// URL-safe name derived from the file name.
    pub slug: String,
    /// The markdown after the front matter.
    pub body: String,
    /// Lines before the body, to turn body line numbers into file line numbers.
    pub body_offset: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    order: i64,
    #[serde(default)]
    period: Option<String>,
}

/// Reads every markdown file of the content folder, sorted by order then path.
///
/// # Errors
/// Every file with missing or invalid front matter, and every month with two
/// commentary files.
pub fn load(project: &Project) -> Result<Vec<Document>> {
    let dir = &project.content_dir;
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Io {
            path: dir.clone(),
            source: e.into(),
        })?;
        let path = entry.path();
        let is_file = entry.file_type().is_file() || (entry.path_is_symlink() && path.is_file());
        if !is_file || path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let shown = project.display_path(path);
        if entry.path_is_symlink() && !crate::project::inside(&project.root, path) {
            problems.push(Problem::new(&shown, crate::msg!("content-links-out")));
            continue;
        }
        let bytes = std::fs::read(path).map_err(Error::io(&shown))?;
        let chinese = project.language == crate::project::Language::ZhCn;
        let text = match crate::encoding::decode(&bytes, None, chinese) {
            Ok((text, _)) => text,
            Err((encoding, line, column)) => {
                problems.push(crate::encoding::undecodable(&shown, encoding, line, column));
                continue;
            }
        };
        match parse(&shown, &text) {
            Ok(doc) => docs.push(doc),
            Err(p) => problems.push(p),
        }
    }
    for (i, a) in docs.iter().enumerate() {
        if let Some(b) = docs[..i]
            .iter()
            .find(|b| a.period.is_some() && b.period == a.period)
        {
            problems.push(Problem::at(
                &a.path,
                2,
                None,
                crate::msg!(
                    "second-commentary",
                    period = a.period.expect("checked").to_string(),
                    other = b.path.display().to_string()
                ),
            ));
        }
    }
    for (i, a) in docs.iter().enumerate() {
        if a.period.is_none()
            && docs[..i]
                .iter()
                .any(|b| b.period.is_none() && b.slug == a.slug)
        {
            problems.push(Problem::new(
                &a.path,
                crate::msg!("same-slug", slug = a.slug.as_str()),
            ));
        }
    }
    Error::check(problems)?;
    docs.sort_by(|a, b| (a.order, &a.path).cmp(&(b.order, &b.path)));
    Ok(docs)
}

/// Splits front matter from the body and parses it.
fn parse(path: &Path, text: &str) -> std::result::Result<Document, Problem> {
    let no_front = || Problem::at(path, 1, None, crate::msg!("no-front-matter"));
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(no_front)?;
    let end = rest
        .match_indices("\n---")
        .map(|(i, _)| i)
        .find(|&i| matches!(rest[i + 4..].chars().next(), None | Some('\n' | '\r')))
        .ok_or_else(no_front)?;
    let yaml = &rest[..end + 1];
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    let front: FrontMatter = crate::yaml::parse(yaml, path, 1)?;
    let period = match &front.period {
        None => None,
        Some(p) => Some(Month::parse(p).ok_or_else(|| {
            let line = yaml
                .lines()
                .position(|l| l.starts_with("period"))
                .map(|i| i as u64 + 2)
                .unwrap_or(2);
            Problem::at(
                path,
                line,
                None,
                crate::msg!("bad-commentary-period", value = crate::error::shorten(p)),
            )
        })?),
    };
    let body_offset = (text.len() - body.len()) as u64;
    let body_offset = text[..body_offset as usize].lines().count() as u64;
    Ok(Document {
        path: path.to_path_buf(),
        title: front.title,
        order: front.order,
        period,
        slug: slug(path),
        body: body.to_string(),
        body_offset,
    })
}

/// The file stem, kept to ASCII letters, digits, `-` and `_`.
fn slug(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("page");
    let s: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        format!("page-{:x}", fxhash(stem))
    } else {
        s
    }
}

/// A short stable hash for file names without ASCII characters.
fn fxhash(s: &str) -> u32 {
    s.bytes()
        .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_body_offset() {
        let doc = parse(Path::new("c.md"), "---\ntitle: 标题\norder: 2\n---\n# Hi\n").unwrap();
        assert_eq!(
            (
                doc.title.as_str(),
                doc.order,
                doc.body.as_str(),
                doc.body_offset
            ),
            ("标题", 2, "# Hi\n", 4)
        );
        let doc = parse(
            Path::new("c.md"),
            "---\r\ntitle: x\r\nperiod: 2025-03\r\n---\r\nbody",
        )
        .unwrap();
        assert_eq!(
            doc.period.map(|m| m.to_string()).as_deref(),
            Some("2025-03")
        );
        assert_eq!(doc.body, "body");
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let p = parse(Path::new("c.md"), "---\ntitle: x\nperiod: March\n---\n").unwrap_err();
        assert_eq!(p.line, Some(3), "{p}");
        let p = parse(Path::new("c.md"), "---\ntitle: x\nordr: 1\n---\n").unwrap_err();
        assert_eq!(p.line, Some(3), "{p}");
        assert!(
            p.message.to_string().contains("did you mean `order`"),
            "{p}"
        );
        assert!(parse(Path::new("c.md"), "# no front matter").is_err());
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug(Path::new("content/01-Intro.md")), "01-intro");
        assert!(slug(Path::new("content/简介.md")).starts_with("page-"));
    }
}
