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

/// Escapes `text` for Typst markup: the result typesets as exactly `text`.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => {}
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Quotes `text` as a Typst string literal, for values used in code
/// (`#set document(title: ...)`).
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
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
        assert_eq!(markup("Sant'Angelo #1"), "Sant\\'Angelo \\#1");
        assert_eq!(markup("A*B_C"), "A\\*B\\_C");
        assert_eq!(markup("a\n\nb"), "a  b");
        assert_eq!(markup("Città"), "Città");
        assert_eq!(markup("a\u{202E}b\u{200F}c\u{2067}"), "abc");
    }

    #[test]
    fn string_literal_quotes_and_escapes() {
        assert_eq!(string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(string_literal("x\u{1}"), "\"x\\u{1}\"");
    }
}
