//! The project file `csbook.yaml`: its schema (`Raw*` types), defaults and
//! validation, producing a `Project` in which every path is resolved and every
//! default filled in. Nothing after this stage reads the project file.

mod raw;

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Problem, Result, suggestion};
use crate::messages::Message;
use crate::msg;
use jiff::tz::TimeZone;

use crate::catalog::{self, Id};
use crate::period::Month;
pub use raw::{ComplaintColumns, Language, OnInvalid, RuleSet};
use raw::{RawCsIndex, RawDrivers, RawProject, RawRange, RawServqual, RawSignificance};
use serde_saphyr::Spanned;

/// The instruments csbook ships, by the name a project file uses for them.
pub const BUILTIN: &[(&str, &str)] =
    &[("servqual22", include_str!("../instruments/servqual22.yaml"))];

/// Where a project's instrument comes from.
#[derive(Clone, Debug)]
pub enum InstrumentSource {
    File(std::path::PathBuf),
    /// One of `BUILTIN`.
    Builtin(&'static str),
}

/// The name of the project file in a project's root folder.
pub const PROJECT_FILE: &str = "csbook.yaml";

/// A way of splitting respondents or complaints into groups (region, channel…).
#[derive(Clone, Debug)]
pub struct Segment {
    pub id: String,
    pub label: String,
    /// The column that holds the segment's value in the data files.
    pub column: String,
    /// Where csbook.yaml names the column (unknown when it is the id).
    pub column_at: serde_saphyr::Location,
}

/// How a source's files are read: text encoding and CSV delimiter, each
/// detected when the project file does not set it.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub delimiter: Option<u8>,
    /// The handbook is Chinese: bytes that are not UTF-8 are most likely GBK.
    pub chinese: bool,
    /// Rows before the data: the column names, then rows skipped.
    pub header_rows: u32,
    /// The sheet of a workbook (`.xlsx`, `.xls`, `.ods`); the first by default.
    pub sheet: Option<String>,
}

/// A way of writing dates that a source uses besides ISO 8601.
#[derive(Clone, Debug, PartialEq)]
pub enum DateFormat {
    /// A strftime pattern such as `%m/%d/%Y` or `%Y年%m月%d日`.
    Pattern(String),
    /// Excel's serial day numbers (days since 1899-12-30; a fraction is the time).
    ExcelSerial,
}

/// A source's `date_format:`, checked: a pattern must read back a date it
/// wrote, so that a typo (`%m/%d/%y` for four-digit years aside) fails here,
/// at its line, and not as every row's date.
fn date_formats(
    file: &Path,
    raw: Option<Spanned<raw::OneOrMany>>,
    problems: &mut Vec<Problem>,
) -> Vec<DateFormat> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    let sample = jiff::civil::date(2025, 3, 31).at(14, 5, 9, 0);
    raw.value
        .into_vec()
        .into_iter()
        .filter_map(|f| {
            if f.trim().eq_ignore_ascii_case("excel") {
                return Some(DateFormat::ExcelSerial);
            }
            let round_trip = jiff::fmt::strtime::format(f.as_str(), sample)
                .ok()
                .and_then(|text| jiff::fmt::strtime::parse(f.as_str(), text).ok())
                .and_then(|parsed| parsed.to_date().ok());
            if round_trip == Some(sample.date()) {
                Some(DateFormat::Pattern(f))
            } else {
                problems.push(at(
                    file,
                    &raw.referenced,
                    msg!("bad-date-format", format = crate::error::shorten(&f)),
                ));
                None
            }
        })
        .collect()
}

/// The delimiters a CSV may use, as written in the project file.
pub const DELIMITERS: &[(&str, u8)] = &[
    (",", b','),
    (";", b';'),
    ("\t", b'\t'),
    ("tab", b'\t'),
    ("|", b'|'),
];

/// A source's `encoding:`, `delimiter:` and `header_rows:` as written.
type RawReadKeys<'a> = (
    &'a Option<Spanned<String>>,
    &'a Option<Spanned<String>>,
    &'a Option<Spanned<u32>>,
    &'a Option<String>,
);

