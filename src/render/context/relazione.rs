//! The relazione semestrale's context: for each objective of the Piano di
//! Zona what the semester delivered, measured against the plan, with the
//! previous semester beside it when the content has one.

use serde::Serialize;

use super::regolamento::{Ufficio, ufficio};
use super::{AmbitoView, Unresolved, ambito};
use crate::load::files::{Esito, PianoFile, RelazioneFile};
use crate::load::values::Importo;
use crate::load::{self, Relazione};
use crate::model::Ambito;

/// `part` of `whole` in percent; 0 when `whole` is 0.
fn percento(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

#[derive(Debug, Serialize)]
pub struct MisuraView {
    pub descrizione: String,
    pub target: u64,
    pub valore: u64,
    /// Share of the target reached, in percent (may exceed 100).
    pub percento: f64,
}

#[derive(Debug, Serialize)]
pub struct ObiettivoView {
    pub titolo: String,
    pub attivita: Vec<String>,
    pub utenti: u64,
    pub domande_ricevute: u64,
    pub domande_soddisfatte: u64,
    /// Needs met: requests met over requests received, in percent.
    pub bisogni_percento: f64,
    pub rispondenti: u64,
    pub soddisfatti: u64,
    /// Satisfied users over respondents, in percent.
    pub soddisfazione_percento: f64,
    pub indicatori: Vec<MisuraView>,
    /// Level of implementation: the mean of the indicators' shares, each
    /// counted up to 100%.
    pub attuazione_percento: f64,
    /// The same objective in the previous semester, when there is one.
    pub precedente: Option<Confronto>,
}

#[derive(Debug, Serialize)]
pub struct Confronto {
    pub utenti: u64,
    pub attuazione_percento: f64,
    pub soddisfazione_percento: f64,
}

#[derive(Debug, Serialize)]
pub struct Spesa {
    pub fondo: String,
    /// The fund's yearly budget in the plan.
    pub budget: String,
    /// Spent in this semester.
    pub semestre: String,
    /// Spent in the year so far (this semester and the earlier one of the same year).
    pub anno: String,
    /// Spent in the year over the yearly budget, in percent.
    pub percento: f64,
    /// Spent in the previous semester, when there is one.
    pub precedente: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Totali {
    pub utenti: u64,
    pub domande_ricevute: u64,
    pub domande_soddisfatte: u64,
    pub bisogni_percento: f64,
    pub soddisfazione_percento: f64,
    pub attuazione_percento: f64,
    pub budget: String,
    pub semestre: String,
    pub anno: String,
    pub percento: f64,
    pub utenti_precedente: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct RelazioneView {
    pub anno: i32,
    pub semestre: u8,
    /// First and last day of the semester.
    pub dal: String,
    pub al: String,
    pub data: String,
    pub obiettivi: Vec<ObiettivoView>,
    pub spesa: Vec<Spesa>,
    pub totali: Totali,
    /// The previous semester compared with, when there is one: "2024-2".
    pub precedente: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Piano {
    pub titolo: String,
    pub dal: i32,
    pub al: i32,
}

#[derive(Debug, Serialize)]
pub struct RelazioneContext {
    pub ambito: AmbitoView,
    pub ufficio: Ufficio,
    pub piano: Piano,
    pub relazione: RelazioneView,
}

/// Per-objective figures of one relazione, computed against the plan.
struct Figure {
    utenti: u64,
    attuazione: f64,
    soddisfazione: f64,
}

fn figure(piano: &PianoFile, r: &RelazioneFile, obiettivo: &str) -> Option<Figure> {
    let esito = r
        .obiettivi
        .iter()
        .find(|e| e.obiettivo.value == obiettivo)?;
    let def = piano.obiettivi.iter().find(|o| o.id.value == obiettivo)?;
    Some(Figure {
        utenti: esito.utenti,
        attuazione: attuazione(def, &esito.indicatori),
        soddisfazione: percento(
            esito.soddisfazione.soddisfatti.value,
            esito.soddisfazione.rispondenti.value,
        ),
    })
}

fn attuazione(def: &crate::load::files::Obiettivo, misure: &[crate::load::files::Misura]) -> f64 {
    let quote: Vec<f64> = def
        .indicatori
        .iter()
        .map(|i| {
            let valore = misure
                .iter()
                .find(|m| m.indicatore.value == i.id.value)
                .map_or(0, |m| m.valore);
            percento(valore, i.target.value).min(100.0)
        })
        .collect();
    if quote.is_empty() {
        0.0
    } else {
        quote.iter().sum::<f64>() / quote.len() as f64
    }
}

fn spesa_di(r: &RelazioneFile, fondo: &str) -> Importo {
    Importo {
        centesimi: r
            .spesa
            .iter()
            .filter(|s| s.fondo.value == fondo)
            .map(|s| s.importo.centesimi)
            .fold(0, i64::saturating_add),
    }
}

/// What the relazione of `anno`-`semestre` is given: the objectives of the
/// plan with what the semester did of them, the spending per fund, totals,
/// and the previous semester's figures to compare with.
pub fn relazione(a: &Ambito, anno: i32, semestre: u8) -> Result<RelazioneContext, Unresolved> {
    let missing = |what: &str| Unresolved(what.to_string());
    let r: &Relazione = a
        .relazioni
        .iter()
        .find(|r| r.anno == anno && r.semestre == semestre)
        .ok_or_else(|| missing("relazione"))?;
    let piano = &a
        .piano
        .as_ref()
        .ok_or_else(|| missing(load::PIANO.path))?
        .value;
    let uff = a
        .ufficio
        .as_ref()
        .ok_or_else(|| missing(load::UFFICIO.path))?;
    let prev = a.relazione_precedente(anno, semestre);
    // The earlier semester of the same year, for spending in the year so far.
    let same_year_earlier = prev.filter(|p| p.anno == anno);
    let rel = &r.file.value;

    let obiettivi = rel
        .obiettivi
        .iter()
        .map(|esito| obiettivo(piano, esito, prev))
        .collect::<Result<Vec<_>, _>>()?;
    let (spesa, somme) = spese(a, piano, rel, prev, same_year_earlier)?;
    let totali = totali(&obiettivi, somme, prev);
    let (dal, al) = if semestre == 1 {
        (format!("{anno}-01-01"), format!("{anno}-06-30"))
    } else {
        (format!("{anno}-07-01"), format!("{anno}-12-31"))
    };
    Ok(RelazioneContext {
        ambito: ambito(a, rel.data.value)?,
        ufficio: ufficio(a, &uff.value)?,
        piano: Piano {
            titolo: piano.titolo.clone(),
            dal: piano.dal.value,
            al: piano.al.value,
        },
        relazione: RelazioneView {
            anno,
            semestre,
            dal,
            al,
            data: rel.data.value.to_string(),
            obiettivi,
            spesa,
            totali,
            precedente: prev.map(|p| format!("{}-{}", p.anno, p.semestre)),
        },
    })
}

/// What the relazione says of one objective of the plan.
fn obiettivo(
    piano: &PianoFile,
    esito: &Esito,
    prev: Option<&Relazione>,
) -> Result<ObiettivoView, Unresolved> {
    let def = piano
        .obiettivi
        .iter()
        .find(|o| o.id.value == esito.obiettivo.value)
        .ok_or_else(|| Unresolved(format!("obiettivo `{}`", esito.obiettivo.value)))?;
    let indicatori = def
        .indicatori
        .iter()
        .map(|i| {
            let valore = esito
                .indicatori
                .iter()
                .find(|m| m.indicatore.value == i.id.value)
                .map_or(0, |m| m.valore);
            MisuraView {
                descrizione: i.descrizione.clone(),
                target: i.target.value,
                valore,
                percento: percento(valore, i.target.value),
            }
        })
        .collect();
    Ok(ObiettivoView {
        titolo: def.titolo.clone(),
        attivita: esito.attivita.clone(),
        utenti: esito.utenti,
        domande_ricevute: esito.domande.ricevute.value,
        domande_soddisfatte: esito.domande.soddisfatte.value,
        bisogni_percento: percento(
            esito.domande.soddisfatte.value,
            esito.domande.ricevute.value,
        ),
        rispondenti: esito.soddisfazione.rispondenti.value,
        soddisfatti: esito.soddisfazione.soddisfatti.value,
        soddisfazione_percento: percento(
            esito.soddisfazione.soddisfatti.value,
            esito.soddisfazione.rispondenti.value,
        ),
        indicatori,
        attuazione_percento: attuazione(def, &esito.indicatori),
        precedente: prev
            .and_then(|p| figure(piano, &p.file.value, &esito.obiettivo.value))
            .map(|f| Confronto {
                utenti: f.utenti,
                attuazione_percento: f.attuazione,
                soddisfazione_percento: f.soddisfazione,
            }),
    })
}

/// Spending per fund of the plan's budget, in the semester and in the year
/// so far, and the totals (budget, semester, year) in cents.
fn spese(
    a: &Ambito,
    piano: &PianoFile,
    rel: &RelazioneFile,
    prev: Option<&Relazione>,
    same_year_earlier: Option<&Relazione>,
) -> Result<(Vec<Spesa>, [i64; 3]), Unresolved> {
    let mut spesa = Vec::new();
    let (mut budget_tot, mut sem_tot, mut anno_tot) = (0i64, 0i64, 0i64);
    for voce in &piano.budget {
        let fondo = a
            .riferimenti
            .fondo(&voce.fondo.value)
            .ok_or_else(|| Unresolved(format!("fondo `{}`", voce.fondo.value)))?;
        let sem = spesa_di(rel, &voce.fondo.value);
        let earlier = same_year_earlier.map_or(Importo::default(), |p| {
            spesa_di(&p.file.value, &voce.fondo.value)
        });
        let nell_anno = sem.centesimi.saturating_add(earlier.centesimi);
        budget_tot = budget_tot.saturating_add(voce.annuale.centesimi);
        sem_tot = sem_tot.saturating_add(sem.centesimi);
        anno_tot = anno_tot.saturating_add(nell_anno);
        spesa.push(Spesa {
            fondo: fondo.nome.clone(),
            budget: voce.annuale.to_string(),
            semestre: sem.to_string(),
            anno: Importo {
                centesimi: nell_anno,
            }
            .to_string(),
            percento: percento(
                nell_anno.max(0) as u64,
                voce.annuale.centesimi.max(0) as u64,
            ),
            precedente: prev.map(|p| spesa_di(&p.file.value, &voce.fondo.value).to_string()),
        });
    }

    Ok((spesa, [budget_tot, sem_tot, anno_tot]))
}

/// The totals over the objectives and the spending.
fn totali(
    obiettivi: &[ObiettivoView],
    [budget_tot, sem_tot, anno_tot]: [i64; 3],
    prev: Option<&Relazione>,
) -> Totali {
    let somma = |f: fn(&_) -> u64| obiettivi.iter().map(f).fold(0, u64::saturating_add);
    let ricevute = somma(|o| o.domande_ricevute);
    let soddisfatte = somma(|o| o.domande_soddisfatte);
    let rispondenti = somma(|o| o.rispondenti);
    let soddisfatti = somma(|o| o.soddisfatti);
    let attuazione_media = if obiettivi.is_empty() {
        0.0
    } else {
        obiettivi.iter().map(|o| o.attuazione_percento).sum::<f64>() / obiettivi.len() as f64
    };
    Totali {
        utenti: somma(|o| o.utenti),
        domande_ricevute: ricevute,
        domande_soddisfatte: soddisfatte,
        bisogni_percento: percento(soddisfatte, ricevute),
        soddisfazione_percento: percento(soddisfatti, rispondenti),
        attuazione_percento: attuazione_media,
        budget: Importo {
            centesimi: budget_tot,
        }
        .to_string(),
        semestre: Importo { centesimi: sem_tot }.to_string(),
        anno: Importo {
            centesimi: anno_tot,
        }
        .to_string(),
        percento: percento(anno_tot.max(0) as u64, budget_tot.max(0) as u64),
        utenti_precedente: prev.map(|p| {
            p.file
                .value
                .obiettivi
                .iter()
                .map(|e| e.utenti)
                .fold(0, u64::saturating_add)
        }),
    }
}
