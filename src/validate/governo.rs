//! Governance and the text of the acts: the region, the form and its
//! managing body, delegations and parties, the history of an act, and the
//! office's changes to the clauses.
//!
//! - R037: `regione` names a profile.
//! - R038: the managing body is of the kind the form needs.
//! - R039: a Comune delegates once, to an ente; a party is listed once.
//! - R040: extensions in order, each beyond the previous, none after the act.
//! - R041–R046: the office's changes to the convenzione's text (found while
//!   the model composed it, reported here).

use crate::diagnostic::{Diagnostic, Position, did_you_mean};
use crate::load::profili::spedito;
use crate::load::values::{Forma, TipoEnte};
use crate::model::Ambito;

pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    regione(a, out);
    forma(a, out);
    deleghe(a, out);
    proroghe(a, out);
    for (_, problemi) in a.testo_convenzione.iter().chain(&a.testo_regolamento) {
        out.extend(problemi.iter().map(|p| p.diagnostic()));
    }
}

fn regione(a: &Ambito, out: &mut Vec<Diagnostic>) {
    if a.governo.profilo.is_some() {
        return;
    }
    let regione = &a.info.value.regione;
    let ids: Vec<&str> = spedito()
        .map(|s| s.profili.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let hint = match did_you_mean(&regione.value.to_lowercase(), ids.iter().copied()) {
        Some(m) => crate::t!("forse-intendevi", nome = m),
        None => crate::t!("r037-regioni", elenco = ids.join(", ")),
    };
    out.push(
        Diagnostic::error(
            "R037",
            &a.info.path,
            Position::at(regione),
            crate::t!("r037-regione-sconosciuta", regione = &regione.value),
        )
        .with_hint(hint),
    );
}

fn forma(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let g = &a.governo;
    let Some(ente) = &g.ente else { return };
    let (wanted, words): (&[TipoEnte], String) = match g.forma {
        Forma::Convenzione | Forma::AccordoDiProgramma => return,
        Forma::Unione => (&[TipoEnte::Unione], crate::t!("r038-serve-unione")),
        Forma::Consorzio => (
            &[TipoEnte::Consorzio, TipoEnte::Asp],
            crate::t!("r038-serve-consorzio"),
        ),
        Forma::AziendaSpeciale => (
            &[TipoEnte::AziendaSpeciale],
            crate::t!("r038-serve-azienda-speciale"),
        ),
        Forma::DelegaAziendaSanitaria => (
            &[TipoEnte::AziendaSanitaria],
            crate::t!("r038-serve-azienda-sanitaria"),
        ),
        Forma::ComunitaMontana => (
            &[TipoEnte::ComunitaMontana, TipoEnte::ComunitaDiValle],
            crate::t!("r038-serve-comunita-montana"),
        ),
    };
    if ente.tipo.is_some_and(|t| wanted.contains(&t)) {
        return;
    }
    let what = match ente.tipo {
        None => crate::t!("r038-e-un-comune"),
        Some(_) => crate::t!("r038-tipo-sbagliato", ente = &ente.id),
    };
    let gestore = &a.info.value.ente_gestore;
    out.push(
        Diagnostic::error(
            "R038",
            &a.info.path,
            Position::at(gestore),
            crate::t!(
                "r038-ente-gestore",
                forma = g.forma.id(),
                richiesto = words,
                gestore = &gestore.value,
                trovato = what
            ),
        )
        .with_hint(crate::t!("r038-ente-gestore-suggerimento")),
    );
}

fn deleghe(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let path = &a.info.path;
    let mut seen: Vec<&str> = Vec::new();
    for d in &a.info.value.deleghe {
        if a.comune(&d.ente.value).is_some() {
            out.push(
                Diagnostic::error(
                    "R039",
                    path,
                    Position::at(&d.ente),
                    crate::t!("r039-delega-a-comune", ente = &d.ente.value),
                )
                .with_hint(crate::t!("r039-delega-a-comune-suggerimento")),
            );
        }
        for c in &d.comuni {
            if seen.contains(&c.value.as_str()) {
                out.push(
                    Diagnostic::error(
                        "R039",
                        path,
                        Position::at(c),
                        crate::t!("r039-comune-in-due-deleghe", comune = &c.value),
                    )
                    .with_hint(crate::t!("r039-comune-in-due-deleghe-suggerimento")),
                );
            }
            seen.push(&c.value);
        }
    }
    if let Some(conv) = &a.convenzione {
        let mut parti: Vec<&str> = Vec::new();
        for p in &conv.value.parti {
            if parti.contains(&p.ente.value.as_str()) {
                out.push(
                    Diagnostic::error(
                        "R039",
                        &conv.path,
                        Position::at(&p.ente),
                        crate::t!("r039-parte-doppia", ente = &p.ente.value),
                    )
                    .with_hint(crate::t!("r039-parte-doppia-suggerimento")),
                );
            }
            parti.push(&p.ente.value);
        }
    }
}

fn proroghe(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(conv) = &a.convenzione else { return };
    let c = &conv.value;
    let mut previous: Option<&crate::load::files::Proroga> = None;
    for p in &c.proroghe {
        let problem = if p.data.value > c.stipula.data.value {
            Some((
                Position::at(&p.data),
                crate::t!(
                    "r040-proroga-dopo-l-atto",
                    numero = p.numero,
                    data = p.data.value.to_string(),
                    stipula = c.stipula.data.value.to_string()
                ),
            ))
        } else if let Some(prev) = previous {
            if p.data.value < prev.data.value {
                Some((
                    Position::at(&p.data),
                    crate::t!(
                        "r040-proroga-fuori-ordine",
                        numero = p.numero,
                        data = p.data.value.to_string(),
                        precedente = prev.data.value.to_string()
                    ),
                ))
            } else if p.fino_al.value <= prev.fino_al.value {
                Some((
                    Position::at(&p.fino_al),
                    crate::t!(
                        "r040-proroga-non-oltre",
                        numero = p.numero,
                        fino = p.fino_al.value.to_string(),
                        precedente = prev.fino_al.value.to_string()
                    ),
                ))
            } else {
                None
            }
        } else {
            None
        };
        if let Some((position, message)) = problem {
            out.push(
                Diagnostic::error("R040", &conv.path, position, message)
                    .with_hint(crate::t!("r040-proroghe-suggerimento")),
            );
        }
        previous = Some(p);
    }
}
