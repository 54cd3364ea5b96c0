//! The complaint part of a month's report: Pareto charts by every breakdown,
//! control charts, resolution-time percentiles, the category-by-month heatmap,
//! the iceberg estimate with its assumptions, and published descriptions.

use serde_json::{Value as Json, json};

use super::charts::{self, Chart, Labels};
use super::complaint_charts::{self, ControlPoint};
use crate::dataset::Breakdown;
use crate::indicators::catalog::{self, breakdown_indicator};
use crate::indicators::spc::charts as spc;
use crate::indicators::{Group, Indicators};
use crate::period::{Month, Period};
use crate::project::{Language, Project};

/// How many months the control charts show.
const CONTROL_MONTHS: usize = 24;
/// How many months the percentile bands and the heatmap show.
const RECENT_MONTHS: usize = 13;

/// Up to `n` months ending with `month`.
fn window(ind: &Indicators, month: Month, n: usize) -> &[Month] {
    let end = ind
        .months
        .iter()
        .position(|&m| m == month)
        .map_or(0, |i| i + 1);
    &ind.months[end.saturating_sub(n)..end]
}

fn breakdown_name(b: Breakdown, lang: Language) -> &'static str {
    let zh = lang == Language::ZhCn;
    match b {
        Breakdown::Category => {
            if zh {
                "投诉内容"
            } else {
                "content"
            }
        }
        Breakdown::Defect => {
            if zh {
                "质量缺陷"
            } else {
                "defect"
            }
        }
        Breakdown::Product => {
            if zh {
                "产品"
            } else {
                "product"
            }
        }
        Breakdown::Region => {
            if zh {
                "区域"
            } else {
                "region"
            }
        }
        Breakdown::Department => {
            if zh {
                "责任部门"
            } else {
                "department"
            }
        }
        Breakdown::Channel => {
            if zh {
                "渠道"
            } else {
                "channel"
            }
        }
        Breakdown::Severity => {
            if zh {
                "严重程度"
            } else {
                "severity"
            }
        }
    }
}

