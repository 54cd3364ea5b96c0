//! The observation table: every figure csbook shows or exports, computed from
//! the dataset, one tidy row per (indicator, period, segment value, key).
//!
//! Pages, the CSV/JSON downloads, `csbook indicators` and figures inside
//! commentary all read this one table, so they cannot disagree. Cells based on
//! fewer answers than the project's minimum cell size are suppressed here, before
//! anything downstream can see them.

pub mod attention;
mod complaints;
mod disclosure;
pub mod drivers;
pub mod inference;
mod loyalty;
pub mod reliability;
pub mod significance;
pub mod spc;
pub mod stats;
mod survey;

use crate::catalog::Id;
use std::collections::{BTreeMap, HashSet};

use compact_str::CompactString;
use rayon::prelude::*;
use serde::Serialize;

use crate::dataset::Dataset;
use crate::period::{Month, Period};
use crate::project::Project;

/// The segment name of figures over everyone.
pub const ALL: &str = "all";

/// One figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Observation {
    pub indicator: Id,
    #[serde(serialize_with = "as_display")]
    pub period: Period,
    /// A segment id, or `all`.
    pub segment: CompactString,
    /// The segment's value; empty for `all`.
    pub segment_value: CompactString,
    /// The survey dimension the row is about; empty when none.
    pub dimension: CompactString,
    /// The survey item the row is about; empty when none.
    pub item: CompactString,
    /// A further breakdown key (a complaint category, an answer value, a
    /// quantile); empty when none.
    pub key: CompactString,
    /// None when undefined (an empty base): never silently 0.
    pub value: Option<f64>,
    /// The valid base.
    pub n: u64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// Pareto share of the period's total, 0-1.
    pub share: Option<f64>,
    pub cum_share: Option<f64>,
    pub vital_few: Option<bool>,
    /// The name of a categorical result (a verbal level, a quadrant).
    pub label: CompactString,
}

fn as_display<S: serde::Serializer>(p: &Period, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(p)
}

impl Observation {
    pub(crate) fn new(
        indicator: Id,
        period: Period,
        group: &Group,
        value: Option<f64>,
        n: u64,
    ) -> Observation {
        Observation {
            indicator,
            period,
            segment: group.segment.as_str().into(),
            segment_value: group.value.as_str().into(),
            dimension: CompactString::default(),
            item: CompactString::default(),
            key: CompactString::default(),
            value,
            n,
            ci_low: None,
            ci_high: None,
            share: None,
            cum_share: None,
            vital_few: None,
            label: CompactString::default(),
        }
    }

    /// The same observation about one dimension and item of the instrument.
    pub(crate) fn about(mut self, dimension: &str, item: &str) -> Observation {
        self.dimension = dimension.into();
        self.item = item.into();
        self
    }

    pub(crate) fn keyed(mut self, key: impl Into<CompactString>) -> Observation {
        self.key = key.into();
        self
    }

    /// True when the row is one of a breakdown (by dimension, item or key).
    pub fn is_breakdown(&self) -> bool {
        !(self.dimension.is_empty() && self.item.is_empty() && self.key.is_empty())
    }
}

/// What a single observation is about, besides its indicator, period and group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Coordinates {
    pub dimension: String,
    pub item: String,
    pub key: String,
}

impl Coordinates {
    /// Only a breakdown key.
    pub fn key(key: &str) -> Coordinates {
        Coordinates {
            key: key.to_string(),
            ..Coordinates::default()
        }
    }
}

/// What pages need to know of a survey item.
#[derive(Clone, Debug)]
pub struct ItemInfo {
    pub id: String,
    pub text: String,
    pub role: crate::dataset::Role,
    /// Its dimension id (a paired item's is its perception item's), or empty.
    pub dimension: String,
    /// The scale its figures are on.
    pub scale: crate::dataset::instrument::Scale,
}

/// A group of respondents or complaints: a segment id (or `all`) and a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Group {
    pub segment: String,
    pub value: String,
}

