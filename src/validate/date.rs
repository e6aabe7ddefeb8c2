//! Dates in order.
//!
//! - R028: a period starts before it ends: the plan's years, a Sindaco's
//!   mandate, the convenzione's term after its signing, a relazione signed
//!   after its semester ends.
//! - R029: an act is signed or adopted on or after the day it was approved.

use std::path::Path;

use chrono::NaiveDate;
use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostic, Position};
use crate::model::Ambito;

/// R028 and R029 over the dates of an Ambito.
pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    periodi(a, out);
    atti(a, out);
    relazioni(a, out);
}

/// An R028 diagnostic: a period or document dated before it can be.
fn r028(path: &Path, pos: Position, msg: String, hint: String) -> Diagnostic {
    Diagnostic::error("R028", path, pos, msg).with_hint(hint)
}

/// R028: the plan's years and each Sindaco's mandate.
fn periodi(a: &Ambito, out: &mut Vec<Diagnostic>) {
    if let Some(p) = &a.piano
        && p.value.dal.value > p.value.al.value
    {
        out.push(r028(
            &p.path,
            Position::at(&p.value.al),
            crate::t!("r028-piano", al = p.value.al.value, dal = p.value.dal.value),
            crate::t!("r028-piano-suggerimento"),
        ));
    }
    for c in &a.comuni.value {
        for m in &c.sindaci {
            if let Some(al) = &m.al
                && al.value < m.dal.value
            {
                out.push(r028(
                    &a.comuni.path,
                    Position::at(al),
                    crate::t!(
                        "r028-mandato",
                        persona = &m.persona.value,
                        al = al.value.to_string(),
                        dal = m.dal.value.to_string()
                    ),
                    crate::t!("r028-mandato-suggerimento"),
                ));
            }
        }
    }
}

/// R028 and R029: the convenzione's term, and the acts after their approval.
fn atti(a: &Ambito, out: &mut Vec<Diagnostic>) {
    if let Some(conv) = &a.convenzione {
        let c = &conv.value;
        if let Some(durata) = &c.durata
            && durata.scadenza.value < c.stipula.data.value
        {
            out.push(r028(
                &conv.path,
                Position::at(&durata.scadenza),
                crate::t!(
                    "r028-convenzione",
                    scadenza = durata.scadenza.value.to_string(),
                    stipula = c.stipula.data.value.to_string()
                ),
                crate::t!("r028-convenzione-suggerimento"),
            ));
        }
        after_approval(
            &conv.path,
            &c.stipula.data,
            &c.approvazione.data,
            "firma",
            out,
        );
    }
    if let Some(reg) = &a.regolamento {
        let r = &reg.value;
        after_approval(
            &reg.path,
            &r.adozione.data,
            &r.approvazione.data,
            "adozione",
            out,
        );
    }
}

/// R028: a relazione signed after its semester ends, from the next day on
/// (a relazione dated the semester's last day is too early).
fn relazioni(a: &Ambito, out: &mut Vec<Diagnostic>) {
    for r in &a.relazioni {
        let (month, day) = if r.semestre == 1 { (6, 30) } else { (12, 31) };
        if let Some(end) = NaiveDate::from_ymd_opt(r.anno, month, day)
            && let Some(first) = end.succ_opt()
            && r.file.value.data.value < first
        {
            out.push(r028(
                &r.file.path,
                Position::at(&r.file.value.data),
                crate::t!(
                    "r028-relazione",
                    anno = r.anno,
                    semestre = r.semestre,
                    data = r.file.value.data.value.to_string(),
                    fine = end.to_string(),
                    primo = first.to_string()
                ),
                crate::t!("r028-relazione-suggerimento", primo = first.to_string()),
            ));
        }
    }
}

/// R029: an act `done` on or after its approval; `what` is how: `firma`
/// (the convenzione is signed) or `adozione` (the regolamento is adopted).
fn after_approval(
    path: &Path,
    done: &Spanned<NaiveDate>,
    approved: &Spanned<NaiveDate>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    if done.value < approved.value {
        out.push(
            Diagnostic::error(
                "R029",
                path,
                Position::at(done),
                crate::t!(
                    "r029-prima-dell-approvazione",
                    atto = what,
                    data = done.value.to_string(),
                    approvazione = approved.value.to_string()
                ),
            )
            .with_hint(crate::t!(
                "r029-prima-dell-approvazione-suggerimento",
                atto = what
            )),
        );
    }
}
