//! The shape of each content file, as serde reads it.
//!
//! These types are the content format: keys are Italian and kebab-case, every
//! struct rejects keys it does not know (a typo must not silently drop a fact),
//! and identifiers and references keep the place where they were written so
//! that validation can point at them. `docs/content.md` describes them for
//! the people who write the YAML. The doc comments are for developers: the
//! words the JSON Schemas show in editors come from `locales/*/schema.ftl`
//! (see [`crate::schema`]), one message per type and key.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::testo::Testo;
use super::values::{
    DatoPersonale, Flusso, Forma, Genere, Importo, Nome, Omissione, Qualita, Registro, TipoEnte,
};

/// `ambito.yaml`: the Ambito itself.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AmbitoFile {
    /// Full name, e.g. "Ambito territoriale sociale di Carate Brianza".
    pub nome: String,
    /// The region or autonomous province: its profile id (`lombardia`,
    /// `emilia-romagna`, `trento`) or its name (`Lombardia`). Its profile
    /// gives the framework laws the acts recite and the usual names below.
    #[schemars(with = "String")]
    pub regione: Spanned<String>,
    pub provincia: Option<String>,
    /// How the Comuni manage the Ambito together: `convenzione` (art. 30
    /// TUEL, with an ente capofila), `unione`, `consorzio`, `azienda-speciale`,
    /// `delega-azienda-sanitaria`, `comunita-montana`, `accordo-di-programma`.
    /// `convenzione` when absent.
    #[schemars(with = "Option<Forma>")]
    pub forma: Option<Spanned<Forma>>,
    /// The lead or managing body: a Comune id of `comuni.yaml` (the Comune
    /// capofila) or an ente id of `enti.yaml` (an Unione, a consorzio, an
    /// azienda sanitaria, a Comunità Montana). `capofila` is accepted too.
    #[schemars(with = "String")]
    #[serde(alias = "capofila")]
    pub ente_gestore: Spanned<String>,
    /// The political body: "Conferenza dei Sindaci", "Comitato dei Sindaci",
    /// "Coordinamento Istituzionale"… Absent: the region's usual name.
    pub organo_politico: Option<Nome>,
    /// The joint office: "Ufficio di Piano", "Servizio Sociale dei Comuni"…
    /// Absent: the region's usual name.
    pub ufficio: Option<Nome>,
    /// The title of the office's head: "Responsabile", "Coordinatore d'Ambito"…
    pub responsabile: Option<Nome>,
    /// The plan: "Piano di Zona", "Piano Sociale Distrettuale", "PLUS"…
    pub piano: Option<Nome>,
    /// The lead body's title in the acts: "ente capofila", "ECAD"…
    pub ente_capofila: Option<Nome>,
    /// The health district the Ambito coincides with, when the acts name it.
    pub distretto: Option<Nome>,
    /// The agency for health protection (ATS, ASL) the Ambito works with.
    pub ats: Option<String>,
    /// The local health and social care agency (ASST) the Ambito works with.
    pub asst: Option<String>,
    /// Groups of Comuni of the Ambito that take part through another body
    /// to which they delegated their social functions (an Unione, a Comunità).
    #[serde(default)]
    pub deleghe: Vec<Delega>,
}

/// Comuni of the Ambito that delegated their social functions to an ente.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Delega {
    /// The body they delegated to: an ente id of `enti.yaml`.
    #[schemars(with = "String")]
    pub ente: Spanned<String>,
    /// The delegating Comuni: Comune ids.
    #[schemars(with = "Vec<String>")]
    pub comuni: Vec<Spanned<String>>,
    /// What they delegated, in words, e.g. "la gestione dei servizi sociali".
    pub funzioni: Option<String>,
}

/// One entry of `comuni.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ComuneEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
    /// Address of the town hall, where the Sindaco is domiciled for the office.
    pub sede: Option<String>,
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
    #[serde(default, deserialize_with = "super::values::codice_opzionale")]
    pub codice_fiscale: Option<Spanned<String>>,
    /// ISTAT code (6 digits).
    #[schemars(with = "Option<String>")]
    #[serde(default, deserialize_with = "super::values::codice_opzionale")]
    pub istat: Option<Spanned<String>>,
    /// Postal code (5 digits).
    #[schemars(with = "Option<String>")]
    #[serde(default, deserialize_with = "super::values::codice_opzionale")]
    pub cap: Option<Spanned<String>>,
}

/// A Sindaco's mandate: from `dal`, to `al` included (open while in office).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Mandato {
    #[schemars(with = "String")]
    pub persona: Spanned<String>,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub dal: Spanned<NaiveDate>,
    #[schemars(with = "Option<NaiveDate>")]
    #[serde(default, deserialize_with = "super::values::data_opzionale")]
    pub al: Option<Spanned<NaiveDate>>,
}

