//! Incremental builds: a document is rebuilt when, and only when, what Typst
//! is given for it changes (a value it prints, its template's output, a file
//! of `templates/lib`); an Ambito whose files did not change is not even read.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{ambito, stderr, workspace};

/// Builds, and returns the PDFs written (paths under `out/`) and the summary line.
/// Builds; returns the acts written (their copies for publication are left
/// out: tests/publication.rs looks at them) and the summary line.
fn build(dir: &Path) -> (BTreeSet<String>, String) {
    let out = ambito(dir, &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("wrote out/"))
        .filter_map(|l| l.split(' ').next())
        .map(str::to_string)
        .collect();
    let wrote = written
        .into_iter()
        .filter(|p| !p.contains("/pubblicazione/"))
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

/// Replaces the one occurrence of `from` in the file at `path`.
fn edit(path: &Path, from: &str, to: &str) {
    let content = fs::read_to_string(path).unwrap();
    assert_eq!(content.matches(from).count(), 1, "{from} in {path:?}");
    fs::write(path, content.replace(from, to)).unwrap();
}

#[test]
fn a_comment_rebuilds_nothing_and_a_key_rebuilds_the_documents_that_print_it() {
    let ws = workspace();
    let dir = ws.path();
    let (all, _) = build(dir);
    assert_eq!(all.len(), 14, "{all:?}");

    // Comments, in every file of an Ambito, in the shared data and in a
    // template: the documents would be the same, so none is rebuilt.
    for file in fs::read_dir(dir.join("content/carate-brianza"))
        .unwrap()
        .chain(fs::read_dir(dir.join("content/carate-brianza/atti")).unwrap())
        .chain(fs::read_dir(dir.join("content/_riferimenti")).unwrap())
    {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            append(&path, "# nota\n");
        }
    }
    let template = dir.join("templates/commissioni.typ.j2");
    let text = fs::read_to_string(&template).unwrap();
    fs::write(&template, format!("{{# nota #}}{text}")).unwrap();
    let (wrote, summary) = build(dir);
    assert!(wrote.is_empty(), "{wrote:?}");
    assert!(
        summary.contains("built 0 documents, 28 up to date"),
        "{summary}"
    );

    // The regolamento's own key (the number of its approving deliberation):
    // the regolamento, nothing else of the Ambito.
    edit(
        &dir.join("content/carate-brianza/atti/regolamento.yaml"),
        "numero: 7,",
        "numero: 8,",
    );
    assert_eq!(build(dir).0, set(&["carate-brianza/regolamento.pdf"]));
    let text = common::pdf_text(&dir.join("out/carate-brianza/regolamento.pdf"));
    assert!(text.contains("n. 8"), "{text}");

    // A body's duty, which only the composition of the bodies prints: that
    // document, not the convenzione.
    edit(
        &dir.join("content/carate-brianza/organi.yaml"),
        "esprime pareri sulla programmazione zonale",
        "esprime pareri motivati sulla programmazione zonale",
    );
    assert_eq!(build(dir).0, set(&["carate-brianza/commissioni.pdf"]));

    // A shared template's text: the documents of that kind, in every Ambito.
    append(
        &dir.join("templates/commissioni.typ.j2"),
        "Nota in calce.\n",
    );
    assert_eq!(
        build(dir).0,
        set(&[
            "carate-brianza/commissioni.pdf",
            "valle-camonica/commissioni.pdf"
        ])
    );

    // An Ambito's own template that changes nothing: nothing.
    fs::create_dir_all(dir.join("content/lecce/templates")).unwrap();
    fs::write(
        dir.join("content/lecce/templates/regolamento.typ.j2"),
        "{% extends \"regolamento.typ.j2\" %}\n",
    )
    .unwrap();
    assert!(build(dir).0.is_empty());

    // The Typst library, which every document imports: every document.
    append(&dir.join("templates/lib/grafici.typ"), "// nota\n");
    assert_eq!(build(dir).0, all);

    // A part a template includes, outside `lib/`: the documents whose
    // template includes it see its changes.
    fs::write(dir.join("templates/nota.j2"), "// prima\n").unwrap();
    append(
        &dir.join("templates/commissioni.typ.j2"),
        "{% include \"nota.j2\" %}\n",
    );
    build(dir);
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
        summary.contains("built 0 documents, 28 up to date"),
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
        again.contains("28 up to date (10 Ambiti unchanged, not re-read)"),
        "{again}"
    );

    // One Ambito edited: it alone is read; a comment rebuilds nothing.
    append(&dir.join("content/lecce/comuni.yaml"), "# nota\n");
    let (wrote, edit) = build(dir);
    assert!(wrote.is_empty(), "{wrote:?}");
    assert!(
        edit.contains("built 0 documents, 28 up to date (9 Ambiti unchanged, not re-read)"),
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
        stderr(&force).contains("built 28 documents, 0 up to date, "),
        "{}",
        stderr(&force)
    );
}
