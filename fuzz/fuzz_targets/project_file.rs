//! Arbitrary bytes as `csbook.yaml` of a tiny valid project, through
//! `csbook::check` (which starts with `Project::load`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    csbook_fuzz::check_with("csbook.yaml", data);
});
