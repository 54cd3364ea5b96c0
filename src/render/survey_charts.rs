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
use crate::dataset::Role;
use crate::indicators::{Coordinates, Group, Indicators};
use crate::msg;
use crate::period::{Month, Period};
use crate::project::Language;

/// The words the charts need, in the handbook's language.
struct Words {
    zh: bool,
}

impl Words {
    fn pick<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        if self.zh { zh } else { en }
    }
}

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
    fn get(&self, indicator: &str, dimension: &str, item: &str, key: &str) -> Option<(f64, u64)> {
        let at = Coordinates {
            dimension: dimension.into(),
            item: item.into(),
            key: key.into(),
        };
        let o = self.ind.get_at(indicator, self.period, &self.all, &at)?;
        Some((o.value?, o.n))
    }

    fn value(&self, indicator: &str, dimension: &str, item: &str) -> Option<f64> {
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
    let w = Words {
        zh: lang == Language::ZhCn,
    };
    [
        item_means(&r, lang),
        expectation_perception(&r, &w),
        item_gaps(&r, &w),
        zone_of_tolerance(&r, &w),
        distributions(&r, &w),
        importance_performance(&r, &w),
        driver_weights(&r, &w),
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
            let o = r.ind.get_at("item_mean", r.period, &r.all, &at)?;
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
fn expectation_perception(r: &Reader, w: &Words) -> Option<Chart> {
    let dims = r.per_dimension(|id, label| {
        let (e, n) = r.get("expectation_mean", id, "", "")?;
        let p = r.value("perception_mean", id, "")?;
        Some((label.to_string(), e, p, n))
    });
    if dims.is_empty() {
        return None;
    }
    let (e_name, p_name) = (
        w.pick("期望 (E)", "Expectation (E)"),
        w.pick("感知 (P)", "Perception (P)"),
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
    let summary = if w.zh {
        format!(
            "各维度感知均低于期望时差距为负；差距最大的是{}（P−E = {:.2}）。",
            worst.0,
            worst.2 - worst.1
        )
    } else {
        format!(
            "Perception against expectation by dimension; the widest gap is {} (P − E = {:.2}).",
            worst.0,
            worst.2 - worst.1
        )
    };
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
        w.pick(
            "期望与感知（按维度）",
            "Expectation and perception by dimension",
        ),
        summary,
        &chart,
        vec![
            w.pick("维度", "Dimension").into(),
            e_name.into(),
            p_name.into(),
            w.pick("差距 P−E", "Gap P − E").into(),
            w.pick("样本量", "Base (n)").into(),
        ],
        rows,
    ))
}

/// Horizontal bars of every item's gap, the widest (most negative) first.
fn item_gaps(r: &Reader, w: &Words) -> Option<Chart> {
    let mut items: Vec<_> = r
        .ind
        .of("servqual_gap")
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
                .name(w.pick("差距 P−E", "Gap P − E"))
                .data(shown.iter().map(|i| i.2).collect::<Vec<f64>>()),
        );
    let first = &items[0];
    let summary = if w.zh {
        format!(
            "{} 个题项按差距排序；差距最大的是 {}（{:.2}）。",
            items.len(),
            text(&first.0),
            first.2
        )
    } else {
        format!(
            "{} items sorted by gap; the widest is {} ({:.2}).",
            items.len(),
            text(&first.0),
            first.2
        )
    };
    let rows = items
        .iter()
        .map(|i| {
            vec![
                i.0.clone(),
                r.ind.dimension_label(&i.1).to_string(),
                text(&i.0),
                fmt(r.value("perception_mean", &i.1, &i.0), 2),
                fmt(r.value("expectation_mean", &i.1, &i.0), 2),
                format!("{:.2}", i.2),
                i.3.to_string(),
            ]
        })
        .collect();
    Some(
        Chart::new(
            "sq-gaps",
            w.pick(
                "题项差距（P−E，由大到小）",
                "Item gaps (P − E), widest first",
            ),
            summary,
            &chart,
            vec![
                w.pick("题项", "Item").into(),
                w.pick("维度", "Dimension").into(),
                w.pick("题目", "Question").into(),
                "P".into(),
                "E".into(),
                w.pick("差距", "Gap").into(),
                w.pick("样本量", "Base (n)").into(),
            ],
            rows,
        )
        .tall(),
    )
}

