//! The context of each kind of page, and its rendering through the templates.
//!
//! Everything a template shows is decided here, in the handbook's language:
//! headline tiles (with their sparklines, drawn as inline SVG so they need no
//! JavaScript), charts with their number format, breadcrumbs, and the
//! archive's month-on-month changes and comparison data.

use std::collections::BTreeMap;

use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde::Serialize;

use super::charts::{self, Chart, Labels};
use super::contexts::*;
use super::{
    OutputFile, RenderedDoc, complaint_sections, format, survey_sections, template_problem,
};
use super::{attention, headlines};
use crate::catalog::Id;
use crate::catalog::{self, Better};
use crate::content::Document;
use crate::dataset::QualityReport;
use crate::error::Problem;
use crate::indicators::significance::Against;
use crate::indicators::spc::charts as spc;
use crate::indicators::{Group, Indicators};
use crate::msg;
use crate::period::{Month, Period};
use crate::plan::{Page, PageKind, Plan, complaints_path, report_path};
use crate::project::{OnInvalid, Project};

/// Everything a page may draw on.
pub struct Context<'a> {
    pub project: &'a Project,
    pub quality: &'a QualityReport,
    pub indicators: &'a Indicators,
    pub docs: &'a [Document],
    pub rendered: &'a [RenderedDoc],
    pub plan: &'a Plan,
    pub strings: BTreeMap<&'static str, &'static str>,
    /// The data files of the downloads page, written beside the pages.
    pub downloads: &'a [OutputFile],
}

/// Indicators shown as headline tiles, in order.
const HEADLINE: &[Id] = &[
    id!("nps"),
    id!("csat"),
    id!("overall_mean"),
    id!("complaints"),
    id!("responses"),
];

/// Trend charts of the home page.
const HOME_TRENDS: &[Id] = &[id!("nps"), id!("csat"), id!("complaints")];

/// Trend charts of a month's report: the headline indicators that are not
/// mere bases, so that their tiles link to them.
const REPORT_TRENDS: &[Id] = &[
    id!("nps"),
    id!("csat"),
    id!("overall_mean"),
    id!("complaints"),
];

/// Where the trend of `indicator` is drawn: the page (none for the month's
/// report) and the anchor. The report draws the headline trends, the
/// complaints page the service level; any other figure is among the report's
/// headline figures.
pub(super) fn trend_place(indicator: Id, month: Month) -> (Option<String>, String) {
    if REPORT_TRENDS.contains(&indicator) {
        (None, format!("trend-{indicator}"))
    } else if indicator == COMPLAINTS_TREND {
        (Some(complaints_path(month)), format!("trend-{indicator}"))
    } else {
        (None, "headline".into())
    }
}

/// The trend chart of the complaints page.
const COMPLAINTS_TREND: Id = id!("sla_met");

/// The indicator of a report's segment charts: the first that the data has
/// by segment.
const SEGMENT_INDICATORS: &[Id] = &[id!("csat"), id!("nps")];

/// The most charts a monthly report holds; detail lives on the complaints
/// and analysis pages.
pub(super) const REPORT_CHARTS: usize = 12;

/// How many months the trend charts and sparklines show.
const TREND_MONTHS: usize = 13;

/// The name of a page kind, for templates and stylesheets (`<body class="page-report">`).
fn kind_name(kind: &PageKind) -> &'static str {
    match kind {
        PageKind::Home => "home",
        PageKind::Chapter(_) => "chapter",
        PageKind::Report(_) => "report",
        PageKind::Analysis(_) => "analysis",
        PageKind::Complaints(_) => "complaints",
        PageKind::Archive => "archive",
        PageKind::Quality => "quality",
        PageKind::Downloads => "downloads",
        PageKind::Attention => "attention",
    }
}

