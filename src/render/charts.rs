//! Charts: ECharts options built with charming's typed builders, each with a
//! one-sentence summary and the data table it draws. The option travels as
//! JSON inside the page (no fetch, so pages work from `file://`) and is drawn
//! by the site's own copy of ECharts.

use charming::Chart as EChart;
use charming::component::{Axis, Grid, Legend, LegendItem};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{
    AreaStyle, AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, MarkLine, MarkLineData,
    MarkLineVariant, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use serde::Serialize;

use crate::catalog::{Better, Definition};
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

    /// The same chart with its option changed as JSON, for the few settings
    /// charming's builders do not have (a series' `stackStrategy`, a series
    /// kept out of the tooltip).
    fn patched(mut self, change: impl FnOnce(&mut serde_json::Value)) -> Chart {
        let mut option: serde_json::Value =
            serde_json::from_str(&self.option).expect("an embedded option is JSON");
        change(&mut option);
        self.option = embed(&option);
        self
    }
}

/// Serialises an option so that it cannot close its `<script>` element.
fn embed(chart: &impl Serialize) -> String {
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

/// The colour of a bar that misses its target (without one, the overall
/// figure): Okabe & Ito's vermillion, as the control charts' signals; it
/// reads on both themes.
pub(crate) const HIGHLIGHT: &str = "#D55E00";

/// The colour of what rests on too few answers (a bar on a low base) and of
/// a confidence band: a grey that reads on both themes.
pub(crate) const MUTED: &str = "#8C959F";

/// The series ids of a confidence band: an invisible line at the interval's
/// low end and, stacked on it, the band's height (`csbook.js` shows the
/// interval's ends in the tooltip).
pub(crate) const BAND_LOW: &str = "ci-low";
pub(crate) const BAND: &str = "ci-band";

/// A monthly trend line with its target and, where the indicator has them,
/// its 95 % confidence intervals as a light band behind the line.
/// `intervals[i]` is the interval (low, high) of `points[i]`; a missing
/// entry, or one of a month without a value, draws no band there. Without
/// any interval the chart is the plain `trend`.
pub fn trend(
    id: &str,
    def: &Definition,
    points: &[(String, Option<f64>, u64)],
    intervals: &[Option<(f64, f64)>],
    target: Option<f64>,
    l: &Labels,
) -> Chart {
    let name = def.name(l.lang);
    // An interval is drawn only beside its value: a month whose value is
    // suppressed keeps its interval to itself too.
    let bands: Vec<Option<(f64, f64)>> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (lo, hi) = intervals.get(i).copied().flatten()?;
            (p.1.is_some() && lo.is_finite() && hi.is_finite() && lo <= hi).then_some((lo, hi))
        })
        .collect();
    let banded = bands.iter().any(Option::is_some);
    let interval_name = msg!("chart-interval").render(l.lang);
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
            points
                .iter()
                .filter_map(|p| p.1)
                .chain(target)
                .chain(bands.iter().flatten().flat_map(|&(lo, hi)| [lo, hi])),
            unit_bounds(def),
        ))
        // The value line first: it takes the theme's first colour.
        .series(line);
    let chart = if banded {
        let edge = || LineStyle::new().width(0).opacity(0);
        chart
            // The band's own legend entry; its invisible low line has none.
            .legend(
                Legend::new()
                    .data(vec![
                        LegendItem::from(name),
                        // A swatch: the band has no line to show.
                        LegendItem::from((interval_name.clone(), "rect".to_string())),
                    ])
                    .top("0"),
            )
            .series(
                Line::new()
                    .id(BAND_LOW)
                    .stack("ci")
                    .symbol(Symbol::None)
                    .silent(true)
                    .z(1)
                    .line_style(edge())
                    .item_style(ItemStyle::new().color(MUTED))
                    .data(bands.iter().map(|b| point(b.map(|b| b.0))).collect()),
            )
            .series(
                Line::new()
                    .id(BAND)
                    .name(interval_name.as_str())
                    .stack("ci")
                    .symbol(Symbol::None)
                    .z(1)
                    .line_style(edge())
                    .item_style(ItemStyle::new().color(MUTED))
                    .area_style(AreaStyle::new().color(MUTED).opacity(0.3))
                    .data(bands.iter().map(|b| point(b.map(|b| b.1 - b.0))).collect()),
            )
    } else {
        chart
    };
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
        .zip(&bands)
        .map(|((m, v, n), band)| {
            let mut row = vec![m.clone(), format::value(def, *v)];
            if banded {
                row.push(interval_cell(def, *band));
            }
            row.push(n.to_string());
            row
        })
        .collect();
    let mut head = vec![l.month.to_string(), name.to_string()];
    if banded {
        head.push(interval_name);
    }
    head.push(l.base.to_string());
    let chart = Chart::new(id, name, summary, &chart, head, rows);
    if !banded {
        return chart;
    }
    chart.patched(|option| {
        for entry in option["series"].as_array_mut().into_iter().flatten() {
            if entry["id"] == BAND_LOW || entry["id"] == BAND {
                // Stacked as numbers, not by sign: a low end below zero (an
                // NPS) still carries the band above it.
                entry["stackStrategy"] = "all".into();
            }
            if entry["id"] == BAND_LOW {
                entry["tooltip"] = serde_json::json!({ "show": false });
            }
        }
    })
}

