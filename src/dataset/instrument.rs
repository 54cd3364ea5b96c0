//! Survey instruments: the items a questionnaire asks, their scales, roles and
//! dimensions, read from a YAML file.
//!
//! An `Item` is one question. Its `Scale` bounds the valid answers; answers
//! equal to one of its not-applicable codes are excluded from every statistic
//! (methods.md M0).

use std::collections::BTreeMap;
use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{Problem, suggestion};
use crate::messages::Message;
use crate::msg;
use crate::project::Language;
use crate::project::{BUILTIN, InstrumentSource};

/// Text in one or more languages, or a single string for all of them.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    ByLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else in any language, else empty.
    pub fn get(&self, lang: Language) -> &str {
        match self {
            Text::Plain(s) => s,
            Text::ByLanguage(m) => m
                .get(lang.code())
                .or_else(|| m.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }
}

/// What an item measures, which decides the indicators it feeds.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Overall satisfaction: `overall_mean`, `csat`.
    Overall,
    /// Likelihood to recommend on 0-10: `nps`.
    Nps,
    /// Customer effort.
    Ces,
    Perception,
    Expectation,
    Adequate,
    Desired,
    Importance,
}

/// The inclusive range of valid answers, such as 1-7 or 0-10.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub lo: i32,
    pub hi: i32,
}

impl Scale {
    /// Parses `lo-hi`.
    pub fn parse(s: &str) -> Option<Scale> {
        let (lo, hi) = s.trim().split_once('-')?;
        let scale = Scale {
            lo: lo.trim().parse().ok()?,
            hi: hi.trim().parse().ok()?,
        };
        (scale.lo < scale.hi && scale.hi - scale.lo <= 100).then_some(scale)
    }

    /// Number of distinct valid answers.
    pub fn width(self) -> usize {
        (self.hi - self.lo + 1) as usize
    }
}

impl std::fmt::Display for Scale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.lo, self.hi)
    }
}

/// The scale an item's answers are on from a date (`scale_from:`), and where
/// its answers sit among the item's answer slots.
#[derive(Clone, Debug, PartialEq)]
pub struct Regime {
    /// The first day; None for the item's `scale:`, in force before any change.
    pub from: Option<jiff::civil::Date>,
    pub scale: Scale,
    /// The slot of this scale's lowest answer (after reverse coding).
    pub offset: usize,
}

/// One question of the instrument.
#[derive(Clone, Debug)]
pub struct Item {
    pub id: String,
    pub text: Text,
    pub role: Role,
    pub dimension: Option<String>,
    /// The scale figures are on: the item's scale, or the last one it changed to.
    pub scale: Scale,
    /// Every scale the answers were given on, in date order; one for most items.
    pub regimes: Vec<Regime>,
    /// The value on `scale` of each answer slot. An answer x of a scale lo-hi
    /// that changed to L-H counts as L + (x - lo)(H - L)/(hi - lo), the linear
    /// map that keeps both ends; without a change, slot i is simply lo + i.
    pub points: Vec<f64>,
    /// For an expectation, adequate or desired item: the perception item it pairs with.
    pub pair: Option<String>,
    /// Reverse-coded: an answer x counts as lo + hi - x.
    pub reverse: bool,
    pub weight: f64,
    pub na_codes: Vec<i32>,
    /// Answer texts and the values they stand for (`非常满意: 7`), for
    /// exports that write verbal answers.
    pub labels: Vec<(String, i32)>,
    /// A yes/no item (`scale: binary`): answers are read through `labels`
    /// alone, positive ones as 1 and negative ones as 0.
    pub binary: bool,
}

impl Item {
    /// The scale in force on `date` (the latest one for an undated answer).
    pub fn regime(&self, date: Option<jiff::civil::Date>) -> &Regime {
        let last = self.regimes.last().expect("an item has a scale");
        match date {
            None => last,
            Some(d) => self
                .regimes
                .iter()
                .rev()
                .find(|r| r.from.is_none_or(|f| f <= d))
                .unwrap_or(last),
        }
    }

    /// The scale an answer slot belongs to, and the answer's index on it.
    fn local(&self, slot: usize) -> (&Regime, usize) {
        let r = self
            .regimes
            .iter()
            .rev()
            .find(|r| r.offset <= slot)
            .expect("slot 0 is the first scale's");
        (r, slot - r.offset)
    }

