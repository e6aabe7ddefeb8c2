//! Writing the output: one build per output folder at a time, files that
//! land whole or not at all, no temporary file left behind.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A build failure that is not about the content: a file that cannot be
/// read (an input being hashed) or written (the output).
#[derive(Debug)]
pub struct IoError {
    pub path: PathBuf,
    pub error: std::io::Error,
    verb: &'static str,
}

impl std::fmt::Display for IoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (path, error) = (self.path.display().to_string(), self.error.to_string());
        let text = if self.verb == "read" {
            crate::t!(
                "costruzione-lettura-impossibile",
                file = path,
                errore = error
            )
        } else {
            crate::t!(
                "costruzione-scrittura-impossibile",
                file = path,
                errore = error
            )
        };
        f.write_str(&text)
    }
}

impl std::error::Error for IoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

impl IoError {
    pub fn read(path: PathBuf, error: std::io::Error) -> IoError {
        IoError {
            path,
            error,
            verb: "read",
        }
    }

    pub fn write(path: PathBuf, error: std::io::Error) -> IoError {
        IoError {
            path,
            error,
            verb: "write",
        }
    }
}

/// Takes the output folder for this build: a second build into the same
/// folder waits here until the first is done, so that the manifest one
/// leaves names the PDFs it wrote, and neither removes the other's
/// temporary files. The lock is the operating system's on
/// `out/.ambito.lock`, released when the returned file is dropped, however
/// the build ends.
pub(crate) fn lock(out: &Path) -> Result<fs::File, IoError> {
    let path = out.join(".ambito.lock");
    let err = |e| IoError::write(path.clone(), e);
    fs::create_dir_all(out).map_err(err)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(err)?;
    file.lock().map_err(err)?;
    Ok(file)
}

/// Removes the temporary files a build killed half-way left behind (it could
/// not clean up after itself); they are never mistaken for documents, since
/// only renamed files end in `.pdf`.
pub(crate) fn remove_stale_temporaries(out: &Path) {
    let stale = walkdir::WalkDir::new(out)
        .max_depth(2)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            name.starts_with(".ambito-") && name.ends_with(".tmp")
        });
    for entry in stale {
        let _ = fs::remove_file(entry.path());
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over
/// `path`: a reader, or a build killed half-way, sees the old file or the new
/// one, never a part. Not flushed to the disk one by one (a flush per PDF cost
/// more than a tenth of the typesetting); after a power cut a PDF may be
/// lost, but not silently: its sha256 no longer matches the manifest, so
/// `verify` reports it and the next build rebuilds it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_replacing(path, bytes, false)
}

/// [`write_atomic`], and with `flush` the file reaches the disk before the
/// rename (for the manifest, which the next build trusts).
pub(crate) fn write_replacing(path: &Path, bytes: &[u8], flush: bool) -> Result<(), IoError> {
    let err = |e| IoError::write(path.to_path_buf(), e);
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(err)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".ambito-").suffix(".tmp");
    // Created as any file the user writes: 0666 less the umask (a temporary
    // file would otherwise keep its private 0600 once renamed into place).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    if flush {
        tmp.as_file().sync_all().map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_and_writing_are_told_apart() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let read = IoError::read(PathBuf::from("templates"), std::io::Error::other("gone"));
        assert_eq!(read.to_string(), "cannot read `templates`: gone");
        let write = IoError::write(PathBuf::from("out"), std::io::Error::other("full"));
        assert_eq!(write.to_string(), "cannot write `out`: full");
    }
}
