//! Rendering: commentary markdown with its inline figures, charts, and every
//! page of the plan through the templates, then the search index over the
//! rendered pages. Input is the project, the dataset's validation report, the
//! observation table and the content; output is the list of files of the site,
//! in memory, for the writer.

mod attention;
pub mod charts;
mod complaint_charts;
mod complaint_sections;
mod contexts;
mod figures;
pub mod fishbone;
pub mod format;
mod headlines;
mod i18n;
pub mod markdown;
mod pages;
pub mod search;
mod survey_charts;
mod survey_sections;
pub mod templates;

use std::sync::Arc;

use minijinja::Environment;
use rayon::prelude::*;

use crate::content::Document;
use crate::dataset::QualityReport;
use crate::error::{Error, Problem, Result};
use crate::indicators::Indicators;
use crate::plan::{PageKind, Plan};
use crate::project::{Language, Project};
pub use markdown::Heading;

/// One file of the site.
pub struct OutputFile {
    /// Path inside the site, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A markdown document rendered to HTML.
pub struct RenderedDoc {
    pub html: String,
    pub headings: Vec<Heading>,
}

/// The rendered site: its files, and what was dropped from them on the way.
pub struct Site {
    pub files: Vec<OutputFile>,
    /// Things published differently from how they were written (an unsafe link
    /// kept as text), at their place.
    pub warnings: Vec<Problem>,
}

/// Renders every page of the site, and the search index over them (the last
/// file).
///
/// # Errors
/// Every commentary figure that names an unknown indicator, period or segment,
/// with its file and line; template errors in overrides.
pub fn site(
    project: &Project,
    plan: &Plan,
    quality: &QualityReport,
    indicators: Arc<Indicators>,
    docs: &[Document],
    downloads: &[OutputFile],
) -> Result<Site> {
    let figures = figures::new(project, indicators.clone());
    let env = templates::environment(&project.templates_dir, figures);
    let latest = indicators.months.last().copied();
    let (rendered, warnings) = render_documents(&env, docs, latest, project.language)?;
    let strings = i18n::strings(project.language);
    let ctx = pages::Context {
        project,
        quality,
        indicators: &indicators,
        docs,
        rendered: &rendered,
        plan,
        strings,
        downloads,
    };
    let results: Vec<std::result::Result<OutputFile, Problem>> = plan
        .pages
        .par_iter()
        .map(|page| pages::render(&env, &ctx, page))
        .collect();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(p) => problems.push(p),
        }
    }
    Error::check(problems)?;
    // Results are in plan order (rayon's collect keeps it), so page and file pair up.
    let searchable = plan
        .pages
        .iter()
        .zip(&files)
        .filter(|(page, _)| is_searchable(&page.kind))
        .map(|(page, file)| search::Page {
            title: &page.title,
            path: &page.path,
            html: std::str::from_utf8(&file.bytes).unwrap_or_default(),
        });
    let index = search::index(searchable);
    files.push(index);
    Ok(Site { files, warnings })
}

/// Pages whose text is worth finding. Home repeats the latest report and the
/// archive is a table of numbers, so both would only crowd the results.
fn is_searchable(kind: &PageKind) -> bool {
    !matches!(kind, PageKind::Home | PageKind::Archive)
}

/// Evaluates the figures inside each document, then renders its markdown.
fn render_documents(
    env: &Environment<'static>,
    docs: &[Document],
    latest: Option<crate::period::Month>,
    lang: Language,
) -> Result<(Vec<RenderedDoc>, Vec<Problem>)> {
    type Done = (RenderedDoc, Vec<Problem>);
    let results: Vec<std::result::Result<Done, Problem>> = docs
        .par_iter()
        .map(|doc| {
            let name = doc.path.display().to_string();
            let period = doc
                .period
                .or(latest)
                .map(|m| m.to_string())
                .unwrap_or_default();
            let markdown = crate::memory::bounded(&name, templates::RENDER_MEMORY, || {
                env.template_from_named_str(&name, &doc.body)
                    .and_then(|t| t.render(minijinja::context! { period => period }))
            })
            .map_err(|e| template_problem(&doc.path, doc.body_offset, &e))?;
            let at = |line: u64, message: crate::messages::Message| {
                Problem::at(&doc.path, line + doc.body_offset, None, message)
            };
            let out = markdown::render(&markdown, lang).map_err(|(l, m)| at(l, m))?;
            let warnings = out.warnings.into_iter().map(|(l, m)| at(l, m)).collect();
            let doc = RenderedDoc {
                html: out.html,
                headings: out.headings,
            };
            Ok((doc, warnings))
        })
        .collect();
    let mut docs_out = Vec::new();
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok((d, w)) => {
                docs_out.push(d);
                warnings.extend(w);
            }
            Err(p) => problems.push(p),
        }
    }
    Error::check(problems)?;
    Ok((docs_out, warnings))
}

/// A template error as a problem at its file and line.
pub(crate) fn template_problem(
    file: &std::path::Path,
    line_offset: u64,
    err: &minijinja::Error,
) -> Problem {
    // minijinja's own words, or a message csbook put in words when it raised it.
    let message = crate::messages::Message::Text(match err.detail() {
        Some(detail) => detail.to_string(),
        None => err.kind().to_string(),
    });
    match err.line() {
        Some(line) => Problem::at(file, line as u64 + line_offset, None, message),
        None => Problem::new(file, message),
    }
}