/// The adequate-desired band of each dimension with perception marked.
fn zone_of_tolerance(r: &Reader, w: &Words) -> Option<Chart> {
    let dims = r.per_dimension(|id, label| {
        let (a, n) = r.get("zot_adequate", id, "", "")?;
        let msa = r.value("zot_msa", id, "")?;
        let d = r.value("zot_desired", id, "")?;
        let mss = r.value("zot_mss", id, "")?;
        Some((label.to_string(), a, d, a + msa, msa, mss, n))
    });
    if dims.is_empty() {
        return None;
    }
    let position = |msa: f64, mss: f64| match (msa < 0.0, mss > 0.0) {
        (true, _) => w.pick("低于容忍区", "below the zone"),
        (_, true) => w.pick("高于容忍区", "above the zone"),
        _ => w.pick("在容忍区内", "within the zone"),
    };
    let band = w.pick("容忍区（A 至 D）", "Zone of tolerance (A to D)");
    let p_name = w.pick("感知 (P)", "Perception (P)");
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
    let summary = match (below.is_empty(), w.zh) {
        (true, true) => "各维度的感知均落在容忍区（适当服务至理想服务）之内或之上。".to_string(),
        (true, false) => "Perception lies within or above the zone of tolerance (adequate to desired service) in every dimension.".to_string(),
        (false, true) => format!("感知低于适当服务水平的维度：{}。", below.join("、")),
        (false, false) => format!("Perception falls below adequate service in: {}.", below.join(", ")),
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
        w.pick("容忍区（按维度）", "Zone of tolerance by dimension"),
        summary,
        &chart,
        vec![
            w.pick("维度", "Dimension").into(),
            w.pick("适当服务 A", "Adequate A").into(),
            w.pick("理想服务 D", "Desired D").into(),
            "P".into(),
            "MSA (P−A)".into(),
            "MSS (P−D)".into(),
            w.pick("位置", "Position").into(),
            w.pick("样本量", "Base (n)").into(),
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
fn distributions(r: &Reader, w: &Words) -> Option<Chart> {
    let items: Vec<(String, Vec<f64>, u64)> = r
        .ind
        .items
        .iter()
        .filter(|i| matches!(i.role, Role::Overall | Role::Ces | Role::Perception))
        .filter_map(|i| {
            let shares: Vec<(f64, u64)> = (0..=10)
                .filter_map(|v| r.get("answer_share", &i.dimension, &i.id, &v.to_string()))
                .collect();
            let n = shares.first()?.1;
            // Only 7-point items (with answers 1-7) diverge around 4.
            (shares.len() == 7 && r.get("answer_share", &i.dimension, &i.id, "0").is_none())
                .then(|| (i.text.clone(), shares.into_iter().map(|s| s.0).collect(), n))
        })
        .collect();
    (!items.is_empty()).then(|| diverging(w, items))
}

fn diverging(w: &Words, items: Vec<(String, Vec<f64>, u64)>) -> Chart {
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
        (Some(b), Some(x)) if w.zh => format!(
            "{} 个题项的答案分布（左为 1-3 分，右为 5-7 分）；前两档占比最高的是 {}（{:.1}%），最低的是 {}（{:.1}%）。",
            items.len(),
            b.0,
            top2(b),
            x.0,
            top2(x)
        ),
        (Some(b), Some(x)) => format!(
            "Answer distributions of {} items (1-3 to the left, 5-7 to the right); the highest top-2-box share is {} ({:.1}%), the lowest {} ({:.1}%).",
            items.len(),
            b.0,
            top2(b),
            x.0,
            top2(x)
        ),
        _ => String::new(),
    };
    let mut head = vec![w.pick("题项", "Item").to_string()];
    head.extend((1..=7).map(|v| v.to_string()));
    head.push(w.pick("样本量", "Base (n)").into());
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
        w.pick("答案分布（1-7 分）", "Answer distributions (1-7)"),
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
fn quadrant_label(id: &str, w: &Words) -> String {
    match id {
        "concentrate_here" => w.pick("重点改进", "Concentrate here"),
        "keep_up_the_good_work" => w.pick("继续保持", "Keep up the good work"),
        "low_priority" => w.pick("次要改进", "Low priority"),
        "possible_overkill" => w.pick("可能过度", "Possible overkill"),
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
    let Some(r2) = r.value("driver_r2", "", "") else {
        return Vec::new();
    };
    r.per_dimension(|id, label| {
        let (weight, n) = r.get("driver_weight", id, "", "")?;
        let at = Coordinates {
            dimension: id.into(),
            ..Coordinates::default()
        };
        Some(Driver {
            label: label.to_string(),
            importance: 100.0 * weight / r2,
            beta: r.value("driver_beta", id, "")?,
            performance: r.value("ipa_performance", id, "")?,
            quadrant: r
                .ind
                .get_at("ipa_quadrant", r.period, &r.all, &at)?
                .label
                .to_string(),
            n,
        })
    })
}

/// The data table of the key-driver and IPA charts.
fn driver_table(points: &[Driver], w: &Words) -> (Vec<String>, Vec<Vec<String>>) {
    let head = vec![
        w.pick("维度", "Dimension").into(),
        w.pick(
            "重要性（相对权重占 R²）",
            "Importance (relative weight, % of R²)",
        )
        .into(),
        w.pick("标准化 β", "Standardised β").into(),
        w.pick("绩效 (0-100)", "Performance (0-100)").into(),
        w.pick("IPA 象限", "IPA quadrant").into(),
        w.pick("样本量", "Base (n)").into(),
    ];
    let rows = points
        .iter()
        .map(|d| {
            vec![
                d.label.clone(),
                format!("{:.1}%", d.importance),
                format!("{:.3}", d.beta),
                format!("{:.1}", d.performance),
                quadrant_label(&d.quadrant, w),
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
fn importance_performance(r: &Reader, w: &Words) -> Option<Chart> {
    let points = drivers(r);
    if points.len() < 2 {
        return None;
    }
    let count = points.len() as f64;
    let mean_i = points.iter().map(|d| d.importance).sum::<f64>() / count;
    let mean_p = points.iter().map(|d| d.performance).sum::<f64>() / count;
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(named_axis(
            w.pick("绩效 (0-100)", "Performance (0-100)"),
            28,
        ))
        .y_axis(named_axis(
            w.pick("重要性（占 R² %）", "Importance (% of R²)"),
            36,
        ))
        .series(
            Scatter::new()
                .name(w.pick("维度", "Dimension"))
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
                                    .name(w.pick("重要性均值", "mean importance"))
                                    .y_axis(mean_i),
                            ),
                            MarkLineVariant::Simple(
                                MarkLineData::new()
                                    .name(w.pick("绩效均值", "mean performance"))
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
    let summary = match (focus.is_empty(), w.zh) {
        (true, true) => "没有维度落在“重点改进”象限（重要性高、绩效低）。".to_string(),
        (true, false) => "No dimension falls in the “concentrate here” quadrant (high importance, low performance).".to_string(),
        (false, true) => format!("“重点改进”象限（重要性高、绩效低）：{}。", focus.join("、")),
        (false, false) => format!("“Concentrate here” (high importance, low performance): {}.", focus.join(", ")),
    };
    let (head, rows) = driver_table(&points, w);
    Some(Chart::new(
        "sq-ipa",
        w.pick("重要性-绩效分析 (IPA)", "Importance-performance analysis"),
        summary,
        &chart,
        head,
        rows,
    ))
}

/// Bars of the relative weights, largest first, with the betas in the table.
fn driver_weights(r: &Reader, w: &Words) -> Option<Chart> {
    let mut points = drivers(r);
    if points.is_empty() {
        return None;
    }
    points.sort_by(|a, b| b.importance.total_cmp(&a.importance));
    let r2 = r.value("driver_r2", "", "")?;
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
                .name(w.pick("相对权重（占 R²）", "Relative weight (% of R²)"))
                .data(points.iter().map(|d| d.importance).collect::<Vec<f64>>()),
        );
    let summary = if w.zh {
        format!(
            "近三个月的驱动因素分析：模型解释总体满意度方差的 {:.0}%，其中{}贡献最大（{:.0}%）。",
            100.0 * r2,
            points[0].label,
            points[0].importance
        )
    } else {
        format!(
            "Key drivers over the last three months: the model explains {:.0}% of the variance of overall satisfaction; {} contributes most ({:.0}%).",
            100.0 * r2,
            points[0].label,
            points[0].importance
        )
    };
    let (head, rows) = driver_table(&points, w);
    Some(Chart::new(
        "sq-drivers",
        w.pick("关键驱动因素（相对权重）", "Key drivers (relative weights)"),
        summary,
        &chart,
        head,
        rows,
    ))
}
