//! Runs the CI recipes of `docs/ci.md` as far as one Linux machine allows, job
//! by job, as the runners would.
//!
//! A release cannot be downloaded here, so the test makes one: the *Package*
//! step of `.github/workflows/release.yml` packs the binary under test into
//! the Linux archive and its `.sha256`, exactly as a tag would publish them,
//! and each recipe's install commands download it from a `file://` address
//! (`curl` reads those like any other) in place of `AMBITO_RELEASES`. Then
//! every `ambito` command of the recipes runs with the binary so installed:
//! the check job on correct and on broken content, and the build job once per
//! shard, each in a checkout of its own; the shards together must build every
//! document exactly once.
//!
//! Commands run with `LANGUAGE=en`, so that the messages asserted on do not
//! depend on the machine's locale.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

use common::{copy_dir, repo, workspace};

/// The target whose archive the recipes download.
const LINUX: &str = "x86_64-unknown-linux-musl";

/// The shell GitHub runs a `run:` step with on Linux.
const GITHUB_SHELL: &[&str] = &["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"];
/// A POSIX shell, stopping at the first failing command, as the GitLab runner
/// does (the recipe's image has bash, but nothing in it needs more than `sh`).
const GITLAB_SHELL: &[&str] = &["sh", "-e", "-c"];

fn yaml(what: &str, text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("{what} is not valid YAML: {e}"))
}

/// The two recipes, from the YAML code blocks of `docs/ci.md` (which the unit
/// test of `src/scaffold.rs` keeps identical to what `ambito init` writes).
fn recipes() -> (Value, Value) {
    let doc = fs::read_to_string(repo().join("docs/ci.md")).unwrap();
    let blocks: Vec<&str> = doc
        .split("```yaml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    assert_eq!(
        blocks.len(),
        2,
        "docs/ci.md: one GitHub and one GitLab recipe"
    );
    (
        yaml("the GitHub recipe", blocks[0]),
        yaml("the GitLab recipe", blocks[1]),
    )
}

fn release_workflow() -> Value {
    let path = repo().join(".github/workflows/release.yml");
    yaml("release.yml", &fs::read_to_string(path).unwrap())
}

fn str_of<'a>(v: &'a Value, what: &str) -> &'a str {
    v.as_str()
        .unwrap_or_else(|| panic!("{what} should be a string: {v}"))
}

/// Runs `script` with `shell` in `dir`, with the variables of `env` on top of
/// this process's. Returns the exit code and standard output and error.
fn run(shell: &[&str], dir: &Path, script: &str, env: &BTreeMap<String, String>) -> (i32, String) {
    let out = Command::new(shell[0])
        .args(&shell[1..])
        .arg(script)
        .envs(env)
        .env("LANGUAGE", "en")
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

/// The script of the step `name` of `job`, in `release.yml`.
fn step<'a>(workflow: &'a Value, job: &str, name: &str) -> &'a str {
    let steps = workflow["jobs"][job]["steps"].as_array().unwrap();
    let step = steps
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("release.yml: no step {name:?} in job {job}"));
    str_of(&step["run"], name)
}

