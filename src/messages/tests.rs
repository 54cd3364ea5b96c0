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
    for def in crate::indicators::catalog::ALL {
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
