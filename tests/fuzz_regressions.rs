//! Every input the fuzzer ever crashed on (`tests/fuzz-regressions/`) is
//! replayed through load and validate: none may panic. The example files are
//! replayed too, so the harness itself is exercised even with no crash saved.

mod common;

use std::fs;

use common::repo;

#[test]
fn saved_fuzz_inputs_do_not_panic() {
    let root = tempfile::tempdir().unwrap();
    let ids = ambito::fuzzing::prepare(&repo().join("content"), root.path()).unwrap();
    assert!(ids.len() >= 10, "{ids:?}");
    let templates = repo().join("templates");
    let mut inputs: Vec<Vec<u8>> = fs::read_dir(repo().join("tests/fuzz-regressions"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name() != "README.md")
        .map(|e| fs::read(e.path()).unwrap())
        .collect();
    // Each example file of Carate Brianza (the first byte's low values), as
    // the fuzzer's seeds are made.
    let targets = ambito::fuzzing::targets();
    let carate = ids.iter().position(|id| id == "carate-brianza").unwrap();
    for (i, target) in targets.iter().enumerate() {
        let selector = (carate * targets.len() + i) as u8;
        let mut input = vec![selector];
        input.extend(fs::read(repo().join("content/carate-brianza").join(target)).unwrap());
        inputs.push(input.clone());
        // And the same file cut short at every 97th byte.
        for cut in (1..input.len()).step_by(97) {
            inputs.push(input[..cut].to_vec());
        }
    }
    let mut rendered = 0;
    for input in &inputs {
        rendered += ambito::fuzzing::check_one(root.path(), &ids, &templates, input);
    }
    assert!(inputs.len() > 10);
    // The unchanged files hold together: their documents were rendered.
    assert!(rendered > targets.len() * 4, "{rendered}");
}
