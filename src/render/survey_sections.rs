//! The context of a month's service-quality analysis page: key figures, the
//! tested changes (with the test used and both p-values), reliability,
//! loyalty and the survey charts; and the short summary the month's report
//! shows with a link to it.

use super::contexts::{
    AlphaCell, AnalysisPage, AnalysisSummary, ComparisonRow, Comparisons, KeyFact, LowAlpha,
    LoyaltyRow, ReliabilityRow, SegmentComparisons, SurveyChecks,
};
use super::format;
use super::survey_charts;
use crate::catalog;
use crate::catalog::Id;
use crate::indicators::significance::{Against, Comparison, Direction, Test};
use crate::indicators::{Coordinates, Group, Indicators};
use crate::messages::static_words;
use crate::msg;
use crate::period::{Month, Period};
use crate::plan::analysis_path;
use crate::project::{Language, Project};

/// Key figures of all respondents in the month, as (name, value, note).
const FACTS: &[Id] = &[
    id!("cs_index"),
    id!("servqual_gap"),
    id!("servqual_weighted"),
    id!("ces"),
    id!("driver_r2"),
    id!("retention_rate"),
    id!("churn_rate"),
];

/// A figure formatted with its unit, or None when the table has no such row.
fn fact(ind: &Indicators, id: Id, period: Period, lang: Language) -> Option<KeyFact> {
    let def = id.def();
    let o = ind.get(id, period, &Group::all(), "")?;
    let mut note = format!("n = {}", o.n);
    if id == id!("cs_index")
        && let Some(level) = ind.get(id!("cs_level"), period, &Group::all(), "")
    {
        note = format!("{} · {note}", level_label(&level.label, lang));
    }
    if id == id!("driver_r2") {
        note = format!("{} · {note}", static_words("sv-last-three-months", lang));
    }
    Some(KeyFact {
        name: def.name(lang),
        value: format::value(def, o.value),
        note,
    })
}

/// The words of a verbal CS level.
pub fn level_label(id: &str, lang: Language) -> &str {
    match id {
        "very_dissatisfied" => static_words("sv-very-dissatisfied", lang),
        "dissatisfied" => static_words("sv-dissatisfied", lang),
        "not_very_satisfied" => static_words("sv-not-very-satisfied", lang),
        "neutral" => static_words("sv-neutral", lang),
        "fairly_satisfied" => static_words("sv-fairly-satisfied", lang),
        "satisfied" => static_words("sv-satisfied", lang),
        "very_satisfied" => static_words("sv-very-satisfied", lang),
        other => other,
    }
}

pub(super) fn test_label(test: Test, lang: Language) -> &'static str {
    match test {
        Test::WelchT => static_words("sv-welch-t-test", lang),
        Test::TwoProportionZ => static_words("sv-two-proportion-z-test", lang),
        Test::NpsDifference => static_words("sv-nps-difference-z-test", lang),
        Test::Anova => static_words("sv-one-way-anova", lang),
    }
}

fn p_text(p: Option<f64>) -> String {
    p.map_or_else(|| "–".into(), super::format::p_value)
}

/// One comparison as a table row.
fn comparison_row(c: &Comparison, segment: String, lang: Language) -> ComparisonRow {
    let def = c.indicator.def();
    let against = match c.against {
        Against::Previous => static_words("sv-previous-month", lang),
        Against::LastYear => static_words("sv-same-month-last-year", lang),
        Against::SegmentValues => static_words("sv-across-values", lang),
    };
    let flag = match (c.significant, c.direction, c.low_base) {
        (true, Direction::Up, _) => static_words("sv-significantly-up", lang),
        (true, Direction::Down, _) => static_words("sv-significantly-down", lang),
        (true, _, _) => static_words("sv-significant-difference", lang),
        (false, _, true) => static_words("sv-low-base-not-tested-for-a", lang),
        _ => "",
    };
    let tone = match (c.significant, c.direction, def.better) {
        (true, Direction::Up, catalog::Better::Higher)
        | (true, Direction::Down, catalog::Better::Lower) => "good",
        (true, Direction::Up, catalog::Better::Lower)
        | (true, Direction::Down, catalog::Better::Higher) => "bad",
        (true, _, _) => "neutral",
        _ => "",
    };
    ComparisonRow {
        indicator: def.name(lang).to_string(),
        segment,
        segment_value: c.segment_value.clone(),
        against,
        base_period: c.base_period.map(|p| p.to_string()).unwrap_or_default(),
        value: if c.test == Test::Anova {
            c.value.map_or("–".into(), |v| format!("η² = {v:.3}"))
        } else {
            format::value(def, c.value)
        },
        base_value: format::value(def, c.base_value),
        difference: format::change(def, c.difference, lang),
        n: c.n,
        base_n: c.base_n,
        test: test_label(c.test, lang),
        statistic: c.statistic.map_or("–".into(), |s| format!("{s:.2}")),
        df: c
            .df
            .split('/')
            .map(|d| {
                d.parse::<f64>()
                    .map_or(d.to_string(), |v| format!("{v:.0}"))
            })
            .collect::<Vec<_>>()
            .join("/"),
        p: p_text(c.p),
        p_adjusted: p_text(c.p_adjusted),
        flag,
        tone,
        low_base: c.low_base,
    }
}

