//! The project file as written by the user: serde types with defaults.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::{Location, Spanned};

pub use crate::language::Language;

/// A display name: one for every language, or one per language code.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum LabelText {
    Plain(String),
    ByLanguage(BTreeMap<String, String>),
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
    pub min_cell_size: Spanned<u64>,
    #[serde(default)]
    pub segments: Vec<RawSegment>,
    #[serde(default)]
    pub survey: Option<RawSurvey>,
    #[serde(default)]
    pub complaints: Option<RawComplaints>,
    #[serde(default)]
    pub personal_data: Vec<String>,
    #[serde(default)]
    pub targets: BTreeMap<String, Spanned<f64>>,
    /// Display names of data codes, per segment or breakdown: `severity:
    /// {low: 低, high: {zh-CN: 高, en: High}}`.
    #[serde(default)]
    pub labels: BTreeMap<String, Spanned<BTreeMap<String, LabelText>>>,
    /// IANA time zone for timestamps that carry an offset.
    #[serde(default)]
    pub timezone: Option<Spanned<String>>,
    #[serde(default)]
    pub customers: Option<RawCustomers>,
    #[serde(default)]
    pub spc: RawSpc,
    #[serde(default)]
    pub iceberg: RawIceberg,
    #[serde(default)]
    pub cs_index: RawCsIndex,
    #[serde(default)]
    pub servqual: RawServqual,
    #[serde(default)]
    pub drivers: RawDrivers,
    #[serde(default)]
    pub significance: RawSignificance,
    #[serde(default)]
    pub activity: Option<RawActivity>,
    /// The longest span of data, in months, that a build accepts.
    #[serde(default = "default_max_months")]
    pub max_months: Spanned<u32>,
    /// The most distinct values one segment may have.
    #[serde(default = "default_max_segment_values")]
    pub max_segment_values: Spanned<u32>,
}

fn default_max_months() -> Spanned<u32> {
    unplaced(120)
}

fn default_max_segment_values() -> Spanned<u32> {
    unplaced(1000)
}

/// The verbal levels of the CS index (methods.md M1): each level's value on
/// 0-100 and the lower bound of its band, lowest level first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCsIndex {
    #[serde(default = "default_level_values")]
    pub values: Spanned<Vec<f64>>,
    #[serde(default = "default_level_bands")]
    pub bands: Spanned<Vec<f64>>,
}

/// A default value, which has no place in the file.
pub fn unplaced<T>(value: T) -> Spanned<T> {
    Spanned::new(value, Location::UNKNOWN, Location::UNKNOWN)
}

impl Default for RawCsIndex {
    fn default() -> Self {
        RawCsIndex {
            values: default_level_values(),
            bands: default_level_bands(),
        }
    }
}

fn default_level_values() -> Spanned<Vec<f64>> {
    unplaced(vec![5.0, 15.0, 25.0, 35.0, 50.0, 70.0, 90.0])
}
fn default_level_bands() -> Spanned<Vec<f64>> {
    unplaced(vec![0.0, 10.0, 20.0, 30.0, 40.0, 60.0, 80.0])
}

/// Dimension weights of the weighted SERVQUAL score (methods.md M5 step 6).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServqual {
    #[serde(default)]
    pub weights: BTreeMap<String, Spanned<f64>>,
}

/// Key-driver analysis settings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDrivers {
    /// Months in the rolling window.
    #[serde(default = "default_window")]
    pub window: Spanned<u32>,
}

impl Default for RawDrivers {
    fn default() -> Self {
        RawDrivers {
            window: default_window(),
        }
    }
}

fn default_window() -> Spanned<u32> {
    unplaced(3)
}

/// When a change counts as significant (methods.md M7).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSignificance {
    #[serde(default = "default_level")]
    pub level: Spanned<f64>,
    /// Cells with fewer answers are marked as a low base and never flagged.
    #[serde(default = "default_low_base")]
    pub low_base: u64,
    /// The smallest change the attention list reports, in points of a 0-100
    /// scale (scaled to NPS and to an item's scale).
    #[serde(default = "default_min_effect")]
    pub min_effect: Spanned<f64>,
}

