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
    /// A category coded as a number, named by the row's `label`.
    Level,
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
use Unit::{Count, Hours, Level, Mean, Percent, Points, Rate};

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
    def(
        "ces",
        "客户费力度 (CES)",
        "Customer effort (CES, mean)",
        Mean,
        Higher,
        2,
    ),
    def(
        "cs_index",
        "满意度指数",
        "CS index (0-100)",
        Rate,
        Higher,
        1,
    ),
    def("cs_level", "满意度等级", "CS level", Level, Higher, 0),
    def("item_mean", "题项均值", "Item mean", Mean, Higher, 2),
    def(
        "item_index",
        "题项得分 (0-100)",
        "Item score (0-100)",
        Rate,
        Higher,
        1,
    ),
    def(
        "answer_share",
        "答案分布",
        "Answer distribution",
        Percent,
        Neither,
        1,
    ),
    def(
        "item_missing",
        "未作答数",
        "Missing answers",
        Count,
        Lower,
        0,
    ),
    def(
        "item_not_applicable",
        "不适用数",
        "Not-applicable answers",
        Count,
        Neither,
        0,
    ),
    def(
        "expectation_mean",
        "期望均值 (E)",
        "Expectation mean (E)",
        Mean,
        Neither,
        2,
    ),
    def(
        "perception_mean",
        "感知均值 (P)",
        "Perception mean (P)",
        Mean,
        Higher,
        2,
    ),
    def(
        "servqual_gap",
        "服务质量差距 (P−E)",
        "SERVQUAL gap (P − E)",
        Mean,
        Higher,
        2,
    ),
    def(
        "servqual_weighted",
        "加权服务质量差距",
        "Weighted SERVQUAL gap",
        Mean,
        Higher,
        2,
    ),
    def(
        "zot_adequate",
        "适当服务水平 (A)",
        "Adequate service (A)",
        Mean,
        Neither,
        2,
    ),
    def(
        "zot_desired",
        "理想服务水平 (D)",
        "Desired service (D)",
        Mean,
        Neither,
        2,
    ),
    def(
        "zot_msa",
        "服务充分度 (P−A)",
        "Service adequacy (MSA, P − A)",
        Mean,
        Higher,
        2,
    ),
    def(
        "zot_mss",
        "服务优越度 (P−D)",
        "Service superiority (MSS, P − D)",
        Mean,
        Higher,
        2,
    ),
    def(
        "zot_inconsistent",
        "适当高于理想的答案",
        "Adequate above desired (answers)",
        Percent,
        Lower,
        1,
    ),
    def(
        "cronbach_alpha",
        "克朗巴哈 α",
        "Cronbach's alpha",
        Rate,
        Higher,
        2,
    ),
    def(
        "driver_r2",
        "驱动模型 R²",
        "Driver model R²",
        Rate,
        Neither,
        3,
    ),
    def(
        "driver_beta",
        "标准化回归系数 β",
        "Standardised beta",
        Rate,
        Neither,
        3,
    ),
    def(
        "driver_weight",
        "相对权重",
        "Relative weight",
        Rate,
        Neither,
        3,
    ),
    def(
        "ipa_performance",
        "绩效得分 (0-100)",
        "IPA performance (0-100)",
        Rate,
        Higher,
        1,
    ),
    def(
        "ipa_quadrant",
        "重要性-绩效象限",
        "Importance-performance quadrant",
        Level,
        Neither,
        0,
    ),
    def(
        "loyalty_quadrant",
        "满意-忠诚象限",
        "Satisfaction-loyalty quadrant",
        Percent,
        Neither,
        1,
    ),
    def(
        "retention_rate",
        "客户保留率",
        "Retention rate",
        Percent,
        Higher,
        1,
    ),
    def("churn_rate", "客户流失率", "Churn rate", Percent, Lower, 1),
    def(
        "repurchase_rate",
        "重复购买率",
        "Repurchase rate",
        Percent,
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

/// True for the complaint Pareto tables, in which a category absent from a
/// period had no complaints.
pub fn is_pareto(id: &str) -> bool {
    id.starts_with("complaints_by_")
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
