use std::collections::BTreeSet;
use std::path::Path;

use super::*;

fn ids(text: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the catalogue does not parse: {errors:?}"));
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Every `msg!("id"` of the source, read from the files.
fn used_ids(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            used_ids(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let parts = text
                .split("msg!(")
                .skip(1)
                .chain(text.split("static_words(").skip(1));
            for part in parts {
                let id = part
                    .trim_start()
                    .strip_prefix('"')
                    .and_then(|p| p.split('"').next());
                if let Some(id) = id.filter(|id| {
                    id.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                }) {
                    out.insert(id.to_string());
                }
            }
        }
    }
}

/// The string literals of the list that follows `start` in `source`, up to `];`.
fn string_list(source: &str, start: &str) -> Vec<String> {
    let from = source.find(start).unwrap_or_else(|| panic!("no `{start}`"));
    let list = &source[from..];
    let list = &list[list.find("&[").unwrap() + 2..list.find("];").unwrap()];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn both_catalogues_parse_and_hold_the_same_keys() {
    let en = ids(CATALOGUES[0].2);
    let zh = ids(CATALOGUES[1].2);
    assert!(!en.is_empty());
    let only_en: Vec<_> = en.difference(&zh).collect();
    let only_zh: Vec<_> = zh.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_zh.is_empty(),
        "only in en: {only_en:?}; only in zh-CN: {only_zh:?}"
    );
}

#[test]
fn every_message_the_code_uses_is_in_the_catalogue() {
    let mut used = BTreeSet::new();
    used_ids(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    // This file's own examples.
    used.remove("id");
    let en = ids(CATALOGUES[0].2);
    // Indicator definitions and names, keyed by the catalogue's ids.
    for def in crate::catalog::ALL {
        used.insert(format!("def-{}", def.id.replace('_', "-")));
        used.insert(def.catalogue_id());
    }
    // The theme's strings and the rejection reasons (`src/render/i18n.rs`,
    // read from the source: the module is private to `render`).
    let i18n =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render/i18n.rs"))
            .unwrap();
    let keys = string_list(&i18n, "const KEYS");
    assert!(keys.len() > 100, "the theme's keys were not found");
    for key in keys {
        used.insert(format!("ui-{}", key.replace('_', "-")));
    }
    for reason in string_list(&i18n, "const REASONS") {
        let words: Vec<&str> = reason
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        used.insert(format!("reason-{}", words.join("-").to_ascii_lowercase()));
    }
    // Entries that other entries quote (`{ expected-date }`).
    for id in &en {
        if CATALOGUES[0].2.contains(&format!("{{ {id} }}")) {
            used.insert(id.clone());
        }
    }
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never used: {unused:?}"
    );
}

#[test]
fn arguments_plurals_and_parts_are_put_in_words() {
    let one = crate::msg!("problems-found", count = 1u64);
    let many = crate::msg!("problems-found", count = 3u64);
    assert_eq!(one.render(Language::En), "1 problem found:");
    assert_eq!(many.render(Language::En), "3 problems found:");
    assert_eq!(many.render(Language::ZhCn), "发现 3 个问题：");
    let hint = crate::msg!("did-you-mean", word = "title");
    assert_eq!(hint.render(Language::En), " (did you mean `title`?)");
    assert_eq!(hint.render(Language::ZhCn), "（是否想写 `title`？）");
}

/// Lines (file, a part of the line) whose Chinese is data, not words: tokens
/// recognised in the user's input.
const CJK_ALLOWED_LINES: &[(&str, &str)] = &[
    // Yes/no flags as a Chinese spreadsheet writes them.
    ("src/dataset/complaints.rs", r#""是""#),
    ("src/dataset/complaints.rs", r#""否""#),
    ("src/dataset/instrument.rs", r#""否""#),
];

/// True if `c` is a Chinese, Japanese or Korean character or punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
}

/// The source without its `#[cfg(test)]` modules, line by line (numbered
/// from 1), each line without its `//` comment.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((i, line)) = lines.next() {
        if line.trim() == "#[cfg(test)]" {
            // Skip the item that follows, up to its closing brace (or `;`).
            let mut depth = 0i32;
            let mut opened = false;
            for (_, line) in lines.by_ref() {
                let code = line.split("//").next().unwrap_or("");
                depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
                opened |= code.contains('{');
                if (opened && depth <= 0) || (!opened && code.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        let code = match line.find("//") {
            // `//` in a string (a URL) is not a comment; a comment after code
            // is rare enough to keep simple: a line is cut at its first `//`
            // unless that is inside quotes.
            Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
            _ => line,
        };
        out.push((i + 1, code.to_string()));
    }
    out
}

/// Every line of non-test Rust under `dir` holding Chinese outside comments.
fn cjk_lines(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            cjk_lines(root, &path, out);
            continue;
        }
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if path.extension().is_none_or(|e| e != "rs")
            || path.file_name().is_some_and(|n| n == "tests.rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in code_lines(&text) {
            let allowed = CJK_ALLOWED_LINES
                .iter()
                .any(|(file, part)| *file == name && line.contains(part));
            if line.chars().any(is_cjk) && !allowed {
                out.push(format!("{name}:{number}: {}", line.trim()));
            }
        }
    }
}

/// Words for the reader come from the catalogue: no Chinese in the code.
#[test]
fn no_chinese_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    cjk_lines(root, &root.join("src"), &mut found);
    assert!(
        found.is_empty(),
        "Chinese outside comments and tests (put the words in src/messages/*.ftl):\n{}",
        found.join("\n")
    );
}
