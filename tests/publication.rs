//! The copy of each act for publication online and the AgID metadata
//! beside each act (issue #17): what an office publishes on the Albo
//! pretorio has no personal data the act need not show, and what it sends
//! to its records system is the Allegato 5 structure, with the PDF's hash
//! and the act's parties, updated when the act is signed.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use base64::Engine;
use common::{ambito, built, pdf_text, repo, stderr, workspace};
use sha2::{Digest, Sha256};

const ALTA: &str = "alta-val-di-cecina-valdera";

/// The birth data `content/alta-val-di-cecina-valdera/persone.yaml` gives
/// the signatories of its convenzione, as the act prints them.
const NASCITA: [&str; 5] = [
    "Piombino (LI)",
    "11 maggio 1966",
    "Cecina (LI)",
    "26 febbraio 1965",
    "Roma (RM)",
];

#[test]
fn the_published_convenzione_has_none_of_the_birth_data_of_the_original() {
    let b = built();
    let original = b.text(&format!("{ALTA}/convenzione.pdf"));
    let published = b.text(&format!("{ALTA}/pubblicazione/convenzione.pdf"));
    for datum in NASCITA {
        assert!(original.contains(datum), "the original lacks {datum}");
        assert!(!published.contains(datum), "the copy shows {datum}");
    }
    // The parties are still there, by name; where the data stood, the usual
    // formula; and each page says what the copy is.
    assert!(
        original.contains("Alberto Ferrini, nato a Piombino (LI) l’11 maggio 1966, domiciliato")
    );
    assert!(published.contains("Alberto Ferrini, nato a omissis il omissis, domiciliato"));
    assert!(published.contains("Maria Teresa De Lauretis, nata a omissis"));
    assert!(!original.contains("omissis"));
    let pages = published
        .matches("Copia per la pubblicazione: i dati personali non necessari sono omessi")
        .count();
    assert!(pages >= 4, "the copy's note is on {pages} pages");

    // PDF/A like the original, listed in the manifest with its original.
    let copy = fs::read(b.out.join(format!("{ALTA}/pubblicazione/convenzione.pdf"))).unwrap();
    assert!(String::from_utf8_lossy(&copy).contains("<pdfaid:part>2</pdfaid:part>"));
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(b.out.join("manifest.json")).unwrap()).unwrap();
    let entry = manifest["documenti"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["path"] == format!("{ALTA}/pubblicazione/convenzione.pdf"))
        .expect("the copy is in the manifest");
    assert_eq!(entry["originale"], format!("{ALTA}/convenzione.pdf"));
    assert_eq!(entry["sha256"], hex(&copy));
}

