//! Every problem of a file's shape at once: unknown keys, missing keys,
//! values of the wrong kind, each at its line and column.
//!
//! The typed parse (serde) stops at the first problem, which would take an
//! office one run per mistake. So when it fails, the same text is read as
//! plain data and checked against the file's JSON Schema, the one editors
//! use (`ambito schema`), which reports every mismatch; each is placed back
//! on the line where the YAML parser met that key or value. The parser's own
//! error is kept when the schema does not see it (a rule the schema cannot
//! say), so nothing is lost.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;
use serde_saphyr::granit_parser::{Event, Parser};

use crate::diagnostic::{Diagnostic, Position, did_you_mean};

/// At most this many problems of one file are reported: past it, the file
/// is likely not the kind it is named as.
const MAX_PER_FILE: usize = 50;

/// The problems of `text`, a file of kind `kind` (a [`super::FILES`]
/// name), against its schema; empty when the text is not even YAML (the
/// parser's error says why) or when the schema finds nothing.
pub fn problems(kind: &str, path: &Path, text: &str) -> Vec<Diagnostic> {
    let Some((validator, schema)) = validators().get(kind) else {
        return Vec::new();
    };
    let Ok(value) = super::parse::<Value>(text) else {
        return Vec::new();
    };
    let places = Places::of(text);
    let found: Vec<jsonschema::ValidationError> =
        validator.iter_errors(&value).take(MAX_PER_FILE).collect();
    let mut errors = Vec::new();
    for e in &found {
        inner(e, &mut errors);
    }
    // A misspelt required key is one mistake, not two: its "missing" is
    // left out when an unknown key of the same mapping is its near miss.
    let mut misspelt: HashSet<(String, String)> = HashSet::new();
    let mut out = Vec::new();
    for &e in &errors {
        if let ValidationErrorKind::AdditionalProperties { unexpected } = e.kind() {
            let at = e.instance_path().as_str();
            let known = allowed_keys(schema, e);
            for key in unexpected {
                let near = did_you_mean(key, known.iter().map(String::as_str));
                if let Some(m) = near {
                    misspelt.insert((at.to_string(), m.to_string()));
                }
                out.push(unknown_key(path, &places, at, key, near, &known));
            }
        }
    }
    for &e in &errors {
        let at = e.instance_path().as_str();
        if let ValidationErrorKind::Required { property } = e.kind()
            && let Some(key) = property.as_str()
            && misspelt.contains(&(at.to_string(), key.to_string()))
        {
            continue;
        }
        out.extend(diagnostic(path, places.value(at), schema, e));
    }
    out.sort_by_key(|d| (d.position.line, d.position.column));
    out.dedup_by(|a, b| a.position == b.position && a.code == b.code);
    out
}

/// The errors that say what is wrong. An optional value's schema is "this,
/// or nothing" (`anyOf` with `null`): its failure is the failure of "this",
/// told by the errors inside it, not "matches none of the alternatives".
fn inner<'a>(
    e: &'a jsonschema::ValidationError<'a>,
    out: &mut Vec<&'a jsonschema::ValidationError<'a>>,
) {
    let context = match e.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
        }
        _ => {
            out.push(e);
            return;
        }
    };
    let is_null_branch = |branch: &Vec<jsonschema::ValidationError<'static>>| {
        matches!(branch.as_slice(), [only] if matches!(only.kind(),
            ValidationErrorKind::Type { kind: TypeKind::Single(t) } if t.to_string() == "null"))
    };
    let branches: Vec<&Vec<jsonschema::ValidationError<'static>>> =
        context.iter().filter(|b| !is_null_branch(b)).collect();
    if branches.len() == 1
        && let Some(branch) = branches.first()
    {
        for e in branch.iter() {
            inner(e, out);
        }
    } else {
        out.push(e);
    }
}

/// R002, at the key itself.
fn unknown_key(
    path: &Path,
    places: &Places,
    at: &str,
    key: &str,
    near: Option<&str>,
    known: &[String],
) -> Diagnostic {
    let hint = match near {
        Some(m) => crate::t!("forse-intendevi", nome = m),
        None if known.is_empty() => crate::t!("r002-chiave-sconosciuta-rimuovere"),
        None => crate::t!("r002-chiave-sconosciuta-ammesse", elenco = known.join(", ")),
    };
    let pointer = format!("{at}/{}", escape(key));
    Diagnostic::error(
        "R002",
        path,
        places.key(&pointer),
        crate::t!("r002-chiave-sconosciuta", chiave = key),
    )
    .with_hint(hint)
}

