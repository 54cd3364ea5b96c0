//! Hardening (issue 9): commentary cannot run script or read the build
//! machine, rendering and data are bounded, bad input is refused with its
//! place, interrupted builds are cleaned up, and the site is the same bytes
//! for any number of threads, working directory, `--root` spelling and time
//! zone. Every case asserts the exit code and the place, and that no panic
//! (exit 2 or 101) happened.

use std::path::Path;
use std::process::Command;

use super::fixture::{COMPLAINTS, Fixture, PROJECT, RESPONSES, files_under, repo_root, run_in};

fn check(f: &Fixture) -> super::fixture::Output {
    f.run(&["check", "--quiet"])
}

/// Runs `check`, asserting exit 1 and that stderr holds every needle.
fn refused(f: &Fixture, needles: &[&str]) -> String {
    let out = check(f);
    assert_eq!(
        out.code, 1,
        "expected exit 1, got {}:\n{}",
        out.code, out.stderr
    );
    for n in needles {
        assert!(out.stderr.contains(n), "missing {n:?} in:\n{}", out.stderr);
    }
    out.stderr
}

fn commentary(body: &str) -> String {
    format!("---\ntitle: Jan\nperiod: 2025-01\n---\n\n{body}\n")
}

fn site_text(dir: &Path) -> String {
    files_under(dir)
        .iter()
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "html" || e == "js" || e == "json")
        })
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect()
}

#[test]
fn heading_ids_and_link_schemes_from_commentary_are_made_safe() {
    let md = commentary(
        "{% raw %}## A {#x\"autofocus=\"autofocus\"onfocus=\"window.__pwned=1}\n\n\
         [click](javascript:window.__pwned=1) [c](JAVASCRIPT:x) <javascript:x>\n\n\
         [r][ref] ![i](javascript:x) [ok](https://example.org)\n\n\
         [ref]: javascript:x\n{% endraw %}",
    );
    let f = Fixture::with(&[("content/jan.md", &md)]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Each dropped URL is a warning at its line of the commentary file.
    for line in ["content/jan.md:8", "content/jan.md:10"] {
        assert!(
            out.stderr.contains(&format!("warning: {line}")),
            "{line}: {}",
            out.stderr
        );
    }
    let site = site_text(&f.path().join("site"));
    let lower = site.to_ascii_lowercase();
    assert!(
        !lower.contains("href=\"javascript:"),
        "javascript: href published"
    );
    assert!(
        !lower.contains("src=\"javascript:"),
        "javascript: src published"
    );
    assert!(!site.contains("\"onfocus="), "handler attribute published");
    assert!(!site.contains("\"autofocus="), "attribute injected");
    assert!(
        site.contains("href=\"https://example.org\""),
        "safe link lost"
    );
}

#[test]
fn includes_outside_the_templates_folder_are_refused() {
    for include in [
        "/etc/passwd",
        "../../../../etc/hostname",
        "../csbook.yaml",
        "..\\\\csbook.yaml",
    ] {
        let md = commentary(&format!("Text.\n\n{{% include \"{include}\" %}}"));
        let f = Fixture::with(&[("content/jan.md", &md)]);
        let err = refused(&f, &["content/jan.md:8", "cannot load template"]);
        assert!(!err.contains("root:"), "{err}");
    }
    // A user template cannot reach out either.
    let f = Fixture::with(&[("templates/home.html", "{% include \"../csbook.yaml\" %}")]);
    refused(&f, &["templates/home.html", "cannot load template"]);
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_project_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, "---\ntitle: Secret\n---\n\nSECRET-TEXT\n").unwrap();
    std::fs::write(outside.path().join("data.csv"), RESPONSES).unwrap();

    let f = Fixture::with(&[]);
    std::fs::create_dir_all(f.path().join("content")).unwrap();
    std::os::unix::fs::symlink(&secret, f.path().join("content/secret.md")).unwrap();
    refused(
        &f,
        &[
            "content/secret.md",
            "symbolic link to a file outside the project",
        ],
    );

    let f = Fixture::with(&[]);
    std::fs::remove_file(f.path().join("responses.csv")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("data.csv"),
        f.path().join("responses.csv"),
    )
    .unwrap();
    refused(&f, &["csbook.yaml", "responses.csv", "symbolic link"]);

    let f = Fixture::with(&[]);
    std::fs::create_dir_all(f.path().join("templates")).unwrap();
    std::os::unix::fs::symlink(&secret, f.path().join("templates/home.html")).unwrap();
    refused(&f, &["templates/home.html", "symbolic link"]);
}

