//! The rule catalogue: `docs/rules.md`, compiled in, so that `ambito explain`
//! prints exactly what the documentation says.

const RULES: &str = include_str!("../../docs/rules.md");

/// Every rule code documented, in order.
pub fn codes() -> Vec<&'static str> {
    RULES
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter_map(|h| h.split_whitespace().next())
        .filter(|c| c.starts_with('R'))
        .collect()
}

/// The documentation of one rule (its section of `docs/rules.md`), or `None`
/// for a code that does not exist. Case-insensitive: `r012` works too.
pub fn explain(code: &str) -> Option<&'static str> {
    let code = code.trim().to_ascii_uppercase();
    let start = RULES.find(&format!("\n## {code} "))? + 1;
    let rest = &RULES[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    Some(rest[..end].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_documented_once_and_in_order() {
        let codes = codes();
        let expected: Vec<String> = (1..=49).map(|n| format!("R{n:03}")).collect();
        assert_eq!(codes, expected);
    }

    #[test]
    fn explain_returns_one_section() {
        let text = explain("r012").unwrap();
        assert!(text.starts_with("## R012"), "{text}");
        assert!(!text.contains("## R013"), "{text}");
        assert!(explain("R999").is_none());
    }
}
