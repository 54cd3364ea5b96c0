//! Reading survey responses into the survey cube.
//!
//! A responses file is wide: one row per respondent, one column per item, plus
//! the respondent id, the date and the segment columns. Each row is validated
//! (date, every answer against its item's scale, duplicate ids) and then added
//! to the accumulators of its groups; rows are never kept. Batches of rows are
//! read on one thread while rayon folds the previous batch on the others.

use rustc_hash::FxHashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::mpsc::sync_channel;

use csv::ByteRecord;
use rayon::prelude::*;

use crate::dataset::cube::{Answer, Layout, MISSING, NOT_APPLICABLE, SurveyCube};
use crate::dataset::date;
use crate::dataset::instrument::{Instrument, Item, Regime};
use crate::dataset::quality::FileQuality;
use crate::dataset::respondent::Respondent;
use crate::dataset::table::{Table, check_label, line_of, record_problem, width_message};
use crate::error::{Problem, shorten};
use crate::messages::Message;
use crate::msg;
use crate::progress::Progress;
use crate::project::{OnInvalid, Project, SurveySource};

/// Rows per batch handed to rayon.
const BATCH: usize = 8192;

/// Parts each batch is split into, whatever the number of threads: every
/// part always gets the same rows, and parts merge in a fixed order, so that
/// floating-point sums, and so the site, are the same bytes on any machine.
const FOLDS: usize = 8;

/// Where each needed field sits in a responses file.
struct Columns {
    /// None with `id_column: none`.
    id: Option<usize>,
    /// None with `period:`.
    date: Option<usize>,
    /// (segment index in the project, column index)
    segments: Vec<(usize, usize)>,
    /// Column of each instrument item, in instrument order.
    items: Vec<usize>,
    width: usize,
}

