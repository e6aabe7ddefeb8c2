//! The copy of an act for publication online (Albo pretorio,
//! Amministrazione trasparente).
//!
//! The Garante's guidelines of 15 May 2014 on publishing acts online ask
//! that the published copy leave out the personal data its purpose does not
//! need: a Sindaco's birthplace and birth date, a personal codice fiscale, a
//! private address. The signed act keeps them. Which data count is the
//! declared list [`DatoPersonale::ALL`]; each act may keep some
//! (`pubblicazione.pubblica`) and choose how the rest is left out
//! (`pubblicazione.forma`). Render asks [`Copia::dato`] for every personal
//! datum it prints, so the copy's Typst source never holds one.

use std::borrow::Cow;

use crate::load::files::Pubblicazione;
use crate::load::values::{DatoPersonale, Omissione};

use super::{Ambito, Documento};

/// The word that stands where a datum was left out.
pub const OMISSIS: &str = "omissis";

/// Which copy of a document is being made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copia {
    /// The act as signed: every datum the content gives.
    Originale,
    /// The copy for publication, by the act's setting.
    Pubblicazione {
        forma: Omissione,
        pubblica: Vec<DatoPersonale>,
    },
}

impl Copia {
    /// The publication copy of `documento`, by the setting of its act (the
    /// default for documents that have none).
    pub fn pubblicazione(ambito: &Ambito, documento: Documento) -> Copia {
        let regola: Option<&Pubblicazione> = match documento {
            Documento::Convenzione => ambito.convenzione.as_ref().map(|c| &c.value.pubblicazione),
            Documento::Regolamento => ambito.regolamento.as_ref().map(|r| &r.value.pubblicazione),
            Documento::Relazione { .. } | Documento::Commissioni => None,
        };
        let regola = regola.cloned().unwrap_or_default();
        Copia::Pubblicazione {
            forma: regola.forma,
            pubblica: regola.pubblica,
        }
    }

    /// What the copy prints of the personal datum `campo` whose value is
    /// `valore`: the value in the original and where the act keeps it;
    /// "omissis" or nothing in the publication copy.
    pub fn dato<'a>(&self, campo: DatoPersonale, valore: Option<&'a str>) -> Option<Cow<'a, str>> {
        let valore = valore?;
        match self {
            Copia::Originale => Some(Cow::Borrowed(valore)),
            Copia::Pubblicazione { pubblica, .. } if pubblica.contains(&campo) => {
                Some(Cow::Borrowed(valore))
            }
            Copia::Pubblicazione {
                forma: Omissione::Omissis,
                ..
            } => Some(Cow::Borrowed(OMISSIS)),
            Copia::Pubblicazione {
                forma: Omissione::Ometti,
                ..
            } => None,
        }
    }

    /// `originale` or `pubblicazione`, as the templates and the library
    /// name the copy.
    pub fn nome(&self) -> &'static str {
        match self {
            Copia::Originale => "originale",
            Copia::Pubblicazione { .. } => "pubblicazione",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_original_prints_what_the_copy_leaves_out() {
        let omissis = Copia::Pubblicazione {
            forma: Omissione::Omissis,
            pubblica: vec![DatoPersonale::NatoA],
        };
        let ometti = Copia::Pubblicazione {
            forma: Omissione::Ometti,
            pubblica: Vec::new(),
        };
        let cf = DatoPersonale::CodiceFiscale;
        assert_eq!(Copia::Originale.dato(cf, Some("X")).as_deref(), Some("X"));
        assert_eq!(omissis.dato(cf, Some("X")).as_deref(), Some("omissis"));
        assert_eq!(
            omissis.dato(DatoPersonale::NatoA, Some("Pisa")).as_deref(),
            Some("Pisa")
        );
        assert_eq!(ometti.dato(cf, Some("X")), None);
        assert_eq!(omissis.dato(cf, None), None);
    }
}
