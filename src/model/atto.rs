//! An act as an ordered list of clauses: the shipped base, the region's
//! premises and the office's changes, composed once for validation and
//! rendering alike.
//!
//! Composition runs in three steps: the base clauses that apply (their form
//! of association, their facts, the laws in force at the act's date), then
//! the profile's premises after the national ones, then the office's changes
//! in the order written. What the office wrote is never dropped silently: a
//! change that names nothing, a placeholder the tool does not know or a fact
//! the act does not state is a [`Problema`] at the place it was written.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostic, Position, did_you_mean};
use crate::load::testo::{
    ArticoloBase, ClausoleFile, CommaBase, ModificaArticolo, ModificaPremessa, PremessaBase,
    Sezione, Testo,
};
use crate::load::values::Forma;

/// Names a placeholder may take: the facts of an act. The names of bodies
/// take an article or a preposition too: `{del ufficio}`.
pub const FATTI: &[&str] = &[
    "ambito",
    "organo",
    "ufficio",
    "responsabile",
    "piano",
    "ente",
    "ente-capofila",
    "distretto",
    "regione",
    "comuni",
    "numero-comuni",
    "comuni-numerati",
    "scadenza",
    "rinnovo-anni",
    "rinnovo-mesi",
    "rinnovo-ulteriori",
    "recesso-entro",
    "recesso-anni",
    "soglia-ore",
    "trasferimenti-giorni",
    "rimborso-ente",
    "costi-comuni",
    "foro",
    "esenzione-registrazione",
    "esenzione-bollo",
    "convenzioni-precedenti",
    // The regolamento's.
    "piano-di-zona",
    "convenzione",
    "sede",
    "email",
    "pec",
    "organico",
    "organico-figure",
    "nome-responsabile",
    "nomina-responsabile",
    "durata-incarico",
    "revoca-maggioranza",
    "sostituzione-giorni",
    "relazione-mesi",
    "ogni-relazione-mesi",
    "riferimenti-regionali",
    "organo-approvazione",
    "organo-adozione",
    "numero-aree",
    "numero-aree-tematiche",
    "titolo-responsabile",
    "uno-dei-componenti",
];

/// Facts a clause may be conditional on (`se:`) or print as a list
/// (`elenco:`) besides [`FATTI`]. A test keeps the shipped clauses to these.
pub const CONDIZIONI: &[&str] = &[
    "funzioni",
    "aree-tematiche",
    "personale",
    "proroghe",
    "deleghe",
    "fondi",
    "competenze",
    "ente-comunita-montana",
];

/// The articulated prepositions a placeholder may start with.
pub const PREPOSIZIONI: &[(&str, &str)] = &[
    ("il", ""),
    ("del", "di"),
    ("al", "a"),
    ("dal", "da"),
    ("nel", "in"),
    ("sul", "su"),
];

/// A piece of a clause's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frammento {
    Testo(String),
    /// `{del ufficio}`: a fact, with the preposition (`"di"`; `""` for the
    /// bare article) before it, if any.
    Fatto {
        nome: String,
        prep: Option<&'static str>,
    },
    /// `{norma:ID}` or `{norma-breve:ID}`.
    Norma {
        id: String,
        breve: bool,
    },
    /// `{art:ID}`: "art. N", the article's number in this act.
    Articolo(String),
}

/// Where a clause comes from: what a problem in it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origine {
    /// The tool's own text (`templates/clausole/`).
    Base,
    /// A regional profile's premise.
    Regione(String),
    /// What the office wrote, at this place.
    Ambito(PathBuf, Position),
}

#[derive(Debug, Clone)]
pub struct Clausola {
    pub id: String,
    pub testo: Vec<Frammento>,
    /// A list printed under the text: `proroghe`, `deleghe`, `fondi`, `competenze`.
    pub elenco: Option<String>,
    /// Items of the clause's own, printed as a list under the text.
    pub voci: Vec<Vec<Frammento>>,
    /// A shipped clause's other wording (`altrimenti`), for when the
    /// article its text refers to is not in the act.
    pub riserva: Option<Vec<Frammento>>,
    pub origine: Origine,
}

#[derive(Debug, Clone)]
pub struct Premessa {
    pub sezione: Sezione,
    pub clausola: Clausola,
}

