//! Support for the fuzz target (`fuzz/`) and its regression tests: one
//! arbitrary input, written as one content file of one of the example
//! Ambiti (or as one of the shared files of `_riferimenti/`), through load,
//! model and validate, then, when the content holds together, through
//! rendering every document of that Ambito: the contexts, the Italian of
//! `render::italiano`, the clauses and the templates. Nothing here may
//! panic, whatever the bytes.
//!
//! Each example Ambito sits alone in a content folder of its own, with the
//! shared data, so that an input costs the check of one Ambito.

use std::path::{Path, PathBuf};

use crate::build;
use crate::model::pubblicazione::Copia;
use crate::render::Renderer;

/// The content files an input can land in, chosen by its first byte: the
/// files an Ambito folder may hold (with a relazione named as the
/// examples'), then the shared files.
pub fn targets() -> Vec<String> {
    crate::load::FILES
        .iter()
        .map(|f| {
            let path = f.path.replace("<anno>-<1|2>", "2025-1");
            if f.shared() {
                format!("../{path}")
            } else {
                path
            }
        })
        .collect()
}

/// Makes `root/<ambito>/content/{_riferimenti,<ambito>}` for every Ambito of
/// `content` (a copy of the examples), and returns the Ambiti's ids, sorted.
pub fn prepare(content: &Path, root: &Path) -> std::io::Result<Vec<String>> {
    let mut ids: Vec<String> = std::fs::read_dir(content)?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|id| !id.starts_with('_'))
        .collect();
    ids.sort();
    for id in &ids {
        let into = root.join(id).join("content");
        for sub in [crate::load::RIFERIMENTI, id.as_str()] {
            copy(&content.join(sub), &into.join(sub))?;
        }
    }
    Ok(ids)
}

fn copy(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy(&path, &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(&path, to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// Writes `data` (after its first byte) over one file of one Ambito of a
/// root made by [`prepare`], checks that Ambito's content, renders its
/// documents if it has no errors, and puts the file back. The first byte
/// picks the file (`selector % files`) and the Ambito (`selector / files`).
/// Returns the number of diagnostics plus the number of documents rendered,
/// so that callers can see something happened.
pub fn check_one(root: &Path, ids: &[String], templates: &Path, data: &[u8]) -> usize {
    let Some((&selector, rest)) = data.split_first() else {
        return 0;
    };
    let targets = targets();
    let n = targets.len().max(1);
    let (Some(target), Some(id)) = (
        targets.get(usize::from(selector) % n),
        ids.get(usize::from(selector) / n % ids.len().max(1)),
    ) else {
        return 0;
    };
    let content = root.join(id).join("content");
    let path: PathBuf = content.join(id).join(target);
    let original = std::fs::read(&path).ok();
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if std::fs::write(&path, rest).is_err() {
        return 0;
    }
    let mut found = 0;
    if let Ok(checked) = build::check(&content) {
        found += checked.diagnostics.len();
        if !checked.has_errors() {
            let renderer = Renderer::new(templates, &content);
            for (ambito, documento) in build::jobs(&checked) {
                // A template error is a finding for a person to read, not a
                // crash: only a panic fails the fuzzer.
                let _ = renderer.render(ambito, documento, &Copia::Originale);
                found += 1;
            }
        }
    }
    // Put the file back for the next input.
    match original {
        Some(bytes) => {
            let _ = std::fs::write(&path, bytes);
        }
        None => {
            let _ = std::fs::remove_file(&path);
        }
    }
    found
}
