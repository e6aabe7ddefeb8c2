//! `ambito list`: what a build would produce, and whether it is up to date.

use super::firmati::{self, Stato as File};
use super::{Checked, Paths, attuali, inputs, jobs, periodo, read_manifest};

/// Where a document stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stato {
    /// Built from the current inputs, and the PDF is the one built.
    Aggiornato,
    /// Built from other inputs: the next build rewrites it.
    DaAggiornare,
    /// Never built (or its PDF is gone).
    DaCostruire,
    /// Its Ambito has errors: the next build skips it.
    Bloccato,
    /// Signed, with so many signatures, and built from the current inputs.
    Firmato(usize),
    /// Signed, but its inputs changed: the next build writes a new version
    /// beside it (never over it).
    FirmatoDaAggiornare(usize),
    /// Signed, and replaced by a newer version (its path).
    Sostituito(usize, String),
}

impl Stato {
    pub fn label(&self) -> String {
        let firme = |n: &usize| {
            if *n == 1 {
                "firmato (1 firma)".to_string()
            } else {
                format!("firmato ({n} firme)")
            }
        };
        match self {
            Stato::Aggiornato => "aggiornato".into(),
            Stato::DaAggiornare => "da aggiornare".into(),
            Stato::DaCostruire => "da costruire".into(),
            Stato::Bloccato => "bloccato (errori)".into(),
            Stato::Firmato(n) => firme(n),
            Stato::FirmatoDaAggiornare(n) => {
                format!("{}, da aggiornare: la nuova versione va accanto", firme(n))
            }
            Stato::Sostituito(n, by) => format!("{}, sostituito da {by}", firme(n)),
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

/// Every document the content describes, with its state against `out/`;
/// after a document, its signed versions that a newer one replaces.
pub fn list(checked: &Checked, paths: &Paths) -> Result<Vec<Voce>, super::IoError> {
    let manifest = read_manifest(&paths.out).unwrap_or_default();
    let latest = attuali(&manifest);
    let digests = inputs::Digests::default();
    let mut voci = Vec::new();
    for (ambito, documento) in jobs(checked) {
        let base = format!("{}/{}.pdf", ambito.id, documento.name());
        let entry = latest.get(&base).copied();
        let stato = match entry {
            _ if checked.is_blocked(ambito) => Stato::Bloccato,
            None => Stato::DaCostruire,
            Some(e) => {
                let same = e.input == digests.of(paths, &ambito.id, documento)?;
                match (firmati::stato(&paths.out, e), same) {
                    (File::Costruito, true) => Stato::Aggiornato,
                    (File::Costruito, false) => Stato::DaAggiornare,
                    (File::Firmato(f), true) => Stato::Firmato(f.firme),
                    (File::Firmato(f), false) => Stato::FirmatoDaAggiornare(f.firme),
                    (File::Altro, _) => Stato::DaCostruire,
                }
            }
        };
        let voce = |path: String, stato| Voce {
            ambito: ambito.id.clone(),
            documento: documento.kind().to_string(),
            periodo: periodo(ambito, documento),
            path,
            stato,
        };
        voci.push(voce(entry.map_or(base.clone(), |e| e.path.clone()), stato));
        let mut older: Vec<_> = manifest
            .documenti
            .iter()
            .filter(|e| {
                firmati::prima(&e.path) == base
                    && Some(e.path.as_str()) != entry.map(|l| l.path.as_str())
            })
            .collect();
        older.sort_by_key(|e| firmati::versione(&e.path));
        for e in older {
            if let File::Firmato(f) = firmati::stato(&paths.out, e) {
                let by = e
                    .sostituito_da
                    .clone()
                    .unwrap_or_else(|| entry.map_or_else(|| base.clone(), |l| l.path.clone()));
                voci.push(voce(e.path.clone(), Stato::Sostituito(f.firme, by)));
            }
        }
    }
    Ok(voci)
}
