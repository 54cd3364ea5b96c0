//! Respondent-level statistics: the figures that need more than each item's
//! answer counts, because they combine one respondent's answers first (a P − E
//! gap, a dimension mean, a complete row for alpha or the key-driver
//! regression). Each row is summarised once (`Respondent`), then added to the
//! accumulator of every group it belongs to (`Paired`, `CrossProducts`), all of
//! which merge, so the cube still holds sums, never rows.

use crate::cross_products::CrossProducts;
use crate::dataset::cube::{Answer, MISSING, NOT_APPLICABLE};
use crate::dataset::instrument::{Instrument, Role};

/// The three answers a perception item can be paired with (methods.md M5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairKind {
    Expectation,
    Adequate,
    Desired,
}

impl PairKind {
    pub const ALL: [PairKind; 3] = [PairKind::Expectation, PairKind::Adequate, PairKind::Desired];

    fn role(self) -> Role {
        match self {
            PairKind::Expectation => Role::Expectation,
            PairKind::Adequate => Role::Adequate,
            PairKind::Desired => Role::Desired,
        }
    }
}

/// A perception item and the item it is compared with.
#[derive(Clone, Debug)]
pub struct Pair {
    pub perception: usize,
    pub other: usize,
    /// Index into `Structure::dimensions`.
    pub dimension: Option<usize>,
}

/// The reliability blocks of M6: each dimension's P items, E items, and P − E gaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Perception,
    Expectation,
    Gap,
}

impl Block {
    pub const ALL: [Block; 3] = [Block::Perception, Block::Expectation, Block::Gap];

    pub fn id(self) -> &'static str {
        match self {
            Block::Perception => "perception",
            Block::Expectation => "expectation",
            Block::Gap => "gap",
        }
    }
}

/// Which items combine into which respondent-level figures, read from the instrument.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    pub dimensions: Vec<String>,
    /// Per pair kind (in `PairKind::ALL` order).
    pub pairs: [Vec<Pair>; 3],
    /// Per dimension: its perception items.
    pub perception: Vec<Vec<usize>>,
    /// Per dimension: its expectation items.
    pub expectation: Vec<Vec<usize>>,
    pub overall: Option<usize>,
    pub nps: Option<usize>,
    /// Per dimension: the (P, E) item pairs, for the gap block of alpha.
    pub gaps: Vec<Vec<(usize, usize)>>,
    /// (adequate, desired) items of the same perception item.
    pub zones: Vec<(usize, usize)>,
    /// Per item: its dimension (a paired item's is its perception item's).
    pub item_dimension: Vec<Option<usize>>,
    /// Per item: the value of each answer slot (`Item::points`).
    points: Vec<Vec<f64>>,
    /// Per slot of the overall item: whether satisfaction is high (top two
    /// of the scale the answer was given on).
    overall_top2: Vec<bool>,
}

