//! How an Ambito is governed, resolved once: its region's profile, the form
//! of association, the managing body, the names of its bodies with their
//! grammar, the groups of Comuni that delegate, and the parties of an act.
//!
//! Names come from `ambito.yaml` when the office wrote them, else from the
//! region's profile, else from the national defaults: an Ambito of a region
//! without a profile still reads as Italian, and validation says the region
//! is unknown.

use chrono::NaiveDate;

use crate::load::files::{AmbitoFile, ConvenzioneFile, Deliberazione, EnteEntry, PersonaEntry};
use crate::load::profili::{Profilo, spedito};
use crate::load::values::{Forma, Genere, Nome, Qualita, TipoEnte, genere_di};

use super::Ambito;

/// The resolved governance of an Ambito.
#[derive(Debug, Clone)]
pub struct Governo {
    /// The region's profile; `None` when `regione` names none (R037).
    pub profilo: Option<&'static Profilo>,
    pub regione: String,
    pub forma: Forma,
    /// The Ambito's own name ("Ambito territoriale sociale di Carpi").
    pub ambito: Nome,
    pub organo: Nome,
    pub ufficio: Nome,
    pub responsabile: Nome,
    pub piano: Nome,
    /// The lead body's title: "ente capofila", "ECAD".
    pub ente_capofila: Nome,
    pub distretto: Option<Nome>,
    /// The managing or lead body; `None` when `ente-gestore` names nothing.
    pub ente: Option<Ente>,
    pub deleghe: Vec<DelegaRisolta>,
}

/// A body that takes part in the Ambito: a Comune or an ente.
#[derive(Debug, Clone)]
pub struct Ente {
    pub id: String,
    /// "Comune di Carpi", "Unione delle Terre d'Argine".
    pub nome: Nome,
    /// `None` for a Comune.
    pub tipo: Option<TipoEnte>,
    pub codice_fiscale: Option<String>,
    pub sede: Option<String>,
}

#[derive(Debug, Clone)]
pub struct DelegaRisolta {
    pub ente: Nome,
    /// The names of the delegating Comuni.
    pub comuni: Vec<String>,
    pub comuni_id: Vec<String>,
    pub funzioni: Option<String>,
}

/// A party of an act and who signs for it.
#[derive(Debug, Clone)]
pub struct Parte {
    pub ente: Ente,
    /// The signatory; `None` when nobody is named and none can be inferred.
    pub rappresentante: Option<PersonaEntry>,
    pub qualita: Qualita,
    pub delibera: Option<Deliberazione>,
}

impl Default for Governo {
    /// Before resolution: national defaults, no body.
    fn default() -> Governo {
        Governo {
            profilo: None,
            regione: String::new(),
            forma: Forma::Convenzione,
            ambito: Nome::new("Ambito territoriale sociale", Genere::M),
            organo: Nome::new("Assemblea dei Sindaci", Genere::F),
            ufficio: Nome::new("Ufficio di Piano", Genere::M),
            responsabile: Nome::new("Responsabile", Genere::M),
            piano: Nome::new("Piano di Zona", Genere::M),
            ente_capofila: Nome::new("ente capofila", Genere::M),
            distretto: None,
            ente: None,
            deleghe: Vec::new(),
        }
    }
}

impl Governo {
    pub fn risolvi(a: &Ambito) -> Governo {
        let info: &AmbitoFile = &a.info.value;
        let profilo = spedito().ok().and_then(|s| s.profilo(&info.regione.value));
        let nomi = profilo.map(|p| &p.nomi);
        let pick = |own: &Option<Nome>, regional: Option<&Nome>, default: Nome| {
            own.clone().or_else(|| regional.cloned()).unwrap_or(default)
        };
        Governo {
            regione: profilo.map_or_else(|| info.regione.value.clone(), |p| p.nome.clone()),
            forma: info.forma.as_ref().map_or(Forma::Convenzione, |f| f.value),
            ambito: Nome::guess(&info.nome),
            organo: pick(
                &info.organo_politico,
                nomi.map(|n| &n.organo_politico),
                Nome::new("Assemblea dei Sindaci", Genere::F),
            ),
            ufficio: pick(
                &info.ufficio,
                nomi.map(|n| &n.ufficio),
                Nome::new("Ufficio di Piano", Genere::M),
            ),
            responsabile: pick(
                &info.responsabile,
                nomi.map(|n| &n.responsabile),
                Nome::new("Responsabile", Genere::M),
            ),
            piano: pick(
                &info.piano,
                nomi.map(|n| &n.piano),
                Nome::new("Piano di Zona", Genere::M),
            ),
            ente_capofila: pick(
                &info.ente_capofila,
                nomi.map(|n| &n.ente_capofila),
                Nome::new("ente capofila", Genere::M),
            ),
            distretto: info.distretto.clone(),
            ente: ente(a, &info.ente_gestore.value),
            deleghe: info
                .deleghe
                .iter()
                .filter_map(|d| {
                    Some(DelegaRisolta {
                        ente: ente(a, &d.ente.value)?.nome,
                        comuni: d
                            .comuni
                            .iter()
                            .filter_map(|c| a.comune(&c.value).map(|c| c.nome.clone()))
                            .collect(),
                        comuni_id: d.comuni.iter().map(|c| c.value.clone()).collect(),
                        funzioni: d.funzioni.clone(),
                    })
                })
                .collect(),
            profilo,
        }
    }

