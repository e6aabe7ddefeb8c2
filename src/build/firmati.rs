//! Signed acts: a PDF in `out/` that an office has signed is kept as it is.
//!
//! A signing tool (PAdES) appends each signature as an incremental update:
//! the signed file starts with the exact bytes the build wrote. So a file
//! whose first `bytes` bytes have the manifest's sha256, and whose form holds
//! signed fields, is the act the build wrote, signed. A signed act cannot be
//! made again, so a build never overwrites, moves or deletes it, `--force`
//! or not: when its inputs change, the new version goes beside it
//! (`convenzione.v2.pdf`, then `.v3`…), and the manifest says which version
//! replaces which.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Entry;
use super::cache::hex;

/// What the manifest records of a signed act.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Firmato {
    /// How many signatures it holds.
    pub firme: usize,
    /// Size and sha256 of the signed file (the entry's own `bytes` and
    /// `sha256` are those of the PDF as built, its prefix).
    pub bytes: u64,
    pub sha256: String,
}

/// How the file an entry names stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatoFile {
    /// Exactly the bytes the build wrote.
    Costruito,
    /// The bytes the build wrote, then signatures.
    Firmato(Firmato),
    /// Missing, or changed in another way.
    Altro,
}

/// Reads the file of `entry` under `out` and tells how it stands.
pub fn stato(out: &Path, entry: &Entry) -> StatoFile {
    let Ok(bytes) = std::fs::read(out.join(&entry.path)) else {
        return StatoFile::Altro;
    };
    if bytes.len() as u64 == entry.bytes && hex(&Sha256::digest(&bytes)) == entry.sha256 {
        return StatoFile::Costruito;
    }
    let prefix = usize::try_from(entry.bytes)
        .ok()
        .and_then(|n| bytes.get(..n))
        .filter(|p| p.len() < bytes.len());
    match prefix {
        Some(p) if hex(&Sha256::digest(p)) == entry.sha256 => match firme(&bytes) {
            Some(n) if n > 0 => StatoFile::Firmato(Firmato {
                firme: n,
                bytes: bytes.len() as u64,
                sha256: hex(&Sha256::digest(&bytes)),
            }),
            _ => StatoFile::Altro,
        },
        _ => StatoFile::Altro,
    }
}

/// Whether the file an entry names is the built PDF, signed or not: what a
/// build may trust without rebuilding. Cheap when the size says it is
/// neither (no read).
pub fn intatto(out: &Path, entry: &Entry) -> bool {
    let path = out.join(&entry.path);
    let Ok(meta) = std::fs::metadata(&path) else {
        return false;
    };
    match &entry.firmato {
        Some(f) if meta.len() == f.bytes => sha256_is(&path, &f.sha256),
        _ if meta.len() == entry.bytes => sha256_is(&path, &entry.sha256),
        _ => matches!(stato(out, entry), StatoFile::Firmato(_)),
    }
}

/// Whether the file at `path` has the sha256 `expected`.
fn sha256_is(path: &Path, expected: &str) -> bool {
    std::fs::read(path).is_ok_and(|b| hex(&Sha256::digest(&b)) == expected)
}

/// Whether the file at `path` holds a signature, whatever wrote it: a build
/// never writes over such a file. A file that cannot be read as a PDF counts
/// as signed when it has a signature's `/ByteRange`: better keep a file than
/// lose a signature.
pub fn ha_firme(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    match firme(&bytes) {
        Some(n) => n > 0,
        None => bytes.windows(10).any(|w| w == b"/ByteRange"),
    }
}

/// The number of signature fields that hold a signature (a document
/// timestamp included); `None` when the bytes are not a PDF lopdf can read.
pub fn firme(pdf: &[u8]) -> Option<usize> {
    firme_e_marcature(pdf).map(|f| f.firme + f.marcature)
}