/// A source's `encoding:`, `delimiter:` and `header_rows:`, checked.
fn read_options(
    file: &Path,
    language: Language,
    (encoding, delimiter, header_rows, sheet): RawReadKeys,
    problems: &mut Vec<Problem>,
) -> ReadOptions {
    let header_rows = match header_rows {
        Some(h) if !(1..=20).contains(&h.value) => {
            problems.push(at(
                file,
                &h.referenced,
                msg!("bad-header-rows", value = h.value),
            ));
            1
        }
        Some(h) => h.value,
        None => 1,
    };
    let encoding = encoding.as_ref().and_then(|e| {
        let found = crate::encoding::by_label(&e.value);
        if found.is_none() {
            problems.push(at(
                file,
                &e.referenced,
                msg!("unknown-encoding", name = crate::error::shorten(&e.value)),
            ));
        }
        found
    });
    let delimiter = delimiter.as_ref().and_then(|d| {
        let found = DELIMITERS
            .iter()
            .find(|(name, _)| *name == d.value)
            .map(|(_, b)| *b);
        if found.is_none() {
            problems.push(at(
                file,
                &d.referenced,
                msg!("unknown-delimiter", value = crate::error::shorten(&d.value)),
            ));
        }
        found
    });
    ReadOptions {
        encoding,
        delimiter,
        chinese: language == Language::ZhCn,
        header_rows,
        sheet: sheet.clone(),
    }
}

/// The survey source: an instrument and the files of responses to it.
#[derive(Clone, Debug)]
pub struct SurveySource {
    pub instrument: InstrumentSource,
    pub responses: Vec<PathBuf>,
    /// None with `id_column: none`: rows are numbered, duplicates not checked.
    pub id_column: Option<Spanned<String>>,
    pub date_column: Spanned<String>,
    /// The month of every response of an undated export (`period:`).
    pub period: Option<Month>,
    /// Indexes into `Project::segments`.
    pub segments: Vec<usize>,
    /// Columns that are neither items nor segments, accepted and ignored.
    pub other_columns: Vec<String>,
    /// Segments (indexes) that also get item-level rows.
    pub item_segments: Vec<usize>,
    pub read: ReadOptions,
    pub date_formats: Vec<DateFormat>,
}

/// The complaint source.
#[derive(Clone, Debug)]
pub struct ComplaintSource {
    pub files: Vec<PathBuf>,
    pub columns: ComplaintColumns,
    pub segments: Vec<usize>,
    /// Hours allowed to resolve a complaint, per severity value.
    pub sla_hours: BTreeMap<String, f64>,
    pub publish_descriptions: bool,
    pub read: ReadOptions,
    pub date_formats: Vec<DateFormat>,
}

/// The customer base: customers per month (and segment value).
#[derive(Clone, Debug)]
pub struct CustomerSource {
    pub files: Vec<PathBuf>,
    pub period_column: String,
    pub customers_column: String,
    pub segments: Vec<usize>,
    pub read: ReadOptions,
}

/// Customer activity: purchases per customer and month.
#[derive(Clone, Debug)]
pub struct ActivitySource {
    pub files: Vec<PathBuf>,
    pub customer_column: String,
    pub period_column: String,
    pub purchases_column: String,
    pub read: ReadOptions,
}

/// The verbal levels of the CS index, lowest first.
#[derive(Clone, Debug)]
pub struct CsLevels {
    /// Each level's value on 0-100.
    pub values: Vec<f64>,
    /// The lower bound of each level's band.
    pub bands: Vec<f64>,
}

/// Survey-analysis settings (issue 3).
#[derive(Clone, Debug)]
pub struct Analysis {
    pub cs_levels: CsLevels,
    /// Dimension weights of `servqual_weighted`; empty for the default.
    pub servqual_weights: BTreeMap<String, f64>,
    /// Months in the key-driver window.
    pub driver_window: u32,
    /// Significance level of flagged changes.
    pub significance_level: f64,
    /// Cells below this many answers are a low base.
    pub low_base: u64,
    /// The smallest material change, in points of a 0-100 scale.
    pub min_effect: f64,
}

/// Control-chart settings.
#[derive(Clone, Debug, Default)]
pub struct SpcSettings {
    pub rules: RuleSet,
    /// Phase I months (inclusive); None means every month.
    pub baseline: Option<(Month, Month)>,
    /// The line and column of `spc.baseline` in the project file.
    pub baseline_at: Option<(u64, u64)>,
}

/// Assumptions of the iceberg estimate.
#[derive(Clone, Copy, Debug)]
pub struct Iceberg {
    pub complaint_share: f64,
    pub tells_per_dissatisfied: f64,
}

