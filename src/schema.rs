//! JSON Schemas of the content files, generated from the very types the
//! loader reads them into (schemars), so that editors (with the YAML
//! language server) complete keys and flag mistakes while typing, and the
//! schemas cannot drift from the loader.
//!
//! # Words: from Fluent, in the language asked for
//!
//! The words of a schema are for the people who write the YAML, so they
//! come from `locales/<lingua>/schema.ftl`, not from the Rust doc comments
//! (which stay for the developers, in English). After schemars has generated
//! a schema, every `title` and `description` it wrote is removed and these
//! are set instead, by message id:
//!
//! - a schema object is named by its prefix: the file kind for the root
//!   (`ambito`, `comuni`, `ufficio-di-piano`…), the definition's name in
//!   kebab-case for an entry of `$defs` (`ComuneEntry` → `comune-entry`);
//! - `schema-<prefix>-<key>`: the `description` of its key `<key>`, which a
//!   hover over the key shows;
//! - `schema-titolo-<prefix>`: the `title` of a definition, which the YAML
//!   language server shows as the heading of every hover inside it, in the
//!   type errors of an object ("Expected `<title>`") and in completions (so
//!   that no Rust name is ever shown). The root has no title: it would head
//!   every hover of the file's top-level keys;
//! - `schema-<prefix>`: the `description` of the root, and of a definition
//!   that is only ever the items of a list (a Comune of `comuni.yaml`). A
//!   definition that is the value of a key (`popolazione`, a `Nome`) has
//!   none: the language server would show it instead of the key's own;
//! - `schema-<prefix>-<value>`: for a set of fixed words (an enum), what each
//!   word means (`enumDescriptions`, shown by hovers and completions), the
//!   value in lowercase (`schema-genere-f`);
//! - `schema-errore-<what>`: the `errorMessage` the language server shows
//!   instead of its own English one when a value does not have its form (a
//!   date, an amount, a CAP…).
//!
//! `tests/schemas.rs` checks that every key of every schema is described in
//! both languages, that no message is missing or unused, and that no Rust
//! name is left; `tests/editor.rs` looks at the schemas through the real
//! language server.
//!
//! # The forms `check` enforces
//!
//! The loader and `check` accept a value only in a given form; the schema
//! says the same, so the editor flags what `check` would: dates `aaaa-mm-gg`
//! (`format: date`), amounts ([`IMPORTO_PATTERN`](crate::load::values::IMPORTO_PATTERN)),
//! days of the year `gg-mm`, majorities `2/3`, the CAP (5 digits, R035), the
//! ISTAT code (6 digits, R034), codici fiscali (R032, R033: their form; the
//! check character only `check` can compute) and e-mail addresses (R031).
//! A code of digits may be written unquoted when it does not start with 0
//! (`cap: 20841`); one that does (`cap: 00184`) is a number to YAML, which
//! drops its zeros, so the editor asks for quotes and `check` reads it as
//! YAML does (`184`, not a CAP: R035).

use std::collections::BTreeSet;

use schemars::{Schema, schema_for};
use serde_json::{Map, Value, json};

use crate::i18n::{self, Lingua};
use crate::load::{
    self,
    files::{
        AmbitoFile, ComuneEntry, ConvenzioneFile, EnteEntry, FondoEntry, NormaEntry, OrganiFile,
        PersonaEntry, PianoFile, RegolamentoFile, RelazioneFile, UfficioFile,
    },
};

/// Each kind of content file: its schema's file name, the content files it
/// describes (relative to an Ambito folder or to `content/`), and the schema.
pub struct Kind {
    pub name: &'static str,
    pub files: String,
    pub schema: Schema,
}

/// Every kind of content file, in the order of [`load::FILES`], in the
/// language of the messages.
pub fn kinds() -> Vec<Kind> {
    kinds_in(i18n::current())
}

/// Every kind of content file, with the schemas' words in `lingua`.
pub fn kinds_in(lingua: Lingua) -> Vec<Kind> {
    load::FILES
        .iter()
        .map(|f| Kind {
            name: f.name,
            files: if f.shared() {
                f.path.to_string()
            } else {
                format!("<ambito>/{}", f.path)
            },
            schema: schema_in(f.name, lingua),
        })
        .collect()
}

/// The schema of the file kind `name`, with its words in `lingua`.
fn schema_in(name: &str, lingua: Lingua) -> Schema {
    let mut schema = generated(name);
    if let Some(root) = schema.as_object_mut() {
        finish(name, root, &mut |id| i18n::text_in(lingua, id, None));
    }
    schema
}

