//! Helpers shared by the integration tests: run the binary, copy the
//! example content, read PDFs with `pdftotext`.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `ambito` binary, speaking English: most tests assert its English
/// messages (`tests/lingua.rs` asserts the Italian ones). `LANGUAGE` comes
/// first among the locale variables, so the machine's own cannot interfere.
pub fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ambito"));
    command.env("LANGUAGE", "en");
    command
}

/// Runs `ambito` in `dir` with `args`, in English.
pub fn ambito(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the ambito binary runs")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        let dest = to.join(rel);
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        fs::copy(&entry, &dest).unwrap();
    }
}

pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// A copy of the repository's content and templates in a fresh folder.
pub fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    dir
}

/// The text of a PDF, with whitespace folded to single spaces; table rows
/// stay on one line (`pdftotext -layout`).
pub fn pdf_text(pdf: &Path) -> String {
    pdf_text_with(pdf, "-layout")
}

/// The text of a PDF in the order it was written (`pdftotext -raw`): the
/// logical order of the source, whatever the layout.
pub fn pdf_text_raw(pdf: &Path) -> String {
    pdf_text_with(pdf, "-raw")
}

fn pdf_text_with(pdf: &Path, mode: &str) -> String {
    fold(&pdftotext(pdf, &[mode]))
}

/// What `pdftotext <args> <pdf> -` prints, as it prints it (pages end with a
/// form feed).
pub fn pdftotext(pdf: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed (scripts/test.sh installs poppler-utils)");
    assert!(out.status.success(), "pdftotext failed: {}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whitespace folded to single spaces.
pub fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Typst sources of every example document, as `build --emit-typst`
/// writes them: the folder (kept while the guard lives) and its path.
pub fn emitted_typst() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("typst");
    let run = ambito(
        &repo(),
        &["build", "--emit-typst", "--out", out.to_str().unwrap()],
    );
    assert!(run.status.success(), "emit failed:\n{}", stderr(&run));
    (dir, out)
}

/// [`PATTERNS`], compiled.
pub fn patterns() -> Vec<(regex::Regex, &'static str)> {
    PATTERNS
        .iter()
        .map(|(p, why)| (regex::Regex::new(p).unwrap(), *why))
        .collect()
}

/// One build of the example content, shared by the tests of a test binary.
pub struct Built {
    _dir: tempfile::TempDir,
    pub out: PathBuf,
    pub stdout: String,
}

impl Built {
    /// The text of one output PDF, e.g. `carate-brianza/convenzione.pdf`.
    pub fn text(&self, rel: &str) -> String {
        pdf_text(&self.out.join(rel))
    }
}

pub fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out_dir = dir.path().join("out");
        let out = ambito(&repo(), &["build", "--out", out_dir.to_str().unwrap()]);
        assert!(out.status.success(), "build failed:\n{}", stderr(&out));
        Built {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            out: out_dir,
            _dir: dir,
        }
    })
}

/// Wordings that are wrong in any act, each with why.
pub const PATTERNS: &[(&str, &str)] = &[
    (
        r"\bun[oa] (anni|mesi|giorni|componenti|Comuni|figure|aree|posti|settimane)\b",
        "“uno” before a plural",
    ),
    (
        r"\b1 (\((uno|una)\) )?(anni|mesi|giorni|componenti|Comuni|figure|aree|posti)\b",
        "one with a plural noun",
    ),
    (r"\bun[oa]? dei 1\b|\bdei 1\b", "“dei 1”"),
    (
        r"\b(il|al|del|dal|nel|sul|i|ai|dei|dai|nei|sui) (8|11|8\d|8\d\d|8\.\d{3})\b",
        "an article not elided before a number read with a vowel (l’8, all’11, degli 80)",
    ),
    (
        r"\b(il|al|del|dal|nel|sul|i|ai|dei|dai|nei|sui) 1%",
        "an article not elided before “uno”",
    ),
    (
        r"\b(il|del|al|dal|nel|sul) (Comunità|Società|Università|Città)\b",
        "a masculine article before a feminine noun in -tà",
    ),
    (
        r"\b(dell|all|dall|nell|sull|l)[’'][BCDFGLMNPQRSTVZbcdfglmnpqrstvz]",
        "an elided article before a consonant",
    ),
    (
        r"\b(il|del|al|dal|nel|sul|i|dei|ai|dai|nei|sui) (Linee|Zone|Unioni|Aziende|Comunità)\b",
        "a masculine article before a feminine noun",
    ),
    (
        r"\b(venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|mille)tre\b",
        "a compound of “tre” without its accent",
    ),
    (
        r"\bla (Coordinatore|Direttore|Sindaco|Segretario|Assessore|Commissario)\b",
        "a feminine article before a masculine title",
    ),
    (
        r"\bogni un[oa]?\b|\bulteriori un[oa]?\b",
        "“ogni un …”, “ulteriori un …”",
    ),
    (r"'", "a straight apostrophe"),
    (r#"""#, "a straight double quote"),
];
