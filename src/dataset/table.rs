//! Tabular data files (CSV and YAML) read as a header and batches of records.
//!
//! A CSV may be in any encoding `encoding_rs` knows (detected or set with
//! `encoding:`, see `encoding`), with any of four delimiters (detected from
//! the header or set with `delimiter:`), with LF or CRLF line ends. A YAML
//! data file is a list of mappings, one per row; its keys become the header.
//! Both yield `csv::ByteRecord`s of UTF-8 text whose position carries the
//! record's physical line in the file, so that every later problem can name
//! its line.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use encoding_rs::{Encoding, UTF_8};

use crate::encoding::{self, SAMPLE_BYTES, undecodable};
use crate::project::ReadOptions;

use csv::ByteRecord;
use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::dataset::quality::FileQuality;
use crate::error::{Problem, shorten};
use crate::messages::Message;
use crate::msg;

/// The longest segment or breakdown value (a region, a category): it becomes
/// a label on pages and in charts, where a longer one is a mistake.
pub const MAX_LABEL_CHARS: usize = 1000;

/// Accepts a segment or breakdown value, or says why not.
pub fn check_label(value: &str) -> Result<(), Message> {
    let n = value.chars().count();
    if n > MAX_LABEL_CHARS {
        return Err(msg!(
            "label-too-long",
            value = shorten(value),
            length = n,
            max = MAX_LABEL_CHARS
        ));
    }
    Ok(())
}

/// The message for a row whose number of fields differs from the header's,
/// with the likely cause when a value runs over several lines: a quote that
/// opens a value and is never closed swallows the rows after it.
pub fn width_message(record: &ByteRecord, width: usize) -> Message {
    let unclosed = match record.iter().enumerate().find(|(_, f)| f.contains(&b'\n')) {
        Some((col, field)) => msg!(
            "unclosed-quote",
            column = col + 1,
            lines = field.iter().filter(|&&b| b == b'\n').count() + 1
        ),
        None => Message::none(),
    };
    msg!(
        "wrong-width",
        fields = record.len(),
        width = width,
        unclosed = unclosed
    )
}

/// The first field of `record` holding a NUL byte or a byte-order mark, which
/// no export puts inside a value: they come from a wrong encoding or from
/// files joined without care, and would become invisible distinct labels.
fn stray_bytes(record: &ByteRecord) -> Option<(usize, Message)> {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let raw = record.as_slice();
    let nul = memchr::memchr(0, raw).is_some();
    if !nul && memchr::memmem::find(raw, BOM).is_none() {
        return None;
    }
    record.iter().enumerate().find_map(|(i, field)| {
        if field.contains(&0) {
            Some((i, msg!("nul-byte")))
        } else if memchr::memmem::find(field, BOM).is_some() {
            Some((i, msg!("stray-bom")))
        } else {
            None
        }
    })
}

/// Why a record's bytes cannot be read as text, if they cannot: bytes that
/// did not decode in the file's encoding (never published as mojibake), a
/// NUL byte or a stray byte-order mark. A problem of that record alone, so
/// that `on_invalid: skip` loses that row and no other.
pub fn record_problem(
    record: &ByteRecord,
    file: &Path,
    encoding: &'static Encoding,
) -> Option<(&'static str, Problem)> {
    const REPLACEMENT: &[u8] = "\u{fffd}".as_bytes();
    let raw = record.as_slice();
    let undecoded = if encoding == UTF_8 {
        std::str::from_utf8(raw).is_err()
    } else {
        memchr::memmem::find(raw, REPLACEMENT).is_some()
    };
    if undecoded {
        let col = record
            .iter()
            .position(|f| {
                if encoding == UTF_8 {
                    std::str::from_utf8(f).is_err()
                } else {
                    memchr::memmem::find(f, REPLACEMENT).is_some()
                }
            })
            .unwrap_or(0);
        let hint = if encoding == UTF_8 {
            msg!("probably-gbk")
        } else {
            Message::none()
        };
        return Some((
            "not valid text in the file's encoding",
            Problem::at(
                file,
                line_of(record),
                Some(col as u64 + 1),
                msg!("undecodable-value", encoding = encoding.name(), hint = hint),
            ),
        ));
    }
    stray_bytes(record).map(|(col, what)| {
        (
            "stray byte",
            Problem::at(
                file,
                line_of(record),
                Some(col as u64 + 1),
                msg!("stray-bytes", what = what),
            ),
        )
    })
}