    /// True when the answer slot is one of the two highest answers of its own
    /// scale: the top-2 box of an answer given before a scale change is
    /// judged on the scale it was given on.
    pub fn is_top2(&self, slot: usize) -> bool {
        let (r, i) = self.local(slot);
        i + 2 >= r.scale.width()
    }

    /// True when the answer counts as satisfied for CSAT: a yes of a binary
    /// item (the top-2 of two answers would be every answer), else the top 2.
    pub fn satisfied(&self, slot: usize) -> bool {
        if self.binary {
            slot == 1
        } else {
            self.is_top2(slot)
        }
    }

    /// True when the answer is below its scale's midpoint: the dissatisfied
    /// levels (1-3 of 7, 1-2 of 5; the no of a binary item).
    pub fn below_midpoint(&self, slot: usize) -> bool {
        let (r, i) = self.local(slot);
        i < r.scale.width() / 2
    }

    /// The value of a verbal answer, if it is one of the item's labels.
    pub fn label_value(&self, text: &str) -> Option<i32> {
        self.labels.iter().find(|(l, _)| l == text).map(|&(_, v)| v)
    }
}

/// A survey instrument.
#[derive(Clone, Debug)]
pub struct Instrument {
    pub id: String,
    pub title: Text,
    /// Dimension id and its label, in the file's order.
    pub dimensions: Vec<(String, Text)>,
    pub items: Vec<Item>,
}

impl Instrument {
    /// The dimension ids: those declared, else those the items name, in order.
    pub fn dimension_ids(&self) -> Vec<String> {
        if !self.dimensions.is_empty() {
            return self.dimensions.iter().map(|(id, _)| id.clone()).collect();
        }
        let mut ids: Vec<String> = Vec::new();
        for d in self.items.iter().filter_map(|i| i.dimension.as_ref()) {
            if !ids.contains(d) {
                ids.push(d.clone());
            }
        }
        ids
    }