#[test]
fn a_doubling_template_is_stopped_under_a_gigabyte() {
    let md = commentary(
        "{% set ns = namespace(s=\"xxxxxxxx\") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    );
    let f = Fixture::with(&[("content/jan.md", &md)]);
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("content/jan.md") && out.stderr.contains("MiB of memory"),
        "{}",
        out.stderr
    );
    assert!(!f.path().join("site").exists(), "a site was written");
    // The largest resident set of any child this test process has waited
    // for, this one included.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(
        unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) },
        0
    );
    assert!(usage.ru_maxrss < 1 << 20, "peak {} KiB", usage.ru_maxrss);

    // A long value printed is an ordinary error with its place.
    let md = commentary("{{ \"x\" * 20000000 }}");
    let f = Fixture::with(&[("content/jan.md", &md)]);
    refused(&f, &["content/jan.md:6", "MiB"]);
}

fn responses_with(row: &str) -> String {
    format!("{RESPONSES}{row}\n")
}

#[test]
fn out_of_range_dates_and_long_spans_are_errors_naming_rows() {
    for (date, needles) in [
        (
            "0001-01-01",
            &["responses.csv:7", "0001-01", "24290 months", "max_months"][..],
        ),
        (
            "0000-01-01",
            &["responses.csv:7:2", "unparseable date `0000-01-01`"][..],
        ),
        ("9999-12-31", &["responses.csv:7:2", "years 1 to 9998"][..]),
        (
            "2062-10-01",
            &[
                "responses.csv:7",
                "responses.csv:2",
                "2062-10",
                "max_months",
            ][..],
        ),
    ] {
        let f = Fixture::with(&[(
            "responses.csv",
            &responses_with(&format!("r9,{date},North,,5,5,3")),
        )]);
        refused(&f, needles);
    }
    let complaints = format!("{COMPLAINTS}k9,9999-12-31 10:00,Late,North,,Zhang,1\n");
    refused(
        &Fixture::with(&[("complaints.csv", &complaints)]),
        &["complaints.csv:5:2"],
    );
    // A longer limit accepts a long span.
    let f = Fixture::with(&[
        ("csbook.yaml", &format!("{PROJECT}max_months: 600\n")),
        (
            "responses.csv",
            &responses_with("r9,2062-10-01,North,,5,5,3"),
        ),
    ]);
    assert_eq!(check(&f).code, 0, "{}", check(&f).stderr);
}

#[test]
fn durations_offsets_and_sla_hours_out_of_range_are_refused() {
    let project = PROJECT.replace(
        "resolved: resolved_at}",
        "resolution_hours: hours}\n  sla_hours: {Late: 24}",
    );
    for hours in ["1e20", "1e300", "-3", "inf", "NaN"] {
        let complaints = format!(
            "complaint_id,received_at,category,region,hours,customer_name,phone\nk1,2025-01-05 10:00,Late,North,{hours},Z,1\n"
        );
        let f = Fixture::with(&[("csbook.yaml", &project), ("complaints.csv", &complaints)]);
        refused(&f, &["complaints.csv:2:5", "not a number of hours"]);
    }
    for sla in ["-1", ".inf", "1e9", "0"] {
        let p = project.replace("{Late: 24}", &format!("{{Late: {sla}}}"));
        let f = Fixture::with(&[("csbook.yaml", &p)]);
        refused(&f, &["csbook.yaml:12:21", "complaints.sla_hours.Late"]);
    }
    let complaints = COMPLAINTS.replace("2025-01-05 10:00", "2025-01-05T10:00+25:00");
    refused(
        &Fixture::with(&[("complaints.csv", &complaints)]),
        &["complaints.csv:2:2", "±14:00"],
    );
}

