//! The Ufficio di Piano: its Responsabile and its staff.
//!
//! - R014: the Responsabile is in the staff list exactly once.
//! - R015: the Responsabile is seconded full time where the convenzione
//!   requires it (it picks the Responsabile among full-time staff).
//! - R016: the staff list counts as many people as the declared `organico`.
//! - R017: weekly hours are within 1..36.
//! - R018: staff come from a member Comune, or are marked `esterno`.
//! - R030 (warning): the Responsabile's term under the regolamento has run out.

use std::path::Path;

use chrono::Months;

use crate::diagnostic::{Diagnostic, Position};
use crate::load::files::UfficioFile;
use crate::model::Ambito;

/// R014–R018 and R030 over `ufficio-di-piano.yaml`.
pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(u) = &a.ufficio else { return };
    let (path, u) = (&u.path, &u.value);
    responsabile(a, path, u, out);
    if let Some(organico) = &u.organico
        && organico.value as usize != u.personale.len()
    {
        out.push(
            Diagnostic::error(
                "R016",
                path,
                Position::at(organico),
                format!(
                    "`organico` says {} but the staff list has {}",
                    organico.value,
                    u.personale.len()
                ),
            )
            .with_hint("correct `organico` or the list; the documents count the list"),
        );
    }

    for p in &u.personale {
        if let Some(ore) = &p.ore_settimanali
            && !(1..=36).contains(&ore.value)
        {
            out.push(
                Diagnostic::error(
                    "R017",
                    path,
                    Position::at(ore),
                    format!("{} weekly hours is outside 1..36", ore.value),
                )
                .with_hint(
                    "write the hours of the secondment; remove the key for full time (36 hours)",
                ),
            );
        }
        if !p.esterno && a.comune(&p.ente.value).is_none() && a.ente(&p.ente.value).is_some() {
            out.push(
                Diagnostic::error(
                    "R018",
                    path,
                    Position::at(&p.ente),
                    format!(
                        "`{}` is not a member Comune: staff are seconded by the Comuni of the Ambito",
                        p.ente.value
                    ),
                )
                .with_hint("name the seconding Comune, or add `esterno: true` for staff hired from outside"),
            );
        }
    }

    responsabile_term(a, path, u, out);
}

/// R014, R015: the Responsabile is in the staff once, full time where the
/// convenzione wants it.
fn responsabile(a: &Ambito, path: &Path, u: &UfficioFile, out: &mut Vec<Diagnostic>) {
    let resp = &u.responsabile;
    let entries: Vec<_> = u
        .personale
        .iter()
        .filter(|p| p.persona.value == resp.value)
        .collect();
    match entries.as_slice() {
        [] => out.push(
            Diagnostic::error(
                "R014",
                path,
                Position::at(resp),
                format!("the Responsabile `{}` is not in the staff list", resp.value),
            )
            .with_hint("add the Responsabile to `personale`, or name one of the staff"),
        ),
        [one] => {
            if a.convenzione.is_some()
                && let Some(ore) = &one.ore_settimanali
            {
                out.push(
                    Diagnostic::error(
                        "R015",
                        path,
                        Position::at(ore),
                        format!(
                            "the Responsabile `{}` is seconded for {} hours a week, but the convenzione picks the Responsabile among full-time staff",
                            resp.value, ore.value
                        ),
                    )
                    .with_hint("remove `ore-settimanali` (full time), or name a full-time member as Responsabile"),
                );
            }
        }
        [_, again, ..] => out.push(
            Diagnostic::error(
                "R014",
                path,
                Position::at(&again.persona),
                format!(
                    "the Responsabile `{}` is listed more than once in the staff",
                    resp.value
                ),
            )
            .with_hint("keep one entry per person"),
        ),
    }
}

fn responsabile_term(a: &Ambito, path: &Path, u: &UfficioFile, out: &mut Vec<Diagnostic>) {
    let (Some(dal), Some(reg)) = (&u.responsabile_dal, &a.regolamento) else {
        return;
    };
    let anni = reg.value.responsabile.durata_anni;
    let Some(scadenza) = dal.value.checked_add_months(Months::new(anni * 12)) else {
        return;
    };
    let last = a
        .documenti()
        .into_iter()
        .filter_map(|d| a.data(d).map(|date| (date, d.name())))
        .max();
    if let Some((date, documento)) = last
        && date > scadenza
    {
        out.push(
            Diagnostic::warning(
                "R030",
                path,
                Position::at(dal),
                format!(
                    "the Responsabile's {anni}-year term from {} ended on {scadenza}, before the {documento} of {date}",
                    dal.value
                ),
            )
            .with_hint("confirm the Responsabile (update `responsabile-dal`) or appoint a successor"),
        );
    }
}