/// The trail from home to `page`; the last crumb is the page itself (no path).
fn breadcrumbs(ctx: &Context, page: &Page) -> Vec<Crumb> {
    let t = &ctx.strings;
    let crumb = |title: &str, path: Option<String>| Crumb {
        title: title.to_string(),
        path,
    };
    let home = crumb(t["home"], Some("index.html".into()));
    let reports = || crumb(t["reports"], Some("archive.html".into()));
    let month_report = |m: &Month| crumb(&m.to_string(), Some(report_path(*m)));
    match &page.kind {
        PageKind::Home => vec![],
        PageKind::Chapter(_) => vec![
            home,
            crumb(t["handbook"], Some("index.html#chapters".into())),
            crumb(&page.title, None),
        ],
        PageKind::Report(m) => vec![home, reports(), crumb(&m.to_string(), None)],
        PageKind::Analysis(m) => vec![home, reports(), month_report(m), crumb(t["analysis"], None)],
        PageKind::Complaints(m) => vec![
            home,
            reports(),
            month_report(m),
            crumb(t["complaints_page"], None),
        ],
        _ => vec![home, crumb(&page.title, None)],
    }
}

pub fn render(
    env: &Environment<'static>,
    ctx: &Context,
    page: &Page,
) -> Result<OutputFile, Problem> {
    match &page.kind {
        PageKind::Home => finish(env, ctx, page, "home.html", home(ctx)),
        PageKind::Chapter(i) => finish(env, ctx, page, "chapter.html", chapter(ctx, *i)),
        PageKind::Report(m) => finish(env, ctx, page, "report.html", report(ctx, *m)),
        PageKind::Analysis(m) => finish(
            env,
            ctx,
            page,
            "analysis.html",
            survey_sections::analysis(ctx.project, ctx.indicators, *m),
        ),
        PageKind::Complaints(m) => finish(env, ctx, page, "complaints.html", complaints(ctx, *m)),
        PageKind::Archive => finish(env, ctx, page, "archive.html", archive(ctx)),
        PageKind::Quality => finish(env, ctx, page, "quality.html", quality(ctx)),
        PageKind::Downloads => finish(env, ctx, page, "downloads.html", downloads(ctx)),
        PageKind::Attention => finish(env, ctx, page, "attention.html", attention_page(ctx)),
    }
}

/// Renders one page: its own context beside what every page has.
fn finish<B: Serialize>(
    env: &Environment<'static>,
    ctx: &Context,
    page: &Page,
    template: &str,
    body: B,
) -> Result<OutputFile, Problem> {
    let context = PageContext {
        common: Common {
            site: SiteInfo {
                title: &ctx.project.title,
                description: &ctx.project.description,
                lang: ctx.project.language.code(),
            },
            page: PageInfo {
                title: &page.title,
                path: &page.path,
                kind: kind_name(&page.kind),
                breadcrumbs: breadcrumbs(ctx, page),
            },
            root: page.root(),
            search_index: super::search::PATH,
            t: &ctx.strings,
            nav: Nav {
                chapters: &ctx.plan.chapters,
                reports: ctx.plan.reports.iter().rev().take(6).collect(),
                latest_report: ctx.plan.reports.last().map(|r| r.path.as_str()),
            },
            version: env!("CARGO_PKG_VERSION"),
        },
        body,
    };
    let template_file = ctx.project.templates_dir.join(template);
    let shown = ctx.project.display_path(&template_file);
    let html = crate::memory::bounded(&page.path, super::templates::RENDER_MEMORY, || {
        env.get_template(template)
            .and_then(|t| t.render(Value::from(Serde(&context))))
    })
    .map_err(|e| template_problem(&shown, 0, &e))?;
    if html.len() > super::templates::MAX_PAGE_BYTES {
        return Err(Problem::new(
            &shown,
            crate::msg!(
                "page-too-large",
                page = page.path.as_str(),
                size = html.len() >> 20,
                max = super::templates::MAX_PAGE_BYTES >> 20
            ),
        ));
    }
    Ok(OutputFile {
        path: page.path.clone(),
        bytes: html.into_bytes(),
    })
}

fn labels<'a>(ctx: &'a Context) -> Labels<'a> {
    let s = &ctx.strings;
    Labels {
        target: s["target"],
        month: s["month"],
        base: s["base"],
        count: s["count"],
        share: s["share"],
        cum_share: s["cum_share"],
        segment: s["category"],
        overall: s["overall"],
        low_base: ctx.project.analysis.low_base,
        low_base_label: s["low_base"],
        lang: ctx.project.language,
    }
}

/// The `TREND_MONTHS` months up to and including `month`.
fn trend_months<'a>(ctx: &'a Context, month: Month) -> &'a [Month] {
    let end = ctx
        .indicators
        .months
        .iter()
        .position(|&m| m == month)
        .map_or(0, |i| i + 1);
    &ctx.indicators.months[end.saturating_sub(TREND_MONTHS)..end]
}

