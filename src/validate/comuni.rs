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
                format!("the ente-gestore `{}` is not a member Comune, but under `forma: convenzione` the office sits at a Comune capofila", capofila.value),
            )
            .with_hint("name one of the Comuni of comuni.yaml as ente-gestore, or set `forma:` to how the Ambito is really run (unione, consorzio, comunita-montana, …)"),
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
                d(format!(
                    "Comune `{}` has both `sindaco` and `sindaci`",
                    c.id.value
                ))
                .with_hint("keep `sindaci` (the mandates with their dates) and remove `sindaco`"),
            ),
            // The acts then name the office without the person ("il
            // Sindaco pro tempore"): only a body of every Sindaco needs them.
            (None, true) if tutti_i_sindaci => out.push(
                d(format!(
                    "Comune `{}` has no Sindaco, but a body of organi.yaml seats every Sindaco",
                    c.id.value
                ))
                .with_hint(
                    "add `sindaco: <persona id>`, or `sindaci:` with the mandates and their dates",
                ),
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
                            d(format!(
                                "no Sindaco of {} is in office on {date}, the date of the {documento}",
                                c.nome
                            ))
                            .with_hint("add the mandate that covers that day to `sindaci`, or correct `dal`/`al`"),
                        ),
                        _ => out.push(
                            d(format!(
                                "{} Sindaci of {} are in office on {date}, the date of the {documento}: {}",
                                in_office.len(),
                                c.nome,
                                in_office.iter().map(|m| m.persona.value.as_str()).collect::<Vec<_>>().join(", ")
                            ))
                            .with_hint("mandates must not overlap: end the earlier one (`al`) before the next begins"),
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
                    format!(
                        "the population of {} is dated {}, but a convenzione signed in {anno} shares costs by the population at {atteso}",
                        c.nome, p.al.value
                    ),
                )
                .with_hint(format!("use the ISTAT resident population at {atteso}")),
            ),
            None if shares => out.push(
                Diagnostic::error(
                    "R013",
                    &a.comuni.path,
                    Position::at(&c.id),
                    format!("{} has no population, but the convenzione shares its costs by population", c.nome),
                )
                .with_hint(format!("add `popolazione: {{ al: {atteso}, residenti: N }}`")),
            ),
            _ => {}
        }
    }
}
