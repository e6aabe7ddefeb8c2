//! Editing the YAML: scaffolding a new Ambito and the next relazione, the
//! list of what a build would do, and watch rebuilding what a save affects.

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{ambito, pdf_text, stderr, workspace};

#[test]
fn a_new_ambito_speaks_its_region_and_form_and_invents_no_name() {
    let ws = workspace();
    let out = ambito(
        ws.path(),
        &[
            "new",
            "ambito",
            "alto-garda",
            "--regione",
            "trento",
            "--forma",
            "comunita-montana",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("content/alto-garda/ambito.yaml"));
    let yaml = fs::read_to_string(ws.path().join("content/alto-garda/ambito.yaml")).unwrap();
    for fact in [
        "regione: trento",
        "forma: comunita-montana",
        "ente-gestore: da-compilare",
    ] {
        assert!(yaml.contains(fact), "{fact}\n{yaml}");
    }
    let enti = fs::read_to_string(ws.path().join("content/alto-garda/enti.yaml")).unwrap();
    assert!(enti.contains("tipo: comunita-montana"), "{enti}");
    // Nothing invented: check fails, at the value left to fill in.
    let check = ambito(ws.path(), &["check", "--format", "json"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report.contains("\"R006\"") && report.contains("alto-garda/ambito.yaml"),
        "{report}"
    );
    // Again, with a bad id, region or form: refused, nothing overwritten.
    for args in [
        vec!["new", "ambito", "alto-garda", "--regione", "trento"],
        vec!["new", "ambito", "Alto Garda", "--regione", "trento"],
        vec!["new", "ambito", "nuovo", "--regione", "padania"],
    ] {
        assert_eq!(ambito(ws.path(), &args).status.code(), Some(2), "{args:?}");
    }
    assert_ne!(
        ambito(
            ws.path(),
            &[
                "new",
                "ambito",
                "nuovo",
                "--regione",
                "puglia",
                "--forma",
                "feudo"
            ]
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn the_next_relazione_is_prefilled_from_the_plan_and_the_previous_semester() {
    let ws = workspace();
    // Start again from the first semester only.
    fs::remove_file(ws.path().join("content/corsichese/relazioni/2025-2.yaml")).unwrap();
    let out = ambito(ws.path(), &["new", "relazione", "corsichese", "2025-2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text =
        fs::read_to_string(ws.path().join("content/corsichese/relazioni/2025-2.yaml")).unwrap();
    // Every objective and indicator of the plan, every fund of its budget.
    for id in [
        "accesso",
        "fragilita",
        "abitare",
        "sportelli",
        "piani-assistenza",
        "caregiver",
        "contributi-affitto",
        "fnps",
        "fsr",
        "fondo-poverta",
        "risorse-comunali",
    ] {
        assert!(text.contains(id), "{id}:\n{text}");
    }
    // The previous semester's activities, and its indicator values (cumulative in the year).
    assert!(
        text.contains("nuovo modulo unico di domanda per i servizi di Ambito"),
        "{text}"
    );
    assert!(
        text.contains("{ indicatore: sportelli, valore: 910 }"),
        "{text}"
    );
    assert!(text.contains("data: 2026-01-01"), "{text}");
    let check = ambito(ws.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    // It exists now: a second call refuses to overwrite it.
    assert_eq!(
        ambito(ws.path(), &["new", "relazione", "corsichese", "2025-2"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        ambito(ws.path(), &["new", "relazione", "corsichese", "2025-3"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn list_says_what_a_build_would_do() {
    let ws = workspace();
    let before = ambito(ws.path(), &["list"]);
    let text = String::from_utf8_lossy(&before.stdout).into_owned();
    assert_eq!(text.lines().count(), 14, "{text}");
    assert!(text.lines().all(|l| l.ends_with("da costruire")), "{text}");
    assert!(
        text.contains("corsichese")
            && text.contains("relazione")
            && text.contains("2025-2")
            && text.contains("out/corsichese/relazione-2025-2.pdf"),
        "{text}"
    );
    assert!(ambito(ws.path(), &["build"]).status.success());
    let after = String::from_utf8_lossy(&ambito(ws.path(), &["list"]).stdout).into_owned();
    assert!(after.lines().all(|l| l.ends_with("aggiornato")), "{after}");
    // An address no document prints: still up to date.
    let path = ws.path().join("content/lecce/comuni.yaml");
    let t = fs::read_to_string(&path).unwrap();
    fs::write(&path, t.replace("via Rubichi 16", "via Rubichi 18")).unwrap();
    let same = String::from_utf8_lossy(&ambito(ws.path(), &["list"]).stdout).into_owned();
    assert!(same.lines().all(|l| l.ends_with("aggiornato")), "{same}");
    // The term of the Responsabile, which the regolamento prints.
    let path = ws.path().join("content/lecce/atti/regolamento.yaml");
    let t = fs::read_to_string(&path).unwrap();
    fs::write(&path, t.replace("durata-anni: 3", "durata-anni: 4")).unwrap();
    let changed = String::from_utf8_lossy(&ambito(ws.path(), &["list"]).stdout).into_owned();
    let stale: Vec<&str> = changed
        .lines()
        .filter(|l| l.ends_with("da aggiornare"))
        .collect();
    assert_eq!(stale.len(), 1, "{changed}");
    assert!(stale[0].starts_with("lecce"), "{changed}");
}

#[test]
fn watch_rebuilds_what_a_saved_file_affects() {
    let ws = workspace();
    let mut child = common::bin()
        .args(["watch", "--debounce", "100"])
        .current_dir(ws.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    let out_tx = tx.clone();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = out_tx.send(line);
        }
    });
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Collects lines until one satisfies `done`, within a deadline.
    let wait = |done: &dyn Fn(&str) -> bool| -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
                let stop = done(&line);
                seen.push(line);
                if stop {
                    return seen;
                }
            }
        }
        panic!("timed out; saw:\n{}", seen.join("\n"));
    };
    let first = wait(&|l| l.contains("watching"));
    assert!(
        first
            .iter()
            .any(|l| l.contains("wrote out/lecce/regolamento.pdf")),
        "{first:?}"
    );

    let path = ws.path().join("content/lecce/ufficio-di-piano.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("via San Massimiliano Kolbe", "via San Massimiliano Kolbe 2"),
    )
    .unwrap();
    let second = wait(&|l| l.contains("watching"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        second
            .iter()
            .any(|l| l.contains("changed") && l.contains("ufficio-di-piano.yaml")),
        "{second:?}"
    );
    let wrote: Vec<&String> = second.iter().filter(|l| l.starts_with("wrote ")).collect();
    // The regolamento and its copy for publication.
    assert_eq!(
        wrote.len(),
        2,
        "only Lecce's document is rebuilt: {second:?}"
    );
    assert!(wrote[0].contains("out/lecce/regolamento.pdf"));
    let pdf = pdf_text(&ws.path().join("out/lecce/regolamento.pdf"));
    assert!(pdf.contains("via San Massimiliano Kolbe 2"), "{pdf}");
}

/// A plan's title with a carriage return (written `\r` in YAML) once put a
/// key of its own into the new relazione's YAML, through the comment that
/// names the objective. The comment now keeps it on its line.
#[test]
fn new_relazione_writes_no_value_as_yaml() {
    let ws = workspace();
    fs::remove_file(ws.path().join("content/corsichese/relazioni/2025-2.yaml")).unwrap();
    let piano = ws.path().join("content/corsichese/piano.yaml");
    let text = fs::read_to_string(&piano).unwrap();
    fs::write(
        &piano,
        text.replace(
            "titolo: Accesso unico ai servizi sociali",
            "titolo: \"Accesso unico\\rutenti: 999\\u2028spesa: []\"",
        ),
    )
    .unwrap();
    assert_eq!(ambito(ws.path(), &["check"]).status.code(), Some(0));
    let out = ambito(ws.path(), &["new", "relazione", "corsichese", "2025-2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written =
        fs::read_to_string(ws.path().join("content/corsichese/relazioni/2025-2.yaml")).unwrap();
    assert!(!written.contains('\r'), "{written:?}");
    let line = written
        .lines()
        .find(|l| l.contains("Accesso unico"))
        .unwrap();
    assert!(
        line.contains("# Accesso unico utenti: 999 spesa: []"),
        "{line}"
    );
    let check = ambito(ws.path(), &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}
