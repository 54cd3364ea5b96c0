//! The context of each kind of page, and its rendering through the templates.

use std::collections::BTreeMap;

use minijinja::Environment;
use minijinja::value::{Serde, Value};
use serde_json::{Value as Json, json};

use super::charts::{self, Chart, Labels};
use super::{OutputFile, RenderedDoc, format, template_problem};
use crate::content::Document;
use crate::dataset::QualityReport;
use crate::error::Problem;
use crate::indicators::catalog::{self, Better};
use crate::indicators::{Group, Indicators};
use crate::period::{Month, Period};
use crate::plan::{Page, PageKind, Plan, report_path};
use crate::project::Project;

/// Everything a page may draw on.
pub struct Context<'a> {
    pub project: &'a Project,
    pub quality: &'a QualityReport,
    pub indicators: &'a Indicators,
    pub docs: &'a [Document],
    pub rendered: &'a [RenderedDoc],
    pub plan: &'a Plan,
    pub strings: BTreeMap<&'static str, &'static str>,
}

/// Indicators shown as headline tiles, in order.
const HEADLINE: &[&str] = &["nps", "csat", "overall_mean", "complaints", "responses"];

/// How many months the trend charts show.
const TREND_MONTHS: usize = 13;

pub fn render(
    env: &Environment<'static>,
    ctx: &Context,
    page: &Page,
) -> Result<OutputFile, Problem> {
    let (template, body) = match &page.kind {
        PageKind::Home => ("home.html", home(ctx)),
        PageKind::Chapter(i) => ("chapter.html", chapter(ctx, *i)),
        PageKind::Report(m) => ("report.html", report(ctx, *m)),
        PageKind::Archive => ("archive.html", archive(ctx)),
        PageKind::Quality => ("quality.html", quality(ctx)),
        PageKind::Downloads => ("downloads.html", json!({})),
    };
    let common = json!({
        "site": {
            "title": ctx.project.title,
            "description": ctx.project.description,
            "lang": ctx.project.language.code(),
        },
        "page": { "title": page.title, "path": page.path },
        "root": page.root(),
        "t": ctx.strings,
        "nav": {
            "chapters": ctx.plan.chapters,
            "reports": ctx.plan.reports.iter().rev().take(6).collect::<Vec<_>>(),
            "latest_report": ctx.plan.reports.last().map(|r| r.path.clone()),
        },
        "version": env!("CARGO_PKG_VERSION"),
    });
    let mut merged = common;
    if let (Json::Object(m), Json::Object(b)) = (&mut merged, body) {
        m.extend(b);
    }
    let template_file = ctx.project.templates_dir.join(template);
    let shown = ctx.project.display_path(&template_file);
    let html = env
        .get_template(template)
        .and_then(|t| t.render(Value::from(Serde(&merged))))
        .map_err(|e| template_problem(&shown, 0, &e))?;
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
        lang: ctx.project.language,
    }
}

/// Headline tiles for a month: value, change against last month, target status.
fn tiles(ctx: &Context, month: Month) -> Vec<Json> {
    let all = Group::all();
    let lang = ctx.project.language;
    HEADLINE
        .iter()
        .filter(|id| ctx.indicators.has(id))
        .map(|&id| {
            let def = catalog::find(id).expect("headline ids are in the catalogue");
            let now = ctx.indicators.get(id, Period::Month(month), &all, "");
            let value = now.and_then(|o| o.value);
            let before = ctx.indicators.value(id, Period::Month(month.prev()), &all, "");
            let delta = value.zip(before).map(|(a, b)| a - b);
            let direction = match delta {
                Some(d) if d > 0.0 => "up",
                Some(d) if d < 0.0 => "down",
                _ => "flat",
            };
            let good = match (def.better, direction) {
                (_, "flat") | (Better::Neither, _) => "neutral",
                (Better::Higher, "up") | (Better::Lower, "down") => "good",
                _ => "bad",
            };
            let target = ctx.project.targets.get(id).copied();
            let met = target.zip(value).map(|(t, v)| match def.better {
                Better::Lower => v <= t,
                _ => v >= t,
            });
            json!({
                "id": id,
                "name": def.name(lang),
                "value": format::value(def, value),
                "change": format::change(def, delta, lang),
                "direction": direction,
                "tone": good,
                "target": target.map(|t| format::value(def, Some(t))),
                "target_met": met,
                "n": now.map(|o| o.n),
                "ci": now.and_then(|o| o.ci_low.zip(o.ci_high)).map(|(a, b)| format!("{} – {}", format::value(def, Some(a)), format::value(def, Some(b)))),
            })
        })
        .collect()
}

/// A trend chart of the `TREND_MONTHS` months up to `month`.
fn trend_chart(ctx: &Context, id: &str, month: Month) -> Option<Chart> {
    if !ctx.indicators.has(id) {
        return None;
    }
    let def = catalog::find(id)?;
    let all = Group::all();
    let end = ctx.indicators.months.iter().position(|&m| m == month)? + 1;
    let start = end.saturating_sub(TREND_MONTHS);
    let points: Vec<(String, Option<f64>, u64)> = ctx.indicators.months[start..end]
        .iter()
        .map(|&m| {
            let o = ctx.indicators.get(id, Period::Month(m), &all, "");
            (m.to_string(), o.and_then(|o| o.value), o.map_or(0, |o| o.n))
        })
        .collect();
    Some(charts::trend(
        &format!("trend-{id}"),
        def,
        &points,
        ctx.project.targets.get(id).copied(),
        &labels(ctx),
    ))
}

