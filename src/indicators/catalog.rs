//! The catalogue of indicators: id, names, unit, and which direction is better.
//! Every indicator id used anywhere (targets, commentary, exports) is one of these.

use crate::project::Language;

/// How an indicator's value is read and formatted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A whole count.
    Count,
    /// A mean on the item's scale.
    Mean,
    /// A percentage on 0-100.
    Percent,
    /// Points on -100..100 (NPS).
    Points,
    /// A rate or other decimal figure.
    Rate,
    /// A duration in hours.
    Hours,
}

/// Which direction of change is an improvement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
    Neither,
}

/// One indicator's definition.
#[derive(Debug)]
pub struct Definition {
    pub id: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub unit: Unit,
    pub better: Better,
    /// Decimals shown on the site (exports keep full precision).
    pub decimals: usize,
}

impl Definition {
    pub fn name(&self, lang: Language) -> &'static str {
        match lang {
            Language::ZhCn => self.name_zh,
            Language::En => self.name_en,
        }
    }
}

const fn def(
    id: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    unit: Unit,
    better: Better,
    decimals: usize,
) -> Definition {
    Definition {
        id,
        name_zh,
        name_en,
        unit,
        better,
        decimals,
    }
}

use Better::{Higher, Lower, Neither};
use Unit::{Count, Hours, Mean, Percent, Points, Rate};

/// Every indicator, in the order pages and exports list them.
pub const ALL: &[Definition] = &[
    def("responses", "有效问卷数", "Responses", Count, Neither, 0),
    def(
        "overall_mean",
        "总体满意度均值",
        "Overall satisfaction (mean)",
        Mean,
        Higher,
        2,
    ),
    def(
        "csat",
        "满意率 (CSAT)",
        "CSAT (top-2-box)",
        Percent,
        Higher,
        1,
    ),
    def(
        "dissatisfied",
        "不满意率",
        "Dissatisfied (below midpoint)",
        Percent,
        Lower,
        1,
    ),
    def(
        "nps",
        "净推荐值 (NPS)",
        "Net Promoter Score",
        Points,
        Higher,
        1,
    ),
    def("complaints", "投诉量", "Complaints", Count, Lower, 0),
    def(
        "complaints_by_category",
        "投诉量（按内容）",
        "Complaints by category",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_defect",
        "投诉量（按质量缺陷）",
        "Complaints by defect",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_product",
        "投诉量（按产品）",
        "Complaints by product",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_region",
        "投诉量（按区域）",
        "Complaints by region",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_department",
        "投诉量（按责任部门）",
        "Complaints by department",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_channel",
        "投诉量（按渠道）",
        "Complaints by channel",
        Count,
        Lower,
        0,
    ),
    def(
        "complaints_by_severity",
        "投诉量（按严重程度）",
        "Complaints by severity",
        Count,
        Lower,
        0,
    ),
    def(
        "complaint_rate",
        "千客户投诉率",
        "Complaints per 1,000 customers",
        Rate,
        Lower,
        2,
    ),
    def(
        "first_response_hours",
        "首次响应时长（小时）",
        "Hours to first response",
        Hours,
        Lower,
        1,
    ),
    def(
        "resolution_hours",
        "解决时长（小时）",
        "Hours to resolution",
        Hours,
        Lower,
        1,
    ),
    def(
        "sla_met",
        "时限达标率",
        "Resolved within SLA",
        Percent,
        Higher,
        1,
    ),
    def("reopen_rate", "重开率", "Reopen rate", Percent, Lower, 1),
    def(
        "fcr_rate",
        "首次接触解决率",
        "First-contact resolution",
        Percent,
        Higher,
        1,
    ),
    def(
        "timely_rate",
        "及时响应率",
        "Timely response",
        Percent,
        Higher,
        1,
    ),
    def(
        "backlog",
        "期末未结投诉",
        "Open at period end",
        Count,
        Lower,
        0,
    ),
    def(
        "iceberg_silent_dissatisfied",
        "沉默的不满顾客（估计）",
        "Silent dissatisfied (estimate)",
        Count,
        Lower,
        0,
    ),
    def(
        "wom_reach",
        "负面口碑触达人数（估计）",
        "Word-of-mouth reach (estimate)",
        Count,
        Lower,
        0,
    ),
    def(
        "spc_value",
        "控制图数值",
        "Control-chart value",
        Rate,
        Neither,
        3,
    ),
    def(
        "spc_center",
        "控制图中心线",
        "Control-chart centre line",
        Rate,
        Neither,
        3,
    ),
    def(
        "spc_ucl",
        "控制上限",
        "Upper control limit",
        Rate,
        Neither,
        3,
    ),
    def(
        "spc_lcl",
        "控制下限",
        "Lower control limit",
        Rate,
        Neither,
        3,
    ),
    def(
        "spc_signal",
        "控制图信号（规则号）",
        "Control-chart signal (rule)",
        Count,
        Neither,
        0,
    ),
];

/// The Pareto indicator of a complaint breakdown.
pub fn breakdown_indicator(b: crate::dataset::Breakdown) -> &'static str {
    use crate::dataset::Breakdown::*;
    match b {
        Category => "complaints_by_category",
        Defect => "complaints_by_defect",
        Product => "complaints_by_product",
        Region => "complaints_by_region",
        Department => "complaints_by_department",
        Channel => "complaints_by_channel",
        Severity => "complaints_by_severity",
    }
}

/// The position of an indicator in `ALL`, the order of exports and pages.
pub fn rank(id: &str) -> Option<usize> {
    ALL.iter().position(|d| d.id == id)
}

/// The definition of an indicator id.
pub fn find(id: &str) -> Option<&'static Definition> {
    ALL.iter().find(|d| d.id == id)
}

/// Every indicator id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|d| d.id)
}
