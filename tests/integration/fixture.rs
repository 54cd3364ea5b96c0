//! A small project written into a temporary folder, and a runner for the CLI.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The instrument of the fixtures: overall 1-7, NPS 0-10, a reverse-coded item.
pub const INSTRUMENT: &str = "id: t
na_codes: [99]
items:
  - id: q_overall
    role: overall
    scale: 1-7
  - id: nps
    role: nps
    scale: 0-10
  - id: p1
    role: perception
    dimension: reliability
    scale: 1-5
    reverse: true
";

pub const PROJECT: &str = "title: Fixture
language: en
min_cell_size: 1
segments:
  - id: region
survey:
  instrument: instrument.yaml
  responses: responses.csv
complaints:
  files: complaints.csv
  columns: {id: complaint_id, received: received_at, category: category, resolved: resolved_at}
  segments: [region]
personal_data: [email, customer_name, phone]
";

pub const RESPONSES: &str = "response_id,date,region,email,q_overall,nps,p1
r1,2025-01-03,North,a@example.com,7,10,1
r2,2025-01-09,North,,6,9,2
r3,2025-01-15,South,,5,8,5
r4,2025-01-20,South,,2,3,99
r5,2025-02-02,North,,4,6,
";

pub const COMPLAINTS: &str =
    "complaint_id,received_at,category,region,resolved_at,customer_name,phone
k1,2025-01-05 10:00,Late,North,2025-01-06 10:00,Zhang Wei,13912345678
k2,2025-01-07 11:30,Late,South,,Li Na,13887654321
k3,2025-02-01 09:00,Billing,North,2025-02-01 12:00,Wang Fang,13700001111
";

/// A project folder that lives as long as the value.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// The default fixture, with `replace` applied as (file, content) overrides.
    pub fn with(replace: &[(&str, &str)]) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let files = [
            ("csbook.yaml", PROJECT),
            ("instrument.yaml", INSTRUMENT),
            ("responses.csv", RESPONSES),
            ("complaints.csv", COMPLAINTS),
        ];
        for (name, text) in files.iter().chain(replace.iter()) {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Fixture { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Runs csbook with `args` in the fixture folder.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.path(), args)
    }
}

/// What a run printed and how it ended.
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_csbook"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("csbook runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The repository root (the example handbook).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}
