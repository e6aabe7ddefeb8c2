//! Identity rules: ids are unique (R005) and every reference resolves (R006).
//!
//! Unknown keys, missing keys and malformed values are caught while loading
//! (R001–R004, R010), because serde knows the shape of every file.

use std::collections::HashMap;
use std::path::Path;

use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostic, Position};
use crate::load;
use crate::model::{Ambito, Riferimenti, items};

/// Ids must be unique within their file: a second `id: albiate` would make
/// every reference to it ambiguous. `tipo` names what the ids are, as the
/// messages `r005-id-doppio` choose their words by it (`comune`, `persona`,
/// `ente`, `norma`, `fondo`, `funzione`, `organo`, `quota`, `obiettivo`,
/// `indicatore`).
fn unique_ids<'a>(
    path: &Path,
    tipo: &str,
    ids: impl IntoIterator<Item = &'a Spanned<String>>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, &Spanned<String>> = HashMap::new();
    for id in ids {
        if let Some(first) = seen.get(id.value.as_str()) {
            let first = Position::from_yaml(&first.referenced);
            out.push(
                Diagnostic::error(
                    "R005",
                    path,
                    Position::from_yaml(&id.referenced),
                    crate::t!("r005-id-doppio", tipo = tipo, id = &id.value),
                )
                .with_hint(crate::t!("r005-id-doppio-suggerimento", riga = first.line)),
            );
        } else {
            seen.insert(&id.value, id);
        }
    }
}

/// A reference by id to something that must exist.
struct Target<'a> {
    /// What is referenced, as the messages `r006-*` choose their words by it
    /// (what it is, where it is listed): `comune`, `persona`,
    /// `comune-o-ente`, `norma`, `fondo`, `funzione`, `quota`, `obiettivo`,
    /// `indicatore`, `budget`.
    tipo: &'a str,
    /// The list could not be read in full (a file of it is broken): a miss
    /// proves nothing, and the broken file is reported already.
    incompleto: bool,
    ids: Vec<&'a str>,
}

impl<'a> Target<'a> {
    /// The ids of a list that was read in full.
    fn new(tipo: &'a str, ids: impl IntoIterator<Item = &'a Spanned<String>>) -> Target<'a> {
        Target {
            incompleto: false,
            tipo,
            ids: ids.into_iter().map(|id| id.value.as_str()).collect(),
        }
    }

    /// The ids of a shared list file; incomplete when the file could not be read.
    fn of<T>(
        tipo: &'a str,
        list: &'a Option<crate::load::Loaded<Vec<T>>>,
        id: impl Fn(&'a T) -> &'a Spanned<String>,
    ) -> Target<'a> {
        Target {
            incompleto: list.is_none(),
            tipo,
            ids: items(list).iter().map(|x| id(x).value.as_str()).collect(),
        }
    }

    fn check(&self, path: &Path, reference: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        let id = reference.value.as_str();
        if self.ids.contains(&id) || self.incompleto {
            return;
        }
        let d = Diagnostic::error(
            "R006",
            path,
            Position::from_yaml(&reference.referenced),
            crate::t!("r006-inesistente", tipo = self.tipo, id = id),
        );
        let fondi = matches!(self.tipo, "fondo" | "budget") && !self.ids.is_empty();
        let hint = match vicino(id, &self.ids) {
            _ if id == crate::scaffold::DA_COMPILARE => {
                crate::t!("r006-da-compilare", tipo = self.tipo, id = id)
            }
            Some(m) => crate::t!("forse-intendevi", nome = m),
            // A few funds: naming them all says more than a far guess.
            None if fondi => crate::t!(
                "r006-fondi-esistenti",
                tipo = self.tipo,
                id = id,
                elenco = self
                    .ids
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            None => crate::t!("r006-aggiungi", tipo = self.tipo),
        };
        out.push(d.with_hint(hint));
    }
}