/// Resident population at a date (ISTAT).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Popolazione {
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
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
    /// Place of birth, as the acts print it: "Monza (MB)".
    pub nato_a: Option<String>,
    /// Date of birth.
    #[schemars(with = "Option<NaiveDate>")]
    #[serde(default, deserialize_with = "super::values::data_opzionale")]
    pub nato_il: Option<Spanned<NaiveDate>>,
    /// `true` for a woman who signs with the masculine title ("il Sindaco",
    /// "il Direttore generale"); participles still agree with `genere`.
    #[serde(default)]
    pub titolo_al_maschile: bool,
    /// A private address, when an act must print it: "via Roma 1, Pomarance (PI)".
    pub residenza: Option<String>,
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
    /// The short form, e.g. "l. n. 328/2000".
    pub breve: Option<String>,
    /// The date of the act: a clause citing it is left out of acts dated before.
    #[serde(
        default,
        deserialize_with = "super::values::data_opzionale_senza_posizione"
    )]
    pub data: Option<NaiveDate>,
}

/// One entry of `_riferimenti/fondi.yaml`: a public fund.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FondoEntry {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub nome: String,
}

/// `atti/convenzione.yaml`: the facts of the convenzione. Only the title,
/// the approval and the signing are required: a clause whose facts are absent
/// is left out of the act.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConvenzioneFile {
    pub titolo: String,
    pub approvazione: Approvazione,
    pub stipula: Stipula,
    /// The parties, each with its representative. Absent: every Comune,
    /// represented by its Sindaco, and the managing body when it is an ente.
    #[serde(default)]
    pub parti: Vec<ParteEntry>,
    /// Laws the convenzione rests on ("VISTI"): ids in `_riferimenti/norme.yaml`
    /// or in the region's profile. Absent: the national laws and the region's.
    #[schemars(with = "Option<Vec<String>>")]
    pub viste: Option<Vec<Spanned<String>>>,
    /// Years in which earlier convenzioni among the same Comuni were approved.
    #[serde(default)]
    pub convenzioni_precedenti: Vec<i32>,
    /// Extensions of the earlier convenzione, in order.
    #[serde(default)]
    pub proroghe: Vec<Proroga>,
    /// The public deed, when the act is received by a Segretario rogante.
    pub rogito: Option<Rogito>,
    pub durata: Option<Durata>,
    pub recesso: Option<Recesso>,
    pub personale: Option<Personale>,
    pub ripartizione: Option<Ripartizione>,
    pub risorse: Option<Risorse>,
    /// The court for disputes (foro competente), e.g. "Monza".
    pub foro: Option<String>,
    pub esenzioni: Option<Esenzioni>,
    /// The law under which the act is signed digitally: a norma id.
    #[schemars(with = "Option<String>")]
    pub firma_digitale: Option<Spanned<String>>,
    /// What the office does, by area: the competences article.
    #[serde(default)]
    pub competenze: Vec<Competenza>,
    /// What its copy for publication online leaves out.
    #[serde(default)]
    pub pubblicazione: Pubblicazione,
    /// What the office's records system knows of the act, for its AgID
    /// metadata.
    pub archivio: Option<Archivio>,
    /// Changes to the act's text: premises and articles replaced, added,
    /// moved or removed (see docs/content.md, "Cambiare un articolo").
    #[serde(default)]
    pub testo: Testo,
}

/// A party of an act: a Comune or another body, and who signs for it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ParteEntry {
    /// A Comune id or an ente id.
    #[schemars(with = "String")]
    pub ente: Spanned<String>,
    /// Who signs: a persona id. Absent: the Sindaco in office (a Comune) or
    /// the ente's `rappresentante`.
    #[schemars(with = "Option<String>")]
    pub rappresentante: Option<Spanned<String>>,
    /// In which capacity: `sindaco`, `sindaco-pro-tempore`, `vice-sindaco-delegato`,
    /// `presidente`, `direttore-generale`, …
    pub qualita: Option<Qualita>,
    /// The deliberation that authorises the signature (e.g. of the Consiglio comunale).
    pub delibera: Option<Deliberazione>,
}

/// A deliberation: the body, its number and its date.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Deliberazione {
    /// e.g. "Consiglio comunale", "Comitato dei Sindaci".
    pub organo: String,
    pub numero: u32,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub data: Spanned<NaiveDate>,
}

/// An extension of the earlier act: the deliberation and the new end date.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Proroga {
    pub organo: String,
    pub numero: u32,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub data: Spanned<NaiveDate>,
    /// The new last day of the act.
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub fino_al: Spanned<NaiveDate>,
}

/// How an act's copy for publication online treats the personal data it
/// prints (see docs/publication.md).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pubblicazione {
    /// `omissis` (the default): each datum left out reads "omissis";
    /// `ometti`: it is left out with the words that introduce it.
    #[serde(default)]
    pub forma: Omissione,
    /// The personal data this act's publication must keep, when a rule
    /// requires them: `nato-a`, `nato-il`, `codice-fiscale`, `residenza`.
    #[serde(default)]
    pub pubblica: Vec<DatoPersonale>,
}

