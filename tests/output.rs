//! Output that can be trusted: a build killed half-way leaves no truncated
//! PDF and every earlier PDF whole; the same content gives the same bytes,
//! wherever it is built from.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::{ambito, stderr, workspace};

/// Every PDF under `out`: the acts and their copies for publication.
fn pdfs(out: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = common::walk(out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    found.sort();
    found
}

/// A PDF written whole: the header, the end-of-file marker, and poppler reads it.
fn whole(pdf: &Path) -> bool {
    let bytes = fs::read(pdf).unwrap();
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    bytes.starts_with(b"%PDF-")
        && tail.windows(5).any(|w| w == b"%%EOF")
        && Command::new("pdftotext")
            .arg(pdf)
            .arg("/dev/null")
            .status()
            .is_ok_and(|s| s.success())
}

#[test]
fn a_build_killed_half_way_leaves_no_truncated_pdf() {
    let ws = workspace();
    let out_dir = ws.path().join("out");
    let first = ambito(ws.path(), &["build"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let earlier: Vec<(PathBuf, Vec<u8>)> = pdfs(&out_dir)
        .into_iter()
        .map(|p| {
            let b = fs::read(&p).unwrap();
            (p, b)
        })
        .collect();

    // Change every document of Carate Brianza, then kill builds at varied moments.
    let path = ws.path().join("content/carate-brianza/ambito.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace(
            "Ambito territoriale sociale di Carate Brianza",
            "Ambito sociale di Carate Brianza",
        ),
    )
    .unwrap();
    for delay_ms in [5, 20, 40, 80, 120, 200] {
        let mut child = common::bin()
            .arg("build")
            .current_dir(ws.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        for pdf in pdfs(&out_dir) {
            let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".pdf") {
                assert!(
                    whole(&pdf),
                    "after a kill at {delay_ms} ms, {} is not whole",
                    pdf.display()
                );
            } else {
                assert!(
                    name.starts_with(".ambito-") && name.ends_with(".tmp"),
                    "unexpected {name}"
                );
            }
        }
        // The PDFs of the other Ambiti are the earlier ones, byte for byte.
        for (p, bytes) in &earlier {
            if !p.to_string_lossy().contains("carate-brianza") {
                assert_eq!(&fs::read(p).unwrap(), bytes, "{} changed", p.display());
            }
        }
        // The manifest, if present, is whole and names only whole files.
        let manifest: serde_json::Value =
            serde_json::from_slice(&fs::read(out_dir.join("manifest.json")).unwrap()).unwrap();
        for doc in manifest["documenti"].as_array().unwrap() {
            let p = out_dir.join(doc["path"].as_str().unwrap());
            assert!(whole(&p), "{}", p.display());
        }
    }
    // The next build completes and clears what the killed ones left.
    let last = ambito(ws.path(), &["build"]);
    assert!(last.status.success(), "{}", stderr(&last));
    for pdf in pdfs(&out_dir) {
        assert!(
            pdf.extension().is_some_and(|e| e == "pdf"),
            "left over: {}",
            pdf.display()
        );
        assert!(whole(&pdf));
    }
}

#[test]
fn the_same_content_gives_the_same_bytes_from_two_folders() {
    let (a, b) = (workspace(), workspace());
    for ws in [&a, &b] {
        let out = ambito(ws.path(), &["build"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let (out_a, out_b) = (a.path().join("out"), b.path().join("out"));
    let files_a: Vec<_> = pdfs(&out_a)
        .iter()
        .map(|p| p.strip_prefix(&out_a).unwrap().to_path_buf())
        .collect();
    let files_b: Vec<_> = pdfs(&out_b)
        .iter()
        .map(|p| p.strip_prefix(&out_b).unwrap().to_path_buf())
        .collect();
    assert_eq!(files_a, files_b);
    assert_eq!(files_a.len(), 28);
    for rel in files_a
        .iter()
        .map(PathBuf::as_path)
        .chain([Path::new("manifest.json")])
    {
        assert_eq!(
            fs::read(out_a.join(rel)).unwrap(),
            fs::read(out_b.join(rel)).unwrap(),
            "{} differs between two folders",
            rel.display()
        );
    }
    // No machine path or build time leaks into the output.
    for pdf in pdfs(&out_a) {
        let raw = String::from_utf8_lossy(&fs::read(pdf).unwrap()).into_owned();
        assert!(!raw.contains(&a.path().to_string_lossy().into_owned()));
        assert!(!raw.contains("/tmp/"));
    }
}

#[test]
fn an_unchanged_document_is_skipped_and_one_edit_rebuilds_only_its_ambito() {
    let ws = workspace();
    let first = ambito(ws.path(), &["build"]);
    assert!(
        stderr(&first).contains("built 28 documents, 0 up to date"),
        "{}",
        stderr(&first)
    );
    let again = ambito(ws.path(), &["build"]);
    assert!(again.status.success());
    assert!(
        stderr(&again).contains("built 0 documents, 28 up to date"),
        "{}",
        stderr(&again)
    );
    assert!(String::from_utf8_lossy(&again.stdout).is_empty());

    let path = ws.path().join("content/lecce/atti/regolamento.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("durata-anni: 3", "durata-anni: 4")).unwrap();
    let edit = ambito(ws.path(), &["build"]);
    let wrote = String::from_utf8_lossy(&edit.stdout).into_owned();
    // The regolamento and its copy for publication.
    assert_eq!(wrote.lines().count(), 2, "{wrote}");
    assert!(wrote.contains("out/lecce/regolamento.pdf"), "{wrote}");
    assert!(
        wrote.contains("out/lecce/pubblicazione/regolamento.pdf"),
        "{wrote}"
    );
    assert!(
        stderr(&edit).contains("built 2 documents, 26 up to date"),
        "{}",
        stderr(&edit)
    );

    // A PDF changed behind the tool's back is rebuilt; --force rebuilds all.
    fs::write(
        ws.path().join("out/corsichese/relazione-2025-1.pdf"),
        b"altered",
    )
    .unwrap();
    let repair = ambito(ws.path(), &["build"]);
    assert!(
        stderr(&repair).contains("built 1 document, 27 up to date"),
        "{}",
        stderr(&repair)
    );
    let force = ambito(ws.path(), &["build", "--force"]);
    assert!(
        stderr(&force).contains("built 28 documents, 0 up to date"),
        "{}",
        stderr(&force)
    );
    let verify = ambito(ws.path(), &["verify"]);
    assert_eq!(verify.status.code(), Some(0), "{}", stderr(&verify));
}

#[test]
fn one_thread_and_two_give_the_same_bytes() {
    let (a, b) = (workspace(), workspace());
    assert!(ambito(a.path(), &["build", "--jobs", "1"]).status.success());
    assert!(ambito(b.path(), &["build", "--jobs", "2"]).status.success());
    for pdf in pdfs(&a.path().join("out")) {
        let rel = pdf.strip_prefix(a.path()).unwrap();
        assert_eq!(
            fs::read(&pdf).unwrap(),
            fs::read(b.path().join(rel)).unwrap(),
            "{}",
            rel.display()
        );
    }
    assert_eq!(
        fs::read(a.path().join("out/manifest.json")).unwrap(),
        fs::read(b.path().join("out/manifest.json")).unwrap()
    );
}