impl Structure {
    pub fn new(instrument: &Instrument) -> Structure {
        let dimensions = instrument.dimension_ids();
        let position = |id: &str| instrument.items.iter().position(|i| i.id == id);
        let dim_of = |i: usize| {
            let item = &instrument.items[i];
            let named = item.dimension.as_ref().or_else(|| {
                let p = position(item.pair.as_deref()?)?;
                instrument.items[p].dimension.as_ref()
            })?;
            dimensions.iter().position(|d| d == named)
        };
        let pairs = PairKind::ALL.map(|kind| {
            instrument
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.role == kind.role())
                .filter_map(|(other, i)| {
                    let perception = position(i.pair.as_deref()?)?;
                    (instrument.items[perception].role == Role::Perception).then(|| Pair {
                        perception,
                        other,
                        dimension: dim_of(perception),
                    })
                })
                .collect()
        });
        let in_dimension = |role: Role| {
            (0..dimensions.len())
                .map(|d| {
                    (0..instrument.items.len())
                        .filter(|&i| instrument.items[i].role == role && dim_of(i) == Some(d))
                        .collect()
                })
                .collect()
        };
        let role = |r: Role| instrument.items.iter().position(|i| i.role == r);
        let [expectation, adequate, desired]: &[Vec<Pair>; 3] = &pairs;
        let gaps = (0..dimensions.len())
            .map(|d| {
                expectation
                    .iter()
                    .filter(|p| p.dimension == Some(d))
                    .map(|p| (p.perception, p.other))
                    .collect()
            })
            .collect();
        let zones = adequate
            .iter()
            .filter_map(|a| {
                let d = desired.iter().find(|d| d.perception == a.perception)?;
                Some((a.other, d.other))
            })
            .collect();
        let overall = role(Role::Overall);
        Structure {
            perception: in_dimension(Role::Perception),
            expectation: in_dimension(Role::Expectation),
            gaps,
            zones,
            pairs,
            overall,
            nps: role(Role::Nps),
            item_dimension: (0..instrument.items.len()).map(dim_of).collect(),
            points: instrument.items.iter().map(|i| i.points.clone()).collect(),
            overall_top2: overall.map_or_else(Vec::new, |o| {
                let item = &instrument.items[o];
                (0..item.points.len())
                    .map(|slot| item.is_top2(slot))
                    .collect()
            }),
            dimensions,
        }
    }

    pub fn pairs(&self, kind: PairKind) -> &[Pair] {
        &self.pairs[kind as usize]
    }

    /// True when the instrument has what the key-driver regression needs: an
    /// overall item and perception items in every dimension.
    pub fn has_drivers(&self) -> bool {
        self.overall.is_some()
            && !self.dimensions.is_empty()
            && self.perception.iter().all(|p| !p.is_empty())
    }

    /// The scale value of answer slot 0 of `item`. Paired items never change
    /// scale, so that their slot i is worth `lo(item) + i`.
    pub fn lo(&self, item: usize) -> f64 {
        self.points[item][0]
    }

    fn value(&self, item: usize, a: Answer) -> Option<f64> {
        (a != MISSING && a != NOT_APPLICABLE).then(|| self.points[item][a as usize])
    }
}

/// One respondent's derived figures, computed once per row into buffers that
/// are reused from row to row (no allocation per row).
#[derive(Debug, Default)]
pub struct Respondent {
    /// Per pair kind and dimension: the mean P and mean other answer over the
    /// respondent's valid pairs in the dimension (M5 step 3), if any.
    pub dimension_pairs: [Vec<Option<(f64, f64)>>; 3],
    /// Per dimension: (pairs, Σ P, Σ other) while summing.
    sums: Vec<(u32, f64, f64)>,
    /// [overall, mean P of each dimension], complete when `driver_complete`.
    driver_row: Vec<f64>,
    driver_complete: bool,
    /// Per dimension and block: the row's values, and whether every one was
    /// valid (listwise).
    blocks: Vec<[(Vec<f64>, bool); 3]>,
    /// Index into `LOYALTY` when both overall and NPS are valid.
    pub loyalty: Option<usize>,
    /// Answers with adequate above desired, a data-quality flag (M5), out of
    /// the items with both answered.
    pub inconsistent_zones: u64,
    pub zone_pairs: u64,
}

/// The satisfaction-loyalty quadrants of M11 (Jones & Sasser), in index order:
/// (high satisfaction, high loyalty), (high, low), (low, high), (low, low).
pub const LOYALTY: [&str; 4] = ["loyalist", "mercenary", "hostage", "defector"];