/// Every message id the schemas take their words from, for the tests that
/// keep `locales/*/schema.ftl` complete and free of unused messages.
pub fn message_ids() -> Vec<String> {
    let mut ids = BTreeSet::new();
    for f in &load::FILES {
        let mut schema = generated(f.name);
        if let Some(root) = schema.as_object_mut() {
            finish(f.name, root, &mut |id| {
                ids.insert(id.to_string());
                id.to_string()
            });
        }
    }
    ids.into_iter().collect()
}

/// The schema of the file kind `name` as schemars generates it from the
/// type the loader reads it into, with the doc comments' English.
fn generated(name: &str) -> Schema {
    match name {
        "ambito" => schema_for!(AmbitoFile),
        "comuni" => schema_for!(Vec<ComuneEntry>),
        "persone" => schema_for!(Vec<PersonaEntry>),
        "enti" => schema_for!(Vec<EnteEntry>),
        "ufficio-di-piano" => schema_for!(UfficioFile),
        "organi" => schema_for!(OrganiFile),
        "piano" => schema_for!(PianoFile),
        "convenzione" => schema_for!(ConvenzioneFile),
        "regolamento" => schema_for!(RegolamentoFile),
        "relazione" => schema_for!(RelazioneFile),
        "norme" => schema_for!(Vec<NormaEntry>),
        "fondi" => schema_for!(Vec<FondoEntry>),
        _ => Schema::default(),
    }
}

/// The schema kind of a content file, from its path relative to `content/`.
pub fn kind_of(rel: &str) -> Option<&'static str> {
    let rel = rel.replace('\\', "/");
    let (first, rest) = rel.split_once('/')?;
    let rel = if first == load::RIFERIMENTI {
        rel.as_str()
    } else {
        rest
    };
    load::FILES.iter().find(|f| f.is(rel)).map(|f| f.name)
}

/// The schema as pretty JSON with a final newline, as written to disk.
pub fn to_json(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Words from `words` (a message id to its text) and the forms `check`
/// enforces, on the generated schema of the file kind `kind`.
fn finish(kind: &str, root: &mut Map<String, Value>, words: &mut dyn FnMut(&str) -> String) {
    root.remove("title");
    root.remove("description");
    for value in root.values_mut() {
        forget_words(value);
    }
    let mut values = BTreeSet::new();
    for (key, value) in root.iter() {
        if key != "$defs" {
            value_refs(value, key == "items", &mut values);
        }
    }
    if let Some(Value::Object(defs)) = root.get("$defs") {
        for def in defs.values() {
            value_refs(def, false, &mut values);
        }
    }
    // A title of the file would head every hover of its top-level keys and,
    // for a name written as text, be joined to the name's ("Nome … ||
    // L’Ambito"): the root has a description only.
    name(root, kind, false, true, words);
    if let Some(Value::Object(defs)) = root.get_mut("$defs") {
        for (def, schema) in defs.iter_mut() {
            if let Value::Object(schema) = schema {
                let described = !values.contains(&format!("#/$defs/{def}"));
                name(schema, &kebab(def), true, described, words);
            }
        }
    }
    forms(kind, root, words);
    let date = words("schema-errore-data");
    for value in root.values_mut() {
        dates(value, &date);
    }
}

/// Removes the titles and descriptions schemars wrote (the Rust names and
/// the English of the doc comments) from a schema and everything in it.
fn forget_words(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for key in ["title", "description"] {
                if map.get(key).is_some_and(Value::is_string) {
                    map.remove(key);
                }
            }
            map.values_mut().for_each(forget_words);
        }
        Value::Array(items) => items.iter_mut().for_each(forget_words),
        _ => {}
    }
}

/// The definitions a schema refers to as the value of a key (`$ref`, alone
/// or among alternatives), not as the items of a list. The language server
/// shows the description of such a definition, where it has one, instead of
/// the key's own: so it has none, and a hover over the key says what the
/// key is.
fn value_refs(value: &Value, items: bool, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if !items && let Some(Value::String(target)) = map.get("$ref") {
                out.insert(target.clone());
            }
            for (key, value) in map {
                value_refs(value, key == "items", out);
            }
        }
        Value::Array(list) => list.iter().for_each(|v| value_refs(v, false, out)),
        _ => {}
    }
}

