//! What templates see: the resolved model as plain data.
//!
//! References are already followed (a Comune's `sindaco` is the persona, not
//! an id), dates are ISO strings for the `data` filter, amounts are decimal
//! strings for the `euro` filter. Templates never see YAML or source positions.

pub mod commissioni;
pub mod convenzione;
pub mod regolamento;
pub mod relazione;
pub mod testo;

use chrono::NaiveDate;
use serde::Serialize;

use crate::load::files::{ComuneEntry, PersonaEntry};
use crate::load::values::Genere;
use crate::model::Ambito;

#[derive(Debug, Serialize)]
pub struct Persona {
    pub nome: String,
    pub cognome: String,
    /// "F" or "M".
    pub genere: &'static str,
    /// She chose the masculine title ("il Sindaco", not "la Sindaca").
    pub titolo_al_maschile: bool,
}

#[derive(Debug, Serialize)]
pub struct Comune {
    pub id: String,
    pub nome: String,
    pub sede: Option<String>,
    pub popolazione: Option<PopolazioneView>,
    /// The Sindaco in office on the document's date, when the content names one.
    pub sindaco: Option<Persona>,
    /// Its share of the convenzione's yearly common cost, when there is one.
    pub quota_costi: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PopolazioneView {
    pub al: String,
    pub residenti: u64,
}

#[derive(Debug, Serialize)]
pub struct AmbitoView {
    pub id: String,
    pub nome: String,
    pub regione: String,
    pub provincia: Option<String>,
    /// The names of the bodies, as the Ambito or its region calls them.
    pub organo_politico: String,
    pub ufficio: String,
    pub responsabile: String,
    pub piano: String,
    /// The lead body's title: "ente capofila", "ECAD", "ente gestore".
    pub ente_capofila: String,
    /// The form of association: `convenzione`, `unione`, …
    pub forma: &'static str,
    pub ats: Option<String>,
    pub asst: Option<String>,
    /// The lead body's name: "Comune di Carate Brianza".
    pub capofila: String,
    pub comuni: Vec<Comune>,
    pub popolazione_totale: u64,
}

pub(super) fn nome_ente(a: &Ambito, id: &str) -> Result<String, Unresolved> {
    a.nome_ente(id)
        .ok_or_else(|| Unresolved(format!("ente `{id}`")))
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
        titolo_al_maschile: p.titolo_al_maschile,
    })
}

/// A Comune as of `data`: its Sindaco is the one in office that day.
fn comune(a: &Ambito, c: &ComuneEntry, data: NaiveDate) -> Result<Comune, Unresolved> {
    let sindaco = match a.sindaco(c, data) {
        Some(id) => Some(persona(a, id)?),
        None => None,
    };
    Ok(Comune {
        id: c.id.value.clone(),
        nome: c.nome.clone(),
        sede: c.sede.clone(),
        popolazione: c.popolazione.as_ref().map(|p| PopolazioneView {
            al: p.al.value.to_string(),
            residenti: p.residenti,
        }),
        sindaco,
        quota_costi: a.comuni_index(&c.id.value).and_then(|i| {
            a.quote_costi
                .as_ref()
                .and_then(|q| q.get(i))
                .map(|q| q.to_string())
        }),
    })
}

/// The Ambito as of `data` (the document's date).
pub fn ambito(a: &Ambito, data: NaiveDate) -> Result<AmbitoView, Unresolved> {
    let info = &a.info.value;
    Ok(AmbitoView {
        id: a.id.clone(),
        nome: info.nome.clone(),
        regione: a.governo.regione.clone(),
        provincia: info.provincia.clone(),
        organo_politico: a.governo.organo.nome.clone(),
        ufficio: a.governo.ufficio.nome.clone(),
        responsabile: a.governo.responsabile.nome.clone(),
        piano: a.governo.piano.nome.clone(),
        ente_capofila: a.governo.ente_capofila.nome.clone(),
        forma: a.governo.forma.id(),
        ats: info.ats.clone(),
        asst: info.asst.clone(),
        capofila: a
            .capofila()
            .ok_or_else(|| Unresolved(format!("ente-gestore `{}`", info.ente_gestore.value)))?,
        comuni: a
            .comuni
            .value
            .iter()
            .map(|c| comune(a, c, data))
            .collect::<Result<_, _>>()?,
        popolazione_totale: a.popolazione_totale,
    })
}
