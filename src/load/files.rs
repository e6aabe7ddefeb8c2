//! The shape of each content file, as serde reads it.
//!
//! These types are the content format: keys are Italian and kebab-case, every
//! struct rejects keys it does not know (a typo must not silently drop a fact),
//! and identifiers and references keep the place where they were written so
//! that validation can point at them. `docs/content.md` describes them for
//! the people who write the YAML.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::values::{Genere, Importo};

/// `ambito.yaml`: the Ambito itself.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AmbitoFile {
    /// Full name, e.g. "Ambito territoriale sociale di Carate Brianza".
    pub nome: String,
    pub regione: String,
    pub provincia: Option<String>,
    /// The lead Comune: the id of one of the Comuni in `comuni.yaml`.
    #[schemars(with = "String")]
    pub capofila: Spanned<String>,
    /// Name of the political body: "Assemblea dei Sindaci", "Coordinamento Istituzionale", …
    pub organo_politico: String,
    /// The agency for health protection (ATS, ASL) the Ambito works with.
    pub ats: Option<String>,
    /// The local health and social care agency (ASST) the Ambito works with.
    pub asst: Option<String>,
}

/// One entry of `comuni.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ComuneEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
    /// Address of the town hall, where the Sindaco is domiciled for the office.
    pub sede: String,
    pub popolazione: Option<Popolazione>,
    /// The Sindaco in office: the id of a persona in `persone.yaml`. Short for
    /// a single mandate with no dates; use `sindaci` to keep a history.
    #[schemars(with = "Option<String>")]
    pub sindaco: Option<Spanned<String>>,
    /// The mandates, when dates matter: each act names the Sindaco whose
    /// mandate covers its date.
    #[serde(default)]
    pub sindaci: Vec<Mandato>,
    /// Codice fiscale of the Comune (11 digits).
    #[schemars(with = "Option<String>")]
    pub codice_fiscale: Option<Spanned<String>>,
    /// ISTAT code (6 digits).
    #[schemars(with = "Option<String>")]
    pub istat: Option<Spanned<String>>,
    /// Postal code (5 digits).
    #[schemars(with = "Option<String>")]
    pub cap: Option<Spanned<String>>,
}

/// A Sindaco's mandate: from `dal`, to `al` included (open while in office).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Mandato {
    #[schemars(with = "String")]
    pub persona: Spanned<String>,
    #[schemars(with = "NaiveDate")]
    pub dal: Spanned<NaiveDate>,
    #[schemars(with = "Option<NaiveDate>")]
    pub al: Option<Spanned<NaiveDate>>,
}

/// Resident population at a date (ISTAT).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Popolazione {
    #[schemars(with = "NaiveDate")]
    pub al: Spanned<NaiveDate>,
    pub residenti: u64,
}

/// One entry of `persone.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PersonaEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
    pub cognome: String,
    /// `F` or `M`: the documents agree titles and participles with it.
    pub genere: Genere,
    /// Codice fiscale (16 characters).
    #[schemars(with = "Option<String>")]
    pub codice_fiscale: Option<Spanned<String>>,
}

/// One entry of `_riferimenti/norme.yaml`: a law or decree the acts cite.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NormaEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// How the act is cited, e.g. "legge 8 novembre 2000, n. 328".
    pub citazione: String,
    /// Its title, e.g. "Legge quadro per la realizzazione del sistema integrato …".
    pub titolo: Option<String>,
}

/// One entry of `_riferimenti/fondi.yaml`: a public fund.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FondoEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
}

