//! Embeds in the binary the regional profiles and the clauses of the acts
//! (every `templates/profili/*.yaml` and `templates/clausole/*.yaml`), and the
//! document templates with their Typst library (`templates/*.typ.j2`,
//! `templates/lib/**`) and the tool's messages in each language
//! (`locales/<lingua>/*.ftl`), listed here so that a file added is shipped without a
//! code change, and a project needs no `templates/` folder of its own.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let mut code = String::new();
    for folder in ["profili", "clausole"] {
        let dir = Path::new(&root).join("templates").join(folder);
        embed_folder(&dir, "yaml", &folder.to_uppercase(), &mut code);
    }
    let mut modelli_code = String::new();
    modelli(Path::new(&root), &mut modelli_code);
    let mut lingue_code = String::new();
    lingue(Path::new(&root), &mut lingue_code);
    for (name, code) in [
        ("incorporati.rs", code),
        ("modelli.rs", modelli_code),
        ("lingue.rs", lingue_code),
    ] {
        if let Err(e) = std::fs::write(Path::new(&out).join(name), code) {
            panic!("cannot write the list of embedded files: {e}");
        }
    }
}

/// `MODELLI`: every template file by its path under `templates/` (with `/`),
/// the documents' templates and `lib/`, in path order.
fn modelli(root: &Path, code: &mut String) {
    let templates = root.join("templates");
    let mut files = Vec::new();
    let mut folders = vec![templates.clone()];
    while let Some(dir) = folders.pop() {
        println!("cargo:rerun-if-changed={}", dir.display());
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(&templates)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            if path.is_dir() {
                if rel == "lib" || rel.starts_with("lib/") {
                    folders.push(path);
                }
            } else if rel.starts_with("lib/") || rel.ends_with(".typ.j2") {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((rel, path));
            }
        }
    }
    files.sort();
    code.push_str("pub const MODELLI: &[(&str, &str)] = &[\n");
    for (rel, path) in files {
        let _ = writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push_str("];\n");
}

/// `IT` and `EN`: every Fluent file of `locales/it/` and `locales/en/`, by
/// name, in name order.
fn lingue(root: &Path, code: &mut String) {
    for lingua in ["it", "en"] {
        let dir = root.join("locales").join(lingua);
        embed_folder(&dir, "ftl", &lingua.to_uppercase(), code);
    }
}

/// `pub const NAME: &[(&str, &str)]`: every `*.ext` file of `dir` (not its
/// subfolders) as (file stem, contents), in name order.
fn embed_folder(dir: &Path, ext: &str, name: &str, code: &mut String) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    let _ = writeln!(code, "pub const {name}: &[(&str, &str)] = &[");
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