/// The comparisons of one month, grouped as the page shows them.
fn comparisons(project: &Project, ind: &Indicators, month: Month) -> Comparisons {
    let lang = project.language;
    let period = Period::Month(month);
    let of_month: Vec<&Comparison> = ind
        .comparisons
        .iter()
        .filter(|c| c.period == period)
        .collect();
    let overall = of_month
        .iter()
        .filter(|c| c.segment == crate::indicators::ALL)
        .map(|c| comparison_row(c, String::new(), lang))
        .collect();
    let segments = project
        .segments
        .iter()
        .filter_map(|s| {
            let rows: Vec<ComparisonRow> = of_month
                .iter()
                .filter(|c| c.segment == s.id && c.test != Test::Anova)
                .map(|c| comparison_row(c, String::new(), lang))
                .collect();
            let flagged = of_month
                .iter()
                .filter(|c| c.segment == s.id && c.test != Test::Anova && c.significant)
                .count();
            (!rows.is_empty()).then(|| SegmentComparisons {
                id: s.id.clone(),
                label: s.label.clone(),
                rows,
                flagged,
            })
        })
        .collect();
    let anova = of_month
        .iter()
        .filter(|c| c.test == Test::Anova)
        .map(|c| {
            let label = project
                .segments
                .iter()
                .find(|s| s.id == c.segment)
                .map_or(c.segment.clone(), |s| s.label.clone());
            comparison_row(c, label, lang)
        })
        .collect();
    let tested = of_month.iter().filter(|c| c.p.is_some()).count();
    let flagged = of_month.iter().filter(|c| c.significant).count();
    let level = project.analysis.significance_level;
    let low = project.analysis.low_base;
    let method = msg!(
        "sv-method",
        tested = tested.to_string(),
        flagged = flagged.to_string(),
        level = level.to_string(),
        low = low.to_string()
    )
    .render(lang);
    Comparisons {
        overall,
        segments,
        anova,
        method,
    }
}

/// Cronbach's alpha of each dimension and block in the month.
fn reliability(ind: &Indicators, month: Month) -> Vec<ReliabilityRow> {
    let period = Period::Month(month);
    let all = Group::all();
    ind.dimensions
        .iter()
        .filter_map(|(id, label)| {
            let alpha = |block: &str| {
                let at = Coordinates {
                    dimension: id.clone(),
                    item: String::new(),
                    key: block.into(),
                };
                ind.get_at(id!("cronbach_alpha"), period, &all, &at)
                    .and_then(|o| o.value)
            };
            let values = ["perception", "expectation", "gap"].map(alpha);
            values.iter().any(Option::is_some).then(|| {
                let cells = values
                    .iter()
                    .map(|v| AlphaCell {
                        value: v.map_or("–".into(), |v| format!("{v:.3}")),
                        low: v.is_some_and(|v| v < RELIABLE),
                    })
                    .collect();
                ReliabilityRow {
                    dimension: label.clone(),
                    cells,
                }
            })
        })
        .collect()
}

/// Alpha below this is flagged as an unreliable scale (the usual convention).
pub const RELIABLE: f64 = 0.7;