/// A tiny line of `values` (oldest first) as inline SVG, with the target as a
/// dashed line when it falls inside the drawn range and the last value as a
/// dot. Months without a value break the line. The tile says the numbers in
/// text, so the drawing is hidden from assistive technology.
fn sparkline(values: &[Option<f64>], target: Option<f64>) -> String {
    const W: f64 = 120.0;
    const H: f64 = 32.0;
    const PAD: f64 = 3.0;
    let defined: Vec<f64> = values.iter().flatten().copied().collect();
    if defined.len() < 2 {
        return String::new();
    }
    let lo = defined.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = defined.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let step = (W - 2.0 * PAD) / (values.len() - 1) as f64;
    let x = |i: usize| PAD + i as f64 * step;
    let y = |v: f64| {
        if hi > lo {
            H - PAD - (v - lo) / (hi - lo) * (H - 2.0 * PAD)
        } else {
            H / 2.0
        }
    };
    let mut lines = Vec::new();
    let mut current = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => current.push(format!("{:.1},{:.1}", x(i), y(*v))),
            None if !current.is_empty() => lines.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let mut svg = format!(
        "<svg class=\"spark\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" aria-hidden=\"true\">"
    );
    if let Some(t) = target.filter(|t| (lo..=hi).contains(t) && hi > lo) {
        svg += &format!(
            "<line class=\"spark-target\" x1=\"{PAD}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>",
            W - PAD,
            y = y(t)
        );
    }
    for line in &lines {
        if line.len() == 1 {
            let (cx, cy) = line[0].split_once(',').expect("written above");
            svg += &format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"1.5\"/>");
        } else {
            svg += &format!("<polyline points=\"{}\"/>", line.join(" "));
        }
    }
    if let Some((i, Some(v))) = values.iter().enumerate().next_back() {
        svg += &format!(
            "<circle class=\"spark-end\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\"/>",
            x(i),
            y(*v)
        );
    }
    svg + "</svg>"
}

/// Headline tiles for a month: value, change against last month, target
/// status and a sparkline. Each tile links to its trend chart: on this page
/// when `on_page` lists it, else in the month's report.
fn tiles(ctx: &Context, month: Month, on_page: &[Id]) -> Vec<Tile> {
    let all = Group::all();
    let lang = ctx.project.language;
    HEADLINE
        .iter()
        .filter(|&&id| ctx.indicators.has(id))
        .map(|&id| {
            let def = id.def();
            let now = ctx.indicators.get(id, Period::Month(month), &all, "");
            let value = now.and_then(|o| o.value);
            let change = |base: Month, against: Against| {
                let before = ctx.indicators.value(id, Period::Month(base), &all, "");
                let delta = value.zip(before).map(|(a, b)| a - b);
                let significant = ctx.indicators.comparisons.iter().any(|c| {
                    c.indicator == id
                        && c.period == Period::Month(month)
                        && c.segment == crate::indicators::ALL
                        && c.against == against
                        && c.significant
                });
                Change {
                    text: format::change(def, delta, lang),
                    direction: direction_and_tone(def, delta).0,
                    significant,
                }
            };
            let target = ctx.project.targets.get(&id).copied();
            let met = target.zip(value).map(|(t, v)| headlines::meets(def, v, t));
            // Coloured by the target alone: a change is neutral, whichever way it goes.
            let status = match met {
                Some(true) => "met",
                Some(false) => "missed",
                None => "none",
            };
            let history: Vec<Option<f64>> = trend_months(ctx, month)
                .iter()
                .map(|&m| ctx.indicators.value(id, Period::Month(m), &all, ""))
                .collect();
            // The page holding the chart, relative to the site root; none for
            // this page. A base (responses) has no chart.
            let chart_page = (!on_page.contains(&id)).then(|| report_path(month));
            let chart_id = REPORT_TRENDS.contains(&id).then(|| format!("trend-{id}"));
            let ci = now.and_then(|o| o.ci_low.zip(o.ci_high)).map(|(a, b)| {
                format!(
                    "{} – {}",
                    format::value(def, Some(a)),
                    format::value(def, Some(b))
                )
            });
            Tile {
                id: id.as_str(),
                name: def.name(lang),
                value: format::value(def, value),
                chart_page,
                chart_id,
                spark: sparkline(&history, target),
                month_change: change(month.prev(), Against::Previous),
                year_change: change(month.year_ago(), Against::LastYear),
                status,
                target: target.map(|t| format::value(def, Some(t))),
                target_met: met,
                n: now.map(|o| o.n),
                ci,
            }
        })
        .collect()
}