impl Respondent {
    /// Summarises one row of encoded answers.
    pub fn summarize(&mut self, s: &Structure, answers: &[Answer]) {
        let dims = s.dimensions.len();
        for kind in PairKind::ALL {
            self.sums.clear();
            self.sums.resize(dims, (0, 0.0, 0.0));
            for pair in s.pairs(kind) {
                let (Some(d), Some(p), Some(o)) = (
                    pair.dimension,
                    s.value(pair.perception, answers[pair.perception]),
                    s.value(pair.other, answers[pair.other]),
                ) else {
                    continue;
                };
                let sum = &mut self.sums[d];
                *sum = (sum.0 + 1, sum.1 + p, sum.2 + o);
            }
            let out = &mut self.dimension_pairs[kind as usize];
            out.clear();
            out.extend(
                self.sums
                    .iter()
                    .map(|&(n, p, o)| (n > 0).then(|| (p / n as f64, o / n as f64))),
            );
        }
        self.inconsistent_zones = 0;
        self.zone_pairs = 0;
        for &(a, d) in &s.zones {
            if let (Some(a), Some(d)) = (s.value(a, answers[a]), s.value(d, answers[d])) {
                self.zone_pairs += 1;
                self.inconsistent_zones += u64::from(a > d);
            }
        }
        self.driver_complete = s.has_drivers() && self.driver_values(s, answers);
        self.loyalty = match (s.overall, s.nps) {
            (Some(o), Some(n)) => match (answers[o], answers[n]) {
                (MISSING | NOT_APPLICABLE, _) | (_, MISSING | NOT_APPLICABLE) => None,
                (o, n) => Some(match (s.overall_top2[o as usize], n >= 9) {
                    (true, true) => 0,
                    (true, false) => 1,
                    (false, true) => 2,
                    (false, false) => 3,
                }),
            },
            _ => None,
        };
        self.blocks.resize_with(dims, Default::default);
        for (d, blocks) in self.blocks.iter_mut().enumerate() {
            let fill = |(row, complete): &mut (Vec<f64>, bool),
                        values: &mut dyn Iterator<Item = Option<f64>>| {
                row.clear();
                *complete = true;
                for v in values {
                    match v {
                        Some(v) => row.push(v),
                        None => *complete = false,
                    }
                }
            };
            let [p, e, g] = blocks;
            fill(
                p,
                &mut s.perception[d].iter().map(|&i| s.value(i, answers[i])),
            );
            fill(
                e,
                &mut s.expectation[d].iter().map(|&i| s.value(i, answers[i])),
            );
            fill(
                g,
                &mut s.gaps[d]
                    .iter()
                    .map(|&(p, e)| Some(s.value(p, answers[p])? - s.value(e, answers[e])?)),
            );
        }
    }

    /// Fills `driver_row`; false when the overall answer or a dimension's
    /// every perception answer is missing.
    fn driver_values(&mut self, s: &Structure, answers: &[Answer]) -> bool {
        self.driver_row.clear();
        let Some(overall) = s.overall.and_then(|o| s.value(o, answers[o])) else {
            return false;
        };
        self.driver_row.push(overall);
        for items in &s.perception {
            let (n, sum) = items
                .iter()
                .filter_map(|&i| s.value(i, answers[i]))
                .fold((0u32, 0.0), |(n, sum), v| (n + 1, sum + v));
            if n == 0 {
                return false;
            }
            self.driver_row.push(sum / n as f64);
        }
        true
    }

    /// [overall, mean P of each dimension], when the respondent has them all.
    pub fn driver_row(&self) -> Option<&[f64]> {
        self.driver_complete.then_some(self.driver_row.as_slice())
    }

    /// The complete row of a dimension's block, if every answer in it is valid.
    pub fn block(&self, dimension: usize, block: usize) -> Option<&[f64]> {
        let (row, complete) = &self.blocks.get(dimension)?[block];
        (*complete && !row.is_empty()).then_some(row.as_slice())
    }
}

/// Sums of P and of the paired answer over valid pairs: per item, and per
/// dimension over respondents (M5 steps 2-4).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paired {
    /// Per pair: (n, Σ P, Σ other); integer answers, so the sums are exact.
    pub items: Vec<(u64, i64, i64)>,
    /// Per dimension: (respondents, Σ mean P, Σ mean other).
    pub dimensions: Vec<(u64, f64, f64)>,
}

