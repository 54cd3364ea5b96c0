//! The catalogue of indicators: id, unit, and which direction is better; the
//! names are the message catalogue's entries `ind-<id>`.
//! Every indicator id used anywhere (targets, commentary, exports) is one of these.

use crate::language::Language;

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
    pub unit: Unit,
    pub better: Better,
    /// Decimals shown on the site (exports keep full precision).
    pub decimals: usize,
}

impl Definition {
    /// The indicator's name in `lang`: the catalogue's entry `ind-<id>`.
    pub fn name(&self, lang: Language) -> &'static str {
        crate::messages::static_words(&self.catalogue_id(), lang)
    }

    /// The catalogue id of the indicator's name (`ind-` and the id with - for _).
    pub fn catalogue_id(&self) -> String {
        format!("ind-{}", self.id.replace('_', "-"))
    }
}

const fn def(id: &'static str, unit: Unit, better: Better, decimals: usize) -> Definition {
    Definition {
        id,
        unit,
        better,
        decimals,
    }
}

use Better::{Higher, Lower, Neither};
use Unit::{Count, Hours, Level, Mean, Percent, Points, Rate};

/// Every indicator, in the order pages and exports list them.
pub const ALL: &[Definition] = &[
    def("responses", Count, Neither, 0),
    def("overall_mean", Mean, Higher, 2),
    def("csat", Percent, Higher, 1),
    def("dissatisfied", Percent, Lower, 1),
    def("nps", Points, Higher, 1),
    def("ces", Mean, Higher, 2),
    def("cs_index", Rate, Higher, 1),
    def("cs_level", Level, Higher, 0),
    def("item_mean", Mean, Higher, 2),
    def("item_index", Rate, Higher, 1),
    def("answer_share", Percent, Neither, 1),
    def("item_missing", Count, Lower, 0),
    def("item_not_applicable", Count, Neither, 0),
    def("expectation_mean", Mean, Neither, 2),
    def("perception_mean", Mean, Higher, 2),
    def("servqual_gap", Mean, Higher, 2),
    def("servqual_weighted", Mean, Higher, 2),
    def("zot_adequate", Mean, Neither, 2),
    def("zot_desired", Mean, Neither, 2),
    def("zot_msa", Mean, Higher, 2),
    def("zot_mss", Mean, Higher, 2),
    def("zot_inconsistent", Percent, Lower, 1),
    def("cronbach_alpha", Rate, Higher, 2),
    def("driver_r2", Rate, Neither, 3),
    def("driver_beta", Rate, Neither, 3),
    def("driver_weight", Rate, Neither, 3),
    def("ipa_performance", Rate, Higher, 1),
    def("ipa_quadrant", Level, Neither, 0),
    def("loyalty_quadrant", Percent, Neither, 1),
    def("retention_rate", Percent, Higher, 1),
    def("churn_rate", Percent, Lower, 1),
    def("repurchase_rate", Percent, Higher, 1),
    def("complaints", Count, Lower, 0),
    def("complaints_by_category", Count, Lower, 0),
    def("complaints_by_defect", Count, Lower, 0),
    def("complaints_by_product", Count, Lower, 0),
    def("complaints_by_region", Count, Lower, 0),
    def("complaints_by_department", Count, Lower, 0),
    def("complaints_by_channel", Count, Lower, 0),
    def("complaints_by_severity", Count, Lower, 0),
    def("complaint_rate", Rate, Lower, 2),
    def("first_response_hours", Hours, Lower, 1),
    def("resolution_hours", Hours, Lower, 1),
    def("sla_met", Percent, Higher, 1),
    def("reopen_rate", Percent, Lower, 1),
    def("fcr_rate", Percent, Higher, 1),
    def("timely_rate", Percent, Higher, 1),
    def("backlog", Count, Lower, 0),
    def("iceberg_silent_dissatisfied", Count, Lower, 0),
    def("wom_reach", Count, Lower, 0),
    def("spc_value", Rate, Neither, 3),
    def("spc_center", Rate, Neither, 3),
    def("spc_ucl", Rate, Neither, 3),
    def("spc_lcl", Rate, Neither, 3),
    def("spc_signal", Count, Neither, 0),
];

/// An indicator: an index into `ALL`, so that it orders as pages and
/// exports list indicators. Code names one with `id!("csat")`, which fails to
/// compile for a name not in the catalogue; input is read with `Id::parse`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(u8);

impl Id {
    /// The indicator named `name`.
    ///
    /// # Panics
    /// When `name` is not in the catalogue; in a constant (as `id!` makes
    /// it) that is a compile error.
    pub const fn of(name: &str) -> Id {
        let mut i = 0;
        while i < ALL.len() {
            if same(ALL[i].id.as_bytes(), name.as_bytes()) {
                return Id(i as u8);
            }
            i += 1;
        }
        panic!("not an indicator id of the catalogue");
    }

    /// The indicator named `name` in the user's files, if there is one.
    pub fn parse(name: &str) -> Option<Id> {
        ALL.iter().position(|d| d.id == name).map(|i| Id(i as u8))
    }

    pub fn as_str(self) -> &'static str {
        self.def().id
    }

    pub fn def(self) -> &'static Definition {
        &ALL[self.0 as usize]
    }

    /// Every indicator, in catalogue order.
    pub fn all() -> impl Iterator<Item = Id> {
        (0..ALL.len()).map(|i| Id(i as u8))
    }
}

/// Byte-wise equality that a `const fn` may call.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// An indicator id checked against the catalogue when compiling:
///
/// ```
/// assert_eq!(csbook::id!("csat").as_str(), "csat");
/// ```
///
/// A name the catalogue lacks does not compile:
///
/// ```compile_fail
/// let typo = csbook::id!("csta");
/// ```
#[macro_export]
macro_rules! id {
    ($name:literal) => {{
        const ID: $crate::catalog::Id = $crate::catalog::Id::of($name);
        ID
    }};
}

/// The Pareto indicator of a complaint breakdown.
pub fn breakdown_indicator(b: Breakdown) -> Id {
    use Breakdown::*;
    match b {
        Category => crate::id!("complaints_by_category"),
        Defect => crate::id!("complaints_by_defect"),
        Product => crate::id!("complaints_by_product"),
        Region => crate::id!("complaints_by_region"),
        Department => crate::id!("complaints_by_department"),
        Channel => crate::id!("complaints_by_channel"),
        Severity => crate::id!("complaints_by_severity"),
    }
}

/// True for the complaint Pareto tables, in which a category absent from a
/// period had no complaints.
pub fn is_pareto(id: Id) -> bool {
    id.as_str().starts_with("complaints_by_")
}

/// The definition of an indicator id.
pub fn find(id: &str) -> Option<&'static Definition> {
    ALL.iter().find(|d| d.id == id)
}

/// Every indicator id.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|d| d.id)
}

/// A way of breaking complaints down for Pareto analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Breakdown {
    /// What the complaint is about (its content).
    Category,
    Defect,
    Product,
    Region,
    Department,
    Channel,
    Severity,
}

impl Breakdown {
    pub const ALL: [Breakdown; 7] = [
        Breakdown::Category,
        Breakdown::Defect,
        Breakdown::Product,
        Breakdown::Region,
        Breakdown::Department,
        Breakdown::Channel,
        Breakdown::Severity,
    ];

    /// The standard field name (and the suffix of `complaints_by_<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Breakdown::Category => "category",
            Breakdown::Defect => "defect",
            Breakdown::Product => "product",
            Breakdown::Region => "region",
            Breakdown::Department => "department",
            Breakdown::Channel => "channel",
            Breakdown::Severity => "severity",
        }
    }
}