/// A chart for a template: the chart and how its numbers read (decimals and
/// unit suffix), which the theme in `csbook.js` uses for axis labels and
/// tooltips in the page's locale.
pub(super) fn chart_view(chart: Chart, decimals: usize, suffix: &'static str) -> ChartView {
    let (decimals, suffix) = chart.format.unwrap_or((decimals, suffix));
    ChartView {
        chart,
        format: NumberFormat { decimals, suffix },
    }
}

/// The decimals and suffix of an indicator's values.
fn number_format(def: &catalog::Definition) -> (usize, &'static str) {
    match def.unit {
        catalog::Unit::Percent => (def.decimals, "%"),
        _ => (def.decimals, ""),
    }
}

/// Whether a trend draws the 95 % interval of each month: the report does,
/// home keeps its trends plain.
#[derive(Clone, Copy)]
enum Band {
    Interval,
    None,
}

/// A trend chart of the `TREND_MONTHS` months up to `month`.
fn trend_chart(ctx: &Context, id: Id, month: Month, band: Band) -> Option<ChartView> {
    if !ctx.indicators.has(id) {
        return None;
    }
    let def = id.def();
    let all = Group::all();
    let months = trend_months(ctx, month);
    let observed = || {
        months
            .iter()
            .map(|&m| ctx.indicators.get(id, Period::Month(m), &all, ""))
    };
    let points: Vec<(String, Option<f64>, u64)> = months
        .iter()
        .zip(observed())
        .map(|(m, o)| (m.to_string(), o.and_then(|o| o.value), o.map_or(0, |o| o.n)))
        .collect();
    let intervals: Vec<Option<(f64, f64)>> = match band {
        Band::Interval => observed()
            .map(|o| o.and_then(|o| o.ci_low.zip(o.ci_high)))
            .collect(),
        Band::None => Vec::new(),
    };
    let target = ctx.project.targets.get(&id).copied();
    let values: Vec<Option<f64>> = points.iter().map(|p| p.1).collect();
    let headline = headlines::trend(def, &values, target, ctx.project.language);
    let chart = charts::trend(
        &format!("trend-{id}"),
        def,
        &points,
        &intervals,
        target,
        &labels(ctx),
    )
    .headed(headline);
    let (decimals, suffix) = number_format(def);
    Some(chart_view(chart, decimals, suffix))
}

fn home(ctx: &Context) -> Home {
    let Some(&month) = ctx.indicators.months.last() else {
        return Home {
            month: None,
            report: None,
            summary: None,
            tiles: Vec::new(),
            charts: Vec::new(),
            attention: Vec::new(),
            attention_count: 0,
        };
    };
    let mut attention = attention::shown(ctx.project, ctx.indicators, month);
    let attention_count = attention.len();
    attention.truncate(HOME_ATTENTION);
    Home {
        month: Some(month.to_string()),
        report: Some(report_path(month)),
        summary: Some(month_summary(ctx, month)),
        tiles: tiles(ctx, month, HOME_TRENDS),
        charts: HOME_TRENDS
            .iter()
            .filter_map(|&id| trend_chart(ctx, id, month, Band::None))
            .collect(),
        attention,
        attention_count,
    }
}

