//! `out/manifest.json`: what each build wrote, with the digest of what it
//! was written from, so that the next build skips what is up to date and
//! `verify` can tell a PDF from a changed one.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::firmati;
use super::write::{IoError, write_replacing};

/// One PDF written, as listed in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the output folder, with `/`.
    pub path: String,
    pub ambito: String,
    /// The kind: convenzione, regolamento, relazione, commissioni.
    pub documento: String,
    /// The semester of a relazione (`2025-1`); for an act, its date.
    pub periodo: String,
    pub pages: usize,
    pub bytes: u64,
    pub sha256: String,
    /// A digest of everything Typst was given to make the PDF: the
    /// document's Typst source, its name and date, the files of
    /// `templates/lib/`, the tool's version (see [`super::cache::documento`]).
    /// Equal digests mean equal PDFs.
    pub input: String,
    /// The version of ambito that wrote it.
    pub versione: String,
    /// Set once the file has been signed: `bytes` and `sha256` above stay
    /// those of the PDF as built, the prefix of the signed file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmato: Option<firmati::Firmato>,
    /// The signed version this one replaces (its inputs changed after it was
    /// signed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sostituisce: Option<String>,
    /// The newer version that replaces this signed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sostituito_da: Option<String>,
    /// A draft: it prints a value still to fill in, and says BOZZA on every
    /// page. Not to be signed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bozza: bool,
    /// For a copy for publication (`<ambito>/pubblicazione/…`): the path of
    /// the act it is a copy of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originale: Option<String>,
}

/// The manifest file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of ambito that wrote it.
    pub versione: String,
    pub documenti: Vec<Entry>,
    /// For each Ambito all of whose documents are listed and were built from
    /// its current files: the digest of everything it may read (its folder,
    /// the shared data, `templates/`). While that digest holds, a build does
    /// not read the Ambito at all.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ambiti: BTreeMap<String, String>,
}

impl Manifest {
    /// `out/manifest.json`, when there is a readable one.
    pub fn read(out: &Path) -> Option<Manifest> {
        fs::read(out.join("manifest.json"))
            .ok()
            .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
    }

    /// For each document (by the path of its first version), the entry of
    /// its latest version.
    pub fn attuali(&self) -> HashMap<String, &Entry> {
        let mut latest: HashMap<String, &Entry> = HashMap::new();
        for e in &self.documenti {
            let base = firmati::prima(&e.path);
            let newer = latest
                .get(&base)
                .is_none_or(|seen| firmati::versione(&e.path) > firmati::versione(&seen.path));
            if newer {
                latest.insert(base, e);
            }
        }
        latest
    }
}

/// Writes `out/manifest.json`: the entries `written` by this build, plus
/// what earlier builds wrote of the documents the content still describes
/// (`described`, by the path of their first version) but this run did not
/// build (their Ambito was blocked, or they belong to another shard), as long
/// as their PDF is still there. Documents the content no longer describes
/// drop out. A file signed since it was built is marked so: their paths are
/// returned.
pub(crate) fn write(
    out: &Path,
    written: &[Entry],
    described: &HashSet<String>,
    ambiti: BTreeMap<String, String>,
) -> Result<Vec<String>, IoError> {
    let path = out.join("manifest.json");
    let previous = Manifest::read(out).map(|m| m.documenti).unwrap_or_default();
    let mut entries: BTreeMap<String, Entry> = previous
        .into_iter()
        .filter(|e| described.contains(&firmati::prima(&e.path)) && out.join(&e.path).is_file())
        .map(|e| (e.path.clone(), e))
        .collect();
    let mut signed = Vec::new();
    for e in entries.values_mut() {
        let size = fs::metadata(out.join(&e.path)).map(|m| m.len()).ok();
        if size != Some(e.bytes)
            && size != e.firmato.as_ref().map(|f| f.bytes)
            && let firmati::StatoFile::Firmato(f) = firmati::stato(out, e)
        {
            e.firmato = Some(f);
            signed.push(e.path.clone());
        }
    }
    for e in written {
        entries.insert(e.path.clone(), e.clone());
    }
    for e in written {
        if let Some(old) = e.sostituisce.as_ref().and_then(|p| entries.get_mut(p)) {
            old.sostituito_da = Some(e.path.clone());
        }
    }
    let manifest = Manifest {
        versione: env!("CARGO_PKG_VERSION").to_string(),
        documenti: entries.into_values().collect(),
        ambiti,
    };
    let mut json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| IoError::write(path.clone(), e.into()))?;
    json.push(b'\n');
    // The manifest is flushed: it is what the next build trusts.
    write_replacing(&path, &json, true)?;
    Ok(signed)
}