impl Default for RawSignificance {
    fn default() -> Self {
        RawSignificance {
            level: default_level(),
            low_base: default_low_base(),
            min_effect: default_min_effect(),
        }
    }
}

fn default_min_effect() -> Spanned<f64> {
    unplaced(3.0)
}

fn default_level() -> Spanned<f64> {
    unplaced(0.05)
}
fn default_low_base() -> u64 {
    30
}

/// Customer activity: purchases per customer and period (methods.md M11).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActivity {
    pub files: OneOrMany,
    #[serde(default = "default_customer_column")]
    pub customer_column: String,
    #[serde(default = "default_period_column")]
    pub period_column: String,
    #[serde(default = "default_purchases_column")]
    pub purchases_column: String,
    /// The file's text encoding (`gbk`, `utf-16le`…); detected when absent.
    #[serde(default)]
    pub encoding: Option<Spanned<String>>,
    /// The CSV delimiter (`,` `;` `\t` `|`); detected from the header when absent.
    #[serde(default)]
    pub delimiter: Option<Spanned<String>>,
    /// Rows at the top of the file that are not data: the first holds the
    /// column names, the others are skipped (question texts, import ids).
    #[serde(default)]
    pub header_rows: Option<Spanned<u32>>,
    /// The sheet of a workbook to read; the first by default.
    #[serde(default)]
    pub sheet: Option<String>,
}

fn default_customer_column() -> String {
    "customer_id".into()
}
fn default_purchases_column() -> String {
    "purchases".into()
}

/// The customer base per period (and segment), the denominator of rates.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCustomers {
    pub files: OneOrMany,
    #[serde(default = "default_period_column")]
    pub period_column: String,
    #[serde(default = "default_customers_column")]
    pub customers_column: String,
    #[serde(default)]
    pub segments: Vec<Spanned<String>>,
    /// The file's text encoding (`gbk`, `utf-16le`…); detected when absent.
    #[serde(default)]
    pub encoding: Option<Spanned<String>>,
    /// The CSV delimiter (`,` `;` `\t` `|`); detected from the header when absent.
    #[serde(default)]
    pub delimiter: Option<Spanned<String>>,
    /// Rows at the top of the file that are not data: the first holds the
    /// column names, the others are skipped (question texts, import ids).
    #[serde(default)]
    pub header_rows: Option<Spanned<u32>>,
    /// The sheet of a workbook to read; the first by default.
    #[serde(default)]
    pub sheet: Option<String>,
}

/// Which run rules flag control-chart points.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum RuleSet {
    /// Rules 1-4 of the Western Electric handbook.
    #[default]
    WesternElectric,
    /// Nelson's eight tests.
    Nelson,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpc {
    #[serde(default)]
    pub rules: RuleSet,
    /// Phase I: the months whose points set the limits (all months by default).
    #[serde(default)]
    pub baseline: Option<RawRange>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRange {
    pub from: Spanned<String>,
    pub to: Spanned<String>,
}

/// Assumptions of the iceberg estimate (conventions of the CS literature, not
/// measurements).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIceberg {
    /// Share of dissatisfied customers who complain.
    #[serde(default = "default_complaint_share")]
    pub complaint_share: f64,
    /// People a dissatisfied customer tells.
    #[serde(default = "default_tells")]
    pub tells_per_dissatisfied: f64,
}

impl Default for RawIceberg {
    fn default() -> Self {
        RawIceberg {
            complaint_share: default_complaint_share(),
            tells_per_dissatisfied: default_tells(),
        }
    }
}

