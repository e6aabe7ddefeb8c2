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
fn r028(path: &Path, pos: Position, msg: String, hint: &str) -> Diagnostic {
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
            format!(
                "the plan ends in {} before it starts in {}",
                p.value.al.value, p.value.dal.value
            ),
            "swap `dal` and `al`",
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
                    format!(
                        "the mandate of `{}` ends on {} before it starts on {}",
                        m.persona.value, al.value, m.dal.value
                    ),
                    "correct `dal` or `al`",
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
                format!(
                    "the convenzione expires on {} before it is signed on {}",
                    durata.scadenza.value, c.stipula.data.value
                ),
                "correct `scadenza` or the signing date",
            ));
        }
        after_approval(
            &conv.path,
            &c.stipula.data,
            &c.approvazione.data,
            "signed",
            out,
        );
    }
    if let Some(reg) = &a.regolamento {
        let r = &reg.value;
        after_approval(
            &reg.path,
            &r.adozione.data,
            &r.approvazione.data,
            "adopted",
            out,
        );
    }
}

/// R028: a relazione signed after its semester ends.
fn relazioni(a: &Ambito, out: &mut Vec<Diagnostic>) {
    for r in &a.relazioni {
        let (month, day) = if r.semestre == 1 { (6, 30) } else { (12, 31) };
        if let Some(end) = NaiveDate::from_ymd_opt(r.anno, month, day)
            && r.file.value.data.value <= end
        {
            out.push(r028(
                &r.file.path,
                Position::at(&r.file.value.data),
                format!(
                    "the relazione of {}-{} is dated {}, before its semester ends on {end}",
                    r.anno, r.semestre, r.file.value.data.value
                ),
                "a report is signed after the semester it describes",
            ));
        }
    }
}

/// R029: an act `done` ("signed", "adopted") on or after its approval.
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
                format!(
                    "{what} on {} before its approval on {}",
                    done.value, approved.value
                ),
            )
            .with_hint(format!(
                "an act is {what} after the body approves it: correct one of the dates"
            )),
        );
    }
}
