//! Progress output on stderr: bars on a terminal, plain lines otherwise,
//! nothing with `--quiet`.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// Where progress goes.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    mode: Mode,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Mode {
    Quiet,
    Lines,
    Bars,
}

impl Progress {
    /// Bars when stderr is a terminal, plain lines when it is not.
    pub fn new(quiet: bool) -> Progress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars
        } else {
            Mode::Lines
        };
        Progress { mode }
    }

    /// No output at all (for tests and library use).
    pub fn quiet() -> Progress {
        Progress { mode: Mode::Quiet }
    }

    /// Announces a step of the work.
    pub fn step(&self, message: &str) {
        if self.mode != Mode::Quiet {
            eprintln!("  {message}");
        }
    }

    /// A bar over `total` units (bytes); a plain line when not on a terminal.
    pub fn bar(&self, message: &str, total: u64) -> ProgressBar {
        match self.mode {
            Mode::Bars => {
                let bar = ProgressBar::new(total);
                let style = ProgressStyle::with_template(
                    "  {msg} [{bar:30}] {bytes}/{total_bytes} ({eta})",
                )
                .expect("the template is valid")
                .progress_chars("=> ");
                bar.set_style(style);
                bar.set_message(message.to_string());
                bar
            }
            Mode::Lines => {
                eprintln!("  {message}");
                ProgressBar::hidden()
            }
            Mode::Quiet => ProgressBar::hidden(),
        }
    }
}
