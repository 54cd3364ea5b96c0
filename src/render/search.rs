//! The site's full-text search index, built from the rendered pages.
//!
//! A *section* is the text under one heading of a page (or the page's opening
//! text): searching returns sections, so a result links to the right heading.
//! A *term* is what the index is keyed by: a lowercased word of letters and
//! digits, or two adjacent CJK characters. Chinese has no spaces between
//! words, so indexing every character bigram lets a two-character query such
//! as `满意` find `满意度` without a dictionary; longer queries are the
//! intersection of their bigrams, then checked as a phrase by the matcher.
//!
//! The index leaves as `assets/search-index.js`, a classic script assigning
//! `window.csbookSearch`, because pages opened from `file://` cannot fetch
//! JSON. The matcher in `csbook.js` tokenises queries exactly as [`terms`] does.

use std::collections::BTreeMap;

use serde::Serialize;

use super::OutputFile;

/// Path of the index inside the site.
pub const PATH: &str = "assets/search-index.js";

/// The text of one heading of one page.
#[derive(Debug, PartialEq, Serialize)]
pub struct Section {
    /// The heading's text; empty for the text before the first heading.
    pub heading: String,
    /// The heading's `id`, for the result's link; empty for the page itself.
    pub id: String,
    pub text: String,
}

/// Elements whose text is not content: code, drawings, navigation and controls.
const SKIPPED: &[&str] = &[
    "script", "style", "svg", "nav", "template", "form", "button", "select", "noscript",
];

/// Elements that separate words. Text either side of any other tag (`<strong>`,
/// `<a>`, `<code>`…) is joined without a space, so that `<b>上门</b>超时` still
/// holds the bigram `门超`.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "td",
    "th",
    "tr",
    "table",
    "thead",
    "tbody",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "hr",
    "section",
    "article",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "summary",
    "details",
    "header",
    "footer",
    "aside",
    "main",
    "img",
];

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// True for the characters indexed as bigrams: Han (CJK unified ideographs,
/// extension A, compatibility), kana and Hangul syllables. `csbook.js` uses the
/// same ranges.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ac00}'..='\u{d7af}')
}

/// Calls `emit` with every term of `text`: lowercased words of letters and
/// digits, and each pair of adjacent CJK characters.
pub fn terms(text: &str, mut emit: impl FnMut(String)) {
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_run = |run: &mut Vec<char>, emit: &mut dyn FnMut(String)| {
        for pair in run.windows(2) {
            emit(pair.iter().collect());
        }
        run.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                emit(std::mem::take(&mut word));
            }
            run.push(c);
        } else {
            flush_run(&mut run, &mut emit);
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() {
                emit(std::mem::take(&mut word));
            }
        }
    }
    flush_run(&mut run, &mut emit);
    if !word.is_empty() {
        emit(word);
    }
}

/// The value of attribute `name` in a start tag, as the templates and the
/// markdown renderer write them (double-quoted, or bare for boolean ones).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        if let Some(value) = after.strip_prefix("=\"") {
            return value.find('"').map(|end| &value[..end]);
        }
        if after.starts_with([' ', '>', '/']) || after.is_empty() {
            return Some("");
        }
    }
    None
}

