//! The commissioni document's context: every body with its rule and roster.

use serde::Serialize;

use super::{AmbitoView, Persona, Unresolved, ambito, nome_ente, persona};
use crate::load::files::{OrganiFile, Organo};
use crate::model::Ambito;
use crate::render::italiano as it;

#[derive(Debug, Serialize)]
pub struct Membro {
    pub persona: Persona,
    /// The organisation represented.
    pub ente: String,
}

#[derive(Debug, Serialize)]
pub struct QuotaView {
    pub descrizione: String,
    /// Seats; none when the rules leave the number open.
    pub numero: Option<u32>,
    pub membri: Vec<Membro>,
    /// Seats of this quota nobody fills: printed, never dropped.
    pub vacanti: u32,
}

#[derive(Debug, Serialize)]
pub struct OrganoView {
    pub nome: String,
    pub competenze: Vec<String>,
    pub massimo: Option<u32>,
    /// For bodies of every Sindaco: each Comune with its Sindaco.
    pub sindaci: Vec<Membro>,
    pub quote: Vec<QuotaView>,
    pub presidente: Option<Persona>,
    pub titolo_presidente: String,
    /// Seats the rules provide (sum of the quotas, or one per Comune); an
    /// open quota counts the members it has.
    pub posti: u32,
    /// Members seated now.
    pub membri: u32,
    pub vacanti: u32,
    /// Some quota leaves its number open: "posti previsti" would mislead.
    pub posti_indeterminati: bool,
}

#[derive(Debug, Serialize)]
pub struct CommissioniContext {
    pub ambito: AmbitoView,
    pub aggiornato_al: String,
    pub organi: Vec<OrganoView>,
}

pub fn commissioni(a: &Ambito, f: &OrganiFile) -> Result<CommissioniContext, Unresolved> {
    let mut organi = Vec::new();
    for o in &f.organi {
        let sindaci = if o.tutti_i_sindaci {
            sindaci(a, f)?
        } else {
            Vec::new()
        };
        let quote = quote(a, o)?;
        let (posti, membri) = if o.tutti_i_sindaci {
            let n = u32::try_from(sindaci.len()).unwrap_or(u32::MAX);
            (n, n)
        } else {
            (
                quote
                    .iter()
                    .map(|q| {
                        q.numero
                            .unwrap_or(u32::try_from(q.membri.len()).unwrap_or(u32::MAX))
                    })
                    .fold(0, u32::saturating_add),
                quote
                    .iter()
                    .map(|q| u32::try_from(q.membri.len()).unwrap_or(u32::MAX))
                    .fold(0, u32::saturating_add),
            )
        };
        organi.push(OrganoView {
            nome: o.nome.clone(),
            competenze: o.competenze.clone(),
            massimo: o.massimo.as_ref().map(|m| m.value),
            vacanti: quote.iter().map(|q| q.vacanti).fold(0, u32::saturating_add),
            sindaci,
            quote,
            presidente: o
                .presidente
                .as_ref()
                .map(|p| persona(a, &p.value))
                .transpose()?,
            titolo_presidente: titolo_presidente(a, o)?,
            posti_indeterminati: o.quote.iter().any(|q| q.numero.is_none()),
            posti,
            membri,
        });
    }
    Ok(CommissioniContext {
        ambito: ambito(a, f.aggiornato_al.value)?,
        aggiornato_al: f.aggiornato_al.value.to_string(),
        organi,
    })
}

/// The Sindaci in office on the date of the composition, with their Comune.
fn sindaci(a: &Ambito, f: &OrganiFile) -> Result<Vec<Membro>, Unresolved> {
    a.comuni
        .value
        .iter()
        .map(|c| {
            let sindaco = a.sindaco(c, f.aggiornato_al.value).ok_or_else(|| {
                Unresolved(crate::t!(
                    "resa-sindaco",
                    comune = &c.nome,
                    data = f.aggiornato_al.value.to_string()
                ))
            })?;
            Ok(Membro {
                persona: persona(a, sindaco)?,
                ente: format!("Comune di {}", c.nome),
            })
        })
        .collect::<Result<Vec<_>, Unresolved>>()
}

/// Each quota of a body with its members and vacancies.
fn quote(a: &Ambito, o: &Organo) -> Result<Vec<QuotaView>, Unresolved> {
    let mut quote = Vec::new();
    for q in &o.quote {
        let membri = o
            .componenti
            .iter()
            .filter(|c| c.quota.value == q.id.value)
            .map(|c| {
                Ok(Membro {
                    persona: persona(a, &c.persona.value)?,
                    ente: nome_ente(a, &c.ente.value)?,
                })
            })
            .collect::<Result<Vec<_>, Unresolved>>()?;
        let seated = u32::try_from(membri.len()).unwrap_or(u32::MAX);
        let numero = q.numero.as_ref().map(|n| n.value);
        quote.push(QuotaView {
            descrizione: q.descrizione.clone(),
            numero,
            vacanti: numero.map_or(0, |n| n.saturating_sub(seated)),
            membri,
        });
    }
    Ok(quote)
}

/// The chair's title agreed with who holds it: "Coordinatrice",
/// "Presidente"; "Presidente" when the organo names no title.
fn titolo_presidente(a: &Ambito, o: &Organo) -> Result<String, Unresolved> {
    let titolo = o.titolo_presidente.as_deref().unwrap_or("Presidente");
    Ok(match &o.presidente {
        Some(id) => {
            let p = a
                .persona(&id.value)
                .ok_or_else(|| Unresolved(format!("persona `{}`", id.value)))?;
            it::titolo(titolo, p.genere, p.titolo_al_maschile)
        }
        None => titolo.to_string(),
    })
}
