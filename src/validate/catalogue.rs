//! The rule catalogue: `docs/it/regole.md` and `docs/rules.md`, compiled in,
//! so that `ambito explain` prints exactly what the documentation says, in
//! the language of the other messages.

use crate::i18n::{self, Lingua};

const REGOLE: &str = include_str!("../../docs/it/regole.md");
const RULES: &str = include_str!("../../docs/rules.md");

/// The catalogue in a language.
pub fn text(lingua: Lingua) -> &'static str {
    match lingua {
        Lingua::Italiano => REGOLE,
        Lingua::English => RULES,
    }
}

/// Every rule code documented, in order.
pub fn codes() -> Vec<&'static str> {
    codes_in(i18n::current())
}

/// Every rule code documented in a language's catalogue, in order.
pub fn codes_in(lingua: Lingua) -> Vec<&'static str> {
    text(lingua)
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter_map(|h| h.split_whitespace().next())
        .filter(|c| c.starts_with('R'))
        .collect()
}

/// The documentation of one rule (its section of `docs/rules.md`), or `None`
/// for a code that does not exist. Case-insensitive: `r012` works too.
pub fn explain(code: &str) -> Option<&'static str> {
    explain_in(i18n::current(), code)
}

/// A rule's documentation in a language's catalogue.
pub fn explain_in(lingua: Lingua, code: &str) -> Option<&'static str> {
    let rules = text(lingua);
    let code = code.trim().to_ascii_uppercase();
    let start = rules.find(&format!("\n## {code} "))? + 1;
    let rest = rules.get(start..)?;
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    Some(rest[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_documented_once_and_in_order_in_both_languages() {
        let expected: Vec<String> = (1..=50).map(|n| format!("R{n:03}")).collect();
        assert_eq!(codes_in(Lingua::Italiano), expected);
        assert_eq!(codes_in(Lingua::English), expected);
    }

    #[test]
    fn explain_returns_one_section() {
        let text = explain_in(Lingua::English, "r012").unwrap();
        assert!(text.starts_with("## R012"), "{text}");
        assert!(!text.contains("## R013"), "{text}");
        assert!(explain("R999").is_none());
    }
}