/// A local copy of the release `version`, laid out as GitHub serves one
/// (`<base>/<tag>/<archive>`), made by the steps of `release.yml`: the smoke
/// test and the packaging of the binary under test, then the release job's
/// check of the checksums. Returns `<base>`.
fn release(version: &str) -> &'static Path {
    static RELEASE: OnceLock<PathBuf> = OnceLock::new();
    RELEASE.get_or_init(|| {
        let workflow = release_workflow();
        let temp = tempfile::tempdir().unwrap();
        let checkout = temp.path().join("checkout");
        copy_dir(&repo().join("content"), &checkout.join("content"));
        copy_dir(&repo().join("templates"), &checkout.join("templates"));
        fs::copy(repo().join("README.md"), checkout.join("README.md")).unwrap();
        let built = checkout.join(format!("target/{LINUX}/release"));
        fs::create_dir_all(&built).unwrap();
        fs::copy(env!("CARGO_BIN_EXE_ambito"), built.join("ambito")).unwrap();

        let runner_temp = temp.path().join("runner-temp");
        fs::create_dir_all(&runner_temp).unwrap();
        let env: BTreeMap<String, String> = [
            ("TARGET", LINUX.to_string()),
            ("VERSION", version.to_string()),
            ("RUNNER_OS", "Linux".to_string()),
            ("RUNNER_TEMP", runner_temp.display().to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        for name in ["Smoke test", "Package"] {
            let (code, text) = run(
                GITHUB_SHELL,
                &checkout,
                step(&workflow, "build", name),
                &env,
            );
            assert_eq!(code, 0, "release.yml, step {name}: {text}");
        }
        let dist = checkout.join("dist");
        let (code, text) = run(
            GITHUB_SHELL,
            &dist,
            step(&workflow, "release", "Check the checksums"),
            &BTreeMap::new(),
        );
        assert_eq!(code, 0, "release.yml, checking the checksums: {text}");

        // Kept for the whole run (tests share it), under the tests' own
        // target folder.
        let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ci_recipes-releases");
        let _ = fs::remove_dir_all(&base);
        let files = base.join(version);
        fs::create_dir_all(&files).unwrap();
        let mut names = Vec::new();
        for f in fs::read_dir(&dist).unwrap() {
            let f = f.unwrap();
            names.push(f.file_name().to_string_lossy().into_owned());
            fs::copy(f.path(), files.join(f.file_name())).unwrap();
        }
        names.sort();
        let archive = format!("ambito-{version}-{LINUX}.tar.gz");
        assert_eq!(names, [archive.clone(), format!("{archive}.sha256")]);
        base
    })
}

/// A copy of the release with its archive damaged: one byte more at its end.
fn damaged(version: &str) -> tempfile::TempDir {
    let base = tempfile::tempdir().unwrap();
    copy_dir(release(version), base.path());
    let archive = base
        .path()
        .join(version)
        .join(format!("ambito-{version}-{LINUX}.tar.gz"));
    let mut bytes = fs::read(&archive).unwrap();
    bytes.push(0);
    fs::write(&archive, bytes).unwrap();
    base
}

fn url(dir: &Path) -> String {
    format!("file://{}", dir.display())
}

/// A release address where nothing can be downloaded: a job that tries to
/// fails, so a job that passes took the binary from the cache.
fn nowhere() -> String {
    "file:///nonexistent/ambito-releases".into()
}

/// The PDFs under `out`, by their path under it: each act, and its copy
/// for publication under `pubblicazione/`.
fn pdfs(out: &Path) -> Vec<String> {
    common::walk(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .map(|p| p.strip_prefix(out).unwrap().to_string_lossy().into_owned())
        .collect()
}

fn same_file(a: &Path, b: &Path) -> bool {
    fs::read(a).unwrap() == fs::read(b).unwrap()
}

/// A recipe's variables (`env:` or `variables:`), as strings.
fn variables(v: &Value) -> BTreeMap<String, String> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), str_of(v, k).to_string()))
        .collect()
}

// ---------------------------------------------------------------- GitHub

/// A GitHub runner: `HOME` holds `~/.ambito`, the path `actions/cache`
/// restores, so the jobs that share a runner share a cache.
struct Github {
    recipe: Value,
    root: tempfile::TempDir,
    home: PathBuf,
    tmp: PathBuf,
}

/// What a job did: each command with its exit code and output, up to the
/// first that failed.
type Job = Vec<(String, i32, String)>;

fn failed(job: &Job) -> bool {
    job.last().is_some_and(|(_, code, _)| *code != 0)
}

impl Github {
    fn new(recipe: Value) -> Github {
        let root = tempfile::tempdir().unwrap();
        let (home, tmp) = (root.path().join("home"), root.path().join("tmp"));
        fs::create_dir_all(&home).unwrap();
        fs::create_dir_all(&tmp).unwrap();
        Github {
            recipe,
            root,
            home,
            tmp,
        }
    }

    fn installed(&self) -> PathBuf {
        self.home.join(".ambito/ambito")
    }

