//! What the tool ships: the regional profiles (`templates/profili/*.yaml`),
//! the national laws and the clauses of the acts (`templates/clausole/`),
//! embedded in the binary and parsed once.
//!
//! A profile says how a region or autonomous province shapes its Ambiti: its
//! framework laws on social services (with the public source each citation
//! was checked against), the usual names of the bodies, the forms of
//! association it uses and the premises its acts recite. An Ambito picks
//! its region in `ambito.yaml` and may override any of it there and in its acts.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::testo::{ClausoleFile, PremessaBase};
use super::values::{Forma, Nome};

mod incorporati {
    include!(concat!(env!("OUT_DIR"), "/incorporati.rs"));
}

/// A regional profile: `templates/profili/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profilo {
    /// `lombardia`, `emilia-romagna`, `trento`: what `regione:` names.
    pub id: String,
    /// "Lombardia", "Provincia autonoma di Trento".
    pub nome: String,
    pub tipo: TipoTerritorio,
    /// The framework law(s) on social services.
    pub norme: Vec<NormaSpedita>,
    pub nomi: Nomi,
    /// The forms of association the region uses, most common first.
    pub forme: Vec<Forma>,
    /// Premises its acts recite (after the national ones).
    #[serde(default)]
    pub premesse: Vec<PremessaBase>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TipoTerritorio {
    Regione,
    ProvinciaAutonoma,
}

/// The usual names of a region's Ambito, bodies, office, head and plan.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Nomi {
    pub ambito: Nome,
    pub organo_politico: Nome,
    pub ufficio: Nome,
    pub responsabile: Nome,
    pub piano: Nome,
    pub ente_capofila: Nome,
}

/// A law the tool ships: national (`templates/clausole/norme.yaml`) or of a
/// region's profile, with where its citation was checked.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NormaSpedita {
    pub id: String,
    /// "legge regionale 12 marzo 2008, n. 3".
    pub citazione: String,
    /// "l.r. n. 3/2008".
    pub breve: String,
    pub titolo: Option<String>,
    pub data: NaiveDate,
    /// The public page the citation was checked against.
    pub fonte: Option<String>,
    /// Whether that check confirmed date, number and title.
    #[serde(default)]
    pub verificata: bool,
}

/// Everything the tool ships, parsed.
#[derive(Debug)]
pub struct Spedito {
    /// Profiles by id.
    pub profili: BTreeMap<String, Profilo>,
    /// National laws, by id.
    pub norme: Vec<NormaSpedita>,
    /// The clauses of each act, by act kind (`convenzione`).
    pub clausole: BTreeMap<String, ClausoleFile>,
    /// `sha256:` of every embedded file: part of each document's digest, so
    /// that a changed profile or clause rebuilds the documents.
    pub digest: String,
}

impl Spedito {
    /// The profile of `regione`, by id or by name, in any case:
    /// `emilia-romagna`, `Emilia-Romagna`, `Emilia Romagna`.
    pub fn profilo(&self, regione: &str) -> Option<&Profilo> {
        let key = chiave(regione);
        self.profili
            .values()
            .find(|p| chiave(&p.id) == key || chiave(&p.nome) == key)
    }
}

/// A region's name reduced for comparison: lower case, letters only.
fn chiave(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' => 'a',
            'è' | 'é' => 'e',
            other => other,
        })
        .collect::<String>()
        .replace("provinciaautonomadi", "")
}

/// The embedded data, parsed on first use. An error names the embedded file
/// that does not parse: a defect of the tool, which its tests catch.
pub fn spedito() -> Result<&'static Spedito, &'static str> {
    static SPEDITO: OnceLock<Result<Spedito, String>> = OnceLock::new();
    SPEDITO
        .get_or_init(parse_all)
        .as_ref()
        .map_err(String::as_str)
}

fn parse_all() -> Result<Spedito, String> {
    let mut hasher = Sha256::new();
    let mut profili = BTreeMap::new();
    for (name, text) in incorporati::PROFILI {
        hasher.update(name.as_bytes());
        hasher.update(text.as_bytes());
        let p: Profilo = super::parse(text).map_err(|e| {
            crate::t!(
                "carica-incorporato-illeggibile",
                file = format!("templates/profili/{name}.yaml"),
                errore = e.to_string()
            )
        })?;
        profili.insert(p.id.clone(), p);
    }
    let mut norme = Vec::new();
    let mut clausole = BTreeMap::new();
    for (name, text) in incorporati::CLAUSOLE {
        hasher.update(name.as_bytes());
        hasher.update(text.as_bytes());
        let fail = |e: serde_saphyr::Error| {
            crate::t!(
                "carica-incorporato-illeggibile",
                file = format!("templates/clausole/{name}.yaml"),
                errore = e.to_string()
            )
        };
        if *name == "norme" {
            norme = super::parse(text).map_err(fail)?;
        } else {
            clausole.insert(name.to_string(), super::parse(text).map_err(fail)?);
        }
    }
    Ok(Spedito {
        profili,
        norme,
        clausole,
        digest: format!("sha256:{:x}", hasher.finalize()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_and_autonomous_province_has_a_profile() {
        let s = spedito().unwrap();
        assert_eq!(s.profili.len(), 21, "{:?}", s.profili.keys());
        assert_eq!(
            s.profilo("Lombardia").map(|p| p.id.as_str()),
            Some("lombardia")
        );
        assert_eq!(
            s.profilo("Emilia Romagna").map(|p| p.id.as_str()),
            Some("emilia-romagna")
        );
        assert_eq!(
            s.profilo("Provincia autonoma di Trento")
                .map(|p| p.id.as_str()),
            Some("trento")
        );
        let national: Vec<&str> = s
            .clausole
            .values()
            .flat_map(|c| c.premesse.iter().map(|p| p.id.as_str()))
            .collect();
        for p in s.profili.values() {
            for q in &p.premesse {
                assert!(
                    !national.contains(&q.id.as_str()),
                    "{}: the premise `{}` has the id of a national one",
                    p.id,
                    q.id
                );
            }
            assert!(!p.norme.is_empty(), "{} cites no framework law", p.id);
            assert!(!p.forme.is_empty(), "{} has no form", p.id);
        }
    }
}
