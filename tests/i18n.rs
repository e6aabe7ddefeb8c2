//! The two languages stay in step: the same message ids with the same
//! variables, no Fluent syntax error, and every id the code asks for exists.

use std::collections::BTreeMap;

use ambito::i18n::{self, Lingua};

mod common;

fn messages(lingua: Lingua) -> BTreeMap<String, Vec<String>> {
    let mut map = BTreeMap::new();
    for (id, variables) in i18n::ids(lingua) {
        assert!(
            map.insert(id.clone(), variables).is_none(),
            "{}: message `{id}` is defined twice",
            lingua.code()
        );
    }
    map
}

#[test]
fn fluent_files_parse() {
    for lingua in [Lingua::Italiano, Lingua::English] {
        let errors = i18n::syntax_errors(lingua);
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn italian_and_english_have_the_same_messages_with_the_same_variables() {
    let italiano = messages(Lingua::Italiano);
    let english = messages(Lingua::English);
    let only_it: Vec<_> = italiano
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    let only_en: Vec<_> = english
        .keys()
        .filter(|k| !italiano.contains_key(*k))
        .collect();
    assert!(only_it.is_empty(), "only in locales/it: {only_it:?}");
    assert!(only_en.is_empty(), "only in locales/en: {only_en:?}");
    for (id, variables) in &italiano {
        assert_eq!(
            Some(variables),
            english.get(id),
            "`{id}` uses different variables in the two languages"
        );
    }
}

/// Every `t!("id"` in `src/` names a message of both languages, and every
/// message is used (or is a help text, looked up by name).
#[test]
fn every_message_the_code_asks_for_exists() {
    let italiano = messages(Lingua::Italiano);
    let pattern = regex::Regex::new(r#"t!\(\s*"([a-z0-9-]+)""#).unwrap();
    let mut used = std::collections::BTreeSet::new();
    for file in common::walk(&common::repo().join("src")) {
        if file.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for capture in pattern.captures_iter(&text) {
            let id = capture[1].to_string();
            assert!(
                italiano.contains_key(&id),
                "{}: no message `{id}` in locales/",
                file.display()
            );
            used.insert(id);
        }
    }
    let unused: Vec<_> = italiano
        .keys()
        .filter(|id| !used.contains(*id))
        // Looked up by name: the command line's help by command and argument
        // (src/cli/args.rs), the schemas' words by type and key
        // (tests/schemas.rs checks those).
        .filter(|id| {
            !["help-", "about-", "esempi-", "schema-"]
                .iter()
                .any(|p| id.starts_with(p))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}