    /// Runs the steps of `job` in the checkout `ws`, with `releases` in place
    /// of `AMBITO_RELEASES`; `${{ matrix.shard }}` is `shard`.
    fn job(&self, job: &str, ws: &Path, releases: &str, shard: Option<usize>) -> Job {
        let mut env = variables(&self.recipe["env"]);
        assert!(env.contains_key("AMBITO_RELEASES"), "{env:?}");
        env.insert("AMBITO_RELEASES".into(), releases.into());
        env.insert("HOME".into(), self.home.display().to_string());
        env.insert("TMPDIR".into(), self.tmp.display().to_string());
        let github_path = self
            .root
            .path()
            .join(format!("github_path-{job}-{shard:?}"));
        fs::write(&github_path, "").unwrap();
        env.insert("GITHUB_PATH".into(), github_path.display().to_string());
        let path = std::env::var("PATH").unwrap_or_default();

        let mut done = Job::new();
        for step in self.recipe["jobs"][job]["steps"].as_array().unwrap() {
            if let Some(uses) = step["uses"].as_str() {
                if uses.starts_with("actions/cache@") {
                    assert_eq!(step["with"]["path"], "~/.ambito", "{step}");
                    let key = str_of(&step["with"]["key"], "the cache's key");
                    assert!(
                        key.contains("${{ env.AMBITO_VERSION }}")
                            && key.contains("${{ runner.os }}"),
                        "the cache is keyed by version and OS: {key}"
                    );
                } else if uses.starts_with("actions/upload-artifact@") {
                    assert_eq!(step["with"]["path"], "out/", "{step}");
                    assert!(
                        ws.join("out/manifest.json").exists(),
                        "{job}: nothing to upload"
                    );
                } else {
                    assert!(uses.starts_with("actions/checkout@"), "{uses}");
                }
                continue;
            }
            let mut command = str_of(&step["run"], "run").to_string();
            if let Some(k) = shard {
                command = command.replace("${{ matrix.shard }}", &k.to_string());
            }
            assert!(!command.contains("${{"), "{command}");
            // Each line a step adds to $GITHUB_PATH comes first in the PATH
            // of the steps after it.
            let mut dirs: Vec<String> = fs::read_to_string(&github_path)
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect();
            dirs.reverse();
            dirs.push(path.clone());
            env.insert("PATH".into(), dirs.join(":"));
            let (code, text) = run(GITHUB_SHELL, ws, &command, &env);
            done.push((command, code, text));
            if code != 0 {
                break;
            }
        }
        done
    }
}

fn output<'a>(job: &'a Job, prefix: &str) -> &'a str {
    &job.iter()
        .find(|(c, _, _)| c.starts_with(prefix))
        .unwrap_or_else(|| panic!("no command {prefix:?}: {job:?}"))
        .2
}

#[test]
fn the_github_recipe_installs_the_release_and_runs_every_job() {
    let (recipe, _) = recipes();
    let version = str_of(&recipe["env"]["AMBITO_VERSION"], "AMBITO_VERSION").to_string();
    let releases = url(release(&version));
    let shards: Vec<usize> = recipe["jobs"]["build"]["strategy"]["matrix"]["shard"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_u64().unwrap() as usize)
        .collect();
    assert_eq!(shards, [1, 2, 3, 4]);
    let runner = Github::new(recipe);

    // The check job, first on the runner: it downloads, checks and installs.
    let ws = workspace();
    let job = runner.job("check", ws.path(), &releases, None);
    assert!(!failed(&job), "{job:#?}");
    let install = output(&job, "if [ ! -x ~/.ambito/ambito ]");
    assert!(
        install.contains(": OK"),
        "the checksum was checked: {install}"
    );
    assert!(install.contains("ambito 0."), "{install}");
    assert!(same_file(
        &runner.installed(),
        Path::new(env!("CARGO_BIN_EXE_ambito"))
    ));
    let check = output(&job, "ambito check --format github");
    assert!(check.contains("checked 10 Ambiti: no errors"), "{check}");
    assert_eq!(
        fs::read_dir(&runner.tmp).unwrap().count(),
        0,
        "the download is removed"
    );
    assert!(
        !ws.path().join(".ambito").exists() && !ws.path().join("ambito").exists(),
        "nothing is added to the checkout"
    );

    // The build job, once per shard, each in its own checkout; the cache
    // restored by `actions/cache` holds the binary, so none downloads it.
    let mut built: BTreeMap<String, usize> = BTreeMap::new();
    for k in shards {
        let ws = workspace();
        let job = runner.job("build", ws.path(), &nowhere(), Some(k));
        assert!(!failed(&job), "shard {k}: {job:#?}");
        assert_eq!(job.len(), 3, "install, build, verify: {job:#?}");
        for pdf in pdfs(&ws.path().join("out")) {
            *built.entry(pdf).or_default() += 1;
        }
    }
    // The 14 acts and their 14 copies for publication.
    assert_eq!(built.len(), 28, "{built:?}");
    assert!(built.values().all(|&n| n == 1), "{built:?}");
}

// ---------------------------------------------------------------- GitLab

/// A GitLab runner: a job's script is `default.before_script` then its own
/// `script`, in one shell; `cache:` keeps `.ambito/` of the checkout between
/// jobs, saved after a job that succeeded.
struct Gitlab {
    recipe: Value,
    _root: tempfile::TempDir,
    cache: PathBuf,
    home: PathBuf,
    tmp: PathBuf,
}

