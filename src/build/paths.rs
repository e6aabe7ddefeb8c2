//! Where things are, and whether they can be used: checked once, before any
//! build, so that a misplaced folder is a clear usage error (exit 2) instead
//! of a surprise half-way.

use std::path::{Component, Path, PathBuf};

/// Where things are.
#[derive(Debug, Clone)]
pub struct Paths {
    pub content: PathBuf,
    pub templates: PathBuf,
    pub out: PathBuf,
}

impl Paths {
    /// Why these folders cannot be used for a build, if they cannot:
    /// - the templates folder, when the project has one (without it, the
    ///   templates built into the binary are used), must be made of regular
    ///   files and real folders (a symbolic link would bring files from
    ///   outside into the documents, and its changes would not be seen);
    /// - the output folder must not be, or be inside, the content or the
    ///   templates (the PDFs would be read back as content, or overwrite it),
    ///   nor hold them.
    pub fn problema(&self) -> Option<String> {
        if self.templates.exists()
            && let Some(link) = first_link(&self.templates)
        {
            return Some(crate::t!(
                "costruzione-templates-collegamento",
                file = link.display().to_string()
            ));
        }
        let out = absolute(&self.out);
        for (what, dir) in [("content", &self.content), ("templates", &self.templates)] {
            if what == "templates" && !dir.exists() {
                continue;
            }
            let dir = absolute(dir);
            if out.starts_with(&dir) || dir.starts_with(&out) {
                return Some(crate::t!(
                    "costruzione-cartelle-sovrapposte",
                    uscita = self.out.display().to_string(),
                    tipo = what,
                    cartella = dir.display().to_string()
                ));
            }
        }
        None
    }
}

/// The path made absolute and without `.`/`..`, the symbolic links of the
/// folders that exist resolved (so that two names of one folder compare
/// equal).
fn absolute(path: &Path) -> PathBuf {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    // Resolve the longest existing ancestor, then add the rest lexically.
    let mut existing = full.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for part in rest.iter().rev() {
        resolved.push(part);
    }
    let mut clean = PathBuf::new();
    for c in resolved.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}

/// The first symbolic link or special file under `dir`, `dir` included.
fn first_link(dir: &Path) -> Option<PathBuf> {
    let meta = std::fs::symlink_metadata(dir).ok()?;
    if !meta.is_dir() {
        return Some(dir.to_path_buf());
    }
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| !(e.file_type().is_dir() || e.file_type().is_file()))
        .map(|e| e.path().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(root: &Path, out: &str) -> Paths {
        Paths {
            content: root.join("content"),
            templates: root.join("templates"),
            out: root.join(out),
        }
    }

    #[test]
    fn the_output_may_not_overlap_content_or_templates() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates/lib")).unwrap();
        std::fs::create_dir_all(dir.path().join("content/a")).unwrap();
        assert_eq!(paths(dir.path(), "out").problema(), None);
        for bad in [
            "content",
            "content/out",
            "content/a/../b",
            "templates/x",
            ".",
        ] {
            let why = paths(dir.path(), bad).problema().expect(bad);
            assert!(why.contains("overlap"), "{bad}: {why}");
        }
    }

    #[test]
    fn a_link_in_the_templates_is_refused() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("templates/lib")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", dir.path().join("templates/lib/x.typ")).unwrap();
        let why = paths(dir.path(), "out").problema().unwrap();
        assert!(why.contains("templates/lib/x.typ"), "{why}");
        assert!(why.contains("symbolic link"), "{why}");
    }
}