/// The id closest to a wrong one, if it is genuinely close: at most one
/// edit (a transposition counts as one) for every three characters of the
/// candidate, and at least one. A short id is offered only when one
/// character differs: `fna` is not offered for `fnps`, another fund two edits
/// away (the funds that exist are listed instead).
fn vicino<'a>(wrong: &str, ids: &[&'a str]) -> Option<&'a str> {
    ids.iter()
        .map(|c| (strsim::osa_distance(wrong, c), *c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

pub fn riferimenti(riferimenti: &Riferimenti) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(norme) = &riferimenti.files.norme {
        unique_ids(
            &norme.path,
            "norma",
            norme.value.iter().map(|n| &n.id),
            &mut out,
        );
    }
    if let Some(fondi) = &riferimenti.files.fondi {
        unique_ids(
            &fondi.path,
            "fondo",
            fondi.value.iter().map(|f| &f.id),
            &mut out,
        );
    }
    out
}

/// Every id an Ambito's files use refers to something its files (or the
/// shared data) define, and every list's ids are unique.
pub fn ambito(a: &Ambito) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    unique_ids(
        &a.comuni.path,
        "comune",
        a.comuni.value.iter().map(|c| &c.id),
        &mut out,
    );
    unique_ids(
        &a.persone.path,
        "persona",
        a.persone.value.iter().map(|p| &p.id),
        &mut out,
    );
    if let Some(enti) = &a.enti {
        unique_ids(
            &enti.path,
            "ente",
            enti.value.iter().map(|e| &e.id),
            &mut out,
        );
    }

    let t = targets(a);
    governo(a, &t, &mut out);
    convenzione(a, &t, &mut out);
    ufficio(a, &t, &mut out);
    regolamento(a, &t, &mut out);
    organi(a, &t, &mut out);
    piano(a, &t, &mut out);
    relazioni(a, &mut out);
    companion_files(a, &mut out);
    out
}

/// The lists most references point into.
struct Targets<'a> {
    comuni: Target<'a>,
    persone: Target<'a>,
    enti: Target<'a>,
    norme: Target<'a>,
    fondi: Target<'a>,
}

/// Builds the lists once, so every group of references checks against the same ones.
fn targets(a: &Ambito) -> Targets<'_> {
    let comuni = Target::new("comune", a.comuni.value.iter().map(|c| &c.id));
    let persone = Target::new("persona", a.persone.value.iter().map(|p| &p.id));
    // An organisation: a member Comune or an ente of enti.yaml.
    let enti = Target {
        incompleto: a.rotto(load::ENTI.path),
        tipo: "comune-o-ente",
        ids: comuni
            .ids
            .iter()
            .copied()
            .chain(items(&a.enti).iter().map(|e| e.id.value.as_str()))
            .collect(),
    };
    // A law of the content, or one the tool ships (national or regional).
    let norme = Target {
        incompleto: a.riferimenti.files.norme.is_none(),
        tipo: "norma",
        ids: a.riferimenti.norme_tutte().map(|n| n.id.as_str()).collect(),
    };
    let fondi = Target::of("fondo", &a.riferimenti.files.fondi, |f| &f.id);

    Targets {
        comuni,
        persone,
        enti,
        norme,
        fondi,
    }
}

/// `ambito.yaml` (the managing body, the delegations), the representatives
/// of `enti.yaml` and the Sindaci of `comuni.yaml`.
fn governo(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    t.enti.check(&a.info.path, &a.info.value.ente_gestore, out);
    for d in &a.info.value.deleghe {
        t.enti.check(&a.info.path, &d.ente, out);
        for c in &d.comuni {
            t.comuni.check(&a.info.path, c, out);
        }
    }
    if let Some(list) = &a.enti {
        for e in &list.value {
            if let Some(r) = &e.rappresentante {
                t.persone.check(&list.path, r, out);
            }
        }
    }
    for c in &a.comuni.value {
        let mandati = c.sindaci.iter().map(|m| &m.persona);
        for sindaco in c.sindaco.iter().chain(mandati) {
            t.persone.check(&a.comuni.path, sindaco, out);
        }
    }
}

/// The parties, laws and funds the convenzione names.
fn convenzione(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    if let Some(conv) = &a.convenzione {
        let (path, c) = (&conv.path, &conv.value);
        t.enti.check(path, &c.stipula.comune, out);
        let esenzioni = c.esenzioni.iter().flat_map(|e| {
            e.registrazione
                .iter()
                .chain(e.bollo.iter())
                .map(|r| &r.norma)
        });
        for norma in c
            .viste
            .iter()
            .flatten()
            .chain(c.firma_digitale.iter())
            .chain(esenzioni)
        {
            t.norme.check(path, norma, out);
        }
        for fondo in c.risorse.iter().flat_map(|r| r.fondi.iter()) {
            t.fondi.check(path, fondo, out);
        }
        for p in &c.parti {
            t.enti.check(path, &p.ente, out);
            if let Some(r) = &p.rappresentante {
                t.persone.check(path, r, out);
            }
        }
        if let Some(r) = &c.rogito {
            t.persone.check(path, &r.segretario, out);
        }
    }
}

