//! `ambito list`: what a build would produce, and whether it is up to date.

use crate::build::firmati::{self, StatoFile};
use crate::build::plan::periodo;
use crate::build::{Checked, Digests, Inputs, Manifest, Paths, jobs};

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
pub struct Riga {
    pub ambito: String,
    pub documento: String,
    pub periodo: String,
    /// The output path, under the output folder.
    pub path: String,
    pub stato: Stato,
}

/// One row per document the content describes (and one more per signed
/// version a newer one replaced), in build order.
pub fn list(checked: &Checked, paths: &Paths) -> Result<Vec<Riga>, crate::build::IoError> {
    let manifest = Manifest::read(&paths.out).unwrap_or_default();
    let latest = manifest.attuali();
    let inputs = Inputs::new(paths, &Digests::default())?;
    let mut righe = Vec::new();
    for (ambito, documento) in jobs(checked) {
        let base = format!("{}/{}.pdf", ambito.id, documento.name());
        let entry = latest.get(&base).copied();
        let stato = match entry {
            _ if checked.is_blocked(ambito) => Stato::Bloccato,
            None => Stato::DaCostruire,
            Some(e) => {
                let same = inputs.input(ambito, documento).is_ok_and(|i| i == e.input);
                match (firmati::stato(&paths.out, e), same) {
                    (StatoFile::Costruito, true) => Stato::Aggiornato,
                    (StatoFile::Costruito, false) => Stato::DaAggiornare,
                    (StatoFile::Firmato(f), true) => Stato::Firmato(f.firme),
                    (StatoFile::Firmato(f), false) => Stato::FirmatoDaAggiornare(f.firme),
                    (StatoFile::Altro, _) => Stato::DaCostruire,
                }
            }
        };
        let riga = |path: String, stato| Riga {
            ambito: ambito.id.clone(),
            documento: documento.kind().to_string(),
            periodo: periodo(ambito, documento),
            path,
            stato,
        };
        let current = entry.map_or(base.clone(), |e| e.path.clone());
        let older = sostituiti(&manifest, &paths.out, &base, &current);
        righe.push(riga(current, stato));
        righe.extend(older.into_iter().map(|(path, stato)| riga(path, stato)));
    }
    Ok(righe)
}

/// The signed earlier versions of the document first written at `base`,
/// oldest first, each replaced by the next (the last by `current`).
fn sostituiti(
    manifest: &Manifest,
    out: &std::path::Path,
    base: &str,
    current: &str,
) -> Vec<(String, Stato)> {
    let mut older: Vec<_> = manifest
        .documenti
        .iter()
        .filter(|e| firmati::prima(&e.path) == base && e.path != current)
        .collect();
    older.sort_by_key(|e| firmati::versione(&e.path));
    older
        .into_iter()
        .filter_map(|e| match firmati::stato(out, e) {
            StatoFile::Firmato(f) => {
                let by = e
                    .sostituito_da
                    .clone()
                    .unwrap_or_else(|| current.to_string());
                Some((e.path.clone(), Stato::Sostituito(f.firme, by)))
            }
            _ => None,
        })
        .collect()
}
