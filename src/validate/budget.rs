//! R048: output budgets. Most of the content grows the documents by what it
//! says (a Comune is a row), and the input budgets (8 MiB a file, 1,000,000
//! YAML events) bound that. A few numbers expand instead: a quota of
//! `numero: 100002` with `vacanti: 100000` is 100,000 rows of "posto
//! vacante", a 4,000-page PDF from one line. So the counts that become rows
//! have a budget, far above any real Ambito, checked by `check` at the value
//! that crosses it; a document that still comes out longer than
//! [`crate::typeset::PAGINE_PER_DOCUMENTO`] pages is refused by the
//! typesetter, before it is exported.

use crate::diagnostic::{Diagnostic, Position};
use crate::model::Ambito;

/// Seats of one body (quotas, vacancies included). The largest bodies are
/// assemblies of every Sindaco: about a hundred Comuni.
pub const POSTI_PER_ORGANO: u64 = 500;
/// Rows of the composition of all the bodies of an Ambito together.
pub const RIGHE_COMMISSIONI: u64 = 2_000;
/// Comuni of one Ambito (the largest have about a hundred).
pub const COMUNI_PER_AMBITO: usize = 500;
/// Objectives and lines of spending of one relazione.
pub const RIGHE_RELAZIONE: usize = 1_000;

pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    if let Some(c) = a.comuni.value.get(COMUNI_PER_AMBITO) {
        out.push(
            Diagnostic::error(
                "R048",
                &a.comuni.path,
                Position::at(&c.id),
                crate::t!(
                    "r048-comuni",
                    n = a.comuni.value.len(),
                    massimo = COMUNI_PER_AMBITO
                ),
            )
            .with_hint(crate::t!("r048-comuni-suggerimento")),
        );
    }
    organi(a, out);
    for r in &a.relazioni {
        let rel = &r.file.value;
        let rows = [
            (
                rel.obiettivi
                    .get(RIGHE_RELAZIONE)
                    .map(|e| Position::at(&e.obiettivo)),
                crate::t!(
                    "r048-relazione-obiettivi",
                    n = rel.obiettivi.len(),
                    massimo = RIGHE_RELAZIONE
                ),
            ),
            (
                rel.spesa
                    .get(RIGHE_RELAZIONE)
                    .map(|s| Position::at(&s.fondo)),
                crate::t!(
                    "r048-relazione-spesa",
                    n = rel.spesa.len(),
                    massimo = RIGHE_RELAZIONE
                ),
            ),
        ];
        for (position, message) in rows {
            if let Some(position) = position {
                out.push(Diagnostic::error("R048", &r.file.path, position, message));
            }
        }
    }
}

/// Seats per body and rows of the composition, counted in u64 (no sum of
/// `u32` values can wrap), reported at the number that crosses the budget.
fn organi(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(o) = &a.organi else { return };
    let path = &o.path;
    let mut righe: u64 = 0;
    for organo in &o.value.organi {
        let mut posti: u64 = 0;
        for q in &organo.quote {
            let membri = organo.membri(&q.id.value);
            let (n, position) = match (&q.numero, &q.vacanti) {
                (Some(n), _) => (u64::from(n.value), Position::at(n)),
                (None, Some(v)) => (membri + u64::from(v.value), Position::at(v)),
                (None, None) => (membri, Position::at(&q.id)),
            };
            let vacanti = q
                .vacanti
                .as_ref()
                .map(|v| (u64::from(v.value), Position::at(v)));
            posti += n;
            righe += n.max(membri);
            let over = if let Some((v, vat)) = vacanti.filter(|(v, _)| *v > POSTI_PER_ORGANO) {
                Some((vat, crate::t!("r048-organo-vacanti", n = v)))
            } else if posti > POSTI_PER_ORGANO {
                Some((position.clone(), crate::t!("r048-organo-posti", n = posti)))
            } else {
                None
            };
            if let Some((position, what)) = over {
                out.push(
                    Diagnostic::error(
                        "R048",
                        path,
                        position,
                        crate::t!(
                            "r048-organo",
                            organo = &organo.nome,
                            quanti = what,
                            quota = &q.id.value,
                            massimo = POSTI_PER_ORGANO
                        ),
                    )
                    .with_hint(crate::t!("r048-organo-suggerimento")),
                );
                return;
            }
            if righe > RIGHE_COMMISSIONI {
                out.push(Diagnostic::error(
                    "R048",
                    path,
                    position,
                    crate::t!(
                        "r048-commissioni",
                        righe = righe,
                        quota = &q.id.value,
                        organo = &organo.nome,
                        massimo = RIGHE_COMMISSIONI
                    ),
                ));
                return;
            }
        }
    }
}
