//! `ambito watch`: rebuild what a saved file affects.
//!
//! The content and template folders are polled (no platform watcher to
//! install, the same behaviour everywhere); a change is acted on once the
//! files have stayed the same for the debounce interval, so that an editor's
//! save (often several writes) gives one rebuild.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Size and modification time of every file under the watched folders.
pub type Snapshot = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

pub fn snapshot(roots: &[&Path]) -> Snapshot {
    let mut files = Snapshot::new();
    for root in roots {
        for entry in walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(Result::ok)
        {
            if entry.file_type().is_file()
                && let Ok(meta) = entry.metadata()
            {
                files.insert(entry.into_path(), (meta.len(), meta.modified().ok()));
            }
        }
    }
    files
}

/// The files that differ between two snapshots (added, removed or changed).
pub fn changed(before: &Snapshot, after: &Snapshot) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = before
        .iter()
        .filter(|(p, v)| after.get(*p) != Some(v))
        .map(|(p, _)| p.clone())
        .chain(after.keys().filter(|p| !before.contains_key(*p)).cloned())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Which Ambiti a change affects: the ones whose folder holds a changed
/// file; all of them (`None`) when shared data or templates changed.
pub fn affected(content: &Path, changed: &[PathBuf]) -> Option<Vec<String>> {
    let mut ambiti = Vec::new();
    for path in changed {
        let first = path
            .strip_prefix(content)
            .ok()
            .and_then(|rel| rel.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        match first {
            Some(a) if !a.starts_with('_') => ambiti.push(a),
            _ => return None,
        }
    }
    ambiti.sort();
    ambiti.dedup();
    Some(ambiti)
}

/// Waits until the watched files change and then stay put for `debounce`;
/// returns the new snapshot and what changed.
pub fn wait_for_change(
    roots: &[&Path],
    current: &Snapshot,
    poll: Duration,
    debounce: Duration,
) -> (Snapshot, Vec<PathBuf>) {
    loop {
        std::thread::sleep(poll);
        let mut next = snapshot(roots);
        if &next == current {
            continue;
        }
        // Debounce: wait until a poll sees no further change.
        loop {
            std::thread::sleep(debounce);
            let again = snapshot(roots);
            if again == next {
                break;
            }
            next = again;
        }
        let diff = changed(current, &next);
        return (next, diff);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_map_to_ambiti() {
        let content = Path::new("content");
        let one = vec![PathBuf::from("content/lecce/comuni.yaml")];
        assert_eq!(affected(content, &one), Some(vec!["lecce".to_string()]));
        let shared = vec![PathBuf::from("content/_riferimenti/norme.yaml")];
        assert_eq!(affected(content, &shared), None);
        let template = vec![PathBuf::from("templates/lib/atto.typ")];
        assert_eq!(affected(content, &template), None);
    }
}
