//! Respondent-level statistics: the figures that need more than each item's
//! answer counts, because they combine one respondent's answers first (a P − E
//! gap, a dimension mean, a complete row for alpha or the key-driver
//! regression). Each row is summarised once (`Respondent`), then added to the
//! accumulator of every group it belongs to (`Paired`, `CrossProducts`), all of
//! which merge, so the cube still holds sums, never rows.

use crate::dataset::cube::{Answer, MISSING, NOT_APPLICABLE};
use crate::dataset::instrument::{Instrument, Role};
use crate::indicators::reliability::CrossProducts;

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
    /// Per item: its dimension (a paired item's is its perception item's).
    pub item_dimension: Vec<Option<usize>>,
    /// Per item: the scale's low end (answer index 0 is worth `lo`).
    lo: Vec<f64>,
    /// The overall item's answer index from which satisfaction is high (top two).
    overall_top2: u8,
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
        let overall = role(Role::Overall);
        Structure {
            perception: in_dimension(Role::Perception),
            expectation: in_dimension(Role::Expectation),
            pairs,
            overall,
            nps: role(Role::Nps),
            item_dimension: (0..instrument.items.len()).map(dim_of).collect(),
            lo: instrument.items.iter().map(|i| i.scale.lo as f64).collect(),
            overall_top2: overall.map_or(0, |o| (instrument.items[o].scale.width() - 2) as u8),
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

    /// The scale value of answer index 0 of `item`.
    pub fn lo(&self, item: usize) -> f64 {
        self.lo[item]
    }

    fn value(&self, item: usize, a: Answer) -> Option<f64> {
        (a != MISSING && a != NOT_APPLICABLE).then(|| self.lo[item] + a as f64)
    }
}

/// One respondent's derived figures, computed once per row.
#[derive(Debug, Default)]
pub struct Respondent {
    /// Per pair kind and dimension: the mean P and mean other answer over the
    /// respondent's valid pairs in the dimension (M5 step 3), if any.
    pub dimension_pairs: [Vec<Option<(f64, f64)>>; 3],
    /// [overall, mean P of each dimension] when every one is defined.
    pub driver_row: Option<Vec<f64>>,
    /// Per dimension and block: the complete row (listwise), if complete.
    pub blocks: Vec<[Option<Vec<f64>>; 3]>,
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
            let out = &mut self.dimension_pairs[kind as usize];
            out.clear();
            out.resize(dims, None);
            let mut sums = vec![(0u32, 0.0, 0.0); dims];
            for pair in s.pairs(kind) {
                let (Some(d), Some(p), Some(o)) = (
                    pair.dimension,
                    s.value(pair.perception, answers[pair.perception]),
                    s.value(pair.other, answers[pair.other]),
                ) else {
                    continue;
                };
                sums[d].0 += 1;
                sums[d].1 += p;
                sums[d].2 += o;
            }
            for (slot, (n, p, o)) in out.iter_mut().zip(sums) {
                if n > 0 {
                    *slot = Some((p / n as f64, o / n as f64));
                }
            }
        }
        self.inconsistent_zones = 0;
        self.zone_pairs = 0;
        for (a, d) in s.pairs(PairKind::Adequate).iter().filter_map(|a| {
            let d = s
                .pairs(PairKind::Desired)
                .iter()
                .find(|d| d.perception == a.perception)?;
            Some((
                s.value(a.other, answers[a.other])?,
                s.value(d.other, answers[d.other])?,
            ))
        }) {
            self.zone_pairs += 1;
            if a > d {
                self.inconsistent_zones += 1;
            }
        }
        self.driver_row = s
            .has_drivers()
            .then(|| self.driver_values(s, answers))
            .flatten();
        self.loyalty = match (s.overall, s.nps) {
            (Some(o), Some(n)) => match (answers[o], answers[n]) {
                (MISSING | NOT_APPLICABLE, _) | (_, MISSING | NOT_APPLICABLE) => None,
                (o, n) => Some(match (o >= s.overall_top2, n >= 9) {
                    (true, true) => 0,
                    (true, false) => 1,
                    (false, true) => 2,
                    (false, false) => 3,
                }),
            },
            _ => None,
        };
        self.blocks.clear();
        {
            let complete = |items: &[usize]| -> Option<Vec<f64>> {
                items.iter().map(|&i| s.value(i, answers[i])).collect()
            };
            for d in 0..dims {
                let gaps: Option<Vec<f64>> = s
                    .pairs(PairKind::Expectation)
                    .iter()
                    .filter(|p| p.dimension == Some(d))
                    .map(|p| {
                        Some(
                            s.value(p.perception, answers[p.perception])?
                                - s.value(p.other, answers[p.other])?,
                        )
                    })
                    .collect();
                self.blocks.push([
                    complete(&s.perception[d]),
                    complete(&s.expectation[d]),
                    gaps.filter(|g| !g.is_empty()),
                ]);
            }
        }
    }

    fn driver_values(&self, s: &Structure, answers: &[Answer]) -> Option<Vec<f64>> {
        let mut row = Vec::with_capacity(s.dimensions.len() + 1);
        row.push(s.value(s.overall?, answers[s.overall?])?);
        for items in &s.perception {
            let (n, sum) = items
                .iter()
                .filter_map(|&i| s.value(i, answers[i]))
                .fold((0u32, 0.0), |(n, sum), v| (n + 1, sum + v));
            if n == 0 {
                return None;
            }
            row.push(sum / n as f64);
        }
        Some(row)
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
        let block = |items: usize| CrossProducts::new(items);
        RespondentAcc {
            paired: PairKind::ALL.map(|k| Paired::new(s.pairs(k).len(), dims)),
            drivers: s.has_drivers().then(|| CrossProducts::new(dims + 1)),
            blocks: if with_blocks {
                (0..dims)
                    .map(|d| {
                        let gaps = s
                            .pairs(PairKind::Expectation)
                            .iter()
                            .filter(|p| p.dimension == Some(d))
                            .count();
                        [
                            block(s.perception[d].len()),
                            block(s.expectation[d].len()),
                            block(gaps),
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
        if let (Some(cp), Some(row)) = (&mut self.drivers, &r.driver_row) {
            cp.add(row);
        }
        for (accs, rows) in self.blocks.iter_mut().zip(&r.blocks) {
            for (cp, row) in accs.iter_mut().zip(rows) {
                if let Some(row) = row {
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