#[derive(Debug, Clone)]
pub struct Articolo {
    pub id: String,
    pub capo: Option<Vec<Frammento>>,
    pub titolo: Vec<Frammento>,
    pub commi: Vec<Clausola>,
    pub origine: Origine,
}

/// An act's text, in order.
#[derive(Debug, Clone, Default)]
pub struct Atto {
    pub premesse: Vec<Premessa>,
    pub articoli: Vec<Articolo>,
}

impl Atto {
    /// The number of article `id`, from 1.
    pub fn numero(&self, id: &str) -> Option<usize> {
        self.articoli.iter().position(|a| a.id == id).map(|i| i + 1)
    }
}

/// What composition needs to know of the act.
pub struct Circostanze<'a> {
    pub forma: Forma,
    /// The act's date: laws dated after it are not cited.
    pub data: NaiveDate,
    /// The facts and lists the act states.
    pub presenti: &'a BTreeSet<&'static str>,
    /// A law's date: `None` for a law nobody knows, `Some(None)` for one undated.
    pub norma: &'a dyn Fn(&str) -> Option<Option<NaiveDate>>,
}

/// Something wrong in what the office wrote, with where.
#[derive(Debug, Clone)]
pub struct Problema {
    pub code: &'static str,
    pub file: PathBuf,
    pub position: Position,
    pub message: String,
    pub hint: Option<String>,
}

impl Problema {
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error(self.code, &self.file, self.position.clone(), &self.message);
        match &self.hint {
            Some(h) => d.with_hint(h),
            None => d,
        }
    }
}

/// Splits a clause's text into text and placeholders. `{{` and `}}` are
/// literal braces.
pub fn analizza(text: &str) -> Result<Vec<Frammento>, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => return Err(crate::t!("modello-r041-graffa-senza-segnaposto")),
            '{' => {
                let mut inner = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some('{') | None => {
                            return Err(crate::t!(
                                "modello-r041-segnaposto-non-chiuso",
                                interno = &inner
                            ));
                        }
                        Some(c) => inner.push(c),
                    }
                }
                if !literal.is_empty() {
                    parts.push(Frammento::Testo(std::mem::take(&mut literal)));
                }
                parts.push(segnaposto(inner.trim())?);
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        parts.push(Frammento::Testo(literal));
    }
    Ok(parts)
}

fn segnaposto(inner: &str) -> Result<Frammento, String> {
    if let Some((kind, id)) = inner.split_once(':') {
        let id = id.trim().to_string();
        return match kind.trim() {
            "norma" => Ok(Frammento::Norma { id, breve: false }),
            "norma-breve" => Ok(Frammento::Norma { id, breve: true }),
            "art" => Ok(Frammento::Articolo(id)),
            other => Err(crate::t!(
                "modello-r041-tipo-sconosciuto",
                interno = inner,
                tipo = other
            )),
        };
    }
    let (prep, nome) = match inner.split_once(' ') {
        Some((p, nome)) => {
            let prep = PREPOSIZIONI
                .iter()
                .find(|(w, _)| *w == p)
                .map(|(_, prep)| *prep)
                .ok_or_else(|| {
                    crate::t!(
                        "modello-r041-preposizione-sconosciuta",
                        interno = inner,
                        preposizione = p,
                        elenco = PREPOSIZIONI
                            .iter()
                            .map(|(w, _)| *w)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })?;
            (Some(prep), nome.trim())
        }
        None => (None, inner),
    };
    if !FATTI.contains(&nome) {
        let hint = did_you_mean(nome, FATTI.iter().copied())
            .map(|m| format!(" ({})", crate::t!("forse-intendevi", nome = m)))
            .unwrap_or_default();
        return Err(crate::t!(
            "modello-r041-fatto-sconosciuto",
            interno = inner,
            nome = nome,
            suggerimento = hint
        ));
    }
    Ok(Frammento::Fatto {
        nome: nome.to_string(),
        prep,
    })
}

/// Composes an act from its base, its region's premises and the office's changes.
pub fn componi(
    base: &ClausoleFile,
    regione: Option<(&str, &[PremessaBase])>,
    modifiche: &Testo,
    file: &Path,
    c: &Circostanze,
) -> (Atto, Vec<Problema>) {
    let mut atto = Atto::default();
    let mut problemi = Vec::new();
    for p in &base.premesse {
        if let Some(clausola) = spedita(Bozza::premessa(p), Origine::Base, c) {
            atto.premesse.push(Premessa {
                sezione: p.sezione,
                clausola,
            });
        }
    }
    if let Some((id, premesse)) = regione {
        // After the last national premise of each section: national law first.
        for p in premesse {
            let origine = Origine::Regione(id.to_string());
            if let Some(clausola) = spedita(Bozza::premessa(p), origine, c) {
                let at = atto
                    .premesse
                    .iter()
                    .rposition(|q| q.sezione == p.sezione && q.clausola.origine == Origine::Base)
                    .map_or(atto.premesse.len(), |i| i + 1);
                // Keep the region's premises in their order.
                let at = at
                    + atto
                        .premesse
                        .get(at..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|q| {
                            q.sezione == p.sezione
                                && matches!(q.clausola.origine, Origine::Regione(_))
                        })
                        .count();
                atto.premesse.insert(
                    at,
                    Premessa {
                        sezione: p.sezione,
                        clausola,
                    },
                );
            }
        }
    }
    for a in &base.articoli {
        if let Some(articolo) = articolo_spedito(a, c) {
            atto.articoli.push(articolo);
        }
    }
    for m in &modifiche.premesse {
        modifica_premessa(&mut atto, m, file, c, &mut problemi);
    }
    for m in &modifiche.articoli {
        modifica_articolo(&mut atto, m, file, c, &mut problemi);
    }
    senza_rinvii_mancanti(&mut atto);
    riferimenti(&atto, file, &mut problemi);
    (atto, problemi)
}

/// A shipped clause before its conditions are weighed.
struct Bozza<'a> {
    id: &'a str,
    testo: &'a str,
    altrimenti: Option<&'a str>,
    elenco: Option<&'a str>,
    voci: &'a [String],
    forme: &'a [Forma],
    se: Option<&'a str>,
}

