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
                crate::t!(
                    "r016-organico",
                    organico = organico.value,
                    personale = u.personale.len()
                ),
            )
            .with_hint(crate::t!("r016-organico-suggerimento")),
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
                    crate::t!("r017-ore-settimanali", ore = ore.value),
                )
                .with_hint(crate::t!("r017-ore-settimanali-suggerimento")),
            );
        }
        if !p.esterno && a.comune(&p.ente.value).is_none() && a.ente(&p.ente.value).is_some() {
            out.push(
                Diagnostic::error(
                    "R018",
                    path,
                    Position::at(&p.ente),
                    crate::t!("r018-ente-non-comune", ente = &p.ente.value),
                )
                .with_hint(crate::t!("r018-ente-non-comune-suggerimento")),
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
                crate::t!("r014-responsabile-assente", responsabile = &resp.value),
            )
            .with_hint(crate::t!("r014-responsabile-assente-suggerimento")),
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
                        crate::t!(
                            "r015-responsabile-part-time",
                            responsabile = &resp.value,
                            ore = ore.value
                        ),
                    )
                    .with_hint(crate::t!("r015-responsabile-part-time-suggerimento")),
                );
            }
        }
        [_, again, ..] => out.push(
            Diagnostic::error(
                "R014",
                path,
                Position::at(&again.persona),
                crate::t!("r014-responsabile-doppio", responsabile = &resp.value),
            )
            .with_hint(crate::t!("r014-responsabile-doppio-suggerimento")),
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
                crate::t!(
                    "r030-mandato-scaduto",
                    anni = anni,
                    dal = dal.value.to_string(),
                    scadenza = scadenza.to_string(),
                    documento = documento,
                    data = date.to_string()
                ),
            )
            .with_hint(crate::t!("r030-mandato-scaduto-suggerimento")),
        );
    }
}
