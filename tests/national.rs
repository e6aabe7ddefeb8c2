//! The synthetic national-scale generator (`examples/national.rs`) writes
//! content that passes `check` and builds: every kind of document.

mod common;

#[allow(dead_code)]
#[path = "../examples/national.rs"]
mod national;

use common::{ambito, repo, stderr};

#[test]
fn generated_content_passes_check_and_builds_all_four_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let content = national::generate(dir.path(), 30);
    let content = content.to_str().unwrap();
    let templates = repo().join("templates");
    let templates = templates.to_str().unwrap();
    let check = ambito(
        dir.path(),
        &["--content", content, "--templates", templates, "check"],
    );
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("checked 30 Ambiti: no errors, 0 warnings"),
        "{}",
        stderr(&check)
    );
    // A sixth of the 150 documents (every sixth job, so every kind) builds.
    let build = ambito(
        dir.path(),
        &[
            "--content",
            content,
            "--templates",
            templates,
            "build",
            "--shard",
            "1/6",
        ],
    );
    assert!(build.status.success(), "{}", stderr(&build));
    let wrote = String::from_utf8_lossy(&build.stdout).into_owned();
    for kind in [
        "convenzione",
        "regolamento",
        "relazione-2025-1",
        "relazione-2025-2",
        "commissioni",
    ] {
        assert!(wrote.contains(&format!("{kind}.pdf")), "{kind}: {wrote}");
    }
    // The same arguments give the same files.
    let again = tempfile::tempdir().unwrap();
    national::generate(again.path(), 30);
    for f in [
        "content/ambito-007/comuni.yaml",
        "content/ambito-030/relazioni/2025-2.yaml",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join(f)).unwrap(),
            std::fs::read(again.path().join(f)).unwrap(),
            "{f}"
        );
    }
}
