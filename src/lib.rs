//! `ambito`: the official documents of an Italian Ambito territoriale sociale,
//! from the YAML facts kept in git to PDF/A ready for a digital signature.
//!
//! The pipeline runs one way, one module per stage:
//! [`load`] → [`model`] → [`validate`] → [`render`] → [`typeset`], with
//! [`build`] driving it (plan, cache, schedule, write) and [`diagnostic`]
//! reporting what is wrong in the content. [`project::Project`] is the
//! library's front door: one operation per command. The command line
//! (`src/main.rs`, `src/cli/`) parses arguments, calls one operation and
//! prints what it returns.

// Nothing a user wrote may make the tool panic: no unwrap, expect or
// indexing that can fail outside tests (see docs/security.md).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable
    )
)]

pub mod build;
pub mod diagnostic;
pub mod fonts;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod load;
pub mod metadati;
pub mod model;
pub mod project;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod templates;
pub mod typeset;
pub mod validate;
