//! Loading and validating the data: survey responses into the survey cube,
//! complaint records into rows, and a validation report beside them.
//!
//! Data enters as the files named in the `Project`; it leaves as a `Dataset`,
//! after which nothing reads a data file again.

pub mod activity;
pub mod complaints;
pub mod cube;
pub mod customers;
pub mod date;
pub mod instrument;
pub mod privacy;
pub mod quality;
pub mod respondent;
mod survey;
mod table;

use std::path::Path;

use crate::error::{Error, Problem, Result, suggestion};
use crate::period::Month;
use crate::progress::Progress;
use crate::project::{OnInvalid, Project};
pub use complaints::Complaint;
pub use cube::{Layout, SurveyAcc, SurveyCube};
pub use customers::CustomerCount;
pub use instrument::{Instrument, Role};
pub use quality::{QualityReport, UnusedScale};

/// The survey part of a dataset.
pub struct Survey {
    pub instrument: Instrument,
    pub layout: Layout,
    pub cube: SurveyCube,
}

/// Everything read from the data files.
pub struct Dataset {
    pub survey: Option<Survey>,
    pub complaints: Vec<Complaint>,
    pub customers: Vec<CustomerCount>,
    pub activity: Option<activity::Activity>,
    pub quality: QualityReport,
}

impl Dataset {
    /// Reads and validates every data file of the project.
    ///
    /// # Errors
    /// `Error::Invalid` listing every problem: always for a file that cannot be
    /// used (missing column, unreadable), and for bad rows under `on_invalid: fail`.
    pub fn load(project: &Project, progress: &Progress) -> Result<Dataset> {
        let mut problems = Vec::new();
        let mut quality = QualityReport::default();
        let survey = match &project.survey {
            None => None,
            Some(source) => match Instrument::load(&source.instrument) {
                Err(ps) => {
                    problems.extend(ps.into_iter().map(|mut p| {
                        p.file = project.display_path(&p.file);
                        p
                    }));
                    None
                }
                Ok(instrument) => {
                    let dimensions = instrument.dimension_ids();
                    for dim in project.analysis.servqual_weights.keys() {
                        if !dimensions.contains(dim) {
                            problems.push(Problem::new(
                                &project
                                    .display_path(&project.root.join(crate::project::PROJECT_FILE)),
                                crate::msg!(
                                    "weight-of-unknown-dimension",
                                    dimension = dim,
                                    suggestion =
                                        suggestion(dim, dimensions.iter().map(String::as_str))
                                ),
                            ));
                        }
                    }
                    let layout = Layout::new(&instrument);
                    let (cube, files, ps) =
                        survey::load(project, source, &instrument, &layout, progress);
                    problems.extend(ps);
                    quality.files.extend(files);
                    Some(Survey {
                        instrument,
                        layout,
                        cube,
                    })
                }
            },
        };
        let complaints = match &project.complaints {
            None => Vec::new(),
            Some(source) => {
                progress.step(crate::msg!("step-reading-complaints"));
                let (rows, files, ps) = complaints::load(project, source);
                problems.extend(ps);
                quality.files.extend(files);
                rows
            }
        };
        let customers = match &project.customers {
            None => Vec::new(),
            Some(source) => {
                let (rows, files, ps) = customers::load(project, source);
                problems.extend(ps);
                quality.files.extend(files);
                rows
            }
        };
        let activity = project.activity.as_ref().map(|source| {
            let (activity, files, ps) = activity::load(project, source);
            problems.extend(ps);
            quality.files.extend(files);
            activity
        });
        if project.on_invalid == OnInvalid::Fail {
            problems.extend(quality.problems());
        }
        problems.extend(bounds(project, &survey, &complaints, &quality));
        if let Some(survey) = &survey {
            quality.unused_scale = unused_scale(survey);
        }
        Error::check(problems)?;
        Ok(Dataset {
            survey,
            complaints,
            customers,
            activity,
            quality,
        })
    }
}

/// Months from `a` to `b`, both included.
fn months_spanned(a: Month, b: Month) -> i64 {
    (b.year as i64 - a.year as i64) * 12 + b.month as i64 - a.month as i64 + 1
}

