//! Bodies and commissions: composition rules against the rosters.
//!
//! - R019: every quota is filled or its vacancies are declared.
//! - R020: no person sits twice in one body.
//! - R021: the maximum size is respected.
//! - R022: the chair is a member of the body.

use std::collections::HashSet;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};
use crate::load::files::{OrganiFile, Organo};
use crate::model::Ambito;

/// R019–R022 over each body of `organi.yaml`.
pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(o) = &a.organi else { return };
    let (path, file) = (&o.path, &o.value);
    for organo in &file.organi {
        quote(path, organo, out);
        doppi(path, organo, out);
        massimo(path, organo, out);
        presidente(a, path, file, organo, out);
    }
}

/// R019: every quota is filled or its vacancies are declared.
fn quote(path: &Path, organo: &Organo, out: &mut Vec<Diagnostic>) {
    for q in &organo.quote {
        // In u64: members plus vacancies cannot wrap around.
        let seated = organo.membri(&q.id.value);
        let vacant = q.vacanti.as_ref().map_or(0, |v| u64::from(v.value));
        if let Some(n) = &q.numero
            && seated + vacant != u64::from(n.value)
        {
            let hint = if seated + vacant < u64::from(n.value) {
                crate::t!(
                    "r019-quota-suggerimento-mancano",
                    vacanti = u64::from(n.value).saturating_sub(seated)
                )
            } else {
                crate::t!("r019-quota-suggerimento-troppi", posti = n.value)
            };
            out.push(
                Diagnostic::error(
                    "R019",
                    path,
                    Position::at(&q.id),
                    crate::t!(
                        "r019-quota",
                        quota = &q.id.value,
                        organo = &organo.nome,
                        posti = n.value,
                        membri = seated,
                        vacanti = vacant
                    ),
                )
                .with_hint(hint),
            );
        }
    }
}

/// R020: no person sits twice in one body.
fn doppi(path: &Path, organo: &Organo, out: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    for c in &organo.componenti {
        if !seen.insert(c.persona.value.as_str()) {
            out.push(
                Diagnostic::error(
                    "R020",
                    path,
                    Position::at(&c.persona),
                    crate::t!(
                        "r020-persona-doppia",
                        persona = &c.persona.value,
                        organo = &organo.nome
                    ),
                )
                .with_hint(crate::t!("r020-persona-doppia-suggerimento")),
            );
        }
    }
}

/// R021: the maximum size is respected.
fn massimo(path: &Path, organo: &Organo, out: &mut Vec<Diagnostic>) {
    if let Some(max) = &organo.massimo {
        let seats: u64 = organo
            .quote
            .iter()
            .filter_map(|q| q.numero.as_ref())
            .map(|n| u64::from(n.value))
            .sum();
        let members = organo.componenti.len() as u64;
        if seats > u64::from(max.value) || members > u64::from(max.value) {
            out.push(
                Diagnostic::error(
                    "R021",
                    path,
                    Position::at(max),
                    crate::t!(
                        "r021-massimo",
                        organo = &organo.nome,
                        massimo = max.value,
                        posti = seats,
                        membri = members
                    ),
                )
                .with_hint(crate::t!("r021-massimo-suggerimento")),
            );
        }
    }
}

/// R022: the chair is a member of the body (a Sindaco, for a body of all
/// the Sindaci).
fn presidente(
    a: &Ambito,
    path: &Path,
    file: &OrganiFile,
    organo: &Organo,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(p) = &organo.presidente {
        let member = if organo.tutti_i_sindaci {
            a.comuni
                .value
                .iter()
                .any(|c| a.sindaco(c, file.aggiornato_al.value) == Some(p.value.as_str()))
        } else {
            organo.componenti.iter().any(|c| c.persona.value == p.value)
        };
        if !member {
            out.push(
                Diagnostic::error(
                    "R022",
                    path,
                    Position::at(p),
                    crate::t!(
                        "r022-presidente",
                        presidente = &p.value,
                        organo = &organo.nome
                    ),
                )
                .with_hint(crate::t!("r022-presidente-suggerimento")),
            );
        }
    }
}
