//! csbook turns customer-satisfaction survey data, complaint records and
//! markdown commentary into a static website, the CS handbook.
//!
//! Data flows one way, and `build` reads as its steps: the project file
//! (`project`), the data and commentary (`dataset`, `content`), the
//! observation table (`indicators`), the site plan (`plan`), rendering
//! (`render`) and writing (`output`). A stage imports only earlier ones; the
//! vocabulary they share (the indicator `catalog`, `period`, `language`,
//! `messages`, `error`, `cross_products`) sits beneath them all. The test
//! `layering_tests` checks both on the source.

#[macro_use]
pub mod catalog;
pub mod content;
pub mod cross_products;
pub mod dataset;
pub mod encoding;
pub mod error;
pub mod indicators;
pub mod language;
pub mod memory;
pub mod messages;
pub mod output;
pub mod period;
pub mod plan;
pub mod progress;
pub mod project;
pub mod render;
pub mod scaffold;
mod yaml;

#[cfg(test)]
mod layering_tests;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dataset::Dataset;
pub use error::{Error, Problem, Result};
use indicators::Indicators;
use language::Language;
use messages::Message;
use plan::Plan;
use progress::Progress;
use project::Project;

/// What a build wrote.
#[derive(Debug)]
pub struct BuildSummary {
    pub out_dir: PathBuf,
    pub pages: usize,
    pub months: usize,
    pub rejected_rows: u64,
    /// Invalid fields left empty under `on_invalid: skip`, their rows kept.
    pub blanked_fields: u64,
    pub suppressed: u64,
    /// Published differently from how it was written (see `render::Site`).
    pub warnings: Vec<Problem>,
    /// The project's language, which the summary is written in.
    pub language: Language,
}

/// The language of the project in `root`, for messages about it: the
/// project file's `language:` (its default when absent), or English when the
/// file cannot be read at all.
pub fn language_of(root: &Path) -> Language {
    project::Project::language_of(root).unwrap_or(Language::En)
}

/// Warnings of the data: months in which a third of an item's scale was
/// never used, at the survey's first file.
fn data_warnings(data: &Dataset) -> Vec<Problem> {
    let file = data
        .quality
        .files
        .iter()
        .find(|f| f.kind == "survey")
        .map(|f| PathBuf::from(&f.file))
        .unwrap_or_default();
    data.quality
        .unused_scale
        .iter()
        .map(|u| {
            let months = match u.months.as_slice() {
                [one] => Message::Text(one.clone()),
                [first, .., last] => msg!("month-range", first = first, last = last),
                [] => Message::none(),
            };
            Problem::new(
                &file,
                msg!(
                    "unused-scale",
                    item = u.item.as_str(),
                    values = u.values.as_str(),
                    scale = u.scale.as_str(),
                    count = u.months.len(),
                    months = months,
                    answers = u.answers
                ),
            )
        })
        .collect()
}

/// The downloads: the observation table and the tested changes, each as CSV
/// and JSON. Made before the pages, which show their sizes.
fn exports(indicators: &Indicators) -> Result<Vec<render::OutputFile>> {
    let mut files = Vec::new();
    for (name, csv, json) in [
        (
            "indicators",
            output::table_csv(indicators.rows())?,
            output::table_json(indicators.rows())?,
        ),
        (
            "comparisons",
            output::table_csv(&indicators.comparisons)?,
            output::table_json(&indicators.comparisons)?,
        ),
    ] {
        files.push(render::OutputFile {
            path: format!("data/{name}.csv"),
            bytes: csv,
        });
        files.push(render::OutputFile {
            path: format!("data/{name}.json"),
            bytes: json,
        });
    }
    Ok(files)
}

/// The number of HTML pages among the rendered files (the search index is not one).
fn page_count(files: &[render::OutputFile]) -> usize {
    files.iter().filter(|f| f.path.ends_with(".html")).count()
}

/// The project file, read and validated.
fn read_project(root: &Path, progress: &Progress) -> Result<Project> {
    progress.step(msg!("step-reading-project"));
    Project::load(root)
}