impl<'a> Bozza<'a> {
    fn premessa(p: &'a PremessaBase) -> Bozza<'a> {
        Bozza {
            id: &p.id,
            testo: &p.testo,
            altrimenti: p.altrimenti.as_deref(),
            elenco: p.elenco.as_deref(),
            voci: &[],
            forme: &p.forme,
            se: p.se.as_deref(),
        }
    }
}

/// Whether a `se:` condition holds: the fact is stated ("non X": it is not).
fn regge(se: Option<&str>, c: &Circostanze) -> bool {
    let Some(se) = se else { return true };
    match se.strip_prefix("non ") {
        Some(nome) => !c.presenti.contains(nome.trim()),
        None => c.presenti.contains(se.trim()),
    }
}

/// A shipped clause, if it applies to this act.
fn spedita(b: Bozza, origine: Origine, c: &Circostanze) -> Option<Clausola> {
    if !b.forme.is_empty() && !b.forme.contains(&c.forma) {
        return None;
    }
    if !regge(b.se, c) {
        return None;
    }
    if let Some(e) = b.elenco
        && !c.presenti.contains(e)
    {
        return None;
    }
    let applica = |text: &str| -> Option<Vec<Frammento>> {
        let parti = analizza(text).ok()?;
        parti.iter().all(|p| vale(p, c)).then_some(parti)
    };
    let riserva = b.altrimenti.and_then(applica);
    let testo = applica(b.testo).or_else(|| riserva.clone())?;
    Some(Clausola {
        id: b.id.to_string(),
        testo,
        riserva,
        elenco: b.elenco.map(str::to_string),
        voci: b.voci.iter().filter_map(|v| applica(v)).collect(),
        origine,
    })
}

/// Whether a placeholder can be filled in this act: its fact is stated, its
/// law is in force at the act's date.
fn vale(p: &Frammento, c: &Circostanze) -> bool {
    match p {
        Frammento::Fatto { nome, .. } => c.presenti.contains(nome.as_str()),
        Frammento::Norma { id, .. } => match (c.norma)(id) {
            Some(Some(data)) => data <= c.data,
            Some(None) => true,
            None => false,
        },
        Frammento::Testo(_) | Frammento::Articolo(_) => true,
    }
}

fn articolo_spedito(a: &ArticoloBase, c: &Circostanze) -> Option<Articolo> {
    if !a.forme.is_empty() && !a.forme.contains(&c.forma) {
        return None;
    }
    if !regge(a.se.as_deref(), c) {
        return None;
    }
    let commi: Vec<Clausola> = a
        .commi
        .iter()
        .enumerate()
        .filter_map(|(i, comma)| {
            let id = format!("{}.{}", a.id, i + 1);
            let bozza = match comma {
                CommaBase::Testo(t) => Bozza {
                    id: &id,
                    testo: t,
                    altrimenti: None,
                    elenco: None,
                    voci: &[],
                    forme: &[],
                    se: None,
                },
                CommaBase::Esteso(e) => Bozza {
                    id: &id,
                    testo: &e.testo,
                    altrimenti: e.altrimenti.as_deref(),
                    elenco: e.elenco.as_deref(),
                    voci: &e.voci,
                    forme: &e.forme,
                    se: e.se.as_deref(),
                },
            };
            spedita(bozza, Origine::Base, c)
        })
        .collect();
    if commi.is_empty() {
        return None;
    }
    let titolo = analizza(&a.titolo).ok()?;
    let capo = match &a.capo {
        Some(capo) => Some(analizza(capo).ok()?),
        None => None,
    };
    Some(Articolo {
        id: a.id.clone(),
        capo,
        titolo,
        commi,
        origine: Origine::Base,
    })
}

/// A text the office wrote, checked: every placeholder known, every fact
/// stated, every law in force at the act's date.
fn scritta(
    id: &str,
    text: &Spanned<String>,
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) -> Option<Clausola> {
    let problema = |code: &'static str, message: String, hint: String| Problema {
        code,
        file: file.to_path_buf(),
        position: Position::at(text),
        message,
        hint: Some(hint),
    };
    let parti = match analizza(&text.value) {
        Ok(parti) => parti,
        Err(e) => {
            problemi.push(problema("R041", e, crate::t!("modello-r041-suggerimento")));
            return None;
        }
    };
    for p in &parti {
        match p {
            Frammento::Fatto { nome, .. } if !c.presenti.contains(nome.as_str()) => {
                problemi.push(problema(
                    "R042",
                    crate::t!("modello-r042-fatto-non-dichiarato", nome = nome),
                    crate::t!("modello-r042-suggerimento"),
                ))
            }
            Frammento::Norma { id, .. } => match (c.norma)(id) {
                None => problemi.push(problema(
                    "R043",
                    crate::t!("modello-r043-norma-sconosciuta", id = id),
                    crate::t!("modello-r043-norma-sconosciuta-suggerimento"),
                )),
                Some(Some(data)) if data > c.data => problemi.push(problema(
                    "R043",
                    crate::t!(
                        "modello-r043-norma-successiva",
                        id = id,
                        data = data.to_string(),
                        data_atto = c.data.to_string()
                    ),
                    crate::t!("modello-r043-norma-successiva-suggerimento"),
                )),
                _ => {}
            },
            _ => {}
        }
    }
    Some(Clausola {
        id: id.to_string(),
        testo: parti,
        elenco: None,
        voci: Vec::new(),
        riserva: None,
        origine: Origine::Ambito(file.to_path_buf(), Position::at(text)),
    })
}