/// One schema error other than an unknown key, as a diagnostic with the
/// loader's codes: R003 missing key, R004 a value of the wrong kind.
fn diagnostic(
    path: &Path,
    value: Position,
    schema: &Value,
    e: &jsonschema::ValidationError,
) -> Option<Diagnostic> {
    Some(match e.kind() {
        ValidationErrorKind::AdditionalProperties { .. } => return None,
        ValidationErrorKind::Required { property } => {
            let key = property.as_str()?;
            Diagnostic::error(
                "R003",
                path,
                value,
                crate::t!("r003-chiave-mancante", chiave = key),
            )
            .with_hint(crate::t!("r003-chiave-mancante-suggerimento", chiave = key))
        }
        ValidationErrorKind::Type { kind } if e.instance().is_null() => {
            let key = e
                .instance_path()
                .as_str()
                .rsplit('/')
                .next()
                .unwrap_or_default();
            // The schema of the value says what kind; a date says how.
            let date = e
                .schema_path()
                .as_str()
                .strip_suffix("/type")
                .and_then(|parent| schema.pointer(parent))
                .and_then(|node| node.get("format"))
                .is_some_and(|f| f == "date");
            let what = if date {
                crate::t!("carica-tipo-data")
            } else {
                expected(kind)
            };
            Diagnostic::error(
                "R004",
                path,
                value,
                crate::t!("r004-valore-vuoto", chiave = key),
            )
            .with_hint(crate::t!(
                "r004-valore-vuoto-suggerimento",
                chiave = key,
                tipo = what
            ))
        }
        ValidationErrorKind::Type { kind } => {
            let d = Diagnostic::error(
                "R004",
                path,
                value,
                crate::t!(
                    "r004-tipo-errato",
                    valore = shown(e.instance()),
                    atteso = expected(kind)
                ),
            );
            // `n. 12` or `XII` where a number goes: the number as digits.
            let numero = match e.instance().as_ref() {
                Value::String(text) if numeric(kind) => super::numero_hint(text),
                _ => None,
            };
            match numero {
                Some(h) => d.with_hint(h),
                None => d,
            }
        }
        ValidationErrorKind::Enum { options } => {
            let words: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let hint = match e.instance().as_ref() {
                Value::String(v) if !words.is_empty() => Some(super::variant_hint(v, &words)),
                _ => None,
            };
            let d = Diagnostic::error(
                "R004",
                path,
                value,
                crate::t!(
                    "r004-valore-non-ammesso",
                    valore = shown(e.instance()),
                    elenco = choices(options)
                ),
            );
            match hint {
                Some(h) => d.with_hint(h),
                None => d,
            }
        }
        ValidationErrorKind::Pattern { pattern } if pattern == super::values::IMPORTO_PATTERN => {
            let why = match e.instance().as_ref() {
                Value::String(text) => super::values::Importo::parse(text).err(),
                _ => None,
            };
            Diagnostic::error(
                "R004",
                path,
                value,
                why.unwrap_or_else(|| crate::t!("r004-non-importo", valore = shown(e.instance()))),
            )
        }
        ValidationErrorKind::Format { format } if format == "date" => {
            let why = match e.instance().as_ref() {
                Value::String(text) => super::values::leggi_data(text).err(),
                _ => None,
            };
            Diagnostic::error(
                "R004",
                path,
                value,
                why.unwrap_or_else(|| crate::t!("r004-non-data", valore = shown(e.instance()))),
            )
            .with_hint(crate::t!("r004-data-suggerimento"))
        }
        _ => Diagnostic::error("R004", path, value, format!("{}: {e}", shown(e.instance()))),
    })
}

/// The keys the mapping that has an unknown key may have: the `properties`
/// of the schema object whose `additionalProperties` refused it.
fn allowed_keys(schema: &Value, e: &jsonschema::ValidationError) -> Vec<String> {
    let keyword = e.schema_path().as_str();
    let object = keyword
        .strip_suffix("/additionalProperties")
        .and_then(|parent| schema.pointer(parent));
    object
        .and_then(|o| o.get("properties"))
        .and_then(Value::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default()
}

fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        Value::Null => crate::t!("carica-valore-vuoto"),
        other => format!("`{other}`"),
    }
}