impl Gitlab {
    fn new(recipe: Value) -> Gitlab {
        let root = tempfile::tempdir().unwrap();
        let (home, tmp) = (root.path().join("home"), root.path().join("tmp"));
        fs::create_dir_all(&home).unwrap();
        fs::create_dir_all(&tmp).unwrap();
        let default = &recipe["default"];
        assert_eq!(default["cache"]["paths"], serde_json::json!([".ambito/"]));
        assert!(
            str_of(&default["cache"]["key"], "cache:key").contains("$AMBITO_VERSION"),
            "the cache is keyed by version"
        );
        Gitlab {
            recipe,
            cache: root.path().join("cache"),
            _root: root,
            home,
            tmp,
        }
    }

    fn script(&self, job: &str) -> String {
        let lines = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|l| str_of(l, "a script line").to_string())
                .collect()
        };
        let mut script = lines(&self.recipe["default"]["before_script"]);
        script.extend(lines(&self.recipe[job]["script"]));
        script.join("\n")
    }

    /// Runs `job` in the checkout `ws` (node `node` of `parallel`, if set).
    fn job(&self, job: &str, ws: &Path, releases: &str, node: Option<usize>) -> (i32, String) {
        if self.cache.exists() {
            copy_dir(&self.cache, &ws.join(".ambito"));
        }
        let mut env = variables(&self.recipe["variables"]);
        assert!(env.contains_key("AMBITO_RELEASES"), "{env:?}");
        env.insert("AMBITO_RELEASES".into(), releases.into());
        env.insert("HOME".into(), self.home.display().to_string());
        env.insert("TMPDIR".into(), self.tmp.display().to_string());
        if let Some(k) = node {
            let total = self.recipe[job]["parallel"].as_u64().unwrap();
            env.insert("CI_NODE_INDEX".into(), k.to_string());
            env.insert("CI_NODE_TOTAL".into(), total.to_string());
        }
        let (code, text) = run(GITLAB_SHELL, ws, &self.script(job), &env);
        if code == 0 && !self.cache.exists() {
            copy_dir(&ws.join(".ambito"), &self.cache);
        }
        (code, text)
    }
}

#[test]
fn the_gitlab_recipe_installs_the_release_and_runs_every_job() {
    let (_, recipe) = recipes();
    let version = str_of(&recipe["variables"]["AMBITO_VERSION"], "AMBITO_VERSION").to_string();
    let releases = url(release(&version));
    let runner = Gitlab::new(recipe);
    assert_eq!(
        runner.script("check").matches("ambito check").count(),
        3,
        "{}",
        runner.script("check")
    );

    // The check job on correct content: the first job downloads the binary.
    let ws = workspace();
    let (code, text) = runner.job("check", ws.path(), &releases, None);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(": OK"), "the checksum was checked: {text}");
    assert!(same_file(
        &ws.path().join(".ambito/ambito"),
        Path::new(env!("CARGO_BIN_EXE_ambito"))
    ));
    assert_eq!(
        fs::read_dir(&runner.tmp).unwrap().count(),
        0,
        "the download is removed"
    );
    let report = fs::read_to_string(ws.path().join("gl-code-quality-report.json")).unwrap();
    assert_eq!(report.trim(), "[]", "{report}");
    let junit = fs::read_to_string(ws.path().join("ambito-junit.xml")).unwrap();
    assert!(junit.contains("failures=\"0\""), "{junit}");

    // With an error, the check job still writes both reports, each naming
    // the problem, and then fails. From here on the binary comes from the
    // cache.
    let broken = workspace();
    let path = broken.path().join("content/carate-brianza/comuni.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("sindaco: vanessa-gallo", "sindaco: vaness-gallo"),
    )
    .unwrap();
    let (code, text) = runner.job("check", broken.path(), &nowhere(), None);
    assert_eq!(code, 1, "the job must fail on an error: {text}");
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

    // The build job, `parallel: 4`, each node in its own checkout.
    let mut built: BTreeMap<String, usize> = BTreeMap::new();
    let nodes = runner.recipe["build"]["parallel"].as_u64().unwrap() as usize;
    assert_eq!(nodes, 4);
    for k in 1..=nodes {
        let ws = workspace();
        let (code, text) = runner.job("build", ws.path(), &nowhere(), Some(k));
        assert_eq!(code, 0, "node {k}: {text}");
        for pdf in pdfs(&ws.path().join("out")) {
            *built.entry(pdf).or_default() += 1;
        }
    }
    // The 14 acts and their 14 copies for publication.
    assert_eq!(built.len(), 28, "{built:?}");
    assert!(built.values().all(|&n| n == 1), "{built:?}");
}

