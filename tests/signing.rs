//! Signed-ready PDFs: every generated PDF passes independent checks (qpdf,
//! its XMP identification, pdffonts), carries its signature blocks and the
//! digital-signature clause, survives two PAdES signatures in sequence with
//! pyHanko, and matches its manifest (`ambito verify`).

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use common::{ambito, built, repo, stderr, workspace};

fn every_pdf() -> Vec<PathBuf> {
    let out = &built().out;
    let mut found = Vec::new();
    for dir in fs::read_dir(out).unwrap().flatten() {
        if dir.path().is_dir() {
            for f in fs::read_dir(dir.path()).unwrap().flatten() {
                if f.path().extension().is_some_and(|e| e == "pdf") {
                    found.push(f.path());
                }
            }
        }
    }
    found.sort();
    assert_eq!(found.len(), 14);
    found
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?}: {e} (scripts/test.sh installs it)"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn qpdf_finds_every_pdf_clean() {
    for pdf in every_pdf() {
        let (ok, text) = run(Command::new("qpdf").arg("--check").arg(&pdf));
        assert!(ok, "{}: {text}", pdf.display());
        assert!(
            text.contains("No syntax or stream encoding errors found"),
            "{}: {text}",
            pdf.display()
        );
    }
}

#[test]
fn every_pdf_declares_pdf_a_2a_and_pdf_ua_1_with_metadata() {
    for pdf in every_pdf() {
        let raw = String::from_utf8_lossy(&fs::read(&pdf).unwrap()).into_owned();
        let name = pdf.display();
        for needle in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
            "<dc:title>",
            "<dc:description>",
            "<pdf:Keywords>",
            "<rdf:li>it-IT</rdf:li>",
            "<dc:creator><rdf:Seq><rdf:li>",
        ] {
            assert!(raw.contains(needle), "{name}: no {needle}");
        }
    }
    // The PDFs name the Typst that made them, read from the typst crate.
    let v = typst::utils::version();
    let creator = format!("(Typst {}.{}.{})", v.major(), v.minor(), v.patch());
    for pdf in every_pdf() {
        let raw = String::from_utf8_lossy(&fs::read(&pdf).unwrap()).into_owned();
        assert!(raw.contains(&creator), "{}: no {creator}", pdf.display());
    }
    // The act's date is the document's date.
    let raw = fs::read(built().out.join("lecce/regolamento.pdf")).unwrap();
    assert!(
        String::from_utf8_lossy(&raw)
            .contains("<xmp:CreateDate>2018-09-24T00:00:00Z</xmp:CreateDate>")
    );
}

#[test]
fn pdffonts_shows_every_font_embedded() {
    for pdf in every_pdf() {
        let (ok, text) = run(Command::new("pdffonts").arg(&pdf));
        assert!(ok, "{text}");
        let rows: Vec<&str> = text
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!rows.is_empty(), "{}: no fonts?\n{text}", pdf.display());
        for row in rows {
            // Columns: name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols[cols.len() - 5];
            assert_eq!(emb, "yes", "{}: not embedded: {row}", pdf.display());
        }
    }
}

#[test]
fn every_act_carries_its_signature_blocks_and_the_cad_clause() {
    let clause = "firmato digitalmente ai sensi del decreto legislativo 7 marzo 2005, n. 82";
    let cases = [
        (
            "carate-brianza/convenzione.pdf",
            vec![
                "Comune di Albiate",
                "La Sindaca",
                "Vanessa Gallo",
                "Comune di Verano Brianza",
                "Samuele Consonni",
            ],
        ),
        (
            "carate-brianza/regolamento.pdf",
            vec![
                "Giunta comunale di Carate Brianza",
                "Il Sindaco",
                "Luca Veggian",
            ],
        ),
        (
            "lecce/regolamento.pdf",
            vec![
                "Giunta comunale di Lecce",
                "Il Sindaco",
                "Carlo Salvemini",
                "La Segretaria generale",
                "Maria Rosaria Negro",
            ],
        ),
        (
            "carate-brianza/relazione-2025-1.pdf",
            vec!["La Responsabile", "Giulia Sala"],
        ),
        (
            "corsichese/relazione-2025-2.pdf",
            vec!["La Responsabile", "Roberta Villa"],
        ),
    ];
    for (file, signatories) in cases {
        let text = built().text(file);
        assert!(text.contains(clause), "{file}: no CAD clause\n{text}");
        assert!(
            text.contains("sostituisce il documento cartaceo e la firma autografa"),
            "{file}"
        );
        assert!(text.contains("firmato digitalmente"), "{file}");
        for s in signatories {
            assert!(text.contains(s), "{file}: no {s}");
        }
    }
    // One signature block per Sindaco in the convenzione.
    let text = built().text("carate-brianza/convenzione.pdf");
    let tail = &text[text.find("Letto, approvato e sottoscritto").unwrap()..];
    assert_eq!(
        tail.matches("firmato digitalmente").count(),
        13 + 1,
        "{tail}"
    );
}

