//! Comuni and Sindaci: who signs, for whom, with which population.
//!
//! - R011: the capofila is a member Comune (an ente may lead only an Ambito
//!   with no convenzione, which seats the office at a Comune).
//! - R012: each Comune has exactly one Sindaco in office on each document's date.
//! - R013: the population that shares the convenzione's costs is dated 31
//!   December of the penultimate year before the act.

use chrono::{Datelike, NaiveDate};

use crate::diagnostic::{Diagnostic, Position};
use crate::model::{Ambito, in_mandato};

pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    capofila(a, out);
    sindaci(a, out);
    popolazione(a, out);
}

fn capofila(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let capofila = &a.info.value.ente_gestore;
    let forma = a.governo.forma;
    if a.convenzione.is_some()
        && forma == crate::load::values::Forma::Convenzione
        && a.comune(&capofila.value).is_none()
        && a.ente(&capofila.value).is_some()
    {
        out.push(
            Diagnostic::error(
                "R011",
                &a.info.path,
                Position::at(capofila),
                crate::t!("r011-capofila-non-comune", ente = &capofila.value),
            )
            .with_hint(crate::t!("r011-capofila-non-comune-suggerimento")),
        );
    }
}

fn sindaci(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let mut dates: Vec<(NaiveDate, String)> = a
        .documenti()
        .into_iter()
        .filter_map(|d| a.data(d).map(|date| (date, d.name())))
        .collect();
    dates.sort();
    dates.dedup_by(|x, y| x.0 == y.0);
    let path = &a.comuni.path;
    let tutti_i_sindaci = a
        .organi
        .as_ref()
        .is_some_and(|o| o.value.organi.iter().any(|o| o.tutti_i_sindaci));
    for c in &a.comuni.value {
        let d = |message: String| Diagnostic::error("R012", path, Position::at(&c.id), message);
        match (&c.sindaco, c.sindaci.is_empty()) {
            (Some(_), false) => out.push(
                d(crate::t!("r012-sindaco-e-sindaci", comune = &c.id.value))
                    .with_hint(crate::t!("r012-sindaco-e-sindaci-suggerimento")),
            ),
            // The acts then name the office without the person ("il
            // Sindaco pro tempore"): only a body of every Sindaco needs them.
            (None, true) if tutti_i_sindaci => out.push(
                d(crate::t!("r012-senza-sindaco", comune = &c.id.value))
                    .with_hint(crate::t!("r012-senza-sindaco-suggerimento")),
            ),
            // The acts name the office without the person ("il Sindaco pro
            // tempore"), as the schema of an act approved by the councils does.
            (None, true) => {}
            (Some(_), true) => {}
            (None, false) => {
                for (date, documento) in &dates {
                    let in_office: Vec<_> =
                        c.sindaci.iter().filter(|m| in_mandato(m, *date)).collect();
                    match in_office.len() {
                        1 => {}
                        0 => out.push(
                            d(crate::t!(
                                "r012-nessun-sindaco-in-carica",
                                comune = &c.nome,
                                data = date.to_string(),
                                documento = documento
                            ))
                            .with_hint(crate::t!("r012-nessun-sindaco-in-carica-suggerimento")),
                        ),
                        _ => out.push(
                            d(crate::t!(
                                "r012-piu-sindaci-in-carica",
                                n = in_office.len(),
                                comune = &c.nome,
                                data = date.to_string(),
                                documento = documento,
                                sindaci = in_office
                                    .iter()
                                    .map(|m| m.persona.value.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ))
                            .with_hint(crate::t!("r012-piu-sindaci-in-carica-suggerimento")),
                        ),
                    }
                }
            }
        }
    }
}

fn popolazione(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(conv) = &a.convenzione else { return };
    let anno = conv.value.stipula.data.value.year();
    let Some(atteso) = NaiveDate::from_ymd_opt(anno - 2, 12, 31) else {
        return;
    };
    let shares = conv
        .value
        .ripartizione
        .as_ref()
        .is_some_and(|r| r.importo_annuo.is_some());
    for c in &a.comuni.value {
        match &c.popolazione {
            Some(p) if shares && p.al.value != atteso => out.push(
                Diagnostic::error(
                    "R013",
                    &a.comuni.path,
                    Position::at(&p.al),
                    crate::t!(
                        "r013-popolazione-data",
                        comune = &c.nome,
                        data = p.al.value.to_string(),
                        anno = anno,
                        attesa = atteso.to_string()
                    ),
                )
                .with_hint(crate::t!(
                    "r013-popolazione-data-suggerimento",
                    attesa = atteso.to_string()
                )),
            ),
            None if shares => out.push(
                Diagnostic::error(
                    "R013",
                    &a.comuni.path,
                    Position::at(&c.id),
                    crate::t!("r013-senza-popolazione", comune = &c.nome),
                )
                .with_hint(crate::t!(
                    "r013-senza-popolazione-suggerimento",
                    attesa = atteso.to_string()
                )),
            ),
            _ => {}
        }
    }
}
