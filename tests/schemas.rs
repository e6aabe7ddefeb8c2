//! The JSON Schemas editors use: generated from the loader's types, committed
//! under `schemas/` (never stale), named by the first line of every example
//! file, and every example file is valid against its schema.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{ambito, repo};

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
    let out = ambito(&repo(), &["schema", "--out", dir.path().to_str().unwrap()]);
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