/// The JSON types a value should have had: `string`, `integer`, …
fn types(kind: &TypeKind) -> Vec<String> {
    match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
    }
}

/// Whether a value should have been a number.
fn numeric(kind: &TypeKind) -> bool {
    types(kind).iter().any(|t| t == "integer" || t == "number")
}

/// What a value should have been, in words: "text", "a list", …
fn expected(kind: &TypeKind) -> String {
    types(kind)
        .iter()
        .filter(|t| *t != "null")
        .map(|t| match t.as_str() {
            "string" => crate::t!("carica-tipo-testo"),
            "integer" => crate::t!("carica-tipo-intero"),
            "number" => crate::t!("carica-tipo-numero"),
            "boolean" => crate::t!("carica-tipo-booleano"),
            "array" => crate::t!("carica-tipo-elenco"),
            "object" => crate::t!("carica-tipo-oggetto"),
            other => other.to_string(),
        })
        .reduce(|primo, secondo| {
            crate::t!("carica-tipo-alternativa", primo = primo, secondo = secondo)
        })
        .unwrap_or_default()
}

fn choices(options: &Value) -> String {
    match options {
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => format!("`{s}`"),
                other => format!("`{other}`"),
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A JSON Pointer segment: `~` and `/` escaped.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// One compiled validator per kind of file, with its schema, built on
/// first use.
fn validators() -> &'static HashMap<&'static str, (jsonschema::Validator, Value)> {
    static VALIDATORS: OnceLock<HashMap<&'static str, (jsonschema::Validator, Value)>> =
        OnceLock::new();
    VALIDATORS.get_or_init(|| {
        crate::schema::kinds()
            .into_iter()
            .filter_map(|kind| {
                let schema = serde_json::to_value(&kind.schema).ok()?;
                let validator = jsonschema::options()
                    .should_validate_formats(true)
                    .build(&schema)
                    .ok()?;
                Some((kind.name, (validator, schema)))
            })
            .collect()
    })
}

/// Where each key and value of a YAML file was written, by JSON Pointer
/// (`/0/nome`), as the parser met them.
#[derive(Default)]
struct Places {
    keys: HashMap<String, Position>,
    values: HashMap<String, Position>,
}

enum Frame {
    Seq { path: String, next: usize },
    Map { path: String, key: Option<String> },
}

impl Places {
    fn of(text: &str) -> Places {
        let mut places = Places::default();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let at = Position {
                line: span.start.line(),
                column: span.start.col() + 1,
                bytes: None,
            };
            match event {
                Event::Scalar(text, ..) => {
                    if let Some(Frame::Map { path, key }) = stack.last_mut()
                        && key.is_none()
                    {
                        places.keys.insert(format!("{path}/{}", escape(&text)), at);
                        *key = Some(text.into_owned());
                    } else {
                        let path = child(&mut stack);
                        places.values.insert(path, at);
                    }
                }
                Event::Alias(_) => {
                    let path = child(&mut stack);
                    places.values.insert(path, at);
                }
                Event::SequenceStart(..) => {
                    let path = child(&mut stack);
                    places.values.insert(path.clone(), at);
                    stack.push(Frame::Seq { path, next: 0 });
                }
                Event::MappingStart(..) => {
                    let path = child(&mut stack);
                    places.values.insert(path.clone(), at);
                    stack.push(Frame::Map { path, key: None });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        places
    }

    /// Where the value at `pointer` was written (the start of the file for
    /// one the parser did not show, which cannot happen for valid YAML).
    fn value(&self, pointer: &str) -> Position {
        self.values.get(pointer).cloned().unwrap_or(Position::START)
    }

    fn key(&self, pointer: &str) -> Position {
        self.keys
            .get(pointer)
            .cloned()
            .unwrap_or_else(|| self.value(pointer))
    }
}

/// The pointer of the next node inside the innermost collection.
fn child(stack: &mut [Frame]) -> String {
    match stack.last_mut() {
        None => String::new(),
        Some(Frame::Seq { path, next }) => {
            let pointer = format!("{path}/{next}");
            *next += 1;
            pointer
        }
        Some(Frame::Map { path, key }) => {
            format!("{path}/{}", escape(&key.take().unwrap_or_default()))
        }
    }
}