/// An interval as its data table shows it: "48.1% – 56.4%", or "–".
fn interval_cell(def: &Definition, band: Option<(f64, f64)>) -> String {
    match band {
        Some((lo, hi)) => format!(
            "{} – {}",
            format::value(def, Some(lo)),
            format::value(def, Some(hi))
        ),
        None => "–".into(),
    }
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

/// True if `value` is worse than `reference` as the page shows both (to the
/// indicator's decimals): lower where higher is better, higher where lower is.
fn worse(def: &Definition, value: f64, reference: f64) -> bool {
    let scale = 10f64.powi(def.decimals as i32);
    let (v, r) = ((value * scale).round(), (reference * scale).round());
    match def.better {
        Better::Higher => v < r,
        Better::Lower => v > r,
        Better::Neither => false,
    }
}

/// Bars of one indicator for every value of a segment, with the overall
/// figure and the target as reference lines. A value worse than the target
/// (without a target, than the overall figure) is drawn in the highlight
/// colour; a value on fewer than `l.low_base` answers is grey, whatever it
/// is, with its base beside its name ("Foshan (n = 12)").
pub fn by_segment(
    id: &str,
    def: &Definition,
    segment_label: &str,
    rows: &[(String, Option<f64>, u64)],
    overall: Option<f64>,
    target: Option<f64>,
    l: &Labels,
) -> Chart {
    let name = def.name(l.lang);
    // Sorted by value, best first (for a figure where lower is better, the
    // lowest), suppressed values last.
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) if def.better == Better::Lower => x.total_cmp(&y),
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    let rows = rows.as_slice();
    // Many values (branches) read as horizontal bars, the best on top.
    let horizontal = rows.len() > SEGMENT_COLUMNS;
    let reference = target.or(overall);
    let bars: Vec<DataPoint> = rows
        .iter()
        .map(|&(_, v, n)| {
            let colour = match v {
                Some(_) if n < l.low_base => Some(MUTED),
                Some(v) if reference.is_some_and(|r| worse(def, v, r)) => Some(HIGHLIGHT),
                _ => None,
            };
            match (v, colour) {
                (Some(v), Some(c)) => {
                    DataPoint::Item(DataPointItem::new(v).item_style(ItemStyle::new().color(c)))
                }
                _ => point(v),
            }
        })
        .collect();
    let mut bar = Bar::new().name(name).data(bars);
    let lines: Vec<MarkLineVariant> = [(l.overall, overall), (l.target, target)]
        .into_iter()
        .filter_map(|(label, v)| {
            let v = v?;
            let line = MarkLineData::new().name(label);
            Some(MarkLineVariant::Simple(if horizontal {
                line.x_axis(v)
            } else {
                line.y_axis(v)
            }))
        })
        .collect();
    if !lines.is_empty() {
        bar = bar.mark_line(
            MarkLine::new()
                .symbol(vec![Symbol::None, Symbol::None])
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(lines),
        );
    }
    let categories = Axis::new().type_(AxisType::Category).data(
        rows.iter()
            .map(|(k, _, n)| {
                if *n < l.low_base {
                    msg!("chart-segment-low-base", segment = k.as_str(), n = *n).render(l.lang)
                } else {
                    k.clone()
                }
            })
            .collect(),
    );
    let values = segment_value_axis(def, rows, [overall, target]);
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

/// The value axis of segment bars: from zero (a truncated axis would
/// exaggerate differences) unless a value is below it, and holding the
/// reference lines, which ECharts would leave out of an axis fitted to the bars.
fn segment_value_axis(
    def: &Definition,
    rows: &[(String, Option<f64>, u64)],
    references: [Option<f64>; 2],
) -> Axis {
    let values: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.1)
        .chain(references.into_iter().flatten())
        .chain([0.0])
        .collect();
    match range_holding(values.iter().copied(), unit_bounds(def)) {
        Some((min, max)) => {
            let min = if values.iter().all(|v| *v >= 0.0) {
                0.0
            } else {
                min
            };
            Axis::new().type_(AxisType::Value).min(min).max(max)
        }
        None => Axis::new().type_(AxisType::Value),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    fn labels() -> Labels<'static> {
        Labels {
            target: "Target",
            month: "Month",
            base: "Base",
            count: "Count",
            share: "Share",
            cum_share: "Cumulative",
            segment: "Segment",
            overall: "Overall",
            low_base: 30,
            low_base_label: "low base",
            lang: Language::En,
        }
    }

    fn option(chart: &Chart) -> serde_json::Value {
        serde_json::from_str(&chart.option).unwrap()
    }

    fn months(values: &[Option<f64>]) -> Vec<(String, Option<f64>, u64)> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("2025-{:02}", i + 1), *v, 200))
            .collect()
    }

    #[test]
    fn the_band_is_inside_the_y_range_with_the_target() {
        let def = catalog::find("nps").unwrap();
        let points = months(&[Some(5.0), Some(8.0), None, Some(6.0)]);
        // The second month's interval reaches far below every value; the
        // third has an interval but no value (suppressed): no band there.
        let intervals = [
            Some((-2.0, 12.0)),
            Some((-31.5, 40.0)),
            Some((-90.0, 95.0)),
            Some((1.0, 11.0)),
        ];
        let chart = trend("t", def, &points, &intervals, Some(20.0), &labels());
        let o = option(&chart);
        let (min, max) = (
            o["yAxis"]["min"].as_f64().unwrap(),
            o["yAxis"]["max"].as_f64().unwrap(),
        );
        assert!(min <= -31.5, "{min}");
        assert!(max >= 40.0, "{max}");
        // The suppressed month's interval does not widen the axis.
        assert!(min > -90.0 && max < 95.0, "{min}..{max}");
        let series = o["series"].as_array().unwrap();
        assert_eq!(series.len(), 3, "{o}");
        // The value line first, with the target line; the band after it.
        assert_eq!(series[0]["name"], def.name(Language::En));
        assert_eq!(series[0]["markLine"]["data"][0]["yAxis"], 20.0);
        let (low, band) = (&series[1], &series[2]);
        assert_eq!(low["id"], BAND_LOW);
        assert_eq!(band["id"], BAND);
        assert_eq!(low["data"], serde_json::json!([-2.0, -31.5, "-", 1.0]));
        assert_eq!(band["data"], serde_json::json!([14.0, 71.5, "-", 10.0]));
        for piece in [low, band] {
            assert_eq!(piece["stack"], "ci");
            assert_eq!(piece["stackStrategy"], "all");
        }
        assert!(band["areaStyle"].is_object());
        assert_eq!(low["tooltip"]["show"], false);
        // The legend names the value and the band, never the low line.
        let legend: Vec<&str> = o["legend"]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["name"].as_str().unwrap())
            .collect();
        assert_eq!(legend, [def.name(Language::En), "95 % interval"]);
        // The data table shows the interval.
        assert_eq!(chart.table.head[2], "95 % interval");
        // A true minus sign, as every figure of the site.
        assert_eq!(chart.table.rows[1][2], "\u{2212}31.5 – 40.0");
        assert_eq!(chart.table.rows[2][2], "–");
    }

    #[test]
    fn a_trend_without_intervals_is_as_before() {
        let def = catalog::find("csat").unwrap();
        let points = months(&[Some(50.0), Some(55.0)]);
        let plain = trend("t", def, &points, &[], Some(70.0), &labels());
        let none = trend("t", def, &points, &[None, None], Some(70.0), &labels());
        assert_eq!(plain.option, none.option);
        let o = option(&plain);
        assert_eq!(o["series"].as_array().unwrap().len(), 1);
        assert!(o["yAxis"]["max"].as_f64().unwrap() >= 70.0);
        assert_eq!(plain.table.head, ["Month", def.name(Language::En), "Base"]);
    }

    fn segments() -> Vec<(String, Option<f64>, u64)> {
        vec![
            ("Guangzhou".into(), Some(82.0), 300),
            ("Shenzhen".into(), Some(64.0), 250),
            ("Foshan".into(), Some(40.0), 12),
            ("Zhuhai".into(), Some(75.0), 120),
        ]
    }

    /// The bars in drawing order: (category label, value, colour if any).
    fn bars(o: &serde_json::Value) -> Vec<(String, f64, Option<String>)> {
        let names = o["xAxis"]["data"].as_array().unwrap();
        let data = o["series"][0]["data"].as_array().unwrap();
        names
            .iter()
            .zip(data)
            .map(|(n, d)| {
                let value = d.as_f64().or_else(|| d["value"].as_f64()).unwrap();
                let colour = d["itemStyle"]["color"].as_str().map(str::to_string);
                (n.as_str().unwrap().to_string(), value, colour)
            })
            .collect()
    }

    #[test]
    fn below_target_bars_stand_out_and_small_bases_are_grey() {
        let def = catalog::find("csat").unwrap();
        let chart = by_segment(
            "s",
            def,
            "City",
            &segments(),
            Some(74.0),
            Some(80.0),
            &labels(),
        );
        let o = option(&chart);
        assert_eq!(
            bars(&o),
            [
                ("Guangzhou".to_string(), 82.0, None),
                ("Zhuhai".to_string(), 75.0, Some(HIGHLIGHT.to_string())),
                ("Shenzhen".to_string(), 64.0, Some(HIGHLIGHT.to_string())),
                // Below the target too, but on 12 answers: grey, its base shown.
                ("Foshan (n = 12)".to_string(), 40.0, Some(MUTED.to_string())),
            ]
        );
        // Both reference lines, and the axis holds them and starts at zero.
        let lines = &o["series"][0]["markLine"]["data"];
        assert_eq!(lines[0]["yAxis"], 74.0);
        assert_eq!(lines[1]["yAxis"], 80.0);
        assert_eq!(o["yAxis"]["min"], 0.0);
        assert!(o["yAxis"]["max"].as_f64().unwrap() >= 82.0);
        // The table marks the low base.
        let foshan = chart.table.rows.iter().find(|r| r[0] == "Foshan").unwrap();
        assert_eq!(foshan[2], "12 (low base)");
    }

    #[test]
    fn without_a_target_bars_worse_than_overall_stand_out() {
        let def = catalog::find("csat").unwrap();
        let o = option(&by_segment(
            "s",
            def,
            "City",
            &segments(),
            Some(74.0),
            None,
            &labels(),
        ));
        let colours: Vec<Option<String>> = bars(&o).into_iter().map(|b| b.2).collect();
        assert_eq!(
            colours,
            [None, None, Some(HIGHLIGHT.into()), Some(MUTED.into())]
        );
        // A value shown as the overall figure is not worse than it.
        let same = [
            ("A".into(), Some(74.04), 100),
            ("B".into(), Some(73.0), 100),
        ];
        let o = option(&by_segment(
            "s",
            def,
            "City",
            &same,
            Some(74.0),
            None,
            &labels(),
        ));
        let colours: Vec<Option<String>> = bars(&o).into_iter().map(|b| b.2).collect();
        assert_eq!(colours, [None, Some(HIGHLIGHT.into())]);
    }

    #[test]
    fn where_lower_is_better_the_higher_values_stand_out() {
        let def = catalog::find("dissatisfied").unwrap();
        assert_eq!(def.better, Better::Lower);
        let rows = [
            ("A".into(), Some(8.0), 100),
            ("B".into(), Some(15.0), 100),
            ("C".into(), Some(11.0), 100),
        ];
        let o = option(&by_segment(
            "s",
            def,
            "City",
            &rows,
            Some(11.0),
            Some(10.0),
            &labels(),
        ));
        // Best (lowest) first; above the target of 10 % is worse.
        assert_eq!(
            bars(&o),
            [
                ("A".to_string(), 8.0, None),
                ("C".to_string(), 11.0, Some(HIGHLIGHT.to_string())),
                ("B".to_string(), 15.0, Some(HIGHLIGHT.to_string())),
            ]
        );
    }
}
