//! The text of an act as clauses: what the tool ships (the national base in
//! `templates/clausole/<atto>.yaml`, the premises of each regional profile)
//! and the changes an office writes under `testo:` in its act's YAML.
//!
//! A clause's text is plain Italian with a few placeholders in braces
//! (`{ufficio}`, `{del organo}`, `{norma:legge-328-2000}`, `{art:durata}`);
//! `model::atto` puts the clauses in order and `render` fills them in. No
//! clause is Typst or Jinja: what an office writes is printed as text.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::values::Forma;

/// Where a premise stands: after "Premesso" or after "Considerato".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Sezione {
    #[default]
    Premesso,
    Considerato,
}

/// The clauses an act is made of: `templates/clausole/<atto>.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClausoleFile {
    #[serde(default)]
    pub premesse: Vec<PremessaBase>,
    pub articoli: Vec<ArticoloBase>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PremessaBase {
    pub id: String,
    #[serde(default)]
    pub sezione: Sezione,
    pub testo: String,
    /// Text used instead when `testo` cites a norm dated after the act.
    pub altrimenti: Option<String>,
    /// A list printed under the premise: `proroghe`, `deleghe`, `fondi`, `competenze`.
    pub elenco: Option<String>,
    /// Only for these forms of association.
    #[serde(default)]
    pub forme: Vec<Forma>,
    /// Only when this fact is stated ("non X": only when it is not).
    pub se: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ArticoloBase {
    pub id: String,
    /// The part ("Titolo") the article opens or belongs to.
    pub capo: Option<String>,
    pub titolo: String,
    pub commi: Vec<CommaBase>,
    /// Only for these forms of association.
    #[serde(default)]
    pub forme: Vec<Forma>,
    /// Only when this fact is stated ("non X": only when it is not).
    pub se: Option<String>,
}

/// A comma: its text, or its text with conditions and a list.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum CommaBase {
    Testo(String),
    Esteso(CommaEsteso),
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CommaEsteso {
    pub testo: String,
    pub altrimenti: Option<String>,
    pub elenco: Option<String>,
    /// Items of the comma's own, printed as a list under its text.
    #[serde(default)]
    pub voci: Vec<String>,
    /// Only for these forms of association.
    #[serde(default)]
    pub forme: Vec<Forma>,
    /// Only when this fact is stated ("non X": only when it is not).
    pub se: Option<String>,
}

/// `testo:` in an act's YAML: the office's changes to the shipped text,
/// applied in the order written.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Testo {
    /// Premises replaced, added, moved or removed.
    #[serde(default)]
    pub premesse: Vec<ModificaPremessa>,
    /// Articles replaced, added, moved or removed, and single commi replaced.
    #[serde(default)]
    pub articoli: Vec<ModificaArticolo>,
}

/// A change to a premise. With the id of an existing premise: `testo`
/// replaces its text, `rimuovi: true` removes it, `dopo`/`prima` move it.
/// With a new id: a premise added (`testo` required), after `dopo`, before
/// `prima`, or at the end of its `sezione`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ModificaPremessa {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub sezione: Option<Sezione>,
    #[schemars(with = "Option<String>")]
    pub testo: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub dopo: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub prima: Option<Spanned<String>>,
    #[serde(default)]
    pub rimuovi: bool,
}

/// A change to an article. With the id of an existing article: `titolo`
/// and `commi` replace its title and commi, `comma: N` with `testo`
/// replaces its N-th comma, `rimuovi: true` removes it, `dopo`/`prima` move
/// it. With a new id: an article added (`titolo` and `commi` required),
/// after `dopo`, before `prima`, or at the end.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ModificaArticolo {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    pub capo: Option<String>,
    pub titolo: Option<String>,
    #[schemars(with = "Option<Vec<String>>")]
    pub commi: Option<Vec<Spanned<String>>>,
    /// The comma (as numbered in the act) that `testo` replaces, or that
    /// `rimuovi` removes.
    #[schemars(with = "Option<u32>")]
    pub comma: Option<Spanned<u32>>,
    #[schemars(with = "Option<String>")]
    pub testo: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub dopo: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub prima: Option<Spanned<String>>,
    #[serde(default)]
    pub rimuovi: bool,
}
