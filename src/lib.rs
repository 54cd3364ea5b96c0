//! csbook turns customer-satisfaction survey data, complaint records and
//! markdown commentary into a static website, the CS handbook.
//!
//! Data flows one way: the project file (`project`), the data (`dataset`), the
//! observation table (`indicators`), the site plan (`plan`), rendering
//! (`render`) and writing (`output`). The functions here run that flow for
//! each command of the CLI.

pub mod content;
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

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dataset::Dataset;
pub use error::{Error, Problem, Result};
use indicators::Indicators;
use language::Language;
use messages::Message;
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

/// Loads, validates and computes everything a build needs, writing nothing.
fn prepare(
    root: &Path,
    progress: &Progress,
) -> Result<(Project, Dataset, Arc<Indicators>, Vec<content::Document>)> {
    progress.step(msg!("step-reading-project"));
    let project = Project::load(root)?;
    // Data and content are checked in the same run, so that their problems
    // are listed together.
    let (data, docs) = match (Dataset::load(&project, progress), content::load(&project)) {
        (Ok(data), Ok(docs)) => (data, docs),
        (Err(Error::Invalid(mut a)), Err(Error::Invalid(b))) => {
            a.extend(b);
            a.sort();
            return Err(Error::Invalid(a));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    progress.step(msg!("step-computing"));
    let indicators = Arc::new(Indicators::compute(&project, &data));
    Ok((project, data, indicators, docs))
}

/// Builds the site of the project in `root` into `out` (default: the project's
/// output folder).
///
/// # Errors
/// Problems in the project, its data or content (`Error::Invalid`), or I/O.
/// On any error the previous site is left as it was.
pub fn build(root: &Path, out: Option<&Path>, progress: &Progress) -> Result<BuildSummary> {
    let (project, data, indicators, docs) = prepare(root, progress)?;
    progress.step(msg!("step-rendering"));
    let exports = exports(&indicators)?;
    let render::Site {
        mut files,
        mut warnings,
    } = render::site(&project, &data.quality, indicators.clone(), &docs, &exports)?;
    warnings.extend(data_warnings(&data));
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
    let out_dir = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| project.output_dir.clone());
    progress.step(msg!("step-writing", folder = out_dir.display().to_string()));
    output::write_site(&out_dir, &files)?;
    Ok(BuildSummary {
        out_dir,
        pages,
        months: indicators.months.len(),
        rejected_rows: data.quality.rejected_rows(),
        blanked_fields: data.quality.blanked_fields(),
        suppressed: indicators.suppressed,
        warnings,
        language: project.language,
    })
}

/// Validates the project, its data and content, and renders every page in
/// memory, writing nothing.
///
/// # Errors
/// As `build`.
pub fn check(root: &Path, progress: &Progress) -> Result<BuildSummary> {
    let (project, data, indicators, docs) = prepare(root, progress)?;
    let exports = exports(&indicators)?;
    let mut site = render::site(&project, &data.quality, indicators.clone(), &docs, &exports)?;
    site.warnings.extend(data_warnings(&data));
    Ok(BuildSummary {
        out_dir: project.output_dir,
        pages: page_count(&site.files),
        months: indicators.months.len(),
        rejected_rows: data.quality.rejected_rows(),
        blanked_fields: data.quality.blanked_fields(),
        suppressed: indicators.suppressed,
        warnings: site.warnings,
        language: project.language,
    })
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
