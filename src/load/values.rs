//! Small value types with their own rules of what may be written.

use std::fmt;

use serde::Deserialize;

/// Grammatical gender of a person, for agreement in the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
pub enum Genere {
    F,
    M,
}

/// An amount of money in euro, kept in cents so that sums are exact.
///
/// Written in YAML as a number (`20000`, `20000.5`, `20000.50`); more than two
/// decimals or a negative amount is rejected where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Importo {
    pub centesimi: i64,
}

impl Importo {
    /// Parses the decimal text of an amount: digits, optionally a point and
    /// one or two decimals.
    pub fn parse(text: &str) -> Result<Importo, String> {
        let text = text.trim();
        if let Some(plain) = all_italiana(text) {
            return Err(crate::t!(
                "carica-importo-all-italiana",
                testo = text,
                corretto = plain
            ));
        }
        let (units, decimals) = text.split_once('.').unwrap_or((text, ""));
        let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits_only(units) || !(decimals.is_empty() || digits_only(decimals)) {
            return Err(crate::t!("carica-importo-non-valido", testo = text));
        }
        if decimals.len() > 2 {
            return Err(crate::t!("carica-importo-decimali", testo = text));
        }
        let cents = format!("{decimals:0<2}");
        units
            .parse::<i64>()
            .ok()
            .and_then(|u| u.checked_mul(100))
            .and_then(|u| u.checked_add(cents.parse::<i64>().ok()?))
            .map(|centesimi| Importo { centesimi })
            .ok_or_else(|| crate::t!("carica-importo-troppo-grande", testo = text))
    }
}

/// An amount written the Italian way, as the same amount the content
/// wants: `352.400,00` → `352400.00`, `1.500` → `1500`, `20,5` → `20.50`.
/// `None` for anything else (a plain `20000.50` included).
fn all_italiana(text: &str) -> Option<String> {
    let text = text.trim_start_matches('€').trim();
    let (units, cents) = match text.split_once(',') {
        Some((u, c)) if (1..=2).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) => {
            (u, Some(c))
        }
        Some(_) => return None,
        None => (text, None),
    };
    let groups: Vec<&str> = units.split('.').collect();
    let grouped = groups.len() > 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups.iter().skip(1).all(|g| g.len() == 3);
    let digits = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if !digits || (groups.len() > 1 && !grouped) || (cents.is_none() && !grouped) {
        return None;
    }
    let units = groups.concat();
    Some(match cents {
        Some(c) => format!("{units}.{c:0<2}"),
        None => units,
    })
}

impl fmt::Display for Importo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.centesimi / 100, self.centesimi % 100)
    }
}

/// The form of an amount written as text, in the schemas.
pub const IMPORTO_PATTERN: &str = r"^[0-9]+(\.[0-9]{1,2})?$";

impl schemars::JsonSchema for Importo {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Importo".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount in euro, with at most two decimals, e.g. 20000.00",
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": IMPORTO_PATTERN
        })
    }
}

