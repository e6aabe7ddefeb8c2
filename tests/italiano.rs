//! The Italian of the acts against a table of reference outputs
//! (`tests/fixtures/italiano.tsv`): every row is an input, the Italian a
//! grammar reference says it must give, and that reference. The table is
//! written from the references, not from the code: a row that fails is a
//! mistake in the code (or, after checking the reference, in the row).
//!
//! Columns: `funzione`, `argomenti` (separated by ` | `), `atteso`, `fonte`.
//! In `atteso`, `{nbsp}` is a no-break space.

use ambito::load::values::{Genere, Importo};
use ambito::render::italiano as it;
use chrono::NaiveDate;

const TABLE: &str = include_str!("fixtures/italiano.tsv");

fn genere(g: &str) -> Genere {
    match g {
        "F" => Genere::F,
        "M" => Genere::M,
        other => panic!("`{other}` is not a gender"),
    }
}

/// What the tool prints for one row.
fn output(funzione: &str, args: &[&str]) -> String {
    let n = |i: usize| -> u64 {
        args[i]
            .parse()
            .unwrap_or_else(|_| panic!("{:?} is not a number", args[i]))
    };
    match (funzione, args.len()) {
        ("lettere", 1) => it::lettere(n(0)),
        ("articolo", 1) => it::articolo(args[0]),
        ("preposizione", 2) => it::preposizione(args[0], args[1]),
        ("articolata", 4) => it::articolata(
            if args[0] == "-" { "" } else { args[0] },
            args[1],
            genere(args[2]),
            match args[3] {
                "s" => false,
                "p" => true,
                other => panic!("`{other}` is not s or p"),
            },
        ),
        ("quantita", 4) => it::quantita(n(0), args[1], args[2], genere(args[3])),
        ("ogni", 3) => it::ogni(n(0), args[1], args[2]),
        ("accorda", 2) => it::accorda(genere(args[0]), args[1]),
        ("titolo", 3) => it::titolo(
            args[0],
            genere(args[1]),
            match args[2] {
                "si" => true,
                "no" => false,
                other => panic!("`{other}` is not si or no"),
            },
        ),
        ("data", 1) => it::data(
            NaiveDate::parse_from_str(args[0], "%Y-%m-%d")
                .unwrap_or_else(|_| panic!("{:?} is not a date", args[0])),
        ),
        ("euro", 1) => it::euro(Importo {
            centesimi: args[0].parse().unwrap(),
        }),
        ("percento", 2) => it::percento(args[0].parse().unwrap(), n(1) as usize),
        ("tipografia", 1) => it::tipografia(args[0]),
        (f, k) => panic!("no function `{f}` with {k} arguments"),
    }
}

#[test]
fn the_italian_matches_the_reference_table() {
    let mut rows = 0;
    let mut wrong = Vec::new();
    let mut fonti = std::collections::BTreeSet::new();
    for (i, line) in TABLE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() == 4,
            "line {}: four tab-separated columns, found {}: {line:?}",
            i + 1,
            cols.len()
        );
        let args: Vec<&str> = cols[1].split(" | ").collect();
        let atteso = cols[2].replace("{nbsp}", "\u{a0}");
        assert!(!cols[3].trim().is_empty(), "line {}: no reference", i + 1);
        fonti.insert(cols[3].split_whitespace().next().unwrap_or("").to_string());
        let got = output(cols[0], &args);
        if got != atteso {
            wrong.push(format!(
                "line {}: {}({}) gives {got:?}, the reference says {atteso:?} ({})",
                i + 1,
                cols[0],
                cols[1],
                cols[3]
            ));
        }
        rows += 1;
    }
    assert!(
        rows >= 300,
        "the table has {rows} rows; it must have at least 300"
    );
    assert!(
        wrong.is_empty(),
        "{} of {rows} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    for f in &fonti {
        assert!(
            TABLE
                .lines()
                .any(|l| l.starts_with('#') && l.contains(&format!("`{f}`"))),
            "the reference `{f}` is not described in the table's header"
        );
    }
}
