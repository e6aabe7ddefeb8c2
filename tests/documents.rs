//! The four document kinds, built from the four example Ambiti: each PDF's
//! text carries the facts of its reference document and the figures the
//! model derives (never typed by hand).

mod common;

use std::fs;

use common::{ambito, built, pdf_text, stderr, workspace};

fn assert_all(text: &str, facts: &[&str]) {
    for fact in facts {
        assert!(text.contains(fact), "missing: {fact}\n---\n{text}");
    }
}

#[test]
fn every_example_ambito_builds_its_kinds() {
    let b = built();
    for file in [
        "carate-brianza/convenzione.pdf",
        "carate-brianza/regolamento.pdf",
        "carate-brianza/relazione-2025-1.pdf",
        "carate-brianza/commissioni.pdf",
        "lecce/regolamento.pdf",
        "valle-camonica/commissioni.pdf",
        "corsichese/relazione-2025-1.pdf",
        "corsichese/relazione-2025-2.pdf",
    ] {
        assert!(
            b.out.join(file).is_file(),
            "{file} not built:\n{}",
            b.stdout
        );
        assert!(
            b.stdout.contains(file),
            "{file} not reported:\n{}",
            b.stdout
        );
    }
    // An Ambito produces only the kinds its content describes.
    assert!(!b.out.join("lecce/convenzione.pdf").exists());
    assert!(!b.out.join("valle-camonica/regolamento.pdf").exists());
}

#[test]
fn lecce_regolamento_carries_the_reference_facts() {
    let text = built().text("lecce/regolamento.pdf");
    assert_all(
        &text,
        &[
            "Regolamento dell’Ufficio di Piano",
            "Piano Sociale di Zona 2018-2020",
            "Approvato dal Coordinamento Istituzionale con deliberazione n. 18 del 26 marzo 2018",
            "Adottato con deliberazione della Giunta comunale di Lecce n. 112 del 24 settembre 2018",
            "ha sede in Lecce, via San Massimiliano Kolbe",
            "a.perulli@comune.lecce.it",
            "annamaria.perulli@pec.comune.lecce.it",
            "n. 1 unità per la funzione di programmazione e progettazione",
            "n. 1 unità per la funzione di gestione tecnica e amministrativa, che coincide con il Responsabile dell’Ufficio di Piano",
            "n. 1 unità per la funzione di gestione finanziaria e contabile",
            "presidia tre aree tematiche",
            "area socio-sanitaria",
            "area socio-assistenziale",
            "area socio-educativa",
            "L’organigramma dell’Ufficio di Piano è costituito da n. 6 (sei) figure professionali",
            "La Responsabile dell’Ufficio di Piano, Annamaria Perulli, è una dei sei componenti",
            "resta in carica tre anni dalla nomina",
            "maggioranza qualificata di due terzi (2/3) dei Comuni associati",
            "nominato entro 30 giorni",
            "almeno ogni sei mesi",
            "livello di attuazione e il grado di soddisfazione dell’utenza",
        ],
    );
}

#[test]
fn lecce_overrides_the_approval_block_and_carate_does_not() {
    let lecce = built().text("lecce/regolamento.pdf");
    let carate = built().text("carate-brianza/regolamento.pdf");
    let own = "l’adozione spetta alla Giunta comunale dell’ente capofila, il Comune di Lecce, quale ente strumentale dell’associazione dei Comuni";
    assert!(lecce.contains(own), "{lecce}");
    assert!(!carate.contains("ente strumentale"), "{carate}");
    assert!(
        carate.contains("Il regolamento è approvato dall’Assemblea dei Sindaci"),
        "{carate}"
    );
    // The rest of Lecce's document is the project's template.
    assert!(
        lecce.contains("Art. 11 – Responsabile dell’Ufficio di Piano"),
        "{lecce}"
    );
}

