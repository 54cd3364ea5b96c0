//! Integration tests: the real `csbook` binary on fixture projects and on the
//! example handbook in the repository root.

mod analytics;
mod bad_input;
mod example;
mod fixture;
mod formats;
mod hardening;
mod indicators;
mod manager;
mod messages;
mod one_run;
mod privacy;
mod properties;
mod real_data;
mod real_exports;
mod scaffold;
mod silent;
mod survey_stats;
