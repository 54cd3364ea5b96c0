//! The user-interface strings of the built-in theme. Templates read them as
//! `t.key`, Rust as `strings(lang)["key"]`; the words are the catalogue's
//! entries `ui-<key with - for _>` (`src/messages/*.ftl`).
//!
//! Some strings hold a `{month}`-like slot that their callers replace; the
//! catalogue writes it `{"{"}month{"}"}`.

use std::collections::BTreeMap;

use crate::messages::{Message, PerLanguage};
use crate::project::Language;

/// Every key of the theme's strings, each an entry `ui-…` of the catalogue
/// (the catalogue test reads this list from the source: keep one literal per key).
const KEYS: &[&str] = &[
    "home",
    "handbook",
    "reports",
    "report_title",
    "pareto_title",
    "archive",
    "analysis_title",
    "analysis",
    "open_analysis",
    "key_figures",
    "significance",
    "significance_all",
    "significance_anova",
    "flagged",
    "indicator",
    "against",
    "base_value",
    "difference",
    "test",
    "statistic",
    "df",
    "p_value",
    "p_adjusted",
    "result",
    "segment_value",
    "segment_name",
    "low_base",
    "reliability",
    "reliability_note",
    "dimension",
    "block",
    "survey_checks",
    "alpha_checked",
    "alpha_months",
    "zone_checked",
    "block_perception",
    "block_expectation",
    "block_gap",
    "loyalty",
    "loyalty_note",
    "quadrant",
    "meaning",
    "quality",
    "downloads",
    "latest_report",
    "headline",
    "vs_last_month",
    "vs_last_year",
    "attention_basis",
    "handling",
    "downloads_intro",
    "file_contents",
    "size",
    "indicators_file",
    "comparisons_file",
    "indicator_column",
    "indicator_list",
    "name",
    "definition",
    "not_in_this_handbook",
    "significant_change",
    "target",
    "on_target",
    "off_target",
    "no_target",
    "month",
    "quarter",
    "partial_quarter",
    "value",
    "base",
    "data_table",
    "commentary",
    "no_commentary",
    "previous",
    "next",
    "contents",
    "on_this_page",
    "category",
    "count",
    "share",
    "cum_share",
    "vital_few",
    "yes",
    "file",
    "read_as",
    "scale_use",
    "item",
    "scale_use_note",
    "unused_values",
    "blanked",
    "blanked_note",
    "without_ids",
    "delimited_by",
    "rows",
    "accepted",
    "rejected",
    "reason",
    "examples",
    "all_rows_accepted",
    "suppressed_note",
    "min_cell",
    "segment",
    "overall",
    "download_csv",
    "download_json",
    "columns",
    "generated",
    "skip_to_content",
    "no_data",
    "ci",
    "better_up",
    "better_down",
    "breadcrumbs",
    "pager",
    "previous_page",
    "next_page",
    "theme_toggle",
    "menu",
    "search",
    "search_placeholder",
    "search_results",
    "no_results",
    "search_loading",
    "search_unavailable",
    "results_count",
    "copy_link",
    "link_copied",
    "charts",
    "complaints_title",
    "complaints_page",
    "open_complaints",
    "trends",
    "by_segment",
    "stability",
    "complaints_glance",
    "complaint_breakdowns",
    "handling_times",
    "more_items",
    "attention",
    "attention_none",
    "attention_intro",
    "iceberg",
    "verbatims",
    "trend",
    "change",
    "change_vs_previous",
    "archive_note",
    "jump_to_month",
    "go",
    "compare",
    "compare_hint",
    "compare_from",
    "compare_to",
    "percentage_points",
    "improved",
    "worsened",
    "unchanged",
    "policy",
    "policy_fail",
    "policy_skip",
    "n_label",
    "sparkline_note",
];

/// Why rows were rejected, as the readers name them: each is the catalogue's
/// entry `reason-<the words with - between>`, in the handbook's language.
const REASONS: &[&str] = &[
    "duplicate complaint id",
    "duplicate respondent id",
    "duplicate month",
    "empty complaint id",
    "empty respondent id",
    "event before receipt",
    "invalid row",
    "malformed CSV",
    "missing customer id",
    "not a count",
    "not a duration",
    "not a number",
    "not a yes/no flag",
    "not valid text in the file's encoding",
    "stray byte",
    "unparseable date",
    "unparseable month",
    "value outside its scale",
    "value too long",
    "wrong number of fields",
];

