//! What each page template receives: one typed context per page kind, made
//! in `pages` and only formatted by the templates. Field names are the
//! templates' variable names (`templates/*.html`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::attention::Shown;
use super::charts::Chart;
use crate::plan::Link;

/// Everything a template gets: what every page has, and its own part.
#[derive(Serialize)]
pub struct PageContext<'a, B: Serialize> {
    #[serde(flatten)]
    pub common: Common<'a>,
    #[serde(flatten)]
    pub body: B,
}

/// What every page has: the site, the page, navigation and the words.
#[derive(Serialize)]
pub struct Common<'a> {
    pub site: SiteInfo<'a>,
    pub page: PageInfo<'a>,
    /// The relative prefix from the page to the site's root ("", "../").
    pub root: String,
    pub search_index: &'static str,
    /// The theme's words (`t.key`).
    pub t: &'a BTreeMap<&'static str, &'static str>,
    pub nav: Nav<'a>,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct SiteInfo<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub lang: &'static str,
}

#[derive(Serialize)]
pub struct PageInfo<'a> {
    pub title: &'a str,
    pub path: &'a str,
    /// The page kind, for stylesheets (`<body class="page-report">`).
    pub kind: &'static str,
    pub breadcrumbs: Vec<Crumb>,
}

/// One step of the breadcrumbs; the current page has no path.
#[derive(Serialize)]
pub struct Crumb {
    pub title: String,
    pub path: Option<String>,
}

#[derive(Serialize)]
pub struct Nav<'a> {
    pub chapters: &'a [Link],
    /// The latest reports, newest first.
    pub reports: Vec<&'a Link>,
    pub latest_report: Option<&'a str>,
}

/// A chart with how its numbers read (decimals and unit suffix), which the
/// theme in `csbook.js` uses for axis labels and tooltips in the page's locale.
#[derive(Serialize)]
pub struct ChartView {
    #[serde(flatten)]
    pub chart: Chart,
    pub format: NumberFormat,
}

#[derive(Clone, Copy, Serialize)]
pub struct NumberFormat {
    pub decimals: usize,
    pub suffix: &'static str,
}

/// A change since an earlier period, neutral in colour.
#[derive(Serialize)]
pub struct Change {
    pub text: String,
    /// "up", "down" or "flat" (no arrow).
    pub direction: &'static str,
    /// Significant in the tested changes.
    pub significant: bool,
}

/// A headline tile: the month's value against its target, with its changes.
#[derive(Serialize)]
pub struct Tile {
    pub id: &'static str,
    pub name: &'static str,
    pub value: String,
    /// The page holding its chart, from the site root; none for this page.
    pub chart_page: Option<String>,
    /// None for a figure without a chart (a base).
    pub chart_id: Option<String>,
    pub spark: String,
    pub month_change: Change,
    pub year_change: Change,
    /// "met", "missed" or "none" (no target).
    pub status: &'static str,
    pub target: Option<String>,
    pub target_met: Option<bool>,
    pub n: Option<u64>,
    pub ci: Option<String>,
}

/// A figure with its change on last month and its base.
#[derive(Serialize)]
pub struct Fact {
    pub name: &'static str,
    pub value: String,
    pub change: String,
    pub direction: &'static str,
    pub n: String,
}

/// A link to another month's page.
#[derive(Serialize)]
pub struct MonthLink {
    pub title: String,
    pub path: String,
}

/// A commentary document on a page.
#[derive(Serialize)]
pub struct Commentary<'a> {
    pub title: &'a str,
    pub html: &'a str,
}

#[derive(Serialize)]
pub struct Home {
    pub month: Option<String>,
    pub report: Option<String>,
    /// The month in one sentence.
    pub summary: Option<String>,
    pub tiles: Vec<Tile>,
    pub charts: Vec<ChartView>,
    /// The first few items; the attention page has them all.
    pub attention: Vec<Shown>,
    pub attention_count: usize,
}