/// What [`manca`] says is missing: `premessa` or `articolo` (the Fluent
/// messages choose their words by it).
fn manca(
    cosa: &str,
    id: &Spanned<String>,
    known: Vec<&str>,
    file: &Path,
    hint: Option<String>,
) -> Problema {
    let hint = hint.unwrap_or_default();
    let hint = match did_you_mean(&id.value, known.iter().copied()) {
        Some(m) => format!("{} {hint}", crate::t!("forse-intendevi", nome = m)),
        None => format!(
            "{hint} {}",
            crate::t!("modello-r044-elenco", elenco = known.join(", "))
        ),
    };
    Problema {
        code: "R044",
        file: file.to_path_buf(),
        position: Position::at(id),
        message: crate::t!("modello-r044-non-esiste", cosa = cosa, id = &id.value),
        hint: Some(hint.trim().to_string()),
    }
}

fn modifica_premessa(
    atto: &mut Atto,
    m: &ModificaPremessa,
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) {
    let ids = |atto: &Atto| -> Vec<String> {
        atto.premesse
            .iter()
            .map(|p| p.clausola.id.clone())
            .collect()
    };
    let existing = atto
        .premesse
        .iter()
        .position(|p| p.clausola.id == m.id.value);
    let mut premessa = match existing {
        Some(i) => atto.premesse.remove(i),
        None => {
            let Some(testo) = &m.testo else {
                let known = ids(atto);
                problemi.push(manca(
                    "premessa",
                    &m.id,
                    known.iter().map(String::as_str).collect(),
                    file,
                    Some(crate::t!("modello-r044-premessa-nuova")),
                ));
                return;
            };
            let Some(clausola) = scritta(&m.id.value, testo, file, c, problemi) else {
                return;
            };
            if m.rimuovi {
                return;
            }
            Premessa {
                sezione: m.sezione.unwrap_or_default(),
                clausola,
            }
        }
    };
    if m.rimuovi {
        return;
    }
    if existing.is_some() {
        if let Some(testo) = &m.testo {
            match scritta(&m.id.value, testo, file, c, problemi) {
                Some(clausola) => premessa.clausola = clausola,
                None => return,
            }
        }
        if let Some(s) = m.sezione {
            premessa.sezione = s;
        }
    }
    let Some(at) = posto_premessa(atto, m, existing, &mut premessa, file, problemi) else {
        return;
    };
    atto.premesse.insert(at.min(atto.premesse.len()), premessa);
}

