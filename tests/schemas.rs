//! The JSON Schemas editors use: generated from the loader's types, committed
//! under `schemas/` (never stale), named by the first line of every example
//! file, and every example file is valid against its schema. Every key is
//! described in Italian and in English, no Rust name is shown, and the
//! schema and `check` agree on the forms of codes. (`tests/editor.rs` drives
//! a real editor's language server over them.)

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use ambito::i18n::{self, Lingua};
use common::{ambito, repo};
use serde_json::Value;

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            found.extend(yaml_files(&p));
        } else if p.extension().is_some_and(|e| e == "yaml") {
            found.push(p);
        }
    }
    found.sort();
    found
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    let dir = tempfile::tempdir().unwrap();
    // The committed schemas speak Italian, whatever the machine's locale.
    let out = ambito(
        &repo(),
        &[
            "schema",
            "--lang",
            "it",
            "--out",
            dir.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let kinds = ambito::schema::kinds();
    assert_eq!(kinds.len(), 12);
    for kind in kinds {
        let name = format!("{}.schema.json", kind.name);
        let generated = fs::read_to_string(dir.path().join(&name)).unwrap();
        let committed =
            fs::read_to_string(repo().join("schemas").join(&name)).unwrap_or_else(|_| {
                panic!("schemas/{name} is missing: run `cargo run --release -- schema`")
            });
        assert_eq!(
            generated, committed,
            "schemas/{name} is stale: run `cargo run --release -- schema`"
        );
    }
}

#[test]
fn every_example_file_names_its_schema_and_is_valid_against_it() {
    let content = repo().join("content");
    let files = yaml_files(&content);
    assert!(files.len() >= 29);
    for path in files {
        let rel = path
            .strip_prefix(&content)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let kind = ambito::schema::kind_of(&rel).unwrap_or_else(|| panic!("{rel}: no schema kind"));
        let text = fs::read_to_string(&path).unwrap();
        let first = text.lines().next().unwrap();
        let depth = rel.matches('/').count() + 1;
        let expected = format!(
            "# yaml-language-server: $schema={}schemas/{kind}.schema.json",
            "../".repeat(depth)
        );
        assert_eq!(first, expected, "{rel}");
        // The reference resolves from the file's folder.
        let schema_path = path
            .parent()
            .unwrap()
            .join(first.split("$schema=").nth(1).unwrap());
        let schema: serde_json::Value =
            serde_json::from_slice(&fs::read(&schema_path).unwrap()).unwrap();
        let instance: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{rel}: {errors:?}");
    }
}

#[test]
fn a_schema_rejects_what_the_loader_rejects() {
    let schema: serde_json::Value =
        serde_json::from_slice(&fs::read(repo().join("schemas/persone.schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let ok: serde_json::Value =
        serde_saphyr::from_str("- { id: a, nome: A, cognome: B, genere: F }").unwrap();
    assert!(validator.is_valid(&ok));
    for bad in [
        "- { id: a, nome: A, cognom: B, genere: F }",
        "- { id: a, nome: A, cognome: B, genere: X }",
        "- { id: a, nome: A, cognome: B }",
    ] {
        let v: serde_json::Value = serde_saphyr::from_str(bad).unwrap();
        assert!(!validator.is_valid(&v), "{bad}");
    }
}

#[test]
fn completions_are_printed_for_common_shells() {
    for shell in ["bash", "zsh", "fish"] {
        let out = ambito(&repo(), &["completions", shell]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("explain") && text.contains("verify"),
            "{shell}"
        );
    }
}

/// Every title and description of a schema, with where it is (a JSON
/// Pointer), and every key (`properties` entry) without a description.
fn words(node: &Value, at: &str, found: &mut Vec<(String, String)>, bare: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            for key in ["title", "description"] {
                if let Some(Value::String(text)) = map.get(key) {
                    found.push((format!("{at}/{key}"), text.clone()));
                }
            }
            if let Some(Value::Object(properties)) = map.get("properties") {
                for (key, property) in properties {
                    let described = property
                        .get("description")
                        .and_then(Value::as_str)
                        .is_some_and(|d| !d.trim().is_empty());
                    if !described {
                        bare.push(format!("{at}/properties/{key}"));
                    }
                }
            }
            for (key, value) in map {
                words(value, &format!("{at}/{key}"), found, bare);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                words(item, &format!("{at}/{i}"), found, bare);
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_is_described_in_both_languages_with_no_rust_name() {
    // A Rust type name: `ComuneEntry`, `Array_of_…`, `Spanned`, `Option`.
    let rust =
        regex::Regex::new(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|_of_|Spanned|Option<|Vec<").unwrap();
    let mut described = Vec::new();
    for lingua in [Lingua::Italiano, Lingua::English] {
        let mut texts = std::collections::BTreeMap::new();
        for kind in ambito::schema::kinds_in(lingua) {
            let schema = serde_json::to_value(&kind.schema).unwrap();
            let (mut found, mut bare) = (Vec::new(), Vec::new());
            words(&schema, "", &mut found, &mut bare);
            assert!(
                bare.is_empty(),
                "{}: keys without a description: {bare:?}",
                kind.name
            );
            assert!(
                schema.get("description").is_some(),
                "{}: the file has no description",
                kind.name
            );
            for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
                assert!(
                    def.get("title").is_some(),
                    "{}: `{name}` has no title",
                    kind.name
                );
            }
            for (at, text) in found {
                assert!(!text.trim().is_empty(), "{}{at} is empty", kind.name);
                assert!(
                    !text.starts_with("schema-"),
                    "{}{at}: no message `{text}` in locales/",
                    kind.name
                );
                assert!(
                    !rust.is_match(&text),
                    "{}{at}: a Rust name in `{text}`",
                    kind.name
                );
                texts.insert(format!("{}{at}", kind.name), text);
            }
        }
        described.push(texts);
    }
    // The same places are described in both, and the English is not the
    // Italian (a message missing in English would fall back to it).
    let (italiano, english) = (&described[0], &described[1]);
    assert_eq!(
        italiano.keys().collect::<Vec<_>>(),
        english.keys().collect::<Vec<_>>()
    );
    for (at, text) in italiano {
        if at.contains("/properties/") && at.ends_with("/description") {
            assert_ne!(
                Some(text),
                english.get(at),
                "{at} is the same in both languages"
            );
        }
    }
    assert!(
        italiano
            .values()
            .any(|t| t.contains("Il codice di avviamento postale")),
        "the Italian schemas are not in Italian"
    );
}

/// `locales/*/schema.ftl` holds exactly the messages the schemas ask for.
#[test]
fn schema_messages_are_the_ones_the_schemas_use() {
    let used: std::collections::BTreeSet<String> =
        ambito::schema::message_ids().into_iter().collect();
    assert!(used.len() > 300, "{}", used.len());
    for lingua in [Lingua::Italiano, Lingua::English] {
        let defined: std::collections::BTreeSet<String> = i18n::ids(lingua)
            .into_iter()
            .map(|(id, _)| id)
            .filter(|id| id.starts_with("schema-"))
            .collect();
        let missing: Vec<_> = used.difference(&defined).collect();
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lingua.code());
        assert!(unused.is_empty(), "{}: unused {unused:?}", lingua.code());
    }
}

/// `ambito schema --lang en` writes the English words.
#[test]
fn the_schemas_speak_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let out = ambito(
        &repo(),
        &[
            "schema",
            "--lang",
            "en",
            "--out",
            dir.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let text = fs::read_to_string(dir.path().join("comuni.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let cap = &schema["$defs"]["ComuneEntry"]["properties"]["cap"];
    assert!(
        cap["description"]
            .as_str()
            .unwrap()
            .starts_with("Postal code"),
        "{cap}"
    );
    assert_eq!(schema["$defs"]["ComuneEntry"]["title"], "Comune");
}

/// A code of digits: the schema (as an editor reads the YAML) and `check`
/// accept and refuse the same spellings. YAML reads an unquoted `00184` as
/// the number 184, so both ask for quotes; `20841` unquoted is 20841 to both.
#[test]
fn the_schema_and_check_agree_on_a_cap() {
    let schema: Value =
        serde_json::from_slice(&fs::read(repo().join("schemas/comuni.schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let cases = [
        ("\"00184\"", true),
        ("20841", true),
        ("00184", false),
        ("184", false),
        ("\"0018\"", false),
        ("abc", false),
    ];
    for (cap, valid) in cases {
        let yaml = format!("- {{ id: a, nome: A, cap: {cap} }}");
        let value: Value = serde_saphyr::from_str(&yaml).unwrap();
        assert_eq!(validator.is_valid(&value), valid, "schema, cap: {cap}");

        let ws = common::workspace();
        let comuni = ws.path().join("content/carate-brianza/comuni.yaml");
        let text = fs::read_to_string(&comuni).unwrap().replacen(
            "  nome: Albiate\n",
            &format!("  nome: Albiate\n  cap: {cap}\n"),
            1,
        );
        fs::write(&comuni, text).unwrap();
        let out = ambito(
            ws.path(),
            &["check", "--ambito", "carate-brianza", "--format", "json"],
        );
        let diagnostics: Value = serde_json::from_slice(&out.stdout).unwrap();
        let r035 = diagnostics
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "R035")
            .count();
        assert_eq!(r035 == 0, valid, "check, cap: {cap}: {diagnostics}");
    }
}
