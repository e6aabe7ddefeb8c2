//! The digest of what a document is built from, so that a signed PDF can be
//! matched to its sources and an unchanged document skipped.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use super::{IoError, Paths};
use crate::model::Documento;

/// The files of a folder: path relative to the folder (with `/`) and the
/// sha256 of the bytes, sorted by path.
type Files = Arc<Vec<(String, [u8; 32])>>;

/// Digests of files, read once per build: the documents of one Ambito share
/// its folder, every document shares `_riferimenti/` and `templates/`.
#[derive(Default)]
pub struct Digests {
    folders: Mutex<HashMap<PathBuf, Files>>,
}

impl Digests {
    /// `sha256:<hex>` over the tool's version and the files the document is
    /// made from: the shared data (`_riferimenti/`), the files of the Ambito's
    /// folder it reads (see [`Documento::legge`]), and every file of
    /// `templates/` but the other documents' own templates. Each file counts by its path and bytes, so a file
    /// added, removed or renamed changes the digest too.
    pub fn of(&self, paths: &Paths, ambito: &str, documento: Documento) -> Result<String, IoError> {
        // Of `templates/`, everything but the other documents' own
        // templates: a template may include or import any file there.
        self.digest(paths, ambito, |part, rel| match part {
            Part::Ambito => documento.legge(rel),
            Part::Templates => documento.legge(&format!("templates/{rel}")),
        })
    }

    /// The digest of everything any document of the Ambito may read: all of
    /// its folder, the shared data and all of `templates/`. Equal digests
    /// mean the Ambito describes the same documents, from the same inputs.
    pub fn of_ambito(&self, paths: &Paths, ambito: &str) -> Result<String, IoError> {
        self.digest(paths, ambito, |_, _| true)
    }

    fn digest(
        &self,
        paths: &Paths,
        ambito: &str,
        wanted: impl Fn(Part, &str) -> bool,
    ) -> Result<String, IoError> {
        let mut hasher = Sha256::new();
        hasher.update(b"ambito ");
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The profiles and clauses shipped in the binary: what an act says.
        if let Ok(spedito) = crate::load::profili::spedito() {
            hasher.update(spedito.digest.as_bytes());
        }
        let parts = [
            (None, paths.content.join(crate::load::RIFERIMENTI)),
            (Some(Part::Ambito), paths.content.join(ambito)),
            (Some(Part::Templates), paths.templates.clone()),
        ];
        for (part, dir) in parts {
            hasher.update(b"\0part\0");
            for (rel, digest) in self.files(&dir)?.iter() {
                if part.is_none_or(|p| wanted(p, rel)) {
                    hasher.update((rel.len() as u64).to_le_bytes());
                    hasher.update(rel.as_bytes());
                    hasher.update(digest);
                }
            }
        }
        Ok(format!("sha256:{}", super::hex(&hasher.finalize())))
    }

    fn files(&self, dir: &Path) -> Result<Files, IoError> {
        if let Ok(folders) = self.folders.lock()
            && let Some(files) = folders.get(dir)
        {
            return Ok(Arc::clone(files));
        }
        let files = Arc::new(hash_files(dir)?);
        if let Ok(mut folders) = self.folders.lock() {
            folders.insert(dir.to_path_buf(), Arc::clone(&files));
        }
        Ok(files)
    }
}

/// Which folder a file is in, for choosing the files a document reads.
#[derive(Clone, Copy)]
enum Part {
    Ambito,
    Templates,
}

/// The digest of every file under `dir`, by relative path. A file is
/// hashed as it streams, never read whole into memory. A symbolic link or a
/// special file (which the loader refuses, R047) is never opened: it counts
/// by what it is, so that adding one is a change and the Ambito is read
/// again, and refused, rather than skipped as up to date.
fn hash_files(dir: &Path) -> Result<Vec<(String, [u8; 32])>, IoError> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            IoError::read(path, io::Error::other(e))
        })?;
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let digest = if kind.is_file() {
            let mut hasher = Sha256::new();
            let read = |e| IoError::read(entry.path().to_path_buf(), e);
            io::copy(
                &mut std::fs::File::open(entry.path()).map_err(read)?,
                &mut hasher,
            )
            .map_err(read)?;
            hasher.finalize().into()
        } else {
            let what = if kind.is_symlink() { "link" } else { "special" };
            Sha256::digest(format!("not a regular file: {what}").as_bytes()).into()
        };
        files.push((rel, digest));
    }
    Ok(files)
}
