//! `ambito list`: what a build would produce, and whether it is up to date.

use std::collections::HashMap;

use super::{Checked, Paths, inputs, intact, jobs, periodo, read_manifest};

/// Where a document stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stato {
    /// Built from the current inputs, and the PDF is the one built.
    Aggiornato,
    /// Built from other inputs: the next build rewrites it.
    DaAggiornare,
    /// Never built (or its PDF is gone).
    DaCostruire,
    /// Its Ambito has errors: the next build skips it.
    Bloccato,
}

impl Stato {
    pub fn label(self) -> &'static str {
        match self {
            Stato::Aggiornato => "aggiornato",
            Stato::DaAggiornare => "da aggiornare",
            Stato::DaCostruire => "da costruire",
            Stato::Bloccato => "bloccato (errori)",
        }
    }
}

/// One document a build would produce.
#[derive(Debug, Clone)]
pub struct Voce {
    pub ambito: String,
    pub documento: String,
    pub periodo: String,
    /// The output path, under the output folder.
    pub path: String,
    pub stato: Stato,
}

/// Every document the content describes, with its state against `out/`.
pub fn list(checked: &Checked, paths: &Paths) -> std::io::Result<Vec<Voce>> {
    let manifest = read_manifest(&paths.out).unwrap_or_default();
    let built: HashMap<&str, _> = manifest
        .documenti
        .iter()
        .map(|e| (e.path.as_str(), e))
        .collect();
    let digests = inputs::Digests::default();
    let mut voci = Vec::new();
    for (ambito, documento) in jobs(checked) {
        let path = format!("{}/{}.pdf", ambito.id, documento.name());
        let stato = if checked.is_blocked(ambito) {
            Stato::Bloccato
        } else {
            match built.get(path.as_str()) {
                Some(e) if intact(&paths.out.join(&path), &e.sha256) => {
                    if e.input == digests.of(paths, &ambito.id, documento)? {
                        Stato::Aggiornato
                    } else {
                        Stato::DaAggiornare
                    }
                }
                _ => Stato::DaCostruire,
            }
        };
        voci.push(Voce {
            ambito: ambito.id.clone(),
            documento: documento.kind().to_string(),
            periodo: periodo(ambito, documento),
            path,
            stato,
        });
    }
    Ok(voci)
}
