//! JSON Schemas of the content files, generated from the very types the
//! loader reads them into (schemars), so that editors (with the YAML
//! language server) complete keys and flag mistakes while typing, and the
//! schemas cannot drift from the loader.

use schemars::{JsonSchema, Schema, schema_for};

use crate::load::files::{
    AmbitoFile, ComuneEntry, ConvenzioneFile, EnteEntry, FondoEntry, NormaEntry, OrganiFile,
    PersonaEntry, PianoFile, RegolamentoFile, RelazioneFile, UfficioFile,
};

/// Each kind of content file: its schema's file name, the content files it
/// describes (relative to an Ambito folder or to `content/`), and the schema.
pub struct Kind {
    pub name: &'static str,
    pub files: &'static str,
    pub schema: Schema,
}

fn kind<T: JsonSchema>(name: &'static str, files: &'static str) -> Kind {
    Kind {
        name,
        files,
        schema: schema_for!(T),
    }
}

/// Every kind of content file.
pub fn kinds() -> Vec<Kind> {
    vec![
        kind::<AmbitoFile>("ambito", "<ambito>/ambito.yaml"),
        kind::<Vec<ComuneEntry>>("comuni", "<ambito>/comuni.yaml"),
        kind::<Vec<PersonaEntry>>("persone", "<ambito>/persone.yaml"),
        kind::<Vec<EnteEntry>>("enti", "<ambito>/enti.yaml"),
        kind::<UfficioFile>("ufficio-di-piano", "<ambito>/ufficio-di-piano.yaml"),
        kind::<OrganiFile>("organi", "<ambito>/organi.yaml"),
        kind::<PianoFile>("piano", "<ambito>/piano.yaml"),
        kind::<ConvenzioneFile>("convenzione", "<ambito>/atti/convenzione.yaml"),
        kind::<RegolamentoFile>("regolamento", "<ambito>/atti/regolamento.yaml"),
        kind::<RelazioneFile>("relazione", "<ambito>/relazioni/<anno>-<semestre>.yaml"),
        kind::<Vec<NormaEntry>>("norme", "_riferimenti/norme.yaml"),
        kind::<Vec<FondoEntry>>("fondi", "_riferimenti/fondi.yaml"),
    ]
}

/// The schema kind of a content file, from its path relative to `content/`.
pub fn kind_of(rel: &str) -> Option<&'static str> {
    let rel = rel.replace('\\', "/");
    let (first, rest) = rel.split_once('/')?;
    if first == crate::load::RIFERIMENTI {
        return match rest {
            "norme.yaml" => Some("norme"),
            "fondi.yaml" => Some("fondi"),
            _ => None,
        };
    }
    Some(match rest {
        "ambito.yaml" => "ambito",
        "comuni.yaml" => "comuni",
        "persone.yaml" => "persone",
        "enti.yaml" => "enti",
        "ufficio-di-piano.yaml" => "ufficio-di-piano",
        "organi.yaml" => "organi",
        "piano.yaml" => "piano",
        "atti/convenzione.yaml" => "convenzione",
        "atti/regolamento.yaml" => "regolamento",
        r if r.starts_with("relazioni/") => "relazione",
        _ => return None,
    })
}

/// The schema as pretty JSON with a final newline, as written to disk.
pub fn to_json(schema: &Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
