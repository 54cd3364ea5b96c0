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

use crate::error::{Error, Problem, Result, suggestion};
use crate::progress::Progress;
use crate::project::{OnInvalid, Project};
pub use complaints::{Breakdown, Complaint};
pub use cube::{Layout, SurveyAcc, SurveyCube};
pub use customers::CustomerCount;
pub use instrument::{Instrument, Role};
pub use quality::QualityReport;

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
                                &project.display_path(&project.root.join(crate::project::PROJECT_FILE)),
                                format!(
                                    "servqual.weights names `{dim}`, which is not a dimension of the instrument{}",
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
                progress.step("reading complaints");
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