/// A validated project with every default filled in.
#[derive(Clone, Debug)]
pub struct Project {
    pub root: PathBuf,
    pub title: String,
    pub description: String,
    pub language: Language,
    pub content_dir: PathBuf,
    pub templates_dir: PathBuf,
    pub output_dir: PathBuf,
    pub on_invalid: OnInvalid,
    pub min_cell_size: u64,
    pub segments: Vec<Segment>,
    pub survey: Option<SurveySource>,
    pub complaints: Option<ComplaintSource>,
    /// Column names that hold personal data: read for validation only, never kept.
    pub personal_columns: Vec<String>,
    /// Target per indicator id.
    pub targets: BTreeMap<Id, f64>,
    /// Display names of data codes in the handbook's language, per segment
    /// id or breakdown field (`severity`), then per code (`labels:`).
    pub labels: BTreeMap<String, BTreeMap<String, String>>,
    /// Time zone for timestamps with an offset; None reads them as written.
    pub timezone: Option<TimeZone>,
    pub customers: Option<CustomerSource>,
    pub spc: SpcSettings,
    pub iceberg: Iceberg,
    pub analysis: Analysis,
    pub activity: Option<ActivitySource>,
    /// The longest span of data, in months, that a build accepts.
    pub max_months: u32,
    /// The most distinct values one segment may have.
    pub max_segment_values: u32,
    /// The project file, as problems name it.
    pub file: PathBuf,
    /// The root folder as an absolute path, for showing paths relative to it.
    absolute_root: PathBuf,
}

/// The longest SLA a project may set: ten years, in hours.
const MAX_SLA_HOURS: f64 = 87_660.0;

impl Project {
    /// Reads and validates `csbook.yaml` in `root`.
    ///
    /// # Errors
    /// `Error::Invalid` with every problem found (YAML syntax, unknown keys with a
    /// suggestion, unknown segments or indicators, missing files).
    /// The `language:` of the project file in `root`, for messages about a
    /// project that may not load: read on its own, so that the rest of the
    /// file may be wrong, and from its line when the file is not YAML at all.
    pub fn language_of(root: &Path) -> Option<Language> {
        #[derive(serde::Deserialize)]
        struct Only {
            #[serde(default)]
            language: Language,
        }
        let bytes = std::fs::read(root.join(PROJECT_FILE)).ok()?;
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(only) = serde_saphyr::from_str::<Only>(&text) {
            return Some(only.language);
        }
        let value = text
            .lines()
            .find_map(|l| l.strip_prefix("language:"))?
            .trim()
            .trim_matches(['"', '\'']);
        serde_saphyr::from_str::<Language>(value).ok()
    }

    pub fn load(root: &Path) -> Result<Project> {
        let file = clean(&root.join(PROJECT_FILE));
        if !file.is_file() {
            return Err(Error::Invalid(vec![Problem::new(
                &file,
                msg!("no-project-file"),
            )]));
        }
        let raw: RawProject = crate::yaml::read(&file).map_err(Error::Invalid)?;
        Project::from_raw(root, &file, raw)
    }

