//! Progress output on stderr: bars on a terminal, plain lines otherwise,
//! nothing with `--quiet`.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::language::Language;
use crate::messages::Message;

/// Where progress goes, and in which language.
#[derive(Clone, Copy, Debug)]
pub struct Progress {
    mode: Mode,
    language: Language,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Mode {
    Quiet,
    Lines,
    Bars,
}

impl Progress {
    /// Bars when stderr is a terminal, plain lines when it is not.
    pub fn new(quiet: bool, language: Language) -> Progress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars
        } else {
            Mode::Lines
        };
        Progress { mode, language }
    }

    /// No output at all (for tests and library use).
    pub fn quiet() -> Progress {
        Progress {
            mode: Mode::Quiet,
            language: Language::En,
        }
    }

    /// Announces a step of the work.
    pub fn step(&self, message: Message) {
        if self.mode != Mode::Quiet {
            eprintln!("  {}", message.render(self.language));
        }
    }

    /// A bar over `total` units (bytes); a plain line when not on a terminal.
    pub fn bar(&self, message: Message, total: u64) -> ProgressBar {
        let message = message.render(self.language);
        match self.mode {
            Mode::Bars => {
                let bar = ProgressBar::new(total);
                let style = ProgressStyle::with_template(
                    "  {msg} [{bar:30}] {bytes}/{total_bytes} ({eta})",
                )
                .expect("the template is valid")
                .progress_chars("=> ");
                bar.set_style(style);
                bar.set_message(message);
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
