//! Charts of the complaint analysis: control charts with their limits and
//! flagged points, resolution-time percentile bands by month, and the heatmap of
//! categories by month. Built like every chart (see `charts`): a charming
//! option, a one-sentence summary and the data table.

use charming::component::{Axis, Legend, VisualMap};
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::{Heatmap, Line, Scatter};

use super::charts::{Chart, base, point};
use crate::project::Language;

/// One month of a control chart.
pub struct ControlPoint {
    pub month: String,
    pub value: Option<f64>,
    pub center: Option<f64>,
    pub ucl: Option<f64>,
    pub lcl: Option<f64>,
    /// Rule numbers that flag this point.
    pub rules: Vec<u8>,
}

fn limit_line(name: &str, values: Vec<Option<f64>>, dashed: bool) -> Line {
    let style = if dashed {
        LineStyleType::Dashed
    } else {
        LineStyleType::Solid
    };
    Line::new()
        .name(name)
        .symbol(Symbol::None)
        .line_style(LineStyle::new().type_(style).width(1))
        .data(values.into_iter().map(point).collect())
}

/// A Shewhart chart: the values, the centre line, the (possibly varying)
/// limits as step lines, and flagged points marked.
pub fn control(
    id: &str,
    title: &str,
    points: &[ControlPoint],
    decimals: usize,
    lang: Language,
) -> Chart {
    let zh = lang == Language::ZhCn;
    let (value, center, ucl, lcl, signal) = if zh {
        ("数值", "中心线", "控制上限", "控制下限", "信号")
    } else {
        ("value", "centre", "UCL", "LCL", "signal")
    };
    let months: Vec<String> = points.iter().map(|p| p.month.clone()).collect();
    let flagged: Vec<charming::datatype::DataPoint> = points
        .iter()
        .map(|p| {
            if p.rules.is_empty() {
                point(None)
            } else {
                point(p.value)
            }
        })
        .collect();
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top("0"))
        .x_axis(Axis::new().type_(AxisType::Category).data(months))
        .y_axis(Axis::new().type_(AxisType::Value).scale(true))
        .series(
            Line::new()
                .name(value)
                .data(points.iter().map(|p| point(p.value)).collect()),
        )
        .series(limit_line(
            center,
            points.iter().map(|p| p.center).collect(),
            false,
        ))
        .series(limit_line(
            ucl,
            points.iter().map(|p| p.ucl).collect(),
            true,
        ))
        .series(limit_line(
            lcl,
            points.iter().map(|p| p.lcl).collect(),
            true,
        ))
        .series(
            Scatter::new()
                .name(signal)
                .symbol_size(14)
                .item_style(ItemStyle::new().color("#D55E00"))
                .data(flagged),
        );
    let fmt = |v: Option<f64>| {
        v.map(|v| format!("{v:.decimals$}"))
            .unwrap_or_else(|| "–".into())
    };
    let signals: Vec<String> = points
        .iter()
        .filter(|p| !p.rules.is_empty())
        .map(|p| {
            format!(
                "{} ({})",
                p.month,
                p.rules
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    let summary = match (zh, signals.is_empty()) {
        (true, true) => format!("{title}：所有点都在控制限内，没有规则报警。"),
        (true, false) => format!("{title}：报警的月份（规则号）为 {}。", signals.join("、")),
        (false, true) => format!("{title}: every point is within its limits; no rule fired."),
        (false, false) => format!("{title}: signals (rule numbers) in {}.", signals.join(", ")),
    };
    let rows = points
        .iter()
        .map(|p| {
            let rules = p
                .rules
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                p.month.clone(),
                fmt(p.value),
                fmt(p.center),
                fmt(p.ucl),
                fmt(p.lcl),
                rules,
            ]
        })
        .collect();
    let month = if zh { "月份" } else { "Month" };
    Chart::new(
        id,
        title,
        summary,
        &chart,
        [month, value, center, ucl, lcl, signal]
            .map(String::from)
            .to_vec(),
        rows,
    )
}

/// Median and 90th percentile of a duration by month.
pub fn percentile_bands(
    id: &str,
    title: &str,
    rows: &[(String, Option<f64>, Option<f64>, u64)],
    lang: Language,
) -> Chart {
    let zh = lang == Language::ZhCn;
    let (median, p90, month, base_label) = if zh {
        ("中位数", "第 90 百分位", "月份", "样本量")
    } else {
        ("median", "90th percentile", "Month", "Base (n)")
    };
    let chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().top("0"))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(rows.iter().map(|r| r.0.clone()).collect()),
        )
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(
            Line::new()
                .name(median)
                .data(rows.iter().map(|r| point(r.1)).collect()),
        )
        .series(
            Line::new()
                .name(p90)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(rows.iter().map(|r| point(r.2)).collect()),
        );
    let fmt = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".into());
    let last = rows.iter().rev().find(|r| r.1.is_some());
    let summary = match (last, zh) {
        (Some(r), true) => format!(
            "{title}：{} 的中位数为 {} 小时，第 90 百分位为 {} 小时。",
            r.0,
            fmt(r.1),
            fmt(r.2)
        ),
        (Some(r), false) => format!(
            "{title}: in {} the median was {} hours and the 90th percentile {} hours.",
            r.0,
            fmt(r.1),
            fmt(r.2)
        ),
        (None, _) => String::new(),
    };
    Chart::new(
        id,
        title,
        summary,
        &chart,
        [month, median, p90, base_label].map(String::from).to_vec(),
        rows.iter()
            .map(|r| vec![r.0.clone(), fmt(r.1), fmt(r.2), r.3.to_string()])
            .collect(),
    )
}

