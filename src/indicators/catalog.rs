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

/// Every indicator, in the order pages and exports list them.
pub const ALL: &[Definition] = &[
    Definition {
        id: "responses",
        name_zh: "有效问卷数",
        name_en: "Responses",
        unit: Unit::Count,
        better: Better::Neither,
        decimals: 0,
    },
    Definition {
        id: "overall_mean",
        name_zh: "总体满意度均值",
        name_en: "Overall satisfaction (mean)",
        unit: Unit::Mean,
        better: Better::Higher,
        decimals: 2,
    },
    Definition {
        id: "csat",
        name_zh: "满意率 (CSAT)",
        name_en: "CSAT (top-2-box)",
        unit: Unit::Percent,
        better: Better::Higher,
        decimals: 1,
    },
    Definition {
        id: "nps",
        name_zh: "净推荐值 (NPS)",
        name_en: "Net Promoter Score",
        unit: Unit::Points,
        better: Better::Higher,
        decimals: 1,
    },
    Definition {
        id: "complaints",
        name_zh: "投诉量",
        name_en: "Complaints",
        unit: Unit::Count,
        better: Better::Lower,
        decimals: 0,
    },
    Definition {
        id: "complaints_by_category",
        name_zh: "分类投诉量",
        name_en: "Complaints by category",
        unit: Unit::Count,
        better: Better::Lower,
        decimals: 0,
    },
];

/// The definition of an indicator id.
pub fn find(id: &str) -> Option<&'static Definition> {
    ALL.iter().find(|d| d.id == id)
}

/// Every indicator id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|d| d.id)
}