/// The month in one sentence: how many headline figures meet their targets,
/// and the largest move against the same month a year ago (the largest
/// significant one, if a test found any), in the indicator's own terms; and
/// a warning when the month rests on few responses.
fn month_summary(ctx: &Context, month: Month) -> String {
    let lang = ctx.project.language;
    let all = Group::all();
    let now = |id: Id| ctx.indicators.value(id, Period::Month(month), &all, "");
    let targeted: Vec<(Id, bool)> = HEADLINE
        .iter()
        .filter_map(|&id| {
            let def = id.def();
            let (value, target) = (now(id)?, *ctx.project.targets.get(&id)?);
            Some((
                id,
                if def.better == Better::Lower {
                    value <= target
                } else {
                    value >= target
                },
            ))
        })
        .collect();
    let met = targeted.iter().filter(|t| t.1).count();
    let targets = msg!("summary-targets", met = met, count = targeted.len());
    // The largest move a year on, relative to the indicator's range of values:
    // significant changes first.
    let moves = HEADLINE.iter().filter_map(|&id| {
        let def = id.def();
        let before = ctx
            .indicators
            .value(id, Period::Month(month.year_ago()), &all, "")?;
        let delta = now(id)? - before;
        let significant = ctx.indicators.comparisons.iter().any(|c| {
            c.indicator == id
                && c.period == Period::Month(month)
                && c.segment == crate::indicators::ALL
                && c.against == Against::LastYear
                && c.significant
        });
        let size = delta.abs() / before.abs().max(1.0);
        Some((significant, size, def, delta))
    });
    let largest = moves.max_by(|a, b| {
        (a.0, a.1)
            .partial_cmp(&(b.0, b.1))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let moved = match largest {
        Some((significant, _, def, delta)) if direction_and_tone(def, Some(delta)).0 != "flat" => {
            msg!(
                "summary-move",
                name = def.name(lang),
                change = format::change(def, Some(delta), lang),
                significant = if significant { "yes" } else { "no" }
            )
        }
        _ => crate::messages::Message::none(),
    };
    let responses = ctx
        .indicators
        .get(id!("responses"), Period::Month(month), &all, "");
    let base = match responses {
        Some(r) if r.n < ctx.project.analysis.low_base => msg!("summary-small-base", n = r.n),
        _ => crate::messages::Message::none(),
    };
    msg!("summary", targets = targets, moved = moved, base = base).render(lang)
}

fn chapter<'a>(ctx: &Context<'a>, index: usize) -> ChapterPage<'a> {
    let doc = &ctx.docs[index];
    let position = ctx
        .plan
        .chapters
        .iter()
        .position(|c| c.title == doc.title && c.path.ends_with(&format!("/{}.html", doc.slug)));
    let neighbour = |offset: isize| {
        position
            .and_then(|p| p.checked_add_signed(offset))
            .and_then(|p| ctx.plan.chapters.get(p))
    };
    let rendered = &ctx.rendered[index];
    ChapterPage {
        content: &rendered.html,
        has_h1: rendered.headings.iter().any(|h| h.level == 1),
        toc: rendered.headings.iter().filter(|h| h.level <= 3).collect(),
        prev: neighbour(-1),
        next: neighbour(1),
    }
}

/// Attention items on home: the most severe, the rest a click away.
const HOME_ATTENTION: usize = 5;

/// Months the attention page covers, the latest first.
const ATTENTION_MONTHS: usize = 3;

/// The attention items of the latest months, each linking to its chart on the
/// month's report.
fn attention_page(ctx: &Context) -> AttentionPage {
    let months = ctx
        .indicators
        .months
        .iter()
        .rev()
        .take(ATTENTION_MONTHS)
        .map(|&m| AttentionMonth {
            month: m.to_string(),
            report: report_path(m),
            items: attention::shown(ctx.project, ctx.indicators, m),
        })
        .collect();
    AttentionPage { months }
}

fn report<'a>(ctx: &Context<'a>, month: Month) -> Report<'a> {
    let l = labels(ctx);
    let lang = ctx.project.language;
    let trends: Vec<ChartView> = REPORT_TRENDS
        .iter()
        .filter_map(|&id| trend_chart(ctx, id, month, Band::Interval))
        .collect();
    // Stability: the survey's dissatisfied share and the complaint rate.
    let (rate, rate_note) = complaint_sections::rate_chart(ctx.indicators, month, lang);
    let control: Vec<ChartView> = complaint_sections::control_charts(
        ctx.project,
        ctx.indicators,
        month,
        &[spc::P_DISSATISFIED, rate],
    )
    .into_iter()
    .map(|c| chart_view(c, 2, ""))
    .collect();
    // The complaints at a glance: the most telling Pareto chart; the rest is
    // on the complaints page.
    let (paretos, _) = complaint_sections::paretos(
        ctx.project,
        ctx.indicators,
        month,
        &l,
        ctx.strings["vital_few"],
    );
    let pareto: Vec<ChartView> = paretos
        .into_iter()
        .take(1)
        .map(|c| chart_view(c, 2, ""))
        .collect();
    let room = REPORT_CHARTS.saturating_sub(trends.len() + control.len() + pareto.len());
    let segments: Vec<ChartView> = segment_charts(ctx, month).into_iter().take(room).collect();
    let commentary = ctx
        .docs
        .iter()
        .position(|d| d.period == Some(month))
        .map(|i| Commentary {
            title: &ctx.docs[i].title,
            html: &ctx.rendered[i].html,
        });
    let complaints = ctx
        .plan
        .pages
        .iter()
        .any(|p| p.kind == PageKind::Complaints(month));
    Report {
        month: month.to_string(),
        tiles: tiles(ctx, month, REPORT_TRENDS),
        trends,
        segments,
        control,
        control_notes: rate_note.into_iter().collect(),
        pareto,
        commentary,
        attention: attention::shown(ctx.project, ctx.indicators, month),
        analysis: survey_sections::summary(ctx.project, ctx.indicators, month),
        handling: handling(ctx, month),
        complaints_page: complaints.then(|| complaints_path(month)),
        prev: month_link(ctx, month, -1, report_path),
        next: month_link(ctx, month, 1, report_path),
    }
}