/// The office's Comune, Responsabile, staff and their duties.
fn ufficio(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    if let Some(u) = &a.ufficio {
        let (path, u) = (&u.path, &u.value);
        t.comuni.check(path, &u.comune, out);
        t.persone.check(path, &u.responsabile, out);
        unique_ids(path, "funzione", u.funzioni.iter().map(|f| &f.id), out);
        let funzioni = Target::new("funzione", u.funzioni.iter().map(|f| &f.id));
        for p in &u.personale {
            t.persone.check(path, &p.persona, out);
            t.enti.check(path, &p.ente, out);
            if let Some(f) = &p.funzione {
                funzioni.check(path, f, out);
            }
        }
    }
}

/// Who signs the regolamento's deliberations.
fn regolamento(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    if let Some(r) = &a.regolamento {
        for f in r
            .value
            .approvazione
            .firmatari
            .iter()
            .chain(&r.value.adozione.firmatari)
        {
            t.persone.check(&r.path, &f.persona, out);
        }
    }
}

/// The bodies: unique ids, their quotas, members and presidents.
fn organi(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    if let Some(o) = &a.organi {
        let path = &o.path;
        unique_ids(path, "organo", o.value.organi.iter().map(|o| &o.id), out);
        for organo in &o.value.organi {
            unique_ids(path, "quota", organo.quote.iter().map(|q| &q.id), out);
            let quote = Target::new("quota", organo.quote.iter().map(|q| &q.id));
            for c in &organo.componenti {
                t.persone.check(path, &c.persona, out);
                quote.check(path, &c.quota, out);
                t.enti.check(path, &c.ente, out);
            }
            if let Some(p) = &organo.presidente {
                t.persone.check(path, p, out);
            }
        }
    }
}

/// The plan: unique objectives and indicators, funds of its budget.
fn piano(a: &Ambito, t: &Targets, out: &mut Vec<Diagnostic>) {
    if let Some(p) = &a.piano {
        let (path, piano) = (&p.path, &p.value);
        unique_ids(
            path,
            "obiettivo",
            piano.obiettivi.iter().map(|o| &o.id),
            out,
        );
        for o in &piano.obiettivi {
            unique_ids(path, "indicatore", o.indicatori.iter().map(|i| &i.id), out);
        }
        for voce in &piano.budget {
            t.fondi.check(path, &voce.fondo, out);
        }
    }
}

/// Each relazione's objectives, indicators and spending refer to the plan.
fn relazioni(a: &Ambito, out: &mut Vec<Diagnostic>) {
    for r in &a.relazioni {
        let path = &r.file.path;
        let Some(piano) = &a.piano else { continue };
        let obiettivi = Target::new("obiettivo", piano.value.obiettivi.iter().map(|o| &o.id));
        let budget = Target::new("budget", piano.value.budget.iter().map(|b| &b.fondo));
        for esito in &r.file.value.obiettivi {
            obiettivi.check(path, &esito.obiettivo, out);
            if let Some(def) = piano
                .value
                .obiettivi
                .iter()
                .find(|o| o.id.value == esito.obiettivo.value)
            {
                let indicatori = Target::new("indicatore", def.indicatori.iter().map(|i| &i.id));
                for m in &esito.indicatori {
                    indicatori.check(path, &m.indicatore, out);
                }
            }
        }
        for s in &r.file.value.spesa {
            budget.check(path, &s.fondo, out);
        }
    }
}

