//! Tabular data files (CSV and YAML) read as a header and batches of records.
//!
//! A CSV may be UTF-8 with or without a BOM, with LF or CRLF line ends. A YAML
//! data file is a list of mappings, one per row; its keys become the header. Both
//! yield `csv::ByteRecord`s whose position carries the record's line in the
//! file, so that every later problem can name its line.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use csv::ByteRecord;
use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::dataset::quality::FileQuality;
use crate::error::{Problem, shorten};

/// The longest segment or breakdown value (a region, a category): it becomes
/// a label on pages and in charts, where a longer one is a mistake.
pub const MAX_LABEL_CHARS: usize = 1000;

/// Accepts a segment or breakdown value, or says why not.
pub fn check_label(value: &str) -> Result<(), String> {
    let n = value.chars().count();
    if n > MAX_LABEL_CHARS {
        return Err(format!(
            "value `{}` is {n} characters long; a segment or category value may have at most {MAX_LABEL_CHARS}",
            shorten(value)
        ));
    }
    Ok(())
}

/// The message for a row whose number of fields differs from the header's,
/// with the likely cause when a value runs over several lines: a quote that
/// opens a value and is never closed swallows the rows after it.
pub fn width_message(record: &ByteRecord, width: usize) -> String {
    let mut message = format!(
        "the row has {} fields; expected {width} as in the header",
        record.len()
    );
    if let Some((col, field)) = record.iter().enumerate().find(|(_, f)| f.contains(&b'\n')) {
        let lines = field.iter().filter(|&&b| b == b'\n').count() + 1;
        message.push_str(&format!(
            "; the quoted value in column {} runs over {lines} lines, so a quote (\") that opens it is probably never closed",
            col + 1
        ));
    }
    message
}

/// The first field of `record` holding a NUL byte or a byte-order mark, which
/// no export puts inside a value: they come from a wrong encoding or from
/// files joined without care, and would become invisible distinct labels.
fn stray_bytes(record: &ByteRecord) -> Option<(usize, &'static str)> {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let raw = record.as_slice();
    let nul = memchr::memchr(0, raw).is_some();
    if !nul && memchr::memmem::find(raw, BOM).is_none() {
        return None;
    }
    record.iter().enumerate().find_map(|(i, field)| {
        if field.contains(&0) {
            Some((i, "a NUL byte"))
        } else if memchr::memmem::find(field, BOM).is_some() {
            Some((i, "a byte-order mark (U+FEFF)"))
        } else {
            None
        }
    })
}

/// An open data file.
pub struct Table {
    pub path: PathBuf,
    pub header: Vec<String>,
    source: Source,
}

enum Source {
    Csv(csv::Reader<BufReader<File>>),
    Yaml(std::vec::IntoIter<ByteRecord>),
}

