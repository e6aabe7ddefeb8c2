//! The Piano di Zona and its relazioni.
//!
//! - R023: the plan lasts the years it declares (a triennium by default).
//! - R024: each relazione's semester falls inside the plan.
//! - R025: counts agree: requests met ≤ received, satisfied ≤ respondents
//!   (so every percentage is within 0..100).
//! - R026 (warning): spending on a fund in a year exceeds its yearly budget.
//! - R027: totals typed in a relazione equal the totals computed from it.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Position};
use crate::model::Ambito;

fn at<T>(s: &serde_saphyr::Spanned<T>) -> Position {
    Position::from_yaml(&s.referenced)
}

pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let Some(piano) = &a.piano else { return };
    let (ppath, p) = (&piano.path, &piano.value);
    let anni = p.anni.as_ref().map_or(3, |a| a.value);
    let durata = i64::from(p.al.value) - i64::from(p.dal.value) + 1;
    if p.dal.value <= p.al.value && durata != i64::from(anni) {
        out.push(
            Diagnostic::error(
                "R023",
                ppath,
                at(&p.al),
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
                            at(part),
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
        for s in &rel.spesa {
            let speso = per_anno
                .entry((r.anno, s.fondo.value.as_str()))
                .or_default();
            *speso = speso.saturating_add(s.importo.centesimi);
            if let Some(&b) = budget.get(s.fondo.value.as_str())
                && *speso > b
            {
                out.push(
                    Diagnostic::warning(
                        "R026",
                        path,
                        at(&s.fondo),
                        format!(
                            "spending on `{}` in {} reaches {} against a yearly budget of {}",
                            s.fondo.value,
                            r.anno,
                            crate::render::italiano::euro(crate::model::Importo {
                                centesimi: *speso
                            }),
                            crate::render::italiano::euro(crate::model::Importo { centesimi: b })
                        ),
                    )
                    .with_hint("check the amounts, or record the budget variation in piano.yaml"),
                );
            }
        }
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
                            at(u),
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
                            at(sp),
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
}
