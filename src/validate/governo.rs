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
        Some(m) => format!("did you mean `{m}`?"),
        None => format!(
            "the regions and autonomous provinces are: {}",
            ids.join(", ")
        ),
    };
    out.push(
        Diagnostic::error(
            "R037",
            &a.info.path,
            Position::at(regione),
            format!(
                "`{}` is not a region the tool has a profile for",
                regione.value
            ),
        )
        .with_hint(hint),
    );
}

fn forma(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let g = &a.governo;
    let Some(ente) = &g.ente else { return };
    let (wanted, words): (&[TipoEnte], &str) = match g.forma {
        Forma::Convenzione | Forma::AccordoDiProgramma => return,
        Forma::Unione => (&[TipoEnte::Unione], "an ente of `tipo: unione`"),
        Forma::Consorzio => (
            &[TipoEnte::Consorzio, TipoEnte::Asp],
            "an ente of `tipo: consorzio`",
        ),
        Forma::AziendaSpeciale => (
            &[TipoEnte::AziendaSpeciale],
            "an ente of `tipo: azienda-speciale`",
        ),
        Forma::DelegaAziendaSanitaria => (
            &[TipoEnte::AziendaSanitaria],
            "an ente of `tipo: azienda-sanitaria`",
        ),
        Forma::ComunitaMontana => (
            &[TipoEnte::ComunitaMontana, TipoEnte::ComunitaDiValle],
            "an ente of `tipo: comunita-montana` or `comunita-di-valle`",
        ),
    };
    if ente.tipo.is_some_and(|t| wanted.contains(&t)) {
        return;
    }
    let what = match ente.tipo {
        None => "a Comune".to_string(),
        Some(_) => format!("`{}` without the right `tipo:` in enti.yaml", ente.id),
    };
    let gestore = &a.info.value.ente_gestore;
    out.push(
        Diagnostic::error(
            "R038",
            &a.info.path,
            Position::at(gestore),
            format!(
                "`forma: {}` needs {words} as ente-gestore, but `{}` is {what}",
                g.forma.id(),
                gestore.value
            ),
        )
        .with_hint("name the managing body in ente-gestore and give it its `tipo:` in enti.yaml, or correct `forma`"),
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
                    format!(
                        "`{}` is a Comune: Comuni delegate to an ente (an Unione, a Comunità)",
                        d.ente.value
                    ),
                )
                .with_hint("list the body they delegate to in enti.yaml and name it here"),
            );
        }
        for c in &d.comuni {
            if seen.contains(&c.value.as_str()) {
                out.push(
                    Diagnostic::error(
                        "R039",
                        path,
                        Position::at(c),
                        format!("the Comune `{}` is in two delegations", c.value),
                    )
                    .with_hint("a Comune delegates its social functions to one body: keep it in one `deleghe` entry"),
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
                        format!("`{}` is listed twice among the parties", p.ente.value),
                    )
                    .with_hint("list each party once"),
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
                format!(
                    "the extension n. {} is dated {}, after the act is signed on {}",
                    p.numero, p.data.value, c.stipula.data.value
                ),
            ))
        } else if let Some(prev) = previous {
            if p.data.value < prev.data.value {
                Some((
                    Position::at(&p.data),
                    format!(
                        "the extension n. {} of {} is listed after one of {}",
                        p.numero, p.data.value, prev.data.value
                    ),
                ))
            } else if p.fino_al.value <= prev.fino_al.value {
                Some((
                    Position::at(&p.fino_al),
                    format!(
                        "the extension n. {} runs to {}, not beyond the previous one ({})",
                        p.numero, p.fino_al.value, prev.fino_al.value
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
                    .with_hint("list the extensions in date order, each to a later end date"),
            );
        }
        previous = Some(p);
    }
}
