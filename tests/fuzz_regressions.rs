//! Every input the fuzzer ever crashed on (`tests/fuzz-regressions/`) is
//! replayed through load and validate: none may panic. The example files are
//! replayed too, so the harness itself is exercised even with no crash saved.

mod common;

use std::fs;

use common::{repo, workspace};

#[test]
fn saved_fuzz_inputs_do_not_panic() {
    let ws = workspace();
    let mut inputs: Vec<Vec<u8>> = fs::read_dir(repo().join("tests/fuzz-regressions"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name() != "README.md")
        .map(|e| fs::read(e.path()).unwrap())
        .collect();
    // Each example file, as the fuzzer's seeds are made.
    for (i, target) in ambito::fuzzing::targets().iter().enumerate() {
        let mut input = vec![i as u8];
        input.extend(fs::read(repo().join("content/carate-brianza").join(target)).unwrap());
        inputs.push(input.clone());
        // And the same file cut short at every 97th byte.
        for cut in (1..input.len()).step_by(97) {
            inputs.push(input[..cut].to_vec());
        }
    }
    for input in &inputs {
        ambito::fuzzing::check_one(ws.path(), input);
    }
    assert!(inputs.len() > 10);
}
