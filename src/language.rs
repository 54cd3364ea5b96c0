//! The handbook's language, shared by every stage: the project file names
//! it, messages and pages are written in it.

use serde::Deserialize;

/// The handbook's language: user-interface strings and number formats.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum Language {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Language {
    /// Every language csbook writes in.
    pub const ALL: [Language; 2] = [Language::ZhCn, Language::En];

    /// The position of the language in `ALL`.
    pub fn index(self) -> usize {
        Language::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is in ALL")
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::En => "en",
        }
    }

    /// The value that stands for an empty segment or category cell.
    pub fn missing_label(self) -> &'static str {
        crate::messages::static_words("missing-label", self)
    }
}