impl<'de> Deserialize<'de> for Importo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read the number as text, so that `0.1` is never a float rounded to cents.
        let text = String::deserialize(deserializer)?;
        Importo::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A date as written in the content: `aaaa-mm-gg`, exactly (ISO 8601, as
/// YAML and the schemas write it). `2010-7-29` is refused rather than read
/// as a guess, and a date written the Italian way (`29/07/2010`) is told
/// how to write it. The year has four digits: Typst's dates, and the
/// Italian of the acts, stop at 9999.
pub fn data<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<serde_saphyr::Spanned<chrono::NaiveDate>, D::Error> {
    let text = serde_saphyr::Spanned::<String>::deserialize(deserializer)?;
    let date = leggi_data(&text.value).map_err(serde::de::Error::custom)?;
    Ok(serde_saphyr::Spanned::new(
        date,
        text.referenced,
        text.defined,
    ))
}

/// [`data`], for a date that may be left out.
pub fn data_opzionale<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<serde_saphyr::Spanned<chrono::NaiveDate>>, D::Error> {
    let text = Option::<serde_saphyr::Spanned<String>>::deserialize(deserializer)?;
    text.map(|t| {
        leggi_data(&t.value)
            .map(|date| serde_saphyr::Spanned::new(date, t.referenced, t.defined))
            .map_err(serde::de::Error::custom)
    })
    .transpose()
}

/// A date from `aaaa-mm-gg`, or what is wrong with the text.
pub fn leggi_data(text: &str) -> Result<chrono::NaiveDate, String> {
    let b = text.as_bytes();
    let iso = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if iso {
        let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| crate::t!("carica-data-inesistente", testo = text))?;
        return if chrono::Datelike::year(&date) >= 1000 {
            Ok(date)
        } else {
            Err(crate::t!("carica-data-anno", testo = text))
        };
    }
    // The Italian habit: gg/mm/aaaa, gg-mm-aaaa or gg.mm.aaaa.
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    if let [g, m, a] = parts.as_slice()
        && a.len() == 4
        && [g, m, a]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(crate::t!(
            "carica-data-all-italiana",
            testo = text,
            corretta = format!("{a}-{:0>2}-{:0>2}", m, g)
        ));
    }
    if let [a, m, g] = parts.as_slice()
        && a.len() == 4
        && [a, m, g]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(crate::t!(
            "carica-data-due-cifre",
            testo = text,
            corretta = format!("{a}-{:0>2}-{:0>2}", m, g)
        ));
    }
    Err(crate::t!("carica-data-non-valida", testo = text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_written_the_italian_way_is_told_how_to_write_it() {
        crate::i18n::set(crate::i18n::Lingua::English);
        for (written, plain) in [
            ("352.400,00", "352400.00"),
            ("1.500", "1500"),
            ("20,5", "20.50"),
            ("€ 1.234.567,89", "1234567.89"),
        ] {
            let why = Importo::parse(written).unwrap_err();
            assert!(why.ends_with(&format!(": {plain}")), "{written}: {why}");
        }
        assert_eq!(Importo::parse("20000.50").unwrap().centesimi, 2_000_050);
        assert!(all_italiana("20000.50").is_none());
        assert!(all_italiana("12.34.5").is_none());
    }

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(Importo::parse("20000").unwrap().centesimi, 2_000_000);
        assert_eq!(Importo::parse("20000.5").unwrap().centesimi, 2_000_050);
        assert_eq!(Importo::parse("0.10").unwrap().centesimi, 10);
        assert!(Importo::parse("1.005").is_err());
        assert!(Importo::parse("-3").is_err());
        assert!(Importo::parse("1e3").is_err());
        assert!(Importo::parse("99999999999999999999").is_err());
    }
}

/// A name of a body, an office or a plan, with the grammar the documents
/// need to put an article or a preposition before it ("la Conferenza dei
/// Sindaci", "dell’ECAD", "il Piano Sociale Distrettuale").
///
/// Written as a plain string (the gender is then guessed from the first
/// word: see [`genere_di`]) or as `{ nome, genere, plurale }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nome {
    pub nome: String,
    pub genere: Genere,
    pub plurale: bool,
}

impl Nome {
    /// A name whose gender is guessed from its first word.
    pub fn guess(nome: &str) -> Nome {
        Nome {
            nome: nome.to_string(),
            genere: genere_di(nome),
            plurale: false,
        }
    }

    /// A name with a known gender.
    pub fn new(nome: &str, genere: Genere) -> Nome {
        Nome {
            nome: nome.to_string(),
            genere,
            plurale: false,
        }
    }
}

