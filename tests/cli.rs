//! Runs the `ambito` binary as a user would, on the example content and on
//! broken copies of it, and reads the PDFs it writes with `pdftotext`.

mod common;

use std::fs;
use std::process::Output;

use common::{ambito, built, pdf_text, repo, stderr, workspace};

#[test]
fn check_passes_on_the_example_content() {
    let out = ambito(&repo(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("no errors"), "{}", stderr(&out));
}

#[test]
fn build_writes_the_convenzione_and_says_so() {
    let b = built();
    assert!(b.out.join("carate-brianza/convenzione.pdf").is_file());
    assert!(
        b.stdout.contains("carate-brianza/convenzione.pdf"),
        "build must print what it wrote: {}",
        b.stdout
    );
    let manifest = fs::read_to_string(b.out.join("manifest.json")).unwrap();
    assert!(
        manifest.contains("\"path\": \"carate-brianza/convenzione.pdf\""),
        "{manifest}"
    );
    assert!(manifest.contains("\"sha256\""), "{manifest}");
}

/// Every Comune with its Sindaco and seat, as the reference convenzione lists them.
const PARTI: [(&str, &str, &str, &str); 13] = [
    ("Albiate", "Vanessa Gallo", "F", "via Salvadori 1"),
    ("Besana in Brianza", "Emanuele Pozzoli", "M", "via Roma 1"),
    ("Biassono", "Luciano Casiraghi", "M", "via San Martino 9"),
    ("Briosco", "Antonio Verbicaro", "M", "via Roma 4"),
    ("Carate Brianza", "Luca Veggian", "M", "piazza Battisti 1"),
    ("Lissone", "Laura Borella", "F", "via Gramsci 21"),
    (
        "Macherio",
        "Franco Redaelli",
        "M",
        "via Visconti di Modrone 39",
    ),
    ("Renate", "Claudio Zoia", "M", "via Dante 2"),
    ("Sovico", "Barbara Magni", "F", "piazza Riva 20"),
    ("Triuggio", "Pietro Giovanni Cicardi", "M", "via Veneto 15"),
    (
        "Vedano al Lambro",
        "Marco Merlini",
        "M",
        "largo Repubblica 3",
    ),
    (
        "Veduggio con Colzano",
        "Luigi Alessandro Dittonghi",
        "M",
        "via Veneto 47",
    ),
    ("Verano Brianza", "Samuele Consonni", "M", "via Sauro 24"),
];

#[test]
fn every_comune_sindaco_and_seat_is_in_the_pdf_with_gender_agreement() {
    let text = built().text("carate-brianza/convenzione.pdf");
    for (comune, sindaco, genere, sede) in PARTI {
        let (titolo, domiciliato) = match genere {
            "F" => ("dalla Sindaca", "domiciliata"),
            _ => ("dal Sindaco", "domiciliato"),
        };
        let clause = format!(
            "il Comune di {comune}, rappresentato {titolo} {sindaco}, {domiciliato} per la carica in {comune}, {sede}"
        );
        assert!(text.contains(&clause), "missing: {clause}\n---\n{text}");
    }
}

#[test]
fn the_convenzione_carries_the_reference_facts() {
    let text = built().text("carate-brianza/convenzione.pdf");
    let facts = [
        "approvata dall’Assemblea dei Sindaci il 3 giugno 2025",
        "Il giorno 31 luglio 2025, presso gli uffici del Comune di Biassono",
        "13 (tredici) Comuni",
        "legge 8 novembre 2000, n. 328",
        "legge regionale della Lombardia 12 marzo 2008, n. 3",
        "legge regionale della Lombardia 11 agosto 2015, n. 23",
        "decreto legislativo 18 agosto 2000, n. 267",
        "negli anni 2007, 2012 e 2017",
        "fino al 31 dicembre 2028",
        "per ulteriori quattro anni",
        "non prima di sei mesi dalla scadenza",
        "entro il 31 dicembre",
        "per un periodo di due anni",
        "a tempo pieno o per un numero concordato di ore",
        "oltre le 100 ore annue",
        "popolazione residente al 31 dicembre del penultimo anno",
        "Fondo Nazionale per le Politiche Sociali",
        "Fondo Sociale Regionale",
        "Fondo Povertà",
        "Fondo per le Non Autosufficienze",
        "Dopo di noi",
        "Intesa Stato-Regioni",
        "entro 45 giorni",
        "un rimborso annuo di € 20.000,00",
        "Foro di Monza",
        "non è soggetta a registrazione ai sensi dell’art. 1 della Tabella allegata al D.P.R. 26 aprile 1986, n. 131",
        "esente dall’imposta di bollo ai sensi dell’art. 16 della Tabella allegato B al D.P.R. 26 ottobre 1972, n. 642",
        "firmato digitalmente ai sensi del decreto legislativo 7 marzo 2005, n. 82",
        "sostituisce il documento cartaceo e la firma autografa",
        "Art. 8 – Registrazione e bollo",
        "pagina 1 di",
    ];
    for fact in facts {
        assert!(text.contains(fact), "missing: {fact}\n---\n{text}");
    }
}

#[test]
fn the_pdf_is_pdf_a_with_metadata_from_the_model() {
    let bytes = fs::read(built().out.join("carate-brianza/convenzione.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("<pdfaid:part>2</pdfaid:part>"),
        "no PDF/A-2 identification"
    );
    assert!(
        raw.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "not conformance A"
    );
    assert!(
        raw.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "no PDF/UA-1 identification"
    );
    assert!(
        raw.contains("Ambito territoriale sociale di Carate Brianza"),
        "author missing"
    );
    assert!(
        raw.contains("2025-07-31"),
        "the act's date must be the document date"
    );
}

#[test]
fn two_builds_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let again = dir.path().join("out");
    let out = ambito(&repo(), &["build", "--out", again.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in ["carate-brianza/convenzione.pdf", "manifest.json"] {
        assert_eq!(
            fs::read(built().out.join(file)).unwrap(),
            fs::read(again.join(file)).unwrap(),
            "{file} differs between two builds"
        );
    }
}

/// Breaks one file of a copy of the content and returns `check`'s output.
fn check_with(file: &str, edit: impl FnOnce(String) -> String) -> (tempfile::TempDir, Output) {
    let ws = workspace();
    let path = ws.path().join("content").join(file);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, edit(text)).unwrap();
    let out = ambito(ws.path(), &["check"]);
    (ws, out)
}

#[test]
fn a_yaml_syntax_error_names_file_line_and_column() {
    let (_ws, out) = check_with("carate-brianza/persone.yaml", |t| {
        t.replace(
            "- { id: luca-veggian, nome: Luca,",
            "- { id: luca-veggian, nome: [Luca,",
        )
    });
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error[R001]"), "{err}");
    assert!(
        err.contains("content/carate-brianza/persone.yaml:8:"),
        "{err}"
    );
}

#[test]
fn a_dangling_reference_names_file_line_column_and_suggests() {
    let (_ws, out) = check_with("carate-brianza/comuni.yaml", |t| {
        t.replace("sindaco: vanessa-gallo", "sindaco: vaness-gallo")
    });
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error[R006]: no persona with id `vaness-gallo`"),
        "{err}"
    );
    assert!(
        err.contains("content/carate-brianza/comuni.yaml:10:12"),
        "{err}"
    );
    assert!(err.contains("did you mean `vanessa-gallo`?"), "{err}");
}

#[test]
fn an_unknown_key_names_file_line_column_and_suggests() {
    let (_ws, out) = check_with("carate-brianza/ambito.yaml", |t| {
        t.replace("regione:", "regone:")
    });
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error[R002]: unknown key `regone`"), "{err}");
    assert!(
        err.contains("content/carate-brianza/ambito.yaml:5:1"),
        "{err}"
    );
    assert!(err.contains("did you mean `regione`?"), "{err}");
}

#[test]
fn three_wrong_keys_and_a_bad_date_in_one_file_are_four_diagnostics_of_one_run() {
    let (_ws, out) = check_with("carate-brianza/atti/regolamento.yaml", |t| {
        let t = t.replacen("titolo:", "titlo:", 1);
        let t = t.replacen("organo:", "orgnao:", 1);
        let t = t.replacen("numero:", "nummero:", 1);
        // The first date of the file, written the Italian way.
        let at = t.find("data: 20").unwrap() + "data: ".len();
        format!("{}29/07/2010{}", &t[..at], &t[at + "2010-07-29".len()..])
    });
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let file = "content/carate-brianza/atti/regolamento.yaml:";
    let here: Vec<&str> = err.lines().filter(|l| l.contains(file)).collect();
    assert_eq!(here.len(), 4, "{err}");
    for (key, right) in [
        ("titlo", "titolo"),
        ("orgnao", "organo"),
        ("nummero", "numero"),
    ] {
        assert!(
            err.contains(&format!("error[R002]: unknown key `{key}`")),
            "{err}"
        );
        assert!(err.contains(&format!("did you mean `{right}`?")), "{err}");
    }
    assert!(err.contains("error[R004]: `29/07/2010`"), "{err}");
    assert!(err.contains("aaaa-mm-gg"), "{err}");
}

#[test]
fn errors_in_several_files_are_all_reported_in_one_run() {
    let ws = workspace();
    let content = ws.path().join("content/carate-brianza");
    let edit = |file: &str, from: &str, to: &str| {
        let path = content.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, text.replace(from, to)).unwrap();
    };
    edit("persone.yaml", "nome: Luca,", "nome: [Luca,");
    edit(
        "atti/convenzione.yaml",
        "comune: biassono",
        "comune: biasono",
    );
    edit("ambito.yaml", "regione:", "regone:");
    let out = ambito(ws.path(), &["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for code in ["R001", "R002"] {
        assert!(
            err.contains(&format!("error[{code}]")),
            "{code} missing:\n{err}"
        );
    }
}

#[test]
fn a_build_with_errors_writes_nothing_and_keeps_earlier_pdfs() {
    let ws = workspace();
    let out_dir = ws.path().join("out");
    fs::create_dir_all(out_dir.join("carate-brianza")).unwrap();
    fs::write(out_dir.join("carate-brianza/convenzione.pdf"), b"earlier").unwrap();
    let path = ws.path().join("content/carate-brianza/comuni.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("sindaco: vanessa-gallo", "sindaco: nessuno"),
    )
    .unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        fs::read(out_dir.join("carate-brianza/convenzione.pdf")).unwrap(),
        b"earlier"
    );
}

