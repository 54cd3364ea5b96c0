//! The survey cube: per (month, segment, segment value), one accumulator of
//! answer counts for every item.
//!
//! Every survey indicator of the foundation is a function of answer counts (a
//! mean is Σ value × count / n, a top-2-box share a sum of two counts), so the
//! cube keeps counts, never rows: memory grows with the number of groups. Two
//! cubes built from different rows merge into the cube of all the rows, which is
//! what lets rayon fold chunks of rows in parallel.

use rustc_hash::FxHashMap;

use crate::dataset::instrument::Instrument;
use crate::dataset::respondent::{Respondent, RespondentAcc, Structure};
use crate::period::Month;

/// Encoded answer to one item: an index into the item's scale (after reverse
/// coding), or one of the two markers below.
pub type Answer = u8;
/// The answer was a not-applicable code.
pub const NOT_APPLICABLE: Answer = 254;
/// The cell was empty.
pub const MISSING: Answer = 255;

/// Where each item's counts live in an accumulator's flat count vector.
#[derive(Clone, Debug)]
pub struct Layout {
    offsets: Vec<usize>,
    widths: Vec<usize>,
    total: usize,
    /// How items combine into respondent-level figures.
    pub structure: Structure,
}

impl Layout {
    pub fn new(instrument: &Instrument) -> Layout {
        let widths: Vec<usize> = instrument.items.iter().map(|i| i.points.len()).collect();
        let mut offsets = Vec::with_capacity(widths.len());
        let mut total = 0;
        for w in &widths {
            offsets.push(total);
            total += w;
        }
        Layout {
            offsets,
            widths,
            total,
            structure: Structure::new(instrument),
        }
    }
}

/// Answer counts of every item for one group of respondents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SurveyAcc {
    /// Respondents in the group.
    pub responses: u64,
    /// Per item and answer index, flat (see `Layout`); u32 halves the memory
    /// the hot loop touches, and no group has four billion answers.
    counts: Vec<u32>,
    /// Per item: answers that were a not-applicable code.
    not_applicable: Vec<u64>,
    /// Per item: empty cells.
    missing: Vec<u64>,
    /// Sums that need one respondent's answers together.
    pub respondent: RespondentAcc,
}

impl SurveyAcc {
    /// An empty accumulator; `with_reliability` for the groups whose
    /// Cronbach's alpha is computed (all respondents, not each segment value).
    pub fn new(layout: &Layout, with_reliability: bool) -> SurveyAcc {
        SurveyAcc {
            responses: 0,
            counts: vec![0; layout.total],
            not_applicable: vec![0; layout.widths.len()],
            missing: vec![0; layout.widths.len()],
            respondent: RespondentAcc::new(&layout.structure, with_reliability),
        }
    }

    /// Adds one respondent's encoded answers (one per item, in instrument
    /// order) and their summary.
    pub fn add(&mut self, layout: &Layout, answers: &[Answer], summary: &Respondent) {
        self.respondent.add(&layout.structure, answers, summary);
        self.responses += 1;
        for (item, &a) in answers.iter().enumerate() {
            match a {
                MISSING => self.missing[item] += 1,
                NOT_APPLICABLE => self.not_applicable[item] += 1,
                index => self.counts[layout.offsets[item] + index as usize] += 1,
            }
        }
    }

    /// Adds another group's counts into this one.
    pub fn merge(&mut self, other: &SurveyAcc) {
        if self.counts.is_empty() {
            *self = other.clone();
            return;
        }
        self.responses += other.responses;
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        for (a, b) in self.not_applicable.iter_mut().zip(&other.not_applicable) {
            *a += b;
        }
        for (a, b) in self.missing.iter_mut().zip(&other.missing) {
            *a += b;
        }
        self.respondent.merge(&other.respondent);
    }

    /// The counts of each answer index of `item` (index 0 is the scale's low end).
    pub fn item_counts(&self, layout: &Layout, item: usize) -> Vec<u64> {
        self.counts[layout.offsets[item]..layout.offsets[item] + layout.widths[item]]
            .iter()
            .map(|&c| c as u64)
            .collect()
    }

    pub fn not_applicable(&self, item: usize) -> u64 {
        self.not_applicable[item]
    }

    pub fn missing(&self, item: usize) -> u64 {
        self.missing[item]
    }
}

/// Which group of respondents: everyone (`segment` None) or one value of a segment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupKey {
    pub month: Month,
    /// Index into `Project::segments`; None for all respondents.
    pub segment: Option<usize>,
    /// The segment's value ("" for all respondents).
    pub value: String,
}