/// The grammatical gender of a noun phrase, by its first word: feminine for
/// -a, -à and the feminine -e nouns acts use (-zione, -sione, -gione,
/// "Unione", "legge", "Società"); masculine otherwise (abbreviations
/// included: "ECAD", "D.P.R.").
pub fn genere_di(frase: &str) -> Genere {
    // "Zona-distretto …": the first word of a compound decides.
    let scritta = frase
        .split(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or("");
    let parola = scritta.to_lowercase();
    // An acronym ("ATS", "USCA") or an abbreviation ("D.P.R.") says
    // nothing by its ending.
    let feminine = !parola.contains('.')
        && scritta.chars().any(|c| c.is_lowercase())
        && (parola.ends_with('a')
            || parola.ends_with('à')
            || parola.ends_with("tù")
            || parola == "legge"
            || ["zione", "sione", "gione", "unione"]
                .iter()
                .any(|e| parola.ends_with(e)));
    if feminine { Genere::F } else { Genere::M }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum NomeYaml {
    Testo(String),
    Esteso(NomeEsteso),
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct NomeEsteso {
    /// The name as the acts print it, e.g. "Conferenza dei Sindaci".
    nome: String,
    /// Grammatical gender of the name: `F` or `M` (guessed when absent).
    genere: Option<Genere>,
    /// `true` for a plural name ("Servizi Sociali dei Comuni").
    #[serde(default)]
    plurale: bool,
}

impl<'de> Deserialize<'de> for Nome {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match NomeYaml::deserialize(deserializer)? {
            NomeYaml::Testo(nome) => Nome::guess(&nome),
            NomeYaml::Esteso(e) => Nome {
                genere: e.genere.unwrap_or_else(|| genere_di(&e.nome)),
                nome: e.nome,
                plurale: e.plurale,
            },
        })
    }
}

impl schemars::JsonSchema for Nome {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Nome".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let esteso = generator.subschema_for::<NomeEsteso>();
        schemars::json_schema!({
            "description": "A name as the acts print it: a string (its gender is guessed from the first word), or { nome, genere: F|M, plurale }",
            "anyOf": [ { "type": "string" }, esteso ]
        })
    }
}

/// How the Comuni of an Ambito manage their social functions together: it
/// decides what the acts say of the managing body, its staff and its parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Forma {
    /// Convenzione among the Comuni with an ente capofila (art. 30 TUEL).
    Convenzione,
    /// The Comuni's Unione manages the functions (art. 32 TUEL).
    Unione,
    /// A consortium of the Comuni (art. 31 TUEL), e.g. a Società della Salute.
    Consorzio,
    /// An azienda speciale consortile (artt. 31 and 114 TUEL).
    AziendaSpeciale,
    /// The Comuni delegate the functions to the azienda sanitaria (art. 3, c. 3, d.lgs. 502/1992).
    DelegaAziendaSanitaria,
    /// A Comunità Montana or Comunità di valle runs them for its Comuni.
    ComunitaMontana,
    /// An accordo di programma among the Comuni and other bodies (art. 34 TUEL).
    AccordoDiProgramma,
}

impl Forma {
    pub const ALL: [Forma; 7] = [
        Forma::Convenzione,
        Forma::Unione,
        Forma::Consorzio,
        Forma::AziendaSpeciale,
        Forma::DelegaAziendaSanitaria,
        Forma::ComunitaMontana,
        Forma::AccordoDiProgramma,
    ];

    /// The YAML spelling: `delega-azienda-sanitaria`.
    pub fn id(self) -> &'static str {
        match self {
            Forma::Convenzione => "convenzione",
            Forma::Unione => "unione",
            Forma::Consorzio => "consorzio",
            Forma::AziendaSpeciale => "azienda-speciale",
            Forma::DelegaAziendaSanitaria => "delega-azienda-sanitaria",
            Forma::ComunitaMontana => "comunita-montana",
            Forma::AccordoDiProgramma => "accordo-di-programma",
        }
    }
}

/// What kind of body an ente is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TipoEnte {
    Unione,
    ComunitaMontana,
    ComunitaDiValle,
    Consorzio,
    AziendaSpeciale,
    /// ASL, ASP (Sicilia, Calabria), ULSS, Azienda USL, ATS, ASST.
    AziendaSanitaria,
    /// Azienda pubblica di servizi alla persona.
    Asp,
    Altro,
}

