//! JSON Schemas of the content files, generated from the very types the
//! loader reads them into (schemars), so that editors (with the YAML
//! language server) complete keys and flag mistakes while typing, and the
//! schemas cannot drift from the loader.

use schemars::{Schema, schema_for};

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

/// Every kind of content file, in the order of [`load::FILES`].
pub fn kinds() -> Vec<Kind> {
    load::FILES
        .iter()
        .map(|f| Kind {
            name: f.name,
            files: if f.shared() {
                f.path.to_string()
            } else {
                format!("<ambito>/{}", f.path)
            },
            schema: schema(f.name),
        })
        .collect()
}

/// The schema of the file kind `name`, from the type the loader reads it
/// into.
fn schema(name: &str) -> Schema {
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