/// The clauses of an article's commi, numbered `<article>.<n>`.
fn commi_scritti(
    articolo: &str,
    commi: &[Spanned<String>],
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) -> Vec<Clausola> {
    commi
        .iter()
        .enumerate()
        .filter_map(|(i, t)| scritta(&format!("{articolo}.{}", i + 1), t, file, c, problemi))
        .collect()
}

/// Where a premise goes: beside its anchor (taking the anchor's section),
/// where it was, or at the end of its section; `None` when the anchor is
/// not there (reported).
fn posto_premessa(
    atto: &Atto,
    m: &ModificaPremessa,
    existing: Option<usize>,
    premessa: &mut Premessa,
    file: &Path,
    problemi: &mut Vec<Problema>,
) -> Option<usize> {
    let ids = |atto: &Atto| -> Vec<String> {
        atto.premesse
            .iter()
            .map(|p| p.clausola.id.clone())
            .collect()
    };
    let anchor = ancora(&m.dopo, &m.prima);
    Some(match anchor {
        Some((anchor, offset)) => match atto
            .premesse
            .iter()
            .position(|p| p.clausola.id == anchor.value)
        {
            Some(i) => {
                premessa.sezione = atto.premesse.get(i).map_or(premessa.sezione, |p| p.sezione);
                i + offset
            }
            None => {
                let known = ids(atto);
                problemi.push(manca(
                    "premessa",
                    anchor,
                    known.iter().map(String::as_str).collect(),
                    file,
                    None,
                ));
                return None;
            }
        },
        None => match existing {
            Some(i) => i.min(atto.premesse.len()),
            None => atto
                .premesse
                .iter()
                .rposition(|p| p.sezione == premessa.sezione)
                .map_or(
                    if premessa.sezione == Sezione::Premesso {
                        0
                    } else {
                        atto.premesse.len()
                    },
                    |i| i + 1,
                ),
        },
    })
}

fn modifica_articolo(
    atto: &mut Atto,
    m: &ModificaArticolo,
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) {
    let ids = |atto: &Atto| -> Vec<String> { atto.articoli.iter().map(|a| a.id.clone()).collect() };
    let existing = atto.articoli.iter().position(|a| a.id == m.id.value);
    let origine = Origine::Ambito(file.to_path_buf(), Position::at(&m.id));
    let mut articolo = match existing {
        Some(i) => atto.articoli.remove(i),
        None => {
            let (Some(titolo), Some(commi)) = (&m.titolo, &m.commi) else {
                let known = ids(atto);
                problemi.push(manca(
                    "articolo",
                    &m.id,
                    known.iter().map(String::as_str).collect(),
                    file,
                    Some(crate::t!("modello-r044-articolo-nuovo")),
                ));
                return;
            };
            Articolo {
                id: m.id.value.clone(),
                capo: None,
                titolo: intestazione(titolo, &m.id, file, c, problemi),
                commi: commi_scritti(&m.id.value, commi, file, c, problemi),
                origine: origine.clone(),
            }
        }
    };
    if existing.is_some() {
        if m.rimuovi && m.comma.is_none() {
            return;
        }
        if let Some(titolo) = &m.titolo {
            articolo.titolo = intestazione(titolo, &m.id, file, c, problemi);
        }
        if let Some(commi) = &m.commi {
            articolo.commi = commi_scritti(&m.id.value, commi, file, c, problemi);
            articolo.origine = origine.clone();
        }
        if let Some(n) = &m.comma {
            modifica_comma(&mut articolo, m, n, file, c, problemi);
        }
    }
    if let Some(capo) = &m.capo {
        articolo.capo = Some(intestazione(capo, &m.id, file, c, problemi));
    }
    let Some(at_index) = posto_articolo(atto, m, existing, file, problemi) else {
        return;
    };
    atto.articoli
        .insert(at_index.min(atto.articoli.len()), articolo);
}

