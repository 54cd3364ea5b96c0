//! Reading complaint records.
//!
//! A `Complaint` is one customer complaint, mapped from the user's columns to
//! the standard fields of the project file's `complaints.columns`. Complaints
//! are few (hundreds a month) and later analyses need exact values (median
//! resolution times, the backlog at a given instant), so they are kept as rows.
//! Personal-data columns are never read into a `Complaint`, and descriptions
//! only when the project publishes them, masked.

use std::collections::HashMap;
use std::path::Path;

use csv::ByteRecord;
use jiff::SignedDuration;
use jiff::civil::DateTime;
use serde_saphyr::Spanned;

use crate::catalog::Breakdown;
use crate::dataset::date::{self, hours_between};
use crate::dataset::privacy;
use crate::dataset::quality::FileQuality;
use crate::dataset::table::{Table, check_label, line_of, record_problem, width_message};
use crate::error::{Problem, shorten};
use crate::messages::Message;
use crate::msg;
use crate::period::Month;
use crate::project::{ComplaintSource, OnInvalid, Project};

impl Breakdown {
    /// The data column the breakdown is read from, if mapped.
    pub fn column(self, source: &ComplaintSource) -> Option<&str> {
        self.mapping(source).map(|m| m.value.as_str())
    }

    /// The mapping of the breakdown in csbook.yaml, if any.
    fn mapping(self, source: &ComplaintSource) -> Option<&Spanned<String>> {
        let c = &source.columns;
        match self {
            Breakdown::Category => c.category.as_ref(),
            Breakdown::Defect => c.defect.as_ref(),
            Breakdown::Product => c.product.as_ref(),
            Breakdown::Region => c.region.as_ref(),
            Breakdown::Department => c.department.as_ref(),
            Breakdown::Channel => c.channel.as_ref(),
            Breakdown::Severity => c.severity.as_ref(),
        }
    }
}

/// One complaint.
#[derive(Clone, Debug)]
pub struct Complaint {
    pub id: String,
    pub received: DateTime,
    pub month: Month,
    /// The value of each mapped breakdown, in `Breakdown::ALL` order; an empty
    /// cell is the language's missing label.
    pub breakdowns: [Option<String>; 7],
    pub first_response_hours: Option<f64>,
    pub resolution_hours: Option<f64>,
    /// When it was resolved; None while open.
    pub resolved: Option<DateTime>,
    pub reopened: Option<bool>,
    /// The organisation's own "responded in time" flag, where the data has one.
    pub timely: Option<bool>,
    /// Resolved at first contact, where the data says.
    pub fcr: Option<bool>,
    /// Masked description, only when the project publishes descriptions.
    pub description: Option<String>,
    /// Value of each of the source's segments, in `ComplaintSource::segments` order.
    pub segments: Vec<String>,
}

impl Complaint {
    pub fn breakdown(&self, b: Breakdown) -> Option<&str> {
        self.breakdowns[b as usize].as_deref()
    }

    pub fn severity(&self) -> Option<&str> {
        self.breakdown(Breakdown::Severity)
    }
}

struct Columns {
    /// None with `id: none`: complaints are numbered by their line.
    id: Option<usize>,
    received: usize,
    breakdowns: [Option<usize>; 7],
    first_response: Option<usize>,
    first_response_hours: Option<usize>,
    resolved: Option<usize>,
    resolution_hours: Option<usize>,
    reopened: Option<usize>,
    timely: Option<usize>,
    fcr: Option<usize>,
    description: Option<usize>,
    segments: Vec<usize>,
}

fn map_columns(
    table: &Table,
    project: &Project,
    source: &ComplaintSource,
) -> Result<Columns, Vec<Problem>> {
    let c = &source.columns;
    let (id_name, received_name) = (c.id.value.as_str(), c.received.value.as_str());
    if let Some(p) = table.unrelated(msg!("what-complaints-file"), &[id_name, received_name]) {
        return Err(vec![p]);
    }
    let mut problems = Vec::new();
    let mut need = |mapping: &Spanned<String>, what: Message| {
        table.require_mapped(mapping, what, &project.file, &mut problems)
    };
    let id = (id_name != "none").then(|| need(&c.id, msg!("what-complaint-id")));
    let received = need(&c.received, msg!("what-received"));
    let breakdowns = Breakdown::ALL.map(|b| {
        b.mapping(source)
            .map(|m| need(m, msg!("what-field", field = b.id())))
    });
    let mut optional =
        |mapping: &Option<Spanned<String>>, what: Message| mapping.as_ref().map(|m| need(m, what));
    let columns = Columns {
        id,
        received,
        breakdowns,
        first_response: optional(&c.first_response, msg!("what-first-response")),
        first_response_hours: optional(&c.first_response_hours, msg!("what-first-response-hours")),
        resolved: optional(&c.resolved, msg!("what-resolved")),
        resolution_hours: optional(&c.resolution_hours, msg!("what-resolution-hours")),
        reopened: optional(&c.reopened, msg!("what-reopened")),
        timely: optional(&c.timely, msg!("what-timely")),
        fcr: optional(&c.fcr, msg!("what-fcr")),
        description: if source.publish_descriptions {
            optional(&c.description, msg!("what-description"))
        } else {
            None
        },
        segments: source
            .segments
            .iter()
            .map(|&s| {
                let segment = &project.segments[s];
                table.require_at(
                    &segment.column,
                    msg!("what-segment", id = segment.id.as_str()),
                    &segment.column_at,
                    &project.file,
                    &mut problems,
                )
            })
            .collect(),
    };
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(problems)
    }
}

