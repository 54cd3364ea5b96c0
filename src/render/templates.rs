//! The template environment: the built-in theme compiled into the binary, any
//! file of which a project overrides by placing one at the same path under its
//! own `templates/` folder. Assets (CSS, JS, the vendored ECharts) work the same way.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::render::figures::{self, Figures};

/// Page templates of the built-in theme.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("chapter.html", include_str!("../../templates/chapter.html")),
    ("report.html", include_str!("../../templates/report.html")),
    (
        "analysis.html",
        include_str!("../../templates/analysis.html"),
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
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    // minijinja's HTML escaping also turns `/` into `&#x2f;`, which is valid but
    // makes every relative URL unreadable in the page source; escape the four
    // characters that matter inside double-quoted attributes and text instead.
    env.set_formatter(|out, state, value| {
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
    env.set_loader(move |name| {
        let user = dir.join(name);
        if user.is_file() {
            return std::fs::read_to_string(&user).map(Some).map_err(|e| {
                minijinja::Error::new(
                    minijinja::ErrorKind::TemplateNotFound,
                    format!("cannot read {}: {e}", user.display()),
                )
            });
        }
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s.to_string()))
    });
    figures::register(&mut env, figures);
    env
}

/// The bytes of an asset: the project's override, else the built-in file.
pub fn asset(dir: &Path, name: &str, builtin: &'static [u8]) -> std::io::Result<Vec<u8>> {
    let user = dir.join(name);
    if user.is_file() {
        std::fs::read(user)
    } else {
        Ok(builtin.to_vec())
    }
}
