//! Validate: every contradiction in the content, found before anything is rendered.
//!
//! Rules are grouped by family, one module each; each rule has a stable code
//! documented in `docs/rules.md`. Validation never stops at the first problem:
//! it returns all of them, and the caller decides what an error blocks.

mod identity;

use crate::diagnostic::Diagnostic;
use crate::model::{Ambito, Model};

/// Problems in the shared reference data (they concern every Ambito).
pub fn riferimenti(model: &Model) -> Vec<Diagnostic> {
    identity::riferimenti(&model.riferimenti)
}

/// Problems in one Ambito.
pub fn ambito(ambito: &Ambito) -> Vec<Diagnostic> {
    identity::ambito(ambito)
}
