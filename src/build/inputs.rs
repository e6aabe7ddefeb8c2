//! The digest of what a document is built from, so that a signed PDF can be
//! matched to its sources (and, later, an unchanged document skipped).

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::Paths;
use crate::model::{Ambito, Documento};

/// `sha256:<hex>` over the tool's version and, in a fixed order, the path
/// (relative, with `/`) and bytes of: the shared data (`_riferimenti/`), the
/// Ambito's folder (its YAML and template overrides), the document's
/// template and `templates/lib/`.
pub fn digest(paths: &Paths, ambito: &Ambito, documento: Documento) -> io::Result<String> {
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
        add(&mut hasher, root, &root.join(&sub))?;
    }
    let bytes = hasher.finalize();
    Ok(format!(
        "sha256:{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    ))
}

fn add(hasher: &mut Sha256, root: &Path, path: &Path) -> io::Result<()> {
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
    Ok(())
}
