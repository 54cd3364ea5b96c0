//! Charts of the complaint analysis: control charts with their limits and
//! flagged points, resolution-time percentile bands by month, and the heatmap of
//! categories by month. Built like every chart (see `charts`): a charming
//! option, a one-sentence summary and the data table.

use charming::component::{Axis, Legend, VisualMap};
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::{Heatmap, Line, Scatter};

use super::charts::{Chart, base, point};
use crate::messages::static_words;
use crate::msg;
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
    let value = static_words("cc-value", lang);
    let center = static_words("cc-centre", lang);
    let ucl = static_words("cc-ucl", lang);
    let lcl = static_words("cc-lcl", lang);
    let signal = static_words("cc-signal", lang);
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
    let summary = if signals.is_empty() {
        msg!("cc-control-summary-none", title = title).render(lang)
    } else {
        msg!(
            "cc-control-summary-signals",
            title = title,
            signals = signals.join(static_words("list-separator", lang))
        )
        .render(lang)
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
    let month = static_words("cc-month", lang);
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
    let median = static_words("cc-median", lang);
    let p90 = static_words("cc-p90", lang);
    let month = static_words("cc-month", lang);
    let base_label = static_words("cc-base-n", lang);
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
    let summary = match last {
        Some(r) => msg!(
            "cc-bands-summary",
            title = title,
            month = r.0.as_str(),
            median = fmt(r.1),
            p90 = fmt(r.2)
        )
        .render(lang),
        None => String::new(),
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
    let summary = match hottest {
        Some((n, c, m)) => msg!(
            "cc-heatmap-summary",
            title = title,
            month = months[m].as_str(),
            category = categories[c].as_str(),
            count = n.to_string()
        )
        .render(lang),
        None => String::new(),
    };
    let mut head = vec![static_words("cc-category", lang).to_string()];
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