#[test]
fn a_missing_content_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = ambito(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no `content/` folder in"),
        "{}",
        stderr(&out)
    );
    let out = ambito(dir.path(), &["build"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn yaml_text_is_printed_as_written_never_run_as_typst() {
    let ws = workspace();
    let path = ws.path().join("content/carate-brianza/comuni.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let tricky = r#"via #read("/etc/passwd") *1* _2_ $x$ @ref <l> [a] \ // c"#;
    let quoted = format!("sede: '{}'", tricky.replace('\'', "''"));
    fs::write(&path, text.replace("sede: via Salvadori 1", &quoted)).unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&ws.path().join("out/carate-brianza/convenzione.pdf"));
    // Printed as written, in Italian typography: the straight quotes become « ».
    let printed = ambito::render::italiano::tipografia(tricky);
    assert!(
        text.contains(&printed),
        "expected {printed} verbatim in:\n{text}"
    );
    assert!(!text.contains("root:"), "a file was read into the document");
}

#[test]
fn emit_typst_writes_sources_that_typeset_to_the_same_documents() {
    let ws = workspace();
    let out = ambito(ws.path(), &["build", "--emit-typst", "--out", "src"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("wrote 14 Typst sources, 0 failed"),
        "{}",
        stderr(&out)
    );
    let src = ws.path().join("src");
    // Sources and template contexts, the library beside them, no PDF.
    assert!(src.join("lib/atto.typ").is_file());
    let context: serde_json::Value =
        serde_json::from_slice(&fs::read(src.join("lecce/regolamento.json")).unwrap()).unwrap();
    assert_eq!(context["documento"], "regolamento");
    assert_eq!(context["context"]["ambito"]["capofila"], "Comune di Lecce");
    assert!(
        !common::walk(&src)
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "pdf"))
    );
    assert!(!ws.path().join("out").exists());

    // The source, typeset on its own, gives the document's text.
    let source = fs::read_to_string(src.join("lecce/regolamento.typ")).unwrap();
    let meta = ambito::typeset::Meta {
        ident: "lecce/regolamento".into(),
        date: "2018-09-24".parse().unwrap(),
    };
    let pdf = ambito::typeset::Typesetter::new(&src)
        .pdf("regolamento.typ", source, &meta)
        .unwrap();
    let file = ws.path().join("regolamento.pdf");
    fs::write(&file, pdf.bytes).unwrap();
    assert!(pdf_text(&file).contains("Regolamento dell’Ufficio di Piano"));
}

#[test]
fn every_command_prints_one_json_document_with_format_json() {
    let ws = workspace();
    let init = tempfile::tempdir().unwrap();
    let runs: [(&std::path::Path, &[&str]); 10] = [
        (ws.path(), &["check"]),
        (ws.path(), &["build", "--ambito", "lecce"]),
        (ws.path(), &["build", "--ambito", "lecce"]),
        (ws.path(), &["list"]),
        (ws.path(), &["verify"]),
        (
            ws.path(),
            &[
                "build",
                "--emit-typst",
                "--out",
                "typst",
                "--ambito",
                "lecce",
            ],
        ),
        (ws.path(), &["explain", "R012"]),
        (ws.path(), &["explain", "--list"]),
        (ws.path(), &["new", "relazione", "corsichese", "2027-1"]),
        (init.path(), &["init"]),
    ];
    for (dir, args) in runs {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let out = ambito(dir, &all);
        assert!(out.status.success(), "{all:?}: {}", stderr(&out));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(&stdout);
        assert!(
            parsed.is_ok(),
            "{all:?} printed no JSON document:\n{stdout}"
        );
    }
    // What a build wrote is in its document, and the diagnostics beside it.
    let out = ambito(
        ws.path(),
        &["build", "--force", "--ambito", "lecce", "--format", "json"],
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["written"][0]["path"], "lecce/regolamento.pdf", "{doc}");
    assert!(doc["diagnostics"].is_array(), "{doc}");
}

#[test]
fn the_usual_italian_habits_are_told_how_to_write_them() {
    let ws = workspace();
    let content = ws.path().join("content");
    let edit = |file: &str, from: &str, to: &str| {
        let path = content.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from} not in {file}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "lecce/persone.yaml",
        "Pizzuto, genere: F",
        "Pizzuto, genere: f",
    );
    edit(
        "carate-brianza/atti/convenzione.yaml",
        "importo-annuo: 185000.00",
        "importo-annuo: 185.000,00",
    );
    edit(
        "carate-brianza/relazioni/2025-1.yaml",
        "data: 2025-07-15",
        "data: 2025-7-15",
    );
    let out = ambito(ws.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error[R004]: `f` is not one of `F`, `M`"),
        "{err}"
    );
    assert!(err.contains("hint: write `F`"), "{err}");
    assert!(
        err.contains("`185.000,00`: write amounts without thousands separators and with a decimal point: 185000.00"),
        "{err}"
    );
    assert!(
        err.contains("`2025-7-15`: month and day take two digits each: 2025-07-15"),
        "{err}"
    );
    // The anyOf of an optional value is not reported as such.
    assert!(!err.contains("anyOf"), "{err}");
}
