//! The csbook command line: parses arguments, calls the library, prints
//! diagnostics and sets the exit code (0 success, 1 a problem in the user's
//! project or data, 2 an internal error).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use csbook::language::Language;
use csbook::msg;
use csbook::progress::Progress;
use csbook::{Error, period::Period};

/// Bounds the memory of each page's rendering (see `csbook::memory`).
#[global_allocator]
static ALLOCATOR: csbook::memory::BoundedAlloc = csbook::memory::BoundedAlloc;

/// Build a customer-satisfaction handbook (a static website) from survey data,
/// complaint records and markdown commentary.
#[derive(Parser)]
#[command(name = "csbook", version, about, propagate_version = true)]
struct Cli {
    /// Print no progress on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default `site/`).
    Build {
        /// The project folder, holding csbook.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (replaces the folder as a whole).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Validate the project, its data and content; write nothing.
    Check {
        /// The project folder, holding csbook.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new project with sample data, content and CI workflows.
    New {
        /// The folder to create (must not exist or be empty).
        dir: PathBuf,
        /// The language of the handbook.
        #[arg(long, default_value = "zh-CN", value_parser = ["zh-CN", "en"])]
        lang: String,
    },
    /// Print the computed indicators without building the site.
    Indicators {
        /// The project folder, holding csbook.yaml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this period (YYYY-MM or YYYY-Qn).
        #[arg(long)]
        period: Option<String>,
        /// Only this indicator id.
        #[arg(long)]
        indicator: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Long problem lists stay one problem per line, greppable with its file:line.
    let _ = miette::set_hook(Box::new(|_| {
        Box::new(miette::MietteHandlerOpts::new().wrap_lines(false).build())
    }));
    let language = match &cli.command {
        Command::Build { root, .. }
        | Command::Check { root }
        | Command::Indicators { root, .. } => csbook::language_of(root),
        Command::New { lang, .. } if lang == "en" => Language::En,
        Command::New { .. } => Language::ZhCn,
    };
    let progress = Progress::new(cli.quiet, language);
    let result = std::panic::catch_unwind(|| run(cli.command, &progress, cli.quiet, language));
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(Error::Invalid(problems))) => {
            let report =
                miette::MietteDiagnostic::new(csbook::error::list_problems(&problems, language))
                    .with_code("csbook::invalid_input")
                    .with_help(msg!("problems-help").render(language));
            eprintln!("{:?}", miette::Report::new(report));
            ExitCode::from(1)
        }
        Ok(Err(err)) => {
            let code = err.exit_code();
            eprintln!("{:?}", miette::Report::new(err));
            ExitCode::from(code)
        }
        // The panic message has been printed by the default hook.
        Err(_) => ExitCode::from(2),
    }
}

fn run(
    command: Command,
    progress: &Progress,
    quiet: bool,
    language: Language,
) -> Result<(), Error> {
    match command {
        Command::Build { root, out } => {
            let start = std::time::Instant::now();
            let s = csbook::build(&root, out.as_deref(), progress)?;
            print_warnings(&s);
            if !quiet {
                let built = msg!(
                    "built",
                    pages = s.pages,
                    months = s.months,
                    folder = s.out_dir.display().to_string(),
                    seconds = format!("{:.1}", start.elapsed().as_secs_f64()),
                    notes = notes(&s)
                );
                eprintln!("{}", built.render(s.language));
            }
        }
        Command::Check { root } => {
            let s = csbook::check(&root, progress)?;
            print_warnings(&s);
            if !quiet {
                let ok = msg!(
                    "checked",
                    pages = s.pages,
                    months = s.months,
                    notes = notes(&s)
                );
                eprintln!("{}", ok.render(s.language));
            }
        }
        Command::New { dir, lang } => {
            csbook::scaffold::create(&dir, &lang)?;
            if !quiet {
                let created = msg!("created", folder = dir.display().to_string());
                eprintln!("{}", created.render(language));
            }
        }
        Command::Indicators {
            root,
            period,
            indicator,
            format,
        } => {
            let period = match period {
                None => None,
                Some(p) => Some(Period::parse(&p).ok_or_else(|| {
                    Error::Invalid(vec![csbook::Problem::new(
                        std::path::Path::new("--period"),
                        msg!("not-a-period", value = p.as_str()),
                    )])
                })?),
            };
            if let Some(id) = &indicator
                && csbook::catalog::find(id).is_none()
            {
                return Err(Error::Invalid(vec![csbook::Problem::new(
                    std::path::Path::new("--indicator"),
                    msg!(
                        "unknown-indicator",
                        id = id.as_str(),
                        suggestion = csbook::error::suggestion(id, csbook::catalog::ids())
                    ),
                )]));
            }
            let table = csbook::indicators(&root, progress)?;
            let rows: Vec<_> = table
                .rows()
                .iter()
                .filter(|o| period.is_none_or(|p| o.period == p))
                .filter(|o| {
                    indicator
                        .as_deref()
                        .is_none_or(|i| o.indicator.as_str() == i)
                })
                .collect();
            let bytes = match format {
                Format::Csv => csbook::output::table_csv(&rows)?,
                Format::Json => csbook::output::table_json(&rows)?,
                Format::Table => text_table(&rows).into_bytes(),
            };
            if rows.is_empty() && !quiet {
                eprintln!("{}", msg!("no-rows").render(language));
            }
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error.
            let _ = stdout.write_all(&bytes).and_then(|()| stdout.flush());
        }
    }
    Ok(())
}

fn notes(s: &csbook::BuildSummary) -> String {
    let mut out = String::new();
    for (count, note) in [
        (
            s.rejected_rows,
            msg!("note-rejected", count = s.rejected_rows),
        ),
        (
            s.blanked_fields,
            msg!("note-blanked", count = s.blanked_fields),
        ),
        (s.suppressed, msg!("note-suppressed", count = s.suppressed)),
    ] {
        if count > 0 {
            out.push_str(&note.render(s.language));
        }
    }
    out
}

fn text_table(rows: &[&csbook::indicators::Observation]) -> String {
    let head = [
        "indicator",
        "period",
        "segment",
        "value_of",
        "about",
        "key",
        "value",
        "n",
        "ci",
    ];
    let cells: Vec<[String; 9]> = rows
        .iter()
        .map(|o| {
            [
                o.indicator.to_string(),
                o.period.to_string(),
                o.segment.to_string(),
                o.segment_value.to_string(),
                // The dimension and item a row is about, as `dimension/item`.
                [o.dimension.as_str(), o.item.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("/"),
                o.key.to_string(),
                match (o.value, o.label.is_empty()) {
                    (Some(v), true) => format!("{v:.4}"),
                    (Some(v), false) => format!("{v} ({})", o.label),
                    (None, _) => "–".into(),
                },
                o.n.to_string(),
                o.ci_low
                    .zip(o.ci_high)
                    .map(|(a, b)| format!("{a:.2}..{b:.2}"))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let width = |i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .chain([head[i].len()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..head.len()).map(width).collect();
    let line = |fields: &[String]| -> String {
        let mut s = fields
            .iter()
            .zip(&widths)
            .map(|(f, w)| format!("{f}{}", " ".repeat(w - f.chars().count())))
            .collect::<Vec<_>>()
            .join("  ");
        s.truncate(s.trim_end().len());
        s + "\n"
    };
    let mut out = line(&head.map(String::from));
    for c in &cells {
        out.push_str(&line(c));
    }
    out
}

/// Warnings are printed even with `--quiet`: they say what the site does not
/// show as written.
fn print_warnings(s: &csbook::BuildSummary) {
    for w in &s.warnings {
        let warning = msg!("warning", problem = w.render(s.language));
        eprintln!("{}", warning.render(s.language));
    }
}
