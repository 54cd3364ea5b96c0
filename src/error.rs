//! Errors and the problems they carry.
//!
//! A `Problem` is one thing wrong with the user's project (a bad cell, an unknown
//! key, a template call to an unknown indicator) with the place it was found.
//! Every stage collects all of its problems before it fails, so the user sees
//! them at once, sorted by file and line.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::language::Language;
use crate::messages::Message;
use crate::msg;

/// One thing wrong with the user's project, and where.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub column: Option<u64>,
    /// Boxed: problems travel in `Result`s, which should stay small.
    pub message: Box<Message>,
    /// For the line that stands for problems found but not kept (a file with
    /// thousands of bad rows): how many. Zero for an ordinary problem.
    pub more: u64,
}

impl Problem {
    pub fn new(file: &Path, message: impl Into<Message>) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: None,
            column: None,
            message: Box::new(message.into()),
            more: 0,
        }
    }

    /// Stands for `more` problems of `file` that were counted but not kept;
    /// it sorts after the file's other problems.
    pub fn not_listed(file: &Path, more: u64) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: Some(u64::MAX),
            column: None,
            message: Box::new(Message::none()),
            more,
        }
    }

    /// How many problems this line stands for.
    pub fn count(&self) -> u64 {
        if self.more > 0 { self.more } else { 1 }
    }

    pub fn at(file: &Path, line: u64, column: Option<u64>, message: impl Into<Message>) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: Some(line),
            column,
            message: Box::new(message.into()),
            more: 0,
        }
    }
}

impl Problem {
    /// The problem with its place, in words of `language`.
    pub fn render(&self, language: Language) -> String {
        if self.more > 0 {
            return format!(
                "{}: {}",
                self.file.display(),
                msg!("more-problems-in-file", count = self.more).render(language)
            );
        }
        let message = self.message.render(language);
        let file = self.file.display().to_string();
        // A cell of a spreadsheet (`book.xlsx[Sheet]`) is named by its address.
        if file.ends_with(']')
            && let (Some(line), Some(col)) = (self.line, self.column)
        {
            return format!("{file}!{}{line}: {message}", column_letters(col));
        }
        match (self.line, self.column) {
            (Some(line), Some(col)) => format!("{file}:{line}:{col}: {message}"),
            (Some(line), None) => format!("{file}:{line}: {message}"),
            _ => format!("{file}: {message}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

/// A spreadsheet column's letters: 1 is A, 27 is AA.
fn column_letters(mut col: u64) -> String {
    let mut letters = Vec::new();
    while col > 0 {
        col -= 1;
        letters.push(b'A' + (col % 26) as u8);
        col /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// How many problems are printed before the rest are summarised.
const SHOWN_PROBLEMS: usize = 50;

/// Every problem counted, also those not kept.
fn total(problems: &[Problem]) -> u64 {
    problems.iter().map(Problem::count).sum()
}

/// The list of problems as the command line shows it, in `language`.
pub fn list_problems(problems: &[Problem], language: Language) -> String {
    let mut out = msg!("problems-found", count = total(problems)).render(language);
    for p in problems.iter().take(SHOWN_PROBLEMS) {
        out.push_str(&format!("\n  {}", p.render(language)));
    }
    if problems.len() > SHOWN_PROBLEMS {
        let more = msg!("more-problems", count = problems.len() - SHOWN_PROBLEMS);
        out.push_str(&format!("\n  {}", more.render(language)));
    }
    out
}

/// The error type of every csbook entry point.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum Error {
    /// The project, its data or its content has problems (exit code 1).
    #[error("{}", list_problems(.0, Language::En))]
    #[diagnostic(
        code(csbook::invalid_input),
        help("fix the places listed above, then run `csbook check` again")
    )]
    Invalid(Vec<Problem>),

    /// A file or folder could not be read or written (exit code 1).
    #[error("{}: {source}", .path.display())]
    #[diagnostic(code(csbook::io))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A bug in csbook (exit code 2).
    #[error("internal error: {0}")]
    #[diagnostic(
        code(csbook::internal),
        help("this is a bug in csbook; please report it with the command you ran")
    )]
    Internal(String),
}

impl Error {
    /// The process exit code documented in the README.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) | Error::Io { .. } => 1,
            Error::Internal(_) => 2,
        }
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
        move |source| Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Fails with every problem found, sorted by place.
    pub fn check(mut problems: Vec<Problem>) -> Result<(), Error> {
        if problems.is_empty() {
            return Ok(());
        }
        problems.sort();
        problems.dedup();
        Err(Error::Invalid(problems))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The longest part of a value that a message quotes.
const QUOTED_CHARS: usize = 100;

/// `text` as a message quotes it: at most about 100 characters, with the
/// length of the rest, and control characters (NUL, escapes) made visible.
pub fn shorten(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(QUOTED_CHARS)
        .flat_map(|c| {
            if c.is_control() {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    let rest = text.chars().count().saturating_sub(QUOTED_CHARS);
    if rest > 0 {
        out.push_str(&format!("… ({rest} more characters)"));
    }
    out
}

/// The candidate closest to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// ` (did you mean `x`?)` or nothing.
pub fn suggestion<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Message {
    did_you_mean(word, candidates).map_or_else(Message::none, |c| msg!("did-you-mean", word = c))
}