/// Accumulators for every group seen in the data.
///
/// Segment values are interned to small ids, so that a row costs one string
/// lookup per segment and the group itself is found by an integer key. A
/// segment takes at most `max_values` distinct values: every group costs an
/// accumulator, so a column of free text (or ids) mapped as a segment would
/// otherwise take memory without bound. Rows beyond it are left out of that
/// segment's groups and the segment is marked `overflowed`.
#[derive(Clone, Debug)]
pub struct SurveyCube {
    /// Per segment index: value -> id.
    ids: Vec<FxHashMap<String, u32>>,
    /// Per segment index: id -> value.
    names: Vec<Vec<String>>,
    /// (month, segment, value id; 0 for all respondents) -> accumulator.
    groups: FxHashMap<(Month, Option<usize>, u32), SurveyAcc>,
    max_values: usize,
    /// Per segment index: whether some value was refused for `max_values`.
    overflowed: Vec<bool>,
}

impl Default for SurveyCube {
    fn default() -> Self {
        SurveyCube::with_limit(usize::MAX)
    }
}

impl SurveyCube {
    pub fn with_limit(max_values: usize) -> SurveyCube {
        SurveyCube {
            ids: Vec::new(),
            names: Vec::new(),
            groups: FxHashMap::default(),
            max_values,
            overflowed: Vec::new(),
        }
    }

    /// The segments that have more than the allowed number of values.
    pub fn overflowed(&self) -> impl Iterator<Item = usize> + '_ {
        self.overflowed
            .iter()
            .enumerate()
            .filter(|(_, o)| **o)
            .map(|(s, _)| s)
    }

    fn intern(&mut self, segment: usize, value: &str) -> Option<u32> {
        if self.ids.len() <= segment {
            self.ids.resize_with(segment + 1, FxHashMap::default);
            self.names.resize_with(segment + 1, Vec::new);
            self.overflowed.resize(segment + 1, false);
        }
        if let Some(&id) = self.ids[segment].get(value) {
            return Some(id);
        }
        if self.names[segment].len() >= self.max_values {
            self.overflowed[segment] = true;
            return None;
        }
        let id = self.names[segment].len() as u32;
        self.ids[segment].insert(value.to_string(), id);
        self.names[segment].push(value.to_string());
        Some(id)
    }

    /// The accumulator of a group, created empty on first use; None for a new
    /// value of a segment that already has `max_values`.
    pub fn acc_mut(
        &mut self,
        layout: &Layout,
        month: Month,
        segment: Option<usize>,
        value: &str,
    ) -> Option<&mut SurveyAcc> {
        let id = match segment {
            None => 0,
            Some(s) => self.intern(s, value)?,
        };
        Some(
            self.groups
                .entry((month, segment, id))
                .or_insert_with(|| SurveyAcc::new(layout, segment.is_none())),
        )
    }

    pub fn merge(&mut self, other: SurveyCube) {
        for (s, o) in other.overflowed.iter().enumerate() {
            if *o {
                if self.overflowed.len() <= s {
                    self.overflowed.resize(s + 1, false);
                }
                self.overflowed[s] = true;
            }
        }
        // Groups in a fixed order, so that values are interned, and sums
        // added, in the same order on every run.
        let mut groups: Vec<_> = other.groups.into_iter().collect();
        groups.sort_unstable_by_key(|g| g.0);
        for ((month, segment, id), acc) in groups {
            let mine = match segment {
                None => 0,
                Some(s) => match self.intern(s, &other.names[s][id as usize]) {
                    Some(id) => id,
                    None => continue,
                },
            };
            match self.groups.get_mut(&(month, segment, mine)) {
                Some(m) => m.merge(&acc),
                None => {
                    self.groups.insert((month, segment, mine), acc);
                }
            }
        }
    }

    /// Every group with its accumulator, in a stable order.
    pub fn groups(&self) -> Vec<(GroupKey, &SurveyAcc)> {
        let mut out: Vec<_> = self
            .groups
            .iter()
            .map(|(&(month, segment, id), acc)| {
                let value = segment
                    .map(|s| self.names[s][id as usize].clone())
                    .unwrap_or_default();
                (
                    GroupKey {
                        month,
                        segment,
                        value,
                    },
                    acc,
                )
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The months that have at least one response, oldest first.
    pub fn months(&self) -> Vec<Month> {
        let mut months: Vec<Month> = self
            .groups
            .keys()
            .filter(|(_, s, _)| s.is_none())
            .map(|(m, _, _)| *m)
            .collect();
        months.sort();
        months
    }
}