#[test]
fn an_act_may_leave_the_data_out_silently_and_keep_those_a_rule_requires() {
    let ws = workspace();
    let file = ws
        .path()
        .join(format!("content/{ALTA}/atti/convenzione.yaml"));
    let yaml = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        format!("{yaml}\npubblicazione:\n  forma: ometti\n  pubblica: [nato-a]\n"),
    )
    .unwrap();
    let run = ambito(ws.path(), &["build", "--ambito", ALTA]);
    assert!(run.status.success(), "{}", stderr(&run));
    let published = pdf_text(
        &ws.path()
            .join(format!("out/{ALTA}/pubblicazione/convenzione.pdf")),
    );
    assert!(published.contains("Alberto Ferrini, nato a Piombino (LI), domiciliato"));
    assert!(published.contains("Sandro Cerri, nato a Cecina (LI);"));
    assert!(!published.contains("1966") && !published.contains("1965"));
    assert!(!published.contains("omissis"));

    // A datum that is not personal, or a typo, is a content error.
    fs::write(
        &file,
        format!("{yaml}\npubblicazione:\n  pubblica: [nato-in]\n"),
    )
    .unwrap();
    let run = ambito(ws.path(), &["check"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(stderr(&run).contains("nato-in"), "{}", stderr(&run));
}

/// Validates each file against the transcription of Allegato 5 with lxml;
/// returns one line per file: `<path> ok` or `<path> <first error>`.
fn validate(files: &[&Path]) -> Vec<String> {
    let script = r#"
import sys
from lxml import etree
schema = etree.XMLSchema(etree.parse(sys.argv[1]))
for f in sys.argv[2:]:
    ok = schema.validate(etree.parse(f))
    print(f, "ok" if ok else schema.error_log.last_error)
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(repo().join("schemas/agid/documento-amministrativo-informatico.xsd"))
        .args(files)
        .output()
        .expect("python3 with lxml (scripts/test.sh installs it)");
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// What a run printed, on both streams.
fn said(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(out))
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The text of every element named `name`, in order (the sidecars are
/// written one element per line).
fn elements(xml: &str, name: &str) -> Vec<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    xml.lines()
        .filter_map(|l| l.trim().strip_prefix(&open)?.strip_suffix(&close))
        .map(|t| t.replace("&apos;", "'").replace("&amp;", "&"))
        .collect()
}

#[test]
fn every_act_has_agid_metadata_valid_against_allegato_5_with_its_hash_and_parties() {
    let b = built();
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(b.out.join("manifest.json")).unwrap()).unwrap();
    let acts: Vec<&serde_json::Value> = manifest["documenti"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["originale"].is_null())
        .collect();
    assert_eq!(acts.len(), 14, "the 14 example acts");
    let sidecars: Vec<_> = acts
        .iter()
        .map(|e| {
            let pdf = e["path"].as_str().unwrap();
            b.out
                .join(format!("{}.metadati.xml", pdf.trim_end_matches(".pdf")))
        })
        .collect();
    let paths: Vec<&Path> = sidecars.iter().map(|p| p.as_path()).collect();
    for line in validate(&paths) {
        assert!(line.ends_with(" ok"), "{line}");
    }
    for (e, side) in acts.iter().zip(&sidecars) {
        let pdf_path = e["path"].as_str().unwrap();
        let pdf = fs::read(b.out.join(pdf_path)).unwrap();
        let xml = fs::read_to_string(side).unwrap();
        let impronta = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&pdf));
        assert_eq!(elements(&xml, "Impronta"), [impronta], "{pdf_path}");
        assert_eq!(elements(&xml, "Algoritmo"), ["SHA-256"]);
        let name = pdf_path.rsplit('/').next().unwrap();
        assert_eq!(elements(&xml, "NomeDelDocumento"), [name]);
        assert_eq!(elements(&xml, "FirmatoDigitalmente"), ["false"]);
        let autori = elements(&xml, "DenominazioneOrganizzazione");
        assert!(!autori.is_empty(), "{pdf_path} has no author");
        // The authors of a convenzione are its parties, each named in it.
        if e["documento"] == "convenzione" {
            // Typst prints a YAML apostrophe as a typographic one.
            let text = b.text(pdf_path).replace('’', "'");
            for a in &autori {
                assert!(text.contains(a.as_str()), "{pdf_path}: {a} is not a party");
            }
        } else {
            assert_eq!(autori.len(), 1, "{pdf_path}: the managing body");
        }
    }

    // The parties of Carate Brianza's convenzione are its 13 Comuni: the
    // sidecar's authors are exactly they.
    let xml = fs::read_to_string(b.out.join("carate-brianza/convenzione.metadati.xml")).unwrap();
    let autori: BTreeSet<String> = elements(&xml, "DenominazioneOrganizzazione")
        .into_iter()
        .collect();
    let comuni = fs::read_to_string(repo().join("content/carate-brianza/comuni.yaml")).unwrap();
    let comuni: BTreeSet<String> = comuni
        .lines()
        .filter_map(|l| l.trim().strip_prefix("nome: "))
        .map(|n| format!("Comune di {n}"))
        .collect();
    assert_eq!(comuni.len(), 13);
    assert_eq!(autori, comuni);
    assert_eq!(
        elements(&xml, "TipoRuolo")
            .iter()
            .filter(|r| *r == "Autore")
            .count(),
        13
    );

    // A public deed's repertorio is its registration.
    let xml = fs::read_to_string(b.out.join(format!("{ALTA}/convenzione.metadati.xml"))).unwrap();
    assert_eq!(elements(&xml, "NumeroRegistrazioneDocumento"), ["28/2018"]);
    assert_eq!(elements(&xml, "DataRegistrazioneDocumento"), ["2018-09-17"]);

    let verify = ambito(&repo(), &["verify", "--out", b.out.to_str().unwrap()]);
    assert!(verify.status.success(), "{}", stderr(&verify));
}

