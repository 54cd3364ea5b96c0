//! The project file as written by the user: serde types with defaults.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The handbook's language: user-interface strings and number formats.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum Language {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::En => "en",
        }
    }

    /// The value that stands for an empty segment or category cell.
    pub fn missing_label(self) -> &'static str {
        match self {
            Language::ZhCn => "（缺失）",
            Language::En => "(missing)",
        }
    }
}

/// What to do with a data row that fails validation.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum OnInvalid {
    /// Stop the build and list every problem.
    #[default]
    Fail,
    /// Leave the row out, count it by file and reason, and show the counts.
    Skip,
}

/// One path or a list of paths.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProject {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub language: Language,
    #[serde(default = "default_content")]
    pub content_dir: String,
    #[serde(default = "default_templates")]
    pub templates_dir: String,
    #[serde(default = "default_output")]
    pub output_dir: String,
    #[serde(default)]
    pub on_invalid: OnInvalid,
    #[serde(default = "default_min_cell")]
    pub min_cell_size: u64,
    #[serde(default)]
    pub segments: Vec<RawSegment>,
    #[serde(default)]
    pub survey: Option<RawSurvey>,
    #[serde(default)]
    pub complaints: Option<RawComplaints>,
    #[serde(default)]
    pub personal_data: Vec<String>,
    #[serde(default)]
    pub targets: BTreeMap<String, f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSegment {
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub column: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSurvey {
    pub instrument: String,
    pub responses: OneOrMany,
    #[serde(default = "default_id_column")]
    pub id_column: String,
    #[serde(default = "default_date_column")]
    pub date_column: String,
    /// Segment ids present in the responses; all project segments by default.
    #[serde(default)]
    pub segments: Option<Vec<String>>,
    /// Further columns that are neither items nor segments (kept out of the analysis).
    #[serde(default)]
    pub other_columns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComplaints {
    pub files: OneOrMany,
    #[serde(default)]
    pub columns: RawColumns,
    #[serde(default)]
    pub segments: Vec<String>,
}

/// The user's column name for each standard complaint field.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawColumns {
    pub id: String,
    pub received: String,
    pub category: Option<String>,
    pub defect: Option<String>,
    pub product: Option<String>,
    pub department: Option<String>,
    pub channel: Option<String>,
    pub severity: Option<String>,
    pub status: Option<String>,
    pub first_response: Option<String>,
    pub resolved: Option<String>,
    pub reopened: Option<String>,
    pub customer_id: Option<String>,
    pub description: Option<String>,
}

impl Default for RawColumns {
    fn default() -> Self {
        RawColumns {
            id: "complaint_id".into(),
            received: "received_at".into(),
            category: Some("category".into()),
            defect: None,
            product: None,
            department: None,
            channel: None,
            severity: None,
            status: None,
            first_response: None,
            resolved: None,
            reopened: None,
            customer_id: None,
            description: None,
        }
    }
}

fn default_content() -> String {
    "content".into()
}
fn default_templates() -> String {
    "templates".into()
}
fn default_output() -> String {
    "site".into()
}
fn default_min_cell() -> u64 {
    10
}
fn default_id_column() -> String {
    "response_id".into()
}
fn default_date_column() -> String {
    "date".into()
}
