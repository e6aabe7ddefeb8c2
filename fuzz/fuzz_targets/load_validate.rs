//! Fuzz target: arbitrary bytes as one content file of a valid Ambito,
//! through load, model and validate (`ambito::fuzzing::check_one`).
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// A copy of the example content, made once per process.
fn root() -> &'static Path {
    static ROOT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = ROOT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for sub in ["_riferimenti", "carate-brianza"] {
            copy(&repo.join("content").join(sub), &dir.path().join("content").join(sub));
        }
        let path = dir.path().to_path_buf();
        (dir, path)
    });
    path
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let p = entry.path();
        if p.is_dir() {
            copy(&p, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&p, to.join(entry.file_name())).expect("copy");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    ambito::fuzzing::check_one(root(), data);
});
