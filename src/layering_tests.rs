//! The one-way flow of the build, checked on the source: project → dataset
//! (and content) → indicators → plan → render → output, each stage importing
//! only earlier stages, and the shared vocabulary beneath them importing none.

use std::path::{Path, PathBuf};

/// The stages in the order data flows through them; a stage may use only
/// those before it (and those on the same level).
const STAGES: &[(&str, u8)] = &[
    ("project", 0),
    ("dataset", 1),
    ("content", 1),
    ("indicators", 2),
    ("plan", 3),
    ("render", 4),
    ("output", 5),
];

/// Modules beneath every stage: ids, periods, languages, messages, errors.
const SHARED: &[&str] = &[
    "catalog",
    "cross_products",
    "encoding",
    "error",
    "language",
    "memory",
    "messages",
    "period",
    "progress",
    "yaml",
];

/// The Rust files of module `name`: `src/name.rs` and everything under
/// `src/name/`, without test files.
fn files_of(name: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = vec![src.join(format!("{name}.rs"))];
    let mut dirs = vec![src.join(name)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(path);
            }
        }
    }
    out.into_iter().filter(|p| p.is_file()).collect()
}

/// The code of a file before its `#[cfg(test)]` part.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Every (file, module) where a module imports `crate::<used>`.
fn imports(module: &str, used: &str) -> Vec<String> {
    let pattern = format!("crate::{used}");
    files_of(module)
        .iter()
        .filter(|f| {
            let text = code(f);
            text.match_indices(&pattern).any(|(i, _)| {
                // `crate::plan` but not `crate::planet`.
                !text[i + pattern.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .map(|f| format!("{} uses crate::{used}", f.display()))
        .collect()
}

#[test]
fn every_stage_imports_only_earlier_stages() {
    let mut wrong = Vec::new();
    for &(stage, level) in STAGES {
        for &(other, other_level) in STAGES {
            if other_level > level {
                wrong.extend(imports(stage, other));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_shared_vocabulary_imports_no_stage() {
    let mut wrong = Vec::new();
    for shared in SHARED {
        assert!(!files_of(shared).is_empty(), "no module {shared}");
        for &(stage, _) in STAGES {
            wrong.extend(imports(shared, stage));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The check can fail: render uses indicators, so indicators may not use render.
#[test]
fn the_check_sees_an_import() {
    assert!(!imports("render", "indicators").is_empty());
    assert!(imports("indicators", "render").is_empty());
}

/// Indicators return facts: no language, message or sentence is decided
/// there (words are the business of `plan` and `render`).
#[test]
fn indicators_hold_no_words() {
    let wrong: Vec<String> = files_of("indicators")
        .iter()
        .filter(|f| {
            let text = code(f);
            ["Language", "messages::", "msg!(", "static_words"]
                .iter()
                .any(|w| text.contains(w))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
