//! Arbitrary bytes as the instrument YAML file of a tiny valid project,
//! through `csbook::check`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    csbook_fuzz::check_with("instrument.yaml", data);
});
