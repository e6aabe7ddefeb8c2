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
                    crate::t!(
                        "r024-relazione-fuori-piano",
                        anno = r.anno,
                        semestre = r.semestre,
                        dal = p.dal.value,
                        al = p.al.value
                    ),
                )
                .with_hint(crate::t!("r024-relazione-fuori-piano-suggerimento")),
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
                if p.anni.is_none() {
                    crate::t!(
                        "r023-durata-triennio",
                        dal = p.dal.value,
                        al = p.al.value,
                        durata = durata,
                        anni = anni
                    )
                } else {
                    crate::t!(
                        "r023-durata",
                        dal = p.dal.value,
                        al = p.al.value,
                        durata = durata,
                        anni = anni
                    )
                },
            )
            .with_hint(crate::t!("r023-durata-suggerimento")),
        );
    }
}

/// R025: no part exceeds its whole.
fn conteggi(path: &Path, rel: &RelazioneFile, out: &mut Vec<Diagnostic>) {
    for e in &rel.obiettivi {
        let (met, received) = (&e.domande.soddisfatte, &e.domande.ricevute);
        if met.value > received.value {
            out.push(
                Diagnostic::error(
                    "R025",
                    path,
                    Position::at(met),
                    crate::t!(
                        "r025-domande",
                        soddisfatte = met.value,
                        ricevute = received.value
                    ),
                )
                .with_hint(crate::t!("r025-domande-suggerimento")),
            );
        }
        let (satisfied, answered) = (&e.soddisfazione.soddisfatti, &e.soddisfazione.rispondenti);
        if satisfied.value > answered.value {
            out.push(
                Diagnostic::error(
                    "R025",
                    path,
                    Position::at(satisfied),
                    crate::t!(
                        "r025-soddisfazione",
                        soddisfatti = satisfied.value,
                        rispondenti = answered.value
                    ),
                )
                .with_hint(crate::t!("r025-soddisfazione-suggerimento")),
            );
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
                    crate::t!(
                        "r026-spesa-oltre-budget",
                        fondo = &s.fondo.value,
                        anno = anno,
                        spesa = crate::render::italiano::euro(crate::model::Importo {
                            centesimi: *speso
                        }),
                        budget =
                            crate::render::italiano::euro(crate::model::Importo { centesimi: b })
                    ),
                )
                .with_hint(crate::t!("r026-spesa-oltre-budget-suggerimento")),
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
                        crate::t!(
                            "r027-totale-utenti",
                            scritto = u.value,
                            calcolato = computed
                        ),
                    )
                    .with_hint(crate::t!(
                        "r027-totale-suggerimento",
                        calcolato = computed.to_string()
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
                        crate::t!(
                            "r027-totale-spesa",
                            scritto = sp.value.to_string(),
                            calcolato = c.to_string()
                        ),
                    )
                    .with_hint(crate::t!(
                        "r027-totale-suggerimento",
                        calcolato = c.to_string()
                    )),
                );
            }
        }
    }
}
