//! R050: what the office writes of an act's registration takes the form
//! the AgID metadata require (Allegato 5), so that the sidecar a build
//! writes is valid (see `crate::metadati`).

use crate::diagnostic::{Diagnostic, Position};
use crate::load::files::Archivio;
use crate::load::values::Registro;
use crate::model::Ambito;

pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let atti = [
        a.convenzione
            .as_ref()
            .map(|c| (&c.path, c.value.archivio.as_ref())),
        a.regolamento
            .as_ref()
            .map(|r| (&r.path, r.value.archivio.as_ref())),
    ];
    for (path, archivio) in atti.into_iter().flatten() {
        let Some(r) = archivio.and_then(|x: &Archivio| x.registrazione.as_ref()) else {
            continue;
        };
        if !codice_ok(&r.codice.value) {
            out.push(
                Diagnostic::error(
                    "R050",
                    path,
                    Position::at(&r.codice),
                    crate::t!("r050-codice", codice = &r.codice.value),
                )
                .with_hint(crate::t!("r050-codice-suggerimento")),
            );
        }
        let numero = &r.numero.value;
        let bad = match r.registro {
            Registro::Protocollo => numero.len() < 7 || !numero.bytes().all(|b| b.is_ascii_digit()),
            Registro::Repertorio => numero.trim().is_empty(),
        };
        if bad {
            out.push(
                Diagnostic::error(
                    "R050",
                    path,
                    Position::at(&r.numero),
                    crate::t!("r050-numero", numero = numero),
                )
                .with_hint(crate::t!("r050-numero-suggerimento")),
            );
        }
    }
}

/// A register's code: letters, digits, `_`, `.`, `-`; 1 to 16.
pub fn codice_ok(s: &str) -> bool {
    (1..=16).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_codes() {
        assert!(codice_ok("REP") && codice_ok("PG_2025.a-1"));
        assert!(!codice_ok("") && !codice_ok("REP N") && !codice_ok("ABCDEFGHIJKLMNOPQ"));
    }
}
