//! Every Ambito in Italy: the forms of association, the parties, the
//! history of an act, the office's changes to its text, and the regional
//! framework laws, read back from the PDFs a Segretario would sign.

mod common;

use std::fs;
use std::path::Path;

use common::{ambito, built, copy_dir, pdf_text, pdf_text_raw, repo, stderr, walk};

/// A content folder with the shipped templates and shared data, and one
/// Ambito `prova` made of `files`.
fn scenario(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(
        &repo().join("content/_riferimenti"),
        &dir.path().join("content/_riferimenti"),
    );
    for (name, text) in files {
        let path = dir.path().join("content/prova").join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// Builds the scenario and returns the convenzione's text, as laid out
/// and then in reading order (signature blocks side by side are read one
/// after the other only in the second).
fn convenzione(files: &[(&str, &str)]) -> String {
    let dir = scenario(files);
    let out = ambito(dir.path(), &["build"]);
    assert!(out.status.success(), "build failed:\n{}", stderr(&out));
    let pdf = dir.path().join("out/prova/convenzione.pdf");
    format!("{}\n{}", pdf_text(&pdf), pdf_text_raw(&pdf))
}

fn assert_all(text: &str, facts: &[&str]) {
    for fact in facts {
        assert!(text.contains(fact), "missing: {fact}\n---\n{text}");
    }
}

/// Letters only: what pdftotext keeps of a citation whatever the line
/// breaks and hyphenation.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

const PERSONE: &str = "
- { id: maria-rossi, nome: Maria, cognome: Rossi, genere: F, nato-a: Modena (MO), nato-il: 1970-03-03, codice-fiscale: RSSMRA70C43F257T }
- { id: luca-bianchi, nome: Luca, cognome: Bianchi, genere: M, nato-a: Carpi (MO), nato-il: 1965-11-20 }
- { id: anna-verdi, nome: Anna, cognome: Verdi, genere: F, titolo-al-maschile: true, nato-a: Soliera (MO), nato-il: 1980-01-15 }
- { id: paolo-neri, nome: Paolo, cognome: Neri, genere: M }
- { id: sara-gallo, nome: Sara, cognome: Gallo, genere: F }
- { id: carlo-conti, nome: Carlo, cognome: Conti, genere: M }
";

const COMUNI: &str = "
- { id: alfa, nome: Alfa, sede: piazza Grande 1, sindaco: maria-rossi }
- { id: beta, nome: Beta, sede: via Roma 2, sindaco: luca-bianchi }
- { id: gamma, nome: Gamma, sede: via Po 3, sindaco: anna-verdi }
- { id: delta, nome: Delta, sindaco: paolo-neri }
- { id: epsilon, nome: Epsilon, sindaco: carlo-conti }
";

const ATTO: &str = "
titolo: Convenzione per la gestione associata delle funzioni sociali
approvazione: { organo: Comitato di Distretto, data: 2024-03-01 }
stipula: { data: 2024-04-02, comune: alfa }
";

#[test]
fn an_unione_is_a_party_represented_by_its_presidente_and_signs() {
    let text = convenzione(&[
        (
            "ambito.yaml",
            "nome: Ambito territoriale sociale della Valle\nregione: emilia-romagna\nforma: unione\nente-gestore: unione-valle\n\
             deleghe:\n  - { ente: unione-colli, comuni: [delta, epsilon], funzioni: la gestione dei servizi sociali }\n",
        ),
        ("comuni.yaml", COMUNI),
        ("persone.yaml", PERSONE),
        (
            "enti.yaml",
            "- { id: unione-valle, nome: Unione della Valle, tipo: unione, codice-fiscale: \"03069890360\", sede: \"via Roma 2, Beta\", rappresentante: sara-gallo, qualita: presidente }\n\
             - { id: unione-colli, nome: Unione dei Colli, tipo: unione, rappresentante: carlo-conti }\n",
        ),
        ("atti/convenzione.yaml", ATTO),
    ]);
    assert_all(
        &text,
        &[
            // The Unione is a party, by its Presidente, and signs as such.
            "l’Unione della Valle (codice fiscale 03069890360), rappresentata dalla Presidente Sara Gallo, domiciliata per la carica in via Roma 2, Beta",
            "Unione della Valle La Presidente Sara Gallo",
            // The Comuni that delegated take part through their Unione.
            "l’Unione dei Colli, rappresentata dal Presidente Carlo Conti",
            // The object article states the form and the sub-group.
            "conferite all’Unione della Valle ai sensi dell’art. 32",
            "i Comuni di Delta e Epsilon, tramite l’Unione dei Colli, cui hanno delegato la gestione dei servizi sociali",
            "L’Unione della Valle assicura il funzionamento dell’Ufficio di Piano con il proprio personale",
        ],
    );
    assert!(!text.contains("il Comune di Delta,"), "{text}");
    // The delegating group is stated in the object article, before art. 2.
    let layout = text.split('\n').next().unwrap();
    let object = layout.find("Art. 1 – Oggetto").unwrap();
    let group = layout.find("i Comuni di Delta e Epsilon, tramite").unwrap();
    let next = layout.find("Art. 2 –").unwrap();
    assert!(object < group && group < next, "{layout}");
    assert!(!text.contains("Comune di Unione"), "{text}");
    // Emilia-Romagna's framework law, not another region's.
    assert!(
        text.contains("legge regionale 12 marzo 2003, n. 2"),
        "{text}"
    );
}

#[test]
fn a_delegation_names_the_azienda_sanitaria_and_seconds_no_staff() {
    let text = convenzione(&[
        (
            "ambito.yaml",
            "nome: Ambito territoriale sociale Ovest\nregione: veneto\nforma: delega-azienda-sanitaria\nente-gestore: ulss\n",
        ),
        ("comuni.yaml", COMUNI),
        ("persone.yaml", PERSONE),
        (
            "enti.yaml",
            "- { id: ulss, nome: Azienda ULSS 9 Scaligera, tipo: azienda-sanitaria, rappresentante: luca-bianchi }\n",
        ),
        ("atti/convenzione.yaml", ATTO),
    ]);
    assert_all(
        &text,
        &[
            "l’Azienda ULSS 9 Scaligera, rappresentata dal Direttore generale Luca Bianchi",
            "delegano all’Azienda ULSS 9 Scaligera la gestione dei servizi sociali",
            "ne è l’ente gestore",
            "art. 3, comma 3, del decreto legislativo 30 dicembre 1992, n. 502",
            "Azienda ULSS 9 Scaligera Il Direttore generale Luca Bianchi",
        ],
    );
    let lower = text.to_lowercase();
    assert!(
        !lower.contains("distacc"),
        "staff seconded under a delegation:\n{text}"
    );
    assert!(
        !lower.contains("capofila"),
        "a capofila under a delegation:\n{text}"
    );
}

#[test]
fn articles_replaced_added_and_removed_are_renumbered_with_their_references() {
    let base = [
        (
            "ambito.yaml",
            "nome: Ambito territoriale sociale di Alfa\nregione: lombardia\nforma: convenzione\nente-gestore: alfa\n",
        ),
        ("comuni.yaml", COMUNI),
        ("persone.yaml", PERSONE),
    ];
    let atto = format!(
        "{ATTO}durata: {{ scadenza: 2027-12-31 }}\nrecesso: {{ preavviso-entro: 30-06, anni-contribuzione: 1 }}\nforo: Milano\n\
         testo:\n  articoli:\n\
         \x20   - id: finalita\n      prima: durata\n      titolo: Finalità sociali\n      commi:\n        - \"Le parti perseguono il benessere delle persone; la durata è fissata dall'{{art:durata}}.\"\n\
         \x20   - id: controversie\n      commi:\n        - \"Le parti tentano una conciliazione; in mancanza è competente il Foro di {{foro}}.\"\n\
         \x20   - {{ id: rinvio, rimuovi: true }}\n\
         \x20   - {{ id: durata, comma: 1, testo: \"La convenzione dura fino al {{scadenza}}, salvo il recesso dell'{{art:recesso}}.\" }}\n"
    );
    let mut files = base.to_vec();
    files.push(("atti/convenzione.yaml", &atto));
    let text = convenzione(&files);
    assert_all(
        &text,
        &[
            "Art. 1 – Oggetto",
            // Added before `durata`, which moves down.
            "Art. 2 – Finalità sociali",
            "la durata è fissata dall’art. 3.",
            "Art. 3 – Durata",
            "La convenzione dura fino al 31 dicembre 2027, salvo il recesso dell’art. 4.",
            "Art. 4 – Recesso",
            // The shipped reference to `durata` follows it too.
            "Fermo quanto previsto dall’art. 3, il Comune che intende recedere",
            "Le parti tentano una conciliazione; in mancanza è competente il Foro di Milano.",
        ],
    );
    assert!(!text.contains("Rinvio"), "{text}");
    assert!(!text.contains("codice civile"), "{text}");
    // No article is left with the old numbers.
    let layout = text.split('\n').next().unwrap();
    let numbers: Vec<usize> = layout
        .match_indices("Art. ")
        .filter_map(|(i, _)| {
            layout[i + 5..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
        })
        .collect();
    let expected: Vec<usize> = (1..=numbers.len()).collect();
    assert_eq!(numbers, expected, "{text}");
}

#[test]
fn four_extensions_and_parties_with_birth_data_deliberations_and_agreement() {
    let atto = format!(
        "{ATTO}convenzioni-precedenti: [2012]\n\
         proroghe:\n\
         \x20 - {{ organo: Comitato di Distretto, numero: 3, data: 2017-12-15, fino-al: 2018-12-31 }}\n\
         \x20 - {{ organo: Comitato di Distretto, numero: 9, data: 2018-12-10, fino-al: 2019-12-31 }}\n\
         \x20 - {{ organo: Comitato di Distretto, numero: 12, data: 2019-12-09, fino-al: 2021-12-31 }}\n\
         \x20 - {{ organo: Comitato di Distretto, numero: 7, data: 2021-12-20, fino-al: 2024-06-30 }}\n\
         parti:\n\
         \x20 - {{ ente: alfa, qualita: sindaco-pro-tempore, delibera: {{ organo: Consiglio comunale, numero: 45, data: 2024-02-20 }} }}\n\
         \x20 - {{ ente: beta, qualita: vice-sindaco-delegato, delibera: {{ organo: Consiglio comunale, numero: 11, data: 2024-02-22 }} }}\n\
         \x20 - {{ ente: gamma }}\n\
         rogito: {{ segretario: sara-gallo, repertorio: \"1234\" }}\n"
    );
    let comuni = COMUNI.replace(
        "{ id: alfa, nome: Alfa,",
        "{ id: alfa, nome: Alfa, codice-fiscale: \"00184280360\",",
    );
    let text = convenzione(&[
        (
            "ambito.yaml",
            "nome: Ambito territoriale sociale di Alfa\nregione: emilia-romagna\nforma: convenzione\nente-gestore: alfa\norgano-politico: { nome: Comitato di Distretto, genere: M }\n",
        ),
        ("comuni.yaml", &comuni),
        ("persone.yaml", PERSONE),
        ("atti/convenzione.yaml", &atto),
    ]);
    assert_all(
        &text,
        &[
            "il Comune di Alfa (codice fiscale 00184280360), rappresentato dalla Sindaca pro tempore Maria Rossi, nata a Modena (MO) il 3 marzo 1970, codice fiscale RSSMRA70C43F257T, domiciliata per la carica in Alfa, piazza Grande 1, autorizzata alla sottoscrizione con deliberazione del Consiglio comunale n. 45 del 20 febbraio 2024",
            "il Comune di Beta, rappresentato dal Vice Sindaco delegato Luca Bianchi, nato a Carpi (MO) il 20 novembre 1965, domiciliato per la carica in Beta, via Roma 2, autorizzato alla sottoscrizione con deliberazione del Consiglio comunale n. 11 del 22 febbraio 2024",
            // A woman who signs as "Sindaco": the title is hers, the agreement too.
            "il Comune di Gamma, rappresentato dal Sindaco Anna Verdi, nata a Soliera (MO) il 15 gennaio 1980, domiciliata per la carica in Gamma, via Po 3.",
            "Comune di Gamma Il Sindaco Anna Verdi",
            "Comune di Alfa La Sindaca pro tempore Maria Rossi",
            "con la convenzione approvata nel 2012",
            "Rep. n. 1234",
            "La Segretaria rogante",
        ],
    );
    let chain = [
        "deliberazione del Comitato di Distretto n. 3 del 15 dicembre 2017, con proroga fino al 31 dicembre 2018",
        "deliberazione del Comitato di Distretto n. 9 del 10 dicembre 2018, con proroga fino al 31 dicembre 2019",
        "deliberazione del Comitato di Distretto n. 12 del 9 dicembre 2019, con proroga fino al 31 dicembre 2021",
        "deliberazione del Comitato di Distretto n. 7 del 20 dicembre 2021, con proroga fino al 30 giugno 2024",
    ];
    let positions: Vec<usize> = chain
        .iter()
        .map(|p| {
            text.find(p)
                .unwrap_or_else(|| panic!("missing: {p}\n---\n{text}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "out of order:\n{text}"
    );
}

#[test]
fn an_act_of_2010_does_not_cite_the_ccnl_of_2022() {
    let atto = ATTO
        .replace("2024-04-02", "2010-04-02")
        .replace("2024-03-01", "2010-03-01");
    let atto = format!("{atto}personale: {{ soglia-ore-annue: 100 }}\n");
    let text = convenzione(&[
        (
            "ambito.yaml",
            "nome: Ambito territoriale sociale di Alfa\nregione: lombardia\nforma: convenzione\nente-gestore: alfa\n",
        ),
        ("comuni.yaml", COMUNI),
        ("persone.yaml", PERSONE),
        ("atti/convenzione.yaml", &atto),
    ]);
    assert!(!text.contains("CCNL"), "{text}");
    assert!(
        !text.contains("2017, n. 147"),
        "a law of 2017 in a 2010 act:\n{text}"
    );
    assert!(
        text.contains("secondo il contratto collettivo nazionale di lavoro in vigore"),
        "{text}"
    );
}

/// The must-show check over every example: no act cites another region's
/// framework law, or a law dated after the act; every convenzione cites its
/// own region's.
#[test]
fn no_example_cites_another_regions_law_or_a_later_one() {
    let content = ambito::load::content(&repo().join("content")).unwrap();
    let model = ambito::model::build(content);
    let b = built();
    let mut checked = 0;
    for a in &model.ambiti {
        let own = a.governo.profilo.expect("every example names its region");
        for doc in a.documenti() {
            let pdf = b.out.join(&a.id).join(format!("{}.pdf", doc.name()));
            let text = squeeze(&pdf_text(&pdf));
            let date = a.data(doc).unwrap();
            for n in a.riferimenti.norme_tutte() {
                let cited = text.contains(&squeeze(&n.citazione));
                if let Some(r) = &n.regione
                    && r != &own.id
                    && !own.norme.iter().any(|o| o.citazione == n.citazione)
                {
                    assert!(
                        !cited,
                        "{}/{}: cites {} of {r}",
                        a.id,
                        doc.name(),
                        n.citazione
                    );
                }
                if n.data.is_some_and(|d| d > date) {
                    assert!(
                        !cited,
                        "{}/{} ({date}): cites {}",
                        a.id,
                        doc.name(),
                        n.citazione
                    );
                }
            }
            if doc.kind() == "convenzione" {
                assert!(
                    own.norme
                        .iter()
                        .any(|n| text.contains(&squeeze(&n.citazione))),
                    "{}: the convenzione cites no law of {}",
                    a.id,
                    own.nome
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} documents");
    // Every PDF built was checked.
    let pdfs = walk(&b.out)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .filter(|p| !p.to_string_lossy().contains("/pubblicazione/"))
        .count();
    assert_eq!(pdfs, checked);
}

/// The examples cover at least eight regions and four forms of association.
#[test]
fn the_examples_cover_eight_regions_and_four_forms() {
    let content = ambito::load::content(&repo().join("content")).unwrap();
    let model = ambito::model::build(content);
    let regions: std::collections::BTreeSet<&str> = model
        .ambiti
        .iter()
        .filter_map(|a| a.governo.profilo.map(|p| p.id.as_str()))
        .collect();
    let forms: std::collections::BTreeSet<&str> =
        model.ambiti.iter().map(|a| a.governo.forma.id()).collect();
    assert!(regions.len() >= 8, "{regions:?}");
    assert!(forms.len() >= 4, "{forms:?}");
    assert!(Path::new(&repo().join("docs/regioni.md")).is_file());
}
