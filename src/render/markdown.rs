//! Markdown to HTML with pulldown-cmark: GFM tables, footnotes, strikethrough,
//! heading ids (for anchors and the page's table of contents). Commentary is
//! untrusted input to a published page, so raw HTML in markdown is shown as
//! text, not passed through; heading ids are escaped wherever they reach an
//! attribute; and link and image URLs keep only the schemes in `SAFE_SCHEMES`
//! (relative and fragment links always pass). A dropped URL keeps its text
//! and becomes a warning at its line.

use std::collections::HashSet;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};
use serde::Serialize;

use crate::messages::Message;
use crate::msg;
use crate::project::Language;
use crate::render::fishbone;

/// A heading of a rendered page, for its table of contents.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// Ids the page templates use: a heading must not take one, or a link to
/// the page's own search box or sidebar would land on it (and a script that
/// looks the element up would find the writer's).
const RESERVED_IDS: &[&str] = &[
    "analysis",
    "archive-data",
    "attention",
    "attention-items",
    "breakdowns",
    "by-segment",
    "chapters",
    "charts",
    "columns",
    "commentary",
    "compare",
    "complaints-glance",
    "handling",
    "handling-times",
    "headline",
    "iceberg",
    "indicators",
    "jump-month",
    "key-figures",
    "loyalty",
    "main",
    "months",
    "quarters",
    "reliability",
    "scale-use",
    "search-input",
    "search-results",
    "sidebar",
    "significance",
    "significance-all",
    "significance-anova",
    "stability",
    "survey-checks",
    "trends",
    "verbatims",
];

/// An id from an attribute block (`{#id}`) with only letters, digits, `-`
/// and `_`; None when nothing is left.
fn clean_id(id: &str) -> Option<String> {
    let kept: String = id
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    let kept = kept.trim_start_matches('_').to_string();
    (!kept.is_empty()).then_some(kept)
}

/// URL schemes a link or image of commentary may use.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// A rendered markdown document.
#[derive(Debug)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Links and images dropped for their URL: the line in `markdown` and why.
    pub warnings: Vec<(u64, Message)>,
}

