//! What needs a manager's attention in a month, most severe first: control-chart
//! signals, complaint categories whose share surged, and SLA compliance below
//! its target. Read from the observation table only.

use serde::Serialize;

use super::spc::charts as spc_charts;
use super::{Group, Indicators, stats};
use crate::period::{Month, Period};
use crate::project::{Language, Project, RuleSet};

/// A rise of a category's share counts as a surge from this many points
/// (percent), when the two-proportion z-test also finds it significant.
const SURGE_POINTS: f64 = 5.0;
const SURGE_ALPHA: f64 = 0.05;

/// One thing to look at.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// 3 = act now, 2 = look into it, 1 = keep an eye on it.
    pub severity: u8,
    pub title: String,
    pub detail: String,
    /// The id of the chart on the month's report page that shows it.
    pub anchor: String,
    /// The page that shows it, from the site root, when it is not the report.
    pub page: Option<String>,
}

/// What a rule number means in the chosen rule set.
pub fn rule_text(rules: RuleSet, rule: u8, lang: Language) -> &'static str {
    let zh = lang == Language::ZhCn;
    let nelson = |r: u8| match (r, zh) {
        (1, true) => "1 点超出 3σ 控制限",
        (1, false) => "one point beyond the 3-sigma limits",
        (2, true) => "连续 9 点在中心线同一侧",
        (2, false) => "nine points in a row on one side of the centre",
        (3, true) => "连续 6 点持续上升或下降",
        (3, false) => "six points in a row steadily rising or falling",
        (4, true) => "连续 14 点交替上下",
        (4, false) => "fourteen points in a row alternating up and down",
        (5, true) => "3 点中有 2 点在同侧 2σ 之外",
        (5, false) => "two of three points beyond 2 sigma on one side",
        (6, true) => "5 点中有 4 点在同侧 1σ 之外",
        (6, false) => "four of five points beyond 1 sigma on one side",
        (7, true) => "连续 15 点在 1σ 之内",
        (7, false) => "fifteen points in a row within 1 sigma",
        (8, true) => "连续 8 点在 1σ 之外",
        (8, false) => "eight points in a row beyond 1 sigma",
        _ => "",
    };
    match rules {
        RuleSet::Nelson => nelson(rule),
        RuleSet::WesternElectric => match (rule, zh) {
            (4, true) => "连续 8 点在中心线同一侧",
            (4, false) => "eight points in a row on one side of the centre",
            (2, _) => nelson(5),
            (3, _) => nelson(6),
            _ => nelson(rule),
        },
    }
}

/// The items of a month, most severe first.
pub fn for_month(project: &Project, ind: &Indicators, month: Month) -> Vec<Item> {
    let lang = project.language;
    let zh = lang == Language::ZhCn;
    let period = Period::Month(month);
    let all = Group::all();
    let mut items = Vec::new();

    // One item per chart, naming every rule that fired on this month's point.
    let mut by_chart: Vec<(&str, Vec<u8>)> = Vec::new();
    for o in ind.of("spc_signal").iter().filter(|o| o.period == period) {
        let rule = o.value.unwrap_or(0.0) as u8;
        match by_chart.iter_mut().find(|(chart, _)| *chart == o.key) {
            Some((_, rules)) => rules.push(rule),
            None => by_chart.push((&o.key, vec![rule])),
        }
    }
    for (chart, rules) in by_chart {
        let name = spc_charts::title(chart, lang);
        // Shares read to four decimals; counts, rates and hours to one.
        let decimals = if chart == spc_charts::P_DISSATISFIED {
            4
        } else {
            1
        };
        let fmt = |id: &str| {
            ind.value(id, period, &all, chart)
                .map(|v| format!("{v:.decimals$}"))
                .unwrap_or_default()
        };
        let numbers = rules
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(if zh { "、" } else { ", " });
        let meanings = rules
            .iter()
            .map(|&r| rule_text(project.spc.rules, r, lang))
            .collect::<Vec<_>>()
            .join(if zh { "；" } else { "; " });
        items.push(Item {
            severity: if rules.contains(&1) { 3 } else { 2 },
            title: if zh {
                format!("{name}：规则 {numbers} 报警")
            } else {
                format!("{name}: rule {numbers}")
            },
            detail: if zh {
                format!(
                    "{meanings}（本月 {}，中心线 {}）。",
                    fmt("spc_value"),
                    fmt("spc_center")
                )
            } else {
                format!(
                    "{meanings} (this month {}, centre line {}).",
                    fmt("spc_value"),
                    fmt("spc_center")
                )
            },
            anchor: format!("spc-{chart}"),
            page: None,
        });
    }

    let now = ind.breakdown("complaints_by_category", period, &all);
    for o in &now {
        let Some(before) = ind.get(
            "complaints_by_category",
            Period::Month(month.prev()),
            &all,
            &o.key,
        ) else {
            continue;
        };
        let (Some(s1), Some(s0)) = (o.share, before.share) else {
            continue;
        };
        let rise = 100.0 * (s1 - s0);
        let count = |o: &super::Observation| o.value.unwrap_or(0.0) as u64;
        let significant = stats::two_proportion_z(count(o), o.n, count(before), before.n)
            .is_some_and(|(_, p)| p < SURGE_ALPHA);
        if rise >= SURGE_POINTS && significant {
            items.push(Item {
                severity: if rise >= 2.0 * SURGE_POINTS { 3 } else { 2 },
                title: if zh { format!("投诉类别「{}」占比激增", o.key) } else { format!("Complaints about “{}” surged", o.key) },
                detail: if zh {
                    format!("占比由上月 {:.1}% 升至 {:.1}%（{} 件，双比例 z 检验 p < {SURGE_ALPHA}）。", 100.0 * s0, 100.0 * s1, count(o))
                } else {
                    format!("Share up from {:.1}% to {:.1}% ({} complaints; two-proportion z-test p < {SURGE_ALPHA}).", 100.0 * s0, 100.0 * s1, count(o))
                },
                anchor: "pareto-category".into(),
                page: None,
            });
        }
    }

    if let (Some(target), Some(met)) = (
        project.targets.get("sla_met"),
        ind.get("sla_met", period, &all, ""),
    ) && let Some(v) = met.value
        && v < *target
    {
        items.push(Item {
            severity: 2,
            title: if zh {
                "时限达标率低于目标".into()
            } else {
                "SLA compliance below target".into()
            },
            detail: if zh {
                format!("本月 {v:.1}%，目标 {target:.1}%（{} 件已判定）。", met.n)
            } else {
                format!(
                    "{v:.1}% this month against a target of {target:.1}% ({} complaints judged).",
                    met.n
                )
            },
            anchor: "trend-sla_met".into(),
            page: None,
        });
    }
    items.extend(significant_changes(project, ind, month));
    items.sort_by_key(|i| std::cmp::Reverse(i.severity));
    items
}