fn text(record: &ByteRecord, col: usize) -> String {
    String::from_utf8_lossy(record.get(col).unwrap_or_default())
        .trim()
        .to_string()
}

/// A yes/no flag; None for an unknown value such as "N/A" or an empty cell.
fn parse_flag(s: &str) -> Result<Option<bool>, ()> {
    // Tokens accepted in the input (是/否 as a Chinese spreadsheet writes
    // them), not words for the reader: they stay in the code.
    match s.to_lowercase().as_str() {
        "1" | "true" | "yes" | "y" | "是" => Ok(Some(true)),
        "0" | "false" | "no" | "n" | "否" => Ok(Some(false)),
        "" | "n/a" | "na" | "-" => Ok(None),
        _ => Err(()),
    }
}

fn add_hours(at: DateTime, hours: f64) -> Option<DateTime> {
    let span = SignedDuration::try_from_secs_f64(hours * 3600.0).ok()?;
    at.checked_add(span).ok()
}

/// The longest duration a complaint can take, in hours: a hundred years.
/// Anything longer is a unit or typing error, and beyond the date library.
const MAX_HOURS: f64 = 876_600.0;

/// Reads every complaint file.
pub fn load(
    project: &Project,
    source: &ComplaintSource,
) -> (Vec<Complaint>, Vec<FileQuality>, Vec<Problem>) {
    let mut complaints = Vec::new();
    let mut qualities = Vec::new();
    let mut problems = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for path in &source.files {
        let shown = project.display_path(path);
        let result = Table::open(path, &shown, &source.read)
            .map_err(|p| vec![p])
            .and_then(|table| {
                let cols = map_columns(&table, project, source)?;
                Ok((table, cols))
            });
        let (mut table, cols) = match result {
            Ok(t) => t,
            Err(ps) => {
                problems.extend(ps);
                continue;
            }
        };
        // Where rows are: the file, or a workbook's sheet.
        let cells_at = table.path.clone();
        let reader = RowReader {
            cols: &cols,
            file: &cells_at,
            width: table.header.len(),
            encoding: table.encoding,
            date_formats: &source.date_formats,
            project,
        };
        let mut quality = FileQuality::of(&table, "complaints");
        quality.without_ids = cols.id.is_none();
        let mut batch = Vec::new();
        loop {
            if let Err(p) = table.next_batch(&mut batch, 4096) {
                quality.reject("malformed CSV", vec![p]);
                break;
            }
            if batch.is_empty() {
                break;
            }
            for record in &batch {
                quality.rows += 1;
                match reader.read(record, &mut seen) {
                    Ok((c, blanked)) => {
                        quality.accepted += 1;
                        quality.saw(c.month, line_of(record));
                        quality.blank(blanked);
                        complaints.push(c);
                    }
                    Err(ps) => {
                        let reason = ps[0].0;
                        quality.reject(reason, ps.into_iter().map(|p| p.1).collect());
                    }
                }
            }
        }
        quality.finish();
        if let Some(p) = quality.no_rows() {
            problems.push(p);
        }
        qualities.push(quality);
    }
    (complaints, qualities, problems)
}

struct RowReader<'a> {
    cols: &'a Columns,
    file: &'a Path,
    width: usize,
    encoding: &'static encoding_rs::Encoding,
    date_formats: &'a [crate::project::DateFormat],
    project: &'a Project,
}

