//! Arbitrary text through `csbook::render::markdown::render` (whose HTML must
//! not be able to run script), then as the body of a month's commentary in a
//! tiny valid project through `csbook::check`, which also renders its
//! figures (`{{ value(...) }}`).
#![no_main]

use csbook::project::Language;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [Language::En, Language::ZhCn] {
        if let Ok(rendered) = csbook::render::markdown::render(&text, lang) {
            csbook_fuzz::assert_safe_html(&rendered.html);
        }
    }
    let file = format!("{}{}", csbook_fuzz::COMMENTARY_FRONT, text);
    csbook_fuzz::check_with("content/x.md", file.as_bytes());
});