impl Group {
    pub fn all() -> Group {
        Group {
            segment: ALL.into(),
            value: String::new(),
        }
    }
}

/// The hash of an observation's identity, so that the index holds no strings.
fn identity_hash(
    indicator: Id,
    period: Period,
    segment: &str,
    value: &str,
    dimension: &str,
    item: &str,
    key: &str,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (indicator, period, segment, value, dimension, item, key).hash(&mut h);
    h.finish()
}

fn row_hash(o: &Observation) -> u64 {
    identity_hash(
        o.indicator,
        o.period,
        &o.segment,
        &o.segment_value,
        &o.dimension,
        &o.item,
        &o.key,
    )
}

/// The observation table and its index.
#[derive(Debug, Default)]
pub struct Indicators {
    rows: Vec<Observation>,
    /// (identity hash, row), sorted: memory of 16 bytes a row and lookups that
    /// borrow their strings.
    index: Vec<(u64, u32)>,
    /// Every month from the first to the last with data, without gaps.
    pub months: Vec<Month>,
    /// Groups left out because their base was below the minimum cell size.
    pub suppressed: u64,
    /// Every (segment id, value) and breakdown key seen in the data, suppressed or
    /// not: a name outside these is a mistake, a name inside them without an
    /// observation is a suppressed or empty cell.
    pub known_groups: HashSet<(String, String)>,
    pub known_keys: HashSet<String>,
    /// The instrument's items and dimensions (id, label), in order and in the
    /// handbook's language.
    pub items: Vec<ItemInfo>,
    pub dimensions: Vec<(String, String)>,
    /// Masked complaint descriptions per month (category, text), only when the
    /// project publishes them; at most `VERBATIMS` a month, the latest first.
    pub verbatims: BTreeMap<Month, Vec<(String, String)>>,
    /// Tested changes and segment differences (`comparisons.csv`).
    pub comparisons: Vec<significance::Comparison>,
    /// What needs attention, per month (computed once, read by several pages).
    pub attention: BTreeMap<Month, Vec<attention::Item>>,
}

/// Descriptions shown per month when a project publishes them.
const VERBATIMS: usize = 12;