    /// Reads and validates an instrument.
    ///
    /// # Errors
    /// Every problem found, each with the file and (where known) the line.
    pub fn load(source: &InstrumentSource) -> Result<Instrument, Vec<Problem>> {
        match source {
            InstrumentSource::File(file) => {
                let raw: RawInstrument = crate::yaml::read(file)?;
                raw.validate(file)
            }
            InstrumentSource::Builtin(name) => {
                let text = BUILTIN
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or("", |(_, text)| text);
                let file = Path::new(name);
                let raw: RawInstrument = crate::yaml::parse_all(text, file)?;
                raw.validate(file)
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: String,
    #[serde(default)]
    title: Option<Text>,
    #[serde(default = "default_na")]
    na_codes: Vec<i32>,
    #[serde(default)]
    dimensions: IndexMap<String, Text>,
    /// Verbal answers of every item that has no `labels:` of its own.
    #[serde(default)]
    labels: Option<IndexMap<String, Spanned<i32>>>,
    items: Vec<RawItem>,
}

fn default_na() -> Vec<i32> {
    vec![99]
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    #[serde(default)]
    text: Option<Text>,
    role: Role,
    #[serde(default)]
    dimension: Option<String>,
    scale: Spanned<String>,
    #[serde(default)]
    pair: Option<String>,
    #[serde(default)]
    reverse: bool,
    #[serde(default = "one")]
    weight: f64,
    #[serde(default)]
    na_codes: Option<Vec<i32>>,
    #[serde(default)]
    labels: Option<IndexMap<String, Spanned<i32>>>,
    /// For `scale: binary`: the answers that mean yes.
    #[serde(default)]
    positive: Option<Vec<Answer>>,
    /// For `scale: binary`: the answers that mean no.
    #[serde(default)]
    negative: Option<Vec<Answer>>,
    /// Scales the item changed to, by the first day they were used.
    #[serde(default)]
    scale_from: Option<IndexMap<String, Spanned<String>>>,
}

/// An answer written in an instrument: a number or a text.
#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum Answer {
    Number(i64),
    /// YAML reads a bare `yes` or `no` as a boolean: it stands for its usual
    /// spellings in exports.
    Bool(bool),
    Text(String),
}

impl Answer {
    fn texts(&self) -> Vec<String> {
        match self {
            Answer::Number(n) => vec![n.to_string()],
            Answer::Bool(true) => ["yes", "Yes", "YES", "true", "True", "TRUE", "y", "Y"]
                .map(String::from)
                .to_vec(),
            Answer::Bool(false) => ["no", "No", "NO", "false", "False", "FALSE", "n", "N"]
                .map(String::from)
                .to_vec(),
            Answer::Text(t) => vec![t.trim().to_string()],
        }
    }
}

/// What a yes/no item's answers mean when the instrument does not say.
// Tokens accepted in the input (否 as a Chinese spreadsheet writes it), not
// words for the reader: they stay in the code.
const NEGATIVE: &[&str] = &["0", "no", "No", "NO", "n", "N", "false", "False", "否"];

fn one() -> f64 {
    1.0
}

/// The scales of an item in date order: its `scale:`, then each of
/// `scale_from:` from its day on.
fn regimes(
    id: &str,
    raw: &RawItem,
    scale: Scale,
    binary: bool,
    problems: &mut Vec<Problem>,
    file: &Path,
) -> Vec<Regime> {
    let mut changes: Vec<(jiff::civil::Date, Scale)> = Vec::new();
    for (day, to) in raw.scale_from.iter().flatten() {
        let mut problem = |message: Message| {
            problems.push(Problem::at(
                file,
                to.referenced.line(),
                Some(to.referenced.column()),
                message,
            ));
        };
        if binary || raw.role == Role::Nps {
            problem(msg!("fixed-scale", id = id));
            break;
        }
        let date = day.trim().parse::<jiff::civil::Date>();
        let new = Scale::parse(&to.value);
        match (date, new) {
            (Err(_), _) => problem(msg!(
                "scale-from-not-a-date",
                value = crate::error::shorten(day),
                id = id
            )),
            (_, None) => problem(msg!(
                "scale-from-not-a-scale",
                value = crate::error::shorten(&to.value),
                id = id
            )),
            (Ok(_), Some(new)) if raw.role == Role::Overall && new.width() < 4 => {
                problem(msg!("short-new-scale", id = id, points = new.width()))
            }
            (Ok(date), Some(new)) => changes.push((date, new)),
        }
    }
    changes.sort_by_key(|c| c.0);
    let mut out = vec![Regime {
        from: None,
        scale,
        offset: 0,
    }];
    for (date, scale) in changes {
        let previous = out.last().expect("first regime");
        let offset = previous.offset + previous.scale.width();
        out.push(Regime {
            from: Some(date),
            scale,
            offset,
        });
    }
    // Answers are stored in a byte beside two markers (see dataset::cube).
    let slots = out.last().map_or(0, |r| r.offset + r.scale.width());
    if slots > 200 {
        problems.push(Problem::at(
            file,
            raw.scale.referenced.line(),
            Some(raw.scale.referenced.column()),
            msg!("too-many-slots", id = id, slots = slots),
        ));
        out.truncate(1);
    }
    out
}

impl RawInstrument {
    fn validate(self, file: &Path) -> Result<Instrument, Vec<Problem>> {
        let mut problems = Vec::new();
        let at = |loc: &serde_saphyr::Location, message: Message| {
            Problem::at(file, loc.line(), Some(loc.column()), message)
        };
        let mut items: Vec<Item> = Vec::new();
        for raw in &self.items {
            let id = raw.id.value.trim().to_string();
            if items.iter().any(|i| i.id == id) {
                problems.push(at(
                    &raw.id.referenced,
                    msg!("duplicate-item", id = id.as_str()),
                ));
            }
            let binary = raw.scale.value.trim() == "binary";
            let scale = if binary {
                Scale { lo: 0, hi: 1 }
            } else {
                Scale::parse(&raw.scale.value).unwrap_or_else(|| {
                    problems.push(at(
                        &raw.scale.referenced,
                        msg!("bad-scale", value = crate::error::shorten(&raw.scale.value)),
                    ));
                    Scale { lo: 1, hi: 7 }
                })
            };
            if raw.role == Role::Overall && !binary && scale.width() < 4 {
                problems.push(at(
                    &raw.scale.referenced,
                    msg!(
                        "short-overall-scale",
                        id = id.as_str(),
                        points = scale.width()
                    ),
                ));
            }
            if binary && raw.positive.is_none() {
                problems.push(at(
                    &raw.scale.referenced,
                    msg!("binary-needs-positive", id = id.as_str()),
                ));
            }
            if raw.role == Role::Nps && scale != (Scale { lo: 0, hi: 10 }) {
                problems.push(at(
                    &raw.scale.referenced,
                    msg!("nps-scale", id = id.as_str(), scale = scale.to_string()),
                ));
            }
            if let Some(dim) = &raw.dimension
                && !self.dimensions.is_empty()
                && !self.dimensions.contains_key(dim)
            {
                problems.push(at(
                    &raw.id.referenced,
                    msg!(
                        "unknown-dimension",
                        id = id.as_str(),
                        dimension = dim,
                        suggestion = suggestion(dim, self.dimensions.keys().map(String::as_str))
                    ),
                ));
            }
            if !(raw.weight.is_finite() && raw.weight >= 0.0) {
                problems.push(at(
                    &raw.id.referenced,
                    msg!(
                        "negative-item-weight",
                        id = id.as_str(),
                        value = raw.weight.to_string()
                    ),
                ));
            }
            let regimes = regimes(&id, raw, scale, binary, &mut problems, file);
            let na_codes = raw
                .na_codes
                .clone()
                .unwrap_or_else(|| self.na_codes.clone());
            let mut labels = Vec::new();
            for (label, value) in raw
                .labels
                .as_ref()
                .or(self.labels.as_ref())
                .into_iter()
                .flatten()
            {
                let on_a_scale = regimes
                    .iter()
                    .any(|r| (r.scale.lo..=r.scale.hi).contains(&value.value));
                if !on_a_scale && !na_codes.contains(&value.value) {
                    problems.push(at(
                        &value.referenced,
                        msg!(
                            "label-outside-scale",
                            label = crate::error::shorten(label),
                            value = value.value,
                            scale = scale.to_string(),
                            id = id.as_str()
                        ),
                    ));
                }
                labels.push((label.trim().to_string(), value.value));
            }
            if binary {
                let negative: Vec<String> = match &raw.negative {
                    Some(list) => list.iter().flat_map(Answer::texts).collect(),
                    None => NEGATIVE.iter().map(|s| s.to_string()).collect(),
                };
                labels = raw
                    .positive
                    .iter()
                    .flatten()
                    .flat_map(Answer::texts)
                    .map(|t| (t, 1))
                    .chain(negative.into_iter().map(|t| (t, 0)))
                    .collect();
            }
            let last = regimes.last().map_or(scale, |r| r.scale);
            let points = regimes
                .iter()
                .flat_map(|r| {
                    let step = f64::from(last.hi - last.lo) / f64::from(r.scale.hi - r.scale.lo);
                    (0..r.scale.width()).map(move |i| f64::from(last.lo) + i as f64 * step)
                })
                .collect();
            items.push(Item {
                text: raw.text.clone().unwrap_or_else(|| Text::Plain(id.clone())),
                id,
                role: raw.role,
                dimension: raw.dimension.clone(),
                scale: last,
                regimes,
                points,
                pair: raw.pair.clone(),
                reverse: raw.reverse,
                weight: raw.weight,
                na_codes,
                labels,
                binary,
            });
        }
        for (raw, item) in self.items.iter().zip(&items) {
            let paired =
                item.pair.is_some() || items.iter().any(|i| i.pair.as_ref() == Some(&item.id));
            if paired && item.regimes.len() > 1 {
                problems.push(at(
                    &raw.id.referenced,
                    msg!("paired-scale-change", id = item.id.as_str()),
                ));
            }
            if let Some(pair) = &item.pair
                && !items.iter().any(|i| &i.id == pair)
            {
                problems.push(at(
                    &raw.id.referenced,
                    msg!("unknown-pair", id = item.id.as_str(), pair = pair),
                ));
            }
        }
        for role in [Role::Overall, Role::Nps, Role::Ces] {
            if items.iter().filter(|i| i.role == role).count() > 1 {
                problems.push(Problem::new(
                    file,
                    msg!("role-twice", role = format!("{role:?}").to_lowercase()),
                ));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Instrument {
            id: self.id,
            title: self.title.unwrap_or(Text::Plain(String::new())),
            dimensions: self.dimensions.into_iter().collect(),
            items,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_parsing() {
        assert_eq!(Scale::parse("1-7"), Some(Scale { lo: 1, hi: 7 }));
        assert_eq!(Scale::parse(" 0 - 10 "), Some(Scale { lo: 0, hi: 10 }));
        assert_eq!(Scale::parse("7-1"), None);
        assert_eq!(Scale::parse("seven"), None);
    }
}