fn default_complaint_share() -> f64 {
    0.1
}
fn default_tells() -> f64 {
    15.0
}
fn default_period_column() -> String {
    "month".into()
}
fn default_customers_column() -> String {
    "customers".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSegment {
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub column: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSurvey {
    pub instrument: String,
    pub responses: OneOrMany,
    #[serde(default = "default_id_column")]
    pub id_column: Spanned<String>,
    #[serde(default = "default_date_column")]
    pub date_column: Spanned<String>,
    /// Segment ids present in the responses; all project segments by default.
    #[serde(default)]
    pub segments: Option<Vec<Spanned<String>>>,
    /// Further columns that are neither items nor segments (kept out of the analysis).
    #[serde(default)]
    pub other_columns: Vec<String>,
    /// Segments that also get item-level rows (item means, answer shares, item gaps).
    #[serde(default)]
    pub item_segments: Vec<Spanned<String>>,
    /// The file's text encoding (`gbk`, `utf-16le`…); detected when absent.
    #[serde(default)]
    pub encoding: Option<Spanned<String>>,
    /// The CSV delimiter (`,` `;` `\t` `|`); detected from the header when absent.
    #[serde(default)]
    pub delimiter: Option<Spanned<String>>,
    /// Formats of the date columns (strftime, or `excel` for serial numbers),
    /// tried in order after ISO 8601.
    #[serde(default)]
    pub date_format: Option<Spanned<OneOrMany>>,
    /// The month of every response, for an undated export (one wave).
    #[serde(default)]
    pub period: Option<Spanned<String>>,
    /// Rows at the top of the file that are not data: the first holds the
    /// column names, the others are skipped (question texts, import ids).
    #[serde(default)]
    pub header_rows: Option<Spanned<u32>>,
    /// The sheet of a workbook to read; the first by default.
    #[serde(default)]
    pub sheet: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawComplaints {
    pub files: OneOrMany,
    #[serde(default)]
    pub columns: ComplaintColumns,
    #[serde(default)]
    pub segments: Vec<Spanned<String>>,
    /// Hours allowed to resolve a complaint, per severity value.
    #[serde(default)]
    pub sla_hours: BTreeMap<String, Spanned<f64>>,
    /// Publish descriptions (masked and escaped); off by default.
    #[serde(default)]
    pub publish_descriptions: bool,
    /// The file's text encoding (`gbk`, `utf-16le`…); detected when absent.
    #[serde(default)]
    pub encoding: Option<Spanned<String>>,
    /// The CSV delimiter (`,` `;` `\t` `|`); detected from the header when absent.
    #[serde(default)]
    pub delimiter: Option<Spanned<String>>,
    /// Formats of the date columns (strftime, or `excel` for serial numbers),
    /// tried in order after ISO 8601.
    #[serde(default)]
    pub date_format: Option<Spanned<OneOrMany>>,
    /// Rows at the top of the file that are not data: the first holds the
    /// column names, the others are skipped (question texts, import ids).
    #[serde(default)]
    pub header_rows: Option<Spanned<u32>>,
    /// The sheet of a workbook to read; the first by default.
    #[serde(default)]
    pub sheet: Option<String>,
}

/// The user's column name for each standard complaint field, with where
/// csbook.yaml names it, so that a column missing from the data is reported
/// at its mapping.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ComplaintColumns {
    pub id: Spanned<String>,
    pub received: Spanned<String>,
    pub category: Option<Spanned<String>>,
    pub defect: Option<Spanned<String>>,
    pub product: Option<Spanned<String>>,
    pub region: Option<Spanned<String>>,
    pub department: Option<Spanned<String>>,
    pub channel: Option<Spanned<String>>,
    pub severity: Option<Spanned<String>>,
    pub status: Option<Spanned<String>>,
    pub first_response: Option<Spanned<String>>,
    pub first_response_hours: Option<Spanned<String>>,
    pub resolved: Option<Spanned<String>>,
    pub resolution_hours: Option<Spanned<String>>,
    pub reopened: Option<Spanned<String>>,
    pub timely: Option<Spanned<String>>,
    pub fcr: Option<Spanned<String>>,
    pub customer_id: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

impl Default for ComplaintColumns {
    fn default() -> Self {
        ComplaintColumns {
            id: unplaced("complaint_id".into()),
            received: unplaced("received_at".into()),
            category: Some(unplaced("category".into())),
            defect: None,
            product: None,
            region: None,
            department: None,
            channel: None,
            severity: None,
            status: None,
            first_response: None,
            first_response_hours: None,
            resolved: None,
            resolution_hours: None,
            reopened: None,
            timely: None,
            fcr: None,
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
fn default_min_cell() -> Spanned<u64> {
    unplaced(10)
}
fn default_id_column() -> Spanned<String> {
    unplaced("response_id".into())
}
fn default_date_column() -> Spanned<String> {
    unplaced("date".into())
}
