//! The template environment: the built-in theme compiled into the binary, any
//! file of which a project overrides by placing one at the same path under its
//! own `templates/` folder. Assets (CSS, JS, the vendored ECharts) work the same way.
//!
//! Templates and commentary are the writer's, not csbook's, so they are
//! confined: they can load only files inside `templates/` and the built-in set,
//! and rendering is bounded in instructions (fuel), in the length of a printed
//! value and of a page, and in memory (`crate::memory`).

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::messages::Message;
use crate::project::{Language, inside};
use crate::render::figures::{self, Figures};

/// Page templates of the built-in theme.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("chapter.html", include_str!("../../templates/chapter.html")),
    ("report.html", include_str!("../../templates/report.html")),
    (
        "analysis.html",
        include_str!("../../templates/analysis.html"),
    ),
    (
        "complaints.html",
        include_str!("../../templates/complaints.html"),
    ),
    ("archive.html", include_str!("../../templates/archive.html")),
    ("quality.html", include_str!("../../templates/quality.html")),
    (
        "downloads.html",
        include_str!("../../templates/downloads.html"),
    ),
    (
        "attention.html",
        include_str!("../../templates/attention.html"),
    ),
];

/// Static files of the built-in theme, copied to the site as they are.
pub const ASSETS: &[(&str, &[u8])] = &[
    (
        "assets/style.css",
        include_bytes!("../../templates/assets/style.css"),
    ),
    (
        "assets/csbook.js",
        include_bytes!("../../templates/assets/csbook.js"),
    ),
    (
        "assets/favicon.svg",
        include_bytes!("../../templates/assets/favicon.svg"),
    ),
    (
        "assets/vendor/echarts/echarts.min.js",
        include_bytes!("../../templates/assets/vendor/echarts/echarts.min.js"),
    ),
    (
        "assets/vendor/echarts/LICENSE",
        include_bytes!("../../templates/assets/vendor/echarts/LICENSE"),
    ),
    (
        "assets/vendor/echarts/NOTICE",
        include_bytes!("../../templates/assets/vendor/echarts/NOTICE"),
    ),
    (
        "assets/vendor/echarts/LICENSE-d3",
        include_bytes!("../../templates/assets/vendor/echarts/LICENSE-d3"),
    ),
    (
        "assets/vendor/echarts/VERSION",
        include_bytes!("../../templates/assets/vendor/echarts/VERSION"),
    ),
];

/// A budget of template instructions per render, so that a runaway loop in a
/// user's override stops with an error instead of hanging the build.
const FUEL: u64 = 200_000_000;

/// The longest value a template may print: far above any real figure or
/// table, far below what would exhaust memory.
pub const MAX_VALUE_BYTES: usize = 10 << 20;

/// The largest page a build publishes.
pub const MAX_PAGE_BYTES: usize = 64 << 20;

/// The memory one page's (or one commentary's) rendering may take.
pub const RENDER_MEMORY: usize = 512 << 20;

/// The built-in source of a template or asset, for `csbook new`.
pub fn builtin(name: &str) -> Option<&'static [u8]> {
    TEMPLATES
        .iter()
        .map(|(n, s)| (*n, s.as_bytes()))
        .chain(ASSETS.iter().copied())
        .find(|(n, _)| *n == name)
        .map(|(_, s)| s)
}

/// Builds the environment for a project whose overrides live in `dir`.
pub fn environment(dir: &Path, figures: Arc<Figures>) -> Environment<'static> {
    let mut env = Environment::new();
    let lang = figures.lang;
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    // minijinja's HTML escaping also turns `/` into `&#x2f;`, which is valid but
    // makes every relative URL unreadable in the page source; escape the four
    // characters that matter inside double-quoted attributes and text instead.
    env.set_formatter(move |out, state, value| {
        if let Some(text) = value.as_str()
            && text.len() > MAX_VALUE_BYTES
        {
            return Err(minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                crate::msg!(
                    "value-too-large",
                    size = text.len() >> 20,
                    max = MAX_VALUE_BYTES >> 20
                )
                .render(lang),
            ));
        }
        if matches!(state.auto_escape(), AutoEscape::Html)
            && !value.is_safe()
            && !value.is_none()
            && !value.is_undefined()
        {
            let mut escaped = String::new();
            let _ = pulldown_cmark_escape::escape_html(&mut escaped, &value.to_string());
            out.write_str(&escaped).map_err(minijinja::Error::from)
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    let dir: PathBuf = dir.to_path_buf();
    env.set_loader(move |name| load(&dir, name, lang));
    figures::register(&mut env, figures);
    env
}

/// A template by name: the project's file under `dir`, else the built-in one.
/// Names are paths relative to `templates/`; absolute paths, `..` and
/// symbolic links that lead out of the folder are refused, so a template or
/// commentary cannot publish another file of the build machine.
fn load(dir: &Path, name: &str, lang: Language) -> Result<Option<String>, minijinja::Error> {
    let refuse = |why: Message| {
        let message = crate::msg!(
            "cannot-load-template",
            name = crate::error::shorten(name),
            why = why
        );
        Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            message.render(lang),
        ))
    };
    let relative = Path::new(name);
    if name.contains('\\')
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return refuse(crate::msg!("template-path"));
    }
    let user = dir.join(relative);
    if user.is_file() {
        if !inside(dir, &user) {
            return refuse(crate::msg!("template-links-out"));
        }
        let bytes = std::fs::read(&user).map_err(|e| {
            minijinja::Error::new(
                minijinja::ErrorKind::TemplateNotFound,
                crate::msg!("cannot-read-template", name = name, error = e.to_string())
                    .render(lang),
            )
        })?;
        return crate::encoding::decode(&bytes, None, false)
            .map(|(text, _)| Some(text))
            .map_err(|(encoding, line, column)| {
                let shown = Path::new("templates").join(name);
                let p = crate::encoding::undecodable(&shown, encoding, line, column);
                minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, p.render(lang))
            });
    }
    Ok(TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| s.to_string()))
}

/// The bytes of an asset: the project's override, else the built-in file.
pub fn asset(dir: &Path, name: &str, builtin: &'static [u8]) -> std::io::Result<Vec<u8>> {
    let user = dir.join(name);
    if user.is_file() {
        if !inside(dir, &user) {
            return Err(std::io::Error::other(
                "a symbolic link to a file outside the templates/ folder; csbook does not follow it",
            ));
        }
        std::fs::read(user)
    } else {
        Ok(builtin.to_vec())
    }
}
