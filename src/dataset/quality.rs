//! The validation report: rows read, accepted and rejected per file, with the
//! reasons. It becomes the site's data-quality page, so that rows left out
//! under `on_invalid: skip` are counted and shown, never silently dropped.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::dataset::table::{Table, delimiter_name};
use std::path::Path;

use crate::error::Problem;
use crate::period::Month;

/// How many example problems are kept per file for the data-quality page.
const EXAMPLES_PER_FILE: usize = 20;

/// What was read from one data file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FileQuality {
    pub file: String,
    /// `survey` or `complaints`.
    pub kind: &'static str,
    /// The encoding the file was read in (`UTF-8`, `GBK`…).
    pub encoding: &'static str,
    /// The CSV delimiter as the project file writes it; empty for YAML.
    pub delimiter: &'static str,
    /// Read with `id_column: none`: rows are numbered and duplicate
    /// respondents cannot be found.
    pub without_ids: bool,
    pub rows: u64,
    pub accepted: u64,
    /// Rejected rows by reason (a row is counted once, under its first problem).
    pub rejected: BTreeMap<String, u64>,
    /// Fields left empty by reason, under `on_invalid: skip`: a bad value in
    /// a field the row does not need, whose row stays in every other count.
    pub blanked: BTreeMap<String, u64>,
    /// The first problems found, for the report (put in words by render).
    #[serde(skip)]
    pub examples: Vec<Problem>,
    /// Problems found (every one counts, even beyond the kept examples).
    pub problem_count: u64,
    /// Problems kept for the error report under `on_invalid: fail`.
    #[serde(skip)]
    pub problems: Vec<Problem>,
    /// The month and line of the earliest and the latest accepted row, for
    /// the span check (`max_months`).
    #[serde(skip)]
    pub earliest: Option<(Month, u64)>,
    #[serde(skip)]
    pub latest: Option<(Month, u64)>,
}

/// The cap on problems kept per file, so that a wholly broken file cannot
/// exhaust memory.
const KEPT_PROBLEMS: usize = 1000;

impl FileQuality {
    /// The report of an opened file, before any row is read.
    pub fn of(table: &Table, kind: &'static str) -> FileQuality {
        FileQuality {
            file: table.path.display().to_string(),
            kind,
            encoding: table.encoding.name(),
            delimiter: table.delimiter.map(delimiter_name).unwrap_or_default(),
            ..Default::default()
        }
    }

    /// Records one rejected row and its problems (the first names the reason).
    pub fn reject(&mut self, reason: &str, problems: Vec<Problem>) {
        *self.rejected.entry(reason.to_string()).or_default() += 1;
        self.problem_count += problems.len() as u64;
        let room = KEPT_PROBLEMS.saturating_sub(self.problems.len());
        self.problems.extend(problems.into_iter().take(room));
    }

    /// Records the fields of an accepted row that were left empty.
    pub fn blank(&mut self, problems: Vec<(&'static str, Problem)>) {
        for (reason, problem) in problems {
            *self.blanked.entry(reason.to_string()).or_default() += 1;
            if self.problems.len() < KEPT_PROBLEMS {
                self.problems.push(problem);
            }
        }
    }

    /// Puts the kept problems in file order and takes the first as examples;
    /// call once the whole file is read (parts are read in parallel).
    pub fn finish(&mut self) {
        self.problems.sort();
        self.examples = self
            .problems
            .iter()
            .take(EXAMPLES_PER_FILE)
            .cloned()
            .collect();
    }

    pub fn rejected_rows(&self) -> u64 {
        self.rejected.values().sum()
    }

    /// A file with a header and no rows at all is an error, not an empty
    /// section of the handbook.
    pub fn no_rows(&self) -> Option<Problem> {
        (self.rows == 0 && self.problem_count == 0).then(|| {
            Problem::at(
                std::path::Path::new(&self.file),
                2,
                None,
                crate::msg!("no-rows-in-file"),
            )
        })
    }

    /// Notes an accepted row's month and line.
    pub fn saw(&mut self, month: Month, line: u64) {
        self.note_span(Some((month, line)), Some((month, line)));
    }

    fn note_span(&mut self, earliest: Option<(Month, u64)>, latest: Option<(Month, u64)>) {
        // Ties go to the first line, so that the result does not depend on
        // which part of a file was read first.
        self.earliest = self.earliest.into_iter().chain(earliest).min();
        self.latest = self
            .latest
            .into_iter()
            .chain(latest)
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    }

    /// Adds the counts of a part of the same file.
    pub fn merge(&mut self, other: FileQuality) {
        self.rows += other.rows;
        self.accepted += other.accepted;
        self.problem_count += other.problem_count;
        self.note_span(other.earliest, other.latest);
        for (reason, n) in other.rejected {
            *self.rejected.entry(reason).or_default() += n;
        }
        for (reason, n) in other.blanked {
            *self.blanked.entry(reason).or_default() += n;
        }
        for p in other.problems {
            if self.problems.len() < KEPT_PROBLEMS {
                self.problems.push(p);
            }
        }
    }
}

/// The top third of an item's scale, unused by every answer of some months:
/// a 1-10 scale declared for answers given on 1-5.
#[derive(Clone, Debug, Serialize)]
pub struct UnusedScale {
    pub item: String,
    /// The unused values, such as `8-10`, and the declared scale.
    pub values: String,
    pub scale: String,
    /// The months, in order.
    pub months: Vec<String>,
    /// Answers in those months.
    pub answers: u64,
}

/// Every data file's report.
#[derive(Clone, Debug, Default, Serialize)]
pub struct QualityReport {
    pub files: Vec<FileQuality>,
    /// Months in which a third of an item's scale was never used.
    pub unused_scale: Vec<UnusedScale>,
    /// Notes that are not about a row (e.g. suppressed segments).
    pub notes: Vec<String>,
}

impl QualityReport {
    pub fn rejected_rows(&self) -> u64 {
        self.files.iter().map(FileQuality::rejected_rows).sum()
    }

    pub fn blanked_fields(&self) -> u64 {
        self.files.iter().flat_map(|f| f.blanked.values()).sum()
    }

    /// Every kept problem, for an error under `on_invalid: fail`, and for a
    /// file with more than were kept, one line that counts the rest.
    pub fn problems(&self) -> Vec<Problem> {
        self.files
            .iter()
            .flat_map(|f| {
                let more = f.problem_count.saturating_sub(f.problems.len() as u64);
                f.problems
                    .iter()
                    .cloned()
                    .chain((more > 0).then(|| Problem::not_listed(Path::new(&f.file), more)))
            })
            .collect()
    }
}