impl Table {
    /// Opens a data file; `.yaml`/`.yml` files are read as YAML, all others as CSV.
    ///
    /// # Errors
    /// A problem naming the file when it cannot be read or has no usable header.
    pub fn open(path: &Path, shown: &Path) -> Result<Table, Problem> {
        let is_yaml = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if is_yaml {
            return open_yaml(path, shown);
        }
        let file = File::open(path)
            .map_err(|e| Problem::new(shown, format!("cannot read the file: {e}")))?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .buffer_capacity(1 << 20)
            .from_reader(BufReader::with_capacity(1 << 20, file));
        let header = reader
            .byte_headers()
            .map_err(|e| csv_problem(shown, &e))?
            .iter()
            .enumerate()
            .map(|(i, h)| {
                std::str::from_utf8(h)
                    .map(|s| s.trim().to_string())
                    .map_err(|_| {
                        Problem::at(
                            shown,
                            1,
                            Some(i as u64 + 1),
                            "the header is not valid UTF-8; save the file as UTF-8",
                        )
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        for (i, name) in header.iter().enumerate() {
            if let Some(first) = header[..i].iter().position(|h| h == name) {
                return Err(Problem::at(
                    shown,
                    1,
                    Some(i as u64 + 1),
                    format!(
                        "column `{}` appears twice in the header (columns {} and {}); rename or remove one",
                        shorten(name),
                        first + 1,
                        i + 1
                    ),
                ));
            }
        }
        if header.iter().all(String::is_empty) {
            return Err(Problem::at(
                shown,
                1,
                None,
                "the file is empty; expected a header row",
            ));
        }
        Ok(Table {
            path: shown.to_path_buf(),
            header,
            source: Source::Csv(reader),
        })
    }

    /// The index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// One problem, instead of one per column, when the header holds none of
    /// the `wanted` columns: most likely the wrong file, or another delimiter.
    pub fn unrelated(&self, what: &str, wanted: &[&str]) -> Option<Problem> {
        if wanted.iter().any(|w| self.column(w).is_some()) {
            return None;
        }
        let wanted = wanted
            .iter()
            .take(5)
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ");
        // A one-column "header" is a first line that is not CSV at all (any
        // text file named by mistake): say so without repeating it.
        let has = match self.header.as_slice() {
            [only] => format!(
                "its first line is one value of {} characters, not a header of comma-separated columns",
                only.chars().count()
            ),
            header => format!(
                "its header has {} columns: {}{}",
                header.len(),
                header
                    .iter()
                    .take(5)
                    .map(|h| shorten(h))
                    .collect::<Vec<_>>()
                    .join(", "),
                if header.len() > 5 { ", …" } else { "" }
            ),
        };
        Some(Problem::at(
            &self.path,
            1,
            None,
            format!(
                "none of the columns a {what} needs ({wanted}) is in this file; {has}. \
                 Check that csbook.yaml names the right file, saved as comma-separated values"
            ),
        ))
    }

    /// The index of a required column; when it is missing, a problem at line 1
    /// (the header) is recorded and 0 returned, so that every missing column
    /// of a file is reported at once.
    pub fn require(&self, name: &str, what: &str, problems: &mut Vec<Problem>) -> usize {
        self.column(name).unwrap_or_else(|| {
            problems.push(Problem::at(
                &self.path,
                1,
                None,
                format!(
                    "missing required column `{name}` ({what}); the header has: {}",
                    self.header
                        .iter()
                        .map(|h| shorten(h))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
            0
        })
    }

    /// Replaces `batch` with up to `max` next records. An empty batch means the end.
    ///
    /// # Errors
    /// A problem with the line where the CSV could not be parsed.
    pub fn next_batch(&mut self, batch: &mut Vec<ByteRecord>, max: usize) -> Result<(), Problem> {
        batch.truncate(max);
        let mut filled = 0;
        while filled < max {
            if filled == batch.len() {
                batch.push(ByteRecord::new());
            }
            let more = match &mut self.source {
                Source::Csv(reader) => reader
                    .read_byte_record(&mut batch[filled])
                    .map_err(|e| csv_problem(&self.path, &e))?,
                Source::Yaml(rows) => match rows.next() {
                    Some(r) => {
                        batch[filled] = r;
                        true
                    }
                    None => false,
                },
            };
            if !more {
                break;
            }
            if let Some((col, what)) = stray_bytes(&batch[filled]) {
                return Err(Problem::at(
                    &self.path,
                    line_of(&batch[filled]),
                    Some(col as u64 + 1),
                    format!("the value holds {what}; re-export the file as plain UTF-8 text"),
                ));
            }
            filled += 1;
        }
        batch.truncate(filled);
        Ok(())
    }
}

/// A record of a small data file, with what a loader needs to read and blame it.
pub struct Row<'a> {
    record: &'a ByteRecord,
    file: &'a Path,
    pub line: u64,
}

impl Row<'_> {
    /// The trimmed text of column `c` (invalid UTF-8 replaced).
    pub fn text(&self, c: usize) -> String {
        String::from_utf8_lossy(self.record.get(c).unwrap_or_default())
            .trim()
            .to_string()
    }

    /// A problem at column `c` of this row.
    pub fn problem(&self, c: usize, message: String) -> Problem {
        Problem::at(self.file, self.line, Some(c as u64 + 1), message)
    }
}

/// Reads every row of a small data file (customer base, activity). The
/// columns named in `required` ((name, what it holds) pairs) must exist; `each`
/// gets every row with those columns' indexes, and accepts it or rejects it
/// with a reason and the problem, which the file's quality report counts.
///
/// # Errors
/// The file cannot be opened or parsed, or required columns are missing.
pub fn read_rows(
    path: &Path,
    shown: &Path,
    kind: &'static str,
    required: &[(&str, &str)],
    mut each: impl FnMut(&Row, &[usize]) -> Result<(), (&'static str, Problem)>,
) -> Result<FileQuality, Vec<Problem>> {
    let mut table = Table::open(path, shown).map_err(|p| vec![p])?;
    let mut missing = Vec::new();
    let columns: Vec<usize> = required
        .iter()
        .map(|(name, what)| table.require(name, what, &mut missing))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut quality = FileQuality::new(shown.display().to_string(), kind);
    let mut batch = Vec::new();
    loop {
        table.next_batch(&mut batch, 4096).map_err(|p| vec![p])?;
        if batch.is_empty() {
            break;
        }
        for record in &batch {
            quality.rows += 1;
            let row = Row {
                record,
                file: shown,
                line: line_of(record),
            };
            match each(&row, &columns) {
                Ok(()) => quality.accepted += 1,
                Err((reason, problem)) => quality.reject(reason, vec![problem]),
            }
        }
    }
    quality.finish();
    Ok(quality)
}

/// The line of a record (1-based, the header being line 1).
pub fn line_of(record: &ByteRecord) -> u64 {
    record.position().map(|p| p.line()).unwrap_or(0)
}

fn csv_problem(file: &Path, err: &csv::Error) -> Problem {
    match err.position() {
        Some(pos) => Problem::at(file, pos.line(), None, format!("malformed CSV: {err}")),
        None => Problem::new(file, format!("malformed CSV: {err}")),
    }
}

/// A YAML scalar read as text.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null(()),
}

impl Scalar {
    fn into_text(self) -> String {
        match self {
            Scalar::Text(s) => s,
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Null(()) => String::new(),
        }
    }
}

fn open_yaml(path: &Path, shown: &Path) -> Result<Table, Problem> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Problem::new(shown, format!("cannot read the file: {e}")))?;
    let rows: Vec<IndexMap<String, Spanned<Scalar>>> = crate::yaml::parse(&text, shown, 0)?;
    let mut header: Vec<String> = Vec::new();
    for row in &rows {
        for key in row.keys() {
            if !header.contains(key) {
                header.push(key.clone());
            }
        }
    }
    let records: Vec<ByteRecord> = rows
        .into_iter()
        .map(|mut row| {
            let line = row.values().map(|v| v.referenced.line()).min().unwrap_or(0);
            let fields: Vec<String> = header
                .iter()
                .map(|h| {
                    row.swap_remove(h)
                        .map(|v| v.value.into_text())
                        .unwrap_or_default()
                })
                .collect();
            let mut record = ByteRecord::from(fields);
            let mut pos = csv::Position::new();
            pos.set_line(line);
            record.set_position(Some(pos));
            record
        })
        .collect();
    Ok(Table {
        path: shown.to_path_buf(),
        header,
        source: Source::Yaml(records.into_iter()),
    })
}