/// The title (if `titled`) and description (if `described`) of the
/// schema object named `prefix`, of its keys, and of its fixed words.
fn name(
    schema: &mut Map<String, Value>,
    prefix: &str,
    titled: bool,
    described: bool,
    words: &mut dyn FnMut(&str) -> String,
) {
    if titled {
        schema.insert(
            "title".into(),
            words(&format!("schema-titolo-{prefix}")).into(),
        );
    }
    if described {
        schema.insert(
            "description".into(),
            words(&format!("schema-{prefix}")).into(),
        );
    }
    if let Some(Value::Object(properties)) = schema.get_mut("properties") {
        for (key, property) in properties.iter_mut() {
            if let Value::Object(property) = property {
                property.insert(
                    "description".into(),
                    words(&format!("schema-{prefix}-{key}")).into(),
                );
            }
        }
    }
    if let Some(values) = fixed_words(schema) {
        let descriptions: Vec<Value> = values
            .iter()
            .map(|v| words(&format!("schema-{prefix}-{}", v.to_lowercase())).into())
            .collect();
        schema.remove("oneOf");
        schema.insert("type".into(), "string".into());
        schema.insert(
            "enum".into(),
            values
                .into_iter()
                .map(Value::from)
                .collect::<Vec<_>>()
                .into(),
        );
        schema.insert("enumDescriptions".into(), descriptions.into());
    }
}

/// The words of an enum, whether schemars wrote it as `enum` or, when some
/// of its variants have doc comments, as `oneOf` of `const` and `enum`.
fn fixed_words(schema: &Map<String, Value>) -> Option<Vec<String>> {
    let strings = |list: &Value| -> Option<Vec<String>> {
        list.as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    if let Some(list) = schema.get("enum") {
        return strings(list);
    }
    let branches = schema.get("oneOf")?.as_array()?;
    let mut values = Vec::new();
    for branch in branches {
        if let Some(list) = branch.get("enum") {
            values.extend(strings(list)?);
        } else {
            values.push(branch.get("const")?.as_str()?.to_string());
        }
    }
    Some(values)
}

/// `ComuneEntry` → `comune-entry`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A person's codice fiscale, as R032 reads it (in capitals or not): six
/// letters, the year, the month's letter, the day, the place, the check
/// letter; digits may be letters of omocodia. The check letter is for
/// `check` to compute.
pub const CF_PERSONA_PATTERN: &str = "^[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[ABCDEHLMPRSTabcdehlmprst][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]$";

/// An e-mail or PEC address, as R031 reads it: `nome@dominio.it`.
pub const EMAIL_PATTERN: &str = r"^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$";

/// A day of the year, as the loader reads it: `31-12`, `1-3`.
pub const GIORNO_MESE_PATTERN: &str = "^(0?[1-9]|[12][0-9]|3[01])-(0?[1-9]|1[0-2])$";

/// A majority, as the loader reads it: `2/3` (neither number zero).
pub const FRAZIONE_PATTERN: &str = "^ *[0-9]*[1-9][0-9]* */ *[0-9]*[1-9][0-9]* *$";

/// The codes of digits: where they are (a definition and its key), how
/// many digits, and the message id of the hint.
const CODICI: [(&str, &str, u32, &str); 4] = [
    ("ComuneEntry", "cap", 5, "schema-errore-cap"),
    ("ComuneEntry", "istat", 6, "schema-errore-istat"),
    (
        "ComuneEntry",
        "codice-fiscale",
        11,
        "schema-errore-codice-fiscale-ente",
    ),
    (
        "EnteEntry",
        "codice-fiscale",
        11,
        "schema-errore-codice-fiscale-ente",
    ),
];

/// The forms `check` enforces, where they apply in this schema, each with
/// the hint the editor shows when a value does not have it.
fn forms(kind: &str, root: &mut Map<String, Value>, words: &mut dyn FnMut(&str) -> String) {
    for (def, key, digits, hint) in CODICI {
        if let Some(property) = property(root, def, key) {
            cifre(property, digits, words(hint));
        }
    }
    if let Some(property) = property(root, "PersonaEntry", "codice-fiscale") {
        property.insert("pattern".into(), CF_PERSONA_PATTERN.into());
        property.insert(
            "errorMessage".into(),
            words("schema-errore-codice-fiscale-persona").into(),
        );
    }
    for key in ["email", "pec"] {
        if kind == load::UFFICIO.name
            && let Some(property) = root
                .get_mut("properties")
                .and_then(|p| p.get_mut(key))
                .and_then(Value::as_object_mut)
        {
            property.insert("pattern".into(), EMAIL_PATTERN.into());
            property.insert("errorMessage".into(), words("schema-errore-email").into());
        }
    }
    if let Some(def) = definition(root, "Importo") {
        def.insert("errorMessage".into(), words("schema-errore-importo").into());
    }
    if let Some(def) = definition(root, "GiornoMese") {
        def.insert("pattern".into(), GIORNO_MESE_PATTERN.into());
        def.insert(
            "errorMessage".into(),
            words("schema-errore-giorno-mese").into(),
        );
    }
    if let Some(def) = definition(root, "Frazione") {
        def.insert("pattern".into(), FRAZIONE_PATTERN.into());
        def.insert(
            "errorMessage".into(),
            words("schema-errore-frazione").into(),
        );
    }
}

/// A code of `digits` digits: text of exactly those digits, or a whole
/// number that has them (`cap: 20841`; YAML reads `00184` as 184, which has
/// not). `hint` replaces the language server's English for either mistake.
fn cifre(property: &mut Map<String, Value>, digits: u32, hint: String) {
    let optional = property
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|types| types.iter().any(|t| t == "null"));
    let mut types = vec![json!("string"), json!("integer")];
    if optional {
        types.push(json!("null"));
    }
    let smallest = 10u64.pow(digits - 1);
    let largest = 10u64.pow(digits) - 1;
    property.insert("type".into(), types.into());
    property.insert("pattern".into(), format!("^[0-9]{{{digits}}}$").into());
    property.insert(
        "if".into(),
        json!({
            "type": "integer",
            "not": { "minimum": smallest, "maximum": largest }
        }),
    );
    property.insert(
        "then".into(),
        json!({ "type": "string", "errorMessage": hint }),
    );
    property.insert("errorMessage".into(), hint.into());
}

