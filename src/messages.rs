//! The message catalogue: every message csbook gives about the user's input
//! (problems, warnings, the build summary), one Fluent file per language in
//! `src/messages/`, embedded in the binary.
//!
//! A stage that finds a problem records a `Message`, an id and its arguments,
//! and never words: the words are chosen when the message is shown, in the
//! project's language (`Message::render`). `Display` shows English, the
//! language of tests and of a project file that cannot be read.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language::Language;

/// The catalogue files, by language.
const CATALOGUES: [(Language, &str, &str); 2] = [
    (Language::En, "en", include_str!("messages/en.ftl")),
    (Language::ZhCn, "zh-CN", include_str!("messages/zh-CN.ftl")),
];

/// A message for the user, put in words when shown.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Message {
    /// An entry of the catalogue with its arguments.
    Catalogue {
        id: Cow<'static, str>,
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that come from elsewhere and are shown as they are: the text of
    /// a library's or the system's own error (csv, calamine, I/O).
    Text(String),
}

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    /// A value from the user's files, shown as it is.
    Text(String),
    /// A count, which also chooses the plural form.
    Number(i64),
    /// A part of the sentence, in the same language (a hint, "did you mean").
    Message(Message),
}

impl Message {
    /// The catalogue entry `id`; see the `msg!` macro.
    pub fn new(id: &'static str) -> Message {
        Message::Catalogue {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// An entry whose id is made from data, such as `def-csat` for an
    /// indicator's definition (the catalogue test checks each one exists).
    pub fn keyed(id: String) -> Message {
        Message::Catalogue {
            id: Cow::Owned(id),
            args: Vec::new(),
        }
    }

    /// No words: an optional part of a sentence that does not apply.
    pub fn none() -> Message {
        Message::Text(String::new())
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        if let Message::Catalogue { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The message in words of `language` (English where the catalogue lacks it).
    pub fn render(&self, language: Language) -> String {
        let (id, args) = match self {
            Message::Text(text) => return text.clone(),
            Message::Catalogue { id, args } => (id, args),
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Message(m) => fluent.set(*name, FluentValue::from(m.render(language))),
            }
        }
        for bundle in [bundle(language), bundle(Language::En)] {
            if let Some(pattern) = bundle.get_message(id.as_ref()).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent), &mut errors)
                    .into_owned();
            }
        }
        // Unreachable while the catalogue test passes; the id beats nothing.
        id.to_string()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(m)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u64, usize, u32, i64, i32, u8);

/// A catalogue message: `msg!("id", name = value, …)`; each value becomes the
/// argument `$name` of the Fluent entry.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// One value per language, made on first use and kept for the run.
pub struct PerLanguage<T>([OnceLock<T>; Language::ALL.len()]);

impl<T> PerLanguage<T> {
    pub const fn new() -> PerLanguage<T> {
        PerLanguage([OnceLock::new(), OnceLock::new()])
    }

    /// The value of `language`, made by `make` the first time.
    pub fn get(&self, language: Language, make: impl FnOnce(Language) -> T) -> &T {
        self.0[language.index()].get_or_init(|| make(language))
    }
}

impl<T> Default for PerLanguage<T> {
    fn default() -> Self {
        PerLanguage::new()
    }
}

/// The entry `id` (without arguments) in words of `language`, rendered once
/// and kept for the run: for interfaces that hand out `&'static str`.
pub fn static_words(id: &str, language: Language) -> &'static str {
    static WORDS: PerLanguage<Mutex<HashMap<String, &'static str>>> = PerLanguage::new();
    let words = WORDS.get(language, |_| Mutex::new(HashMap::new()));
    let mut words = words.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(text) = words.get(id) {
        return text;
    }
    let text: &'static str = Message::keyed(id.to_string()).render(language).leak();
    words.insert(id.to_string(), text);
    text
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<(Language, FluentBundle<FluentResource>)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|&(language, tag, text)| {
                let tag: unic_langid::LanguageIdentifier = tag.parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // No Unicode isolation marks around arguments: messages go to
                // terminals and logs, where they show as stray characters.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(resource, _)| resource);
                let _ = bundle.add_resource(resource);
                (language, bundle)
            })
            .collect()
    });
    &bundles
        .iter()
        .find(|(l, _)| *l == language)
        .expect("every language has a catalogue")
        .1
}

#[cfg(test)]
mod tests;
