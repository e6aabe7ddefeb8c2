//! Fuzz target: arbitrary bytes as one content file of one example Ambito
//! (or a shared file), through load, model, validate and, when the content
//! holds together, rendering (`ambito::fuzzing::check_one`).
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// Every example Ambito alone in a content folder of its own, made once per
/// process; the repository's templates.
fn setup() -> &'static (tempfile::TempDir, Vec<String>, PathBuf) {
    static SETUP: OnceLock<(tempfile::TempDir, Vec<String>, PathBuf)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let ids = ambito::fuzzing::prepare(&repo.join("content"), dir.path()).expect("copy");
        (dir, ids, repo.join("templates"))
    })
}

fuzz_target!(|data: &[u8]| {
    let (dir, ids, templates) = setup();
    ambito::fuzzing::check_one(dir.path(), ids, templates, data);
});