/// Where an article goes: by its anchor, where it was, or last (a missing anchor is reported).
fn posto_articolo(
    atto: &Atto,
    m: &ModificaArticolo,
    existing: Option<usize>,
    file: &Path,
    problemi: &mut Vec<Problema>,
) -> Option<usize> {
    let anchor = ancora(&m.dopo, &m.prima);
    Some(match anchor {
        Some((anchor, offset)) => match atto.articoli.iter().position(|a| a.id == anchor.value) {
            Some(i) => i + offset,
            None => {
                let known: Vec<&str> = atto.articoli.iter().map(|a| a.id.as_str()).collect();
                problemi.push(manca("articolo", anchor, known, file, None));
                return None;
            }
        },
        None => existing.unwrap_or(atto.articoli.len()),
    })
}

/// Replaces or removes comma `n` of an existing article.
fn modifica_comma(
    articolo: &mut Articolo,
    m: &ModificaArticolo,
    n: &Spanned<u32>,
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) {
    let index = (n.value as usize)
        .checked_sub(1)
        .filter(|&i| i < articolo.commi.len());
    match index {
        None => problemi.push(Problema {
            code: "R045",
            file: file.to_path_buf(),
            position: Position::at(n),
            message: crate::t!(
                "modello-r045-comma-inesistente",
                articolo = &m.id.value,
                commi = articolo.commi.len(),
                comma = n.value
            ),
            hint: Some(crate::t!("modello-r045-comma-inesistente-suggerimento")),
        }),
        Some(i) if m.rimuovi => {
            articolo.commi.remove(i);
        }
        Some(i) => match &m.testo {
            Some(t) => {
                if let Some(clausola) =
                    scritta(&format!("{}.{}", m.id.value, n.value), t, file, c, problemi)
                    && let Some(slot) = articolo.commi.get_mut(i)
                {
                    *slot = clausola;
                }
            }
            None => problemi.push(Problema {
                code: "R045",
                file: file.to_path_buf(),
                position: Position::at(n),
                message: crate::t!("modello-r045-comma-senza-testo", comma = n.value),
                hint: Some(crate::t!("modello-r045-comma-senza-testo-suggerimento")),
            }),
        },
    }
}

/// Where a change places its clause: after `dopo` (offset 1) or before
/// `prima` (offset 0), by the id it names.
fn ancora<'m>(
    dopo: &'m Option<Spanned<String>>,
    prima: &'m Option<Spanned<String>>,
) -> Option<(&'m Spanned<String>, usize)> {
    dopo.as_ref()
        .map(|d| (d, 1))
        .or(prima.as_ref().map(|p| (p, 0)))
}

/// A title or a part's heading the office wrote: its placeholders are
/// checked like a comma's, and a problem points at the article's id.
fn intestazione(
    text: &str,
    id: &Spanned<String>,
    file: &Path,
    c: &Circostanze,
    problemi: &mut Vec<Problema>,
) -> Vec<Frammento> {
    let spanned = Spanned {
        value: text.to_string(),
        referenced: id.referenced,
        defined: id.defined,
    };
    scritta(&id.value, &spanned, file, c, problemi)
        .map(|c| c.testo)
        .unwrap_or_else(|| vec![Frammento::Testo(text.to_string())])
}