/// What the signature fields of a PDF hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sigilli {
    /// Signatures (PAdES, CAdES or PKCS#7 detached).
    pub firme: usize,
    /// Document timestamps (`/SubFilter /ETSI.RFC3161`).
    pub marcature: usize,
}

/// The signatures and document timestamps of a PDF; `None` when the bytes
/// are not a PDF lopdf can read.
pub fn firme_e_marcature(pdf: &[u8]) -> Option<Sigilli> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let fields = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|a| doc.dereference(a).ok())
        .and_then(|(_, a)| a.as_dict().ok())
        .and_then(|a| a.get(b"Fields").ok())
        .and_then(|f| doc.dereference(f).ok())
        .and_then(|(_, f)| f.as_array().ok())
        .cloned()
        .unwrap_or_default();
    // Fields nest (`/Kids`); a bounded walk, whatever the file says.
    let mut todo = fields;
    let mut sigilli = Sigilli::default();
    let mut seen = 0;
    while let Some(field) = todo.pop() {
        seen += 1;
        if seen > 100_000 {
            break;
        }
        let Some(dict) = doc
            .dereference(&field)
            .ok()
            .and_then(|(_, f)| f.as_dict().ok())
        else {
            continue;
        };
        let is_sig = dict.get(b"FT").and_then(|t| t.as_name()).ok() == Some(b"Sig".as_slice());
        if is_sig && let Ok(v) = dict.get(b"V") {
            let timestamp = doc
                .dereference(v)
                .ok()
                .and_then(|(_, v)| v.as_dict().ok())
                .and_then(|v| v.get(b"SubFilter").ok())
                .and_then(|f| f.as_name().ok())
                == Some(b"ETSI.RFC3161".as_slice());
            if timestamp {
                sigilli.marcature += 1;
            } else {
                sigilli.firme += 1;
            }
        }
        if let Ok(kids) = dict.get(b"Kids").and_then(|k| k.as_array()) {
            todo.extend(kids.iter().cloned());
        }
    }
    Some(sigilli)
}

/// The version a path holds: 1 for `convenzione.pdf`, N for
/// `convenzione.vN.pdf`.
pub fn versione(path: &str) -> u32 {
    split(path).1
}

/// The path of the document's first version: `x/convenzione.pdf` for
/// `x/convenzione.v3.pdf`.
pub fn prima(path: &str) -> String {
    let (stem, _) = split(path);
    format!("{stem}.pdf")
}

/// The path of version `n` of the document whose first version is `base`.
pub fn di_versione(base: &str, n: u32) -> String {
    let stem = base.strip_suffix(".pdf").unwrap_or(base);
    if n <= 1 {
        format!("{stem}.pdf")
    } else {
        format!("{stem}.v{n}.pdf")
    }
}

fn split(path: &str) -> (&str, u32) {
    let stem = path.strip_suffix(".pdf").unwrap_or(path);
    match stem.rsplit_once(".v") {
        // Only the canonical form: `.v2`, not `.v02` or `.v+2`.
        Some((head, n)) if n.parse::<u32>().is_ok_and(|v| v >= 2 && v.to_string() == n) => {
            (head, n.parse().unwrap_or(1))
        }
        _ => (stem, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_named_beside_the_first() {
        assert_eq!(versione("a/convenzione.pdf"), 1);
        assert_eq!(versione("a/convenzione.v2.pdf"), 2);
        assert_eq!(versione("a/convenzione.v02.pdf"), 1);
        assert_eq!(versione("a/relazione-2025-1.pdf"), 1);
        assert_eq!(prima("a/convenzione.v12.pdf"), "a/convenzione.pdf");
        assert_eq!(di_versione("a/convenzione.pdf", 3), "a/convenzione.v3.pdf");
        assert_eq!(di_versione("a/convenzione.pdf", 1), "a/convenzione.pdf");
    }

    #[test]
    fn a_file_that_is_not_a_pdf_has_no_signatures() {
        assert_eq!(firme(b"not a pdf"), None);
    }
}