/// Maps the header to the fields; every missing or unknown column is a problem.
fn map_columns(
    table: &Table,
    project: &Project,
    source: &SurveySource,
    instrument: &Instrument,
) -> Result<Columns, Vec<Problem>> {
    let id_name = source.id_column.as_ref().map(|c| c.value.as_str());
    let date_name = source.date_column.value.as_str();
    let wanted: Vec<&str> = id_name
        .into_iter()
        .chain(source.period.is_none().then_some(date_name))
        .chain(instrument.items.iter().map(|i| i.id.as_str()))
        .collect();
    if let Some(p) = table.unrelated(msg!("what-responses-file"), &wanted) {
        return Err(vec![p]);
    }
    let mut problems = Vec::new();
    let mut need = |name: &str, what: Message, at: &serde_saphyr::Location| {
        table.require_at(name, what, at, &project.file, &mut problems)
    };
    let id = source
        .id_column
        .as_ref()
        .map(|c| need(&c.value, msg!("what-respondent-id"), &c.referenced));
    let date = source.period.is_none().then(|| {
        need(
            date_name,
            msg!("what-response-date"),
            &source.date_column.referenced,
        )
    });
    let segments = source
        .segments
        .iter()
        .map(|&s| {
            let segment = &project.segments[s];
            let what = msg!("what-segment", id = segment.id.as_str());
            (s, need(&segment.column, what, &segment.column_at))
        })
        .collect();
    // Item ids come from the instrument, not csbook.yaml: reported at the header.
    let items = instrument
        .items
        .iter()
        .map(|i| need(&i.id, msg!("what-item"), &serde_saphyr::Location::UNKNOWN))
        .collect();
    for (i, name) in table.header.iter().enumerate() {
        let known = id_name == Some(name.as_str())
            || name == date_name
            || source
                .segments
                .iter()
                .any(|&s| &project.segments[s].column == name)
            || instrument.items.iter().any(|it| &it.id == name)
            || project.is_personal(name)
            || source.other_columns.iter().any(|c| c == name);
        if !known {
            problems.push(Problem::at(
                &table.path,
                1,
                Some(i as u64 + 1),
                msg!(
                    "unknown-item",
                    name = name,
                    suggestion = crate::error::suggestion(
                        name,
                        instrument.items.iter().map(|i| i.id.as_str())
                    )
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(Columns {
            id,
            date,
            segments,
            items,
            width: table.header.len(),
        })
    } else {
        Err(problems)
    }
}

/// Why a cell is not an answer.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Why {
    NotYesNo,
    NotText,
    NotWhole,
    NotWholeNorLabel,
    OutsideScale,
}

impl Why {
    /// The reason the data-quality page counts.
    fn reason(self) -> &'static str {
        match self {
            Why::OutsideScale => "value outside its scale",
            _ => "not a number",
        }
    }

    fn message(self) -> Message {
        match self {
            Why::NotYesNo => msg!("why-not-yes-no"),
            Why::NotText => msg!("why-not-text"),
            Why::NotWhole => msg!("why-not-whole"),
            Why::NotWholeNorLabel => msg!("why-not-whole-nor-label"),
            Why::OutsideScale => msg!("why-outside-scale"),
        }
    }
}

/// Encodes one cell for `item`, answered under `regime`: an answer slot, or a marker.
fn encode(item: &Item, regime: &Regime, cell: &[u8]) -> Result<Answer, Why> {
    if item.binary {
        let text = std::str::from_utf8(cell).unwrap_or_default().trim();
        return match item.label_value(text) {
            _ if text.is_empty() => Ok(MISSING),
            // 0 for no, 1 for yes: an answer, even where the instrument's
            // not-applicable codes include 0.
            Some(v) => Ok(v as Answer),
            None => match text.parse::<i32>() {
                Ok(v) if item.na_codes.contains(&v) => Ok(NOT_APPLICABLE),
                _ => Err(Why::NotYesNo),
            },
        };
    }
    // Fast path: most answers are one or two plain digits.
    let value = match cell {
        [d] if d.is_ascii_digit() => Some((d - b'0') as i32),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            Some(((a - b'0') * 10 + (b - b'0')) as i32)
        }
        _ => None,
    };
    if let Some(value) = value {
        return scale_index(item, regime, value);
    }
    let text = std::str::from_utf8(cell).map_err(|_| Why::NotText)?.trim();
    if text.is_empty() {
        return Ok(MISSING);
    }
    let value: i32 = match text.parse() {
        Ok(v) => v,
        // "7.0" from a spreadsheet export is still the integer 7.
        Err(_) => match text.parse::<f64>() {
            Ok(f) if f.fract() == 0.0 && f.abs() < 1e6 => f as i32,
            _ => match item.label_value(text) {
                Some(v) => v,
                None if item.labels.is_empty() => return Err(Why::NotWhole),
                None => return Err(Why::NotWholeNorLabel),
            },
        },
    };
    scale_index(item, regime, value)
}

/// The answer slot of a whole-number answer, or the not-applicable marker.
fn scale_index(item: &Item, regime: &Regime, value: i32) -> Result<Answer, Why> {
    if item.na_codes.contains(&value) {
        return Ok(NOT_APPLICABLE);
    }
    let scale = regime.scale;
    if value < scale.lo || value > scale.hi {
        return Err(Why::OutsideScale);
    }
    let index = if item.reverse {
        scale.hi - value
    } else {
        value - scale.lo
    };
    Ok((regime.offset + index as usize) as Answer)
}

/// Per-chunk fold state.
struct Fold {
    cube: SurveyCube,
    quality: FileQuality,
    answers: Vec<Answer>,
    respondent: Respondent,
}

struct RowContext<'a> {
    project: &'a Project,
    instrument: &'a Instrument,
    layout: &'a Layout,
    cols: &'a Columns,
    file: &'a std::path::Path,
    encoding: &'static encoding_rs::Encoding,
    date_formats: &'a [crate::project::DateFormat],
    period: Option<crate::period::Month>,
}