/// The page of the month `step` months of data away from `month`, if any.
fn month_link(
    ctx: &Context,
    month: Month,
    step: isize,
    path: fn(Month) -> String,
) -> Option<MonthLink> {
    let months = &ctx.indicators.months;
    let other = months
        .iter()
        .position(|&m| m == month)
        .and_then(|i| i.checked_add_signed(step))
        .and_then(|i| months.get(i));
    other.map(|&m| MonthLink {
        title: m.to_string(),
        path: path(m),
    })
}

/// One chart per segment of the first of `SEGMENT_INDICATORS` that has
/// values by segment, titled by its weakest value.
fn segment_charts(ctx: &Context, month: Month) -> Vec<ChartView> {
    let period = Period::Month(month);
    let l = labels(ctx);
    let all = Group::all();
    let Some(id) = SEGMENT_INDICATORS.iter().copied().find(|id| {
        ctx.project
            .segments
            .iter()
            .any(|s| ctx.indicators.by_segment(*id, period, &s.id).len() >= 2)
    }) else {
        return Vec::new();
    };
    let def = id.def();
    let overall = ctx.indicators.value(id, period, &all, "");
    let target = ctx.project.targets.get(&id).copied();
    ctx.project
        .segments
        .iter()
        .filter_map(|segment| {
            let rows: Vec<(String, Option<f64>, u64)> = ctx
                .indicators
                .by_segment(id, period, &segment.id)
                .iter()
                .map(|o| {
                    let shown = format::code(ctx.project, &segment.id, &o.segment_value);
                    (shown.to_string(), o.value, o.n)
                })
                .collect();
            if rows.len() < 2 {
                return None;
            }
            let headline = headlines::segments(
                def,
                &segment.label,
                &rows,
                target,
                overall,
                ctx.project.language,
            );
            let chart = charts::by_segment(
                &format!("seg-{}-{id}", segment.id),
                def,
                &segment.label,
                &rows,
                overall,
                target,
                &l,
            )
            .headed(headline);
            let (decimals, suffix) = number_format(def);
            Some(chart_view(chart, decimals, suffix))
        })
        .collect()
}

/// A month's complaints in detail: handling, every breakdown, the control
/// charts of complaints, handling times and the heatmap.
fn complaints(ctx: &Context, month: Month) -> ComplaintsPage {
    let l = labels(ctx);
    let lang = ctx.project.language;
    let (paretos, mut notes) = complaint_sections::paretos(
        ctx.project,
        ctx.indicators,
        month,
        &l,
        ctx.strings["vital_few"],
    );
    let (rate, rate_note) = complaint_sections::rate_chart(ctx.indicators, month, lang);
    let control = complaint_sections::control_charts(
        ctx.project,
        ctx.indicators,
        month,
        &[spc::XMR_COMPLAINTS, rate, spc::XMR_RESOLUTION],
    );
    let mut durations = complaint_sections::durations(ctx.project, ctx.indicators, month);
    durations.extend(complaint_sections::heatmap(
        ctx.project,
        ctx.indicators,
        month,
    ));
    let views = |charts: Vec<Chart>| -> Vec<ChartView> {
        charts.into_iter().map(|c| chart_view(c, 2, "")).collect()
    };
    notes.extend(rate_note);
    ComplaintsPage {
        month: month.to_string(),
        handling: handling(ctx, month),
        sla: trend_chart(ctx, COMPLAINTS_TREND, month, Band::Interval),
        paretos: views(paretos),
        notes,
        control: views(control),
        durations: views(durations),
        iceberg: complaint_sections::iceberg(ctx.project, ctx.indicators, month),
        verbatims: complaint_sections::verbatims(ctx.indicators, month),
        report: report_path(month),
        prev: month_link(ctx, month, -1, complaints_path),
        next: month_link(ctx, month, 1, complaints_path),
    }
}

