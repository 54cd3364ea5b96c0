//! Charts of the complaint analysis: control charts with their limits and
//! flagged points, resolution-time percentile bands by month, and the heatmap of
//! categories by month. Built like every chart (see `charts`): a charming
//! option, a one-sentence summary and the data table.

use charming::Chart as EChart;
use charming::component::{Axis, Grid, Legend, VisualMap, VisualMapChannel};
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType, Symbol, Tooltip, Trigger};
use charming::series::{Heatmap, Line, Scatter};

use super::charts::{Chart, base, point};
use crate::messages::static_words;
use crate::msg;
use crate::project::Language;

/// The title of a control chart in the handbook's language (the id when unknown).
pub fn control_title(chart: &str, lang: Language) -> &str {
    use crate::indicators::spc::charts::*;
    use crate::messages::static_words;
    match chart {
        P_DISSATISFIED => static_words("spc-title-p-dissatisfied", lang),
        U_COMPLAINT_RATE => static_words("spc-title-u-complaint-rate", lang),
        XMR_COMPLAINTS => static_words("spc-title-xmr-complaints", lang),
        XMR_RESOLUTION => static_words("spc-title-xmr-resolution", lang),
        XMR_COMPLAINT_RATE => static_words("spc-title-xmr-complaint-rate", lang),
        _ => chart,
    }
}

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

/// The heatmap's colour scale on the light theme, from no complaints to the
/// most: white to the theme's first colour. `csbook.js` knows this ramp
/// (`RAMPS`) and swaps it for the dark theme's.
pub(crate) const HEAT_RAMP: [&str; 2] = ["#FFFFFF", "#0072B2"];

/// The scale's bar: its thickness (ECharts' `itemWidth`) and length, in pixels.
const SCALE_THICKNESS: i64 = 12;
const SCALE_LENGTH: i64 = 160;

/// The room below the grid (which holds the axis labels) for the scale at
/// the bottom: its bar, its drag handles and the handles' labels.
const GRID_BOTTOM: i64 = 64;

/// Counts of each category (rows) in each month (columns). The most frequent
/// category (over the months shown) on top; the colour scale below the
/// month labels, clear of them.
pub fn heatmap(
    id: &str,
    title: &str,
    months: &[String],
    categories: &[String],
    counts: &[Vec<u64>],
    lang: Language,
) -> Chart {
    // Rows by their total, largest first; ties keep the caller's order.
    let mut order: Vec<usize> = (0..categories.len().min(counts.len())).collect();
    order.sort_by_key(|&c| std::cmp::Reverse(counts[c].iter().sum::<u64>()));
    let categories: Vec<String> = order.iter().map(|&c| categories[c].clone()).collect();
    let counts: Vec<Vec<u64>> = order.iter().map(|&c| counts[c].clone()).collect();
    let (categories, counts) = (categories.as_slice(), counts.as_slice());
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
    let chart = EChart::new()
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .top("6%")
                .bottom(GRID_BOTTOM)
                .contain_label(true),
        )
        .tooltip(Tooltip::new())
        .x_axis(Axis::new().type_(AxisType::Category).data(months.to_vec()))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(categories.to_vec())
                // The first row, the most frequent, on top.
                .inverse(true),
        )
        .visual_map(
            VisualMap::new()
                .min(0)
                .max(max.max(1) as f64)
                .calculable(true)
                .orient(charming::element::Orient::Horizontal)
                .left("center")
                .bottom(0)
                .item_width(SCALE_THICKNESS as f64)
                .item_height(SCALE_LENGTH as f64)
                .in_range(VisualMapChannel::new().color(HEAT_RAMP.to_vec())),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Chart {
        let months: Vec<String> = ["2025-01", "2025-02", "2025-03"].map(String::from).to_vec();
        // Alphabetical, as the caller passes them; totals 3, 12, 0, 7.
        let categories: Vec<String> = ["Billing", "Delay", "Noise", "Staff"]
            .map(String::from)
            .to_vec();
        let counts = vec![vec![1, 1, 1], vec![2, 4, 6], vec![0, 0, 0], vec![5, 0, 2]];
        heatmap("h", "Heatmap", &months, &categories, &counts, Language::En)
    }

    #[test]
    fn heatmap_rows_run_from_the_most_frequent_down() {
        let chart = example();
        let o: serde_json::Value = serde_json::from_str(&chart.option).unwrap();
        assert_eq!(
            o["yAxis"]["data"],
            serde_json::json!(["Delay", "Staff", "Billing", "Noise"])
        );
        // The first row on top.
        assert_eq!(o["yAxis"]["inverse"], true);
        // Cells follow their rows: Staff (row 1) had 5 in January (column 0).
        let cells = o["series"][0]["data"].as_array().unwrap();
        assert!(cells.contains(&serde_json::json!([0, 1, 5])), "{cells:?}");
        assert!(cells.contains(&serde_json::json!([2, 0, 6])), "{cells:?}");
        // The table keeps every number, in the same order.
        let table: Vec<Vec<&str>> = chart
            .table
            .rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            table,
            [
                ["Delay", "2", "4", "6"],
                ["Staff", "5", "0", "2"],
                ["Billing", "1", "1", "1"],
                ["Noise", "0", "0", "0"],
            ]
        );
        assert_eq!(chart.table.head.len(), 4);
    }

    #[test]
    fn the_colour_scale_runs_from_white_and_sits_below_the_grid() {
        let o: serde_json::Value = serde_json::from_str(&example().option).unwrap();
        let map = &o["visualMap"][0];
        assert_eq!(map["inRange"]["color"], serde_json::json!(HEAT_RAMP));
        assert_eq!(HEAT_RAMP[0], "#FFFFFF");
        assert_eq!(map["min"], 0.0);
        assert_eq!(map["max"], 6.0);
        // Horizontal at the very bottom; the grid (which holds the month
        // labels) ends above the bar, its handles and their labels (a line
        // of text and ECharts' 10 px gap, about 24 px more).
        assert_eq!(map["orient"], "horizontal");
        assert_eq!(map["bottom"], 0);
        let grids = o["grid"].as_array().unwrap();
        assert_eq!(grids.len(), 1, "one grid: {grids:?}");
        let grid = &grids[0];
        assert_eq!(grid["containLabel"], true);
        let thickness = map["itemWidth"].as_f64().unwrap();
        let handles = thickness * 1.2;
        let room = grid["bottom"].as_f64().expect("a bottom margin in pixels");
        assert!(
            room >= map["bottom"].as_f64().unwrap() + handles + 24.0 + 10.0,
            "{room} px for a {thickness} px scale"
        );
        // Long enough to read, short enough for a narrow screen.
        let length = map["itemHeight"].as_f64().unwrap();
        assert!((100.0..=200.0).contains(&length), "{length}");
    }
}
