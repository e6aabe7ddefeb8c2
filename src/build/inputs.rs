//! The digest of what a document is built from, so that a signed PDF can be
//! matched to its sources and an unchanged document skipped.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::Paths;
use crate::model::{Ambito, Documento};

/// Digests of folders and files, computed once per build: the documents of
/// one Ambito share its folder, every document shares `_riferimenti/` and
/// `templates/lib/`, so each is read once, not once per document.
#[derive(Default)]
pub struct Digests {
    parts: Mutex<HashMap<PathBuf, [u8; 32]>>,
}

impl Digests {
    /// `sha256:<hex>` over the tool's version and the digests of: the shared
    /// data (`_riferimenti/`), the Ambito's folder (its YAML and template
    /// overrides), the document's template and `templates/lib/`. Each part
    /// hashes the relative paths (with `/`) and bytes of its files, in order.
    pub fn of(&self, paths: &Paths, ambito: &Ambito, documento: Documento) -> io::Result<String> {
        let mut hasher = Sha256::new();
        hasher.update(b"ambito ");
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        let template = format!("{}.typ.j2", documento.kind());
        let sources = [
            (&paths.content, crate::load::RIFERIMENTI.to_string()),
            (&paths.content, ambito.id.clone()),
            (&paths.templates, template),
            (&paths.templates, "lib".to_string()),
        ];
        for (root, sub) in sources {
            hasher.update(self.part(root, &root.join(&sub))?);
        }
        let bytes = hasher.finalize();
        Ok(format!(
            "sha256:{}",
            bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ))
    }

    fn part(&self, root: &Path, path: &Path) -> io::Result<[u8; 32]> {
        if let Ok(parts) = self.parts.lock()
            && let Some(d) = parts.get(path)
        {
            return Ok(*d);
        }
        let d = hash_tree(root, path)?;
        if let Ok(mut parts) = self.parts.lock() {
            parts.insert(path.to_path_buf(), d);
        }
        Ok(d)
    }
}

fn hash_tree(root: &Path, path: &Path) -> io::Result<[u8; 32]> {
    let mut hasher = Sha256::new();
    for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
        let entry = entry.map_err(io::Error::other)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(entry.path())?;
        hasher.update((rel.len() as u64).to_le_bytes());
        hasher.update(rel.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(hasher.finalize().into())
}