/// How complaints were handled, figures the data has.
const HANDLING: &[Id] = &[
    id!("sla_met"),
    id!("timely_rate"),
    id!("fcr_rate"),
    id!("reopen_rate"),
    id!("backlog"),
];

/// The month's complaint-handling figures, each with its change on last month
/// and its base.
fn handling(ctx: &Context, month: Month) -> Vec<Fact> {
    let all = Group::all();
    let lang = ctx.project.language;
    HANDLING
        .iter()
        .filter_map(|&id| {
            let def = id.def();
            let now = ctx.indicators.get(id, Period::Month(month), &all, "")?;
            let before = ctx
                .indicators
                .value(id, Period::Month(month.prev()), &all, "");
            let delta = now.value.zip(before).map(|(a, b)| a - b);
            Some(Fact {
                name: def.name(lang),
                value: format::value(def, now.value),
                change: format::change(def, delta, lang),
                direction: direction_and_tone(def, delta).0,
                n: format::count(now.n),
            })
        })
        .collect()
}

/// Indicators of the archive's tables, in order.
const ARCHIVE_COLUMNS: &[Id] = &[
    id!("responses"),
    id!("overall_mean"),
    id!("csat"),
    id!("nps"),
    id!("complaints"),
];

/// Whether a change went up or down, and whether that is good news.
fn direction_and_tone(
    def: &catalog::Definition,
    delta: Option<f64>,
) -> (&'static str, &'static str) {
    // A change that shows as zero at the indicator's precision is no change:
    // no arrow, no colour.
    let shown = delta.map(|d| (d * 10f64.powi(def.decimals as i32)).round());
    let direction = match shown {
        Some(d) if d > 0.0 => "up",
        Some(d) if d < 0.0 => "down",
        _ => "flat",
    };
    let tone = match (def.better, direction) {
        (_, "flat") | (Better::Neither, _) => "neutral",
        (Better::Higher, "up") | (Better::Lower, "down") => "good",
        _ => "bad",
    };
    (direction, tone)
}

