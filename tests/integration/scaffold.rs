//! `csbook new` makes a project that checks and builds as it is.

use super::fixture::run_in;

#[test]
fn new_project_checks_and_builds_in_both_languages() {
    for lang in ["zh-CN", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("handbook");
        let p = project.to_str().unwrap();
        let out = run_in(dir.path(), &["new", p, "--lang", lang]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(project.join(".github/workflows/pages.yml").is_file());
        let check = run_in(dir.path(), &["check", "--root", p]);
        assert_eq!(check.code, 0, "{}", check.stderr);
        let build = run_in(dir.path(), &["build", "--root", p]);
        assert_eq!(build.code, 0, "{}", build.stderr);
        let report = std::fs::read_to_string(project.join("site/reports/2026-10.html")).unwrap();
        assert!(report.contains(&format!("lang=\"{lang}\"")));
        assert!(!report.contains("{{"));
        // A second `new` into the same folder refuses.
        let again = run_in(dir.path(), &["new", p]);
        assert_eq!(again.code, 1);
    }
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let v = run_in(dir.path(), &["--version"]);
    assert!(v.stdout.starts_with("csbook "), "{}", v.stdout);
    for cmd in ["build", "check", "new", "indicators"] {
        let h = run_in(dir.path(), &[cmd, "--help"]);
        assert_eq!(h.code, 0);
        assert!(h.stdout.contains("Usage: csbook"), "{}", h.stdout);
    }
    let missing = run_in(dir.path(), &["build"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("csbook new"), "{}", missing.stderr);
}