#[derive(Serialize)]
pub struct ChapterPage<'a> {
    pub content: &'a str,
    /// Whether the markdown opens with a heading of its own (else the page
    /// shows the front matter's title).
    pub has_h1: bool,
    pub toc: Vec<&'a super::Heading>,
    pub prev: Option<&'a Link>,
    pub next: Option<&'a Link>,
}

#[derive(Serialize)]
pub struct AttentionMonth {
    pub month: String,
    pub report: String,
    pub items: Vec<Shown>,
}

#[derive(Serialize)]
pub struct AttentionPage {
    pub months: Vec<AttentionMonth>,
}

#[derive(Serialize)]
pub struct Report<'a> {
    pub month: String,
    pub tiles: Vec<Tile>,
    pub trends: Vec<ChartView>,
    pub segments: Vec<ChartView>,
    pub control: Vec<ChartView>,
    pub control_notes: Vec<String>,
    pub pareto: Vec<ChartView>,
    pub commentary: Option<Commentary<'a>>,
    pub attention: Vec<Shown>,
    /// The summary of the month's service-quality analysis.
    pub analysis: Option<AnalysisSummary>,
    pub handling: Vec<Fact>,
    pub complaints_page: Option<String>,
    pub prev: Option<MonthLink>,
    pub next: Option<MonthLink>,
}

#[derive(Serialize)]
pub struct ComplaintsPage {
    pub month: String,
    pub handling: Vec<Fact>,
    pub sla: Option<ChartView>,
    pub paretos: Vec<ChartView>,
    pub notes: Vec<String>,
    pub control: Vec<ChartView>,
    pub durations: Vec<ChartView>,
    pub iceberg: Option<super::complaint_sections::Iceberg>,
    pub verbatims: Vec<super::complaint_sections::Verbatim>,
    pub report: String,
    pub prev: Option<MonthLink>,
    pub next: Option<MonthLink>,
}

/// One figure of the archive's tables.
#[derive(Serialize)]
pub struct ArchiveCell {
    pub value: String,
    pub change: Option<String>,
    pub direction: &'static str,
    pub tone: &'static str,
}

#[derive(Serialize)]
pub struct ArchiveRow {
    pub label: String,
    pub path: Option<String>,
    pub values: Vec<ArchiveCell>,
    pub partial: bool,
}

#[derive(Serialize)]
pub struct Archive {
    pub columns: Vec<&'static str>,
    pub months: Vec<ArchiveRow>,
    pub quarters: Vec<ArchiveRow>,
    /// The figures `csbook.js` compares, as JSON for a script element.
    pub compare: String,
}

/// The comparison data of the archive, for the browser.
#[derive(Serialize)]
pub struct CompareData {
    pub indicators: Vec<CompareIndicator>,
    pub months: Vec<CompareMonth>,
}

#[derive(Serialize)]
pub struct CompareIndicator {
    pub name: &'static str,
    pub decimals: usize,
    pub suffix: &'static str,
    /// A share, whose difference reads in percentage points.
    pub points: bool,
    /// "higher", "lower" or "neither".
    pub better: &'static str,
}

#[derive(Serialize)]
pub struct CompareMonth {
    pub label: String,
    pub path: String,
    pub values: Vec<Option<f64>>,
}

#[derive(Serialize)]
pub struct DownloadFile<'a> {
    pub path: &'a str,
    pub size: String,
}

#[derive(Serialize)]
pub struct IndicatorEntry {
    pub id: &'static str,
    pub name: &'static str,
    pub definition: String,
    pub present: bool,
}

#[derive(Serialize)]
pub struct Downloads<'a> {
    pub files: Vec<DownloadFile<'a>>,
    pub indicators: Vec<IndicatorEntry>,
}

/// A key figure of the analysis, with its base and what else it needs said.
#[derive(Serialize)]
pub struct KeyFact {
    pub name: &'static str,
    pub value: String,
    pub note: String,
}

