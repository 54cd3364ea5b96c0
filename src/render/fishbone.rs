//! Cause-and-effect (fishbone, Ishikawa) diagrams written in commentary as a
//! fenced block and drawn as inline SVG at build time:
//!
//! ````markdown
//! ```fishbone
//! effect: 上门超时投诉激增
//! method:
//!   - 派单未预留路程时间
//!   - cause: 路程时间模型未校正
//!     causes: [供应商延期交付]
//! machine: [新派单系统故障]
//! ```
//! ````
//!
//! The branches are the six of 5M1E (people, method, machine, material,
//! environment, measurement); a cause is a text or a `cause` with its own
//! `causes`, to any depth.

use std::fmt::Write;

use serde::Deserialize;

use crate::messages::{Message, static_words};
use crate::msg;
use crate::project::Language;

/// A cause: plain text, or a text with sub-causes.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Cause {
    Text(String),
    Nested(Nested),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Nested {
    cause: String,
    #[serde(default)]
    causes: Vec<Cause>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Diagram {
    effect: String,
    #[serde(default)]
    people: Vec<Cause>,
    #[serde(default)]
    method: Vec<Cause>,
    #[serde(default)]
    machine: Vec<Cause>,
    #[serde(default)]
    material: Vec<Cause>,
    #[serde(default)]
    environment: Vec<Cause>,
    #[serde(default)]
    measurement: Vec<Cause>,
}

/// A problem in a diagram block: the line inside the block and the message.
pub type BlockError = (u64, Message);

const LINE: f64 = 20.0;
const MIN_COLUMN: f64 = 160.0;
const EFFECT_WIDTH: f64 = 170.0;

fn escape(s: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// Flattens causes into (depth, text) lines.
fn lines(causes: &[Cause], depth: usize, out: &mut Vec<(usize, String)>) {
    for c in causes {
        match c {
            Cause::Text(t) => out.push((depth, t.clone())),
            Cause::Nested(n) => {
                out.push((depth, n.cause.clone()));
                lines(&n.causes, depth + 1, out);
            }
        }
    }
}

/// Parses a block and draws it; errors carry the line inside the block.
pub fn render(source: &str, lang: Language) -> Result<String, BlockError> {
    let d: Diagram = crate::yaml::parse(source, std::path::Path::new(""), 0).map_err(|p| {
        (
            p.line.unwrap_or(1),
            // serde's words for a value that is neither form of a cause.
            match p.message.as_ref() {
                Message::Text(t) if t.contains("untagged enum Cause") => {
                    msg!("fishbone-bad-cause")
                }
                _ => *p.message,
            },
        )
    })?;
    if d.effect.trim().is_empty() {
        return Err((1, msg!("fishbone-no-effect")));
    }
    let branches: Vec<(&str, Vec<(usize, String)>)> = [
        (static_words("fishbone-people", lang), &d.people),
        (static_words("fishbone-method", lang), &d.method),
        (static_words("fishbone-machine", lang), &d.machine),
        (static_words("fishbone-material", lang), &d.material),
        (static_words("fishbone-environment", lang), &d.environment),
        (static_words("fishbone-measurement", lang), &d.measurement),
    ]
    .into_iter()
    .filter(|(_, c)| !c.is_empty())
    .map(|(label, causes)| {
        let mut l = Vec::new();
        lines(causes, 0, &mut l);
        (label, l)
    })
    .collect();
    if branches.is_empty() {
        return Err((1, msg!("fishbone-no-causes")));
    }
    Ok(draw(&d.effect, &branches))
}

/// Approximate width in pixels at 13 px: CJK characters are square, others about half.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 7.5 } else { 13.0 })
        .sum()
}

/// Splits text into lines of about `width` columns (a CJK character is two).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut used = 0;
    for c in text.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if used + w > width && !lines.last().is_some_and(String::is_empty) {
            lines.push(String::new());
            used = 0;
        }
        lines.last_mut().expect("never empty").push(c);
        used += w;
    }
    lines
}