/// The data and the commentary, checked in the same run so that their
/// problems are listed together.
fn read_inputs(
    project: &Project,
    progress: &Progress,
) -> Result<(Dataset, Vec<content::Document>)> {
    match (Dataset::load(project, progress), content::load(project)) {
        (Ok(data), Ok(docs)) => Ok((data, docs)),
        (Err(Error::Invalid(mut a)), Err(Error::Invalid(b))) => {
            a.extend(b);
            a.sort();
            Err(Error::Invalid(a))
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

/// The observation table: every indicator per period and segment.
fn compute(project: &Project, data: &Dataset, progress: &Progress) -> Arc<Indicators> {
    progress.step(msg!("step-computing"));
    Arc::new(Indicators::compute(project, data))
}

/// The pages and the files beside them, in memory, and what was published
/// differently from how it was written.
fn render_site(
    project: &Project,
    data: &Dataset,
    indicators: Arc<Indicators>,
    docs: &[content::Document],
    progress: &Progress,
) -> Result<(Vec<render::OutputFile>, usize, Vec<Problem>)> {
    progress.step(msg!("step-rendering"));
    let plan = Plan::new(project, &indicators, docs);
    let exports = exports(&indicators)?;
    let render::Site {
        mut files,
        mut warnings,
    } = render::site(project, &plan, &data.quality, indicators, docs, &exports)?;
    warnings.extend(data_warnings(data));
    let pages = page_count(&files);
    files.extend(exports);
    for (name, builtin) in render::templates::ASSETS {
        let bytes = render::templates::asset(&project.templates_dir, name, builtin)
            .map_err(Error::io(&project.templates_dir))?;
        files.push(render::OutputFile {
            path: (*name).into(),
            bytes,
        });
    }
    Ok((files, pages, warnings))
}

/// Builds the site of the project in `root` into `out` (default: the project's
/// output folder).
///
/// # Errors
/// Problems in the project, its data or content (`Error::Invalid`), or I/O.
/// On any error the previous site is left as it was.
pub fn build(root: &Path, out: Option<&Path>, progress: &Progress) -> Result<BuildSummary> {
    let project = read_project(root, progress)?;
    let (data, docs) = read_inputs(&project, progress)?;
    let indicators = compute(&project, &data, progress);
    let (files, pages, warnings) =
        render_site(&project, &data, indicators.clone(), &docs, progress)?;
    let out_dir = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| project.output_dir.clone());
    progress.step(msg!("step-writing", folder = out_dir.display().to_string()));
    output::write_site(&out_dir, &files)?;
    Ok(summary(
        out_dir,
        pages,
        &project,
        &data,
        &indicators,
        warnings,
    ))
}

/// Validates the project, its data and content, and renders every page in
/// memory, writing nothing.
///
/// # Errors
/// As `build`.
pub fn check(root: &Path, progress: &Progress) -> Result<BuildSummary> {
    let project = read_project(root, progress)?;
    let (data, docs) = read_inputs(&project, progress)?;
    let indicators = compute(&project, &data, progress);
    let (_, pages, warnings) = render_site(&project, &data, indicators.clone(), &docs, progress)?;
    let out_dir = project.output_dir.clone();
    Ok(summary(
        out_dir,
        pages,
        &project,
        &data,
        &indicators,
        warnings,
    ))
}

fn summary(
    out_dir: PathBuf,
    pages: usize,
    project: &Project,
    data: &Dataset,
    indicators: &Indicators,
    warnings: Vec<Problem>,
) -> BuildSummary {
    BuildSummary {
        out_dir,
        pages,
        months: indicators.months.len(),
        rejected_rows: data.quality.rejected_rows(),
        blanked_fields: data.quality.blanked_fields(),
        suppressed: indicators.suppressed,
        warnings,
        language: project.language,
    }
}

/// Computes the observation table without rendering anything.
///
/// # Errors
/// Problems in the project or its data.
pub fn indicators(root: &Path, progress: &Progress) -> Result<Arc<Indicators>> {
    let project = Project::load(root)?;
    let data = Dataset::load(&project, progress)?;
    Ok(Arc::new(Indicators::compute(&project, &data)))
}