/// The report's short summary of the month's analysis, with its link.
#[derive(Serialize)]
pub struct AnalysisSummary {
    pub facts: Vec<KeyFact>,
    pub text: String,
    pub path: String,
}

#[derive(Serialize)]
pub struct AnalysisPage {
    pub month: String,
    pub report: String,
    pub facts: Vec<KeyFact>,
    pub comparisons: Comparisons,
    pub charts: Vec<ChartView>,
    pub reliability: Vec<ReliabilityRow>,
    /// The alpha a scale needs to count as reliable.
    pub reliable: f64,
    pub loyalty: Vec<LoyaltyRow>,
}

/// The tested changes of a month: overall, by segment, and between segment
/// values, with a sentence on the method.
#[derive(Serialize)]
pub struct Comparisons {
    pub overall: Vec<ComparisonRow>,
    pub segments: Vec<SegmentComparisons>,
    pub anova: Vec<ComparisonRow>,
    pub method: String,
}

#[derive(Serialize)]
pub struct SegmentComparisons {
    pub id: String,
    pub label: String,
    pub rows: Vec<ComparisonRow>,
    /// How many of the rows are significant.
    pub flagged: usize,
}

/// One comparison as a table row, every number formatted.
#[derive(Serialize)]
pub struct ComparisonRow {
    pub indicator: String,
    /// The segment's label, on ANOVA rows (one per segment) only.
    pub segment: String,
    pub segment_value: String,
    pub against: &'static str,
    pub base_period: String,
    pub value: String,
    pub base_value: String,
    pub difference: String,
    pub n: u64,
    pub base_n: Option<u64>,
    pub test: &'static str,
    pub statistic: String,
    pub df: String,
    pub p: String,
    pub p_adjusted: String,
    pub flag: &'static str,
    /// `good`, `bad`, `neutral` or empty: the row's colour.
    pub tone: &'static str,
    pub low_base: bool,
}

/// Cronbach's alpha of one dimension: perception, expectation, gap.
#[derive(Serialize)]
pub struct ReliabilityRow {
    pub dimension: String,
    pub cells: Vec<AlphaCell>,
}

#[derive(Serialize)]
pub struct AlphaCell {
    pub value: String,
    /// Below the reliable level.
    pub low: bool,
}

/// One satisfaction-loyalty quadrant.
#[derive(Serialize)]
pub struct LoyaltyRow {
    pub name: &'static str,
    pub meaning: &'static str,
    pub value: String,
    pub n: u64,
}

/// The survey's own checks on the data-quality page.
#[derive(Serialize)]
pub struct SurveyChecks {
    /// Dimension blocks with an alpha, and how many of them fell low.
    pub alpha_blocks: usize,
    pub alpha_flagged: usize,
    pub alpha_low: Vec<LowAlpha>,
    pub reliable: f64,
    /// Answers whose adequate level is above the desired one, of all pairs.
    pub zone_inconsistent: u64,
    pub zone_pairs: u64,
}

/// A dimension block whose alpha was low, with the months (and alphas).
#[derive(Serialize)]
pub struct LowAlpha {
    pub dimension: String,
    pub block: String,
    pub months: String,
}

/// One data file's checks, its reasons in the project's language.
#[derive(Serialize)]
pub struct FileChecks<'a> {
    #[serde(flatten)]
    pub file: &'a crate::dataset::quality::FileQuality,
    pub rejected: BTreeMap<String, u64>,
    pub blanked: BTreeMap<String, u64>,
    pub examples: Vec<String>,
}

#[derive(Serialize)]
pub struct Quality<'a> {
    /// The survey's own checks (scale reliability, zone of tolerance).
    pub survey: SurveyChecks,
    pub files: Vec<FileChecks<'a>>,
    pub rejected_rows: u64,
    pub unused_scale: &'a [crate::dataset::quality::UnusedScale],
    pub suppressed: u64,
    pub min_cell_size: u64,
    pub policy: &'static str,
}
