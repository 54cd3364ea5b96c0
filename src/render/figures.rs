//! Figures inside commentary: the template functions `value(...)` and
//! `change(...)` that markdown calls to place computed numbers in its text.
//!
//! They read the observation table, so a figure in a sentence is the figure on
//! the chart and in the download. A call that names an unknown indicator,
//! period, segment or key fails the build with the file and line. A known
//! group whose cell was suppressed (too few answers) prints a marker, never a
//! number.

use std::sync::Arc;

use minijinja::value::Kwargs;
use minijinja::{Environment, Error, ErrorKind, State};

use crate::catalog;
use crate::error::suggestion;
use crate::indicators::{Coordinates, Group, Indicators, Observation};
use crate::messages::{Message, static_words};
use crate::msg;
use crate::period::Period;
use crate::project::{Language, Project};
use crate::render::format;

/// What the functions need, shared by every page rendered in parallel.
pub struct Figures {
    pub indicators: Arc<Indicators>,
    pub segments: Vec<String>,
    pub lang: Language,
    /// Indicators with at least one row: a figure of any other has no data
    /// source in this project, which is an error, not a "base too small".
    present: std::collections::HashSet<catalog::Id>,
}

/// A template error: minijinja carries words, so the message is put in the
/// handbook's language here.
fn invalid(lang: Language, message: Message) -> Error {
    Error::new(ErrorKind::InvalidOperation, message.render(lang))
}

/// A parsed call: which observation it asks for, and which of its fields.
struct Query {
    id: catalog::Id,
    period: Period,
    group: Group,
    at: Coordinates,
    field: Field,
}

/// Which number of an observation a figure shows (`field=` in a template).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Value,
    N,
    Share,
    CumShare,
    CiLow,
    CiHigh,
}

impl Field {
    const ALL: [(&'static str, Field); 6] = [
        ("value", Field::Value),
        ("n", Field::N),
        ("share", Field::Share),
        ("cum_share", Field::CumShare),
        ("ci_low", Field::CiLow),
        ("ci_high", Field::CiHigh),
    ];

    fn parse(name: &str) -> Option<Field> {
        Field::ALL.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
    }
}

impl Figures {
    fn query(&self, state: &State, indicator: &str, kwargs: &Kwargs) -> Result<Query, Error> {
        let invalid = |message: Message| invalid(self.lang, message);
        let id = catalog::Id::parse(indicator).ok_or_else(|| {
            invalid(msg!(
                "unknown-indicator-figure",
                id = indicator,
                suggestion = suggestion(indicator, catalog::ids())
            ))
        })?;
        let def = id.def();
        if !self.present.contains(&id) {
            return Err(invalid(msg!("figure-without-data", id = def.id)));
        }
        let period_text: String = match kwargs.get::<Option<String>>("period")? {
            Some(p) => p,
            None => state
                .lookup("period")
                .map(|v| v.to_string())
                .unwrap_or_default(),
        };
        let period = Period::parse(&period_text)
            .ok_or_else(|| invalid(msg!("not-a-period", value = period_text.as_str())))?;
        let months = &self.indicators.months;
        let in_data = match period {
            Period::Month(m) | Period::Trailing(m) => months.contains(&m),
            Period::Quarter(q) => months.iter().any(|m| m.quarter() == q),
        };
        let published = match period {
            Period::Month(_) => in_data,
            Period::Quarter(q) => crate::indicators::published_quarters(months).contains(&q),
            // A trailing year is published from the twelfth month on.
            Period::Trailing(m) => months.iter().skip(11).any(|x| *x == m),
        };
        if in_data && !published {
            return Err(invalid(match period {
                Period::Trailing(_) => msg!(
                    "short-trailing-year",
                    period = period.to_string(),
                    first = months.first().map(ToString::to_string).unwrap_or_default()
                ),
                _ => msg!("incomplete-quarter", period = period.to_string()),
            }));
        }
        if !in_data {
            let range = match (
                self.indicators.months.first(),
                self.indicators.months.last(),
            ) {
                (Some(a), Some(b)) => {
                    msg!("month-range", first = a.to_string(), last = b.to_string())
                }
                _ => msg!("no-months"),
            };
            return Err(invalid(msg!(
                "unknown-period",
                period = period.to_string(),
                range = range
            )));
        }
        let group = match kwargs.get::<Option<String>>("segment")? {
            None => Group::all(),
            Some(segment) => {
                if !self.segments.contains(&segment) {
                    return Err(invalid(msg!(
                        "unknown-segment-figure",
                        segment = segment.as_str(),
                        suggestion = suggestion(&segment, self.segments.iter().map(String::as_str))
                    )));
                }
                let value: String = kwargs
                    .get::<Option<String>>("of")?
                    .ok_or_else(|| invalid(msg!("segment-needs-of", segment = segment.as_str())))?;
                if !self
                    .indicators
                    .known_groups
                    .contains(&(segment.clone(), value.clone()))
                {
                    return Err(invalid(msg!(
                        "unknown-segment-value",
                        value = value.as_str(),
                        segment = segment.as_str()
                    )));
                }
                Group { segment, value }
            }
        };
        let key: String = kwargs.get::<Option<String>>("key")?.unwrap_or_default();
        if !key.is_empty() && !self.indicators.known_keys.contains(&key) {
            let known = self.indicators.known_keys.iter().map(String::as_str);
            return Err(invalid(msg!(
                "unknown-figure-key",
                key = key.as_str(),
                suggestion = suggestion(&key, known)
            )));
        }
        let item: String = kwargs.get::<Option<String>>("item")?.unwrap_or_default();
        let dimension: String = kwargs
            .get::<Option<String>>("dimension")?
            .unwrap_or_default();
        let items: Vec<&str> = self
            .indicators
            .items
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        let dimensions: Vec<&str> = self
            .indicators
            .dimensions
            .iter()
            .map(|d| d.0.as_str())
            .collect();
        for (what, name, known) in [
            ("item", &item, items),
            ("dimension", &dimension, dimensions),
        ] {
            if !name.is_empty() && !known.contains(&name.as_str()) {
                return Err(invalid(msg!(
                    "unknown-figure-coordinate",
                    what = what,
                    name = name.as_str(),
                    suggestion = suggestion(name, known.into_iter())
                )));
            }
        }
        // An item's rows carry its dimension: `item=` alone is enough.
        let dimension = match self.indicators.items.iter().find(|i| i.id == item) {
            Some(i) if dimension.is_empty() => i.dimension.clone(),
            _ => dimension,
        };
        let at = Coordinates {
            dimension,
            item,
            key,
        };
        if at == Coordinates::default() && self.indicators.is_keyed(id) {
            return Err(invalid(msg!("figure-needs-key", id = def.id)));
        }
        let field = match kwargs.get::<Option<String>>("field")? {
            None => Field::Value,
            Some(name) => Field::parse(&name).ok_or_else(|| {
                invalid(msg!(
                    "unknown-figure-field",
                    field = name.as_str(),
                    suggestion = suggestion(&name, Field::ALL.iter().map(|(n, _)| *n))
                ))
            })?,
        };
        kwargs.assert_all_used()?;
        Ok(Query {
            id,
            period,
            group,
            at,
            field,
        })
    }

