//! Charts: ECharts options built with charming's typed builders, each with a
//! one-sentence summary and the data table it draws. The option travels as
//! JSON inside the page (no fetch, so pages work from `file://`) and is drawn
//! by the site's own copy of ECharts.

use charming::Chart as EChart;
use charming::component::{Axis, Grid, Legend};
use charming::element::{
    AxisLabel, AxisType, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol,
    Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use serde::Serialize;

use crate::catalog::Definition;
use crate::messages::static_words;
use crate::msg;
use crate::project::Language;
use crate::render::format;

/// A table of the numbers a chart draws, for readers without JavaScript and for print.
#[derive(Clone, Debug, Serialize)]
pub struct DataTable {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A chart ready for a template.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    pub id: String,
    pub title: String,
    /// The metric's name, under a title that states the chart's conclusion.
    pub subtitle: Option<String>,
    /// One sentence saying what the chart shows (its accessible name).
    pub summary: String,
    /// The ECharts option as JSON, safe to place inside a `<script>` element.
    pub option: String,
    pub table: DataTable,
    /// Drawn taller, for many rows of bars.
    pub tall: bool,
    /// Values drawn below zero stand for positive amounts (diverging bars):
    /// labels and tooltips show their magnitude.
    pub absolute: bool,
    /// How its numbers read when the chart knows better than its page (a
    /// control chart of shares drawn in percent): decimals and suffix.
    #[serde(skip)]
    pub format: Option<(usize, &'static str)>,
}

impl Chart {
    /// A chart from its option, with its summary and the table of its numbers.
    pub fn new(
        id: &str,
        title: &str,
        summary: String,
        option: &EChart,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    ) -> Chart {
        Chart {
            id: id.into(),
            title: title.into(),
            subtitle: None,
            summary,
            option: embed(option),
            table: DataTable { head, rows },
            tall: false,
            absolute: false,
            format: None,
        }
    }

    /// The same chart with its own number format.
    pub fn formatted(mut self, decimals: usize, suffix: &'static str) -> Chart {
        self.format = Some((decimals, suffix));
        self
    }

    /// The same chart under a title that states its conclusion, its metric's
    /// name becoming the subtitle; as it was when there is none.
    pub fn headed(mut self, headline: Option<String>) -> Chart {
        if let Some(h) = headline {
            self.subtitle = Some(std::mem::replace(&mut self.title, h));
        }
        self
    }

    /// The same chart drawn taller.
    pub fn tall(mut self) -> Chart {
        self.tall = true;
        self
    }
}

/// Serialises an option so that it cannot close its `<script>` element.
fn embed(chart: &EChart) -> String {
    serde_json::to_string(chart)
        .expect("chart options always serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Missing values are "-" to ECharts (a gap in the line).
pub(crate) fn point(v: Option<f64>) -> charming::datatype::DataPoint {
    match v {
        Some(v) => v.into(),
        None => "-".into(),
    }
}

pub(crate) fn base() -> EChart {
    EChart::new().grid(
        Grid::new()
            .left("3%")
            .right("4%")
            .bottom("12%")
            .top("14%")
            .contain_label(true),
    )
}

/// A round step of about a quarter of `span`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(span: f64) -> f64 {
    let raw = span / 4.0;
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power)
}

/// The range of a value axis that holds every value and reference line (a
/// target, a centre line): ECharts fits an axis to its series only, so a
/// target outside them would not be drawn. Rounded to round steps, with a
/// little room; within `bounds` (0-100 for a share) when the values are.
pub(crate) fn range_holding(
    values: impl IntoIterator<Item = f64>,
    bounds: Option<(f64, f64)>,
) -> Option<(f64, f64)> {
    let (lo, hi) =
        values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(None, |acc: Option<(f64, f64)>, v| match acc {
                None => Some((v, v)),
                Some((a, b)) => Some((a.min(v), b.max(v))),
            })?;
    let span = if hi > lo { hi - lo } else { hi.abs().max(1.0) };
    let step = nice_step(span * 1.1);
    let mut min = ((lo - span * 0.05) / step).floor() * step;
    let mut max = ((hi + span * 0.05) / step).ceil() * step;
    if let Some((floor, ceiling)) = bounds {
        if lo >= floor {
            min = min.max(floor);
        }
        if hi <= ceiling {
            max = max.min(ceiling);
        }
    }
    Some((min, max))
}

/// A value axis over `range_holding(values)`; fitted to the data without values.
pub(crate) fn value_axis_holding(
    values: impl IntoIterator<Item = f64>,
    bounds: Option<(f64, f64)>,
) -> Axis {
    match range_holding(values, bounds) {
        Some((min, max)) => Axis::new().type_(AxisType::Value).min(min).max(max),
        None => Axis::new().type_(AxisType::Value).scale(true),
    }
}

/// The values an indicator's unit allows, where it has bounds.
pub(crate) fn unit_bounds(def: &Definition) -> Option<(f64, f64)> {
    match def.unit {
        crate::catalog::Unit::Percent => Some((0.0, 100.0)),
        crate::catalog::Unit::Points => Some((-100.0, 100.0)),
        crate::catalog::Unit::Count => Some((0.0, f64::INFINITY)),
        _ => None,
    }
}

fn dashed_line(name: &str, value: f64) -> MarkLine {
    MarkLine::new()
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(LineStyle::new().type_(LineStyleType::Dashed))
        .data(vec![MarkLineVariant::Simple(
            MarkLineData::new().name(name).y_axis(value),
        )])
}

/// The labels a chart needs in the page language.
pub struct Labels<'a> {
    pub target: &'a str,
    pub month: &'a str,
    pub base: &'a str,
    pub count: &'a str,
    pub share: &'a str,
    pub cum_share: &'a str,
    pub segment: &'a str,
    pub overall: &'a str,
    /// Cells with fewer answers are marked as a low base in data tables.
    pub low_base: u64,
    pub low_base_label: &'a str,
    pub lang: Language,
}

/// A monthly trend line with its target.
pub fn trend(
    id: &str,
    def: &Definition,
    points: &[(String, Option<f64>, u64)],
    target: Option<f64>,
    l: &Labels,
) -> Chart {
    let name = def.name(l.lang);
    let mut line = Line::new()
        .name(name)
        .data(points.iter().map(|p| point(p.1)).collect());
    if let Some(t) = target {
        line = line.mark_line(dashed_line(l.target, t));
    }
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(points.iter().map(|p| p.0.clone()).collect()),
        )
        .y_axis(value_axis_holding(
            points.iter().filter_map(|p| p.1).chain(target),
            unit_bounds(def),
        ))
        .series(line);
    let defined: Vec<&(String, Option<f64>, u64)> =
        points.iter().filter(|p| p.1.is_some()).collect();
    let summary = match (defined.first(), defined.last()) {
        (Some(a), Some(b)) => {
            let v = |p: &(String, Option<f64>, u64)| format::value(def, p.1);
            let target = target
                .map(|t| format!("; {} {}", l.target, format::value(def, Some(t))))
                .unwrap_or_default();
            msg!(
                "chart-trend-summary",
                name = name,
                from_month = a.0.as_str(),
                from = v(a),
                to_month = b.0.as_str(),
                to = v(b),
                target = target
            )
            .render(l.lang)
        }
        _ => String::new(),
    };
    let rows = points
        .iter()
        .map(|(m, v, n)| vec![m.clone(), format::value(def, *v), n.to_string()])
        .collect();
    Chart::new(
        id,
        name,
        summary,
        &chart,
        vec![l.month.into(), name.into(), l.base.into()],
        rows,
    )
}