    fn from_raw(root: &Path, file: &Path, raw: RawProject) -> Result<Project> {
        let mut problems = Vec::new();
        let segments: Vec<Segment> = raw
            .segments
            .into_iter()
            .map(|s| {
                let column = s.column.unwrap_or_else(|| raw::unplaced(s.id.clone()));
                Segment {
                    label: s.label.unwrap_or_else(|| s.id.clone()),
                    column: column.value,
                    column_at: column.referenced,
                    id: s.id,
                }
            })
            .collect();
        let segment_index = |ids: &[Spanned<String>], problems: &mut Vec<Problem>| -> Vec<usize> {
            ids.iter()
                .filter_map(|id| {
                    let found = segments.iter().position(|s| s.id == id.value);
                    if found.is_none() {
                        problems.push(at(
                            file,
                            &id.referenced,
                            msg!(
                                "unknown-segment",
                                id = id.value.as_str(),
                                suggestion =
                                    suggestion(&id.value, segments.iter().map(|s| s.id.as_str()))
                            ),
                        ));
                    }
                    found
                })
                .collect()
        };
        let shown = |path: &Path| relative_to(&absolute(root), &absolute(path));
        let require_file = |path: PathBuf, what: Message, problems: &mut Vec<Problem>| {
            let name = shown(&path).display().to_string();
            if !path.is_file() {
                problems.push(Problem::new(
                    file,
                    msg!("no-such-file", what = what, name = name),
                ));
            } else if links_out(root, &path) {
                problems.push(Problem::new(
                    file,
                    msg!("links-out", what = what, name = name),
                ));
            }
            path
        };

        let survey = raw.survey.map(|s| {
            let all: Vec<Spanned<String>> = segments
                .iter()
                .map(|s| raw::unplaced(s.id.clone()))
                .collect();
            SurveySource {
                instrument: match BUILTIN.iter().find(|(name, _)| *name == s.instrument) {
                    Some((name, _)) => InstrumentSource::Builtin(name),
                    None => InstrumentSource::File(require_file(
                        root.join(&s.instrument),
                        msg!("what-instrument"),
                        &mut problems,
                    )),
                },
                responses: s
                    .responses
                    .into_vec()
                    .into_iter()
                    .map(|r| require_file(root.join(r), msg!("what-responses-file"), &mut problems))
                    .collect(),
                id_column: (s.id_column.value != "none").then_some(s.id_column),
                period: s.period.as_ref().and_then(|p| {
                    let month = Month::parse(&p.value);
                    if month.is_none() {
                        problems.push(at(
                            file,
                            &p.referenced,
                            msg!("bad-survey-period", value = crate::error::shorten(&p.value)),
                        ));
                    }
                    month
                }),
                date_column: s.date_column,
                segments: segment_index(s.segments.as_deref().unwrap_or(&all), &mut problems),
                other_columns: s.other_columns,
                item_segments: segment_index(&s.item_segments, &mut problems),
                read: read_options(
                    file,
                    raw.language,
                    (&s.encoding, &s.delimiter, &s.header_rows, &s.sheet),
                    &mut problems,
                ),
                date_formats: date_formats(file, s.date_format, &mut problems),
            }
        });
        let sla = |c: &raw::RawComplaints, problems: &mut Vec<Problem>| {
            for (severity, hours) in &c.sla_hours {
                if !(hours.value.is_finite() && hours.value > 0.0 && hours.value <= MAX_SLA_HOURS) {
                    problems.push(at(
                        file,
                        &hours.referenced,
                        msg!(
                            "bad-sla-hours",
                            severity = crate::error::shorten(severity),
                            value = hours.value.to_string(),
                            max = MAX_SLA_HOURS as u64
                        ),
                    ));
                }
            }
            c.sla_hours
                .iter()
                .map(|(k, v)| (k.clone(), v.value))
                .collect()
        };
        let complaints = raw.complaints.map(|c| ComplaintSource {
            sla_hours: sla(&c, &mut problems),
            files: c
                .files
                .into_vec()
                .into_iter()
                .map(|f| require_file(root.join(f), msg!("what-complaints-file"), &mut problems))
                .collect(),
            columns: c.columns,
            segments: segment_index(&c.segments, &mut problems),
            publish_descriptions: c.publish_descriptions,
            read: read_options(
                file,
                raw.language,
                (&c.encoding, &c.delimiter, &c.header_rows, &c.sheet),
                &mut problems,
            ),
            date_formats: date_formats(file, c.date_format, &mut problems),
        });
        let customers = raw.customers.map(|c| CustomerSource {
            files: c
                .files
                .into_vec()
                .into_iter()
                .map(|f| require_file(root.join(f), msg!("what-customers-file"), &mut problems))
                .collect(),
            period_column: c.period_column,
            customers_column: c.customers_column,
            segments: segment_index(&c.segments, &mut problems),
            read: read_options(
                file,
                raw.language,
                (&c.encoding, &c.delimiter, &c.header_rows, &c.sheet),
                &mut problems,
            ),
        });
        let timezone = raw
            .timezone
            .as_ref()
            .and_then(|name| match TimeZone::get(&name.value) {
                Ok(tz) => Some(tz),
                Err(_) => {
                    problems.push(at(
                        file,
                        &name.referenced,
                        msg!(
                            "unknown-time-zone",
                            name = crate::error::shorten(&name.value)
                        ),
                    ));
                    None
                }
            });
        let baseline_at = raw
            .spc
            .baseline
            .as_ref()
            .map(|r| (r.from.referenced.line(), r.from.referenced.column()));
        let baseline = raw.spc.baseline.and_then(|RawRange { from, to }| {
            match (Month::parse(&from.value), Month::parse(&to.value)) {
                (Some(a), Some(b)) if a <= b => Some((a, b)),
                _ => {
                    problems.push(at(
                        file,
                        &from.referenced,
                        msg!(
                            "bad-baseline",
                            from = crate::error::shorten(&from.value),
                            to = crate::error::shorten(&to.value)
                        ),
                    ));
                    None
                }
            }
        });
        let iceberg = Iceberg {
            complaint_share: raw.iceberg.complaint_share,
            tells_per_dissatisfied: raw.iceberg.tells_per_dissatisfied,
        };
        if !(iceberg.complaint_share > 0.0 && iceberg.complaint_share <= 1.0) {
            problems.push(Problem::new(
                file,
                msg!(
                    "bad-complaint-share",
                    value = iceberg.complaint_share.to_string()
                ),
            ));
        }

        let activity = raw.activity.map(|a| ActivitySource {
            files: a
                .files
                .into_vec()
                .into_iter()
                .map(|f| require_file(root.join(f), msg!("what-activity-file"), &mut problems))
                .collect(),
            customer_column: a.customer_column,
            period_column: a.period_column,
            purchases_column: a.purchases_column,
            read: read_options(
                file,
                raw.language,
                (&a.encoding, &a.delimiter, &a.header_rows, &a.sheet),
                &mut problems,
            ),
        });
        let window_at = raw.drivers.window.referenced;
        let analysis = analysis(
            file,
            raw.cs_index,
            raw.servqual,
            raw.drivers,
            raw.significance,
            &mut problems,
        );
        // Labels name the codes of a segment or of a complaint breakdown.
        let fields: Vec<&str> = segments
            .iter()
            .map(|s| s.id.as_str())
            .chain(crate::catalog::Breakdown::ALL.iter().map(|b| b.id()))
            .collect();
        let language = raw.language;
        let labels: BTreeMap<String, BTreeMap<String, String>> = raw
            .labels
            .iter()
            .filter_map(|(field, names)| {
                if !fields.contains(&field.as_str()) {
                    problems.push(at(
                        file,
                        &names.referenced,
                        msg!(
                            "unknown-label-field",
                            field = crate::error::shorten(field),
                            suggestion = suggestion(field, fields.iter().copied()),
                            fields = fields.join(", ")
                        ),
                    ));
                    return None;
                }
                let names = names
                    .value
                    .iter()
                    .map(|(code, text)| {
                        let shown = match text {
                            raw::LabelText::Plain(s) => s.clone(),
                            raw::LabelText::ByLanguage(m) => m
                                .get(language.code())
                                .cloned()
                                .unwrap_or_else(|| code.clone()),
                        };
                        (code.clone(), shown)
                    })
                    .collect();
                Some((field.clone(), names))
            })
            .collect();
        for (id, target) in &raw.targets {
            if catalog::find(id).is_none() {
                problems.push(at(
                    file,
                    &target.referenced,
                    msg!(
                        "unknown-target",
                        id = id.as_str(),
                        suggestion = suggestion(id, catalog::ids())
                    ),
                ));
            }
        }
        for (key, limit, lo, hi) in [
            ("max_months", &raw.max_months, 1, 1200),
            ("max_segment_values", &raw.max_segment_values, 1, 100_000),
        ] {
            if !(lo..=hi).contains(&limit.value) {
                problems.push(at(
                    file,
                    &limit.referenced,
                    msg!(
                        "bad-limit",
                        key = key,
                        value = limit.value,
                        lo = lo,
                        hi = hi
                    ),
                ));
            }
        }
        if analysis.driver_window > raw.max_months.value {
            problems.push(at(
                file,
                &window_at,
                msg!(
                    "window-too-long",
                    window = analysis.driver_window,
                    max = raw.max_months.value
                ),
            ));
        }
        if raw.min_cell_size.value == 0 {
            problems.push(at(
                file,
                &raw.min_cell_size.referenced,
                msg!("min-cell-zero"),
            ));
        }
        Error::check(problems)?;

        Ok(Project {
            root: root.to_path_buf(),
            title: raw.title,
            description: raw.description.unwrap_or_default(),
            language: raw.language,
            content_dir: root.join(raw.content_dir),
            templates_dir: root.join(raw.templates_dir),
            output_dir: root.join(raw.output_dir),
            on_invalid: raw.on_invalid,
            min_cell_size: raw.min_cell_size.value,
            segments,
            survey,
            complaints,
            personal_columns: raw.personal_data,
            targets: raw
                .targets
                .into_iter()
                .filter_map(|(id, target)| Some((Id::parse(&id)?, target.value)))
                .collect(),
            labels,
            timezone,
            customers,
            spc: SpcSettings {
                rules: raw.spc.rules,
                baseline,
                baseline_at,
            },
            iceberg,
            analysis,
            activity,
            max_months: raw.max_months.value,
            max_segment_values: raw.max_segment_values.value,
            file: file.to_path_buf(),
            absolute_root: absolute(root),
        })
    }

