//! Contact and identity data: the forms Italian administrations use.
//!
//! - R031: e-mail and PEC addresses are well-formed.
//! - R032: a person's codice fiscale has 16 characters and the right check character.
//! - R033: an organisation's codice fiscale has 11 digits and the right check digit.
//! - R034: an ISTAT code has 6 digits.
//! - R035: a CAP has 5 digits.

use crate::diagnostic::{Diagnostic, Position};
use crate::model::Ambito;

/// R031–R035 over every address and code of an Ambito.
pub fn check(a: &Ambito, out: &mut Vec<Diagnostic>) {
    indirizzi(a, out);
    codici_fiscali(a, out);
    comuni(a, out);
}

/// R031: the office's e-mail and PEC addresses.
fn indirizzi(a: &Ambito, out: &mut Vec<Diagnostic>) {
    if let Some(u) = &a.ufficio {
        for (what, addr) in [("e-mail", &u.value.email), ("PEC", &u.value.pec)] {
            if let Some(addr) = addr
                && !email_ok(&addr.value)
            {
                out.push(
                    Diagnostic::error(
                        "R031",
                        &u.path,
                        Position::at(addr),
                        crate::t!("r031-indirizzo", indirizzo = &addr.value, tipo = what),
                    )
                    .with_hint(crate::t!("r031-indirizzo-suggerimento")),
                );
            }
        }
    }
}

/// R032 and R033: the codici fiscali of persons, Comuni and enti.
fn codici_fiscali(a: &Ambito, out: &mut Vec<Diagnostic>) {
    for p in &a.persone.value {
        if let Some(cf) = &p.codice_fiscale
            && !cf_persona_ok(&cf.value)
        {
            out.push(
                Diagnostic::error(
                    "R032",
                    &a.persone.path,
                    Position::at(cf),
                    crate::t!("r032-codice-fiscale-persona", codice = &cf.value),
                )
                .with_hint(crate::t!("r032-codice-fiscale-persona-suggerimento")),
            );
        }
    }
    let enti_cf = a
        .comuni
        .value
        .iter()
        .filter_map(|c| c.codice_fiscale.as_ref().map(|cf| (&a.comuni.path, cf)))
        .chain(a.enti.iter().flat_map(|e| {
            e.value
                .iter()
                .filter_map(|x| x.codice_fiscale.as_ref().map(|cf| (&e.path, cf)))
        }));
    for (path, cf) in enti_cf {
        if !cf_ente_ok(&cf.value) {
            out.push(
                Diagnostic::error(
                    "R033",
                    path,
                    Position::at(cf),
                    crate::t!("r033-codice-fiscale-ente", codice = &cf.value),
                )
                .with_hint(crate::t!("r033-codice-fiscale-ente-suggerimento")),
            );
        }
    }
}

/// R034 and R035: each Comune's ISTAT code and CAP.
fn comuni(a: &Ambito, out: &mut Vec<Diagnostic>) {
    for c in &a.comuni.value {
        if let Some(istat) = &c.istat
            && !digits(&istat.value, 6)
        {
            out.push(
                Diagnostic::error(
                    "R034",
                    &a.comuni.path,
                    Position::at(istat),
                    crate::t!("r034-codice-istat", codice = &istat.value),
                )
                .with_hint(crate::t!("r034-codice-istat-suggerimento")),
            );
        }
        if let Some(cap) = &c.cap
            && !digits(&cap.value, 5)
        {
            out.push(
                Diagnostic::error(
                    "R035",
                    &a.comuni.path,
                    Position::at(cap),
                    crate::t!("r035-cap", cap = &cap.value),
                )
                .with_hint(crate::t!("r035-cap-suggerimento")),
            );
        }
    }
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// A plain e-mail address: `local@domain.tld`.
pub fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// A person's codice fiscale, omocodia included.
pub fn cf_persona_ok(s: &str) -> bool {
    let s = s.to_ascii_uppercase();
    let b = s.as_bytes();
    if b.len() != 16 {
        return false;
    }
    // Letters at 0-5, 8, 11, 15; digits (or omocodia letters) elsewhere.
    const OMOCODIA: &[u8] = b"LMNPQRSTUV";
    let shape_ok = b.iter().enumerate().all(|(i, &c)| match i {
        0..=5 | 8 | 11 | 15 => c.is_ascii_uppercase(),
        _ => c.is_ascii_digit() || OMOCODIA.contains(&c),
    }) && b.get(8).is_some_and(|m| b"ABCDEHLMPRST".contains(m));
    if !shape_ok {
        return false;
    }
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let value = |c: u8| -> u32 {
        if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A')
        }
    };
    let sum: u32 = b
        .iter()
        .take(15)
        .enumerate()
        .map(|(i, &c)| {
            if i % 2 == 0 {
                ODD.get(value(c) as usize).copied().unwrap_or(0)
            } else {
                value(c)
            }
        })
        .sum();
    b.get(15) == Some(&(b'A' + (sum % 26) as u8))
}

/// An organisation's codice fiscale (the same algorithm as the partita IVA).
pub fn cf_ente_ok(s: &str) -> bool {
    if !digits(s, 11) {
        return false;
    }
    let d: Vec<u32> = s.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum: u32 = d
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                x
            } else {
                let y = x * 2;
                if y > 9 { y - 9 } else { y }
            }
        })
        .sum();
    d.get(10) == Some(&((10 - sum % 10) % 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codici_fiscali() {
        assert!(cf_persona_ok("RSSMRA85T10A562S"));
        assert!(!cf_persona_ok("RSSMRA85T10A562T"));
        assert!(!cf_persona_ok("RSSMRA85T10A562"));
        assert!(cf_ente_ok("01199250158"));
        assert!(!cf_ente_ok("01199250159"));
        assert!(!cf_ente_ok("0119925015A"));
    }

    #[test]
    fn emails() {
        assert!(email_ok("a.perulli@comune.lecce.it"));
        assert!(email_ok("annamaria.perulli@pec.comune.lecce.it"));
        assert!(!email_ok("a.perulli@comune"));
        assert!(!email_ok("a perulli@comune.lecce.it"));
        assert!(!email_ok("a..b@x.it"));
        assert!(!email_ok("@x.it"));
    }
}