/// Every date (`format: date`) gets the hint on how to write one.
fn dates(value: &mut Value, hint: &str) {
    match value {
        Value::Object(map) => {
            if map.get("format").is_some_and(|f| f == "date") {
                map.insert("errorMessage".into(), hint.into());
            }
            map.values_mut().for_each(|v| dates(v, hint));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| dates(v, hint)),
        _ => {}
    }
}

/// The definition `def` of the schema, if it has one.
fn definition<'a>(
    root: &'a mut Map<String, Value>,
    def: &str,
) -> Option<&'a mut Map<String, Value>> {
    root.get_mut("$defs")?.get_mut(def)?.as_object_mut()
}

/// The key `key` of the definition `def`.
fn property<'a>(
    root: &'a mut Map<String, Value>,
    def: &str,
    key: &str,
) -> Option<&'a mut Map<String, Value>> {
    definition(root, def)?
        .get_mut("properties")?
        .get_mut(key)?
        .as_object_mut()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::contatti::{cf_persona_ok, email_ok};

    #[test]
    fn every_form_finds_its_place() {
        let kinds = kinds_in(Lingua::English);
        let has = |pointer: &str| {
            kinds
                .iter()
                .any(|k| k.schema.as_value().pointer(pointer).is_some())
        };
        for (def, key, _, _) in CODICI {
            assert!(
                has(&format!("/$defs/{def}/properties/{key}/pattern")),
                "{def}.{key}"
            );
        }
        for pointer in [
            "/$defs/PersonaEntry/properties/codice-fiscale/pattern",
            "/properties/email/pattern",
            "/properties/pec/pattern",
            "/$defs/Importo/errorMessage",
            "/$defs/GiornoMese/pattern",
            "/$defs/Frazione/pattern",
            "/$defs/Mandato/properties/dal/errorMessage",
        ] {
            assert!(has(pointer), "{pointer}");
        }
    }

    #[test]
    fn the_patterns_read_as_the_rules_do() {
        let cf = regex::Regex::new(CF_PERSONA_PATTERN).unwrap();
        for code in ["RSSMRA85T10A562S", "rssmra85t10a562s", "RSSMRA85T10A5MNS"] {
            assert!(cf.is_match(code), "{code}");
        }
        for code in ["RSSMRA85T10A562", "RSSMRA85Z10A562S", "12345678901"] {
            assert!(!cf.is_match(code) && !cf_persona_ok(code), "{code}");
        }
        let email = regex::Regex::new(EMAIL_PATTERN).unwrap();
        for address in [
            "a.perulli@comune.lecce.it",
            "annamaria.perulli@pec.comune.lecce.it",
            "a.perulli@comune",
            "a perulli@comune.lecce.it",
            "a..b@x.it",
            "@x.it",
            "a@-x.it",
            "a@x.i",
        ] {
            assert_eq!(email.is_match(address), email_ok(address), "{address}");
        }
        let giorno = regex::Regex::new(GIORNO_MESE_PATTERN).unwrap();
        assert!(giorno.is_match("31-12") && giorno.is_match("1-3"));
        assert!(!giorno.is_match("32-12") && !giorno.is_match("12/31"));
        let frazione = regex::Regex::new(FRAZIONE_PATTERN).unwrap();
        assert!(frazione.is_match("2/3") && !frazione.is_match("0/3"));
    }

    #[test]
    fn definitions_are_named_in_kebab_case() {
        assert_eq!(kebab("ComuneEntry"), "comune-entry");
        assert_eq!(kebab("Importo"), "importo");
    }
}
