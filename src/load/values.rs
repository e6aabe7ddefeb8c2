//! Small value types with their own rules of what may be written.

use std::fmt;

use serde::Deserialize;

/// Grammatical gender of a person, for agreement in the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
pub enum Genere {
    F,
    M,
}

/// An amount of money in euro, kept in cents so that sums are exact.
///
/// Written in YAML as a number (`20000`, `20000.5`, `20000.50`); more than two
/// decimals or a negative amount is rejected where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Importo {
    pub centesimi: i64,
}

impl Importo {
    /// Parses the decimal text of an amount: digits, optionally a point and
    /// one or two decimals.
    pub fn parse(text: &str) -> Result<Importo, String> {
        let text = text.trim();
        let (units, decimals) = text.split_once('.').unwrap_or((text, ""));
        let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits_only(units) || !(decimals.is_empty() || digits_only(decimals)) {
            return Err(format!(
                "`{text}` is not an amount in euro: write digits with a decimal point, e.g. 20000.00"
            ));
        }
        if decimals.len() > 2 {
            return Err(format!(
                "`{text}` has more than two decimals: amounts are in euro and cents"
            ));
        }
        let cents = format!("{decimals:0<2}");
        units
            .parse::<i64>()
            .ok()
            .and_then(|u| u.checked_mul(100))
            .and_then(|u| u.checked_add(cents.parse::<i64>().ok()?))
            .map(|centesimi| Importo { centesimi })
            .ok_or_else(|| format!("`{text}` is too large an amount"))
    }
}

impl fmt::Display for Importo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.centesimi / 100, self.centesimi % 100)
    }
}

impl schemars::JsonSchema for Importo {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Importo".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount in euro, with at most two decimals, e.g. 20000.00",
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": "^[0-9]+(\\.[0-9]{1,2})?$"
        })
    }
}

impl<'de> Deserialize<'de> for Importo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read the number as text, so that `0.1` is never a float rounded to cents.
        let text = String::deserialize(deserializer)?;
        Importo::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(Importo::parse("20000").unwrap().centesimi, 2_000_000);
        assert_eq!(Importo::parse("20000.5").unwrap().centesimi, 2_000_050);
        assert_eq!(Importo::parse("0.10").unwrap().centesimi, 10);
        assert!(Importo::parse("1.005").is_err());
        assert!(Importo::parse("-3").is_err());
        assert!(Importo::parse("1e3").is_err());
        assert!(Importo::parse("99999999999999999999").is_err());
    }
}