/// The catalogue id of a theme string.
fn ui_id(key: &str) -> String {
    format!("ui-{}", key.replace('_', "-"))
}

/// The catalogue id of a rejection reason.
fn reason_id(reason: &str) -> String {
    let words: Vec<&str> = reason
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!("reason-{}", words.join("-").to_ascii_lowercase())
}

/// A rejection reason in the handbook's language (as written when unknown).
pub fn reason(lang: Language, reason: &str) -> String {
    if REASONS.contains(&reason) {
        Message::keyed(reason_id(reason)).render(lang)
    } else {
        reason.to_string()
    }
}

/// The strings of `lang`, rendered once and kept for the run.
fn table(lang: Language) -> &'static BTreeMap<&'static str, &'static str> {
    static TABLES: PerLanguage<BTreeMap<&'static str, &'static str>> = PerLanguage::new();
    TABLES.get(lang, |lang| {
        KEYS.iter()
            .map(|&key| {
                let text: &'static str = Message::keyed(ui_id(key)).render(lang).leak();
                (key, text)
            })
            .collect()
    })
}

/// The strings of `lang`, by key.
pub fn strings(lang: Language) -> BTreeMap<&'static str, &'static str> {
    table(lang).clone()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    /// A key listed twice would silently show the first of its texts.
    #[test]
    fn every_key_once() {
        let mut keys: Vec<&str> = KEYS.to_vec();
        keys.sort_unstable();
        let twice: Vec<_> = keys
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        assert!(twice.is_empty(), "{twice:?}");
    }

    /// Every key and reason has its words in every language, and the slots
    /// callers replace (`{month}`) come out as written.
    #[test]
    fn every_key_has_words() {
        for lang in Language::ALL {
            let table = strings(lang);
            for key in KEYS {
                assert_ne!(table[key], ui_id(key), "{key} ({lang:?})");
            }
            assert!(table["report_title"].contains("{month}"), "{lang:?}");
            for r in REASONS {
                assert_ne!(reason(lang, r), reason_id(r), "{r} ({lang:?})");
            }
        }
        assert_eq!(strings(Language::En)["report_title"], "Report for {month}");
        assert_eq!(strings(Language::ZhCn)["home"], "首页");
        assert_eq!(reason(Language::ZhCn, "stray byte"), "异常字节");
        assert_eq!(reason(Language::ZhCn, "something new"), "something new");
    }

    /// The keys between each `prefix` and `end` in `text`.
    fn keys_after(text: &str, prefix: &str, end: &str, out: &mut BTreeSet<String>) {
        for part in text.split(prefix).skip(1) {
            let key: String = part
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if !key.is_empty() && part[key.len()..].starts_with(end) {
                out.insert(key);
            }
        }
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// A missing key would show nothing (templates) or panic (Rust).
    #[test]
    fn every_key_the_templates_and_code_use_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        for entry in std::fs::read_dir(root.join("templates")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "html") {
                let text = std::fs::read_to_string(&path).unwrap();
                // `t.key`, not `st.key` or `x.t.key`.
                for (i, _) in text.match_indices("t.") {
                    let before = text[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                        continue;
                    }
                    let key: String = text[i + 2..]
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                        .collect();
                    if !key.is_empty() {
                        used.insert(key);
                    }
                }
                keys_after(&text, "t[\"", "\"]", &mut used);
            }
        }
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            // Not the doc comments' examples.
            let text: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for prefix in ["strings[\"", "strings(lang)[\"", "t[\"", "s[\""] {
                keys_after(&text, prefix, "\"]", &mut used);
            }
        }
        assert!(used.len() > 100, "{used:?}");
        let table = strings(Language::En);
        let missing: Vec<_> = used
            .iter()
            .filter(|k| !table.contains_key(k.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "not among the theme's strings: {missing:?}"
        );
    }
}