/// `atti/convenzione.yaml`: the facts of the convenzione that runs the Ufficio di Piano.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConvenzioneFile {
    pub titolo: String,
    pub approvazione: Approvazione,
    pub stipula: Stipula,
    /// Laws the convenzione rests on ("VISTE"): ids in `_riferimenti/norme.yaml`.
    #[schemars(with = "Vec<String>")]
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
    #[schemars(with = "String")]
    pub firma_digitale: Spanned<String>,
    /// What the Ufficio di Piano does, by area: the competences article.
    pub competenze: Vec<Competenza>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Approvazione {
    /// The body that approved the text, e.g. "Assemblea dei Sindaci".
    pub organo: String,
    #[schemars(with = "NaiveDate")]
    pub data: Spanned<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Stipula {
    #[schemars(with = "NaiveDate")]
    pub data: Spanned<NaiveDate>,
    /// The Comune in whose offices the act is signed: a Comune id.
    #[schemars(with = "String")]
    pub comune: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Durata {
    /// Last day the convenzione is in force.
    #[schemars(with = "NaiveDate")]
    pub scadenza: Spanned<NaiveDate>,
    pub rinnovo: Rinnovo,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rinnovo {
    /// For how many more years it may be renewed.
    pub anni: u32,
    /// Within how many months before expiry the renewal is decided.
    pub entro_mesi: u32,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Personale {
    /// Yearly hours above which a Comune that seconds staff by the hour is reimbursed.
    pub soglia_ore_annue: u32,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ripartizione {
    /// How common costs are shared. Only `popolazione` is known today.
    pub criterio: Criterio,
    /// The yearly common cost to share among the Comuni; when given, the
    /// convenzione carries an annex with each Comune's share.
    pub importo_annuo: Option<Importo>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Criterio {
    /// By resident population at 31 December of the penultimate year.
    Popolazione,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Risorse {
    /// Funds that may finance the office: ids in `_riferimenti/fondi.yaml`.
    #[schemars(with = "Vec<String>")]
    pub fondi: Vec<Spanned<String>>,
    /// Other sources, in words.
    #[serde(default)]
    pub altre_fonti: Vec<String>,
    /// Days within which fund transfers are made once the plan of shares is approved.
    pub trasferimenti_entro_giorni: u32,
    /// Yearly amount paid to the capofila for supporting the office.
    pub rimborso_capofila: Importo,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Esenzioni {
    /// Exemption from registration: where the law says so.
    pub registrazione: Richiamo,
    /// Exemption from stamp duty: where the law says so.
    pub bollo: Richiamo,
}

/// A provision of a law: which article of which norma.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Richiamo {
    /// The provision, e.g. "art. 1 della Tabella allegata".
    pub articolo: String,
    /// The law: an id in `_riferimenti/norme.yaml`.
    #[schemars(with = "String")]
    pub norma: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Competenza {
    pub area: String,
    pub attivita: Vec<String>,
}

impl JsonSchema for GiornoMese {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "GiornoMese".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A day of the year, DD-MM, e.g. 31-12",
            "type": "string",
            "pattern": "^[0-9]{1,2}-[0-9]{1,2}$"
        })
    }
}

impl JsonSchema for Frazione {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Frazione".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A fraction N/D, e.g. 2/3",
            "type": "string",
            "pattern": "^[0-9]+/[0-9]+$"
        })
    }
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

/// One entry of `enti.yaml`: an organisation other than a member Comune
/// (a Comunità Montana, a health agency, a union, the Third Sector forum).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EnteEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
    /// Codice fiscale of the organisation (11 digits).
    #[schemars(with = "Option<String>")]
    pub codice_fiscale: Option<Spanned<String>>,
}

/// `ufficio-di-piano.yaml`: the joint office, its seat, functions and staff.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct UfficioFile {
    /// Address of the office, e.g. "via San Massimiliano Kolbe".
    pub sede: String,
    /// The Comune where the office sits: a Comune id.
    #[schemars(with = "String")]
    pub comune: Spanned<String>,
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub pec: Option<Spanned<String>>,
    /// The functions the office is organised in, each with its units.
    #[serde(default)]
    pub funzioni: Vec<Funzione>,
    /// Thematic areas the planning function covers.
    #[serde(default)]
    pub aree_tematiche: Vec<String>,
    /// The Responsabile: a persona id, who must be among the staff.
    #[schemars(with = "String")]
    pub responsabile: Spanned<String>,
    /// Since when the Responsabile holds the office (for the term of the regolamento).
    #[schemars(with = "Option<NaiveDate>")]
    pub responsabile_dal: Option<Spanned<NaiveDate>>,
    /// The staff size the acts declare; checked against the list.
    #[schemars(with = "Option<u32>")]
    pub organico: Option<Spanned<u32>>,
    pub personale: Vec<Addetto>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Funzione {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// e.g. "programmazione e progettazione".
    pub nome: String,
    /// Units of staff assigned to it.
    pub unita: u32,
}

/// One member of the office's staff.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Addetto {
    /// A persona id.
    #[schemars(with = "String")]
    pub persona: Spanned<String>,
    /// The role in words: "Responsabile", "assistente sociale", "istruttore amministrativo".
    pub ruolo: String,
    /// The function the person holds, if any: a funzione id.
    #[schemars(with = "Option<String>")]
    pub funzione: Option<Spanned<String>>,
    /// The body the person comes from: a Comune or ente id.
    #[schemars(with = "String")]
    pub ente: Spanned<String>,
    /// Weekly hours when seconded by the hour; absent means full time.
    #[schemars(with = "Option<u32>")]
    pub ore_settimanali: Option<Spanned<u32>>,
    /// Not seconded by a member Comune: hired from outside (`ente` may then be any ente).
    #[serde(default)]
    pub esterno: bool,
}

/// `atti/regolamento.yaml`: the rules of the Ufficio di Piano.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegolamentoFile {
    pub titolo: String,
    /// The Piano di Zona the rules serve, e.g. "2018-2020".
    pub piano_di_zona: String,
    pub approvazione: Delibera,
    pub adozione: Delibera,
    /// The act the office is set up by, e.g. "Convenzione per la gestione associata …".
    pub convenzione: String,
    pub responsabile: RegoleResponsabile,
    /// How often, in months, the office reports to the political body.
    pub relazione_ogni_mesi: u32,
    /// Regional plans and acts the staffing rests on, in words.
    #[serde(default)]
    pub riferimenti_regionali: Vec<String>,
}

