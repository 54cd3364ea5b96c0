//! The attention items in words, in the handbook's language: a sentence with
//! the numbers, the test or rule behind it for a details element, and the
//! page and chart that show the evidence.

use serde::Serialize;

use super::format;
use crate::catalog;
use crate::indicators::attention::{Finding, Item};
use crate::indicators::significance::Against;
use crate::indicators::spc::charts as spc_charts;
use crate::indicators::{ALL, Indicators};
use crate::messages::Message;
use crate::msg;
use crate::period::Month;
use crate::plan::{analysis_path, complaints_path};
use crate::project::{Language, Project, RuleSet};

/// One item as a page shows it.
#[derive(Clone, Debug, Serialize)]
pub struct Shown {
    /// 3 = act now, 2 = look into it, 1 = keep an eye on it.
    pub severity: u8,
    pub sentence: String,
    /// The test or the run rules behind it, with their numbers.
    pub basis: String,
    /// The page that shows it, from the site root; none for the month's report.
    pub page: Option<String>,
    /// The id of the chart or table on that page.
    pub anchor: String,
}

/// The items of `month`, in words.
pub fn shown(project: &Project, ind: &Indicators, month: Month) -> Vec<Shown> {
    let lang = project.language;
    ind.attention
        .get(&month)
        .into_iter()
        .flatten()
        .map(|item| words(project, month, item, lang))
        .collect()
}

fn words(project: &Project, month: Month, item: &Item, lang: Language) -> Shown {
    let (sentence, basis, page, anchor) = match &item.finding {
        Finding::TargetMissed {
            indicator,
            value,
            target,
            n,
        } => {
            let def = indicator.def();
            let above = def.better == catalog::Better::Lower;
            let sentence = msg!(
                "attention-target",
                name = def.name(lang),
                value = format::value(def, Some(*value)),
                target = format::value(def, Some(*target)),
                above = if above { "yes" } else { "no" },
                n = format::count(*n)
            );
            let (page, anchor) = super::pages::trend_place(*indicator, month);
            (sentence, msg!("attention-target-basis"), page, anchor)
        }
        Finding::Signal {
            chart,
            rules,
            value,
            center,
        } => {
            let decimals = if chart == spc_charts::P_DISSATISFIED {
                4
            } else {
                1
            };
            let number = |v: &Option<f64>| {
                v.map(|v| format::fixed(v, decimals))
                    .unwrap_or_else(|| "–".into())
            };
            let meaning = rule_message(project.spc.rules, rules[0]);
            let sentence = msg!(
                "attention-signal",
                chart = super::complaint_charts::control_title(chart, lang),
                meaning = meaning,
                value = number(value),
                center = number(center)
            );
            let basis = msg!(
                "attention-signal-basis",
                rules = rules
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                set = match project.spc.rules {
                    RuleSet::Nelson => "Nelson",
                    RuleSet::WesternElectric => "Western Electric",
                },
                meanings = rules
                    .iter()
                    .map(|&r| rule_message(project.spc.rules, r).render(lang))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            // The survey's chart is on the report, the complaints' on their page.
            let page = (chart != spc_charts::P_DISSATISFIED).then(|| complaints_path(month));
            (sentence, basis, page, format!("spc-{chart}"))
        }
        Finding::Surge {
            category,
            before,
            now,
            count,
            p,
        } => {
            let sentence = msg!(
                "attention-surge",
                category = format::code(project, "category", category),
                before = format!("{}%", format::fixed(*before, 1)),
                now = format!("{}%", format::fixed(*now, 1)),
                count = format::count(*count)
            );
            let basis = msg!("attention-surge-basis", p = format::p_relation(*p));
            let page = Some(complaints_path(month));
            (sentence, basis, page, "pareto-category".to_string())
        }
        Finding::Change {
            comparison: c,
            worse: _,
        } => {
            let def = c.indicator.def();
            let who = if c.segment == ALL {
                msg!("attention-everyone")
            } else {
                Message::Text(format::code(project, &c.segment, &c.segment_value).to_string())
            };
            let sentence = msg!(
                "attention-change",
                who = who,
                name = def.name(lang),
                value = format::value(def, c.value),
                base = format::value(def, c.base_value),
                against = match c.against {
                    Against::Previous => "previous",
                    Against::LastYear => "last_year",
                    Against::SegmentValues => "segment_values",
                },
                n = format::count(c.n)
            );
            let basis = msg!(
                "attention-change-basis",
                test = super::survey_sections::test_label(c.test, lang),
                p = format::p_relation(c.p_adjusted.unwrap_or(1.0))
            );
            let anchor = if c.segment == ALL {
                "significance-all".to_string()
            } else {
                format!("significance-{}", c.segment)
            };
            (sentence, basis, Some(analysis_path(month)), anchor)
        }
    };
    Shown {
        severity: item.severity,
        sentence: sentence.render(lang),
        basis: basis.render(lang),
        page,
        anchor,
    }
}

/// What a rule number means in the chosen rule set.
fn rule_message(rules: RuleSet, rule: u8) -> Message {
    let nelson = |r: u8| match r {
        1 => msg!("rule-nelson-1"),
        2 => msg!("rule-nelson-2"),
        3 => msg!("rule-nelson-3"),
        4 => msg!("rule-nelson-4"),
        5 => msg!("rule-nelson-5"),
        6 => msg!("rule-nelson-6"),
        7 => msg!("rule-nelson-7"),
        8 => msg!("rule-nelson-8"),
        _ => Message::none(),
    };
    match (rules, rule) {
        (RuleSet::Nelson, r) => nelson(r),
        (RuleSet::WesternElectric, 2) => nelson(5),
        (RuleSet::WesternElectric, 3) => nelson(6),
        (RuleSet::WesternElectric, 4) => msg!("rule-we-4"),
        (RuleSet::WesternElectric, r) => nelson(r),
    }
}
