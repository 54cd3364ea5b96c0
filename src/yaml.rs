//! Reading YAML into typed values, with errors that point at file, line and column.
//!
//! Every YAML document csbook reads (the project file, instruments, front matter)
//! goes through `parse`, so unknown keys get the same "did you mean" help
//! everywhere.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Problem, suggestion};
use crate::messages::Message;
use crate::msg;

/// Parses `text` (read from `file`) as `T`. `line_offset` is the number of lines
/// before `text` in the file (front matter starts after its `---`).
pub fn parse<T: DeserializeOwned>(text: &str, file: &Path, line_offset: u64) -> Result<T, Problem> {
    serde_saphyr::from_str::<T>(text).map_err(|err| {
        let (line, column) = match err.location() {
            Some(loc) if loc.line() > 0 => (Some(loc.line() + line_offset), Some(loc.column())),
            _ => (None, None),
        };
        let found = err
            .location()
            .filter(|loc| loc.line() > 0)
            .map(|loc| scalar_at(text, loc.line(), loc.column()))
            .unwrap_or_default();
        Problem {
            file: file.to_path_buf(),
            line,
            column,
            message: Box::new(describe(&err, &found)),
            more: 0,
        }
    })
}

/// How many problems one read of a hand-written YAML file reports at most.
const MAX_PROBLEMS: usize = 20;

/// Parses `text` like `parse`, but reports every problem of a simple
/// `key: value` line in one run: the YAML library stops at the first error,
/// so the line at fault is blanked (keeping the line count) and the text
/// parsed again. A problem on a line that opens a mapping or list stops
/// there, because blanking it would only cause errors in its children.
pub fn parse_all<T: DeserializeOwned>(text: &str, file: &Path) -> Result<T, Vec<Problem>> {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut problems: Vec<Problem> = Vec::new();
    loop {
        let current = lines.join("\n");
        match parse::<T>(&current, file, 0) {
            Ok(value) if problems.is_empty() => return Ok(value),
            Ok(_) => return Err(problems),
            Err(p) => {
                let line = p.line.unwrap_or(0) as usize;
                let blankable = line > 0
                    && lines.get(line - 1).is_some_and(|l| {
                        l.split_once(':').is_some_and(|(_, v)| {
                            !v.trim().is_empty() && !v.trim().starts_with('#')
                        })
                    });
                let repeated = problems.iter().any(|q| q.line == p.line);
                if !repeated {
                    problems.push(p);
                }
                if !blankable || repeated || problems.len() >= MAX_PROBLEMS {
                    return Err(problems);
                }
                lines[line - 1].clear();
            }
        }
    }
}

/// Reads and parses a whole YAML file, with every problem of `parse_all`.
pub fn read<T: DeserializeOwned>(file: &Path) -> Result<T, Vec<Problem>> {
    let bytes = std::fs::read(file).map_err(|e| {
        vec![Problem::new(
            file,
            msg!("cannot-read-file", error = e.to_string()),
        )]
    })?;
    let (text, _) =
        crate::encoding::decode(&bytes, None, false).map_err(|(encoding, line, column)| {
            vec![crate::encoding::undecodable(file, encoding, line, column)]
        })?;
    parse_all(&text, file)
}

/// The scalar written at a line and column of `text` (1-based), without a
/// trailing comment, for messages.
fn scalar_at(text: &str, line: u64, column: u64) -> String {
    let Some(l) = text.lines().nth(line as usize - 1) else {
        return String::new();
    };
    let rest: String = l.chars().skip(column.saturating_sub(1) as usize).collect();
    let value = rest.split(" #").next().unwrap_or_default().trim();
    crate::error::shorten(value.trim_end_matches(','))
}

/// What a value of a Rust primitive type is, in the user's words.
fn expected_kind(type_name: &str) -> Option<Message> {
    Some(match type_name {
        "u8" | "u16" | "u32" | "u64" | "usize" => msg!("kind-count"),
        "i8" | "i16" | "i32" | "i64" | "isize" => msg!("kind-whole"),
        "f32" | "f64" => msg!("kind-number"),
        "bool" => msg!("kind-bool"),
        _ => return None,
    })
}

/// The error's first line without its location prefix, in the user's words:
/// a suggestion for an unknown key, the value and what was expected for a
/// wrong type, no advice meant for the YAML library's programmers.
fn describe(err: &serde_saphyr::Error, found: &str) -> Message {
    let rendered = err.to_string();
    let first = rendered.lines().next().unwrap_or("invalid YAML");
    let message = strip_location(first.trim_start_matches("error: ")).to_string();
    let kind = if message.starts_with("invalid floating point") {
        Some(msg!("kind-number"))
    } else {
        message
            .strip_prefix("invalid ")
            .and_then(|t| expected_kind(t.split([' ', ':', ',']).next().unwrap_or_default()))
    };
    if let Some(kind) = kind {
        return msg!("yaml-expected", kind = kind, found = found);
    }
    // A key written with no value (`title:`) is YAML's null; the library's
    // own wording speaks to Rust programmers.
    if message.starts_with("cannot deserialize null into") {
        return msg!("yaml-no-value");
    }
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set ").next().unwrap_or(key);
        return msg!("yaml-duplicate-key", key = crate::error::shorten(key));
    }
    match unknown_field(&message) {
        Some((field, expected)) => msg!(
            "yaml-unknown-key",
            key = field.as_str(),
            suggestion = suggestion(&field, expected.iter().map(String::as_str)),
            expected = expected
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        // The YAML library's own words (a syntax error).
        None => Message::Text(message),
    }
}

fn strip_location(message: &str) -> &str {
    // "line 3 column 5: message" -> "message"
    if message.starts_with("line ")
        && let Some((_, rest)) = message.split_once(": ")
    {
        return rest;
    }
    message
}

/// Parses the "unknown field `x`, expected one of a, b" message (names may also
/// be back-quoted, as serde itself writes them).
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.split_once("unknown field `")?.1;
    let (field, rest) = rest.split_once('`')?;
    let list = rest
        .split_once("expected one of ")
        .or_else(|| rest.split_once("expected "))?
        .1;
    let expected = list
        .split(',')
        .map(|s| s.trim().trim_matches('`').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((field.to_string(), expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        title: String,
        #[serde(default)]
        order: i64,
    }

    #[test]
    fn unknown_key_names_place_and_suggests() {
        let p = parse::<Small>("title: x\ntitel: y\n", Path::new("a.yaml"), 10).unwrap_err();
        assert_eq!(p.line, Some(12), "{p}");
        assert!(p.to_string().contains("unknown key `titel`"), "{p}");
        assert!(p.to_string().contains("did you mean `title`?"), "{p}");
    }

    #[test]
    fn type_error_has_line_and_column() {
        let p = parse::<Small>("title: x\norder: lots\n", Path::new("a.yaml"), 0).unwrap_err();
        assert_eq!((p.line, p.column), (Some(2), Some(8)), "{p}");
        assert_eq!(
            p.message.to_string(),
            "expected a whole number, found `lots`",
            "{p}"
        );
    }

    #[test]
    fn duplicate_keys_are_named_without_library_advice() {
        let p = parse::<Small>("title: x\ntitle: y\n", Path::new("a.yaml"), 0).unwrap_err();
        assert_eq!(
            p.message.to_string(),
            "the key `title` appears twice in this mapping; keep one",
            "{p}"
        );
    }
}