/// A deliberation: which body, which number, which day.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Delibera {
    pub organo: String,
    pub numero: u32,
    #[schemars(with = "NaiveDate")]
    pub data: Spanned<NaiveDate>,
    /// Who signs the act for this body (for the adoption: the signature blocks).
    #[serde(default)]
    pub firmatari: Vec<Firmatario>,
}

/// A signatory: a persona and the role in which they sign.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Firmatario {
    /// A persona id.
    #[schemars(with = "String")]
    pub persona: Spanned<String>,
    /// e.g. "Il Sindaco del Comune di Lecce", "Il Segretario generale".
    pub ruolo: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegoleResponsabile {
    /// Who appoints the Responsabile, and among whom, in words.
    pub nomina: String,
    pub durata_anni: u32,
    /// Qualified majority of the associated Comuni to revoke, e.g. `2/3`.
    pub revoca_maggioranza: Frazione,
    /// Days within which a successor is appointed.
    pub sostituzione_entro_giorni: u32,
}

/// A fraction written `N/D`, e.g. `2/3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frazione {
    pub numeratore: u32,
    pub denominatore: u32,
}

impl<'de> Deserialize<'de> for Frazione {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let parsed = text.split_once('/').and_then(|(n, d)| {
            let (n, d) = (n.trim().parse::<u32>().ok()?, d.trim().parse::<u32>().ok()?);
            (n > 0 && n <= d).then_some(Frazione {
                numeratore: n,
                denominatore: d,
            })
        });
        parsed.ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a majority: write it as a fraction, e.g. 2/3"
            ))
        })
    }
}

/// `organi.yaml`: the bodies and commissions of the Ambito, as composed on a day.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OrganiFile {
    /// The day the composition refers to: the document's date.
    #[schemars(with = "NaiveDate")]
    pub aggiornato_al: Spanned<NaiveDate>,
    pub organi: Vec<Organo>,
}

/// A body or commission.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Organo {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
    /// What the body does; one line each.
    #[serde(default)]
    pub competenze: Vec<String>,
    /// Maximum number of members, when the rules set one.
    #[schemars(with = "Option<u32>")]
    pub massimo: Option<Spanned<u32>>,
    /// `tutti-i-sindaci` for bodies made of every Sindaco of the Ambito.
    #[serde(default)]
    pub tutti_i_sindaci: bool,
    /// Composition rule: how many members of each kind.
    #[serde(default)]
    pub quote: Vec<Quota>,
    /// Who sits in the body now.
    #[serde(default)]
    pub componenti: Vec<Componente>,
    /// The chair or coordinator: a persona id, who must be a member.
    #[schemars(with = "Option<String>")]
    pub presidente: Option<Spanned<String>>,
    /// The title of the chair: "Presidente", "Coordinatore", …
    pub titolo_presidente: Option<String>,
}