#[test]
fn the_organigramma_is_counted_from_the_staff_list() {
    let ws = workspace();
    let path = ws.path().join("content/lecce/ufficio-di-piano.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        format!("{text}  - {{ persona: oronzo-trio, ruolo: educatore, ente: surbo, ore-settimanali: 10 }}\n"),
    )
    .unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&ws.path().join("out/lecce/regolamento.pdf"));
    assert!(
        text.contains("costituito da n. 7 (sette) figure professionali"),
        "{text}"
    );
    assert!(text.contains("10 ore settimanali"), "{text}");
}

#[test]
fn relazione_reports_each_objective_against_the_plan() {
    let text = built().text("carate-brianza/relazione-2025-1.pdf");
    assert_all(
        &text,
        &[
            "Relazione semestrale sull’attuazione del Piano di Zona 2025-2027",
            "I semestre 2025: dal 1º gennaio 2025 al 30 giugno 2025",
            // Objective 1: activities, users, needs met, implementation, satisfaction.
            "1. Sostegno alla domiciliarità di anziani e persone con disabilità",
            "assistenza domiciliare in tutti i 13 Comuni con un unico capitolato",
            "Sono stati raggiunti 236 utenti",
            "Delle 251 domande ricevute ne sono state soddisfatte 236, pari al 94,0%",
            // (198/240 = 82.5%, 38/60 = 63.3%) → mean 72.9%
            "voucher per assistenti familiari erogati 60 38 63,3%",
            "Livello di attuazione: 72,9%",
            "104 si sono dichiarati soddisfatti, pari all’86,7%",
            "3. Inclusione sociale e contrasto alla povertà",
            "Livello di attuazione: 47,0%",
            // Totals.
            "Utenti raggiunti 475",
            "475 su 532 (89,3%)",
            // Spending against budget per fund, with totals.
            "Fondo Sociale Regionale € 610.000,00 € 287.300,50 € 287.300,50 47,1%",
            "Totale € 1.945.000,00 € 896.550,50 € 896.550,50 46,1%",
            // Two charts drawn in Typst.
            "Figura 1: Livello di attuazione per obiettivo",
            "Figura 2: Spesa nell’anno rispetto al budget annuale, per fondo",
            // Signed by the Responsabile.
            "La Responsabile Giulia Sala",
        ],
    );
    assert!(
        !text.contains("semestre precedente"),
        "no earlier semester: {text}"
    );
}

#[test]
fn relazione_compares_with_the_previous_semester() {
    let text = built().text("corsichese/relazione-2025-2.pdf");
    assert_all(
        &text,
        &[
            "II semestre 2025: dal 1º luglio 2025 al 31 dicembre 2025",
            "Ogni dato è confrontato con il semestre precedente",
            "1.255 (semestre precedente: 1.117)",
            "Sono stati raggiunti 905 utenti (nel semestre precedente 812)",
            // 1815/1800 counts 100% for the objective; 910/1800 before.
            "colloqui di segretariato sociale 1.800 1.815 100,8%",
            "Livello di attuazione: 100,0% (semestre precedente: 50,6%)",
            // Spending in the year adds the first semester: 151,200 + 176,900.
            "Fondo Sociale Regionale € 340.000,00 € 176.900,00 € 151.200,00 € 328.100,00 96,5%",
            "Figura 1: Livello di attuazione per obiettivo",
            "Figura 2: Spesa nell’anno rispetto al budget annuale, per fondo",
        ],
    );
    let first = built().text("corsichese/relazione-2025-1.pdf");
    assert!(first.contains("Livello di attuazione: 50,6%"), "{first}");
}

