//! The cache of a build: digests that tell what is up to date.
//!
//! Two levels. An Ambito none of whose files, shared data or templates
//! changed since its documents were built is not even read ([`fresh`]). An
//! Ambito that is read has each of its documents rendered, and a document
//! is typeset again only when what Typst would be given differs: its Typst
//! source, name and date, and `templates/lib/` ([`documento`]). So an edit
//! that changes no printed value (a comment, another document's key) rebuilds
//! nothing, and an edit of one act's YAML rebuilds that act.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use rayon::prelude::*;

use super::manifest::Manifest;
use super::write::IoError;
use super::{Paths, Selection, Shard, firmati};
use crate::typeset::Meta;

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
    /// The digest of everything any document of the Ambito may read: all of
    /// its folder, the shared data and all of `templates/`, with the tool's
    /// version and the profiles it carries. Equal digests mean the Ambito
    /// describes the same documents, from the same inputs, so that a build
    /// need not even read it (see [`fresh`]).
    pub fn of_ambito(&self, paths: &Paths, ambito: &str) -> Result<String, IoError> {
        let mut hasher = Sha256::new();
        hasher.update(b"ambito ");
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The profiles and clauses shipped in the binary: what an act says.
        if let Ok(spedito) = crate::load::profili::spedito() {
            hasher.update(spedito.digest.as_bytes());
        }
        // And the templates built in, which the project's own replace file by file.
        hasher.update(crate::templates::built_in_digest().as_bytes());
        let mut parts = vec![
            paths.content.join(crate::load::RIFERIMENTI),
            paths.content.join(ambito),
        ];
        if paths.templates.is_dir() {
            parts.push(paths.templates.clone());
        }
        for dir in parts {
            hasher.update(b"\0part\0");
            self.hash_folder(&mut hasher, &dir)?;
        }
        Ok(format!("sha256:{}", hex(&hasher.finalize())))
    }

    /// The digest of `lib/` (the project's files over the built-in ones),
    /// the only files besides its source that Typst reads for a document.
    pub fn of_lib(&self, paths: &Paths) -> Result<String, IoError> {
        let mut hasher = Sha256::new();
        let files = crate::templates::lib_files(&paths.templates)
            .map_err(|(path, e)| IoError::read(path, e))?;
        for (rel, bytes) in files {
            hasher.update((rel.len() as u64).to_le_bytes());
            hasher.update(rel.as_bytes());
            hasher.update(Sha256::digest(&bytes));
        }
        Ok(hex(&hasher.finalize()))
    }

    /// Each file of `dir` counts by its path and bytes, so that a file
    /// added, removed or renamed changes the digest too.
    fn hash_folder(&self, hasher: &mut Sha256, dir: &Path) -> Result<(), IoError> {
        for (rel, digest) in self.files(dir)?.iter() {
            hasher.update((rel.len() as u64).to_le_bytes());
            hasher.update(rel.as_bytes());
            hasher.update(digest);
        }
        Ok(())
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

/// `sha256:<hex>` over what Typst is given to make one document: the tool's
/// version (which fixes Typst's and the fonts), `lib`, the digest of
/// `templates/lib/` ([`Digests::of_lib`]), the document's name and date as
/// written into the PDF, and its Typst source. Equal digests mean equal PDFs.
pub fn documento(source: &str, meta: &Meta, lib: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [
        env!("CARGO_PKG_VERSION"),
        lib,
        &meta.ident,
        &meta.date.to_string(),
        source,
    ] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    format!("sha256:{}", hex(&hasher.finalize()))
}

/// The Ambiti a build need not even read: the manifest in `paths.out` says
/// that every document of theirs was built from exactly the files they and
/// the templates have now, and each of those PDFs is still intact. None when
/// `select` forces a rebuild or takes a shard (shards are cut from the list
/// of every document, which only reading every Ambito gives). `digests`
/// keeps what it hashed, for the build that follows.
pub fn fresh(paths: &Paths, select: &Selection, digests: &Digests) -> Vec<String> {
    if select.force || select.shard != Shard::ALL {
        return Vec::new();
    }
    let Some(manifest) = Manifest::read(&paths.out) else {
        return Vec::new();
    };
    let Ok(ids) = crate::load::ambito_ids(&paths.content) else {
        return Vec::new();
    };
    ids.into_par_iter()
        .filter(|id| {
            manifest.ambiti.get(id).is_some_and(|recorded| {
                digests
                    .of_ambito(paths, id)
                    .is_ok_and(|now| &now == recorded)
                    && manifest
                        .documenti
                        .iter()
                        .filter(|e| &e.ambito == id)
                        .all(|e| firmati::intatto(&paths.out, e))
            })
        })
        .collect()
}

/// Lowercase hexadecimal, as sha256 digests are written.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_that_cannot_be_read_is_not_called_unwritable() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            content: dir.path().join("content"),
            templates: dir.path().join("templates"),
            out: dir.path().join("out"),
        };
        let text = Digests::default()
            .of_ambito(&paths, "x")
            .unwrap_err()
            .to_string();
        assert!(text.starts_with("cannot read `"), "{text}");
        assert!(!text.contains("write"), "{text}");
    }

    #[test]
    fn a_document_digest_covers_source_name_date_and_lib() {
        let meta = Meta {
            ident: "a/convenzione".into(),
            date: chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
        };
        let one = documento("= Titolo", &meta, "lib1");
        assert_eq!(one, documento("= Titolo", &meta, "lib1"));
        assert_ne!(one, documento("= Titolo.", &meta, "lib1"));
        assert_ne!(one, documento("= Titolo", &meta, "lib2"));
        let other = Meta {
            ident: "b/convenzione".into(),
            ..meta.clone()
        };
        assert_ne!(one, documento("= Titolo", &other, "lib1"));
    }
}
