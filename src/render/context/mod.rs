//! What templates see: the resolved model as plain data.
//!
//! References are already followed (a Comune's `sindaco` is the persona, not
//! an id), dates are ISO strings for the `data` filter, amounts are decimal
//! strings for the `euro` filter. Templates never see YAML or source positions.

pub mod commissioni;
pub mod regolamento;
pub mod relazione;

use chrono::NaiveDate;
use serde::Serialize;

use crate::load::files::{ComuneEntry, ConvenzioneFile, NormaEntry, PersonaEntry};
use crate::load::values::Genere;
use crate::model::Ambito;

#[derive(Debug, Serialize)]
pub struct Persona {
    pub nome: String,
    pub cognome: String,
    /// "F" or "M".
    pub genere: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Comune {
    pub id: String,
    pub nome: String,
    pub sede: String,
    pub popolazione: Option<Popolazione>,
    pub sindaco: Persona,
    /// Its share of the convenzione's yearly common cost, when there is one.
    pub quota_costi: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Popolazione {
    pub al: String,
    pub residenti: u64,
}

#[derive(Debug, Serialize)]
pub struct AmbitoView {
    pub id: String,
    pub nome: String,
    pub regione: String,
    pub provincia: Option<String>,
    pub organo_politico: String,
    pub ats: Option<String>,
    pub asst: Option<String>,
    /// The lead body's name: "Comune di Carate Brianza".
    pub capofila: String,
    pub comuni: Vec<Comune>,
    pub popolazione_totale: u64,
}

#[derive(Debug, Serialize)]
pub struct Norma {
    pub citazione: String,
    pub titolo: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Richiamo {
    pub articolo: String,
    pub norma: Norma,
}

#[derive(Debug, Serialize)]
pub struct Convenzione {
    pub titolo: String,
    pub approvazione: Approvazione,
    pub stipula: Stipula,
    pub viste: Vec<Norma>,
    pub convenzioni_precedenti: Vec<i32>,
    pub scadenza: String,
    pub rinnovo_anni: u32,
    pub rinnovo_entro_mesi: u32,
    pub recesso_giorno: u32,
    pub recesso_mese: u32,
    pub recesso_anni_contribuzione: u32,
    pub soglia_ore_annue: u32,
    pub criterio: &'static str,
    /// The yearly common cost shared in the annex, when set.
    pub costi_comuni: Option<String>,
    /// The date of the population figures the shares use.
    pub popolazione_al: Option<String>,
    pub fondi: Vec<String>,
    pub altre_fonti: Vec<String>,
    pub trasferimenti_entro_giorni: u32,
    pub rimborso_capofila: String,
    pub foro: String,
    pub esenzione_registrazione: Richiamo,
    pub esenzione_bollo: Richiamo,
    pub firma_digitale: Norma,
    pub competenze: Vec<Competenza>,
}

#[derive(Debug, Serialize)]
pub struct Approvazione {
    pub organo: String,
    pub data: String,
}

#[derive(Debug, Serialize)]
pub struct Stipula {
    pub data: String,
    pub comune: Comune,
}

#[derive(Debug, Serialize)]
pub struct Competenza {
    pub area: String,
    pub attivita: Vec<String>,
}

pub(super) fn nome_ente(a: &Ambito, id: &str) -> Result<String, Unresolved> {
    a.nome_ente(id)
        .ok_or_else(|| Unresolved(format!("ente `{id}`")))
}

/// The context of a convenzione: `ambito` and `atto`.
#[derive(Debug, Serialize)]
pub struct ConvenzioneContext {
    pub ambito: AmbitoView,
    pub atto: Convenzione,
}

/// A reference that validation should have caught did not resolve.
#[derive(Debug)]
pub struct Unresolved(pub String);

pub(super) fn persona(a: &Ambito, id: &str) -> Result<Persona, Unresolved> {
    let p: &PersonaEntry = a
        .persona(id)
        .ok_or_else(|| Unresolved(format!("persona `{id}`")))?;
    Ok(Persona {
        nome: p.nome.clone(),
        cognome: p.cognome.clone(),
        genere: match p.genere {
            Genere::F => "F",
            Genere::M => "M",
        },
    })
}

/// A Comune as of `data`: its Sindaco is the one in office that day.
fn comune(a: &Ambito, c: &ComuneEntry, data: NaiveDate) -> Result<Comune, Unresolved> {
    let sindaco = a
        .sindaco(c, data)
        .ok_or_else(|| Unresolved(format!("the Sindaco of {} on {data}", c.nome)))?;
    Ok(Comune {
        id: c.id.value.clone(),
        nome: c.nome.clone(),
        sede: c.sede.clone(),
        popolazione: c.popolazione.as_ref().map(|p| Popolazione {
            al: p.al.value.to_string(),
            residenti: p.residenti,
        }),
        sindaco: persona(a, sindaco)?,
        quota_costi: a.comuni_index(&c.id.value).and_then(|i| {
            a.quote_costi
                .as_ref()
                .and_then(|q| q.get(i))
                .map(|q| q.to_string())
        }),
    })
}

pub(super) fn comune_by_id(a: &Ambito, id: &str, data: NaiveDate) -> Result<Comune, Unresolved> {
    let c = a
        .comune(id)
        .ok_or_else(|| Unresolved(format!("Comune `{id}`")))?;
    comune(a, c, data)
}

fn norma(a: &Ambito, id: &str) -> Result<Norma, Unresolved> {
    let n: &NormaEntry = a
        .riferimenti
        .norma(id)
        .ok_or_else(|| Unresolved(format!("norma `{id}`")))?;
    Ok(Norma {
        citazione: n.citazione.clone(),
        titolo: n.titolo.clone(),
    })
}

/// The Ambito as of `data` (the document's date).
pub fn ambito(a: &Ambito, data: NaiveDate) -> Result<AmbitoView, Unresolved> {
    let info = &a.info.value;
    Ok(AmbitoView {
        id: a.id.clone(),
        nome: info.nome.clone(),
        regione: info.regione.clone(),
        provincia: info.provincia.clone(),
        organo_politico: info.organo_politico.clone(),
        ats: info.ats.clone(),
        asst: info.asst.clone(),
        capofila: a
            .capofila()
            .ok_or_else(|| Unresolved(format!("capofila `{}`", info.capofila.value)))?,
        comuni: a
            .comuni
            .value
            .iter()
            .map(|c| comune(a, c, data))
            .collect::<Result<_, _>>()?,
        popolazione_totale: a.popolazione_totale,
    })
}

pub fn convenzione(a: &Ambito, c: &ConvenzioneFile) -> Result<ConvenzioneContext, Unresolved> {
    let richiamo = |r: &crate::load::files::Richiamo| -> Result<Richiamo, Unresolved> {
        Ok(Richiamo {
            articolo: r.articolo.clone(),
            norma: norma(a, &r.norma.value)?,
        })
    };
    let atto = Convenzione {
        titolo: c.titolo.clone(),
        approvazione: Approvazione {
            organo: c.approvazione.organo.clone(),
            data: c.approvazione.data.value.to_string(),
        },
        stipula: Stipula {
            data: c.stipula.data.value.to_string(),
            comune: comune_by_id(a, &c.stipula.comune.value, c.stipula.data.value)?,
        },
        viste: c
            .viste
            .iter()
            .map(|v| norma(a, &v.value))
            .collect::<Result<_, _>>()?,
        convenzioni_precedenti: c.convenzioni_precedenti.clone(),
        scadenza: c.durata.scadenza.value.to_string(),
        rinnovo_anni: c.durata.rinnovo.anni,
        rinnovo_entro_mesi: c.durata.rinnovo.entro_mesi,
        recesso_giorno: c.recesso.preavviso_entro.giorno,
        recesso_mese: c.recesso.preavviso_entro.mese,
        recesso_anni_contribuzione: c.recesso.anni_contribuzione,
        soglia_ore_annue: c.personale.soglia_ore_annue,
        criterio: match c.ripartizione.criterio {
            crate::load::files::Criterio::Popolazione => "popolazione",
        },
        costi_comuni: c.ripartizione.importo_annuo.map(|i| i.to_string()),
        popolazione_al: a
            .comuni
            .value
            .iter()
            .find_map(|c| c.popolazione.as_ref())
            .map(|p| p.al.value.to_string()),
        fondi: c
            .risorse
            .fondi
            .iter()
            .map(|f| {
                a.riferimenti
                    .fondo(&f.value)
                    .map(|f| f.nome.clone())
                    .ok_or_else(|| Unresolved(format!("fondo `{}`", f.value)))
            })
            .collect::<Result<_, _>>()?,
        altre_fonti: c.risorse.altre_fonti.clone(),
        trasferimenti_entro_giorni: c.risorse.trasferimenti_entro_giorni,
        rimborso_capofila: c.risorse.rimborso_capofila.to_string(),
        foro: c.foro.clone(),
        esenzione_registrazione: richiamo(&c.esenzioni.registrazione)?,
        esenzione_bollo: richiamo(&c.esenzioni.bollo)?,
        firma_digitale: norma(a, &c.firma_digitale.value)?,
        competenze: c
            .competenze
            .iter()
            .map(|k| Competenza {
                area: k.area.clone(),
                attivita: k.attivita.clone(),
            })
            .collect(),
    };
    Ok(ConvenzioneContext {
        ambito: ambito(a, c.stipula.data.value)?,
        atto,
    })
}
