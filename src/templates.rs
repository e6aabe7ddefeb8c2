//! The document templates and their Typst library, as a build sees them: the
//! project's `templates/` folder where it holds a file, the templates built
//! into the binary otherwise.
//!
//! So a repository that keeps only `content/` builds every document, and a
//! project that wants its own wording writes just the files it changes
//! (`templates/convenzione.typ.j2`, say); the rest still come from the tool.
//! The names are the same either way: `convenzione.typ.j2`, `lib/atto.typ`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

mod incorporati {
    include!(concat!(env!("OUT_DIR"), "/modelli.rs"));
}

/// The built-in file at `rel` (a path under `templates/`, with `/`).
pub fn built_in(rel: &str) -> Option<&'static str> {
    incorporati::MODELLI
        .iter()
        .find(|(name, _)| *name == rel)
        .map(|(_, text)| *text)
}

/// Every built-in file, by its path under `templates/`, in path order.
pub fn built_in_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    incorporati::MODELLI.iter().copied()
}

/// The sha256 of every built-in file and its name: what the templates are
/// when the project overrides none of them.
pub fn built_in_digest() -> &'static str {
    static DIGEST: OnceLock<String> = OnceLock::new();
    DIGEST.get_or_init(|| {
        let mut hasher = Sha256::new();
        for (rel, text) in built_in_files() {
            hasher.update((rel.len() as u64).to_le_bytes());
            hasher.update(rel.as_bytes());
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        format!("{:x}", hasher.finalize())
    })
}

/// A file of `lib/`: its path under `templates/` and its bytes.
pub type LibFile = (String, Cow<'static, [u8]>);

/// Every file of `lib/` a document may import, by its path under
/// `templates/` (`lib/atto.typ`): the project's where `dir` has it, the
/// built-in one otherwise, in path order. Only regular files of the project
/// count (its links are refused before any build: see `build::Paths`).
pub fn lib_files(dir: &Path) -> Result<Vec<LibFile>, (PathBuf, io::Error)> {
    let mut files: BTreeMap<String, Cow<'static, [u8]>> = built_in_files()
        .filter(|(rel, _)| rel.starts_with("lib/"))
        .map(|(rel, text)| (rel.to_string(), Cow::Borrowed(text.as_bytes())))
        .collect();
    let lib = dir.join("lib");
    if lib.is_dir() {
        for entry in walkdir::WalkDir::new(&lib).sort_by_file_name() {
            let entry = entry.map_err(|e| (lib.clone(), io::Error::other(e)))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(entry.path()).map_err(|e| (entry.path().to_path_buf(), e))?;
            files.insert(rel, Cow::Owned(bytes));
        }
    }
    Ok(files.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binary_carries_every_template_of_the_repository() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for kind in crate::model::KINDS {
            let name = format!("{kind}.typ.j2");
            let on_disk = std::fs::read_to_string(root.join(&name)).unwrap();
            assert_eq!(built_in(&name), Some(on_disk.as_str()), "{name}");
        }
        let lib = lib_files(Path::new("/nonexistent")).unwrap();
        assert!(lib.iter().any(|(rel, _)| rel == "lib/atto.typ"), "{lib:?}");
        assert!(built_in("profili/lombardia.yaml").is_none());
    }

    #[test]
    fn a_project_file_wins_over_the_built_in_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("lib")).unwrap();
        std::fs::write(dir.path().join("lib/atto.typ"), "// mio").unwrap();
        std::fs::write(dir.path().join("lib/extra.typ"), "// in più").unwrap();
        let lib = lib_files(dir.path()).unwrap();
        let get = |rel: &str| lib.iter().find(|(r, _)| r == rel).map(|(_, b)| b.as_ref());
        assert_eq!(get("lib/atto.typ"), Some(b"// mio".as_slice()));
        assert_eq!(get("lib/extra.typ"), Some("// in più".as_bytes()));
        assert!(get("lib/grafici.typ").is_some());
    }
}
