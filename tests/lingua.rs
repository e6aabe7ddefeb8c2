//! The tool speaks Italian unless asked for English: the same mistakes give
//! the same diagnostics (codes, files, lines, columns) in both languages,
//! with messages and hints in the language the environment asks for.

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::workspace;

/// Runs `ambito args` in `dir` with `LANG=lang` and no other locale
/// variable, as on a machine set up for that language.
fn run(dir: &Path, lang: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ambito"))
        .current_dir(dir)
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Three misspelt keys and a date written `gg/mm/aaaa`, in one file.
fn four_mistakes() -> tempfile::TempDir {
    let ws = workspace();
    let path = ws
        .path()
        .join("content/carate-brianza/atti/regolamento.yaml");
    let t = fs::read_to_string(&path).unwrap();
    let t = t.replacen("titolo:", "titlo:", 1);
    let t = t.replacen("organo:", "orgnao:", 1);
    let t = t.replacen("numero:", "nummero:", 1);
    let at = t.find("data: 20").unwrap() + "data: ".len();
    let t = format!("{}29/07/2010{}", &t[..at], &t[at + "2010-07-29".len()..]);
    fs::write(&path, t).unwrap();
    ws
}

/// (code, line, column, message, hint) of each diagnostic of `--format json`.
fn diagnostics(out: &Output) -> Vec<(String, u64, u64, String, String)> {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
                d["hint"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn four_mistakes_are_four_diagnostics_in_italian_and_the_same_in_english() {
    let ws = four_mistakes();
    let italiano = run(ws.path(), "it_IT.UTF-8", &["check"]);
    assert_eq!(italiano.status.code(), Some(1));
    let err = String::from_utf8_lossy(&italiano.stderr);
    let file = "content/carate-brianza/atti/regolamento.yaml:";
    assert_eq!(err.lines().filter(|l| l.contains(file)).count(), 4, "{err}");
    assert_eq!(err.matches("errore[R002]").count(), 3, "{err}");
    assert_eq!(err.matches("errore[R004]").count(), 1, "{err}");
    for right in ["titolo", "organo", "numero"] {
        let hint = format!("suggerimento: forse si intendeva `{right}`?");
        assert!(err.contains(&hint), "{err}");
    }
    assert!(err.contains("aaaa-mm-gg"), "{err}");
    assert!(err.contains("controllati 10 Ambiti: 4 errori"), "{err}");
    assert!(!err.contains("unknown key"), "{err}");

    // The C locale, or none, is Italian too.
    let c = run(ws.path(), "C.UTF-8", &["check"]);
    assert_eq!(c.stderr, italiano.stderr);

    let english = run(ws.path(), "en_US.UTF-8", &["check"]);
    assert_eq!(english.status.code(), Some(1));
    let err = String::from_utf8_lossy(&english.stderr);
    for (key, right) in [
        ("titlo", "titolo"),
        ("orgnao", "organo"),
        ("nummero", "numero"),
    ] {
        assert!(
            err.contains(&format!("error[R002]: unknown key `{key}`")),
            "{err}"
        );
        assert!(
            err.contains(&format!("hint: did you mean `{right}`?")),
            "{err}"
        );
    }
    assert!(err.contains("error[R004]: `29/07/2010`"), "{err}");
    assert!(err.contains("checked 10 Ambiti: 4 errors"), "{err}");

    // Same codes at the same places, each with a hint; only the words differ.
    let it = diagnostics(&run(
        ws.path(),
        "it_IT.UTF-8",
        &["check", "--format", "json"],
    ));
    let en = diagnostics(&run(
        ws.path(),
        "en_US.UTF-8",
        &["check", "--format", "json"],
    ));
    assert_eq!(it.len(), 4, "{it:#?}");
    assert_eq!(en.len(), 4, "{en:#?}");
    for (i, e) in it.iter().zip(&en) {
        assert_eq!((&i.0, i.1, i.2), (&e.0, e.1, e.2));
        assert!(!i.4.is_empty() && !e.4.is_empty(), "{i:?} {e:?}");
        assert_ne!(i.3, e.3, "the message is not translated");
        assert_ne!(i.4, e.4, "the hint is not translated");
    }
}

#[test]
fn lang_flag_wins_over_the_environment_and_help_follows_it() {
    let ws = four_mistakes();
    let out = run(ws.path(), "it_IT.UTF-8", &["check", "--lang", "en"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error[R002]: unknown key `titlo`"), "{err}");

    let help = run(
        ws.path(),
        "en_US.UTF-8",
        &["--lang", "it", "build", "--help"],
    );
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Uso: ambito build"), "{text}");
    assert!(text.contains("Opzioni:"), "{text}");
    assert!(text.contains("Esempi:"), "{text}");
    assert!(!text.contains("Options:"), "{text}");

    let help = run(ws.path(), "en_US.UTF-8", &["build", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Usage: ambito build"), "{text}");
    assert!(text.contains("Examples:"), "{text}");

    // explain prints the Italian catalogue by default, the English on request.
    let it = run(ws.path(), "it_IT.UTF-8", &["explain", "R002"]);
    let en = run(
        ws.path(),
        "it_IT.UTF-8",
        &["explain", "R002", "--lang", "en"],
    );
    let (it, en) = (
        String::from_utf8_lossy(&it.stdout),
        String::from_utf8_lossy(&en.stdout),
    );
    assert!(it.starts_with("## R002 — "), "{it}");
    assert!(en.starts_with("## R002 — unknown key"), "{en}");
    assert_ne!(it, en);
}
