//! Support for the fuzz target (`fuzz/`) and its regression tests: one
//! arbitrary input, written as one content file of a valid Ambito, through
//! load, model and validate. Nothing here may panic, whatever the bytes.

use std::path::Path;

use crate::build;

/// The content files an input can land in, chosen by its first byte: the
/// files an Ambito folder may hold, with the example's relazione.
pub fn targets() -> Vec<String> {
    crate::load::AMBITO_FILES
        .iter()
        .map(|f| f.replace("<anno>-<1|2>", "2025-1"))
        .collect()
}

/// Writes `data` (after its first byte) over one file of the Ambito at
/// `root/content/carate-brianza` and checks the content. Returns the number
/// of diagnostics, so that callers can see something happened.
pub fn check_one(root: &Path, data: &[u8]) -> usize {
    let Some((&selector, rest)) = data.split_first() else {
        return 0;
    };
    let targets = targets();
    let Some(target) = targets.get(usize::from(selector) % targets.len().max(1)) else {
        return 0;
    };
    let content = root.join("content");
    let path = content.join("carate-brianza").join(target);
    let original = std::fs::read(&path).ok();
    if std::fs::write(&path, rest).is_err() {
        return 0;
    }
    let found = build::check(&content).map_or(0, |c| c.diagnostics.len());
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