/// The capacity in which a person represents a party and signs. Written
/// in kebab-case (`sindaco-pro-tempore`) or as the title reads
/// (`Sindaco pro tempore`, `Presidente`): case and spaces do not matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Qualita {
    Sindaco,
    SindacoProTempore,
    ViceSindaco,
    ViceSindacoDelegato,
    AssessoreDelegato,
    Presidente,
    DirettoreGenerale,
    Commissario,
    CommissarioStraordinario,
    LegaleRappresentante,
}

impl Qualita {
    pub const ALL: [Qualita; 10] = [
        Qualita::Sindaco,
        Qualita::SindacoProTempore,
        Qualita::ViceSindaco,
        Qualita::ViceSindacoDelegato,
        Qualita::AssessoreDelegato,
        Qualita::Presidente,
        Qualita::DirettoreGenerale,
        Qualita::Commissario,
        Qualita::CommissarioStraordinario,
        Qualita::LegaleRappresentante,
    ];

    /// The YAML spelling: `sindaco-pro-tempore`.
    pub fn id(self) -> String {
        self.titolo().to_lowercase().replace(' ', "-")
    }

    /// The title, in the masculine: "Sindaco", "Direttore generale". The
    /// acts agree it with who holds it (`render::italiano::titolo`).
    pub fn titolo(self) -> &'static str {
        match self {
            Qualita::Sindaco => "Sindaco",
            Qualita::SindacoProTempore => "Sindaco pro tempore",
            Qualita::ViceSindaco => "Vice Sindaco",
            Qualita::ViceSindacoDelegato => "Vice Sindaco delegato",
            Qualita::AssessoreDelegato => "Assessore delegato",
            Qualita::Presidente => "Presidente",
            Qualita::DirettoreGenerale => "Direttore generale",
            Qualita::Commissario => "Commissario",
            Qualita::CommissarioStraordinario => "Commissario straordinario",
            Qualita::LegaleRappresentante => "legale rappresentante",
        }
    }
}

impl<'de> Deserialize<'de> for Qualita {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let key = text.trim().to_lowercase().replace([' ', '_'], "-");
        Qualita::ALL
            .into_iter()
            .find(|q| q.id() == key)
            .ok_or_else(|| {
                serde::de::Error::custom(crate::t!(
                    "carica-qualita-sconosciuta",
                    testo = &text,
                    elenco = Qualita::ALL.map(Qualita::id).join(", ")
                ))
            })
    }
}

#[cfg(test)]
mod grammar_tests {
    use super::*;

    #[test]
    fn gender_is_guessed_from_the_first_word() {
        assert_eq!(genere_di("Conferenza dei Sindaci"), Genere::F);
        assert_eq!(genere_di("Comitato dei Sindaci"), Genere::M);
        assert_eq!(genere_di("Unione dei Comuni"), Genere::F);
        assert_eq!(genere_di("Comunità Montana"), Genere::F);
        assert_eq!(genere_di("ECAD"), Genere::M);
        assert_eq!(genere_di("Coordinamento Istituzionale"), Genere::M);
        assert_eq!(genere_di("Zona-distretto Alta Val di Cecina"), Genere::F);
    }
}

/// A code of digits (a CAP, an ISTAT code, an organisation's codice
/// fiscale), as YAML reads it: quoted, the text as written (`"00184"`);
/// unquoted, the number YAML sees, so that `20841` is `20841` and `00184`,
/// which YAML and editors read as the number 184, is `184`, which the rules
/// of the code then refuse with the hint to quote it (R033–R035). Any other
/// plain value is kept as text for those rules to judge.
pub fn codice_opzionale<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<serde_saphyr::Spanned<String>>, D::Error> {
    let codice = Option::<serde_saphyr::Spanned<Codice>>::deserialize(deserializer)?;
    Ok(codice.map(|c| serde_saphyr::Spanned::new(c.value.0, c.referenced, c.defined)))
}

