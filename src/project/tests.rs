use super::*;

fn project_with(yaml: &str) -> Result<Project> {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(PROJECT_FILE), yaml).expect("write");
    Project::load(dir.path())
}

fn problems(result: Result<Project>) -> Vec<Problem> {
    match result {
        Err(Error::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn defaults_fill_everything_but_the_title() {
    let p = project_with("title: T\n").unwrap();
    assert_eq!(p.language, Language::ZhCn);
    assert_eq!(p.on_invalid, OnInvalid::Fail);
    assert_eq!(p.min_cell_size, 10);
    assert!(p.output_dir.ends_with("site"));
    assert!(p.survey.is_none() && p.complaints.is_none());
}

#[test]
fn unknown_key_suggests_the_right_one() {
    let p = problems(project_with("title: T\nmin_cel_size: 5\n"));
    assert_eq!(p[0].line, Some(2), "{}", p[0]);
    assert!(
        p[0].message
            .to_string()
            .contains("did you mean `min_cell_size`?"),
        "{}",
        p[0]
    );
    assert!(p[0].file.ends_with(PROJECT_FILE));
}

#[test]
fn unknown_segment_and_target_are_named() {
    let p = problems(project_with(
        "title: T\nsegments: [{id: region}]\ncomplaints: {files: c.csv, segments: [regoin]}\ntargets: {npx: 3}\n",
    ));
    let text: Vec<String> = p.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("unknown segment `regoin` (did you mean `region`?)")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("target for unknown indicator `npx` (did you mean `nps`?)")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("complaints file") && t.contains("c.csv")),
        "{text:?}"
    );
}

#[test]
fn missing_project_file_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let p = problems(Project::load(dir.path()));
    assert!(p[0].message.to_string().contains("csbook new"), "{}", p[0]);
}
