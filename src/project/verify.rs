//! `ambito verify`: does every PDF the manifest lists still have the bytes it
//! was written with (or those bytes, then signatures), and do an act's AgID
//! metadata describe the file as it is?

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::build::cache::hex;
use crate::build::firmati::{self, StatoFile};
use crate::build::manifest::Manifest;
use crate::metadati::{self, Controllo};

/// What verification found about one document.
#[derive(Debug, PartialEq, Eq)]
pub enum Finding {
    /// Present, with the size and sha256 of the manifest.
    Ok(String),
    Missing(String),
    /// Present, but different: (path, what differs).
    Mismatch(String, String),
    /// The PDF as built, then signatures: (path, how many, the newer version
    /// that replaces it, if any).
    Firmato(String, usize, Option<String>),
    /// Signed (as [`Finding::Firmato`]) since the last build, which has yet
    /// to record the signature in the act's AgID metadata: the same, and
    /// what to do.
    MetadatiDaAggiornare(String, usize, Option<String>, String),
}

/// Why verification could not even start.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{}", crate::t!("progetto-manifest-illeggibile", errore = .0.to_string()))]
    NoManifest(std::io::Error),
    #[error("{}", crate::t!("progetto-manifest-non-valido", errore = .0.to_string()))]
    BadManifest(serde_json::Error),
}

/// Checks every entry of `out/manifest.json`.
pub fn verify(out: &Path) -> Result<Vec<Finding>, VerifyError> {
    let bytes = std::fs::read(out.join("manifest.json")).map_err(VerifyError::NoManifest)?;
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(VerifyError::BadManifest)?;
    Ok(manifest
        .documenti
        .iter()
        .map(|e| {
            let found = pdf(out, e);
            // An act (not a copy for publication) has its AgID metadata.
            if e.originale.is_some() || !matches!(found, Finding::Ok(_) | Finding::Firmato(..)) {
                return found;
            }
            match metadati::controlla(out, &e.path, &e.sha256) {
                Controllo::Ok => found,
                Controllo::DaAggiornare(why) => match found {
                    Finding::Firmato(p, n, by) => Finding::MetadatiDaAggiornare(p, n, by, why),
                    other => other,
                },
                Controllo::Problema(why) => Finding::Mismatch(e.path.clone(), why),
            }
        })
        .collect())
}

/// How the PDF of one entry stands.
fn pdf(out: &Path, e: &crate::build::Entry) -> Finding {
    match std::fs::read(out.join(&e.path)) {
        Err(_) => Finding::Missing(e.path.clone()),
        Ok(pdf) if pdf.len() as u64 == e.bytes => {
            let sha = hex(&Sha256::digest(&pdf));
            if sha == e.sha256 {
                Finding::Ok(e.path.clone())
            } else {
                Finding::Mismatch(
                    e.path.clone(),
                    crate::t!("progetto-sha256-diverso", sha = &sha, atteso = &e.sha256),
                )
            }
        }
        Ok(pdf) => match firmati::stato(out, e) {
            StatoFile::Firmato(f) => {
                Finding::Firmato(e.path.clone(), f.firme, e.sostituito_da.clone())
            }
            _ => Finding::Mismatch(
                e.path.clone(),
                crate::t!(
                    "progetto-dimensione-diversa",
                    byte = pdf.len(),
                    attesi = e.bytes
                ),
            ),
        },
    }
}