    /// Whether the managing body is a Comune (the Comune capofila).
    pub fn ente_comune(&self) -> bool {
        self.ente.as_ref().is_some_and(|e| e.tipo.is_none())
    }
}

/// A Comune or an ente of the Ambito, by id.
pub fn ente(a: &Ambito, id: &str) -> Option<Ente> {
    if let Some(c) = a.comune(id) {
        return Some(Ente {
            id: id.to_string(),
            nome: Nome::new(&format!("Comune di {}", c.nome), Genere::M),
            tipo: None,
            codice_fiscale: c.codice_fiscale.as_ref().map(|cf| cf.value.clone()),
            // "Albiate, via Salvadori 1": the town hall is in its own Comune.
            sede: c.sede.as_ref().map(|s| format!("{}, {s}", c.nome)),
        });
    }
    let e: &EnteEntry = a.ente(id)?;
    Some(Ente {
        id: id.to_string(),
        nome: Nome {
            nome: e.nome.clone(),
            genere: e.genere.unwrap_or_else(|| genere_di(&e.nome)),
            plurale: false,
        },
        tipo: Some(e.tipo.unwrap_or(TipoEnte::Altro)),
        codice_fiscale: e.codice_fiscale.as_ref().map(|cf| cf.value.clone()),
        sede: e.sede.clone(),
    })
}

/// The capacity in which an ente's representative signs by default.
pub fn qualita_di(e: &Ente, own: Option<Qualita>) -> Qualita {
    own.unwrap_or(match e.tipo {
        None => Qualita::Sindaco,
        Some(TipoEnte::AziendaSanitaria | TipoEnte::Asp | TipoEnte::AziendaSpeciale) => {
            Qualita::DirettoreGenerale
        }
        Some(_) => Qualita::Presidente,
    })
}

/// The parties of a convenzione on its date: those listed in `parti`, or
/// every Comune that does not take part through a delegate, the delegates,
/// and the managing body when it is not a Comune.
pub fn parti(a: &Ambito, g: &Governo, c: &ConvenzioneFile, data: NaiveDate) -> Vec<Parte> {
    let persona = |id: &str| a.persona(id).cloned();
    let default_rappresentante = |id: &str| -> Option<PersonaEntry> {
        match a.comune(id) {
            Some(comune) => a.sindaco(comune, data).and_then(persona),
            None => a
                .ente(id)
                .and_then(|e| e.rappresentante.as_ref())
                .and_then(|r| persona(&r.value)),
        }
    };
    if !c.parti.is_empty() {
        return c
            .parti
            .iter()
            .filter_map(|p| {
                let e = ente(a, &p.ente.value)?;
                let own = p
                    .qualita
                    .or_else(|| a.ente(&p.ente.value).and_then(|x| x.qualita));
                Some(Parte {
                    qualita: qualita_di(&e, own),
                    rappresentante: match &p.rappresentante {
                        Some(r) => persona(&r.value),
                        None => default_rappresentante(&p.ente.value),
                    },
                    delibera: p.delibera.clone(),
                    ente: e,
                })
            })
            .collect();
    }
    let delegate: Vec<&String> = g.deleghe.iter().flat_map(|d| d.comuni_id.iter()).collect();
    let mut ids: Vec<String> = a
        .comuni
        .value
        .iter()
        .map(|c| c.id.value.clone())
        .filter(|id| !delegate.contains(&id))
        .collect();
    for d in &a.info.value.deleghe {
        if !ids.contains(&d.ente.value) {
            ids.push(d.ente.value.clone());
        }
    }
    if let Some(e) = &g.ente
        && !ids.contains(&e.id)
    {
        ids.push(e.id.clone());
    }
    ids.iter()
        .filter_map(|id| {
            let e = ente(a, id)?;
            let own = a.ente(id).and_then(|x| x.qualita);
            Some(Parte {
                qualita: qualita_di(&e, own),
                rappresentante: default_rappresentante(id),
                delibera: None,
                ente: e,
            })
        })
        .collect()
}