impl RowContext<'_> {
    fn add_row(&self, fold: &mut Fold, record: &ByteRecord, duplicate_of: Option<u64>) {
        fold.quality.rows += 1;
        if let Some(p) = record_problem(record, self.file, self.encoding) {
            return self.reject(fold, vec![p]);
        }
        let line = line_of(record);
        let file = self.file;
        let mut problems: Vec<(&'static str, Problem)> = Vec::new();
        let mut cell_problem = |reason: &'static str, col: usize, message: Message| {
            problems.push((
                reason,
                Problem::at(file, line, Some(col as u64 + 1), message),
            ));
        };
        if record.len() != self.cols.width {
            cell_problem(
                "wrong number of fields",
                record.len().min(self.cols.width),
                width_message(record, self.cols.width),
            );
            return self.reject(fold, problems);
        }
        if let Some(id_col) = self.cols.id {
            let id = String::from_utf8_lossy(&record[id_col]);
            if id.trim().is_empty() {
                cell_problem("empty respondent id", id_col, msg!("empty-respondent-id"));
            } else if let Some(first) = duplicate_of {
                cell_problem(
                    "duplicate respondent id",
                    id_col,
                    msg!(
                        "duplicate-respondent-id",
                        id = shorten(id.trim()),
                        first = first
                    ),
                );
            }
        }
        let (month, day) = match (self.cols.date, self.period) {
            (_, Some(period)) => (
                Some(period),
                jiff::civil::Date::new(period.year, period.month as i8, 1).ok(),
            ),
            (Some(date_col), None) => {
                let date_text = String::from_utf8_lossy(&record[date_col]);
                match date::read(
                    &date_text,
                    self.project.timezone.as_ref(),
                    self.date_formats,
                ) {
                    Ok(dt) => (Some(date::month_of(dt)), Some(dt.date())),
                    Err(message) => {
                        cell_problem("unparseable date", date_col, message);
                        (None, None)
                    }
                }
            }
            (None, None) => (None, None),
        };
        // A bad answer is a problem of that item alone: under `skip` the
        // answer is left empty and the respondent stays in every other count.
        let mut answer_problems: Vec<(&'static str, Problem)> = Vec::new();
        fold.answers.clear();
        for (item, &col) in self.instrument.items.iter().zip(&self.cols.items) {
            let regime = item.regime(day);
            match encode(item, regime, &record[col]) {
                Ok(a) => fold.answers.push(a),
                Err(why) => {
                    fold.answers.push(MISSING);
                    let reason = why.reason();
                    let message = msg!(
                        "bad-answer",
                        value = shorten(String::from_utf8_lossy(&record[col]).trim()),
                        item = item.id.as_str(),
                        why = why.message(),
                        scale = regime.scale.to_string(),
                        regime = regime_hint(item, regime),
                        hint = na_hint(item)
                    );
                    answer_problems.push((
                        reason,
                        Problem::at(file, line, Some(col as u64 + 1), message),
                    ));
                }
            }
        }
        let mut values: Vec<(usize, &str)> = Vec::with_capacity(self.cols.segments.len());
        for &(segment, col) in &self.cols.segments {
            // Valid text: `record_problem` refused the row otherwise.
            let v = std::str::from_utf8(&record[col]).unwrap_or_default().trim();
            if v.is_empty() {
                values.push((segment, self.project.language.missing_label()));
            } else if let Err(message) = check_label(v) {
                cell_problem("value too long", col, message);
            } else {
                values.push((segment, v));
            }
        }
        if self.project.on_invalid == OnInvalid::Fail {
            problems.append(&mut answer_problems);
        }
        let Some(month) = month.filter(|_| problems.is_empty()) else {
            problems.append(&mut answer_problems);
            return self.reject(fold, problems);
        };
        fold.quality.accepted += 1;
        fold.quality.blank(answer_problems);
        fold.quality.saw(month, line);
        let layout = self.layout;
        fold.respondent.summarize(&layout.structure, &fold.answers);
        for (segment, value) in
            std::iter::once((None, "")).chain(values.into_iter().map(|(s, v)| (Some(s), v)))
        {
            if let Some(acc) = fold.cube.acc_mut(layout, month, segment, value) {
                acc.add(layout, &fold.answers, &fold.respondent);
            }
        }
    }

    fn reject(&self, fold: &mut Fold, problems: Vec<(&'static str, Problem)>) {
        let reason = problems.first().map(|p| p.0).unwrap_or("invalid row");
        fold.quality
            .reject(reason, problems.into_iter().map(|p| p.1).collect());
    }
}

/// Which scale was in force, for an item whose scale changed.
fn regime_hint(item: &Item, regime: &Regime) -> Message {
    if item.regimes.len() < 2 {
        return Message::none();
    }
    let next = item.regimes.iter().find(|r| r.from > regime.from);
    match (regime.from, next.and_then(|n| n.from)) {
        (Some(from), Some(to)) => {
            msg!(
                "scale-between",
                from = from.to_string(),
                to = to.to_string()
            )
        }
        (Some(from), None) => msg!("scale-from", from = from.to_string()),
        (None, Some(to)) => msg!("scale-before", to = to.to_string()),
        (None, None) => Message::none(),
    }
}

fn na_hint(item: &Item) -> Message {
    let codes = match item.na_codes.as_slice() {
        [] => Message::none(),
        codes => msg!(
            "or-na-code",
            codes = codes
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let labels = if item.labels.is_empty() {
        Message::none()
    } else {
        let labels: Vec<&str> = item.labels.iter().map(|(l, _)| l.as_str()).collect();
        msg!("or-label", labels = labels.join(", "))
    };
    msg!("answer-hints", codes = codes, labels = labels)
}

/// Reads every responses file of the survey into one cube.
pub fn load(
    project: &Project,
    source: &SurveySource,
    instrument: &Instrument,
    layout: &Layout,
    progress: &Progress,
) -> (SurveyCube, Vec<FileQuality>, Vec<Problem>) {
    let max_values = project.max_segment_values as usize;
    let mut cube = SurveyCube::with_limit(max_values);
    let mut qualities = Vec::new();
    let mut problems = Vec::new();
    for path in &source.responses {
        let shown = project.display_path(path);
        let Some(mut table) = Table::open(path, &shown, &source.read)
            .map_err(|p| problems.push(p))
            .ok()
        else {
            continue;
        };
        let cols = match map_columns(&table, project, source, instrument) {
            Ok(c) => c,
            Err(ps) => {
                problems.extend(ps);
                continue;
            }
        };
        // Where rows are: the file, or a workbook's sheet.
        let cells_at = table.path.clone();
        let ctx = RowContext {
            project,
            instrument,
            layout,
            cols: &cols,
            file: &cells_at,
            encoding: table.encoding,
            date_formats: &source.date_formats,
            period: source.period,
        };
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let bar = progress.bar(
            msg!("step-reading", file = shown.display().to_string()),
            size,
        );
        let mut quality = FileQuality::of(&table, "survey");
        quality.without_ids = cols.id.is_none();
        let mut folds: Vec<Fold> = (0..FOLDS)
            .map(|_| Fold {
                cube: SurveyCube::with_limit(max_values),
                quality: FileQuality::default(),
                answers: Vec::new(),
                respondent: Respondent::default(),
            })
            .collect();
        // A batch of records and, for each, the line of an earlier row with the same id.
        type Batch = (Vec<ByteRecord>, Vec<Option<u64>>);
        let (tx, rx) = sync_channel::<Result<Batch, Problem>>(2);
        // Read batches come back empty to be refilled, so that records keep
        // their buffers instead of allocating for every row.
        let (recycle, refill) = sync_channel::<Vec<ByteRecord>>(4);
        for _ in 0..3 {
            let _ = recycle.send(Vec::with_capacity(BATCH));
        }
        let id_column = cols.id;
        std::thread::scope(|scope| {
            // The reader thread also finds duplicate ids, which needs every earlier
            // id: a map of id hashes to first lines, the one per-row memory cost of
            // loading (16 bytes a row). It runs while the workers fold the
            // previous batch.
            scope.spawn(move || {
                let mut seen: FxHashMap<u64, u64> = FxHashMap::default();
                let hasher = RandomState::new();
                loop {
                    let mut batch = refill.recv().unwrap_or_default();
                    let result = table.next_batch(&mut batch, BATCH);
                    let done = matches!(&result, Ok(()) if batch.is_empty()) || result.is_err();
                    let duplicates = batch
                        .iter()
                        .map(|r| {
                            let id = id_column
                                .and_then(|c| r.get(c))
                                .map(<[u8]>::trim_ascii)
                                .unwrap_or_default();
                            if id.is_empty() {
                                return None;
                            }
                            let line = line_of(r);
                            let first = *seen.entry(hasher.hash_one(id)).or_insert(line);
                            (first != line).then_some(first)
                        })
                        .collect();
                    if tx.send(result.map(|()| (batch, duplicates))).is_err() || done {
                        break;
                    }
                }
            });
            for message in rx {
                let (batch, duplicates) = match message {
                    Ok((b, _)) if b.is_empty() => break,
                    Ok(b) => b,
                    Err(p) => {
                        quality.reject("malformed CSV", vec![p]);
                        break;
                    }
                };
                // One persistent accumulator per worker: groups are created once
                // per worker, not once per batch, and merged only at the end.
                let chunk = batch.len().div_ceil(folds.len()).max(1);
                folds
                    .par_iter_mut()
                    .zip(batch.par_chunks(chunk).zip(duplicates.par_chunks(chunk)))
                    .for_each(|(fold, (records, dups))| {
                        for (record, dup) in records.iter().zip(dups) {
                            ctx.add_row(fold, record, *dup);
                        }
                    });
                if let Some(pos) = batch.last().and_then(|r| r.position()) {
                    bar.set_position(pos.byte());
                }
                let _ = recycle.send(batch);
            }
            drop(recycle);
        });
        bar.finish();
        for fold in folds {
            cube.merge(fold.cube);
            quality.merge(fold.quality);
        }
        quality.finish();
        if let Some(p) = quality.no_rows() {
            problems.push(p);
        }
        qualities.push(quality);
    }
    (cube, qualities, problems)
}
