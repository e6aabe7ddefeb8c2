//! The layout of every example PDF, read page by page as a Segretario would
//! read it (`pdftotext`, one page at a time):
//! - no page holds fewer than five lines of text unless it is a page of
//!   signatures (a closing formula or the note on the digital signature
//!   alone on a page fails);
//! - no page ends with a heading (an article, a section, a numbered point
//!   of a report, a label such as "Competenze.");
//! - no word runs past the right margin, and "n." or "art." is never
//!   parted from its number at a line's end, nor a day from its month;
//! - the title is not set in capitals;
//! - the PDF's title and subject (its metadata) read as the text does;
//! - none of the wordings a careful reader would stop at
//!   (`common::PATTERNS`).
//!
//! The headings are taken from the Typst source of the same document, so the
//! check knows them by their text, not by a guess.

mod common;

use std::path::Path;
use std::process::Command;

use common::{ambito, built, fold, pdftotext, stderr};
use regex::Regex;

#[test]
fn every_example_pdf_reads_and_lays_out_as_an_act() {
    let b = built();
    let (_dir, typst) = common::emitted_typst();
    let patterns = common::patterns();
    let mut problems = Vec::new();
    let mut pdfs = 0;
    for pdf in common::walk(&b.out) {
        // The copies for publication are laid out as their acts.
        if pdf.extension().is_none_or(|e| e != "pdf")
            || pdf.to_string_lossy().contains("/pubblicazione/")
        {
            continue;
        }
        pdfs += 1;
        let rel = pdf.strip_prefix(&b.out).unwrap().to_path_buf();
        let source = typst.join(&rel).with_extension("typ");
        let headings = headings(&std::fs::read_to_string(&source).unwrap());
        assert!(!headings.is_empty(), "{}: no headings found", rel.display());
        for p in check(&pdf, &headings, &patterns) {
            problems.push(format!("{}: {p}", rel.display()));
        }
    }
    assert_eq!(pdfs, 14, "every example document is checked");
    assert!(
        problems.is_empty(),
        "layout problems:\n{}",
        problems.join("\n")
    );
}

/// What is wrong with one PDF, page by page.
fn check(pdf: &Path, headings: &[String], patterns: &[(Regex, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let parted = Regex::new(r"(^|\s)(n|N|art|artt)\.$").unwrap();
    let day = Regex::new(r"(^|\s)\d{1,2}º?$").unwrap();
    let month = Regex::new(
        r"^(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b",
    )
    .unwrap();
    let text = pdftotext(pdf, &["-layout"]);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    for (i, page) in pages.iter().enumerate() {
        let n = i + 1;
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        // The running header (the Ambito's name) and footer ("pagina N di M").
        let body: Vec<&str> = lines
            .iter()
            .skip(1)
            .filter(|l| !l.starts_with("pagina "))
            .copied()
            .collect();
        let firme = body.iter().any(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .all(|s| s == "firmato digitalmente")
        });
        if body.len() < 5 && !firme {
            problems.push(format!(
                "page {n} holds only {} lines: {body:?}",
                body.len()
            ));
        }
        if let Some(last) = body.last() {
            let last = fold(last);
            if headings
                .iter()
                .any(|h| h.starts_with(&last) && last.len() > 3)
            {
                problems.push(format!("page {n} ends with the heading “{last}”"));
            }
        }
        for pair in body.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if parted.is_match(a) && b.starts_with(|c: char| c.is_ascii_digit()) {
                problems.push(format!("page {n}: “{a}” is parted from its number"));
            }
            if day.is_match(a) && month.is_match(b) {
                problems.push(format!("page {n}: “{a}” is parted from its month"));
            }
        }
        let folded = fold(page);
        for (re, why) in patterns {
            for m in re.find_iter(&folded) {
                let from = folded[..m.start()]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |(i, _)| i);
                let to = folded[m.end()..]
                    .char_indices()
                    .nth(30)
                    .map_or(folded.len(), |(i, _)| m.end() + i);
                problems.push(format!("page {n}: {why}: “…{}…”", &folded[from..to]));
            }
        }
    }
    // The title, the first line under the header of page 1.
    if let Some(title) = pages
        .first()
        .and_then(|p| p.lines().map(str::trim).filter(|l| !l.is_empty()).nth(1))
        && title.chars().filter(|c| c.is_alphabetic()).count() > 10
        && !title.chars().any(char::is_lowercase)
    {
        problems.push(format!("the title is in capitals: “{title}”"));
    }
    // The title and subject in the PDF's metadata read as the text does.
    let info = Command::new("pdfinfo")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .output()
        .expect("pdfinfo is installed (scripts/test.sh installs poppler-utils)");
    for line in String::from_utf8_lossy(&info.stdout).lines() {
        if let Some((key @ ("Title" | "Subject"), value)) = line.split_once(':') {
            for (re, why) in patterns {
                if re.is_match(value) {
                    problems.push(format!("metadata {key}: {why}: “{}”", value.trim()));
                }
            }
        }
    }
    problems.extend(overflow(pdf));
    problems
}

