//! The complaint part of a month's report: Pareto charts by every breakdown,
//! control charts, resolution-time percentiles, the category-by-month heatmap,
//! the iceberg estimate with its assumptions, and published descriptions.

use super::charts::{self, Chart, Labels};
use super::complaint_charts::{self, ControlPoint};
use super::headlines;
use crate::catalog::Breakdown;
use crate::catalog::Id;
use crate::catalog::breakdown_indicator;
use crate::indicators::spc::charts as spc;
use crate::indicators::{Group, Indicators};
use crate::messages::static_words;
use crate::period::{Month, Period};
use crate::project::{Language, Project};

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
    match b {
        Breakdown::Category => static_words("breakdown-category", lang),
        Breakdown::Defect => static_words("breakdown-defect", lang),
        Breakdown::Product => static_words("breakdown-product", lang),
        Breakdown::Region => static_words("breakdown-region", lang),
        Breakdown::Department => static_words("breakdown-department", lang),
        Breakdown::Channel => static_words("breakdown-channel", lang),
        Breakdown::Severity => static_words("breakdown-severity", lang),
    }
}

/// The Pareto chart of every breakdown of a month that has few vital
/// categories, most telling first, and a sentence for each breakdown whose
/// "vital few" is all of it.
pub fn paretos(
    project: &Project,
    ind: &Indicators,
    month: Month,
    l: &Labels,
    vital_label: &str,
) -> (Vec<Chart>, Vec<String>) {
    let lang = project.language;
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
        let title = crate::msg!(
            "pareto-title",
            month = month.to_string(),
            breakdown = breakdown_name(b, lang)
        )
        .render(lang);
        let shares: Vec<(String, f64, bool)> =
            rows.iter().map(|r| (r.0.clone(), r.2, r.4)).collect();
        let headline = headlines::pareto(breakdown_name(b, lang), &shares, lang);
        out.push(
            charts::pareto(&format!("pareto-{}", b.id()), &title, &rows, l, vital_label)
                .headed(headline),
        );
    }
    (out, notes)
}

/// The control chart to read for the complaint rate in `month`, and a note
/// when it is the XmR chart because the u-chart is over-dispersed.
pub fn rate_chart(
    ind: &Indicators,
    month: Month,
    lang: Language,
) -> (&'static str, Option<String>) {
    let chart = spc::rate_chart(ind, month);
    let note = (chart == spc::XMR_COMPLAINT_RATE && ind.has(id!("complaint_rate")))
        .then(|| crate::msg!("u-chart-overdispersed").render(lang));
    (chart, note)
}

/// The control charts `which` of the `spc::SHOWN_MONTHS` months up to
/// `month`, each titled by whether the month signals.
pub fn control_charts(
    project: &Project,
    ind: &Indicators,
    month: Month,
    which: &[&str],
) -> Vec<Chart> {
    let lang = project.language;
    let all = Group::all();
    let months = window(ind, month, spc::SHOWN_MONTHS);
    let mut out = Vec::new();
    for &chart in which {
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
                let v = |id: Id| ind.value(id, p, &all, chart).map(|x| x * scale);
                ControlPoint {
                    month: m.to_string(),
                    value: v(id!("spc_value")),
                    center: v(id!("spc_center")),
                    ucl: v(id!("spc_ucl")),
                    lcl: v(id!("spc_lcl")),
                    rules: ind
                        .of(id!("spc_signal"))
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
        let signals: Vec<bool> = points.iter().map(|p| !p.rules.is_empty()).collect();
        let headline = headlines::control(&signals, &month.to_string(), lang);
        let control = complaint_charts::control(
            &format!("spc-{chart}"),
            complaint_charts::control_title(chart, lang),
            &points,
            2,
            lang,
        )
        .headed(headline);
        out.push(if chart == spc::P_DISSATISFIED {
            control.formatted(2, "%")
        } else {
            control
        });
    }
    out
}

/// Median and 90th percentile of the resolution and first-response times by
/// month.
pub fn durations(project: &Project, ind: &Indicators, month: Month) -> Vec<Chart> {
    let lang = project.language;
    let all = Group::all();
    let recent = window(ind, month, RECENT_MONTHS);
    let mut out = Vec::new();
    for (id, indicator) in [
        ("durations-resolution", id!("resolution_hours")),
        ("durations-first-response", id!("first_response_hours")),
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
            let title = indicator.def().name(lang);
            out.push(complaint_charts::percentile_bands(id, title, &rows, lang));
        }
    }
    out
}

/// Complaint categories by month as a heatmap.
pub fn heatmap(project: &Project, ind: &Indicators, month: Month) -> Option<Chart> {
    let lang = project.language;
    let all = Group::all();
    let recent = window(ind, month, RECENT_MONTHS);
    let mut categories: Vec<String> = recent
        .iter()
        .flat_map(|&m| ind.breakdown(id!("complaints_by_category"), Period::Month(m), &all))
        .map(|o| o.key.to_string())
        .collect();
    categories.sort();
    categories.dedup();
    if categories.is_empty() {
        return None;
    }
    let counts: Vec<Vec<u64>> = categories
        .iter()
        .map(|c| {
            recent
                .iter()
                .map(|&m| {
                    ind.value(id!("complaints_by_category"), Period::Month(m), &all, c)
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
    let title = static_words("heatmap-title", lang);
    Some(complaint_charts::heatmap(
        "heatmap-category",
        title,
        &labels,
        &categories,
        &counts,
        lang,
    ))
}

/// The iceberg estimate of a month, in words with the assumptions it rests on.
#[derive(serde::Serialize)]
pub struct Iceberg {
    pub silent: f64,
    pub reach: f64,
    pub text: String,
}

/// The iceberg estimate of a month with the assumptions it rests on.
pub fn iceberg(project: &Project, ind: &Indicators, month: Month) -> Option<Iceberg> {
    let all = Group::all();
    let period = Period::Month(month);
    let silent = ind.value(id!("iceberg_silent_dissatisfied"), period, &all, "")?;
    let reach = ind.value(id!("wom_reach"), period, &all, "")?;
    let complaints = ind.value(id!("complaints"), period, &all, "")?;
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
    Some(Iceberg {
        silent,
        reach,
        text,
    })
}

/// A published (masked) complaint description.
#[derive(serde::Serialize)]
pub struct Verbatim {
    pub category: String,
    pub text: String,
}

/// Published (masked) descriptions of a month.
pub fn verbatims(ind: &Indicators, month: Month) -> Vec<Verbatim> {
    ind.verbatims
        .get(&month)
        .into_iter()
        .flatten()
        .map(|(category, text)| Verbatim {
            category: category.to_string(),
            text: text.to_string(),
        })
        .collect()
}
