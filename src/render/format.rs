//! Number formatting for the site: values with their unit and changes with a
//! sign, in the handbook's language. Exports never go through here; they keep
//! full precision.

use crate::catalog::{Definition, Unit};
use crate::project::Language;

/// Groups thousands with commas: 12345 -> "12,345".
fn group_thousands(int: &str) -> String {
    let (sign, digits) = int.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", int));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// How a data code reads on a page: its display name from the project's
/// `labels:` for that segment or breakdown field, else the code itself.
pub fn code<'a>(project: &'a crate::project::Project, field: &str, code: &'a str) -> &'a str {
    project
        .labels
        .get(field)
        .and_then(|names| names.get(code))
        .map_or(code, String::as_str)
}

/// A p-value as tables and sentences print it: "< 0.001" rather than 0.000.
pub fn p_value(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".into()
    } else {
        format!("{p:.3}")
    }
}

/// A p-value after "p" in a sentence: "< 0.001", "= 0.012".
pub fn p_relation(p: f64) -> String {
    if p < 0.001 {
        p_value(p)
    } else {
        format!("= {}", p_value(p))
    }
}

/// A file size: "812 B", "48.3 KB", "1.2 MB" (decimal units, as browsers show).
pub fn size(bytes: usize) -> String {
    match bytes {
        b if b < 1_000 => format!("{b} B"),
        b if b < 1_000_000 => format!("{} KB", fixed(b as f64 / 1e3, 1)),
        b => format!("{} MB", fixed(b as f64 / 1e6, 1)),
    }
}

/// A whole count with thousands separated: "33,000".
pub fn count(n: u64) -> String {
    group_thousands(&n.to_string())
}

pub fn fixed(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    // "-0.0" reads as a change where there is none.
    let s = if s
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        s.trim_start_matches('-').to_string()
    } else {
        s
    };
    match s.split_once('.') {
        Some((int, frac)) => format!("{}.{frac}", group_thousands(int)),
        None => group_thousands(&s),
    }
}

/// A value with its unit: "1,024", "5.62", "81.2%", "32.5".
pub fn value(def: &Definition, value: Option<f64>) -> String {
    let Some(v) = value else { return "–".into() };
    // One minus sign on every page: U+2212, as in the changes.
    let number = fixed(v, def.decimals).replacen('-', "−", 1);
    match def.unit {
        Unit::Percent => format!("{number}%"),
        _ => number,
    }
}

/// A signed change: "+3.1", "−12", "+1.2 pp" (percentage points).
pub fn change(def: &Definition, delta: Option<f64>, lang: Language) -> String {
    let Some(d) = delta else { return "–".into() };
    let body = fixed(d.abs(), def.decimals);
    let sign = if body.chars().all(|c| c == '0' || c == '.' || c == ',') {
        "±"
    } else if d > 0.0 {
        "+"
    } else {
        "−"
    };
    let unit = match def.unit {
        Unit::Percent => crate::messages::static_words("unit-pp", lang),
        _ => "",
    };
    format!("{sign}{body}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::find;

    #[test]
    fn values_and_changes() {
        let nps = find("nps").unwrap();
        let csat = find("csat").unwrap();
        let responses = find("responses").unwrap();
        assert_eq!(value(responses, Some(12345.0)), "12,345");
        assert_eq!(value(csat, Some(81.25)), "81.2%");
        assert_eq!(value(nps, Some(-3.04)), "−3.0");
        assert_eq!(value(nps, Some(-0.04)), "0.0");
        assert_eq!(value(nps, None), "–");
        assert_eq!(change(nps, Some(3.06), Language::En), "+3.1");
        assert_eq!(change(nps, Some(-0.04), Language::En), "±0.0");
        assert_eq!(change(csat, Some(-1.25), Language::ZhCn), "−1.2 个百分点");
        assert_eq!(change(responses, Some(-1234.0), Language::En), "−1,234");
    }
}