type RowProblems = Vec<(&'static str, Problem)>;

impl RowReader<'_> {
    fn read(
        &self,
        record: &ByteRecord,
        seen: &mut HashMap<String, u64>,
    ) -> Result<(Complaint, RowProblems), RowProblems> {
        let cols = self.cols;
        let line = line_of(record);
        if let Some(p) = record_problem(record, self.file, self.encoding) {
            return Err(vec![p]);
        }
        let mut problems: RowProblems = Vec::new();
        let mut problem = |reason: &'static str, col: usize, message: Message| {
            problems.push((
                reason,
                Problem::at(self.file, line, Some(col as u64 + 1), message),
            ));
        };
        if record.len() != self.width {
            problem(
                "wrong number of fields",
                record.len().min(self.width),
                width_message(record, self.width),
            );
            return Err(problems);
        }
        let id = match cols.id {
            // Without an id column a complaint is known by its line.
            None => format!("line {line}"),
            Some(id_col) => {
                let id = text(record, id_col);
                if id.is_empty() {
                    problem("empty complaint id", id_col, msg!("empty-complaint-id"));
                } else if let Some(first) = seen.get(&id) {
                    problem(
                        "duplicate complaint id",
                        id_col,
                        msg!("duplicate-complaint-id", id = shorten(&id), first = *first),
                    );
                } else {
                    seen.insert(id.clone(), line);
                }
                id
            }
        };
        let tz = self.project.timezone.as_ref();
        let time = |col: Option<usize>,
                    required: bool,
                    problem: &mut dyn FnMut(&'static str, usize, Message)| {
            let col = col?;
            let raw = text(record, col);
            if raw.is_empty() && !required {
                return None;
            }
            match date::read(&raw, tz, self.date_formats) {
                Ok(dt) => Some(dt),
                Err(message) => {
                    problem("unparseable date", col, message);
                    None
                }
            }
        };
        let hours = |col: Option<usize>, problem: &mut dyn FnMut(&'static str, usize, Message)| {
            let col = col?;
            let raw = text(record, col);
            if raw.is_empty() {
                return None;
            }
            match raw.parse::<f64>() {
                Ok(h) if h.is_finite() && (0.0..=MAX_HOURS).contains(&h) => Some(h),
                _ => {
                    problem(
                        "not a duration",
                        col,
                        msg!("not-hours", value = shorten(&raw), max = MAX_HOURS as u64),
                    );
                    None
                }
            }
        };
        let flag = |col: Option<usize>, problem: &mut dyn FnMut(&'static str, usize, Message)| {
            let col = col?;
            let raw = text(record, col);
            parse_flag(&raw).unwrap_or_else(|()| {
                problem(
                    "not a yes/no flag",
                    col,
                    msg!("not-a-flag", value = shorten(&raw)),
                );
                None
            })
        };
        let received = time(Some(cols.received), true, &mut problem);
        for &col in cols.breakdowns.iter().flatten().chain(&cols.segments) {
            if let Err(message) = check_label(&text(record, col)) {
                problem("value too long", col, message);
            }
        }
        // Fields a complaint does not need to be counted: a bad value is a
        // problem of that field alone, and under `skip` the field is left
        // empty while the complaint stays in every count that does not use it.
        let mut field_problems: RowProblems = Vec::new();
        let mut field = |reason: &'static str, col: usize, message: Message| {
            field_problems.push((
                reason,
                Problem::at(self.file, line, Some(col as u64 + 1), message),
            ));
        };
        let mut first_response_at = time(cols.first_response, false, &mut field);
        let mut resolved_at = time(cols.resolved, false, &mut field);
        for (when, col) in [
            (&mut first_response_at, cols.first_response),
            (&mut resolved_at, cols.resolved),
        ] {
            if let (Some(r), Some(t), Some(col)) = (received, *when, col)
                && t < r
            {
                field(
                    "event before receipt",
                    col,
                    msg!(
                        "event-before-receipt",
                        time = t.to_string(),
                        received = r.to_string()
                    ),
                );
                *when = None;
            }
        }
        let first_response_hours = hours(cols.first_response_hours, &mut field);
        let resolution_hours = hours(cols.resolution_hours, &mut field);
        let reopened = flag(cols.reopened, &mut field);
        let timely = flag(cols.timely, &mut field);
        let fcr = flag(cols.fcr, &mut field);
        if self.project.on_invalid == OnInvalid::Fail {
            problems.append(&mut field_problems);
        }
        let Some(received) = received.filter(|_| problems.is_empty()) else {
            problems.append(&mut field_problems);
            return Err(problems);
        };
        let missing = self.project.language.missing_label();
        let value = |col: usize| {
            let v = text(record, col);
            if v.is_empty() { missing.to_string() } else { v }
        };
        // A timestamp column wins over an hours column for the same event.
        let resolved =
            resolved_at.or_else(|| resolution_hours.and_then(|h| add_hours(received, h)));
        let complaint = Complaint {
            id,
            received,
            month: date::month_of(received),
            breakdowns: cols.breakdowns.map(|c| c.map(value)),
            first_response_hours: first_response_at
                .map(|t| hours_between(received, t))
                .or(first_response_hours),
            resolution_hours: resolved_at
                .map(|t| hours_between(received, t))
                .or(resolution_hours),
            resolved,
            reopened,
            timely,
            fcr,
            description: cols.description.map(|c| privacy::mask(&text(record, c))),
            segments: cols.segments.iter().map(|&c| value(c)).collect(),
        };
        Ok((complaint, field_problems))
    }
}
