//! The charts of a month's service-quality analysis: expectation against
//! perception by dimension, item gaps, the zone of tolerance, answer
//! distributions, importance-performance analysis and key-driver weights. Each
//! reads the observation table for all respondents and carries its data table.

use charming::component::{Axis, Legend};
use charming::datatype::DataPointItem;
use charming::element::{
    AxisLabel, AxisType, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, MarkLine,
    MarkLineData, MarkLineVariant, NameLocation, Symbol, Tooltip, Trigger,
};
use charming::series::{Bar, Scatter};

use super::charts::{Chart, base, point};
use crate::catalog::Id;
use crate::dataset::Role;
use crate::indicators::{Coordinates, Group, Indicators};
use crate::messages::static_words;
use crate::msg;
use crate::period::{Month, Period};
use crate::project::Language;

fn fmt(v: Option<f64>, decimals: usize) -> String {
    v.map_or("–".into(), |v| format!("{v:.decimals$}"))
}

/// Reads one figure of all respondents in a month.
struct Reader<'a> {
    ind: &'a Indicators,
    period: Period,
    all: Group,
}

impl Reader<'_> {
    fn get(&self, indicator: Id, dimension: &str, item: &str, key: &str) -> Option<(f64, u64)> {
        let at = Coordinates {
            dimension: dimension.into(),
            item: item.into(),
            key: key.into(),
        };
        let o = self.ind.get_at(indicator, self.period, &self.all, &at)?;
        Some((o.value?, o.n))
    }

    fn value(&self, indicator: Id, dimension: &str, item: &str) -> Option<f64> {
        self.get(indicator, dimension, item, "").map(|v| v.0)
    }

    /// `read(id, label)` for every dimension, in the instrument's order,
    /// leaving out the dimensions it has no figures for.
    fn per_dimension<T>(&self, read: impl Fn(&str, &str) -> Option<T>) -> Vec<T> {
        self.ind
            .dimensions
            .iter()
            .filter_map(|(id, label)| read(id, label))
            .collect()
    }
}