/// A document needs the files it reads: the regolamento and the relazioni
/// describe the office, the relazioni measure the plan.
fn companion_files(a: &Ambito, out: &mut Vec<Diagnostic>) {
    let mut need = |present: bool, needed_by: &Path, file: &str, why: String| {
        if !present && !a.rotto(file) {
            out.push(
                Diagnostic::error(
                    "R007",
                    a.dir.join(file),
                    Position::START,
                    crate::t!("r007-file-mancante", file = file, motivo = why),
                )
                .with_hint(crate::t!(
                    "r007-file-mancante-suggerimento",
                    percorso = a.dir.join(file).display().to_string(),
                    documento = needed_by.display().to_string()
                )),
            );
        }
    };
    if let Some(r) = &a.regolamento {
        need(
            a.ufficio.is_some(),
            &r.path,
            load::UFFICIO.path,
            crate::t!("r007-motivo-regolamento-ufficio"),
        );
    }
    if let Some(r) = a.relazioni.first() {
        need(
            a.ufficio.is_some(),
            &r.file.path,
            load::UFFICIO.path,
            crate::t!("r007-motivo-relazioni-ufficio"),
        );
        need(
            a.piano.is_some(),
            &r.file.path,
            load::PIANO.path,
            crate::t!("r007-motivo-relazioni-piano"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn check(files: &[(&str, &str)]) -> Vec<Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let content = load::content(dir.path()).unwrap();
        let mut diagnostics = content.diagnostics.clone();
        let model = crate::model::build(content);
        diagnostics.extend(crate::validate::riferimenti(&model));
        for a in &model.ambiti {
            diagnostics.extend(crate::validate::ambito(a));
        }
        diagnostics.retain(|d| d.code != "R007" || !d.message.contains("_riferimenti"));
        diagnostics
    }

    const AMBITO: &str =
        "nome: X\nregione: Lombardia\ncapofila: a\norgano-politico: Assemblea dei Sindaci\n";

    #[test]
    fn duplicate_ids_and_dangling_references_are_found_with_positions() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let d = check(&[
            ("x/ambito.yaml", AMBITO),
            (
                "x/comuni.yaml",
                "- id: a\n  nome: A\n  sede: via 1\n  sindaco: mario\n- id: a\n  nome: B\n  sede: via 2\n  sindaco: maria\n",
            ),
            (
                "x/persone.yaml",
                "- id: mario\n  nome: Mario\n  cognome: R\n  genere: M\n",
            ),
        ]);
        let codes: Vec<_> = d
            .iter()
            .map(|d| (d.code, d.position.line, d.position.column))
            .collect();
        assert!(codes.contains(&("R005", 5, 7)), "{d:?}");
        assert!(codes.contains(&("R006", 8, 12)), "{d:?}");
        let dangling = d.iter().find(|d| d.code == "R006").unwrap();
        assert_eq!(dangling.hint.as_deref(), Some("did you mean `mario`?"));
    }

    #[test]
    fn references_of_bodies_plans_and_reports_resolve() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let d = check(&[
            ("x/ambito.yaml", AMBITO),
            (
                "x/comuni.yaml",
                "- id: a\n  nome: A\n  sede: via 1\n  sindaco: mario\n",
            ),
            (
                "x/persone.yaml",
                "- id: mario\n  nome: Mario\n  cognome: R\n  genere: M\n",
            ),
            (
                "x/organi.yaml",
                "aggiornato-al: 2025-01-01\norgani:\n  - id: t\n    nome: T\n    quote:\n      - { id: q, descrizione: d, numero: 1 }\n    componenti:\n      - { persona: mario, quota: qq, ente: nessuno }\n",
            ),
            (
                "x/relazioni/2025-1.yaml",
                "data: 2025-07-01\nobiettivi: []\nspesa: []\n",
            ),
        ]);
        let found: Vec<_> = d
            .iter()
            .map(|d| {
                (
                    d.code,
                    d.file.file_name().unwrap().to_string_lossy().into_owned(),
                    d.position.line,
                )
            })
            .collect();
        assert!(found.contains(&("R006", "organi.yaml".into(), 8)), "{d:?}");
        let quota = d.iter().find(|d| d.message.contains("`qq`")).unwrap();
        assert_eq!(quota.hint.as_deref(), Some("did you mean `q`?"));
        assert!(d.iter().any(|d| d.message.contains("`nessuno`")), "{d:?}");
        // A relazione needs the plan it measures and the office that signs it.
        assert!(found.contains(&("R007", "piano.yaml".into(), 1)), "{d:?}");
        assert!(
            found.contains(&("R007", "ufficio-di-piano.yaml".into(), 1)),
            "{d:?}"
        );
    }

    #[test]
    fn a_misnamed_relazione_is_an_unknown_file() {
        let d = check(&[
            ("x/ambito.yaml", AMBITO),
            (
                "x/comuni.yaml",
                "- id: a\n  nome: A\n  sede: via 1\n  sindaco: mario\n",
            ),
            (
                "x/persone.yaml",
                "- id: mario\n  nome: Mario\n  cognome: R\n  genere: M\n",
            ),
            (
                "x/relazioni/2025-3.yaml",
                "data: 2025-07-01\nobiettivi: []\nspesa: []\n",
            ),
        ]);
        assert!(
            d.iter()
                .any(|d| d.code == "R008" && d.file.ends_with("relazioni/2025-3.yaml")),
            "{d:?}"
        );
    }
}