#[test]
fn the_office_s_registration_and_classification_reach_the_metadata() {
    let ws = workspace();
    let file = ws.path().join("content/lecce/atti/regolamento.yaml");
    let yaml = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        format!(
            "{yaml}\narchivio:\n  registrazione: {{ registro: protocollo, codice: PG, numero: \"0045678\", data: 2018-09-25, flusso: uscita }}\n  classificazione: {{ indice: VII.16, descrizione: Politiche per il sociale, piano: Titolario dei Comuni }}\n  fascicolo: \"2018-VII.16-4\"\n  conservazione-anni: 9999\n"
        ),
    )
    .unwrap();
    let run = ambito(ws.path(), &["build", "--ambito", "lecce"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let side = ws.path().join("out/lecce/regolamento.metadati.xml");
    assert_eq!(validate(&[&side]), [format!("{} ok", side.display())]);
    let xml = fs::read_to_string(&side).unwrap();
    assert_eq!(elements(&xml, "NumeroProtocolloDocumento"), ["0045678"]);
    assert_eq!(elements(&xml, "TipologiaDiFlusso"), ["U"]);
    assert_eq!(elements(&xml, "IndiceDiClassificazione"), ["VII.16"]);
    assert_eq!(elements(&xml, "IdAggregazione"), ["2018-VII.16-4"]);
    assert_eq!(elements(&xml, "TempoDiConservazione"), ["9999"]);
}

#[test]
fn a_signed_act_has_its_signature_in_its_metadata_and_verify_checks_them() {
    let ws = workspace();
    assert!(
        ambito(ws.path(), &["build", "--ambito", "carate-brianza"])
            .status
            .success()
    );
    let out = ws.path().join("out");
    let act = out.join("carate-brianza/convenzione.pdf");
    let side = out.join("carate-brianza/convenzione.metadati.xml");

    // Signed by one signatory with pyHanko, put back in place.
    let signed = ws.path().join("signed.pdf");
    let fill = Command::new("python3")
        .arg(repo().join("tests/pades/fill_fields.py"))
        .arg(&act)
        .arg(&signed)
        .arg("1")
        .arg(repo().join("fonts/DejaVuSans.ttf"))
        .output()
        .expect("python3 with pyHanko");
    assert!(fill.status.success(), "{}", stderr(&fill));
    fs::copy(&signed, &act).unwrap();

    // The metadata still describe the file as built: verify says the act is
    // signed, and that the next build records it (not a problem).
    let verify = ambito(ws.path(), &["verify"]);
    assert_eq!(verify.status.code(), Some(0), "{}", said(&verify));
    assert!(
        said(&verify).contains("was signed after"),
        "{}",
        said(&verify)
    );

    // The next build records the signature, and leaves the act as it is.
    let run = ambito(ws.path(), &["build", "--ambito", "carate-brianza"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let bytes = fs::read(&act).unwrap();
    assert_eq!(bytes, fs::read(&signed).unwrap());
    let xml = fs::read_to_string(&side).unwrap();
    let impronta = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&bytes));
    assert_eq!(elements(&xml, "Impronta"), [impronta]);
    assert_eq!(elements(&xml, "FirmatoDigitalmente"), ["true"]);
    assert_eq!(validate(&[&side]), [format!("{} ok", side.display())]);
    let verify = ambito(ws.path(), &["verify"]);
    assert!(verify.status.success(), "{}", stderr(&verify));

    // Metadata changed by hand do not pass.
    let hand = |from: &str, to: &str| {
        fs::write(&side, xml.replace(from, to)).unwrap();
        let verify = ambito(ws.path(), &["verify"]);
        assert_eq!(verify.status.code(), Some(1), "{}", said(&verify));
        said(&verify)
    };
    let text = hand("<FirmatoDigitalmente>true", "<FirmatoDigitalmente>false");
    assert!(
        text.contains("signatures and timestamps recorded"),
        "{text}"
    );
    let text = hand("<Impronta>", "<Impronta>AAAA");
    assert!(text.contains("changed by hand"), "{text}");
    fs::remove_file(&side).unwrap();
    let verify = ambito(ws.path(), &["verify"]);
    assert_eq!(verify.status.code(), Some(1));
    assert!(
        said(&verify).contains("AgID metadata file, is missing"),
        "{}",
        said(&verify)
    );
}