    fn observation<'a>(&'a self, q: &Query, period: Period) -> Option<&'a Observation> {
        self.indicators.get_at(q.id, period, &q.group, &q.at)
    }

    /// True when the cell exists in the data but is not shown (suppressed).
    fn marker(&self) -> String {
        msg!("figure-suppressed").render(self.lang)
    }

    fn field(&self, q: &Query, o: Option<&Observation>) -> Option<f64> {
        // A category absent from a period's Pareto had no complaints: zero, not unknown.
        let zero = || (catalog::is_pareto(q.id) && !q.at.key.is_empty()).then_some(0.0);
        match q.field {
            Field::N => o.map(|o| o.n as f64),
            Field::Share => o.map_or_else(zero, |o| o.share),
            Field::CumShare => o.and_then(|o| o.cum_share),
            Field::CiLow => o.and_then(|o| o.ci_low),
            Field::CiHigh => o.and_then(|o| o.ci_high),
            Field::Value => o.map_or_else(zero, |o| o.value),
        }
    }

    fn format(&self, q: &Query, v: f64) -> String {
        match q.field {
            Field::Share | Field::CumShare => format!("{:.1}%", v * 100.0),
            Field::N => format::value(id!("responses").def(), Some(v)),
            Field::Value | Field::CiLow | Field::CiHigh => format::value(q.id.def(), Some(v)),
        }
    }

    fn value(&self, state: &State, indicator: &str, kwargs: Kwargs) -> Result<String, Error> {
        let q = self.query(state, indicator, &kwargs)?;
        let o = self.observation(&q, q.period);
        Ok(match self.field(&q, o) {
            Some(v) => self.format(&q, v),
            None => self.marker(),
        })
    }

    fn change(&self, state: &State, indicator: &str, kwargs: Kwargs) -> Result<String, Error> {
        let q = self.query(state, indicator, &kwargs)?;
        let now = self.field(&q, self.observation(&q, q.period));
        let before = self.field(&q, self.observation(&q, q.period.prev()));
        Ok(match (now, before) {
            (Some(a), Some(b)) if q.field == Field::Share => {
                let d = (a - b) * 100.0;
                let unit = static_words("unit-pp", self.lang);
                format!("{}{:.1}{unit}", if d >= 0.0 { "+" } else { "−" }, d.abs())
            }
            (Some(a), Some(b)) => format::change(q.id.def(), Some(a - b), self.lang),
            _ => self.marker(),
        })
    }
}

/// Adds `value` and `change` to a template environment.
pub fn register(env: &mut Environment<'_>, figures: Arc<Figures>) {
    let f = figures.clone();
    env.add_function(
        "value",
        move |state: &State, indicator: String, kwargs: Kwargs| f.value(state, &indicator, kwargs),
    );
    env.add_function(
        "change",
        move |state: &State, indicator: String, kwargs: Kwargs| {
            figures.change(state, &indicator, kwargs)
        },
    );
}

/// Figures for a project.
pub fn new(project: &Project, indicators: Arc<Indicators>) -> Arc<Figures> {
    let present = indicators.rows().iter().map(|o| o.indicator).collect();
    Arc::new(Figures {
        indicators,
        segments: project.segments.iter().map(|s| s.id.clone()).collect(),
        lang: project.language,
        present,
    })
}