/// One row of a Pareto chart: key, count, share and cumulative share (0-1), vital.
pub type ParetoPoint = (String, u64, f64, f64, bool);

/// The most segment values drawn as columns; more become horizontal bars.
const SEGMENT_COLUMNS: usize = 12;

/// The most bars a Pareto chart draws; the rest become one "other" bar.
const PARETO_BARS: usize = 12;

/// A Pareto chart: bars in descending order, a cumulative-percentage line on a
/// second axis, and the 80 % line.
pub fn pareto(id: &str, title: &str, rows: &[ParetoPoint], l: &Labels, vital_label: &str) -> Chart {
    let pct = |x: f64| (x * 1000.0).round() / 10.0;
    // More bars than a page can label: the largest, then one bar for the rest
    // (the data table below keeps every row).
    let drawn: Vec<ParetoPoint> = if rows.len() > PARETO_BARS {
        let (shown, rest) = rows.split_at(PARETO_BARS - 1);
        let other = (
            crate::msg!("chart-other", count = rest.len()).render(l.lang),
            rest.iter().map(|r| r.1).sum(),
            rest.iter().map(|r| r.2).sum(),
            rest.last().map_or(1.0, |r| r.3),
            false,
        );
        shown.iter().cloned().chain([other]).collect()
    } else {
        rows.to_vec()
    };
    let table_source = rows;
    let rows = drawn.as_slice();
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            Legend::new()
                .data(vec![l.count.to_string(), l.cum_share.to_string()])
                .top("0"),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(rows.iter().map(|r| r.0.clone()).collect())
                .axis_label(AxisLabel::new().interval(0).rotate(30)),
        )
        .y_axis(Axis::new().type_(AxisType::Value).name(l.count))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
        .series(
            Bar::new()
                .name(l.count)
                .data(rows.iter().map(|r| r.1 as i64).collect()),
        )
        .series(
            Line::new()
                .name(l.cum_share)
                .y_axis_index(1)
                .data(rows.iter().map(|r| pct(r.3)).collect())
                .mark_line(dashed_line("80%", 80.0)),
        );
    let vital: Vec<&str> = table_source
        .iter()
        .filter(|r| r.4)
        .map(|r| r.0.as_str())
        .collect();
    let summary = msg!(
        "chart-pareto-summary",
        title = title,
        count = vital.len().to_string(),
        list = vital.join(static_words("list-separator", l.lang))
    )
    .render(l.lang);
    let table_rows = table_source
        .iter()
        .map(|r| {
            vec![
                r.0.clone(),
                r.1.to_string(),
                format!("{:.1}%", r.2 * 100.0),
                format!("{:.1}%", r.3 * 100.0),
                if r.4 {
                    vital_label.to_string()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    Chart::new(
        id,
        title,
        summary,
        &chart,
        vec![
            l.segment.into(),
            l.count.into(),
            l.share.into(),
            l.cum_share.into(),
            vital_label.into(),
        ],
        table_rows,
    )
}

/// Bars of one indicator for every value of a segment, with the overall figure
/// as a reference line.
pub fn by_segment(
    id: &str,
    def: &Definition,
    segment_label: &str,
    rows: &[(String, Option<f64>, u64)],
    overall: Option<f64>,
    l: &Labels,
) -> Chart {
    let name = def.name(l.lang);
    // Sorted by value, best first (for a figure where lower is better, the
    // lowest), suppressed values last.
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) if def.better == crate::catalog::Better::Lower => x.total_cmp(&y),
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    let rows = rows.as_slice();
    // Many values (branches) read as horizontal bars, the best on top.
    let horizontal = rows.len() > SEGMENT_COLUMNS;
    let mut bar = Bar::new()
        .name(name)
        .data(rows.iter().map(|r| point(r.1)).collect());
    if let Some(o) = overall {
        bar = bar.mark_line(if horizontal {
            MarkLine::new()
                .symbol(vec![Symbol::None, Symbol::None])
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(vec![MarkLineVariant::Simple(
                    MarkLineData::new().name(l.overall).x_axis(o),
                )])
        } else {
            dashed_line(l.overall, o)
        });
    }
    let categories = Axis::new()
        .type_(AxisType::Category)
        .data(rows.iter().map(|r| r.0.clone()).collect());
    // Bars start at zero: a truncated axis would exaggerate differences.
    let values = Axis::new().type_(AxisType::Value);
    let chart = base().tooltip(Tooltip::new().trigger(Trigger::Axis));
    let chart = if horizontal {
        chart.x_axis(values).y_axis(
            categories
                .inverse(true)
                .axis_label(AxisLabel::new().interval(0)),
        )
    } else {
        chart
            .x_axis(
                categories
                    // Several values need slanted labels to stay readable.
                    .axis_label(AxisLabel::new().interval(0).rotate(if rows.len() > 8 {
                        35
                    } else {
                        0
                    })),
            )
            .y_axis(values)
    }
    .series(bar);
    let best = rows
        .iter()
        .filter(|r| r.1.is_some())
        .max_by(|a, b| a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0)));
    let worst = rows
        .iter()
        .filter(|r| r.1.is_some())
        .min_by(|a, b| a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0)));
    let summary = match (best, worst) {
        (Some(b), Some(w)) => msg!(
            "chart-segment-summary",
            name = name,
            segment = segment_label,
            highest = b.0.as_str(),
            highest_value = format::value(def, b.1),
            lowest = w.0.as_str(),
            lowest_value = format::value(def, w.1)
        )
        .render(l.lang),
        _ => String::new(),
    };
    let table_rows = rows
        .iter()
        .map(|(k, v, n)| {
            let base = if *n < l.low_base {
                format!("{n} ({})", l.low_base_label)
            } else {
                n.to_string()
            };
            vec![k.clone(), format::value(def, *v), base]
        })
        .collect();
    let chart = Chart::new(
        id,
        &format!("{name} · {segment_label}"),
        summary,
        &chart,
        vec![segment_label.into(), name.into(), l.base.into()],
        table_rows,
    );
    if horizontal { chart.tall() } else { chart }
}

#[cfg(test)]
mod range_tests {
    use super::range_holding;

    #[test]
    fn the_range_holds_every_value_and_the_target() {
        // CSAT around 50-55 % with a target of 70 %: the target is inside.
        let (lo, hi) = range_holding([50.0, 55.0, 70.0], Some((0.0, 100.0))).unwrap();
        assert!(lo <= 50.0 && hi >= 70.0, "{lo} {hi}");
        assert!(lo >= 0.0 && hi <= 100.0);
        // Shares near the top stay within 100 %.
        let (_, hi) = range_holding([96.0, 99.5], Some((0.0, 100.0))).unwrap();
        assert_eq!(hi, 100.0);
        // A negative NPS and a positive target.
        let (lo, hi) = range_holding([-20.0, -8.3, 20.0], Some((-100.0, 100.0))).unwrap();
        assert!(lo <= -20.0 && hi >= 20.0, "{lo} {hi}");
        // One value alone still gets a range around it.
        let (lo, hi) = range_holding([5.0], None).unwrap();
        assert!(lo < 5.0 && hi > 5.0, "{lo} {hi}");
        assert_eq!(range_holding(std::iter::empty(), None), None);
    }
}