impl Indicators {
    /// Computes every indicator of the project from its dataset.
    pub fn compute(project: &Project, data: &Dataset) -> Indicators {
        let months = month_span(data);
        // The survey's rows are most of the table: they become it, uncopied.
        let (mut rows, mut suppressed) = match &data.survey {
            Some(survey) => survey::observations(project, survey, &months),
            None => (Vec::new(), 0),
        };
        if project.complaints.is_some() {
            let (r, s) =
                complaints::observations(project, &data.complaints, &data.customers, &months);
            rows.extend(r);
            suppressed += s;
        }
        if let Some(activity) = &data.activity {
            let mut r = loyalty::observations(activity, &months);
            let before = r.len();
            r.retain(|o| o.n >= project.min_cell_size);
            suppressed += (before - r.len()) as u64;
            rows.extend(r);
        }
        rows.extend(spc::charts::observations(project, &rows, &months));
        // Ids order as the catalogue lists them.
        rows.par_sort_unstable_by(|a, b| {
            (a.indicator, a.period, &a.segment, &a.segment_value)
                .cmp(&(b.indicator, b.period, &b.segment, &b.segment_value))
                .then_with(|| (&a.dimension, &a.item).cmp(&(&b.dimension, &b.item)))
                .then_with(|| b.value.unwrap_or(0.0).total_cmp(&a.value.unwrap_or(0.0)))
                .then_with(|| a.key.cmp(&b.key))
        });
        let mut index: Vec<(u64, u32)> = rows
            .par_iter()
            .enumerate()
            .map(|(i, o)| (row_hash(o), i as u32))
            .collect();
        index.par_sort_unstable();
        let (known_groups, mut known_keys) = known_names(project, data);
        known_keys.extend(
            rows.iter()
                .filter(|o| !o.key.is_empty())
                .map(|o| o.key.to_string()),
        );
        let mut verbatims: BTreeMap<Month, Vec<(String, String)>> = BTreeMap::new();
        for c in data.complaints.iter().rev() {
            if let Some(text) = c.description.as_ref().filter(|t| !t.is_empty()) {
                let month = verbatims.entry(c.month).or_default();
                if month.len() < VERBATIMS {
                    let category = c
                        .breakdown(crate::catalog::Breakdown::Category)
                        .unwrap_or_default();
                    month.push((category.to_string(), text.clone()));
                }
            }
        }
        let comparisons = data
            .survey
            .as_ref()
            .map(|s| significance::comparisons(project, s))
            .unwrap_or_default();
        let instrument = data.survey.as_ref().map(|s| &s.instrument);
        let mut indicators = Indicators {
            rows,
            index,
            months,
            suppressed,
            known_groups,
            known_keys,
            items: data
                .survey
                .as_ref()
                .map(|s| {
                    let st = &s.layout.structure;
                    s.instrument
                        .items
                        .iter()
                        .zip(&st.item_dimension)
                        .map(|(it, d)| ItemInfo {
                            id: it.id.clone(),
                            text: it.text.get(project.language).to_string(),
                            role: it.role,
                            dimension: d.map(|d| st.dimensions[d].clone()).unwrap_or_default(),
                            scale: it.scale,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            dimensions: instrument
                .map(|i| {
                    i.dimension_ids()
                        .into_iter()
                        .map(|d| {
                            let label = i
                                .dimensions
                                .iter()
                                .find(|(id, _)| *id == d)
                                .map_or(d.clone(), |(_, t)| t.get(project.language).to_string());
                            (d, label)
                        })
                        .collect()
                })
                .unwrap_or_default(),
            verbatims,
            comparisons,
            attention: BTreeMap::new(),
        };
        indicators.attention = attention::by_month(project, &indicators);
        indicators
    }

    /// Every observation, in export order.
    pub fn rows(&self) -> &[Observation] {
        &self.rows
    }

    /// The observations of one indicator: a contiguous run, since rows are
    /// sorted by the catalogue's order first.
    pub fn of(&self, indicator: Id) -> &[Observation] {
        let start = self.rows.partition_point(|o| o.indicator < indicator);
        let end = self.rows.partition_point(|o| o.indicator <= indicator);
        &self.rows[start..end]
    }

    /// One observation with (at most) a breakdown key.
    pub fn get(
        &self,
        indicator: Id,
        period: Period,
        group: &Group,
        key: &str,
    ) -> Option<&Observation> {
        self.get_at(indicator, period, group, &Coordinates::key(key))
    }

    /// One observation, anywhere in a breakdown.
    pub fn get_at(
        &self,
        indicator: Id,
        period: Period,
        group: &Group,
        at: &Coordinates,
    ) -> Option<&Observation> {
        let hash = identity_hash(
            indicator,
            period,
            &group.segment,
            &group.value,
            &at.dimension,
            &at.item,
            &at.key,
        );
        let start = self.index.partition_point(|&(h, _)| h < hash);
        self.index[start..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .map(|&(_, i)| &self.rows[i as usize])
            .find(|o| {
                o.indicator == indicator
                    && o.period == period
                    && o.segment == group.segment
                    && o.segment_value == group.value
                    && o.dimension == at.dimension
                    && o.item == at.item
                    && o.key == at.key
            })
    }

    /// The value of one observation, if it exists and is defined.
    pub fn value(&self, indicator: Id, period: Period, group: &Group, key: &str) -> Option<f64> {
        self.get(indicator, period, group, key)
            .and_then(|o| o.value)
    }

    /// Observations of one indicator and period for every value of a segment.
    pub fn by_segment(&self, indicator: Id, period: Period, segment: &str) -> Vec<&Observation> {
        self.of(indicator)
            .iter()
            .filter(|o| {
                o.indicator == indicator
                    && o.period == period
                    && o.segment == segment
                    && !o.is_breakdown()
            })
            .collect()
    }

    /// The breakdown rows (such as the Pareto table) of one indicator, period and group.
    pub fn breakdown(&self, indicator: Id, period: Period, group: &Group) -> Vec<&Observation> {
        self.of(indicator)
            .iter()
            .filter(|o| {
                o.indicator == indicator
                    && o.period == period
                    && o.segment == group.segment
                    && o.segment_value == group.value
                    && o.is_breakdown()
            })
            .collect()
    }

    /// True when every observation of `indicator` is part of a breakdown (by
    /// category, quantile, chart, dimension or item), so that a single figure
    /// needs `key=`, `item=` or `dimension=`.
    pub fn is_keyed(&self, indicator: Id) -> bool {
        let rows = self.of(indicator);
        !rows.is_empty() && rows.iter().all(Observation::is_breakdown)
    }

    /// The label of a dimension in the handbook's language (its id if it has none).
    pub fn dimension_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.dimensions
            .iter()
            .find(|(d, _)| d == id)
            .map_or(id, |(_, label)| label.as_str())
    }

    /// True when the table has any row of `indicator`.
    pub fn has(&self, indicator: Id) -> bool {
        !self.of(indicator).is_empty()
    }
}

fn known_names(project: &Project, data: &Dataset) -> (HashSet<(String, String)>, HashSet<String>) {
    let mut groups = HashSet::new();
    let mut keys = HashSet::new();
    if let Some(survey) = &data.survey {
        for (key, _) in survey.cube.groups() {
            if let Some(s) = key.segment {
                groups.insert((project.segments[s].id.clone(), key.value));
            }
        }
    }
    if let Some(source) = &project.complaints {
        for c in &data.complaints {
            keys.extend(c.breakdowns.iter().flatten().cloned());
            for (&s, v) in source.segments.iter().zip(&c.segments) {
                groups.insert((project.segments[s].id.clone(), v.clone()));
            }
        }
    }
    (groups, keys)
}

/// Every month from the earliest to the latest in the data.
fn month_span(data: &Dataset) -> Vec<Month> {
    let mut seen: Vec<Month> = data.complaints.iter().map(|c| c.month).collect();
    if let Some(s) = &data.survey {
        seen.extend(s.cube.months());
    }
    let (Some(&first), Some(&last)) = (seen.iter().min(), seen.iter().max()) else {
        return Vec::new();
    };
    let mut months = vec![last];
    while let Some(&m) = months.last()
        && m > first
    {
        months.push(m.prev());
    }
    months.reverse();
    months
}

/// The quarters of `months` that are published, each with its months: the
/// complete ones, and the latest even when it is still under way (a partial
/// quarter at the start of the data is not one: it would be compared with
/// full quarters as if it were one). See `partial_quarter`.
pub(crate) fn quarters(months: &[Month]) -> Vec<(Period, Vec<Month>)> {
    let mut out: Vec<(Period, Vec<Month>)> = Vec::new();
    for &m in months {
        let q = Period::Quarter(m.quarter());
        match out.last_mut() {
            Some((p, ms)) if *p == q => ms.push(m),
            _ => out.push((q, vec![m])),
        }
    }
    let last = out.len().saturating_sub(1);
    out.into_iter()
        .enumerate()
        .filter(|(i, (_, ms))| ms.len() == 3 || *i == last)
        .map(|(_, q)| q)
        .collect()
}

/// The quarters that have figures (see `quarters`), oldest first.
pub fn published_quarters(months: &[Month]) -> Vec<crate::period::Quarter> {
    quarters(months)
        .into_iter()
        .filter_map(|(p, _)| match p {
            Period::Quarter(q) => Some(q),
            _ => None,
        })
        .collect()
}

/// The latest quarter when it is still under way, with how many of its
/// months the data has: its figures are published, marked as partial, and
/// never compared with full quarters.
pub fn partial_quarter(months: &[Month]) -> Option<(crate::period::Quarter, usize)> {
    let last = months.last()?.quarter();
    let n = months.iter().filter(|m| m.quarter() == last).count();
    (n < 3).then_some((last, n))
}