/// How many significant changes the list names at most (the analysis page has them all).
const SIGNIFICANT_SHOWN: usize = 8;

/// Changes that a test found significant this month, declines first, as
/// items linking to the tests on the analysis page.
fn significant_changes(project: &Project, ind: &Indicators, month: Month) -> Vec<Item> {
    let zh = project.language == Language::ZhCn;
    let period = Period::Month(month);
    let mut found: Vec<(&super::significance::Comparison, bool)> = ind
        .comparisons
        .iter()
        .filter(|c| c.period == period && c.significant && c.test != "anova")
        .filter_map(|c| {
            let def = super::catalog::find(c.indicator)?;
            let worse = match def.better {
                super::catalog::Better::Higher => c.direction == "down",
                super::catalog::Better::Lower => c.direction == "up",
                super::catalog::Better::Neither => false,
            };
            Some((c, worse))
        })
        .collect();
    found.sort_by(|a, b| {
        b.1.cmp(&a.1).then(
            a.0.p_adjusted
                .unwrap_or(1.0)
                .total_cmp(&b.0.p_adjusted.unwrap_or(1.0)),
        )
    });
    found
        .into_iter()
        .take(SIGNIFICANT_SHOWN)
        .map(|(c, worse)| {
            let def = super::catalog::find(c.indicator).expect("checked above");
            let who = if c.segment_value.is_empty() {
                if zh {
                    "全体".to_string()
                } else {
                    "all respondents".to_string()
                }
            } else {
                c.segment_value.clone()
            };
            let name = def.name(project.language);
            let against = match (c.against, zh) {
                ("previous", true) => "较上月",
                ("previous", false) => "against the previous month",
                (_, true) => "较去年同月",
                (_, false) => "against the same month last year",
            };
            let (verb_zh, verb_en) = if c.direction == "up" {
                ("上升", "rose")
            } else {
                ("下降", "fell")
            };
            let p = c.p_adjusted.unwrap_or(1.0);
            Item {
                severity: if worse { 2 } else { 1 },
                title: if zh {
                    format!("{who}：{name}{against}显著{verb_zh}")
                } else {
                    format!("{who}: {name} {verb_en} significantly {against}")
                },
                detail: {
                    let numbers = format!(
                        "{:.2} → {:.2}, n = {} / {}",
                        c.base_value.unwrap_or(f64::NAN),
                        c.value.unwrap_or(f64::NAN),
                        c.base_n.unwrap_or(0),
                        c.n
                    );
                    if zh {
                        format!("{numbers}，校正 p = {p:.3}。")
                    } else {
                        format!("{numbers}, adjusted p = {p:.3}.")
                    }
                },
                anchor: if c.segment == super::ALL {
                    "significance-all".into()
                } else {
                    format!("significance-{}", c.segment)
                },
                page: Some(crate::plan::analysis_path(month)),
            }
        })
        .collect()
}