/// A quota: `numero` members of a kind, described in words.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Quota {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// e.g. "rappresentanti del Forum del Terzo Settore".
    pub descrizione: String,
    /// How many seats; absent when the rules leave it open ("Rappresentanti dei Comuni").
    #[schemars(with = "Option<u32>")]
    pub numero: Option<Spanned<u32>>,
    /// Seats declared vacant: members plus vacancies must equal `numero`.
    #[schemars(with = "Option<u32>")]
    pub vacanti: Option<Spanned<u32>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Componente {
    /// A persona id.
    #[schemars(with = "String")]
    pub persona: Spanned<String>,
    /// The quota the member fills: a quota id of the same body.
    #[schemars(with = "String")]
    pub quota: Spanned<String>,
    /// The organisation represented: a Comune or ente id.
    #[schemars(with = "String")]
    pub ente: Spanned<String>,
}

/// `piano.yaml`: the Piano di Zona: period, objectives, indicators, budget.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PianoFile {
    pub titolo: String,
    /// First and last year of the plan, e.g. 2024 and 2026.
    #[schemars(with = "i32")]
    pub dal: Spanned<i32>,
    #[schemars(with = "i32")]
    pub al: Spanned<i32>,
    /// How many years the plan lasts; a triennium unless said otherwise.
    #[schemars(with = "Option<u32>")]
    pub anni: Option<Spanned<u32>>,
    pub obiettivi: Vec<Obiettivo>,
    /// Yearly budget by fund.
    pub budget: Vec<VoceBudget>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Obiettivo {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub titolo: String,
    pub indicatori: Vec<Indicatore>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Indicatore {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub descrizione: String,
    /// The value the plan aims at over a year, e.g. 120 (users).
    #[schemars(with = "u64")]
    pub target: Spanned<u64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VoceBudget {
    /// A fund: an id in `_riferimenti/fondi.yaml`, or `comuni` for the Comuni's own share.
    #[schemars(with = "String")]
    pub fondo: Spanned<String>,
    pub annuale: Importo,
}

/// `relazioni/<anno>-<1|2>.yaml`: what one semester delivered.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RelazioneFile {
    /// The day the report is signed.
    #[schemars(with = "NaiveDate")]
    pub data: Spanned<NaiveDate>,
    pub obiettivi: Vec<Esito>,
    pub spesa: Vec<VoceSpesa>,
    /// Totals as typed in the report, if any: they must equal the computed ones.
    pub totali: Option<TotaliDichiarati>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TotaliDichiarati {
    #[schemars(with = "Option<u64>")]
    pub utenti: Option<Spanned<u64>>,
    #[schemars(with = "Option<Importo>")]
    pub spesa: Option<Spanned<Importo>>,
}

/// What was done for one objective of the plan in the semester.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Esito {
    /// An objective id of `piano.yaml`.
    #[schemars(with = "String")]
    pub obiettivo: Spanned<String>,
    pub attivita: Vec<String>,
    /// People reached by the objective's services in the semester.
    pub utenti: u64,
    /// Requests received and met, for the share of needs met.
    pub domande: Domande,
    /// The value reached for each indicator (cumulative in the year).
    pub indicatori: Vec<Misura>,
    /// Users who answered the satisfaction survey, and how many were satisfied.
    pub soddisfazione: Soddisfazione,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Domande {
    #[schemars(with = "u64")]
    pub ricevute: Spanned<u64>,
    #[schemars(with = "u64")]
    pub soddisfatte: Spanned<u64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Misura {
    /// An indicator id of the objective.
    #[schemars(with = "String")]
    pub indicatore: Spanned<String>,
    pub valore: u64,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Soddisfazione {
    #[schemars(with = "u64")]
    pub rispondenti: Spanned<u64>,
    #[schemars(with = "u64")]
    pub soddisfatti: Spanned<u64>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VoceSpesa {
    /// A fund of the plan's budget.
    #[schemars(with = "String")]
    pub fondo: Spanned<String>,
    /// Spent in the semester.
    pub importo: Importo,
}
