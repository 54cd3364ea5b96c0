//! Chart titles that state what a chart shows ("CSAT fell to 41.5 %, the
//! lowest in 24 months"), with the metric's name left for the subtitle. Each
//! reads the same numbers its chart draws, so a title can never disagree with
//! its chart.

use super::format;
use crate::catalog::{Better, Definition};
use crate::msg;
use crate::project::Language;

/// The fewest months of history before a value is called the highest or
/// lowest "in N months": fewer would make every second month a record.
const RECORD_MONTHS: usize = 12;

/// The title of a trend: where the latest value moved, whether it is a
/// record of the drawn months, and how it stands against the target.
/// `values` are oldest first; the last is the month of the report.
pub fn trend(
    def: &Definition,
    values: &[Option<f64>],
    target: Option<f64>,
    lang: Language,
) -> Option<String> {
    let (&last, earlier) = values.split_last()?;
    let now = last?;
    // Compared at the precision the page shows, so that "rose" never sits
    // beside two equal numbers.
    let shown = |v: f64| (v * 10f64.powi(def.decimals as i32)).round();
    let before = earlier.last().copied().flatten();
    let movement = match before.map(|b| shown(now).total_cmp(&shown(b))) {
        Some(std::cmp::Ordering::Greater) => "up",
        Some(std::cmp::Ordering::Less) => "down",
        Some(std::cmp::Ordering::Equal) => "flat",
        None => "none",
    };
    let history: Vec<f64> = earlier.iter().flatten().copied().collect();
    let record = if history.len() + 1 < RECORD_MONTHS {
        "none"
    } else if history.iter().all(|&h| shown(now) > shown(h)) {
        "high"
    } else if history.iter().all(|&h| shown(now) < shown(h)) {
        "low"
    } else {
        "none"
    };
    let standing = match target {
        None => "none",
        Some(t) if meets(def, now, t) => "met",
        Some(_) => "missed",
    };
    Some(
        msg!(
            "headline-trend",
            name = def.name(lang),
            value = format::value(def, Some(now)),
            movement = movement,
            record = record,
            months = history.len() + 1,
            standing = standing,
            target = format::value(def, target)
        )
        .render(lang),
    )
}

/// Whether `value` meets `target` for an indicator that is better `def.better`.
pub(super) fn meets(def: &Definition, value: f64, target: f64) -> bool {
    match def.better {
        Better::Lower => value <= target,
        _ => value >= target,
    }
}

/// The title of a chart of segment values: the weakest value with its base,
/// and how many values miss the target (or fall below the overall figure
/// when there is no target).
pub fn segments(
    def: &Definition,
    segment: &str,
    rows: &[(String, Option<f64>, u64)],
    target: Option<f64>,
    overall: Option<f64>,
    lang: Language,
) -> Option<String> {
    let defined: Vec<(&str, f64, u64)> = rows
        .iter()
        .filter_map(|(name, v, n)| v.map(|v| (name.as_str(), v, *n)))
        .collect();
    let worst = defined.iter().copied().min_by(|a, b| match def.better {
        Better::Lower => b.1.total_cmp(&a.1),
        _ => a.1.total_cmp(&b.1),
    })?;
    let (mark, against) = match (target, overall) {
        (Some(t), _) => ("target", t),
        (None, Some(o)) => ("overall", o),
        (None, None) => ("none", 0.0),
    };
    let behind = defined
        .iter()
        .filter(|r| mark != "none" && !meets(def, r.1, against))
        .count();
    Some(
        msg!(
            "headline-segments",
            segment = segment,
            worst = worst.0,
            value = format::value(def, Some(worst.1)),
            n = format::count(worst.2),
            mark = mark,
            behind = behind,
            count = defined.len(),
            reference = format::value(def, Some(against))
        )
        .render(lang),
    )
}