/// Every chart of the month that has data, in reading order.
pub fn charts(ind: &Indicators, month: Month, lang: Language) -> Vec<Chart> {
    let r = Reader {
        ind,
        period: Period::Month(month),
        all: Group::all(),
    };
    [
        item_means(&r, lang),
        expectation_perception(&r, lang),
        item_gaps(&r, lang),
        zone_of_tolerance(&r, lang),
        distributions(&r, lang),
        importance_performance(&r, lang),
        driver_weights(&r, lang),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every rating item (the perception items, the attributes of a plain
/// rating survey) ranked by its mean, with its 95 % interval: a band from the
/// interval's low to its high end and the mean as a dot, on its own scale
/// (zero means nothing on a 1-7 scale, so no bar from zero).
fn item_means(r: &Reader, lang: Language) -> Option<Chart> {
    let mut rows: Vec<(String, f64, f64, f64, u64)> = r
        .ind
        .items
        .iter()
        .filter(|i| i.role == Role::Perception)
        .filter_map(|i| {
            let at = Coordinates {
                dimension: i.dimension.clone(),
                item: i.id.clone(),
                key: String::new(),
            };
            let o = r.ind.get_at(id!("item_mean"), r.period, &r.all, &at)?;
            let mean = o.value?;
            let (lo, hi) = o.ci_low.zip(o.ci_high).unwrap_or((mean, mean));
            Some((i.text.clone(), mean, lo, hi, o.n))
        })
        .collect();
    if rows.len() < 2 {
        return None;
    }
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let scale = r
        .ind
        .items
        .iter()
        .find(|i| i.role == Role::Perception)?
        .scale;
    let (min, max) = super::charts::range_holding(
        rows.iter().flat_map(|r| [r.2, r.3]),
        Some((f64::from(scale.lo), f64::from(scale.hi))),
    )?;
    let (mean_name, interval_name) = (
        msg!("chart-mean").render(lang),
        msg!("chart-interval").render(lang),
    );
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top("0"))
        .x_axis(Axis::new().type_(AxisType::Value).min(min).max(max))
        // The highest mean on top.
        .y_axis(category_axis(rows.iter().map(|r| r.0.clone()).collect()).inverse(true))
        .series(
            Bar::new()
                .stack("interval")
                .item_style(ItemStyle::new().color("transparent"))
                .data(rows.iter().map(|r| r.2).collect::<Vec<f64>>()),
        )
        .series(
            Bar::new()
                .name(interval_name.as_str())
                .stack("interval")
                .bar_width("35%")
                .data(rows.iter().map(|r| r.3 - r.2).collect::<Vec<f64>>()),
        )
        .series(
            Scatter::new()
                .name(mean_name.as_str())
                .symbol_size(10)
                .data(rows.iter().map(|r| vec![r.1]).collect::<Vec<Vec<f64>>>()),
        );
    let (top, bottom) = (rows.first()?, rows.last()?);
    let summary = msg!(
        "chart-item-means-summary",
        count = rows.len(),
        top = top.0.as_str(),
        top_mean = fmt(Some(top.1), 2),
        bottom = bottom.0.as_str(),
        bottom_mean = fmt(Some(bottom.1), 2)
    )
    .render(lang);
    let title = msg!("chart-item-means-title", count = rows.len()).render(lang);
    let table = rows
        .iter()
        .map(|r| {
            vec![
                r.0.clone(),
                fmt(Some(r.1), 2),
                format!("{} – {}", fmt(Some(r.2), 2), fmt(Some(r.3), 2)),
                r.4.to_string(),
            ]
        })
        .collect();
    Some(
        Chart::new(
            "sq-items",
            &title,
            summary,
            &chart,
            vec![
                msg!("chart-item").render(lang),
                mean_name,
                interval_name,
                msg!("chart-n").render(lang),
            ],
            table,
        )
        .tall(),
    )
}

fn category_axis(labels: Vec<String>) -> Axis {
    Axis::new()
        .type_(AxisType::Category)
        .data(labels)
        .axis_label(AxisLabel::new().interval(0))
}

/// Paired bars of mean expectation and perception per dimension.
fn expectation_perception(r: &Reader, lang: Language) -> Option<Chart> {
    let dims = r.per_dimension(|id, label| {
        let (e, n) = r.get(id!("expectation_mean"), id, "", "")?;
        let p = r.value(id!("perception_mean"), id, "")?;
        Some((label.to_string(), e, p, n))
    });
    if dims.is_empty() {
        return None;
    }
    let (e_name, p_name) = (
        static_words("sq-expectation-e", lang),
        static_words("sq-perception-p", lang),
    );
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top("0"))
        .x_axis(category_axis(dims.iter().map(|d| d.0.clone()).collect()))
        // Bars start at zero, so that the smallest still shows as a bar.
        .y_axis(Axis::new().type_(AxisType::Value).min(0))
        .series(
            Bar::new()
                .name(e_name)
                .data(dims.iter().map(|d| d.1).collect::<Vec<f64>>()),
        )
        .series(
            Bar::new()
                .name(p_name)
                .data(dims.iter().map(|d| d.2).collect::<Vec<f64>>()),
        );
    let worst = dims
        .iter()
        .min_by(|a, b| (a.2 - a.1).total_cmp(&(b.2 - b.1)))?;
    let summary = msg!(
        "sq-ep-summary",
        dimension = worst.0.as_str(),
        gap = format!("{:.2}", worst.2 - worst.1)
    )
    .render(lang);
    let rows = dims
        .iter()
        .map(|d| {
            vec![
                d.0.clone(),
                format!("{:.2}", d.1),
                format!("{:.2}", d.2),
                format!("{:.2}", d.2 - d.1),
                d.3.to_string(),
            ]
        })
        .collect();
    Some(Chart::new(
        "sq-ep",
        static_words("sq-expectation-and-perception-by-dimension", lang),
        summary,
        &chart,
        vec![
            static_words("sq-dimension", lang).into(),
            e_name.into(),
            p_name.into(),
            static_words("sq-gap-p-e", lang).into(),
            static_words("sq-base-n", lang).into(),
        ],
        rows,
    ))
}

/// Horizontal bars of every item's gap, the widest (most negative) first.
fn item_gaps(r: &Reader, lang: Language) -> Option<Chart> {
    let mut items: Vec<_> = r
        .ind
        .of(id!("servqual_gap"))
        .iter()
        .filter(|o| o.period == r.period && o.segment == r.all.segment && !o.item.is_empty())
        .filter_map(|o| Some((o.item.to_string(), o.dimension.to_string(), o.value?, o.n)))
        .collect();
    if items.is_empty() {
        return None;
    }
    items.sort_by(|a, b| a.2.total_cmp(&b.2).then_with(|| a.0.cmp(&b.0)));
    let text = |id: &str| {
        r.ind
            .items
            .iter()
            .find(|i| i.id == id)
            .map_or_else(|| id.to_string(), |i| i.text.clone())
    };
    // Widest gaps at the top: a category y axis draws its first entry at the bottom.
    let shown: Vec<_> = items.iter().rev().collect();
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Value))
        // Named by the question, not the item's id.
        .y_axis(category_axis(shown.iter().map(|i| text(&i.0)).collect()))
        .series(
            Bar::new()
                .name(static_words("sq-gap-p-e", lang))
                .data(shown.iter().map(|i| i.2).collect::<Vec<f64>>()),
        );
    let first = &items[0];
    let summary = msg!(
        "sq-gaps-summary",
        count = items.len().to_string(),
        item = text(&first.0),
        gap = format!("{:.2}", first.2)
    )
    .render(lang);
    let rows = items
        .iter()
        .map(|i| {
            vec![
                i.0.clone(),
                r.ind.dimension_label(&i.1).to_string(),
                text(&i.0),
                fmt(r.value(id!("perception_mean"), &i.1, &i.0), 2),
                fmt(r.value(id!("expectation_mean"), &i.1, &i.0), 2),
                format!("{:.2}", i.2),
                i.3.to_string(),
            ]
        })
        .collect();
    Some(
        Chart::new(
            "sq-gaps",
            static_words("sq-item-gaps-p-e-widest-first", lang),
            summary,
            &chart,
            vec![
                static_words("sq-item", lang).into(),
                static_words("sq-dimension", lang).into(),
                static_words("sq-question", lang).into(),
                "P".into(),
                "E".into(),
                static_words("sq-gap", lang).into(),
                static_words("sq-base-n", lang).into(),
            ],
            rows,
        )
        .tall(),
    )
}