/// What the office's records system knows of an act: its registration,
/// classification and file, for the AgID metadata (see docs/publication.md).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Archivio {
    /// The act's registration in the protocollo or a repertorio.
    pub registrazione: Option<Registrazione>,
    /// Its place in the office's classification scheme (titolario).
    pub classificazione: Option<Classificazione>,
    /// The file (fascicolo) it belongs to, by its identifier.
    pub fascicolo: Option<String>,
    /// `true` when the act is confidential.
    #[serde(default)]
    pub riservato: bool,
    /// How many years it is kept (9999: for ever), as the office's retention
    /// plan says.
    pub conservazione_anni: Option<u32>,
}

/// A registration: which register, the number, the day.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Registrazione {
    /// `protocollo` or `repertorio`.
    pub registro: Registro,
    /// The register's code in the records system, e.g. "REP" (letters,
    /// digits, `_`, `.`, `-`; at most 16).
    #[schemars(with = "String")]
    pub codice: Spanned<String>,
    /// The number given: at least 7 digits for the protocollo ("0012345").
    #[schemars(with = "String")]
    pub numero: Spanned<String>,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub data: Spanned<NaiveDate>,
    /// `interno` (the default), `entrata` or `uscita`.
    #[serde(default)]
    pub flusso: Flusso,
}

/// A place in the classification scheme.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Classificazione {
    /// The index, e.g. "VII.16".
    pub indice: String,
    /// What the index stands for.
    pub descrizione: String,
    /// The scheme (titolario) it belongs to.
    pub piano: Option<String>,
}

/// A public deed: the Segretario who receives it and its register number.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rogito {
    /// The Segretario rogante: a persona id.
    #[schemars(with = "String")]
    pub segretario: Spanned<String>,
    /// The repertorio number, e.g. "1234" or "28/2018" (the acts print "Rep. n." before it).
    pub repertorio: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Approvazione {
    /// The body that approved the text, e.g. "Assemblea dei Sindaci".
    pub organo: String,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub data: Spanned<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Stipula {
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub data: Spanned<NaiveDate>,
    /// Where the act is signed: a Comune id or an ente id.
    #[schemars(with = "String")]
    pub comune: Spanned<String>,
    /// The place in words, when it is not the offices of that body, e.g.
    /// "la sede dell’Unione, in corso Alberto Pio 91".
    pub luogo: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Durata {
    /// Last day the convenzione is in force.
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
    pub scadenza: Spanned<NaiveDate>,
    pub rinnovo: Option<Rinnovo>,
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
    #[serde(default)]
    pub fondi: Vec<Spanned<String>>,
    /// Other sources, in words.
    #[serde(default)]
    pub altre_fonti: Vec<String>,
    /// Days within which fund transfers are made once the plan of shares is approved.
    pub trasferimenti_entro_giorni: Option<u32>,
    /// Yearly amount paid to the lead body for supporting the office
    /// (`rimborso-capofila` is accepted too).
    #[serde(alias = "rimborso-capofila")]
    pub rimborso_ente: Option<Importo>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Esenzioni {
    /// Exemption from registration: where the law says so.
    pub registrazione: Option<Richiamo>,
    /// Exemption from stamp duty: where the law says so.
    pub bollo: Option<Richiamo>,
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
    /// What kind of body it is: `unione`, `comunita-montana`,
    /// `comunita-di-valle`, `consorzio`, `azienda-speciale`,
    /// `azienda-sanitaria`, `asp`, `altro` (the default).
    pub tipo: Option<TipoEnte>,
    /// Grammatical gender of its name (`F` for "Unione …", `M` for
    /// "Consorzio …"); guessed from the first word when absent.
    pub genere: Option<Genere>,
    /// Codice fiscale of the organisation (11 digits).
    #[schemars(with = "Option<String>")]
    #[serde(default, deserialize_with = "super::values::codice_opzionale")]
    pub codice_fiscale: Option<Spanned<String>>,
    /// Its seat, e.g. "corso Alberto Pio 91, Carpi".
    pub sede: Option<String>,
    /// Its legal representative: a persona id.
    #[schemars(with = "Option<String>")]
    pub rappresentante: Option<Spanned<String>>,
    /// The representative's capacity; by default `presidente`, or
    /// `direttore-generale` for an azienda sanitaria, an ASP or an azienda speciale.
    pub qualita: Option<Qualita>,
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
    #[serde(default, deserialize_with = "super::values::data_opzionale")]
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
    /// What its copy for publication online leaves out.
    #[serde(default)]
    pub pubblicazione: Pubblicazione,
    /// What the office's records system knows of the act, for its AgID
    /// metadata.
    pub archivio: Option<Archivio>,
    /// Changes to the text: articles replaced, added, moved or removed, as
    /// for the convenzione (see docs/content.md, "Cambiare un articolo").
    #[serde(default)]
    pub testo: Testo,
}

/// A deliberation: which body, which number, which day.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Delibera {
    pub organo: String,
    pub numero: u32,
    #[schemars(with = "NaiveDate")]
    #[serde(deserialize_with = "super::values::data")]
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
    #[serde(deserialize_with = "super::values::data")]
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

impl Organo {
    /// How many members fill the quota `id`.
    pub fn membri(&self, id: &str) -> u64 {
        self.componenti
            .iter()
            .filter(|c| c.quota.value == id)
            .count() as u64
    }
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
    #[serde(deserialize_with = "super::values::data")]
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
