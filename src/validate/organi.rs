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
                format!(
                    "add the missing members, or declare them vacant: `vacanti: {}`",
                    u64::from(n.value).saturating_sub(seated)
                )
            } else {
                format!(
                    "the quota has {} seats: remove members or vacancies",
                    n.value
                )
            };
            out.push(
                Diagnostic::error(
                    "R019",
                    path,
                    Position::at(&q.id),
                    format!(
                        "quota `{}` of {} has {} seats, but {} members and {} declared vacancies",
                        q.id.value, organo.nome, n.value, seated, vacant
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
                    format!("`{}` sits twice in {}", c.persona.value, organo.nome),
                )
                .with_hint("a person holds one seat in a body: remove one entry"),
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
                    format!(
                        "{} allows at most {} members, but its quotas provide {} seats and {} people sit in it",
                        organo.nome, max.value, seats, members
                    ),
                )
                .with_hint("reduce the quotas or the members, or correct `massimo`"),
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
                    format!("the chair `{}` is not a member of {}", p.value, organo.nome),
                )
                .with_hint("choose the chair among the members, or add them to `componenti`"),
            );
        }
    }
}
