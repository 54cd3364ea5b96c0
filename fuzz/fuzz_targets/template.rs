//! Arbitrary bytes as the project's override of `templates/home.html`,
//! through `csbook::check` (which renders every page).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    csbook_fuzz::check_with("templates/home.html", data);
});
