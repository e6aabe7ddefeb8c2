//! Embeds the regional profiles and the clauses of the acts in the binary:
//! every `templates/profili/*.yaml` and `templates/clausole/*.yaml`, listed
//! here so that a profile added as a file is shipped without a code change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let mut code = String::new();
    for folder in ["profili", "clausole"] {
        let dir = Path::new(&root).join("templates").join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let _ = writeln!(
            code,
            "pub const {}: &[(&str, &str)] = &[",
            folder.to_uppercase()
        );
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = writeln!(
                code,
                "    ({stem:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        code.push_str("];\n");
    }
    if let Err(e) = std::fs::write(Path::new(&out).join("incorporati.rs"), code) {
        panic!("cannot write the list of embedded files: {e}");
    }
}