#[test]
fn commissioni_show_rules_rosters_chairs_and_vacancies() {
    let text = built().text("valle-camonica/commissioni.pdf");
    assert_all(
        &text,
        &[
            "Assemblea dei Sindaci dell’Ambito territoriale",
            "approva il Piano di Zona e i suoi aggiornamenti",
            "Comitato dei Sindaci",
            "raccorda l’Assemblea dei Sindaci e l’Ufficio di Piano",
            "Ufficio di Piano – ente capofila Comunità Montana di Valle Camonica",
            "coordinatore del Tavolo di Sintesi Territoriale",
            "Tavolo di Sintesi Territoriale",
            "Composizione, al massimo 12 (dodici) componenti",
            "1 coordinatore nominato dalla Comunità Montana",
            "2 tecnici ATSP",
            "2 tecnici CMVC/Comuni",
            "2 rappresentanti del Forum del Terzo Settore",
            "1 rappresentante ATS della Montagna",
            "1 rappresentante ASST Valle Camonica",
            "3 rappresentanti delle OO.SS.",
            "Coordinatore: Alessandro Pasinetti",
            "Commissione tematica Accesso alla rete dei Servizi",
            "Commissione tematica Domiciliarità",
            "Commissione tematica Politiche del Lavoro, dell’Istruzione e della Formazione",
            "Commissione tematica Politiche dell’Abitare Sostenibile",
            "3 referenti delle OO.SS. più rappresentative, uno ciascuna (CGIL, CISL, UIL)",
            "4 referenti delle OO.SS. più rappresentative, uno ciascuna (CGIL, CISL, UIL, UGL)",
            "1 referente ADICONSUM – Brescia",
            "rappresentanti dei Comuni, in numero non predeterminato",
            "rappresentante ATS della Montagna (1) Francesco Bezzi ATS della Montagna",
            "referente Coldiretti (1) Luca Richini Coldiretti",
            "posto vacante",
            "Posti previsti: 12; occupati: 11; vacanti: 1.",
        ],
    );
}

#[test]
fn an_unfilled_quota_is_printed_as_vacant() {
    let ws = workspace();
    let path = ws.path().join("content/carate-brianza/organi.yaml");
    let text = fs::read_to_string(&path).unwrap();
    // Remove the two ASL members and declare their seats vacant.
    let text: String = text
        .lines()
        .filter(|l| !l.contains("quota: sanita"))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        .replace(
            "referenti di ATS e ASST, numero: 2 }",
            "referenti di ATS e ASST, numero: 2, vacanti: 2 }",
        );
    fs::write(&path, text).unwrap();
    let out = ambito(ws.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&ws.path().join("out/carate-brianza/commissioni.pdf"));
    assert_eq!(text.matches("posto vacante").count(), 3, "{text}");
    assert!(
        text.contains("Posti previsti: 6; occupati: 3; vacanti: 3."),
        "{text}"
    );
}

#[test]
fn convenzione_annex_shares_costs_by_population_to_the_cent() {
    let text = built().text("carate-brianza/convenzione.pdf");
    assert_all(
        &text,
        &[
            "Allegato A – Ripartizione dei costi comuni",
            "I costi comuni annui di € 185.000,00 sono ripartiti tra i Comuni in proporzione alla popolazione residente al 31 dicembre 2023",
            "Lissone 46.021 29,84% € 55.211,47",
            "Renate 4.212 2,73% € 5.053,14",
            "Totale 154.205 100,00% € 185.000,00",
        ],
    );
    // The shares printed add up exactly to the total.
    let start = text.find("Importo annuo").unwrap();
    let end = text.find("Totale 154.205").unwrap();
    let cents: i64 = text[start..end]
        .split("€ ")
        .skip(1)
        .map(|s| {
            let amount = s.split_whitespace().next().unwrap();
            amount.replace(['.', ','], "").parse::<i64>().unwrap()
        })
        .sum();
    assert_eq!(cents, 18_500_000);
}

#[test]
fn commissioni_of_carate_list_the_assemblea_of_all_sindaci() {
    let text = built().text("carate-brianza/commissioni.pdf");
    assert_all(
        &text,
        &[
            "L’organo è composto dai Sindaci dei 13 (tredici) Comuni dell’Ambito",
            "Comune di Albiate Vanessa Gallo",
            "Presidente: Luca Veggian",
            "Coordinatrice: Giulia Sala",
            "posto vacante",
        ],
    );
}