/// Serialises data for a `<script type="application/json">` element so that it
/// cannot close the element.
fn embed_json(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .expect("the page's data always serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The archive: every month and quarter with each headline figure and its
/// change on the period before, a list to jump to any month, and the raw
/// figures from which `csbook.js` compares any two months in the browser.
fn archive(ctx: &Context) -> Archive {
    let all = Group::all();
    let lang = ctx.project.language;
    let ids: Vec<Id> = ARCHIVE_COLUMNS
        .iter()
        .copied()
        .filter(|&id| ctx.indicators.has(id))
        .collect();
    let row = |period: Period| -> Vec<ArchiveCell> {
        ids.iter()
            .map(|&id| {
                let def = id.def();
                let now = ctx.indicators.value(id, period, &all, "");
                let before = ctx.indicators.value(id, period.prev(), &all, "");
                let delta = now.zip(before).map(|(a, b)| a - b);
                let (direction, tone) = direction_and_tone(def, delta);
                ArchiveCell {
                    value: format::value(def, now),
                    change: delta.map(|_| format::change(def, delta, lang)),
                    direction,
                    tone,
                }
            })
            .collect()
    };
    let months: Vec<ArchiveRow> = ctx
        .indicators
        .months
        .iter()
        .rev()
        .map(|&m| ArchiveRow {
            label: m.to_string(),
            path: Some(report_path(m)),
            values: row(Period::Month(m)),
            partial: false,
        })
        .collect();
    // The published quarters: complete ones, and the latest marked when it
    // is still under way.
    let partial = crate::indicators::partial_quarter(&ctx.indicators.months);
    let quarters: Vec<ArchiveRow> = crate::indicators::published_quarters(&ctx.indicators.months)
        .into_iter()
        .rev()
        .map(|q| {
            let label = match partial {
                Some((p, n)) if p == q => format!(
                    "{q} {}",
                    ctx.strings["partial_quarter"].replace("{n}", &n.to_string())
                ),
                _ => q.to_string(),
            };
            ArchiveRow {
                label,
                path: None,
                values: row(Period::Quarter(q)),
                partial: partial.is_some_and(|(p, _)| p == q),
            }
        })
        .collect();
    let compare = CompareData {
        indicators: ids
            .iter()
            .map(|id| {
                let def = id.def();
                let (decimals, suffix) = number_format(def);
                CompareIndicator {
                    name: def.name(lang),
                    decimals,
                    suffix,
                    points: def.unit == catalog::Unit::Percent,
                    better: match def.better {
                        Better::Higher => "higher",
                        Better::Lower => "lower",
                        Better::Neither => "neither",
                    },
                }
            })
            .collect(),
        months: ctx
            .indicators
            .months
            .iter()
            .map(|&m| CompareMonth {
                label: m.to_string(),
                path: report_path(m),
                values: ids
                    .iter()
                    .map(|&id| ctx.indicators.value(id, Period::Month(m), &all, ""))
                    .collect(),
            })
            .collect(),
    };
    Archive {
        columns: ids.iter().map(|id| id.def().name(lang)).collect(),
        months,
        quarters,
        compare: embed_json(&compare),
    }
}

/// The downloads with their sizes, and every indicator with its name and
/// definition, from the catalogue.
fn downloads<'a>(ctx: &Context<'a>) -> Downloads<'a> {
    let lang = ctx.project.language;
    let files = ctx
        .downloads
        .iter()
        .map(|f| DownloadFile {
            path: &f.path,
            size: format::size(f.bytes.len()),
        })
        .collect();
    let indicators = Id::all()
        .map(|id| {
            let def = id.def();
            let definition =
                crate::messages::Message::keyed(format!("def-{}", def.id.replace('_', "-")));
            IndicatorEntry {
                id: def.id,
                name: def.name(lang),
                definition: definition.render(lang),
                present: ctx.indicators.has(id),
            }
        })
        .collect();
    Downloads { files, indicators }
}

fn quality<'a>(ctx: &Context<'a>) -> Quality<'a> {
    let lang = ctx.project.language;
    let files = ctx
        .quality
        .files
        .iter()
        .map(|f| {
            // The reasons in the project's language; the report keeps them as keys.
            let translated = |counts: &BTreeMap<String, u64>| -> BTreeMap<String, u64> {
                counts
                    .iter()
                    .map(|(r, &n)| (super::i18n::reason(lang, r), n))
                    .collect()
            };
            FileChecks {
                file: f,
                rejected: translated(&f.rejected),
                blanked: translated(&f.blanked),
                examples: f.examples.iter().map(|p| p.render(lang)).collect(),
            }
        })
        .collect();
    Quality {
        survey: survey_sections::quality_checks(ctx.indicators),
        files,
        rejected_rows: ctx.quality.rejected_rows(),
        unused_scale: &ctx.quality.unused_scale,
        suppressed: ctx.indicators.suppressed,
        min_cell_size: ctx.project.min_cell_size,
        policy: match ctx.project.on_invalid {
            OnInvalid::Fail => ctx.strings["policy_fail"],
            OnInvalid::Skip => ctx.strings["policy_skip"],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change that prints as zero at the indicator's precision has no
    /// arrow and no colour; any other has both.
    #[test]
    fn a_zero_change_has_no_direction_or_tone() {
        let nps = catalog::find("nps").unwrap();
        assert_eq!(direction_and_tone(nps, Some(0.0)), ("flat", "neutral"));
        assert_eq!(direction_and_tone(nps, Some(-0.04)), ("flat", "neutral"));
        assert_eq!(direction_and_tone(nps, Some(0.04)), ("flat", "neutral"));
        assert_eq!(direction_and_tone(nps, Some(-0.06)), ("down", "bad"));
        assert_eq!(direction_and_tone(nps, Some(1.0)), ("up", "good"));
        let complaints = catalog::find("complaints").unwrap();
        assert_eq!(direction_and_tone(complaints, Some(-3.0)), ("down", "good"));
        assert_eq!(direction_and_tone(nps, None), ("flat", "neutral"));
    }
}
