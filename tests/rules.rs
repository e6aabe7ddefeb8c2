//! The corpus of bad content: `tests/corpus/<code>-<name>.yaml`, one case per
//! rule at least. Each case edits a copy of the example content, runs
//! `ambito check --format json`, and asserts the exact rule code, file and
//! line it expects; nothing may panic.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use common::{ambito, repo, stderr, workspace};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    edits: Vec<Edit>,
    expect: Vec<Expected>,
    /// Nothing but the expected diagnostics may be reported.
    #[serde(default)]
    only: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    /// A file under `content/`.
    file: String,
    replace: Option<String>,
    with: Option<String>,
    write: Option<String>,
    /// With `write`: how many times the text is written (for large files).
    repeat: Option<usize>,
    /// Replaces the file with a symbolic link to this path.
    link: Option<String>,
    #[serde(default)]
    delete: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    /// A file under `content/`.
    file: String,
    line: Option<usize>,
}

#[derive(Debug, Deserialize)]
struct Reported {
    severity: String,
    code: String,
    file: String,
    line: usize,
    column: usize,
    message: String,
}

fn cases() -> Vec<(String, PathBuf)> {
    let dir = repo().join("tests/corpus");
    let mut cases: Vec<(String, PathBuf)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    cases.sort();
    cases
}

fn apply(root: &Path, edit: &Edit, case: &str) {
    let path = root.join("content").join(&edit.file);
    if edit.delete {
        fs::remove_file(&path).unwrap();
    } else if let Some(target) = &edit.link {
        let _ = fs::remove_file(&path);
        std::os::unix::fs::symlink(target, &path).unwrap();
    } else if let Some(text) = &edit.write {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text.repeat(edit.repeat.unwrap_or(1))).unwrap();
    } else {
        let (from, to) = (edit.replace.as_ref().unwrap(), edit.with.as_ref().unwrap());
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(from.as_str()).count(),
            1,
            "{case}: `{from}` must occur once in {}",
            edit.file
        );
        fs::write(&path, text.replacen(from.as_str(), to, 1)).unwrap();
    }
}

fn run(case: &str, path: &Path) -> Result<(), String> {
    let spec: Case = serde_saphyr::from_str(&fs::read_to_string(path).unwrap())
        .map_err(|e| format!("{case}: the case file is not valid: {e}"))?;
    let ws = workspace();
    for edit in &spec.edits {
        apply(ws.path(), edit, case);
    }
    let out = ambito(ws.path(), &["check", "--format", "json"]);
    let err = stderr(&out);
    if err.contains("panicked") {
        return Err(format!("{case}: ambito panicked:\n{err}"));
    }
    let reported: Vec<Reported> = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("{case}: no JSON on stdout ({e}):\n{err}"))?;
    for want in &spec.expect {
        let file = format!("content/{}", want.file);
        let hit = reported.iter().any(|r| {
            r.code == want.code && r.file == file && want.line.is_none_or(|l| r.line == l)
        });
        if !hit {
            return Err(format!(
                "{case}: expected {} at {file}:{}; reported:\n{}",
                want.code,
                want.line.map_or("?".to_string(), |l| l.to_string()),
                reported
                    .iter()
                    .map(|r| format!(
                        "  {} {} {}:{}:{} {}",
                        r.severity, r.code, r.file, r.line, r.column, r.message
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ));
        }
    }
    if spec.only && reported.len() != spec.expect.len() {
        return Err(format!(
            "{case}: expected only {:?}, got {} diagnostics: {:?}",
            spec.expect.iter().map(|e| &e.code).collect::<Vec<_>>(),
            reported.len(),
            reported
                .iter()
                .map(|r| format!("{} {}:{} {}", r.code, r.file, r.line, r.message))
                .collect::<Vec<_>>()
        ));
    }
    let errors = reported.iter().any(|r| r.severity == "error");
    let expected_exit = if errors { 1 } else { 0 };
    if out.status.code() != Some(expected_exit) {
        return Err(format!(
            "{case}: exit code {:?}, expected {expected_exit}",
            out.status.code()
        ));
    }
    Ok(())
}

#[test]
fn every_case_of_the_corpus_reports_its_rule_where_expected() {
    let failures: Vec<String> = cases()
        .iter()
        .filter_map(|(name, path)| run(name, path).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_corpus_covers_every_rule() {
    let covered: Vec<String> = cases()
        .iter()
        .map(|(name, _)| name.split('-').next().unwrap_or_default().to_string())
        .collect();
    for code in ambito::validate::catalogue::codes() {
        assert!(
            covered.iter().any(|c| c == code),
            "no corpus case for {code}"
        );
    }
}

#[test]
fn warnings_never_block_the_build() {
    let ws = workspace();
    let path = ws
        .path()
        .join("content/carate-brianza/relazioni/2025-1.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace(
            "{ fondo: fnps, importo: 198500.00 }",
            "{ fondo: fnps, importo: 450000.00 }",
        ),
    )
    .unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("warning[R026]"), "{}", stderr(&out));
    assert!(
        ws.path()
            .join("out/carate-brianza/relazione-2025-1.pdf")
            .is_file()
    );
}

#[test]
fn an_error_in_one_ambito_does_not_stop_the_others() {
    let ws = workspace();
    let path = ws.path().join("content/lecce/ufficio-di-piano.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("responsabile: annamaria-perulli", "responsabile: nessuno"),
    )
    .unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!ws.path().join("out/lecce/regolamento.pdf").exists());
    assert!(
        ws.path()
            .join("out/carate-brianza/regolamento.pdf")
            .is_file()
    );
    assert!(stderr(&out).contains("skipped lecce"), "{}", stderr(&out));
}

#[test]
fn diagnostics_are_sorted_and_github_annotations_name_the_place() {
    let ws = workspace();
    let content = ws.path().join("content/carate-brianza");
    let edit = |file: &str, from: &str, to: &str| {
        let path = content.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit("organi.yaml", "massimo: 6", "massimo: 5");
    edit(
        "comuni.yaml",
        "sindaco: vanessa-gallo",
        "sindaco: vaness-gallo",
    );
    edit(
        "ufficio-di-piano.yaml",
        "ore-settimanali: 12",
        "ore-settimanali: 40",
    );
    let out = ambito(ws.path(), &["check", "--format", "json"]);
    let reported: Vec<Reported> = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<(String, usize)> = reported.iter().map(|r| (r.file.clone(), r.line)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(reported.len(), 3, "{reported:?}");

    let out = ambito(ws.path(), &["check", "--format", "github"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("::error file=content/carate-brianza/comuni.yaml,line=10,col=12,title=R006::no persona with id `vaness-gallo`"),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn explain_prints_the_rule_and_refuses_unknown_codes() {
    let out = ambito(&repo(), &["explain", "R012"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("## R012 — exactly one Sindaco in office"),
        "{text}"
    );
    assert!(text.contains("**Fix:**"), "{text}");
    let out = ambito(&repo(), &["explain", "R999"]);
    assert_eq!(out.status.code(), Some(2));
}
