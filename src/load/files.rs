//! The shape of each content file, as serde reads it.
//!
//! These types are the content format: keys are Italian and kebab-case, every
//! struct rejects keys it does not know (a typo must not silently drop a fact),
//! and identifiers and references keep the place where they were written so
//! that validation can point at them. `docs/content.md` describes them for
//! the people who write the YAML.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::values::{Genere, Importo};

/// `ambito.yaml`: the Ambito itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AmbitoFile {
    /// Full name, e.g. "Ambito territoriale sociale di Carate Brianza".
    pub nome: String,
    pub regione: String,
    pub provincia: Option<String>,
    /// The lead Comune: the id of one of the Comuni in `comuni.yaml`.
    pub capofila: Spanned<String>,
    /// Name of the political body: "Assemblea dei Sindaci", "Coordinamento Istituzionale", …
    pub organo_politico: String,
    /// The agency for health protection (ATS, ASL) the Ambito works with.
    pub ats: Option<String>,
    /// The local health and social care agency (ASST) the Ambito works with.
    pub asst: Option<String>,
}

/// One entry of `comuni.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ComuneEntry {
    pub id: Spanned<String>,
    pub nome: String,
    /// Address of the town hall, where the Sindaco is domiciled for the office.
    pub sede: String,
    pub popolazione: Option<Popolazione>,
    /// The Sindaco in office: the id of a persona in `persone.yaml`.
    pub sindaco: Spanned<String>,
}

/// Resident population at a date (ISTAT).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Popolazione {
    pub al: NaiveDate,
    pub residenti: u64,
}

/// One entry of `persone.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PersonaEntry {
    pub id: Spanned<String>,
    pub nome: String,
    pub cognome: String,
    /// `F` or `M`: the documents agree titles and participles with it.
    pub genere: Genere,
}

/// One entry of `_riferimenti/norme.yaml`: a law or decree the acts cite.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NormaEntry {
    pub id: Spanned<String>,
    /// How the act is cited, e.g. "legge 8 novembre 2000, n. 328".
    pub citazione: String,
    /// Its title, e.g. "Legge quadro per la realizzazione del sistema integrato …".
    pub titolo: Option<String>,
}

/// One entry of `_riferimenti/fondi.yaml`: a public fund.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FondoEntry {
    pub id: Spanned<String>,
    pub nome: String,
}

/// `atti/convenzione.yaml`: the facts of the convenzione that runs the Ufficio di Piano.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConvenzioneFile {
    pub titolo: String,
    pub approvazione: Approvazione,
    pub stipula: Stipula,
    /// Laws the convenzione rests on ("VISTE"): ids in `_riferimenti/norme.yaml`.
    pub viste: Vec<Spanned<String>>,
    /// Years in which earlier convenzioni among the same Comuni were approved.
    #[serde(default)]
    pub convenzioni_precedenti: Vec<i32>,
    pub durata: Durata,
    pub recesso: Recesso,
    pub personale: Personale,
    pub ripartizione: Ripartizione,
    pub risorse: Risorse,
    /// The court for disputes (foro competente), e.g. "Monza".
    pub foro: String,
    pub esenzioni: Esenzioni,
    /// The law under which the act is signed digitally: an id in `_riferimenti/norme.yaml`.
    pub firma_digitale: Spanned<String>,
    /// What the Ufficio di Piano does, by area: the competences article.
    pub competenze: Vec<Competenza>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Approvazione {
    /// The body that approved the text, e.g. "Assemblea dei Sindaci".
    pub organo: String,
    pub data: Spanned<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Stipula {
    pub data: Spanned<NaiveDate>,
    /// The Comune in whose offices the act is signed: a Comune id.
    pub comune: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Durata {
    /// Last day the convenzione is in force.
    pub scadenza: Spanned<NaiveDate>,
    pub rinnovo: Rinnovo,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rinnovo {
    /// For how many more years it may be renewed.
    pub anni: u32,
    /// Within how many months before expiry the renewal is decided.
    pub entro_mesi: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Recesso {
    /// Day and month by which a Comune gives notice, e.g. `31-12`.
    pub preavviso_entro: GiornoMese,
    /// For how many years after the notice the Comune still pays its share.
    pub anni_contribuzione: u32,
}

/// A day of the year, written `DD-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GiornoMese {
    pub giorno: u32,
    pub mese: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Personale {
    /// Yearly hours above which a Comune that seconds staff by the hour is reimbursed.
    pub soglia_ore_annue: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ripartizione {
    /// How common costs are shared. Only `popolazione` is known today.
    pub criterio: Criterio,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Criterio {
    /// By resident population at 31 December of the penultimate year.
    Popolazione,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Risorse {
    /// Funds that may finance the office: ids in `_riferimenti/fondi.yaml`.
    pub fondi: Vec<Spanned<String>>,
    /// Other sources, in words.
    #[serde(default)]
    pub altre_fonti: Vec<String>,
    /// Days within which fund transfers are made once the plan of shares is approved.
    pub trasferimenti_entro_giorni: u32,
    /// Yearly amount paid to the capofila for supporting the office.
    pub rimborso_capofila: Importo,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Esenzioni {
    /// Exemption from registration: where the law says so.
    pub registrazione: Richiamo,
    /// Exemption from stamp duty: where the law says so.
    pub bollo: Richiamo,
}

/// A provision of a law: which article of which norma.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Richiamo {
    /// The provision, e.g. "art. 1 della Tabella allegata".
    pub articolo: String,
    /// The law: an id in `_riferimenti/norme.yaml`.
    pub norma: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Competenza {
    pub area: String,
    pub attivita: Vec<String>,
}

impl<'de> Deserialize<'de> for GiornoMese {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        GiornoMese::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a day of the year: write it as DD-MM, e.g. 31-12"
            ))
        })
    }
}

impl GiornoMese {
    fn parse(text: &str) -> Option<GiornoMese> {
        let (giorno, mese) = text.trim().split_once('-')?;
        let giorno: u32 = giorno.parse().ok()?;
        let mese: u32 = mese.parse().ok()?;
        // 2024 is a leap year, so 29-02 is accepted.
        NaiveDate::from_ymd_opt(2024, mese, giorno)?;
        Some(GiornoMese { giorno, mese })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn giorno_mese_parses_valid_days_only() {
        assert_eq!(
            GiornoMese::parse("31-12"),
            Some(GiornoMese {
                giorno: 31,
                mese: 12
            })
        );
        assert_eq!(GiornoMese::parse("31-11"), None);
        assert_eq!(GiornoMese::parse("12/31"), None);
    }
}
