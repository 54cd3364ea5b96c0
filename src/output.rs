//! Writing the site: every file goes into a fresh folder beside the target,
//! which is swapped in only when all of it is written, so a failed build leaves
//! the last good site untouched. Also the downloadable indicator tables.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::OutputFile;
use serde::Serialize;

/// A file csbook leaves in every site it writes; a folder without it is never
/// replaced, so that a mistyped `--out` cannot delete someone's files.
const MARKER: &str = ".csbook-site";

/// A table's rows with the names of its columns, so that a table without
/// rows is still written with its header.
pub trait Columns: Serialize {
    /// The CSV header line, without its line end.
    const HEADER: &'static str;
}

impl Columns for crate::indicators::Observation {
    const HEADER: &'static str = "indicator,period,segment,segment_value,dimension,item,key,value,n,ci_low,ci_high,share,cum_share,vital_few,label";
}

impl Columns for crate::indicators::significance::Comparison {
    const HEADER: &'static str = "period,segment,segment_value,indicator,against,base_period,value,base_value,difference,n,base_n,test,statistic,df,p,p_adjusted,significant,direction,low_base";
}

impl<T: Columns> Columns for &T {
    const HEADER: &'static str = T::HEADER;
}

/// A table (observations, comparisons) as CSV: tidy long form, full
/// precision, and always its header, even without rows.
pub fn table_csv<T: Columns>(rows: &[T]) -> Result<Vec<u8>> {
    if rows.is_empty() {
        return Ok(format!("{}\n", T::HEADER).into_bytes());
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.serialize(row)
            .map_err(|e| Error::Internal(format!("writing a CSV table: {e}")))?;
    }
    w.into_inner()
        .map_err(|e| Error::Internal(format!("writing a CSV table: {e}")))
}

/// A table as JSON: an array of records with the CSV's columns, leaving out
/// the empty ones (null values and empty keys) to keep the file small.
pub fn table_json<T: Serialize>(rows: &[T]) -> Result<Vec<u8>> {
    let fail = |e: serde_json::Error| Error::Internal(format!("writing a JSON table: {e}"));
    let mut out = b"[".to_vec();
    for (i, row) in rows.iter().enumerate() {
        let serde_json::Value::Object(mut record) = serde_json::to_value(row).map_err(fail)? else {
            return Err(Error::Internal(
                "an observation is not a JSON object".into(),
            ));
        };
        record.retain(|_, v| !(v.is_null() || v.as_str() == Some("")));
        if i > 0 {
            out.push(b',');
        }
        out.extend(b"\n");
        serde_json::to_writer(&mut out, &record).map_err(fail)?;
    }
    out.extend(b"\n]\n");
    Ok(out)
}

/// Writes `files` as the whole content of `out`, replacing what was there.
///
/// # Errors
/// When `out` exists but is not a csbook site, or a file cannot be written; in
/// both cases `out` is left as it was.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<()> {
    if out.exists() && !is_replaceable(out) {
        return Err(Error::Invalid(vec![crate::error::Problem::new(
            out,
            crate::msg!("not-a-site-folder"),
        )]));
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(Error::io(&parent))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("site");
    remove_stale(&parent, name);
    let staging = parent.join(format!(".{name}.csbook-new-{}", std::process::id()));
    let old = parent.join(format!(".{name}.csbook-old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    if let Err(e) = write_all(&staging, files) {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if out.exists() {
        fs::rename(out, &old).map_err(Error::io(out))?;
    }
    if let Err(e) = fs::rename(&staging, out) {
        // Put the previous site back before reporting.
        let _ = fs::rename(&old, out);
        let _ = fs::remove_dir_all(&staging);
        return Err(Error::io(out)(e));
    }
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

/// Removes what interrupted builds (killed while writing) left beside `out`:
/// folders named as csbook names them, holding its marker, whose process is
/// gone. A running build's folder is kept, as is anything csbook did not write.
/// A previous site set aside by a build killed just before the swap is put
/// back when there is no site, so it is never lost.
fn remove_stale(parent: &Path, name: &str) {
    let out = parent.join(name);
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&format!(".{name}.")))
        else {
            continue;
        };
        let (old, pid) = match (
            rest.strip_prefix("csbook-new-"),
            rest.strip_prefix("csbook-old-"),
        ) {
            (Some(pid), _) => (false, pid),
            (_, Some(pid)) => (true, pid),
            _ => continue,
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir || !path.join(MARKER).is_file() || is_running(pid) {
            continue;
        }
        if old && !out.exists() && fs::rename(&path, &out).is_ok() {
            continue;
        }
        let _ = fs::remove_dir_all(&path);
    }
}

/// Whether a process with this id exists (on systems without /proc, assume
/// it does, and keep its folder).
fn is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

fn is_replaceable(dir: &Path) -> bool {
    dir.join(MARKER).is_file()
        || fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false)
}

fn write_all(dir: &Path, files: &[OutputFile]) -> Result<()> {
    fs::create_dir_all(dir).map_err(Error::io(dir))?;
    fs::write(
        dir.join(MARKER),
        b"written by csbook; safe to delete with the site\n",
    )
    .map_err(Error::io(dir))?;
    for file in files {
        let path = dir.join(&file.path);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p).map_err(Error::io(p))?;
        }
        fs::write(&path, &file.bytes).map_err(Error::io(&path))?;
    }
    Ok(())
}