/// Decodes the character references the HTML writers emit.
fn decode(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Bytes, not a string slice: the text after `&` may be multi-byte.
        let Some(semi) = rest.bytes().take(12).position(|b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Collapses runs of whitespace into one space and trims the ends.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sections of a page's `<main>` element: its text split at every `h2` and
/// `h3` that has an `id`, without scripts, drawings, navigation, controls, the
/// `#` heading anchors, and anything marked `data-search-ignore` (such as the
/// data table under each chart, which the chart's summary already describes).
pub fn sections(html: &str) -> Vec<Section> {
    let body = match html.find("<main") {
        Some(start) => {
            let open_end = html[start..]
                .find('>')
                .map_or(html.len(), |e| start + e + 1);
            let close = html[open_end..]
                .find("</main>")
                .map_or(html.len(), |e| open_end + e);
            &html[open_end..close]
        }
        None => html,
    };
    let mut out = Vec::new();
    let mut current = Section {
        heading: String::new(),
        id: String::new(),
        text: String::new(),
    };
    // Inside a skipped element: its name and how deeply it nests in itself.
    let mut skipping: Option<(String, usize)> = None;
    // Inside a section heading: its level and the text read so far.
    let mut heading: Option<(String, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        if skipping.is_none() {
            let target = match &mut heading {
                Some((_, _, text)) => text,
                None => &mut current.text,
            };
            decode(&rest[..lt], target);
        }
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |e| &comment[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some((skipped, depth)) = &mut skipping {
            if *skipped == name {
                if closing {
                    *depth -= 1;
                } else if !tag.ends_with('/') {
                    *depth += 1;
                }
                if *depth == 0 {
                    skipping = None;
                }
            }
            continue;
        }
        if closing {
            if heading.as_ref().is_some_and(|(level, _, _)| *level == name) {
                let (_, id, text) = heading.take().expect("checked above");
                let done = std::mem::replace(
                    &mut current,
                    Section {
                        heading: squeeze(&text),
                        id,
                        text: String::new(),
                    },
                );
                out.push(done);
            } else if BLOCKS.contains(&name.as_str()) {
                current.text.push(' ');
            }
            continue;
        }
        let ignored = SKIPPED.contains(&name.as_str())
            || attribute(tag, "data-search-ignore").is_some()
            || (name == "a" && attribute(tag, "class") == Some("anchor"));
        if ignored {
            if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
                skipping = Some((name, 1));
            }
            continue;
        }
        if (name == "h2" || name == "h3")
            && heading.is_none()
            && let Some(id) = attribute(tag, "id")
        {
            heading = Some((name, id.to_string(), String::new()));
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            match &mut heading {
                Some((_, _, text)) => text.push(' '),
                None => current.text.push(' '),
            }
        }
    }
    out.push(current);
    out.into_iter()
        .map(|s| Section {
            heading: s.heading,
            id: s.id,
            text: squeeze(&s.text),
        })
        .filter(|s| !s.heading.is_empty() || !s.text.is_empty())
        .collect()
}

/// One searchable page: its title, path inside the site and HTML.
pub struct Page<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub html: &'a str,
}

/// The index as the client reads it.
#[derive(Serialize)]
struct Index {
    /// One row per section: page title, heading, URL relative to the site root, text.
    docs: Vec<[String; 4]>,
    /// Term to the rows that contain it, ascending.
    terms: BTreeMap<String, Vec<u32>>,
}

/// Builds `assets/search-index.js` for `pages`.
pub fn index<'a>(pages: impl IntoIterator<Item = Page<'a>>) -> OutputFile {
    let mut index = Index {
        docs: Vec::new(),
        terms: BTreeMap::new(),
    };
    for page in pages {
        for section in sections(page.html) {
            let row = index.docs.len() as u32;
            let url = if section.id.is_empty() {
                page.path.to_string()
            } else {
                format!("{}#{}", page.path, section.id)
            };
            for text in [page.title, &section.heading, &section.text] {
                terms(text, |term| {
                    let rows = index.terms.entry(term).or_default();
                    if rows.last() != Some(&row) {
                        rows.push(row);
                    }
                });
            }
            index
                .docs
                .push([page.title.into(), section.heading, url, section.text]);
        }
    }
    let json = serde_json::to_string(&index).expect("the index always serialises");
    // U+2028 and U+2029 are valid in JSON but ended a line in JavaScript
    // before ES2019; escaping them keeps the script loadable everywhere.
    let json = json
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    OutputFile {
        path: PATH.into(),
        bytes: format!(
            "/* csbook search index, generated by csbook build: do not edit. */\nwindow.csbookSearch = {json};\n"
        )
        .into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_terms(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        terms(text, |t| out.push(t));
        out
    }

    #[test]
    fn references_decode_next_to_multibyte_text() {
        let mut out = String::new();
        decode("p &lt; 0.05 且两期&amp;样本 & 其他", &mut out);
        assert_eq!(out, "p < 0.05 且两期&样本 & 其他");
        out.clear();
        // An ampersand followed by CJK text within twelve bytes, without `;`.
        decode("A&且两期样本", &mut out);
        assert_eq!(out, "A&且两期样本");
    }

    #[test]
    fn words_are_lowercased_and_cjk_runs_become_bigrams() {
        assert_eq!(
            all_terms("NPS 净推荐值, SERVQUAL-22 上门超时"),
            [
                "nps", "净推", "推荐", "荐值", "servqual", "22", "上门", "门超", "超时"
            ]
        );
        // A CJK run next to a word splits it without a space.
        assert_eq!(all_terms("满意度CSAT"), ["满意", "意度", "csat"]);
        // One CJK character alone has no bigram.
        assert_eq!(all_terms("Q3 季"), ["q3"]);
    }

    #[test]
    fn sections_split_at_headings_and_skip_what_is_not_content() {
        let html = r##"<nav>menu</nav><main id="main">
            <h1>Title</h1><p>Intro <strong>上门</strong>超时 &amp; more</p>
            <script type="application/json">{"x": 1}</script>
            <h2 id="why">Why <a class="anchor" href="#why">#</a></h2>
            <p>Because<br>reasons</p><svg><polyline points="1,2"/></svg>
            <details class="chart-table" data-search-ignore><summary>t</summary><table><tr><td>9</td></tr></table></details>
            <h3>No id</h3><p>still why</p>
            </main><footer>foot</footer>"##;
        let s = sections(html);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[0].heading, "");
        assert_eq!(s[0].text, "Title Intro 上门超时 & more");
        assert_eq!(s[1].heading, "Why");
        assert_eq!(s[1].id, "why");
        assert_eq!(s[1].text, "Because reasons No id still why");
    }

    #[test]
    fn index_maps_terms_to_sections() {
        let file = index([Page {
            title: "月报",
            path: "reports/2026-10.html",
            html: "<main><p>满意度</p><h2 id=\"c\">NPS</h2><p>上门超时</p></main>",
        }]);
        assert_eq!(file.path, PATH);
        let text = String::from_utf8(file.bytes).unwrap();
        let json = text
            .trim_end()
            .strip_suffix(';')
            .and_then(|t| t.split_once("window.csbookSearch = "))
            .map(|(_, j)| j)
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["docs"][1][2], "reports/2026-10.html#c");
        assert_eq!(v["terms"]["满意"], serde_json::json!([0]));
        assert_eq!(v["terms"]["月报"], serde_json::json!([0, 1]));
        assert_eq!(v["terms"]["nps"], serde_json::json!([1]));
        assert_eq!(v["terms"]["门超"], serde_json::json!([1]));
    }

    #[test]
    fn attributes_and_entities() {
        assert_eq!(attribute("h2 id=\"a-b\" class=\"x\"", "id"), Some("a-b"));
        assert_eq!(attribute("div data-id=\"q\"", "id"), None);
        assert_eq!(
            attribute("details data-search-ignore", "data-search-ignore"),
            Some("")
        );
        let mut s = String::new();
        decode("a &lt;b&gt; &#39;c&#x27; &amp;&unknown; & d", &mut s);
        assert_eq!(s, "a <b> 'c' &&unknown; & d");
    }
}