/// A shipped clause that refers to an article the office removed takes its
/// other wording, or is left out: the tool's own text never points nowhere.
/// (What the office wrote is reported instead: R046.)
fn senza_rinvii_mancanti(atto: &mut Atto) {
    let ids: Vec<String> = atto.articoli.iter().map(|a| a.id.clone()).collect();
    let regge = |parti: &[Frammento]| {
        ids_riferiti(parti)
            .iter()
            .all(|id| ids.iter().any(|i| i == id))
    };
    let ripara = |cl: &mut Clausola| -> bool {
        if matches!(cl.origine, Origine::Ambito(..)) || regge(&cl.testo) {
            return true;
        }
        match cl.riserva.take() {
            Some(r) if regge(&r) => {
                cl.testo = r;
                true
            }
            _ => false,
        }
    };
    atto.premesse.retain_mut(|p| ripara(&mut p.clausola));
    for a in &mut atto.articoli {
        a.commi.retain_mut(|c| ripara(c));
    }
}

/// R046: every "art. N" names an article of the act.
fn riferimenti(atto: &Atto, file: &Path, problemi: &mut Vec<Problema>) {
    let ids: Vec<&str> = atto.articoli.iter().map(|a| a.id.as_str()).collect();
    let clausole = atto
        .premesse
        .iter()
        .map(|p| &p.clausola)
        .chain(atto.articoli.iter().flat_map(|a| a.commi.iter()));
    for clausola in clausole {
        for p in &clausola.testo {
            if let Frammento::Articolo(id) = p
                && !ids.contains(&id.as_str())
            {
                let (file, position) = match &clausola.origine {
                    Origine::Ambito(f, pos) => (f.clone(), pos.clone()),
                    _ => (file.to_path_buf(), Position::START),
                };
                problemi.push(Problema {
                    code: "R046",
                    file,
                    position,
                    message: crate::t!(
                        "modello-r046-articolo-inesistente",
                        clausola = &clausola.id,
                        id = id
                    ),
                    hint: Some(crate::t!(
                        "modello-r046-articolo-inesistente-suggerimento",
                        elenco = ids.join(", ")
                    )),
                });
            }
        }
    }
}

/// The ids of every article a text refers to, for tests and tools.
pub fn ids_riferiti(parti: &[Frammento]) -> BTreeSet<&str> {
    parti
        .iter()
        .filter_map(|p| match p {
            Frammento::Articolo(id) => Some(id.as_str()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn shipped_clauses_name_only_known_facts_and_placeholders() {
        let s = crate::load::profili::spedito().unwrap();
        let known = |f: &str| FATTI.contains(&f) || CONDIZIONI.contains(&f);
        let check = |where_: &str, testo: &str, se: Option<&str>, elenco: Option<&str>| {
            analizza(testo).unwrap_or_else(|e| panic!("{where_}: {e}"));
            if let Some(se) = se {
                let f = se.strip_prefix("non ").unwrap_or(se).trim();
                assert!(known(f), "{where_}: `se: {se}` names no fact");
            }
            if let Some(e) = elenco {
                assert!(
                    CONDIZIONI.contains(&e),
                    "{where_}: `elenco: {e}` is no list"
                );
            }
        };
        let premesse = s
            .clausole
            .values()
            .flat_map(|c| c.premesse.iter())
            .chain(s.profili.values().flat_map(|p| p.premesse.iter()));
        for p in premesse {
            check(&p.id, &p.testo, p.se.as_deref(), p.elenco.as_deref());
        }
        for a in s.clausole.values().flat_map(|c| c.articoli.iter()) {
            check(&a.id, &a.titolo, a.se.as_deref(), None);
            for c in &a.commi {
                match c {
                    CommaBase::Testo(t) => check(&a.id, t, None, None),
                    CommaBase::Esteso(e) => {
                        check(&a.id, &e.testo, e.se.as_deref(), e.elenco.as_deref());
                        for v in &e.voci {
                            check(&a.id, v, None, None);
                        }
                    }
                }
            }
        }
    }
    use super::*;

    #[test]
    fn placeholders_are_parsed_and_checked() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let parti = analizza("{il ufficio} ha sede presso {del ente}; art. {art:durata}, {norma:legge-328-2000} {{x}}").unwrap();
        assert_eq!(
            parti.first(),
            Some(&Frammento::Fatto {
                nome: "ufficio".into(),
                prep: Some("")
            })
        );
        assert!(parti.contains(&Frammento::Articolo("durata".into())));
        assert!(parti.contains(&Frammento::Testo(" {x}".into())));
        assert!(
            analizza("{uficio}")
                .unwrap_err()
                .contains("did you mean `ufficio`")
        );
        assert!(analizza("{degli ufficio}").is_err());
        assert!(analizza("{ufficio").is_err());
        assert!(analizza("a } b").is_err());
    }
}