/// The satisfaction-loyalty quadrants of all respondents in the month.
fn loyalty(ind: &Indicators, month: Month, lang: Language) -> Vec<LoyaltyRow> {
    let period = Period::Month(month);
    ["loyalist", "mercenary", "hostage", "defector"]
        .iter()
        .filter_map(|&q| {
            let o = ind.get(id!("loyalty_quadrant"), period, &Group::all(), q)?;
            let (name, meaning) = match q {
                "loyalist" => (
                    static_words("sv-loyalists", lang),
                    static_words("sv-satisfied-and-would-recommend", lang),
                ),
                "mercenary" => (
                    static_words("sv-mercenaries", lang),
                    static_words("sv-satisfied-would-not-recommend", lang),
                ),
                "hostage" => (
                    static_words("sv-hostages", lang),
                    static_words("sv-not-satisfied-would-still-recommend", lang),
                ),
                _ => (
                    static_words("sv-defectors", lang),
                    static_words("sv-neither-satisfied-nor-recommending", lang),
                ),
            };
            Some(LoyaltyRow {
                name,
                meaning,
                value: o.value.map_or("–".into(), |v| format!("{v:.1}%")),
                n: o.n,
            })
        })
        .collect()
}

/// The analysis page of a month.
pub fn analysis(project: &Project, ind: &Indicators, month: Month) -> AnalysisPage {
    let lang = project.language;
    let period = Period::Month(month);
    let charts = survey_charts::charts(ind, month, lang)
        .into_iter()
        .map(|c| super::pages::chart_view(c, 2, ""))
        .collect();
    let mut facts: Vec<KeyFact> = FACTS
        .iter()
        .filter_map(|&id| fact(ind, id, period, lang))
        .collect();
    if let Some(r) = fact(ind, id!("repurchase_rate"), Period::Trailing(month), lang) {
        facts.push(r);
    }
    AnalysisPage {
        month: month.to_string(),
        report: crate::plan::report_path(month),
        facts,
        comparisons: comparisons(project, ind, month),
        charts,
        reliability: reliability(ind, month),
        reliable: RELIABLE,
        loyalty: loyalty(ind, month, lang),
    }
}

/// The report's short summary of the month's analysis, with its link.
pub fn summary(project: &Project, ind: &Indicators, month: Month) -> Option<AnalysisSummary> {
    if ind.items.is_empty() {
        return None;
    }
    let lang = project.language;
    let period = Period::Month(month);
    let facts: Vec<KeyFact> = [id!("cs_index"), id!("servqual_gap"), id!("ces")]
        .iter()
        .filter_map(|&id| fact(ind, id, period, lang))
        .collect();
    let flagged = ind
        .comparisons
        .iter()
        .filter(|c| c.period == period && c.significant)
        .count();
    let text = msg!("sv-summary", flagged = flagged.to_string()).render(lang);
    Some(AnalysisSummary {
        facts,
        text,
        path: analysis_path(month),
    })
}

/// Survey checks for the data-quality page: the dimension blocks whose alpha
/// fell below `RELIABLE` (with the months), and answers with adequate above
/// desired service.
pub fn quality_checks(ind: &Indicators) -> SurveyChecks {
    let monthly = |o: &&crate::indicators::Observation| {
        matches!(o.period, Period::Month(_)) && o.segment == crate::indicators::ALL
    };
    let mut low: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut blocks = 0;
    for o in ind.of(id!("cronbach_alpha")).iter().filter(monthly) {
        blocks += 1;
        let Some(alpha) = o.value.filter(|&a| a < RELIABLE) else {
            continue;
        };
        let month = format!("{} ({alpha:.3})", o.period);
        match low
            .iter_mut()
            .find(|(d, b, _)| *d == o.dimension && *b == o.key)
        {
            Some((_, _, months)) => months.push(month),
            None => low.push((o.dimension.to_string(), o.key.to_string(), vec![month])),
        }
    }
    let flagged: usize = low.iter().map(|l| l.2.len()).sum();
    let (inconsistent, pairs) = ind
        .of(id!("zot_inconsistent"))
        .iter()
        .filter(monthly)
        .fold((0.0, 0), |(x, n), o| {
            (x + o.value.unwrap_or(0.0) / 100.0 * o.n as f64, n + o.n)
        });
    SurveyChecks {
        alpha_blocks: blocks,
        alpha_flagged: flagged,
        alpha_low: low
            .into_iter()
            .map(|(d, block, months)| LowAlpha {
                dimension: ind.dimension_label(&d).to_string(),
                block,
                months: months.join(", "),
            })
            .collect(),
        reliable: RELIABLE,
        zone_inconsistent: inconsistent.round() as u64,
        zone_pairs: pairs,
    }
}