/// Words whose box ends past the right margin (2.4 cm on A4). Typst lets
/// a comma or a hyphen at a line's end hang a little into the margin, as
/// fine typesetting does; five points allow for that and nothing more.
fn overflow(pdf: &Path) -> Vec<String> {
    let html = pdftotext(pdf, &["-bbox"]);
    let limit = 595.276 - 68.03 + 5.0;
    let attr = |tag: &str, name: &str| -> Option<f64> {
        let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
        tag[start..].split('"').next()?.parse().ok()
    };
    let mut problems = Vec::new();
    let mut page = 0;
    for tag in html.split('<') {
        if tag.starts_with("page ") {
            page += 1;
        } else if tag.starts_with("word ")
            && let Some(x) = attr(tag, "xMax")
            && x > limit
        {
            let word = tag.split('>').nth(1).unwrap_or("");
            problems.push(format!(
                "page {page}: “{word}” runs past the margin ({x:.0}pt)"
            ));
        }
    }
    problems
}

/// The headings of a document, from its Typst source: sections, articles,
/// numbered points, annexes and labels, as printed.
fn headings(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let line = line.trim_start();
        for (call, prefix) in [
            ("#sezione[", ""),
            ("#articolo[", "Art. "),
            ("#punto[", ""),
            ("#allegato[", ""),
            ("#etichetta[", ""),
        ] {
            if let Some(rest) = line.strip_prefix(call) {
                let body = rest.rsplit_once(']').map_or(rest, |(b, _)| b);
                let text = unescape(body);
                // An article prints "Art. N – Titolo"; a point "N. Titolo".
                out.push(if prefix.is_empty() {
                    fold(&text)
                } else {
                    format!("{prefix}{}", fold(&text))
                });
                if call == "#articolo[" || call == "#punto[" {
                    out.push(fold(&text));
                }
            }
        }
    }
    out
}

/// Typst markup as printed: escapes dropped, empty boxes (places to break) removed, straight
/// apostrophes as Typst's smart quotes print them.
fn unescape(markup: &str) -> String {
    let markup = markup.replace("#box[]", "");
    let mut out = String::new();
    let mut chars = markup.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '\'' => out.push('’'),
            c => out.push(c),
        }
    }
    out
}

#[test]
fn overlong_words_and_addresses_stay_inside_the_page() {
    let ws = common::workspace();
    let path = ws.path().join("content/carate-brianza/comuni.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    // A letter no act uses otherwise, so that it can be counted.
    let parola = "ж".repeat(10_000);
    let sede = format!(
        "sede: \"via {parola} e ufficio.di.piano.ambito.territoriale@pec.comune.carate-brianza.mb.it\""
    );
    std::fs::write(&path, text.replace("sede: via Salvadori 1", &sede)).unwrap();
    let run = ambito(ws.path(), &["build"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let pdf = ws.path().join("out/carate-brianza/convenzione.pdf");
    assert_eq!(overflow(&pdf), Vec::<String>::new());
    // Nothing is added to the text: the address copies as it was written.
    let copied = common::pdf_text_raw(&pdf).replace(['\n', ' '], "");
    assert!(
        copied.contains("ufficio.di.piano.ambito.territoriale@pec.comune.carate-brianza.mb.it")
    );
    // The word runs over pages (headers and footers come in between), whole.
    assert_eq!(copied.matches('ж').count(), 10_000);
}