/// The title of a Pareto chart: how few categories make up the bulk.
/// `rows` are (name, share 0-1, vital) in descending order.
pub fn pareto(breakdown: &str, rows: &[(String, f64, bool)], lang: Language) -> Option<String> {
    let first = rows.first()?;
    let vital = rows.iter().filter(|r| r.2).count();
    Some(
        msg!(
            "headline-pareto",
            breakdown = breakdown,
            first = first.0.as_str(),
            share = format!("{}%", format::fixed(100.0 * first.1, 0)),
            vital = vital,
            count = rows.len()
        )
        .render(lang),
    )
}

/// The title of a control chart: whether the latest month signals, else how
/// many of the drawn months did. `signals` holds one flag per drawn month,
/// the last being the month of the report.
pub fn control(signals: &[bool], month: &str, lang: Language) -> Option<String> {
    let latest = *signals.last()?;
    let count = signals.iter().filter(|&&s| s).count();
    Some(
        msg!(
            "headline-control",
            latest = if latest { "yes" } else { "no" },
            month = month,
            count = count,
            months = signals.len()
        )
        .render(lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    fn def(id: &str) -> &'static Definition {
        catalog::Id::parse(id).unwrap().def()
    }

    #[test]
    fn a_trend_title_says_the_move_the_record_and_the_target() {
        let mut values: Vec<Option<f64>> = (0..12).map(|i| Some(60.0 + i as f64)).collect();
        values.push(Some(41.46));
        let t = trend(def("csat"), &values, Some(60.0), Language::En).unwrap();
        assert_eq!(
            t,
            "CSAT (top-2-box) fell to 41.5%, the lowest in 13 months; target of 60.0% missed"
        );
        let t = trend(def("csat"), &values, Some(60.0), Language::ZhCn).unwrap();
        assert_eq!(t, "满意率 (CSAT)降至 41.5%，13 个月来最低；未达目标 60.0%");
        // Too short a history for a record; no target.
        let t = trend(def("csat"), &[Some(50.0), Some(55.0)], None, Language::En).unwrap();
        assert_eq!(t, "CSAT (top-2-box) rose to 55.0%");
        // Equal at the shown precision: held.
        let t = trend(def("csat"), &[Some(50.01), Some(50.02)], None, Language::En).unwrap();
        assert_eq!(t, "CSAT (top-2-box) held at 50.0%");
    }

    #[test]
    fn complaints_below_their_target_meet_it() {
        let t = trend(
            def("complaints"),
            &[Some(230.0), Some(180.0)],
            Some(200.0),
            Language::En,
        )
        .unwrap();
        assert!(t.ends_with("; target of 200 met"), "{t}");
    }

    #[test]
    fn a_segment_title_names_the_weakest_with_its_base() {
        let rows = vec![
            ("North".to_string(), Some(70.0), 300),
            ("South".to_string(), Some(41.5), 217),
            ("East".to_string(), None, 3),
            ("West".to_string(), Some(58.0), 150),
        ];
        let t = segments(def("csat"), "region", &rows, Some(60.0), None, Language::En).unwrap();
        assert_eq!(
            t,
            "Weakest region: South at 41.5% (n = 217); 2 of 3 miss the target of 60.0%"
        );
    }

    #[test]
    fn pareto_and_control_titles() {
        let rows = vec![
            ("Late".to_string(), 0.55, true),
            ("Rude".to_string(), 0.3, true),
            ("Other".to_string(), 0.15, false),
        ];
        assert_eq!(
            pareto("content", &rows, Language::En).unwrap(),
            "Late leads with 55% of complaints; 2 of 3 content values make up 80%"
        );
        assert_eq!(
            control(&[false, true, false, true], "2026-09", Language::En).unwrap(),
            "Signal in 2026-09 (2 of the 4 months shown)"
        );
        assert_eq!(
            control(&[false, false], "2026-09", Language::En).unwrap(),
            "No signal in 2026-09 (0 of the 2 months shown)"
        );
    }
}