/// The complaint charts of a month's report, and notes to show above them.
pub fn report_charts(
    project: &Project,
    ind: &Indicators,
    month: Month,
    l: &Labels,
    vital_label: &str,
) -> (Vec<Chart>, Vec<String>) {
    let lang = project.language;
    let zh = lang == Language::ZhCn;
    let all = Group::all();
    let period = Period::Month(month);
    let mut out = Vec::new();
    let mut notes = Vec::new();

    for b in Breakdown::ALL {
        let rows: Vec<charts::ParetoPoint> = ind
            .breakdown(breakdown_indicator(b), period, &all)
            .iter()
            .map(|o| {
                (
                    super::format::code(project, b.id(), &o.key).to_string(),
                    o.value.unwrap_or(0.0) as u64,
                    o.share.unwrap_or(0.0),
                    o.cum_share.unwrap_or(0.0),
                    o.vital_few == Some(true),
                )
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        // When every category is among the "vital few" there are no few: a
        // sentence says so instead of a chart that shows nothing.
        if rows.iter().all(|r| r.4) {
            let list: Vec<String> = rows
                .iter()
                .map(|r| format!("{} {}", r.0, super::format::count(r.1)))
                .collect();
            notes.push(
                crate::msg!(
                    "pareto-no-vital-few",
                    breakdown = breakdown_name(b, lang),
                    count = rows.len(),
                    list = list.join(" · ")
                )
                .render(lang),
            );
            continue;
        }
        let title = if zh {
            format!("{month} 投诉排列图（按{}）", breakdown_name(b, lang))
        } else {
            format!("Complaints Pareto by {}, {month}", breakdown_name(b, lang))
        };
        out.push(charts::pareto(
            &format!("pareto-{}", b.id()),
            &title,
            &rows,
            l,
            vital_label,
        ));
    }

    let months = window(ind, month, CONTROL_MONTHS);
    let u_overdispersed = {
        let rows: Vec<_> = ["spc_value", "spc_center", "spc_ucl", "spc_lcl"]
            .iter()
            .flat_map(|id| ind.of(id))
            .filter(|o| {
                o.key == spc::U_COMPLAINT_RATE
                    && months.iter().any(|&m| o.period == Period::Month(m))
            })
            .collect();
        spc::is_overdispersed(&rows)
    };
    if u_overdispersed {
        notes.push(if zh {
            "千客户投诉率的 u 控制图在多数月份都超出控制限：客户基数很大时，按泊松假设算出的控制限过窄（过度离散）。请以下面的投诉率 XmR 控制图为准。".to_string()
        } else {
            "The u-chart of the complaint rate flags most months: with a customer base this large, limits from the Poisson assumption are too narrow (over-dispersion). Read the XmR chart of the rate below instead.".to_string()
        });
    }
    for chart in [
        spc::XMR_COMPLAINTS,
        spc::U_COMPLAINT_RATE,
        spc::XMR_COMPLAINT_RATE,
        spc::P_DISSATISFIED,
        spc::XMR_RESOLUTION,
    ] {
        // A share reads as a percentage, with ticks that differ.
        let scale = if chart == spc::P_DISSATISFIED {
            100.0
        } else {
            1.0
        };
        let points: Vec<ControlPoint> = months
            .iter()
            .map(|&m| {
                let p = Period::Month(m);
                let v = |id: &str| ind.value(id, p, &all, chart).map(|x| x * scale);
                ControlPoint {
                    month: m.to_string(),
                    value: v("spc_value"),
                    center: v("spc_center"),
                    ucl: v("spc_ucl"),
                    lcl: v("spc_lcl"),
                    rules: ind
                        .of("spc_signal")
                        .iter()
                        .filter(|o| o.period == p && o.key == chart)
                        .filter_map(|o| o.value.map(|r| r as u8))
                        .collect(),
                }
            })
            .collect();
        if points.iter().all(|p| p.value.is_none()) {
            continue;
        }
        let control = complaint_charts::control(
            &format!("spc-{chart}"),
            spc::title(chart, lang),
            &points,
            2,
            lang,
        );
        out.push(if chart == spc::P_DISSATISFIED {
            control.formatted(2, "%")
        } else {
            control
        });
    }

    let recent = window(ind, month, RECENT_MONTHS);
    for (id, indicator) in [
        ("durations-resolution", "resolution_hours"),
        ("durations-first-response", "first_response_hours"),
    ] {
        let rows: Vec<(String, Option<f64>, Option<f64>, u64)> = recent
            .iter()
            .map(|&m| {
                let p = Period::Month(m);
                let median = ind.get(indicator, p, &all, "median");
                (
                    m.to_string(),
                    median.and_then(|o| o.value),
                    ind.value(indicator, p, &all, "p90"),
                    median.map_or(0, |o| o.n),
                )
            })
            .collect();
        if rows.iter().any(|r| r.1.is_some()) {
            let title = catalog::find(indicator).expect("in catalogue").name(lang);
            out.push(complaint_charts::percentile_bands(id, title, &rows, lang));
        }
    }

    let mut categories: Vec<String> = recent
        .iter()
        .flat_map(|&m| ind.breakdown("complaints_by_category", Period::Month(m), &all))
        .map(|o| o.key.to_string())
        .collect();
    categories.sort();
    categories.dedup();
    if !categories.is_empty() {
        let counts: Vec<Vec<u64>> = categories
            .iter()
            .map(|c| {
                recent
                    .iter()
                    .map(|&m| {
                        ind.value("complaints_by_category", Period::Month(m), &all, c)
                            .unwrap_or(0.0) as u64
                    })
                    .collect()
            })
            .collect();
        let labels: Vec<String> = recent.iter().map(Month::to_string).collect();
        let categories: Vec<String> = categories
            .iter()
            .map(|c| super::format::code(project, "category", c).to_string())
            .collect();
        let title = if zh {
            "投诉内容 × 月份热力图"
        } else {
            "Complaint categories by month"
        };
        out.push(complaint_charts::heatmap(
            "heatmap-category",
            title,
            &labels,
            &categories,
            &counts,
            lang,
        ));
    }
    (out, notes)
}

/// The iceberg estimate of a month with the assumptions it rests on.
pub fn iceberg(project: &Project, ind: &Indicators, month: Month) -> Option<Json> {
    let all = Group::all();
    let period = Period::Month(month);
    let silent = ind.value("iceberg_silent_dissatisfied", period, &all, "")?;
    let reach = ind.value("wom_reach", period, &all, "")?;
    let complaints = ind.value("complaints", period, &all, "")?;
    let i = project.iceberg;
    let whole = |v: f64| super::format::count(v.round().max(0.0) as u64);
    let text = crate::msg!(
        "iceberg",
        complaints = whole(complaints),
        silent = whole(silent),
        reach = whole(reach),
        share = super::format::fixed(100.0 * i.complaint_share, 0),
        tells = super::format::fixed(i.tells_per_dissatisfied, 0)
    )
    .render(project.language);
    Some(json!({ "silent": silent, "reach": reach, "text": text }))
}

/// Published (masked) descriptions of a month.
pub fn verbatims(ind: &Indicators, month: Month) -> Json {
    let rows = ind
        .verbatims
        .get(&month)
        .map(Vec::as_slice)
        .unwrap_or_default();
    json!(
        rows.iter()
            .map(|(category, text)| json!({ "category": category, "text": text }))
            .collect::<Vec<_>>()
    )
}
