//! Signature fields and signed acts, as an office works: build, fill each
//! signature field in turn with pyHanko (two signers), validate both
//! signatures, put the signed act back in `out/`, change the act's YAML and
//! build again. The signed act is never touched; the new version is beside
//! it; `verify` and `list` say so.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{ambito, pdftotext, repo, stderr, workspace};

/// pyHanko fills the first `n` empty fields of `pdf` into `signed`; its
/// report (fields listed, signatures validated).
fn fill(pdf: &Path, signed: &Path, n: usize) -> String {
    let out = Command::new("python3")
        .arg(repo().join("tests/pades/fill_fields.py"))
        .arg(pdf)
        .arg(signed)
        .arg(n.to_string())
        .arg(repo().join("fonts/DejaVuSans.ttf"))
        .output()
        .expect("python3 (scripts/test.sh installs pyHanko)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}: {text}{}",
        pdf.display(),
        stderr(&out)
    );
    text
}

/// The fields pyHanko lists: (name, page, [x0, y0, x1, y1]).
fn fields(report: &str) -> Vec<(String, usize, Vec<f64>)> {
    report
        .lines()
        .filter_map(|l| l.strip_prefix("field '"))
        .map(|l| {
            let (name, rest) = l.split_once("' page ").unwrap();
            let (page, rest) = rest.split_once(" rect [").unwrap();
            let (rect, _) = rest.split_once(']').unwrap();
            let rect = rect.split(", ").map(|v| v.parse().unwrap()).collect();
            (name.to_string(), page.parse().unwrap(), rect)
        })
        .collect()
}

fn stdout(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = ambito(dir, args);
    (
        out.status.code(),
        format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out)),
    )
}

#[test]
fn every_act_offers_one_field_per_signatory_on_its_block() {
    let ws = workspace();
    assert!(ambito(ws.path(), &["build"]).status.success());
    let out = ws.path().join("out");
    let cases: [(&str, &[&str]); 4] = [
        (
            "carate-brianza/convenzione.pdf",
            &[
                "Vanessa Gallo",
                "Emanuele Pozzoli",
                "Luciano Casiraghi",
                "Antonio Verbicaro",
                "Luca Veggian",
                "Laura Borella",
                "Franco Redaelli",
                "Claudio Zoia",
                "Barbara Magni",
                "Pietro Giovanni Cicardi",
                "Marco Merlini",
                "Luigi Alessandro Dittonghi",
                "Samuele Consonni",
            ],
        ),
        (
            "lecce/regolamento.pdf",
            &["Carlo Salvemini", "Maria Rosaria Negro"],
        ),
        ("corsichese/relazione-2025-2.pdf", &["Roberta Villa"]),
        ("valle-camonica/commissioni.pdf", &[]),
    ];
    for (file, names) in cases {
        let pdf = out.join(file);
        let dir = tempfile::tempdir().unwrap();
        // Listing needs no signature: fill 0 fields.
        let report = fill(&pdf, &dir.path().join("x.pdf"), 0);
        let found = fields(&report);
        let found_names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found_names, names, "{file}\n{report}");
        // Each field covers its signatory's name on the page (pdftotext's y
        // runs from the top; the page is A4, 841.89 points high).
        for (name, page, rect) in &found {
            let page_arg = page.to_string();
            let bbox = pdftotext(
                &pdf,
                &["-bbox", "-f", page_arg.as_str(), "-l", page_arg.as_str()],
            );
            let first = name.split(' ').next().unwrap();
            let word = bbox
                .lines()
                .filter(|l| l.contains(&format!(">{first}<")))
                .map(|l| {
                    let num = |key: &str| -> f64 {
                        let at = l.find(key).unwrap() + key.len();
                        l[at..].split('"').next().unwrap().parse().unwrap()
                    };
                    (num("xMin=\""), 841.89 - num("yMax=\""))
                })
                .find(|(x, y)| *x >= rect[0] && *x <= rect[2] && *y >= rect[1] && *y <= rect[3]);
            assert!(
                word.is_some(),
                "{file}: the field of {name} (page {page}, {rect:?}) is not on the name"
            );
        }
        assert!(
            report.contains(&format!(
                "tu 'Firma di {}",
                names.first().copied().unwrap_or("")
            )) || names.is_empty(),
            "{report}"
        );
    }
}

