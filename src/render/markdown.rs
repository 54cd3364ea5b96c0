//! Markdown to HTML with pulldown-cmark: GFM tables, footnotes, strikethrough,
//! heading ids (for anchors and the page's table of contents). Raw HTML in
//! markdown is shown as text, not passed through, so commentary cannot inject
//! markup into the site.

use std::collections::HashSet;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};
use serde::Serialize;

use crate::project::Language;
use crate::render::fishbone;

/// A heading of a rendered page, for its table of contents.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// Renders markdown to HTML and lists its headings; ```` ```fishbone ```` blocks
/// become SVG diagrams.
///
/// # Errors
/// The first malformed diagram: its line in `markdown` and what is wrong.
pub fn render(markdown: &str, lang: Language) -> Result<(String, Vec<Heading>), (u64, String)> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event> = Vec::new();
    let mut headings = Vec::new();
    let mut used = HashSet::new();
    let copy_link = super::i18n::strings(lang)["copy_link"];
    let mut heading: Option<(HeadingLevel, Option<CowStr>, Vec<Event>)> = None;
    // An open fishbone block: the line of its fence and its text so far.
    let mut diagram: Option<(u64, String)> = None;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        let event = match (event, &mut diagram) {
            (Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))), None)
                if info.trim() == "fishbone" =>
            {
                let line = markdown[..range.start].lines().count() as u64 + 1;
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
                    id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)),
                    &mut used,
                );
                // The anchor is focusable, so it needs a name of its own.
                let mut label = String::new();
                let _ =
                    pulldown_cmark_escape::escape_html(&mut label, &format!("{copy_link}: {text}"));
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
                    format!("<a class=\"anchor\" href=\"#{id}\" aria-label=\"{label}\">#</a>")
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
    Ok((out, headings))
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

    #[test]
    fn headings_get_unique_ids_and_anchors() {
        let (html, toc) = render(
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
        let (html, _) = render(
            "<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n",
            Language::En,
        )
        .unwrap();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
    }

    #[test]
    fn fishbone_blocks_become_svg_and_errors_name_the_line() {
        let md = "Intro\n\n```fishbone\neffect: Late\nmethod: [No buffer]\n```\n\nafter\n";
        let (html, _) = render(md, Language::En).unwrap();
        assert!(
            html.contains("<svg") && html.contains("No buffer") && !html.contains("<pre>"),
            "{html}"
        );
        let md = "Intro\n\n```fishbone\neffect: Late\nmethd: [No buffer]\n```\n";
        let (line, message) = render(md, Language::En).unwrap_err();
        assert_eq!(line, 5, "{message}");
    }
}