/// The adequate-desired band of each dimension with perception marked.
fn zone_of_tolerance(r: &Reader, lang: Language) -> Option<Chart> {
    let dims = r.per_dimension(|id, label| {
        let (a, n) = r.get(id!("zot_adequate"), id, "", "")?;
        let msa = r.value(id!("zot_msa"), id, "")?;
        let d = r.value(id!("zot_desired"), id, "")?;
        let mss = r.value(id!("zot_mss"), id, "")?;
        Some((label.to_string(), a, d, a + msa, msa, mss, n))
    });
    if dims.is_empty() {
        return None;
    }
    let position = |msa: f64, mss: f64| match (msa < 0.0, mss > 0.0) {
        (true, _) => static_words("sq-below-the-zone", lang),
        (_, true) => static_words("sq-above-the-zone", lang),
        _ => static_words("sq-within-the-zone", lang),
    };
    let band = static_words("sq-zone-of-tolerance-a-to-d", lang);
    let p_name = static_words("sq-perception-p", lang);
    let lowest = dims
        .iter()
        .map(|d| d.1.min(d.3))
        .fold(f64::INFINITY, f64::min);
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .legend(Legend::new().top("0"))
        .x_axis(category_axis(dims.iter().map(|d| d.0.clone()).collect()))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min((lowest - 0.5).floor().max(0.0)),
        )
        // An invisible bar up to A lifts the band so that it spans A..D.
        .series(
            Bar::new()
                .stack("zone")
                .item_style(ItemStyle::new().color("transparent"))
                .data(dims.iter().map(|d| d.1).collect::<Vec<f64>>()),
        )
        .series(
            Bar::new()
                .name(band)
                .stack("zone")
                .item_style(ItemStyle::new().opacity(0.45))
                .data(dims.iter().map(|d| d.2 - d.1).collect::<Vec<f64>>()),
        )
        .series(
            Scatter::new()
                .name(p_name)
                .symbol(Symbol::Diamond)
                .symbol_size(16)
                .data(dims.iter().map(|d| d.3).collect::<Vec<f64>>()),
        );
    let below: Vec<&str> = dims
        .iter()
        .filter(|d| d.4 < 0.0)
        .map(|d| d.0.as_str())
        .collect();
    let summary = if below.is_empty() {
        msg!("sq-zot-summary-none").render(lang)
    } else {
        msg!(
            "sq-zot-summary-below",
            dimensions = below.join(static_words("list-separator", lang))
        )
        .render(lang)
    };
    let rows = dims
        .iter()
        .map(|d| {
            vec![
                d.0.clone(),
                format!("{:.2}", d.1),
                format!("{:.2}", d.2),
                format!("{:.2}", d.3),
                format!("{:.2}", d.4),
                format!("{:.2}", d.5),
                position(d.4, d.5).into(),
                d.6.to_string(),
            ]
        })
        .collect();
    Some(Chart::new(
        "sq-zot",
        static_words("sq-zone-of-tolerance-by-dimension", lang),
        summary,
        &chart,
        vec![
            static_words("sq-dimension", lang).into(),
            static_words("sq-adequate-a", lang).into(),
            static_words("sq-desired-d", lang).into(),
            "P".into(),
            "MSA (P−A)".into(),
            "MSS (P−D)".into(),
            static_words("sq-position", lang).into(),
            static_words("sq-base-n", lang).into(),
        ],
        rows,
    ))
}