/// What the data may not exceed: the span of months (every month becomes
/// pages, so one mistyped year would build thousands), the distinct values of
/// a segment, and the control-chart baseline, which must lie in the data.
fn bounds(
    project: &Project,
    survey: &Option<Survey>,
    complaints: &[Complaint],
    quality: &QualityReport,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let project_file = project.display_path(&project.root.join(crate::project::PROJECT_FILE));
    let place = |file: &str, line: u64| format!("{file}:{line}");
    let earliest = quality
        .files
        .iter()
        .filter_map(|f| f.earliest.map(|(m, l)| (m, f.file.as_str(), l)))
        .min_by_key(|&(m, _, _)| m);
    let latest = quality
        .files
        .iter()
        .filter_map(|f| f.latest.map(|(m, l)| (m, f.file.as_str(), l)))
        .max_by_key(|&(m, _, _)| m);
    if let (Some((first, first_file, first_line)), Some((last, last_file, last_line))) =
        (earliest, latest)
    {
        let span = months_spanned(first, last);
        if span > project.max_months as i64 {
            let message = crate::msg!(
                "span-too-long",
                first = first.to_string(),
                first_at = place(first_file, first_line),
                last = last.to_string(),
                last_at = place(last_file, last_line),
                span = span,
                max = project.max_months
            );
            problems.push(Problem::at(
                Path::new(first_file),
                first_line,
                None,
                message.clone(),
            ));
            problems.push(Problem::at(Path::new(last_file), last_line, None, message));
        }
        if let Some(((from, to), (line, column))) =
            project.spc.baseline.zip(project.spc.baseline_at)
            && (to < first || from > last)
        {
            problems.push(Problem::at(
                &project_file,
                line,
                Some(column),
                crate::msg!(
                    "baseline-outside-data",
                    from = from.to_string(),
                    to = to.to_string(),
                    first = first.to_string(),
                    last = last.to_string()
                ),
            ));
        }
    }
    let too_many = |segment: usize, source: crate::messages::Message| {
        Problem::new(
            &project_file,
            crate::msg!(
                "too-many-values",
                id = project.segments[segment].id.as_str(),
                column = project.segments[segment].column.as_str(),
                max = project.max_segment_values,
                source = source
            ),
        )
    };
    if let Some(survey) = survey {
        problems.extend(
            survey
                .cube
                .overflowed()
                .map(|s| too_many(s, crate::msg!("what-survey-data"))),
        );
    }
    if let Some(source) = &project.complaints {
        for (i, &segment) in source.segments.iter().enumerate() {
            let distinct: std::collections::HashSet<&str> =
                complaints.iter().map(|c| c.segments[i].as_str()).collect();
            if distinct.len() > project.max_segment_values as usize {
                problems.push(too_many(segment, crate::msg!("what-complaint-data")));
            }
        }
    }
    problems
}

/// Answers a month needs before an unused third of a scale is worth a word.
const SCALE_USE_MIN_ANSWERS: u64 = 30;

/// Each item (rating scales of 4 to 11 points) whose top third, as written,
/// no answer of a month used, among all respondents, with those months: the
/// sign of a scale declared wider than the one asked, or of a scale that
/// changed, which would silently bend every top-box share. (An unused bottom
/// third is common, satisfied customers being the rule, and not reported.)
fn unused_scale(survey: &Survey) -> Vec<UnusedScale> {
    let mut out: Vec<UnusedScale> = Vec::new();
    let groups = survey.cube.groups();
    for (i, item) in survey.instrument.items.iter().enumerate() {
        // Each scale of an item that changed scale is checked on its own answers.
        for regime in &item.regimes {
            let (scale, width) = (regime.scale, regime.scale.width());
            // Rating scales only: a 0-100 allocation of importance is not one.
            if item.binary || !(4..=11).contains(&width) {
                continue;
            }
            let third = width / 3;
            // Answer indexes run from the low end of the scale as written, or
            // from its high end for a reverse-coded item.
            let top: Vec<usize> = if item.reverse {
                (0..third).collect()
            } else {
                (width - third..width).collect()
            };
            let mut found = UnusedScale {
                item: item.id.clone(),
                values: match third {
                    1 => scale.hi.to_string(),
                    _ => format!("{}-{}", scale.hi - third as i32 + 1, scale.hi),
                },
                scale: scale.to_string(),
                months: Vec::new(),
                answers: 0,
            };
            for (key, acc) in groups.iter().filter(|(k, _)| k.segment.is_none()) {
                let all = acc.item_counts(&survey.layout, i);
                let counts = &all[regime.offset..regime.offset + width];
                let answers: u64 = counts.iter().sum();
                if answers >= SCALE_USE_MIN_ANSWERS && top.iter().all(|&idx| counts[idx] == 0) {
                    found.months.push(key.month.to_string());
                    found.answers += answers;
                }
            }
            if !found.months.is_empty() {
                out.push(found);
            }
        }
    }
    out
}