/// The text of a code of digits: see [`codice_opzionale`].
struct Codice(String);

impl<'de> Deserialize<'de> for Codice {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CodiceVisitor).map(Codice)
    }
}

struct CodiceVisitor;

impl serde::de::Visitor<'_> for CodiceVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a code of digits")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
        // `00184` reaches here as 184.0: a whole number is written as one.
        let whole = v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15;
        Ok(if whole {
            format!("{v:.0}")
        } else {
            v.to_string()
        })
    }
}

/// [`data_opzionale`], for a date whose place is not kept (a law's).
pub fn data_opzionale_senza_posizione<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    Ok(data_opzionale(deserializer)?.map(|d| d.value))
}

#[cfg(test)]
mod codice_tests {
    use super::*;

    #[derive(Deserialize)]
    struct Comune {
        #[serde(default, deserialize_with = "codice_opzionale")]
        cap: Option<serde_saphyr::Spanned<String>>,
    }

    fn cap(yaml: &str) -> Option<String> {
        let comune: Comune = serde_saphyr::from_str(yaml).unwrap();
        comune.cap.map(|c| c.value)
    }

    #[test]
    fn a_code_is_read_as_yaml_reads_it() {
        assert_eq!(cap("cap: \"00184\"").as_deref(), Some("00184"));
        assert_eq!(cap("cap: '00184'").as_deref(), Some("00184"));
        assert_eq!(cap("cap: 20841").as_deref(), Some("20841"));
        assert_eq!(cap("cap: 00184").as_deref(), Some("184"));
        assert_eq!(cap("cap: abc").as_deref(), Some("abc"));
        assert_eq!(cap("cap: true").as_deref(), Some("true"));
        assert_eq!(cap("cap: 1.5").as_deref(), Some("1.5"));
        assert_eq!(cap("cap:"), None);
        assert_eq!(cap("{}"), None);
    }
}

/// A personal datum of a persona that an act may print and that its copy
/// for publication online leaves out, unless the act says to publish it
/// (`pubblicazione.pubblica`). The list the Garante's guidelines of 2014 ask
/// an office to weigh: the rest of a persona (name, title, the seat where
/// they act) is what makes the act an act.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum DatoPersonale {
    /// Place of birth (`nato-a`).
    NatoA,
    /// Date of birth (`nato-il`).
    NatoIl,
    /// A persona's codice fiscale (an ente's is not personal).
    CodiceFiscale,
    /// A private address (`residenza`).
    Residenza,
}

impl DatoPersonale {
    pub const ALL: [DatoPersonale; 4] = [
        DatoPersonale::NatoA,
        DatoPersonale::NatoIl,
        DatoPersonale::CodiceFiscale,
        DatoPersonale::Residenza,
    ];

    /// The key in `persone.yaml`.
    pub fn chiave(self) -> &'static str {
        match self {
            DatoPersonale::NatoA => "nato-a",
            DatoPersonale::NatoIl => "nato-il",
            DatoPersonale::CodiceFiscale => "codice-fiscale",
            DatoPersonale::Residenza => "residenza",
        }
    }
}

/// How the publication copy leaves a personal datum out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Omissione {
    /// The datum is replaced by the word "omissis", where it stood.
    #[default]
    Omissis,
    /// The datum and the words that introduce it are left out.
    Ometti,
}

/// The register an act is recorded in by the office's records system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Registro {
    /// The protocollo informatico (ordinario or di emergenza).
    Protocollo,
    /// A repertorio or another register (contracts, deliberations…).
    Repertorio,
}

/// Which way a registered document went, as the protocollo records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Flusso {
    /// Formed and kept inside the administration.
    #[default]
    Interno,
    /// Received.
    Entrata,
    /// Sent.
    Uscita,
}
