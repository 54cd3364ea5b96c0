//! Arbitrary bytes as the survey responses CSV of a tiny valid project
//! (`on_invalid: skip`), through `csbook::check`: errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    csbook_fuzz::check_with("responses.csv", data);
});