    /// True when `column` is declared as personal data.
    pub fn is_personal(&self, column: &str) -> bool {
        self.personal_columns.iter().any(|c| c == column)
    }

    /// The path shown to users, and published, for a file: relative to the
    /// project root, whatever the working directory or the spelling of
    /// `--root`, so that no page names a folder of the build machine.
    pub fn display_path(&self, path: &Path) -> PathBuf {
        relative_to(&self.absolute_root, &absolute(path))
    }
}

/// A problem at a value's place in the project file (the file alone for a default).
fn at(file: &Path, loc: &serde_saphyr::Location, message: Message) -> Problem {
    match loc.line() {
        0 => Problem::new(file, message),
        line => Problem::at(file, line, Some(loc.column()), message),
    }
}

/// The survey-analysis settings, checked.
fn analysis(
    file: &Path,
    levels: RawCsIndex,
    servqual: RawServqual,
    drivers: RawDrivers,
    significance: RawSignificance,
    problems: &mut Vec<Problem>,
) -> Analysis {
    let ascending = |v: &[f64]| v.windows(2).all(|w| w[0] < w[1]);
    for (name, list) in [("values", &levels.values), ("bands", &levels.bands)] {
        if list.value.len() != 7 {
            problems.push(at(
                file,
                &list.referenced,
                msg!("cs-index-seven", key = name, count = list.value.len()),
            ));
        } else if !ascending(&list.value) {
            problems.push(at(
                file,
                &list.referenced,
                msg!("cs-index-rising", key = name),
            ));
        }
    }
    for (dim, w) in &servqual.weights {
        if !(w.value.is_finite() && w.value >= 0.0) {
            problems.push(at(
                file,
                &w.referenced,
                msg!(
                    "negative-weight",
                    dimension = dim.as_str(),
                    value = w.value.to_string()
                ),
            ));
        }
    }
    if let Some(first) = servqual.weights.values().next()
        && servqual.weights.values().all(|w| w.value == 0.0)
    {
        problems.push(at(file, &first.referenced, msg!("weights-all-zero")));
    }
    if drivers.window.value == 0 {
        problems.push(at(file, &drivers.window.referenced, msg!("window-zero")));
    }
    let effect = &significance.min_effect;
    if !(effect.value.is_finite() && effect.value >= 0.0 && effect.value <= 100.0) {
        problems.push(at(
            file,
            &effect.referenced,
            msg!("bad-min-effect", value = effect.value.to_string()),
        ));
    }
    let level = significance.level.value;
    if !(level > 0.0 && level < 1.0) {
        problems.push(at(
            file,
            &significance.level.referenced,
            msg!("bad-level", value = level.to_string()),
        ));
    }
    Analysis {
        cs_levels: CsLevels {
            values: levels.values.value,
            bands: levels.bands.value,
        },
        servqual_weights: servqual
            .weights
            .into_iter()
            .map(|(dim, w)| (dim, w.value))
            .collect(),
        driver_window: drivers.window.value,
        significance_level: level,
        low_base: significance.low_base,
        min_effect: significance.min_effect.value,
    }
}

