//! Escaping YAML text for Typst.
//!
//! Every value from YAML is text, never Typst code. In markup, Typst gives a
//! meaning to ASCII punctuation (`#` starts code, `*` strong, `_` emphasis,
//! `$` math, `@` references, `<` labels, `=`/`-`/`+` at line start headings and
//! lists, `//` comments, `'`/`"` smart quotes, `~` and `--` substitutions, …),
//! and a backslash before any non-space character makes that character
//! literal. So the rule is simple and total: put a backslash before every
//! ASCII punctuation character, and turn line breaks into spaces (a blank line
//! would start a new paragraph, and a value is one piece of running text).
//!
//! Bidirectional controls are dropped: the marks (U+200E, U+200F, U+061C),
//! embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
//! Invisible themselves, they would reorder the characters around them, in
//! the value and in the document's own text after it (the "Trojan Source"
//! trick), so what is printed would no longer read as what was written.
//! Letters of right-to-left scripts keep their natural direction.

use super::italiano;

/// Escapes `text` for Typst markup: the result typesets as `text` in
/// Italian typography (see [`italiano::tipografia`]), with places to break
/// a line inside addresses and overlong words (see [`spezzabile`]).
pub fn markup(text: &str) -> String {
    let text = spezzabile(&italiano::tipografia(text));
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            // A place to break that prints nothing and is not in the
            // PDF's text: an empty inline box, which a line may break
            // before or after (zero spacing, `h(0pt)`, is no such place).
            '\u{200B}' => out.push_str("#box[]"),
            c if is_line_break(c) => out.push(' '),
            c if is_bidi_control(c) => {}
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Where a line may break inside a word: after each `/`, `@`, `.`, `-`,
/// `_` of an e-mail address or a web address, and every
/// [`PEZZO`] characters of a word longer than [`PAROLA_LUNGA`], so that no
/// line is stretched around an address and no word runs off the page.
/// The break is marked with a zero-width space, which [`markup`] turns into
/// an empty inline box: a copied address has nothing in it (a zero-width
/// space would be copied with it).
pub fn spezzabile(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, parola) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let indirizzo =
            parola.contains('@') || parola.contains("://") || parola.starts_with("www.");
        let lunga = parola.chars().count() > PAROLA_LUNGA;
        if !indirizzo && !lunga {
            out.push_str(parola);
            continue;
        }
        let mut pezzo = 0;
        let mut chars = parola.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            pezzo += 1;
            let ancora = chars.peek().is_some();
            if ancora && ((indirizzo && "/@.-_".contains(c)) || pezzo >= PEZZO) {
                out.push('\u{200B}');
                pezzo = 0;
            }
        }
    }
    out
}

/// Characters that end a line: besides CR and LF, the vertical tab, the form
/// feed, NEL and the Unicode line and paragraph separators, all of which
/// would otherwise break a value that is one piece of running text.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\r' | '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Bidirectional controls: marks, embeddings, overrides and isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A word longer than this (in characters) gets places to break.
pub const PAROLA_LUNGA: usize = 40;
/// How many characters an overlong word keeps between two places to break.
const PEZZO: usize = 20;

/// Quotes `text` as a Typst string literal, for values used in code
/// (`#set document(title: ...)`), in Italian typography.
pub fn string_literal(text: &str) -> String {
    let text = italiano::tipografia(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // A title or a keyword is one line, and reads as it is written.
            c if is_line_break(c) => out.push(' '),
            c if is_bidi_control(c) => {}
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_every_special_character() {
        assert_eq!(markup("Sant'Angelo #1"), "Sant’Angelo \\#1");
        assert_eq!(markup("A*B_C"), "A\\*B\\_C");
        assert_eq!(markup("a\n\nb"), "a  b");
        assert_eq!(markup("Città"), "Città");
        assert_eq!(markup("fondo \"Dopo di noi\""), "fondo «Dopo di noi»");
        assert_eq!(markup("n. 23"), "n\\.\u{a0}23");
        assert_eq!(
            markup("ufficio.piano@comune.carate-brianza.mb.it"),
            "ufficio\\.#box[]piano\\@#box[]comune\\.#box[]carate\\-#box[]brianza\\.#box[]mb\\.#box[]it"
        );
        let parola = "a".repeat(45);
        assert_eq!(
            markup(&parola),
            format!(
                "{}#box[]{}#box[]{}",
                "a".repeat(20),
                "a".repeat(20),
                "a".repeat(5)
            )
        );
        assert_eq!(markup("a\u{202E}b\u{200F}c\u{2067}"), "abc");
    }

    #[test]
    fn no_control_reorders_or_breaks_a_value() {
        // "evil" with a right-to-left override would show as "live".
        assert_eq!(string_literal("\u{202E}evil\u{202C}"), "\"evil\"");
        assert_eq!(markup("a\u{0B}b\u{0C}c\u{85}d"), "a b c d");
        assert_eq!(string_literal("a\u{0B}b\u{0C}c\u{85}d\ne"), "\"a b c d e\"");
    }

    #[test]
    fn string_literal_quotes_and_escapes() {
        // Straight quotes become « »: none is left to end the literal.
        assert_eq!(string_literal("a \"b\" \\c"), "\"a «b» \\\\c\"");
        assert_eq!(string_literal("x\u{1}"), "\"x\\u{1}\"");
    }
}
