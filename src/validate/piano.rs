//! The Piano di Zona and its relazioni.
//!
//! - R023: the plan lasts the years it declares (a triennium by default).
//! - R024: each relazione's semester falls inside the plan.
//! - R025: counts agree: requests met ≤ received, satisfied ≤ respondents
//!   (so every percentage is within 0..100).
//! - R026 (warning): spending on a fund in a year exceeds its yearly budget.
//! - R027: totals typed in a relazione equal the totals computed from it.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};
use crate::load::files::{PianoFile, RelazioneFile};
use crate::model::Ambito;

/// R023–R027 over the plan and each of its relazioni.
pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(piano) = &a.piano else { return };
    let p = &piano.value;
    durata(&piano.path, p, out);
    let budget: HashMap<&str, i64> = p
        .budget
        .iter()
        .map(|b| (b.fondo.value.as_str(), b.annuale.centesimi))
        .collect();
    // Spending per fund per year, across the relazioni in time order.
    let mut per_anno: HashMap<(i32, &str), i64> = HashMap::new();
    for r in &a.relazioni {
        let path = &r.file.path;
        let rel = &r.file.value;
        if r.anno < p.dal.value || r.anno > p.al.value {
            out.push(
                Diagnostic::error(
                    "R024",
                    path,
                    Position::START,
                    format!(
                        "the relazione of {}-{} falls outside the plan ({}–{})",
                        r.anno, r.semestre, p.dal.value, p.al.value
                    ),
                )
                .with_hint(
                    "rename the file after a semester of the plan, or correct the plan's years",
                ),
            );
        }
        conteggi(path, rel, out);
        spesa(path, r.anno, rel, &budget, &mut per_anno, out);
        totali(path, rel, out);
    }
}

/// R023: the plan lasts the years it declares.
fn durata(ppath: &Path, p: &PianoFile, out: &mut Vec<Diagnostic>) {
    let anni = p.anni.as_ref().map_or(3, |a| a.value);
    let durata = i64::from(p.al.value) - i64::from(p.dal.value) + 1;
    if p.dal.value <= p.al.value && durata != i64::from(anni) {
        out.push(
            Diagnostic::error(
                "R023",
                ppath,
                Position::at(&p.al),
                format!(
                    "the plan runs {}–{} ({durata} years), but lasts {anni}{}",
                    p.dal.value,
                    p.al.value,
                    if p.anni.is_none() {
                        " (a triennium, unless `anni` says otherwise)"
                    } else {
                        ""
                    }
                ),
            )
            .with_hint("correct `dal`/`al`, or declare `anni:` for a plan of another length"),
        );
    }
}

/// R025: no part exceeds its whole.
fn conteggi(path: &Path, rel: &RelazioneFile, out: &mut Vec<Diagnostic>) {
    for e in &rel.obiettivi {
        let pairs = [
            (
                &e.domande.soddisfatte,
                &e.domande.ricevute,
                "requests met",
                "requests received",
            ),
            (
                &e.soddisfazione.soddisfatti,
                &e.soddisfazione.rispondenti,
                "satisfied users",
                "users who answered",
            ),
        ];
        for (part, whole, part_name, whole_name) in pairs {
            if part.value > whole.value {
                out.push(
                    Diagnostic::error(
                        "R025",
                        path,
                        Position::at(part),
                        format!(
                            "{} {part_name} out of {} {whole_name}",
                            part.value, whole.value
                        ),
                    )
                    .with_hint(format!("{part_name} cannot exceed {whole_name}")),
                );
            }
        }
    }
}

/// R026: the spending of each fund in a year, added up in time order, within
/// its yearly budget.
fn spesa<'a>(
    path: &Path,
    anno: i32,
    rel: &'a RelazioneFile,
    budget: &HashMap<&str, i64>,
    per_anno: &mut HashMap<(i32, &'a str), i64>,
    out: &mut Vec<Diagnostic>,
) {
    for s in &rel.spesa {
        let speso = per_anno.entry((anno, s.fondo.value.as_str())).or_default();
        *speso = speso.saturating_add(s.importo.centesimi);
        if let Some(&b) = budget.get(s.fondo.value.as_str())
            && *speso > b
        {
            out.push(
                Diagnostic::warning(
                    "R026",
                    path,
                    Position::at(&s.fondo),
                    format!(
                        "spending on `{}` in {} reaches {} against a yearly budget of {}",
                        s.fondo.value,
                        anno,
                        crate::render::italiano::euro(crate::model::Importo { centesimi: *speso }),
                        crate::render::italiano::euro(crate::model::Importo { centesimi: b })
                    ),
                )
                .with_hint("check the amounts, or record the budget variation in piano.yaml"),
            );
        }
    }
}

/// R027: typed totals equal the computed ones.
fn totali(path: &Path, rel: &RelazioneFile, out: &mut Vec<Diagnostic>) {
    if let Some(t) = &rel.totali {
        if let Some(u) = &t.utenti {
            // Saturating: a sum past the largest number can never equal
            // a typed total (a wrapped one could).
            let computed = rel
                .obiettivi
                .iter()
                .map(|e| e.utenti)
                .fold(0, u64::saturating_add);
            if u.value != computed {
                out.push(
                    Diagnostic::error(
                        "R027",
                        path,
                        Position::at(u),
                        format!(
                            "total users typed as {} but the objectives add up to {computed}",
                            u.value
                        ),
                    )
                    .with_hint(format!(
                        "write {computed}, or remove the total: the report computes it"
                    )),
                );
            }
        }
        if let Some(sp) = &t.spesa {
            let computed = rel
                .spesa
                .iter()
                .map(|s| s.importo.centesimi)
                .fold(0, i64::saturating_add);
            if sp.value.centesimi != computed {
                let c = crate::model::Importo {
                    centesimi: computed,
                };
                out.push(
                    Diagnostic::error(
                        "R027",
                        path,
                        Position::at(sp),
                        format!(
                            "total spending typed as {} but the funds add up to {c}",
                            sp.value
                        ),
                    )
                    .with_hint(format!(
                        "write {c}, or remove the total: the report computes it"
                    )),
                );
            }
        }
    }
}