/// Whether `path`, with every symbolic link resolved, is inside `dir`.
pub fn inside(dir: &Path, path: &Path) -> bool {
    match (dir.canonicalize(), path.canonicalize()) {
        (Ok(dir), Ok(path)) => path.starts_with(dir),
        _ => false,
    }
}

/// Whether `path` is a file inside the project folder `root` as written but
/// a symbolic link to somewhere outside it. The project file may name any
/// path (it is trusted like a Makefile), but a link inside the project is
/// easy to overlook, and would publish whatever it points to.
pub fn links_out(root: &Path, path: &Path) -> bool {
    let (root_abs, path_abs) = (absolute(root), absolute(path));
    path_abs.starts_with(&root_abs) && path.exists() && !inside(root, path)
}

/// `path` made absolute against the working directory, with `.` and `..`
/// resolved lexically (symbolic links are not, so the result is what the user
/// typed, not where the link leads).
fn absolute(path: &Path) -> PathBuf {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in full.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// `path` relative to `base` (both absolute and lexically clean), with `..`
/// for a file outside it.
fn relative_to(base: &Path, path: &Path) -> PathBuf {
    let common = base
        .components()
        .zip(path.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = PathBuf::new();
    for _ in base.components().skip(common) {
        out.push("..");
    }
    for c in path.components().skip(common) {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// `./x` shown as `x`.
fn clean(path: &Path) -> PathBuf {
    path.strip_prefix(".")
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests;
