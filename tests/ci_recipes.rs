//! Runs every `ambito` command of the CI recipes in `docs/ci.md` on the example
//! content, as the jobs would: the check job once, the build job once per
//! shard, each in a checkout of its own; the shards together must build every
//! document exactly once.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{repo, workspace};

/// The `ambito …` commands of the recipes, in order, without the YAML around them.
fn commands() -> Vec<String> {
    fs::read_to_string(repo().join("docs/ci.md"))
        .unwrap()
        .lines()
        .map(str::trim)
        .map(|l| l.trim_start_matches("- ").trim_start_matches("run: "))
        .filter(|l| l.starts_with("ambito "))
        .map(str::to_string)
        .collect()
}

fn run(dir: &Path, command: &str) -> (i32, String) {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ambito"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(command)
        .env("PATH", path)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn pdfs(out: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for dir in fs::read_dir(out).into_iter().flatten().flatten() {
        for f in fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            found.push(format!(
                "{}/{}",
                dir.file_name().to_string_lossy(),
                f.file_name().to_string_lossy()
            ));
        }
    }
    found
}

#[test]
fn the_recipes_commands_work_on_the_example_content() {
    let commands = commands();
    assert!(commands.len() >= 6, "{commands:?}");
    let sharded: Vec<&String> = commands.iter().filter(|c| c.contains("--shard")).collect();
    assert_eq!(
        sharded.len(),
        2,
        "one sharded build per recipe: {commands:?}"
    );

    // Jobs that run once.
    let ws = workspace();
    for c in commands
        .iter()
        .filter(|c| !c.contains("--shard") && !c.starts_with("ambito verify"))
    {
        let (code, text) = run(ws.path(), c);
        assert_eq!(code, 0, "{c}: {text}");
        if c.contains("--format github") {
            assert!(text.contains("checked 10 Ambiti: no errors"), "{text}");
        }
    }
    let report = fs::read_to_string(ws.path().join("gl-code-quality-report.json")).unwrap();
    assert_eq!(report.trim(), "[]", "{report}");

    // With an error, the GitLab check job still writes both reports, each
    // naming the problem, and then fails.
    let broken = workspace();
    let path = broken.path().join("content/carate-brianza/comuni.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("sindaco: vanessa-gallo", "sindaco: vaness-gallo"),
    )
    .unwrap();
    let gitlab: Vec<&String> = commands
        .iter()
        .filter(|c| c.starts_with("ambito check") && !c.contains("github"))
        .collect();
    assert_eq!(gitlab.len(), 3, "{gitlab:?}");
    let mut last = 0;
    for c in gitlab {
        last = run(broken.path(), c).0;
    }
    assert_eq!(last, 1, "the job must fail on an error");
    let report: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(broken.path().join("gl-code-quality-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report[0]["check_name"], "R006", "{report}");
    assert_eq!(
        report[0]["location"]["path"],
        "content/carate-brianza/comuni.yaml"
    );
    let junit = fs::read_to_string(broken.path().join("ambito-junit.xml")).unwrap();
    assert!(junit.contains("failures=\"1\""), "{junit}");
    assert!(
        junit.contains("<failure message=\"no persona with id `vaness-gallo`\""),
        "{junit}"
    );

    // The build job, once per shard, each in its own checkout.
    let total = 4;
    for c in sharded {
        let mut built: BTreeMap<String, usize> = BTreeMap::new();
        for k in 1..=total {
            let job = workspace();
            let command = c
                .replace("${{ matrix.shard }}", &k.to_string())
                .replace("$CI_NODE_INDEX", &k.to_string())
                .replace("$CI_NODE_TOTAL", &total.to_string());
            let (code, text) = run(job.path(), &command);
            assert_eq!(code, 0, "{command}: {text}");
            let (code, text) = run(job.path(), "ambito verify");
            assert_eq!(code, 0, "verify after {command}: {text}");
            for pdf in pdfs(&job.path().join("out")) {
                *built.entry(pdf).or_default() += 1;
            }
        }
        assert_eq!(built.len(), 14, "{c}: {built:?}");
        assert!(built.values().all(|&n| n == 1), "{c}: {built:?}");
    }
}
