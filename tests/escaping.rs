//! Every value from YAML is text, never Typst code: arbitrary strings,
//! weighted toward Typst's markup and code characters, go through a real
//! template (the project's lib, metadata and markup, a list and a table) into
//! a PDF/A. The compile must succeed and the PDF's text must equal the input,
//! modulo white space.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use ambito::render::Renderer;
use ambito::typeset::{Meta, Typesetter};
use proptest::prelude::*;

use common::{pdf_text_raw, repo};

fn tools() -> &'static (Renderer, Typesetter) {
    static TOOLS: OnceLock<(Renderer, Typesetter)> = OnceLock::new();
    TOOLS.get_or_init(|| {
        (
            Renderer::new(
                &repo().join("tests/fixtures/templates"),
                Path::new("content"),
            ),
            Typesetter::new(&repo().join("templates")),
        )
    })
}

/// What a reader sees: no white space, no invisible bidirectional controls.
fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .filter(|c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// One piece of a test string: Typst's special characters and sequences,
/// line breaks, direction marks, emoji, and ordinary Italian text.
fn piece() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        "#", "$", "*", "_", "`", "@", "<", ">", "[", "]", "\\", "/", "=", "-", "+", "~", "\"", "'",
        ":", "{", "}", "(", ")", ";", ",", ".", "!", "?", "%", "&", "|", "^",
    ])
    .prop_map(str::to_string);
    let sequence = prop::sample::select(vec![
        "//",
        "/*",
        "*/",
        "#let x = 1",
        "#read(\"/etc/passwd\")",
        "#set text(red)",
        "$x^2$",
        "= Titolo",
        "- voce",
        "+ voce",
        "1. voce",
        "/ termine: def",
        "<etichetta>",
        "@rif",
        "```rust\nx\n```",
        "\\u{41}",
        "---",
        "--",
        "...",
        "https://esempio.it",
        "#{1+1}",
        "#[contenuto]",
        "[link](x)",
        "** __",
        "\\",
        "\\\\",
    ])
    .prop_map(str::to_string);
    let breaks =
        prop::sample::select(vec!["\n", "\n\n", "\r\n", "\t", "  "]).prop_map(str::to_string);
    // Direction marks, embeddings, overrides and isolates: the escaping drops
    // them (they would reorder the text around them), so they must vanish
    // without a trace.
    let marks = prop::sample::select(vec![
        "\u{200F}", "\u{200E}", "\u{202B}", "\u{202E}", "\u{2067}", "\u{061C}",
    ])
    .prop_map(str::to_string);
    let emoji = prop::sample::select(vec!["😀", "👍", "🎉", "❤", "✅", "🚀", "🇮🇹"])
        .prop_map(str::to_string);
    let text = "[a-zA-Z0-9àèéìòùÀÈÉÌÒÙ€°§«»— ]{1,8}";
    prop_oneof![
        4 => special,
        3 => sequence,
        1 => breaks,
        1 => marks,
        1 => emoji,
        3 => text,
    ]
}

fn testo() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..12).prop_map(|v| v.concat())
}

fn meta() -> Meta {
    Meta {
        ident: "prova/eco".into(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    }
}

fn round_trip(testo: &str) -> Result<(), TestCaseError> {
    let (renderer, typesetter) = tools();
    let ctx = serde_json::json!({ "testo": testo });
    let source = renderer
        .render_template("eco.typ.j2", ctx)
        .map_err(|e| TestCaseError::fail(format!("render: {e}")))?;
    let pdf = typesetter
        .pdf("eco", source, &meta())
        .map_err(|e| TestCaseError::fail(format!("typeset failed for {testo:?}:\n{e}")))?;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eco.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let text = visible(&pdf_text_raw(&path));
    // As written, in Italian typography: ' is ’ and paired " are « ».
    let want = visible(&ambito::render::italiano::tipografia(testo));
    for (start, end) in [("ΩA", "ΩB"), ("ΩC", "ΩD"), ("ΩE", "ΩF")] {
        let got = text
            .split_once(start)
            .and_then(|(_, rest)| rest.split_once(end))
            .map(|(inside, _)| inside.to_string());
        prop_assert_eq!(
            got.as_deref(),
            Some(want.as_str()),
            "between {} and {}",
            start,
            end
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_text_prints_as_written(testo in testo()) {
        round_trip(&testo)?;
    }
}

#[test]
fn known_tricky_values_print_as_written() {
    for testo in [
        "Sant'Angelo #1",
        "A*B_C",
        "#read(\"/etc/passwd\")",
        "]\n#set page(fill: red)\n[",
        "\\",
        "// non è un commento",
        "$ 100 $",
        "<script>",
    ] {
        round_trip(testo).unwrap();
    }
}
