//! Reading complaint records.
//!
//! A `Complaint` is one customer complaint, mapped from the user's columns to
//! the standard fields of the project file's `complaints.columns`. Complaints
//! are few (hundreds a month) and later analyses need exact values (median
//! resolution times), so they are kept as rows. Personal-data columns are never
//! read into a `Complaint`, so they cannot reach the output.

use std::collections::HashMap;
use std::path::Path;

use csv::ByteRecord;
use jiff::civil::DateTime;

use crate::dataset::date;
use crate::dataset::quality::FileQuality;
use crate::dataset::table::{Table, line_of};
use crate::error::Problem;
use crate::period::Month;
use crate::project::{ComplaintSource, Project};

/// One complaint.
#[derive(Clone, Debug)]
pub struct Complaint {
    pub id: String,
    pub received: DateTime,
    pub month: Month,
    /// The complaint's content category; the language's missing label when empty.
    pub category: String,
    pub severity: Option<String>,
    pub first_response: Option<DateTime>,
    pub resolved: Option<DateTime>,
    pub reopened: Option<bool>,
    /// Value of each of the source's segments, in `ComplaintSource::segments` order.
    pub segments: Vec<String>,
}

struct Columns {
    id: usize,
    received: usize,
    category: Option<usize>,
    severity: Option<usize>,
    first_response: Option<usize>,
    resolved: Option<usize>,
    reopened: Option<usize>,
    segments: Vec<usize>,
}

fn map_columns(
    table: &Table,
    project: &Project,
    source: &ComplaintSource,
) -> Result<Columns, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut need = |name: &str, what: &str| {
        table.column(name).unwrap_or_else(|| {
            problems.push(table.missing_column(name, what));
            0
        })
    };
    let c = &source.columns;
    let id = need(&c.id, "complaint id");
    let received = need(&c.received, "received time");
    let mut optional = |name: &Option<String>, what: &str| name.as_deref().map(|n| need(n, what));
    let category = optional(&c.category, "category");
    let severity = optional(&c.severity, "severity");
    let first_response = optional(&c.first_response, "first response time");
    let resolved = optional(&c.resolved, "resolution time");
    let reopened = optional(&c.reopened, "reopened flag");
    let segments = source
        .segments
        .iter()
        .map(|&s| need(&project.segments[s].column, "segment"))
        .collect();
    if problems.is_empty() {
        Ok(Columns {
            id,
            received,
            category,
            severity,
            first_response,
            resolved,
            reopened,
            segments,
        })
    } else {
        Err(problems)
    }
}

fn text(record: &ByteRecord, col: usize) -> String {
    String::from_utf8_lossy(record.get(col).unwrap_or_default())
        .trim()
        .to_string()
}

fn parse_flag(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "y" | "是" => Some(true),
        "0" | "false" | "no" | "n" | "否" => Some(false),
        _ => None,
    }
}

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
        let result = Table::open(path, &shown)
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
        let mut quality = FileQuality::new(shown.display().to_string(), "complaints");
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
                match read_row(
                    record,
                    &cols,
                    &shown,
                    &mut seen,
                    table.header.len(),
                    project.language.missing_label(),
                ) {
                    Ok(c) => {
                        quality.accepted += 1;
                        complaints.push(c);
                    }
                    Err(ps) => {
                        let reason = ps[0].0;
                        quality.reject(reason, ps.into_iter().map(|p| p.1).collect());
                    }
                }
            }
        }
        qualities.push(quality);
    }
    (complaints, qualities, problems)
}

fn read_row(
    record: &ByteRecord,
    cols: &Columns,
    file: &Path,
    seen: &mut HashMap<String, u64>,
    width: usize,
    missing: &str,
) -> Result<Complaint, Vec<(&'static str, Problem)>> {
    let line = line_of(record);
    let mut problems = Vec::new();
    let mut problem = |reason: &'static str, col: usize, message: String| {
        problems.push((
            reason,
            Problem::at(file, line, Some(col as u64 + 1), message),
        ));
    };
    if record.len() != width {
        problem(
            "wrong number of fields",
            record.len().min(width),
            format!(
                "the row has {} fields; expected {} as in the header",
                record.len(),
                width
            ),
        );
        return Err(problems);
    }
    let id = text(record, cols.id);
    if id.is_empty() {
        problem(
            "empty complaint id",
            cols.id,
            "empty complaint id; expected an id".into(),
        );
    } else if let Some(first) = seen.get(&id) {
        problem(
            "duplicate complaint id",
            cols.id,
            format!("duplicate complaint id `{id}`; first seen on line {first}"),
        );
    } else {
        seen.insert(id.clone(), line);
    }
    let time = |col: Option<usize>,
                required: bool,
                problem: &mut dyn FnMut(&'static str, usize, String)| {
        let col = col?;
        let raw = text(record, col);
        if raw.is_empty() && !required {
            return None;
        }
        let parsed = date::parse(&raw);
        if parsed.is_none() {
            problem(
                "unparseable date",
                col,
                format!("unparseable date `{raw}`; expected {}", date::EXPECTED),
            );
        }
        parsed
    };
    let received = time(Some(cols.received), true, &mut problem);
    let first_response = time(cols.first_response, false, &mut problem);
    let resolved = time(cols.resolved, false, &mut problem);
    for (when, col) in [
        (first_response, cols.first_response),
        (resolved, cols.resolved),
    ] {
        if let (Some(r), Some(t), Some(col)) = (received, when, col)
            && t < r
        {
            problem(
                "event before receipt",
                col,
                format!("`{t}` is earlier than the complaint was received ({r})"),
            );
        }
    }
    let reopened = cols.reopened.and_then(|col| {
        let raw = text(record, col);
        if raw.is_empty() {
            return None;
        }
        let flag = parse_flag(&raw);
        if flag.is_none() {
            problem(
                "not a yes/no flag",
                col,
                format!(
                    "value `{raw}` is not a flag; expected 1 or 0 (also true/false, yes/no, 是/否)"
                ),
            );
        }
        flag
    });
    let or_missing = |s: String| if s.is_empty() { missing.to_string() } else { s };
    match received {
        Some(received) if problems.is_empty() => Ok(Complaint {
            id,
            received,
            month: date::month_of(received),
            category: or_missing(cols.category.map(|c| text(record, c)).unwrap_or_default()),
            severity: cols
                .severity
                .map(|c| text(record, c))
                .filter(|s| !s.is_empty()),
            first_response,
            resolved,
            reopened,
            segments: cols
                .segments
                .iter()
                .map(|&c| or_missing(text(record, c)))
                .collect(),
        }),
        _ => Err(problems),
    }
}
