//! Incremental builds: a document is rebuilt when, and only when, a file it
//! is made from changes (a content file it reads, its template, a file of
//! `templates/lib`); an Ambito whose files did not change is not even read.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{ambito, stderr, workspace};

/// Builds, and returns the PDFs written (paths under `out/`) and the summary line.
fn build(dir: &Path) -> (BTreeSet<String>, String) {
    let out = ambito(dir, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let wrote = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("wrote out/"))
        .filter_map(|l| l.split(' ').next())
        .map(str::to_string)
        .collect();
    let summary = stderr(&out).lines().last().unwrap_or_default().to_string();
    (wrote, summary)
}

fn set(paths: &[&str]) -> BTreeSet<String> {
    paths.iter().map(|p| p.to_string()).collect()
}

fn append(path: &Path, text: &str) {
    let mut content = fs::read_to_string(path).unwrap();
    content.push_str(text);
    fs::write(path, content).unwrap();
}

#[test]
fn each_input_rebuilds_exactly_the_documents_made_from_it() {
    let ws = workspace();
    let dir = ws.path();
    let (all, _) = build(dir);
    assert_eq!(all.len(), 14, "{all:?}");

    // A semester's report: that relazione, and the next one, which compares
    // itself with it; no act, no other Ambito.
    append(
        &dir.join("content/corsichese/relazioni/2025-1.yaml"),
        "# nota\n",
    );
    let (wrote, summary) = build(dir);
    assert_eq!(
        wrote,
        set(&[
            "corsichese/relazione-2025-1.pdf",
            "corsichese/relazione-2025-2.pdf"
        ]),
        "{summary}"
    );
    append(
        &dir.join("content/carate-brianza/relazioni/2025-1.yaml"),
        "# nota\n",
    );
    assert_eq!(build(dir).0, set(&["carate-brianza/relazione-2025-1.pdf"]));

    // A file every document of the Ambito reads: all of them, in that Ambito only.
    append(&dir.join("content/carate-brianza/comuni.yaml"), "# nota\n");
    assert_eq!(
        build(dir).0,
        set(&[
            "carate-brianza/commissioni.pdf",
            "carate-brianza/convenzione.pdf",
            "carate-brianza/regolamento.pdf",
            "carate-brianza/relazione-2025-1.pdf"
        ])
    );

    // A shared template: the documents of that kind, in every Ambito.
    append(&dir.join("templates/commissioni.typ.j2"), "{# nota #}\n");
    assert_eq!(
        build(dir).0,
        set(&[
            "carate-brianza/commissioni.pdf",
            "valle-camonica/commissioni.pdf"
        ])
    );

    // An Ambito's own template: its document of that kind only.
    fs::create_dir_all(dir.join("content/lecce/templates")).unwrap();
    fs::write(
        dir.join("content/lecce/templates/regolamento.typ.j2"),
        "{% extends \"regolamento.typ.j2\" %}\n",
    )
    .unwrap();
    assert_eq!(build(dir).0, set(&["lecce/regolamento.pdf"]));

    // The Typst library: every document.
    append(&dir.join("templates/lib/grafici.typ"), "// nota\n");
    assert_eq!(build(dir).0, all);

    // The shared data: every document.
    append(&dir.join("content/_riferimenti/norme.yaml"), "# nota\n");
    assert_eq!(build(dir).0, all);

    // A part a template includes, outside `lib/`: the documents whose
    // template includes it see its changes (they were left stale).
    fs::write(dir.join("templates/nota.j2"), "// prima\n").unwrap();
    append(
        &dir.join("templates/commissioni.typ.j2"),
        "{% include \"nota.j2\" %}\n",
    );
    let (wrote, _) = build(dir);
    assert!(
        wrote.contains("valle-camonica/commissioni.pdf"),
        "{wrote:?}"
    );
    fs::write(dir.join("templates/nota.j2"), "Nota inclusa.\n").unwrap();
    let (wrote, _) = build(dir);
    assert!(
        wrote.contains("valle-camonica/commissioni.pdf"),
        "{wrote:?}"
    );
    assert!(
        common::pdf_text(&dir.join("out/valle-camonica/commissioni.pdf")).contains("Nota inclusa."),
        "the PDF is stale"
    );

    // Nothing: nothing.
    let (wrote, summary) = build(dir);
    assert!(wrote.is_empty(), "{wrote:?}");
    assert!(
        summary.contains("built 0 documents, 14 up to date"),
        "{summary}"
    );
}

#[test]
fn ambiti_whose_files_did_not_change_are_not_read_again() {
    let ws = workspace();
    let dir = ws.path();
    let (_, first) = build(dir);
    assert!(!first.contains("not re-read"), "{first}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("out/manifest.json")).unwrap()).unwrap();
    assert_eq!(
        manifest["ambiti"].as_object().unwrap().len(),
        10,
        "{manifest}"
    );

    let (_, again) = build(dir);
    assert!(
        again.contains("14 up to date (10 Ambiti unchanged, not re-read)"),
        "{again}"
    );

    // One Ambito edited: it alone is read, and its documents rebuilt.
    append(&dir.join("content/lecce/comuni.yaml"), "# nota\n");
    let (wrote, edit) = build(dir);
    assert_eq!(wrote, set(&["lecce/regolamento.pdf"]));
    assert!(
        edit.contains("built 1 document, 13 up to date (9 Ambiti unchanged, not re-read)"),
        "{edit}"
    );

    // An unread Ambito's PDF deleted or altered: that Ambito is read and the
    // PDF rebuilt.
    fs::remove_file(dir.join("out/valle-camonica/commissioni.pdf")).unwrap();
    fs::write(dir.join("out/corsichese/relazione-2025-2.pdf"), b"altro").unwrap();
    let (wrote, repair) = build(dir);
    assert_eq!(
        wrote,
        set(&[
            "corsichese/relazione-2025-2.pdf",
            "valle-camonica/commissioni.pdf"
        ]),
        "{repair}"
    );
    assert!(
        repair.contains("(8 Ambiti unchanged, not re-read)"),
        "{repair}"
    );

    // An error in an Ambito that was not being read is still found: its
    // files changed, so it is read.
    append(
        &dir.join("content/corsichese/comuni.yaml"),
        "chiave_ignota: 1\n",
    );
    let out = ambito(dir, &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("corsichese/comuni.yaml"),
        "{}",
        stderr(&out)
    );

    // --force reads and rebuilds everything else.
    fs::write(
        dir.join("content/corsichese/comuni.yaml"),
        fs::read_to_string(common::repo().join("content/corsichese/comuni.yaml")).unwrap(),
    )
    .unwrap();
    let force = ambito(dir, &["build", "--force"]);
    assert!(
        stderr(&force).contains("built 14 documents, 0 up to date, "),
        "{}",
        stderr(&force)
    );
}