/// Diverging colours from the lowest answer (red) to the highest (blue).
const DIVERGING: [&str; 7] = [
    "#b2182b", "#d6604d", "#f4a582", "#bababa", "#92c5de", "#4393c3", "#2166ac",
];

/// Diverging stacked bars of the answer distribution of the overall, effort
/// and perception items on 1-7: answers below the midpoint to the left, above
/// it to the right, the midpoint split across zero.
fn distributions(r: &Reader, lang: Language) -> Option<Chart> {
    let items: Vec<(String, Vec<f64>, u64)> = r
        .ind
        .items
        .iter()
        .filter(|i| matches!(i.role, Role::Overall | Role::Ces | Role::Perception))
        .filter_map(|i| {
            let shares: Vec<(f64, u64)> = (0..=10)
                .filter_map(|v| r.get(id!("answer_share"), &i.dimension, &i.id, &v.to_string()))
                .collect();
            let n = shares.first()?.1;
            // Only 7-point items (with answers 1-7) diverge around 4.
            (shares.len() == 7
                && r.get(id!("answer_share"), &i.dimension, &i.id, "0")
                    .is_none())
            .then(|| (i.text.clone(), shares.into_iter().map(|s| s.0).collect(), n))
        })
        .collect();
    (!items.is_empty()).then(|| diverging(lang, items))
}

