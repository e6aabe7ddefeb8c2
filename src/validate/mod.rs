//! Validate: every contradiction in the content, found before anything is rendered.
//!
//! Rules are grouped by family, one module each; each rule has a stable code
//! documented in `docs/rules.md` (and shown by `ambito explain CODE`).
//! Validation never stops at the first problem: it returns all of them, and
//! the caller decides what an error blocks. Warnings never block.
//!
//! | family | module | codes |
//! |---|---|---|
//! | identity | [`identity`] | R005–R008 (R001–R004, R009, R010, R047 come from loading) |
//! | Comuni and Sindaci | [`comuni`] | R011–R013 |
//! | Ufficio di Piano | [`ufficio`] | R014–R018, R030 |
//! | bodies and commissions | [`organi`] | R019–R022 |
//! | Piano di Zona and relazioni | [`piano`] | R023–R027 |
//! | dates | [`date`] | R028–R029 |
//! | contact and identity data | [`contatti`] | R031–R035 |
//! | governance and the text of the acts | [`governo`] | R037–R046 |
//! | output budgets | [`budget`] | R048 |
//! | archive data for the AgID metadata | [`archivio`] | R050 |

pub mod archivio;
pub mod budget;
pub mod catalogue;
pub mod comuni;
pub mod contatti;
pub mod date;
pub mod governo;
pub mod identity;
pub mod organi;
pub mod piano;
pub mod ufficio;

use crate::diagnostic::Diagnostic;
use crate::model::{Ambito, Model};

/// Problems in the shared reference data (they concern every Ambito).
pub fn riferimenti(model: &Model) -> Vec<Diagnostic> {
    identity::riferimenti(&model.riferimenti)
}

/// Problems in one Ambito.
pub fn ambito(ambito: &Ambito) -> Vec<Diagnostic> {
    let mut out = identity::ambito(ambito);
    comuni::check(ambito, &mut out);
    ufficio::check(ambito, &mut out);
    organi::check(ambito, &mut out);
    budget::check(ambito, &mut out);
    piano::check(ambito, &mut out);
    date::check(ambito, &mut out);
    contatti::check(ambito, &mut out);
    governo::check(ambito, &mut out);
    archivio::check(ambito, &mut out);
    out
}