#[test]
fn a_signed_act_is_kept_and_its_new_version_goes_beside_it() {
    let ws = workspace();
    let (code, text) = stdout(ws.path(), &["build"]);
    assert_eq!(code, Some(0), "{text}");
    let out = ws.path().join("out");
    let act = out.join("carate-brianza/convenzione.pdf");

    // Two Sindaci sign, one after the other, in their own fields.
    let signed = ws.path().join("firmato.pdf");
    let report = fill(&act, &signed, 2);
    assert!(
        report.contains("signed 'Vanessa Gallo': intact, valid, trusted"),
        "{report}"
    );
    assert!(
        report.contains("signed 'Emanuele Pozzoli': intact, valid, trusted"),
        "{report}"
    );
    assert!(report.contains("the built PDF is a prefix"), "{report}");
    fs::copy(&signed, &act).unwrap();
    let signed_bytes = fs::read(&act).unwrap();
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&act)
        .output()
        .unwrap();
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );

    // Recognised as signed, up to date, and kept by any build.
    let (code, text) = stdout(ws.path(), &["verify"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("signed   out/carate-brianza/convenzione.pdf (2 signatures)"),
        "{text}"
    );
    let (code, text) = stdout(ws.path(), &["list"]);
    assert_eq!(code, Some(0));
    assert!(
        text.lines()
            .any(|l| l.contains("out/carate-brianza/convenzione.pdf")
                && l.ends_with("firmato (2 firme)")),
        "{text}"
    );
    for args in [&["build"][..], &["build", "--force"][..]] {
        let (code, text) = stdout(ws.path(), args);
        assert_eq!(code, Some(0), "{text}");
        assert_eq!(fs::read(&act).unwrap(), signed_bytes, "{args:?} touched it");
        assert!(!out.join("carate-brianza/convenzione.v2.pdf").exists());
    }

    // The act changes: the signed file stays, byte for byte; the new
    // version is beside it, with its own empty fields.
    let yaml = ws
        .path()
        .join("content/carate-brianza/atti/convenzione.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(
        &yaml,
        text.replace("scadenza: 2028-12-31", "scadenza: 2029-12-31"),
    )
    .unwrap();
    let (code, text) = stdout(ws.path(), &["build"]);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(fs::read(&act).unwrap(), signed_bytes);
    let v2 = out.join("carate-brianza/convenzione.v2.pdf");
    assert!(v2.is_file(), "{text}");
    assert!(
        common::pdf_text(&v2).contains("31 dicembre 2029"),
        "the new version has the new date"
    );
    assert!(common::pdf_text(&act).contains("31 dicembre 2028"));
    assert!(text.contains("convenzione.v2.pdf"), "{text}");

    let (code, text) = stdout(ws.path(), &["verify"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(
            "signed   out/carate-brianza/convenzione.pdf (2 signatures; superseded by out/carate-brianza/convenzione.v2.pdf)"
        ),
        "{text}"
    );
    let (_, text) = stdout(ws.path(), &["list"]);
    let line = |path: &str| {
        text.lines()
            .find(|l| l.contains(path))
            .unwrap_or_else(|| panic!("{path} not listed:\n{text}"))
            .to_string()
    };
    assert!(line("convenzione.v2.pdf").ends_with("aggiornato"), "{text}");
    assert!(
        line("carate-brianza/convenzione.pdf ")
            .ends_with("firmato (2 firme), sostituito da carate-brianza/convenzione.v2.pdf"),
        "{text}"
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let entry = |path: &str| {
        manifest["documenti"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["path"] == path)
            .unwrap()
            .clone()
    };
    let old = entry("carate-brianza/convenzione.pdf");
    assert_eq!(old["firmato"]["firme"], 2);
    assert_eq!(old["sostituito_da"], "carate-brianza/convenzione.v2.pdf");
    assert_eq!(
        entry("carate-brianza/convenzione.v2.pdf")["sostituisce"],
        "carate-brianza/convenzione.pdf"
    );

    // The new version is signed in turn, and the next change goes to v3.
    let report = fill(&v2, &signed, 1);
    assert!(report.contains("field 'Vanessa Gallo' page"), "{report}");
    fs::copy(&signed, &v2).unwrap();
    let v2_bytes = fs::read(&v2).unwrap();
    fs::write(
        &yaml,
        text_of(&yaml).replace("scadenza: 2029-12-31", "scadenza: 2030-12-31"),
    )
    .unwrap();
    let (code, text) = stdout(ws.path(), &["build", "--force"]);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(fs::read(&act).unwrap(), signed_bytes);
    assert_eq!(fs::read(&v2).unwrap(), v2_bytes);
    assert!(out.join("carate-brianza/convenzione.v3.pdf").is_file());
    let (code, text) = stdout(ws.path(), &["verify"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("convenzione.v2.pdf (1 signature; superseded by"),
        "{text}"
    );
}

#[test]
fn a_signed_file_the_manifest_does_not_know_is_not_overwritten() {
    let ws = workspace();
    assert!(ambito(ws.path(), &["build"]).status.success());
    let out = ws.path().join("out");
    let act = out.join("lecce/regolamento.pdf");
    let signed = ws.path().join("firmato.pdf");
    fill(&act, &signed, 1);
    fs::copy(&signed, &act).unwrap();
    let bytes = fs::read(&act).unwrap();
    // The manifest is lost: the signature alone protects the file.
    fs::remove_file(out.join("manifest.json")).unwrap();
    let (code, text) = stdout(ws.path(), &["build", "--force"]);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(fs::read(&act).unwrap(), bytes);
    assert!(out.join("lecce/regolamento.v2.pdf").is_file(), "{text}");
}

fn text_of(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}