#[test]
fn stray_bytes_duplicate_headers_and_long_values_are_refused() {
    let dup = RESPONSES.replacen("p1", "nps", 1);
    refused(
        &Fixture::with(&[("responses.csv", &dup)]),
        &["responses.csv:1:7", "column `nps` appears twice"],
    );
    for (bad, what) in [
        ("Nor\0th", "NUL byte"),
        ("Nor\u{feff}th", "byte-order mark"),
    ] {
        let r = RESPONSES.replacen("North", bad, 1);
        refused(
            &Fixture::with(&[("responses.csv", &r)]),
            &["responses.csv:2:3", what],
        );
    }
    let long = "x".repeat(10 << 20);
    let r = RESPONSES.replacen("North", &long, 1);
    let err = refused(
        &Fixture::with(&[("responses.csv", &r)]),
        &["responses.csv:2:3", "at most 1000"],
    );
    assert!(
        err.len() < 4000,
        "the value was echoed: {} bytes",
        err.len()
    );
    let c = COMPLAINTS.replacen("Late", &long[..2000], 1);
    refused(
        &Fixture::with(&[("complaints.csv", &c)]),
        &["complaints.csv:2:3", "at most 1000"],
    );
}

#[test]
fn too_many_segment_values_is_an_error_with_advice() {
    let mut rows = String::from("response_id,date,region,email,q_overall,nps,p1\n");
    for i in 0..1001 {
        rows.push_str(&format!("r{i},2025-01-03,B{i},,5,5,3\n"));
    }
    refused(
        &Fixture::with(&[("responses.csv", &rows)]),
        &[
            "csbook.yaml",
            "segment `region`",
            "more than 1000 distinct values",
            "max_segment_values",
        ],
    );
    let p = format!("{PROJECT}max_segment_values: 2000\n");
    let f = Fixture::with(&[("responses.csv", &rows), ("csbook.yaml", &p)]);
    assert_eq!(check(&f).code, 0, "{}", check(&f).stderr);
}

#[test]
fn nonsensical_analysis_settings_are_refused() {
    let cases = [
        (
            "drivers:\n  window: 4000000000\n",
            "csbook.yaml:15:11",
            "drivers.window",
        ),
        (
            "servqual:\n  weights: {reliability: 0}\n",
            "csbook.yaml:15:",
            "all zero",
        ),
        (
            "spc:\n  baseline: {from: 2030-01, to: 2030-06}\n",
            "csbook.yaml:15:",
            "outside the data",
        ),
        ("max_months: 0\n", "csbook.yaml:14:13", "max_months"),
    ];
    for (extra, place, what) in cases {
        let f = Fixture::with(&[("csbook.yaml", &format!("{PROJECT}{extra}"))]);
        refused(&f, &[place, what]);
    }
}

#[test]
fn unclear_inputs_get_clear_messages() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "csbook.yaml",
            "title: x\nlanguage: en\nmin_cell_size: ten\n",
            &[
                "csbook.yaml:3:16",
                "expected a whole number, 0 or more, found `ten`",
            ],
        ),
        // Without `language:` a project is zh-CN, and so are its messages.
        (
            "csbook.yaml",
            "title: x\nmin_cell_size: ten\n",
            &[
                "发现 1 个问题",
                "csbook.yaml:2:16: 应为不小于 0 的整数，实际为 `ten`",
                "请修正上面列出的位置",
            ],
        ),
        (
            "csbook.yaml",
            "title: x\nlanguage: en\nmin_cell_size: -1\n",
            &["csbook.yaml:3:16", "found `-1`"],
        ),
        (
            "csbook.yaml",
            "title: x\nlanguage: en\ntitle: y\n",
            &["csbook.yaml:3:1", "the key `title` appears twice"],
        ),
        ("csbook.yaml", "title: x\n\u{0}\n", &["csbook.yaml"]),
    ];
    for (file, text, needles) in cases {
        let err = refused(&Fixture::with(&[(file, text)]), needles);
        assert!(
            !err.contains("DuplicateKeyPolicy") && !err.contains("invalid u64"),
            "{err}"
        );
    }
    // Invalid UTF-8: the line and column of the first bad byte.
    let f = Fixture::with(&[]);
    std::fs::write(f.path().join("csbook.yaml"), b"title: x\nlanguage: \xff\n").unwrap();
    refused(&f, &["csbook.yaml:2:11", "not valid UTF-8"]);
    let f = Fixture::with(&[]);
    std::fs::create_dir_all(f.path().join("content")).unwrap();
    std::fs::write(
        f.path().join("content/a.md"),
        b"---\ntitle: a\n---\n\nok \xfe\n",
    )
    .unwrap();
    refused(&f, &["content/a.md:5:4", "not valid UTF-8"]);
    let f = Fixture::with(&[]);
    std::fs::create_dir_all(f.path().join("templates")).unwrap();
    std::fs::write(f.path().join("templates/home.html"), b"<p>\n\xc3</p>\n").unwrap();
    refused(&f, &["templates/home.html:2:1", "not valid UTF-8"]);
    // An unterminated quote names the likely cause.
    let r = RESPONSES.replacen(",North,", ",\"North,", 1);
    refused(
        &Fixture::with(&[("responses.csv", &r)]),
        &["responses.csv:2", "never closed"],
    );
}