/// Top branches above the spine, bottom ones below, each a diagonal bone with
/// its causes as short horizontal ribs.
fn draw(effect: &str, branches: &[(&str, Vec<(usize, String)>)]) -> String {
    // Each column holds a top and a bottom branch and is as wide as its
    // longest cause, so that text never runs into the next bone.
    let widths: Vec<f64> = branches
        .chunks(2)
        .map(|pair| {
            let longest = pair
                .iter()
                .flat_map(|b| &b.1)
                .map(|(d, t)| text_width(t) + *d as f64 * 14.0)
                .fold(0.0, f64::max);
            (longest + 80.0).max(MIN_COLUMN)
        })
        .collect();
    let tallest = branches.iter().map(|b| b.1.len()).max().unwrap_or(1) as f64;
    let half = 40.0 + tallest * LINE;
    let width = widths.iter().sum::<f64>() + EFFECT_WIDTH + 40.0;
    let height = 2.0 * half + 40.0;
    let spine = half + 20.0;
    let mut svg = String::new();
    let label = escape(effect);
    let _ = write!(
        svg,
        r#"<figure class="fishbone"><svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{label}" font-size="13" stroke-linecap="round"><title>{label}</title>"#
    );
    let _ = write!(
        svg,
        r#"<line x1="10" y1="{spine}" x2="{}" y2="{spine}" stroke="currentColor" stroke-width="3"/>"#,
        width - EFFECT_WIDTH - 10.0
    );
    let box_x = width - EFFECT_WIDTH - 10.0;
    let _ = write!(
        svg,
        r#"<rect x="{box_x}" y="{}" width="{EFFECT_WIDTH}" height="64" rx="6" fill="none" stroke="currentColor" stroke-width="2"/>"#,
        spine - 32.0
    );
    let wrapped = wrap(effect, 18);
    let first = spine + 5.0 - (wrapped.len() as f64 - 1.0) * 9.0;
    for (k, part) in wrapped.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="middle" font-weight="bold" fill="currentColor">{}</text>"#,
            box_x + EFFECT_WIDTH / 2.0,
            first + k as f64 * 18.0,
            escape(part)
        );
    }
    for (i, (name, causes)) in branches.iter().enumerate() {
        let top = i % 2 == 0;
        let x_spine = 30.0 + widths[..=i / 2].iter().sum::<f64>() - 40.0;
        let x_end = x_spine - 60.0;
        let y_end = if top { 20.0 } else { height - 20.0 };
        let _ = write!(
            svg,
            r#"<line x1="{x_spine}" y1="{spine}" x2="{x_end}" y2="{y_end}" stroke="currentColor" stroke-width="2"/>"#
        );
        let label_y = if top { 14.0 } else { height - 4.0 };
        let _ = write!(
            svg,
            r#"<text x="{}" y="{label_y}" text-anchor="middle" font-weight="bold" fill="currentColor">{}</text>"#,
            x_end,
            escape(name)
        );
        for (k, (depth, text)) in causes.iter().enumerate() {
            // Ribs run from the spine outward, evenly along the bone.
            let step = (k + 1) as f64 * LINE;
            let y = if top {
                spine - 12.0 - step
            } else {
                spine + 12.0 + step - 6.0
            };
            let t = (spine - y).abs() / (spine - y_end).abs();
            let x_bone = x_spine + (x_end - x_spine) * t;
            let x_text = x_bone - 6.0 - *depth as f64 * 14.0;
            let _ = write!(
                svg,
                r#"<line x1="{}" y1="{y}" x2="{x_bone}" y2="{y}" stroke="currentColor" stroke-opacity="0.5"/><text class="depth-{}" x="{}" y="{}" text-anchor="end" fill="currentColor">{}</text>"#,
                x_text,
                depth.min(&3),
                x_text - 2.0,
                y + 4.0,
                escape(text)
            );
        }
    }
    svg.push_str("</svg></figure>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_every_cause_at_any_depth() {
        let src = "effect: Late visits <surge>\nmethod:\n  - No travel buffer\n  - cause: Travel model\n    causes:\n      - cause: Vendor late\n        causes: [Contract unclear]\nmachine: [Dispatch bug]\n";
        let svg = render(src, Language::En).unwrap();
        for text in [
            "Late visits &lt;surge&gt;",
            "No travel buffer",
            "Travel model",
            "Vendor late",
            "Contract unclear",
            "Dispatch bug",
            "Method",
            "Machine",
        ] {
            assert!(svg.contains(text), "{text} missing");
        }
        assert!(!svg.contains("People"), "empty branches are left out");
        assert!(svg.contains("depth-2"));
    }

    #[test]
    fn bad_structure_names_its_line() {
        let (line, msg) = render("effect: x\nmethods:\n  - a\n", Language::En).unwrap_err();
        assert_eq!(line, 2, "{msg}");
        assert!(msg.to_string().contains("did you mean `method`"), "{msg}");
        let (line, _) = render(
            "effect: x\nmethod:\n  - cause: a\n    because: b\n",
            Language::En,
        )
        .unwrap_err();
        assert!(line >= 3, "{line}");
        assert!(render("effect: x\n", Language::En).is_err(), "no causes");
        assert!(render("method: [a]\n", Language::En).is_err(), "no effect");
    }
}