/// Counts of each category (rows) in each month (columns).
pub fn heatmap(
    id: &str,
    title: &str,
    months: &[String],
    categories: &[String],
    counts: &[Vec<u64>],
    lang: Language,
) -> Chart {
    let zh = lang == Language::ZhCn;
    let max = counts.iter().flatten().copied().max().unwrap_or(0);
    // Each cell is [month index, category index, count].
    let data: Vec<charming::datatype::DataFrame> = counts
        .iter()
        .enumerate()
        .flat_map(|(c, row)| {
            row.iter()
                .enumerate()
                .map(move |(m, &n)| vec![(m as i64).into(), (c as i64).into(), (n as i64).into()])
        })
        .collect();
    let chart = base()
        .tooltip(Tooltip::new())
        .x_axis(Axis::new().type_(AxisType::Category).data(months.to_vec()))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(categories.to_vec()),
        )
        .visual_map(
            VisualMap::new()
                .min(0)
                .max(max as f64)
                .calculable(true)
                .orient(charming::element::Orient::Horizontal)
                .left("center")
                .bottom("0"),
        )
        .series(Heatmap::new().name(title).data(data));
    let hottest = counts
        .iter()
        .enumerate()
        .flat_map(|(c, row)| row.iter().enumerate().map(move |(m, &n)| (n, c, m)))
        .max();
    let summary = match (hottest, zh) {
        (Some((n, c, m)), true) => format!(
            "{title}：最集中的是 {} 的「{}」，{} 件。",
            months[m], categories[c], n
        ),
        (Some((n, c, m)), false) => format!(
            "{title}: the hottest cell is “{}” in {}, {} complaints.",
            categories[c], months[m], n
        ),
        (None, _) => String::new(),
    };
    let mut head = vec![if zh {
        "类别".to_string()
    } else {
        "Category".to_string()
    }];
    head.extend(months.iter().cloned());
    let rows = categories
        .iter()
        .zip(counts)
        .map(|(c, row)| {
            std::iter::once(c.clone())
                .chain(row.iter().map(u64::to_string))
                .collect()
        })
        .collect();
    Chart::new(id, title, summary, &chart, head, rows)
}