#[test]
fn folders_of_interrupted_builds_are_removed() {
    let f = Fixture::with(&[]);
    let stale = f.path().join(".site.csbook-new-4000000");
    let foreign = f.path().join(".site.csbook-new-4000001");
    std::fs::create_dir_all(&stale).unwrap();
    std::fs::write(stale.join(".csbook-site"), "").unwrap();
    std::fs::create_dir_all(&foreign).unwrap();
    // A previous site set aside by a build killed before the swap comes back.
    let set_aside = f.path().join(".site.csbook-old-4000002");
    std::fs::create_dir_all(&set_aside).unwrap();
    std::fs::write(set_aside.join(".csbook-site"), "").unwrap();
    std::fs::write(set_aside.join("old.txt"), "previous").unwrap();
    let out = f.run(&["build", "--quiet"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!stale.exists(), "stale staging folder left");
    assert!(foreign.exists(), "a folder without the marker was removed");
    assert!(!set_aside.exists());
    let leftovers: Vec<_> = std::fs::read_dir(f.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".csbook-"))
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    // A failed build leaves nothing of its own.
    let md = commentary("{{ value(\"nope\") }}");
    std::fs::create_dir_all(f.path().join("content")).unwrap();
    std::fs::write(f.path().join("content/jan.md"), md).unwrap();
    assert_eq!(f.run(&["build", "--quiet"]).code, 1);
    let after = std::fs::read_dir(f.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".csbook-"))
        .count();
    assert_eq!(after, 1);
}

/// The example handbook built three ways must be the same bytes.
#[test]
fn the_site_is_the_same_bytes_for_any_threads_directory_root_and_time_zone() {
    let root = repo_root();
    let out = tempfile::tempdir().unwrap();
    let parent = root.parent().unwrap();
    let name = root.file_name().unwrap().to_str().unwrap();
    let runs: [(&str, &Path, String, &str); 3] = [
        ("1", &root, ".".into(), "UTC"),
        (
            "8",
            Path::new("/"),
            root.display().to_string(),
            "America/New_York",
        ),
        ("2", parent, format!("./{name}/"), "Asia/Shanghai"),
    ];
    let mut sites = Vec::new();
    for (i, (threads, cwd, root_arg, tz)) in runs.iter().enumerate() {
        let site = out.path().join(format!("s{i}"));
        let status = Command::new(env!("CARGO_BIN_EXE_csbook"))
            .args(["build", "--quiet", "--root", root_arg, "--out"])
            .arg(&site)
            .current_dir(cwd)
            .env("RAYON_NUM_THREADS", threads)
            .env("TZ", tz)
            .status()
            .unwrap();
        assert!(status.success());
        sites.push(site);
    }
    let files = |dir: &Path| {
        let mut v: Vec<_> = files_under(dir)
            .into_iter()
            .map(|p| p.strip_prefix(dir).unwrap().to_path_buf())
            .collect();
        v.sort();
        v
    };
    let first = files(&sites[0]);
    for site in &sites[1..] {
        assert_eq!(files(site), first);
        for f in &first {
            let (a, b) = (
                std::fs::read(sites[0].join(f)).unwrap(),
                std::fs::read(site.join(f)).unwrap(),
            );
            assert!(a == b, "{} differs", f.display());
        }
    }
    let text = site_text(&sites[0]);
    let machine = root.display().to_string();
    assert!(
        !text.contains(&machine),
        "the build machine's path is published"
    );
    let _ = run_in;
}