impl Paired {
    fn new(pairs: usize, dims: usize) -> Paired {
        Paired {
            items: vec![(0, 0, 0); pairs],
            dimensions: vec![(0, 0.0, 0.0); dims],
        }
    }

    fn merge(&mut self, other: &Paired) {
        for (a, b) in self.items.iter_mut().zip(&other.items) {
            *a = (a.0 + b.0, a.1 + b.1, a.2 + b.2);
        }
        for (a, b) in self.dimensions.iter_mut().zip(&other.dimensions) {
            *a = (a.0 + b.0, a.1 + b.1, a.2 + b.2);
        }
    }
}

/// Every respondent-level accumulator of one group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RespondentAcc {
    /// Per pair kind.
    pub paired: [Paired; 3],
    /// [overall, dimension P means] over complete rows.
    pub drivers: Option<CrossProducts>,
    /// Per dimension and block; empty when the group does not track reliability.
    pub blocks: Vec<[CrossProducts; 3]>,
    pub loyalty: [u64; 4],
    pub inconsistent_zones: u64,
    pub zone_pairs: u64,
}

impl RespondentAcc {
    pub fn new(s: &Structure, with_blocks: bool) -> RespondentAcc {
        let dims = s.dimensions.len();
        RespondentAcc {
            paired: PairKind::ALL.map(|k| Paired::new(s.pairs(k).len(), dims)),
            drivers: s.has_drivers().then(|| CrossProducts::new(dims + 1)),
            blocks: if with_blocks {
                (0..dims)
                    .map(|d| {
                        [
                            CrossProducts::new(s.perception[d].len()),
                            CrossProducts::new(s.expectation[d].len()),
                            CrossProducts::new(s.gaps[d].len()),
                        ]
                    })
                    .collect()
            } else {
                Vec::new()
            },
            loyalty: [0; 4],
            inconsistent_zones: 0,
            zone_pairs: 0,
        }
    }

    pub fn add(&mut self, s: &Structure, answers: &[Answer], r: &Respondent) {
        for kind in PairKind::ALL {
            let acc = &mut self.paired[kind as usize];
            for (sums, pair) in acc.items.iter_mut().zip(s.pairs(kind)) {
                let (p, o) = (answers[pair.perception], answers[pair.other]);
                if p < NOT_APPLICABLE && o < NOT_APPLICABLE {
                    // Answer indexes share the offset `lo`, added back when read.
                    *sums = (sums.0 + 1, sums.1 + p as i64, sums.2 + o as i64);
                }
            }
            for (sums, means) in acc
                .dimensions
                .iter_mut()
                .zip(&r.dimension_pairs[kind as usize])
            {
                if let Some((p, o)) = means {
                    *sums = (sums.0 + 1, sums.1 + p, sums.2 + o);
                }
            }
        }
        if let (Some(cp), Some(row)) = (&mut self.drivers, r.driver_row()) {
            cp.add(row);
        }
        for (d, accs) in self.blocks.iter_mut().enumerate() {
            for (b, cp) in accs.iter_mut().enumerate() {
                if let Some(row) = r.block(d, b) {
                    cp.add(row);
                }
            }
        }
        if let Some(q) = r.loyalty {
            self.loyalty[q] += 1;
        }
        self.inconsistent_zones += r.inconsistent_zones;
        self.zone_pairs += r.zone_pairs;
    }

    pub fn merge(&mut self, other: &RespondentAcc) {
        for (a, b) in self.paired.iter_mut().zip(&other.paired) {
            a.merge(b);
        }
        if let (Some(a), Some(b)) = (&mut self.drivers, &other.drivers) {
            a.merge(b);
        }
        for (a, b) in self.blocks.iter_mut().zip(&other.blocks) {
            for (x, y) in a.iter_mut().zip(b) {
                x.merge(y);
            }
        }
        for (a, b) in self.loyalty.iter_mut().zip(other.loyalty) {
            *a += b;
        }
        self.inconsistent_zones += other.inconsistent_zones;
        self.zone_pairs += other.zone_pairs;
    }
}