fn diverging(lang: Language, items: Vec<(String, Vec<f64>, u64)>) -> Chart {
    let shown: Vec<_> = items.iter().rev().collect();
    let mut chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            Legend::new()
                .top("0")
                .data((1..=7).map(|v| v.to_string()).collect()),
        )
        .x_axis(Axis::new().type_(AxisType::Value))
        .y_axis(category_axis(shown.iter().map(|i| i.0.clone()).collect()));
    // Series nearest the axis first, so that each side stacks outwards.
    let order: [(usize, f64); 8] = [
        (3, -0.5),
        (2, -1.0),
        (1, -1.0),
        (0, -1.0),
        (3, 0.5),
        (4, 1.0),
        (5, 1.0),
        (6, 1.0),
    ];
    for (answer, sign) in order {
        chart = chart.series(
            Bar::new()
                .name((answer + 1).to_string())
                .stack("answers")
                .item_style(ItemStyle::new().color(DIVERGING[answer]))
                .data(
                    shown
                        .iter()
                        .map(|i| point(Some(sign * i.1[answer])))
                        .collect(),
                ),
        );
    }
    let top2 = |i: &(String, Vec<f64>, u64)| i.1[5] + i.1[6];
    let best = items.iter().max_by(|a, b| top2(a).total_cmp(&top2(b)));
    let worst = items.iter().min_by(|a, b| top2(a).total_cmp(&top2(b)));
    let summary = match (best, worst) {
        (Some(b), Some(x)) => msg!(
            "sq-dist-summary",
            count = items.len().to_string(),
            best = b.0.as_str(),
            best_share = format!("{:.1}", top2(b)),
            worst = x.0.as_str(),
            worst_share = format!("{:.1}", top2(x))
        )
        .render(lang),
        _ => String::new(),
    };
    let mut head = vec![static_words("sq-item", lang).to_string()];
    head.extend((1..=7).map(|v| v.to_string()));
    head.push(static_words("sq-base-n", lang).into());
    let rows = items
        .iter()
        .map(|i| {
            let mut row = vec![i.0.clone()];
            row.extend(i.1.iter().map(|s| format!("{s:.1}%")));
            row.push(i.2.to_string());
            row
        })
        .collect();
    let mut chart = Chart::new(
        "sq-dist",
        static_words("sq-answer-distributions-1-7", lang),
        summary,
        &chart,
        head,
        rows,
    )
    .tall();
    chart.absolute = true;
    chart
}

/// The label of a quadrant id.
fn quadrant_label(id: &str, lang: Language) -> String {
    match id {
        "concentrate_here" => static_words("sq-concentrate-here", lang),
        "keep_up_the_good_work" => static_words("sq-keep-up-the-good-work", lang),
        "low_priority" => static_words("sq-low-priority", lang),
        "possible_overkill" => static_words("sq-possible-overkill", lang),
        _ => id,
    }
    .to_string()
}

/// One dimension in the key-driver analysis.
struct Driver {
    label: String,
    /// Relative weight as % of R².
    importance: f64,
    beta: f64,
    /// Mean perception on 0-100 over the driver sample.
    performance: f64,
    quadrant: String,
    n: u64,
}

/// The dimensions' key-driver figures of the month (its rolling window).
fn drivers(r: &Reader) -> Vec<Driver> {
    let Some(r2) = r.value(id!("driver_r2"), "", "") else {
        return Vec::new();
    };
    r.per_dimension(|id, label| {
        let (weight, n) = r.get(id!("driver_weight"), id, "", "")?;
        let at = Coordinates {
            dimension: id.into(),
            ..Coordinates::default()
        };
        Some(Driver {
            label: label.to_string(),
            importance: 100.0 * weight / r2,
            beta: r.value(id!("driver_beta"), id, "")?,
            performance: r.value(id!("ipa_performance"), id, "")?,
            quadrant: r
                .ind
                .get_at(id!("ipa_quadrant"), r.period, &r.all, &at)?
                .label
                .to_string(),
            n,
        })
    })
}

/// The data table of the key-driver and IPA charts.
fn driver_table(points: &[Driver], lang: Language) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![
        static_words("sq-dimension", lang).into(),
        static_words("sq-importance-relative-weight-of-r", lang).into(),
        static_words("sq-standardised", lang).into(),
        static_words("sq-performance-0-100", lang).into(),
        static_words("sq-ipa-quadrant", lang).into(),
        static_words("sq-base-n", lang).into(),
    ];
    let rows = points
        .iter()
        .map(|d| {
            vec![
                d.label.clone(),
                format!("{:.1}%", d.importance),
                format!("{:.3}", d.beta),
                format!("{:.1}", d.performance),
                quadrant_label(&d.quadrant, lang),
                d.n.to_string(),
            ]
        })
        .collect();
    (head, rows)
}