fn home(ctx: &Context) -> Json {
    let Some(&month) = ctx.indicators.months.last() else {
        return json!({ "month": null, "tiles": [], "charts": [] });
    };
    let charts: Vec<Chart> = ["nps", "csat", "complaints"]
        .iter()
        .filter_map(|id| trend_chart(ctx, id, month))
        .collect();
    json!({
        "month": month.to_string(),
        "report": report_path(month),
        "tiles": tiles(ctx, month),
        "charts": charts,
    })
}

fn chapter(ctx: &Context, index: usize) -> Json {
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
    json!({
        "content": ctx.rendered[index].html,
        "toc": ctx.rendered[index].headings.iter().filter(|h| h.level <= 3).collect::<Vec<_>>(),
        "prev": neighbour(-1),
        "next": neighbour(1),
    })
}

fn report(ctx: &Context, month: Month) -> Json {
    let period = Period::Month(month);
    let l = labels(ctx);
    let mut charts: Vec<Chart> = ["nps", "csat", "overall_mean", "complaints"]
        .iter()
        .filter_map(|id| trend_chart(ctx, id, month))
        .collect();
    let all = Group::all();
    let pareto: Vec<charts::ParetoPoint> = ctx
        .indicators
        .breakdown("complaints_by_category", period, &all)
        .iter()
        .map(|o| {
            (
                o.key.clone(),
                o.value.unwrap_or(0.0) as u64,
                o.share.unwrap_or(0.0),
                o.cum_share.unwrap_or(0.0),
                o.vital_few == Some(true),
            )
        })
        .collect();
    if !pareto.is_empty() {
        let title = match ctx.project.language {
            crate::project::Language::ZhCn => format!("{month} 投诉排列图"),
            crate::project::Language::En => format!("Complaints Pareto, {month}"),
        };
        charts.push(charts::pareto(
            "pareto-category",
            &title,
            &pareto,
            &l,
            ctx.strings["vital_few"],
        ));
    }
    for segment in &ctx.project.segments {
        for id in ["nps", "csat"] {
            let rows: Vec<(String, Option<f64>, u64)> = ctx
                .indicators
                .by_segment(id, period, &segment.id)
                .iter()
                .map(|o| (o.segment_value.clone(), o.value, o.n))
                .collect();
            if rows.len() < 2 {
                continue;
            }
            let def = catalog::find(id).expect("in catalogue");
            let overall = ctx.indicators.value(id, period, &all, "");
            charts.push(charts::by_segment(
                &format!("seg-{}-{id}", segment.id),
                def,
                &segment.label,
                &rows,
                overall,
                &l,
            ));
        }
    }
    let commentary = ctx
        .docs
        .iter()
        .position(|d| d.period == Some(month))
        .map(|i| json!({ "title": ctx.docs[i].title, "html": ctx.rendered[i].html }));
    let index = ctx.indicators.months.iter().position(|&m| m == month);
    let link =
        |m: Option<&Month>| m.map(|m| json!({ "title": m.to_string(), "path": report_path(*m) }));
    json!({
        "month": month.to_string(),
        "tiles": tiles(ctx, month),
        "charts": charts,
        "commentary": commentary,
        "prev": link(index.and_then(|i| i.checked_sub(1)).and_then(|i| ctx.indicators.months.get(i))),
        "next": link(index.and_then(|i| ctx.indicators.months.get(i + 1))),
    })
}

fn archive(ctx: &Context) -> Json {
    let all = Group::all();
    let columns: Vec<&str> = ["responses", "overall_mean", "csat", "nps", "complaints"]
        .into_iter()
        .filter(|id| ctx.indicators.has(id))
        .collect();
    let row = |period: Period| -> Vec<String> {
        columns
            .iter()
            .map(|id| {
                format::value(
                    catalog::find(id).expect("in catalogue"),
                    ctx.indicators.value(id, period, &all, ""),
                )
            })
            .collect()
    };
    let months: Vec<Json> = ctx
        .indicators
        .months
        .iter()
        .rev()
        .map(|&m| json!({ "label": m.to_string(), "path": report_path(m), "values": row(Period::Month(m)) }))
        .collect();
    let mut quarters: Vec<Period> = ctx
        .indicators
        .months
        .iter()
        .map(|m| Period::Quarter(m.quarter()))
        .collect();
    quarters.dedup();
    let quarters: Vec<Json> = quarters
        .iter()
        .rev()
        .map(|&q| json!({ "label": q.to_string(), "values": row(q) }))
        .collect();
    json!({
        "columns": columns.iter().map(|id| catalog::find(id).expect("in catalogue").name(ctx.project.language)).collect::<Vec<_>>(),
        "months": months,
        "quarters": quarters,
    })
}

fn quality(ctx: &Context) -> Json {
    json!({
        "files": ctx.quality.files,
        "rejected_rows": ctx.quality.rejected_rows(),
        "suppressed": ctx.indicators.suppressed,
        "min_cell_size": ctx.project.min_cell_size,
        "policy": format!("{:?}", ctx.project.on_invalid).to_lowercase(),
    })
}