/// The delimiter the header line uses: the candidate found most often
/// outside quotes (a comma when there is none or a tie with it).
fn sniff_delimiter(header: &str) -> u8 {
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(i) = candidates.iter().position(|&c| c == b) {
            counts[i] += 1;
        }
    }
    let best = (0..4)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    candidates[best]
}

/// A delimiter as the project file writes it.
pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b'\t' => "\\t",
        b';' => ";",
        b'|' => "|",
        _ => ",",
    }
}

/// An open data file.
pub struct Table {
    pub path: PathBuf,
    pub header: Vec<String>,
    /// The encoding the file is read in.
    pub encoding: &'static Encoding,
    /// The CSV delimiter; None for YAML.
    pub delimiter: Option<u8>,
    /// CRLF line ends: the csv crate then counts a record's line one short
    /// (it stops at the CR, before the LF is read), which `next_batch` adds.
    crlf: bool,
    source: Source,
}

enum Source {
    Csv(csv::Reader<Box<dyn Read + Send>>),
    /// Rows read whole (a YAML file, a spreadsheet's sheet).
    Yaml(std::vec::IntoIter<ByteRecord>),
}

impl Table {
    /// Opens a data file; `.yaml`/`.yml` files are read as YAML, all others as
    /// CSV.
    ///
    /// # Errors
    /// A problem naming the file when it cannot be read or has no usable header.
    pub fn open(path: &Path, shown: &Path, read: &ReadOptions) -> Result<Table, Problem> {
        let is_yaml = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if is_yaml {
            return open_yaml(path, shown, read);
        }
        if matches!(
            path.extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .as_deref(),
            Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods")
        ) {
            return open_sheet(path, shown, read);
        }
        let cannot = |e: std::io::Error| {
            Problem::new(shown, msg!("cannot-read-file", error = e.to_string()))
        };
        let mut file = File::open(path).map_err(cannot)?;
        let mut sample = Vec::with_capacity(SAMPLE_BYTES);
        (&mut file)
            .take(SAMPLE_BYTES as u64)
            .read_to_end(&mut sample)
            .map_err(cannot)?;
        file.seek(SeekFrom::Start(0)).map_err(cannot)?;
        let whole = sample.len() < SAMPLE_BYTES;
        let encoding = encoding::detect(&sample, whole, read.encoding, read.chinese);
        let (text, _, _) = encoding.decode(&sample);
        let first_line = text.lines().next().unwrap_or_default();
        let crlf = text.find('\n').is_some_and(|i| text[..i].ends_with('\r'));
        let delimiter = read
            .delimiter
            .unwrap_or_else(|| sniff_delimiter(first_line));
        let input: Box<dyn Read + Send> = if encoding == UTF_8 {
            Box::new(BufReader::with_capacity(1 << 20, file))
        } else {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding))
                    .bom_override(true)
                    .strip_bom(true)
                    .build(BufReader::with_capacity(1 << 20, file)),
            )
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .buffer_capacity(1 << 20)
            .from_reader(input);
        let raw_header = reader
            .byte_headers()
            .map_err(|e| csv_problem(shown, &e, false))?
            .clone();
        let mut header = Vec::with_capacity(raw_header.len());
        for (i, h) in raw_header.iter().enumerate() {
            match std::str::from_utf8(h) {
                Ok(s) if !s.contains('\u{fffd}') || encoding == UTF_8 => {
                    header.push(s.trim().to_string())
                }
                _ => {
                    return Err(Problem::at(
                        shown,
                        1,
                        Some(i as u64 + 1),
                        msg!("undecodable-header", encoding = encoding.name()),
                    ));
                }
            }
        }
        // Rows under the names that are not data (a question-text row, an
        // import-id row): read and dropped; lines keep counting them.
        let mut skipped = ByteRecord::new();
        for _ in 1..read.header_rows {
            reader
                .read_byte_record(&mut skipped)
                .map_err(|e| csv_problem(shown, &e, crlf))?;
        }
        if let [only] = header.as_slice()
            && let Some(other) = [b',', b';', b'\t', b'|']
                .into_iter()
                .find(|&d| d != delimiter && only.as_bytes().contains(&d))
        {
            return Err(Problem::at(
                shown,
                1,
                None,
                msg!(
                    "wrong-delimiter",
                    used = delimiter_name(delimiter),
                    found = delimiter_name(other)
                ),
            ));
        }
        for (i, name) in header.iter().enumerate() {
            if let Some(first) = header[..i].iter().position(|h| h == name) {
                return Err(Problem::at(
                    shown,
                    1,
                    Some(i as u64 + 1),
                    msg!(
                        "duplicate-column",
                        name = shorten(name),
                        first = first + 1,
                        second = i + 1
                    ),
                ));
            }
        }
        if header.iter().all(String::is_empty) {
            return Err(Problem::at(shown, 1, None, msg!("empty-file")));
        }
        Ok(Table {
            path: shown.to_path_buf(),
            header,
            encoding,
            delimiter: Some(delimiter),
            crlf,
            source: Source::Csv(reader),
        })
    }

    /// The index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// One problem, instead of one per column, when the header holds none of
    /// the `wanted` columns: most likely the wrong file, or another delimiter.
    pub fn unrelated(&self, what: Message, wanted: &[&str]) -> Option<Problem> {
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
            [only] => msg!("header-one-value", length = only.chars().count()),
            header => msg!(
                "header-columns",
                count = header.len(),
                names = format!(
                    "{}{}",
                    header
                        .iter()
                        .take(5)
                        .map(|h| shorten(h))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if header.len() > 5 { ", …" } else { "" }
                )
            ),
        };
        Some(Problem::at(
            &self.path,
            1,
            None,
            msg!("unrelated-file", what = what, wanted = wanted, has = has),
        ))
    }

    /// The index of a required column; when it is missing, a problem at line 1
    /// (the header) is recorded and 0 returned, so that every missing column
    /// of a file is reported at once.
    pub fn require(&self, name: &str, what: Message, problems: &mut Vec<Problem>) -> usize {
        self.column(name).unwrap_or_else(|| {
            problems.push(Problem::at(
                &self.path,
                1,
                None,
                msg!(
                    "missing-column",
                    name = name,
                    what = what,
                    suggestion = self.did_you_mean(name),
                    header = self.header_list()
                ),
            ));
            0
        })
    }

    /// Like `require`, for a column that csbook.yaml names at `at`: a missing
    /// one is reported there, where the fix is, naming this file.
    pub fn require_at(
        &self,
        name: &str,
        what: Message,
        at: &serde_saphyr::Location,
        project_file: &Path,
        problems: &mut Vec<Problem>,
    ) -> usize {
        if at.line() == 0 || self.column(name).is_some() {
            return self.require(name, what, problems);
        }
        problems.push(Problem::at(
            project_file,
            at.line(),
            Some(at.column()),
            msg!(
                "mapped-column-missing",
                name = name,
                what = what,
                file = self.path.display().to_string(),
                suggestion = self.did_you_mean(name),
                header = self.header_list()
            ),
        ));
        0
    }

    /// `require_at` for a mapping read with its place.
    pub fn require_mapped(
        &self,
        mapping: &serde_saphyr::Spanned<String>,
        what: Message,
        project_file: &Path,
        problems: &mut Vec<Problem>,
    ) -> usize {
        self.require_at(
            &mapping.value,
            what,
            &mapping.referenced,
            project_file,
            problems,
        )
    }

    fn did_you_mean(&self, name: &str) -> Message {
        crate::error::suggestion(name, self.header.iter().map(String::as_str))
    }

    fn header_list(&self) -> String {
        self.header
            .iter()
            .map(|h| shorten(h))
            .collect::<Vec<_>>()
            .join(", ")
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
                    .map_err(|e| csv_problem(&self.path, &e, self.crlf))?,
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
            if self.crlf
                && let Some(pos) = batch[filled].position()
            {
                let mut pos = pos.clone();
                pos.set_line(pos.line() + 1);
                batch[filled].set_position(Some(pos));
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
    pub fn problem(&self, c: usize, message: Message) -> Problem {
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
    read: &ReadOptions,
    kind: &'static str,
    required: &[(&str, Message)],
    mut each: impl FnMut(&Row, &[usize]) -> Result<(), (&'static str, Problem)>,
) -> Result<FileQuality, Vec<Problem>> {
    let mut table = Table::open(path, shown, read).map_err(|p| vec![p])?;
    let encoding = table.encoding;
    let at = table.path.clone();
    let mut missing = Vec::new();
    let columns: Vec<usize> = required
        .iter()
        .map(|(name, what)| table.require(name, what.clone(), &mut missing))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut quality = FileQuality::of(&table, kind);
    let mut batch = Vec::new();
    loop {
        table.next_batch(&mut batch, 4096).map_err(|p| vec![p])?;
        if batch.is_empty() {
            break;
        }
        for record in &batch {
            quality.rows += 1;
            if let Some((reason, problem)) = record_problem(record, &at, encoding) {
                quality.reject(reason, vec![problem]);
                continue;
            }
            let row = Row {
                record,
                file: &at,
                line: line_of(record),
            };
            match each(&row, &columns) {
                Ok(()) => quality.accepted += 1,
                Err((reason, problem)) => quality.reject(reason, vec![problem]),
            }
        }
    }
    quality.finish();
    if let Some(p) = quality.no_rows() {
        return Err(vec![p]);
    }
    Ok(quality)
}

/// The line of a record (1-based, the header being line 1).
pub fn line_of(record: &ByteRecord) -> u64 {
    record.position().map(|p| p.line()).unwrap_or(0)
}

fn csv_problem(file: &Path, err: &csv::Error, crlf: bool) -> Problem {
    match err.position() {
        Some(pos) => Problem::at(
            file,
            pos.line() + u64::from(crlf),
            None,
            msg!("malformed-csv", error = err.to_string()),
        ),
        None => Problem::new(file, msg!("malformed-csv", error = err.to_string())),
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

/// A spreadsheet cell as the text a CSV export would hold: whole numbers
/// without `.0`, dates and date-times in ISO 8601, durations in hours (the
/// unit of csbook's hours columns).
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_duration() => (d.as_f64() * 24.0).to_string(),
        // calamine knows the workbook's date system (1900, or 1904 of old Mac Excel).
        Data::DateTime(d) => {
            let (y, m, day, h, min, sec, _) = d.to_ymd_hms_milli();
            match jiff::civil::DateTime::new(
                y as i16, m as i8, day as i8, h as i8, min as i8, sec as i8, 0,
            ) {
                Ok(dt) if dt.time() == jiff::civil::Time::midnight() => dt.date().to_string(),
                Ok(dt) => dt.to_string(),
                // 1900-02-29, Excel's leap-year bug, or out of range: the serial as written.
                Err(_) => d.as_f64().to_string(),
            }
        }
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

/// Opens a sheet of an Excel or OpenDocument workbook (`sheet:` names it;
/// the first by default). Its rows become records whose line is the sheet's
/// row number, and problems name the file as `file.xlsx[Sheet]`, shown with
/// the cell address (`responses.xlsx[Responses]!F31`).
fn open_sheet(path: &Path, shown: &Path, read: &ReadOptions) -> Result<Table, Problem> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| Problem::new(shown, msg!("cannot-read-workbook", error = e.to_string())))?;
    let names = book.sheet_names().to_vec();
    let sheet = match &read.sheet {
        Some(s) if names.contains(s) => s.clone(),
        Some(s) => {
            return Err(Problem::new(
                shown,
                msg!(
                    "no-such-sheet",
                    sheet = shorten(s),
                    suggestion = crate::error::suggestion(s, names.iter().map(String::as_str)),
                    sheets = names.join(", ")
                ),
            ));
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Problem::new(shown, msg!("no-sheet")))?,
    };
    let range = book.worksheet_range(&sheet).map_err(|e| {
        Problem::new(
            shown,
            msg!(
                "cannot-read-sheet",
                sheet = sheet.as_str(),
                error = e.to_string()
            ),
        )
    })?;
    let at = PathBuf::from(format!("{}[{sheet}]", shown.display()));
    let first_row = range.start().map_or(0, |(row, _)| row as u64);
    let mut rows = range.rows().enumerate();
    let header: Vec<String> = rows
        .next()
        .map(|(_, r)| r.iter().map(|c| cell_text(c).trim().to_string()).collect())
        .unwrap_or_default();
    let records: Vec<ByteRecord> = rows
        .skip(read.header_rows.saturating_sub(1) as usize)
        .map(|(i, row)| {
            let mut record: ByteRecord = row.iter().map(cell_text).collect();
            let mut pos = csv::Position::new();
            pos.set_line(first_row + i as u64 + 1);
            record.set_position(Some(pos));
            record
        })
        .collect();
    Ok(Table {
        path: at,
        header,
        encoding: UTF_8,
        delimiter: None,
        crlf: false,
        source: Source::Yaml(records.into_iter()),
    })
}

fn open_yaml(path: &Path, shown: &Path, read: &ReadOptions) -> Result<Table, Problem> {
    let bytes = std::fs::read(path)
        .map_err(|e| Problem::new(shown, msg!("cannot-read-file", error = e.to_string())))?;
    let (text, encoding) = encoding::decode(&bytes, read.encoding, read.chinese)
        .map_err(|(e, line, column)| undecodable(shown, e, line, column))?;
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
        encoding,
        delimiter: None,
        crlf: false,
        source: Source::Yaml(records.into_iter()),
    })
}