/// A value axis fitted to its data, named along its middle.
fn named_axis(name: &str, gap: u32) -> Axis {
    Axis::new()
        .type_(AxisType::Value)
        .scale(true)
        .name(name)
        .name_location(NameLocation::Middle)
        .name_gap(gap)
}

/// Scatter of importance (driver weight) against performance with the
/// crosshairs at their means.
fn importance_performance(r: &Reader, lang: Language) -> Option<Chart> {
    let points = drivers(r);
    if points.len() < 2 {
        return None;
    }
    let count = points.len() as f64;
    let mean_i = points.iter().map(|d| d.importance).sum::<f64>() / count;
    let mean_p = points.iter().map(|d| d.performance).sum::<f64>() / count;
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(named_axis(static_words("sq-performance-0-100", lang), 28))
        .y_axis(named_axis(static_words("sq-importance-of-r", lang), 36))
        .series(
            Scatter::new()
                .name(static_words("sq-dimension", lang))
                .symbol_size(14)
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .formatter("{b}"),
                )
                .mark_line(
                    MarkLine::new()
                        .symbol(vec![Symbol::None, Symbol::None])
                        .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                        .data(vec![
                            MarkLineVariant::Simple(
                                MarkLineData::new()
                                    .name(static_words("sq-mean-importance", lang))
                                    .y_axis(mean_i),
                            ),
                            MarkLineVariant::Simple(
                                MarkLineData::new()
                                    .name(static_words("sq-mean-performance", lang))
                                    .x_axis(mean_p),
                            ),
                        ]),
                )
                .data(
                    points
                        .iter()
                        .map(|d| {
                            DataPointItem::new(vec![d.performance, d.importance])
                                .name(d.label.clone())
                        })
                        .collect::<Vec<_>>(),
                ),
        );
    let focus: Vec<&str> = points
        .iter()
        .filter(|d| d.quadrant == "concentrate_here")
        .map(|d| d.label.as_str())
        .collect();
    let summary = if focus.is_empty() {
        msg!("sq-ipa-summary-none").render(lang)
    } else {
        msg!(
            "sq-ipa-summary-focus",
            dimensions = focus.join(static_words("list-separator", lang))
        )
        .render(lang)
    };
    let (head, rows) = driver_table(&points, lang);
    Some(Chart::new(
        "sq-ipa",
        static_words("sq-importance-performance-analysis", lang),
        summary,
        &chart,
        head,
        rows,
    ))
}

/// Bars of the relative weights, largest first, with the betas in the table.
fn driver_weights(r: &Reader, lang: Language) -> Option<Chart> {
    let mut points = drivers(r);
    if points.is_empty() {
        return None;
    }
    points.sort_by(|a, b| b.importance.total_cmp(&a.importance));
    let r2 = r.value(id!("driver_r2"), "", "")?;
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(category_axis(
            points.iter().map(|d| d.label.clone()).collect(),
        ))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .axis_label(AxisLabel::new().formatter("{value}%")),
        )
        .series(
            Bar::new()
                .name(static_words("sq-relative-weight-of-r", lang))
                .data(points.iter().map(|d| d.importance).collect::<Vec<f64>>()),
        );
    let summary = msg!(
        "sq-drivers-summary",
        r2 = format!("{:.0}", 100.0 * r2),
        dimension = points[0].label.as_str(),
        importance = format!("{:.0}", points[0].importance)
    )
    .render(lang);
    let (head, rows) = driver_table(&points, lang);
    Some(Chart::new(
        "sq-drivers",
        static_words("sq-key-drivers-relative-weights", lang),
        summary,
        &chart,
        head,
        rows,
    ))
}
