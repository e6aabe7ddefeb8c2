//! One install: `cargo install --path .`, then a project made from nothing
//! with `ambito init` and `ambito new ambito`, built without any
//! `templates/` folder. A value left to fill in makes the act a draft:
//! BOZZA on every page, `"bozza": true` in the manifest, and refused by
//! `build --definitivo`.
//!
//! `scripts/test.sh` runs `cargo install` into `target/install/` before the
//! tests (sharing the release build); run alone, this test installs there
//! itself, in a target folder of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The `ambito` that `cargo install --path .` put in `target/install/bin`.
fn installed() -> PathBuf {
    let root = manifest().join("target/install");
    let bin = root.join("bin/ambito");
    if !bin.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["install", "--path", ".", "--locked", "--quiet", "--root"])
            .arg(&root)
            .arg("--target-dir")
            .arg(manifest().join("target/install-build"))
            .current_dir(manifest())
            .status()
            .unwrap();
        assert!(status.success(), "cargo install failed");
    }
    bin
}

fn run(bin: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANGUAGE", "en")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: scripts/test.sh installs it");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Rewrites `file` under `dir`, replacing `from` (which must be there) by `to`.
fn replace(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "`{from}` not in {file}:\n{text}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_installed_ambito_makes_a_project_from_nothing_and_marks_its_drafts() {
    let bin = installed();
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path();

    // A project from nothing: no templates anywhere near it.
    let init = run(&bin, p, &["init"]);
    assert!(init.status.success(), "{}", text(&init));
    for file in [
        "content/_riferimenti/norme.yaml",
        "content/_riferimenti/fondi.yaml",
        ".gitignore",
        ".vscode/settings.json",
        ".vscode/extensions.json",
        ".github/workflows/ambito.yml",
        "schemas/comuni.schema.json",
    ] {
        assert!(p.join(file).is_file(), "init did not write {file}");
    }
    assert!(!p.join("templates").exists());
    let again = run(&bin, p, &["init"]);
    assert_eq!(again.status.code(), Some(2), "{}", text(&again));

    let new = run(&bin, p, &["new", "ambito", "prova", "--regione", "puglia"]);
    assert!(new.status.success(), "{}", text(&new));
    let ambito = p.join("content/prova");

    // What is left to fill in is reported, all of it in one run.
    let check = run(&bin, p, &["check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    let said = text(&check);
    assert!(
        said.contains("error[R006]: no Comune or ente with id `da-compilare`"),
        "{said}"
    );
    assert!(
        said.contains("is left by `ambito new` for you to fill in"),
        "{said}"
    );
    assert_eq!(
        said.matches("error[R004]: `data` has no value").count(),
        2,
        "{said}"
    );

    // The office fills it in, but for the convenzione's title.
    std::fs::write(
        ambito.join("comuni.yaml"),
        "- { id: alfa, nome: Alfa, sede: piazza Municipio 1, sindaco: anna-bianchi }\n\
         - { id: beta, nome: Beta, sede: via Roma 2, sindaco: bruno-verdi }\n",
    )
    .unwrap();
    std::fs::write(
        ambito.join("persone.yaml"),
        "- { id: anna-bianchi, nome: Anna, cognome: Bianchi, genere: F }\n\
         - { id: bruno-verdi, nome: Bruno, cognome: Verdi, genere: M }\n",
    )
    .unwrap();
    replace(
        &ambito,
        "ambito.yaml",
        "ente-gestore: da-compilare",
        "ente-gestore: alfa",
    );
    replace(
        &ambito,
        "atti/convenzione.yaml",
        "  data:\n",
        "  data: 2026-03-02\n",
    );
    replace(
        &ambito,
        "atti/convenzione.yaml",
        "  data:\n",
        "  data: 2026-03-16\n",
    );
    replace(
        &ambito,
        "atti/convenzione.yaml",
        "comune: da-compilare",
        "comune: alfa",
    );

    // From a subfolder, the project is found above; out/ goes beside content/.
    let build = run(&bin, &ambito, &["build"]);
    assert!(build.status.success(), "{}", text(&build));
    assert!(text(&build).contains("R049"), "{}", text(&build));
    let pdf = p.join("out/prova/convenzione.pdf");
    let draft = pdftotext(&pdf);
    // On every page: in words in the header, and across the page.
    let pages = draft.matches("pagina ").count();
    assert!(pages >= 1, "{draft}");
    assert_eq!(
        draft.matches("BOZZA – da completare, non firmare").count(),
        pages,
        "{draft}"
    );
    assert!(draft.contains("DA COMPILARE"), "{draft}");
    assert!(
        draft.contains("Alfa") && draft.contains("Bianchi"),
        "{draft}"
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(p.join("out/manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["documenti"][0]["bozza"], true, "{manifest}");

    // For signature, a draft is refused.
    let definitivo = run(&bin, p, &["build", "--definitivo"]);
    assert_eq!(definitivo.status.code(), Some(1), "{}", text(&definitivo));
    assert!(text(&definitivo).contains("draft"), "{}", text(&definitivo));

    // Once the title is written, it is built for signature, with no mark.
    replace(
        &ambito,
        "atti/convenzione.yaml",
        "DA COMPILARE: il titolo della convenzione",
        "Convenzione per la gestione associata dei servizi sociali",
    );
    let built = run(&bin, p, &["build", "--definitivo"]);
    assert!(built.status.success(), "{}", text(&built));
    assert!(!text(&built).contains("R049"), "{}", text(&built));
    let signed = pdftotext(&pdf);
    assert!(!signed.contains("BOZZA"), "{signed}");
    assert!(signed.contains("gestione associata"), "{signed}");
    let manifest = std::fs::read_to_string(p.join("out/manifest.json")).unwrap();
    assert!(!manifest.contains("bozza"), "{manifest}");

    // --ambito restricts a command to one Ambito, and names a wrong one.
    let only = run(&bin, p, &["check", "--ambito", "prova"]);
    assert!(only.status.success(), "{}", text(&only));
    let wrong = run(&bin, p, &["check", "--ambito", "prov"]);
    assert_eq!(wrong.status.code(), Some(2), "{}", text(&wrong));
    assert!(
        text(&wrong).contains("did you mean `prova`?"),
        "{}",
        text(&wrong)
    );

    // Outside any project: a usage error that says what to do.
    let elsewhere = tempfile::tempdir().unwrap();
    let none = run(&bin, elsewhere.path(), &["check"]);
    assert_eq!(none.status.code(), Some(2), "{}", text(&none));
    assert!(text(&none).contains("ambito init"), "{}", text(&none));
}