/// The line of byte `offset` in `text`, from 1.
fn line_at(text: &str, offset: usize) -> u64 {
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// The scheme of `url` as a browser reads it, lowercased; None for relative
/// and fragment URLs. Browsers ignore leading spaces and control characters
/// and every tab or newline (`java\tscript:` runs), so this does too.
fn scheme(url: &str) -> Option<String> {
    let seen: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take_while(|&c| !matches!(c, '/' | '?' | '#'))
        .collect();
    let (scheme, _) = seen.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // Anything else before a colon (`a b:c`, `:x`) is a relative path.
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Why `url` may not be published, if it may not.
fn unsafe_url(url: &str) -> Option<Message> {
    let scheme = scheme(url)?;
    (!SAFE_SCHEMES.contains(&scheme.as_str())).then(|| {
        msg!(
            "unsafe-link",
            scheme = scheme.as_str(),
            allowed = SAFE_SCHEMES
                .iter()
                .map(|s| format!("`{s}:`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// Renders markdown to HTML and lists its headings; ```` ```fishbone ```` blocks
/// become SVG diagrams.
///
/// # Errors
/// The first malformed diagram: its line in `markdown` and what is wrong.
pub fn render(markdown: &str, lang: Language) -> Result<Rendered, (u64, Message)> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event> = Vec::new();
    let mut headings = Vec::new();
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| s.to_string()).collect();
    let copy_link = super::i18n::strings(lang)["copy_link"];
    let mut heading: Option<(HeadingLevel, Option<CowStr>, Vec<Event>)> = None;
    // An open fishbone block: the line of its fence and its text so far.
    let mut diagram: Option<(u64, String)> = None;
    let mut warnings = Vec::new();
    // For each open link or image: whether it was dropped with its URL.
    let mut dropped: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
            let why = unsafe_url(dest_url);
            dropped.push(why.is_some());
            if let Some(why) = why {
                warnings.push((line_at(markdown, range.start), why));
                continue;
            }
        }
        if matches!(event, Event::End(TagEnd::Link | TagEnd::Image))
            && dropped.pop().unwrap_or(false)
        {
            continue;
        }
        let event = match (event, &mut diagram) {
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if info.trim() == "fishbone" =>
            {
                let line = line_at(markdown, range.start);
                diagram = Some((line, String::new()));
                continue;
            }
            (Event::Text(t), Some((_, text))) => {
                text.push_str(&t);
                continue;
            }
            (Event::End(TagEnd::CodeBlock), Some((line, text))) => {
                let svg = fishbone::render(text, lang).map_err(|(l, m)| (*line + l, m))?;
                diagram = None;
                Event::Html(svg.into())
            }
            (Event::Html(s) | Event::InlineHtml(s), _) => Event::Text(s),
            (e, _) => e,
        };
        match (event, &mut heading) {
            (Event::Start(Tag::Heading { level, id, .. }), None) => {
                heading = Some((level, id, Vec::new()))
            }
            (Event::End(TagEnd::Heading(_)), Some(_)) => {
                let (level, id, inner) = heading.take().expect("matched Some");
                let text: String = inner
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let id = unique(
                    id.and_then(|s| clean_id(&s))
                        .unwrap_or_else(|| slugify(&text)),
                    &mut used,
                );
                // The anchor is focusable, so it needs a name of its own.
                let mut label = String::new();
                let _ =
                    pulldown_cmark_escape::escape_html(&mut label, &format!("{copy_link}: {text}"));
                // An id from an attribute block (`{#id}`) is the writer's text.
                let mut href = String::new();
                let _ = pulldown_cmark_escape::escape_html(&mut href, &id);
                headings.push(Heading {
                    level: level as u8,
                    id: id.clone(),
                    text,
                });
                events.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(id.clone().into()),
                    classes: vec![],
                    attrs: vec![],
                }));
                events.extend(inner);
                events.push(Event::InlineHtml(
                    format!("<a class=\"anchor\" href=\"#{href}\" aria-label=\"{label}\">#</a>")
                        .into(),
                ));
                events.push(Event::End(TagEnd::Heading(level)));
            }
            (e, Some((_, _, inner))) => inner.push(e),
            (e, None) => events.push(e),
        }
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Ok(Rendered {
        html: out,
        headings,
        warnings,
    })
}

/// Lowercase ASCII letters and digits and every non-ASCII letter (CJK), with
/// runs of anything else turned into one `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

fn unique(id: String, used: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fixed id of the built-in templates is reserved, so that no
    /// commentary heading can take it.
    #[test]
    fn the_templates_fixed_ids_are_reserved() {
        for (name, text) in crate::render::templates::TEMPLATES {
            for part in text.split("id=\"").skip(1) {
                let id = part.split('"').next().unwrap_or_default();
                if id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    assert!(
                        RESERVED_IDS.contains(&id),
                        "{name}: id `{id}` is not in RESERVED_IDS"
                    );
                }
            }
        }
    }

    #[test]
    fn headings_get_unique_ids_and_anchors() {
        let Rendered {
            html,
            headings: toc,
            ..
        } = render(
            "# 净推荐值 NPS\n\n## Why it matters\n\n## Why it matters\n",
            Language::En,
        )
        .unwrap();
        let ids: Vec<&str> = toc.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["净推荐值-nps", "why-it-matters", "why-it-matters-1"]);
        assert!(html.contains("<h2 id=\"why-it-matters-1\">"), "{html}");
        assert!(html.contains("href=\"#why-it-matters\""), "{html}");
    }

    #[test]
    fn raw_html_is_escaped_and_tables_and_footnotes_render() {
        let html = render(
            "<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n",
            Language::En,
        )
        .unwrap()
        .html;
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
    }

    #[test]
    fn fishbone_blocks_become_svg_and_errors_name_the_line() {
        let md = "Intro\n\n```fishbone\neffect: Late\nmethod: [No buffer]\n```\n\nafter\n";
        let html = render(md, Language::En).unwrap().html;
        assert!(
            html.contains("<svg") && html.contains("No buffer") && !html.contains("<pre>"),
            "{html}"
        );
        let md = "Intro\n\n```fishbone\neffect: Late\nmethd: [No buffer]\n```\n";
        let (line, message) = render(md, Language::En).unwrap_err();
        assert_eq!(line, 5, "{message}");
    }

    #[test]
    fn heading_ids_from_attribute_blocks_cannot_leave_the_attribute() {
        let md = "## A {#x\"autofocus=\"autofocus\"onfocus=\"window.__pwned=1}\n";
        let out = render(md, Language::En).unwrap();
        assert!(!out.html.contains("\"autofocus"), "{}", out.html);
        assert!(!out.html.contains("\"onfocus"), "{}", out.html);
        assert_eq!(
            out.headings[0].id,
            "xautofocusautofocusonfocuswindow__pwned1"
        );
        // Ids of the page itself are not taken; leading underscores go.
        let out = render("## S {#search-input}\n\n## Z {#__pwned}\n", Language::En).unwrap();
        let ids: Vec<&str> = out.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["search-input-1", "pwned"]);
    }

    #[test]
    fn only_listed_url_schemes_survive() {
        let md = "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) <javascript:alert(1)>\n\n\
                  [c][r] ![d](data:text/html,x) [f](<java\tscript:x>)\n\n\
                  [r]: vbscript:x\n\n\
                  [ok1](https://example.org) [ok2](mailto:a@b.c) [ok3](#top) [ok4](../x.html)\n";
        let out = render(md, Language::En).unwrap();
        // Only the four safe links keep a URL; no image is left.
        assert_eq!(out.html.matches("href=").count(), 4, "{}", out.html);
        assert!(!out.html.contains("src="), "{}", out.html);
        // The text of a dropped link stays; a dropped image keeps its alt text.
        assert!(
            out.html.starts_with("<p>a b javascript:alert(1)</p>"),
            "{}",
            out.html
        );
        assert!(out.html.contains("<p>c d f</p>"), "{}", out.html);
        for good in [
            "href=\"https://example.org\"",
            "href=\"mailto:a@b.c\"",
            "href=\"#top\"",
            "href=\"../x.html\"",
        ] {
            assert!(out.html.contains(good), "{good}: {}", out.html);
        }
        let lines: Vec<u64> = out.warnings.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 1, 1, 3, 3, 3], "{:?}", out.warnings);
        assert!(
            out.warnings[0].1.to_string().contains("`javascript:`"),
            "{:?}",
            out.warnings
        );
    }
}