#[test]
fn every_pdf_survives_two_pades_signatures_with_pyhanko() {
    let script = repo().join("tests/pades/sign_twice.py");
    let dir = tempfile::tempdir().unwrap();
    for pdf in every_pdf() {
        let signed = dir.path().join(pdf.file_name().unwrap());
        let (ok, text) = run(Command::new("python3").arg(&script).arg(&pdf).arg(&signed));
        assert!(ok, "{}: {text}", pdf.display());
        assert!(text.contains("Firma1: intact, valid, trusted"), "{text}");
        assert!(text.contains("Firma2: intact, valid, trusted"), "{text}");
        assert!(text.contains("PDF/A identification present"), "{text}");
    }
}

#[test]
fn the_manifest_describes_each_pdf_and_verify_checks_it() {
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(built().out.join("manifest.json")).unwrap()).unwrap();
    let docs = manifest["documenti"].as_array().unwrap();
    // The 14 acts and their 14 copies for publication.
    assert_eq!(docs.len(), 28);
    for d in docs {
        for field in [
            "path",
            "sha256",
            "bytes",
            "pages",
            "documento",
            "ambito",
            "periodo",
            "input",
            "versione",
        ] {
            assert!(!d[field].is_null(), "{field} missing in {d}");
        }
        assert!(d["input"].as_str().unwrap().starts_with("sha256:"));
    }
    let relazione = docs
        .iter()
        .find(|d| d["path"] == "corsichese/relazione-2025-2.pdf")
        .unwrap();
    assert_eq!(relazione["periodo"], "2025-2");
    assert_eq!(relazione["documento"], "relazione");

    let ws = workspace();
    let out = ambito(ws.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ok = ambito(ws.path(), &["verify"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    fs::remove_file(ws.path().join("out/lecce/regolamento.pdf")).unwrap();
    let pdf = ws.path().join("out/corsichese/relazione-2025-1.pdf");
    let mut bytes = fs::read(&pdf).unwrap();
    let last = bytes.len() - 10;
    bytes[last] ^= 1;
    fs::write(&pdf, bytes).unwrap();
    let bad = ambito(ws.path(), &["verify"]);
    assert_eq!(bad.status.code(), Some(1));
    let text = String::from_utf8_lossy(&bad.stdout);
    assert!(
        text.contains("missing  out/lecce/regolamento.pdf"),
        "{text}"
    );
    assert!(
        text.contains("mismatch out/corsichese/relazione-2025-1.pdf: sha256"),
        "{text}"
    );
}

#[test]
fn the_input_digest_changes_with_the_inputs_only() {
    let (a, b) = (workspace(), workspace());
    let path = b.path().join("content/lecce/ufficio-di-piano.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("via San Massimiliano Kolbe", "via San Massimiliano Kolbe 1"),
    )
    .unwrap();
    for ws in [&a, &b] {
        assert!(ambito(ws.path(), &["build"]).status.success());
    }
    let read = |ws: &tempfile::TempDir| -> serde_json::Value {
        serde_json::from_slice(&fs::read(ws.path().join("out/manifest.json")).unwrap()).unwrap()
    };
    let (ma, mb) = (read(&a), read(&b));
    let input = |m: &serde_json::Value, p: &str| {
        m["documenti"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["path"] == p)
            .unwrap()["input"]
            .clone()
    };
    assert_ne!(
        input(&ma, "lecce/regolamento.pdf"),
        input(&mb, "lecce/regolamento.pdf")
    );
    assert_eq!(
        input(&ma, "carate-brianza/regolamento.pdf"),
        input(&mb, "carate-brianza/regolamento.pdf")
    );
}