#[test]
fn a_damaged_download_stops_the_job_and_installs_nothing() {
    let (github, gitlab) = recipes();
    let version = str_of(&github["env"]["AMBITO_VERSION"], "AMBITO_VERSION").to_string();

    let runner = Github::new(github);
    let ws = workspace();
    let job = runner.job("check", ws.path(), &url(damaged(&version).path()), None);
    assert!(failed(&job), "{job:#?}");
    assert_eq!(job.len(), 1, "the install step stops the job: {job:#?}");
    assert!(job[0].2.contains("did NOT match"), "{}", job[0].2);
    assert!(!runner.home.join(".ambito").exists());

    let runner = Gitlab::new(gitlab);
    let ws = workspace();
    let (code, text) = runner.job("check", ws.path(), &url(damaged(&version).path()), None);
    assert_ne!(code, 0, "{text}");
    assert!(text.contains("did NOT match"), "{text}");
    assert!(!text.contains("checked"), "no check ran: {text}");
    assert!(!ws.path().join(".ambito").exists() && !runner.cache.exists());
    assert!(!ws.path().join("gl-code-quality-report.json").exists());
}

// ---------------------------------------------------------------- release.yml

#[test]
fn the_release_workflow_builds_for_linux_macos_and_windows_on_a_tag() {
    // PyYAML reads the three files as GitHub's and GitLab's parsers would.
    let files = [
        ".github/workflows/release.yml",
        "templates/progetto/github.yml",
        "templates/progetto/gitlab-ci.yml",
    ];
    let out = Command::new("python3")
        .arg("-c")
        .arg("import sys, yaml\nfor f in sys.argv[1:]:\n    yaml.safe_load(open(f))\n")
        .args(files.iter().map(|f| repo().join(f)))
        .output()
        .expect("python3 is needed (scripts/test.sh installs pyHanko, which brings PyYAML)");
    assert!(
        out.status.success(),
        "PyYAML: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let workflow = release_workflow();
    assert_eq!(workflow["on"]["push"]["tags"], serde_json::json!(["v*"]));
    let build = &workflow["jobs"]["build"];
    let targets: BTreeMap<&str, &str> = build["strategy"]["matrix"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (str_of(&m["target"], "target"), str_of(&m["os"], "os")))
        .collect();
    for (target, os) in &targets {
        let expected = if target.contains("linux") {
            "ubuntu-"
        } else if target.contains("apple-darwin") {
            "macos-"
        } else {
            assert!(target.contains("windows"), "{target}");
            "windows-"
        };
        assert!(os.starts_with(expected), "{target} on {os}");
    }
    for target in [
        LINUX,
        "aarch64-apple-darwin",
        "x86_64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains_key(target), "{target}: {targets:?}");
    }
    let steps = build["steps"].as_array().unwrap();
    let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
    for action in [
        "actions/checkout@",
        "dtolnay/rust-toolchain@",
        "Swatinem/rust-cache@",
        "actions/upload-artifact@",
    ] {
        assert!(
            uses.iter().any(|u| u.starts_with(action)),
            "{action}: {uses:?}"
        );
    }
    let cargo = step(&workflow, "build", "Build");
    assert!(
        cargo.contains("--release") && cargo.contains("--locked"),
        "{cargo}"
    );

    let publish = &workflow["jobs"]["release"];
    assert_eq!(publish["needs"], "build");
    assert_eq!(publish["permissions"]["contents"], "write");
    assert!(step(&workflow, "release", "Publish").starts_with("gh release create"));

    // The archive the recipes download is one the workflow builds, of the
    // version that `ambito init` writes them with: this one.
    let (github, gitlab) = recipes();
    let version = format!("v{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(github["env"]["AMBITO_VERSION"], version);
    assert_eq!(gitlab["variables"]["AMBITO_VERSION"], version);
    for script in [
        str_of(&github["jobs"]["check"]["steps"][2]["run"], "install"),
        str_of(&gitlab["default"]["before_script"][0], "install"),
    ] {
        assert!(
            script.contains(&format!(
                "archive=\"ambito-$AMBITO_VERSION-{LINUX}.tar.gz\""
            )),
            "{script}"
        );
    }
    // Every job of the GitHub recipe installs the same way.
    let install = |job: &str| -> Vec<Value> {
        github["jobs"][job]["steps"].as_array().unwrap()[1..=2].to_vec()
    };
    assert_eq!(install("check"), install("build"));
}
