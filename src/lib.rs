//! `ambito`: the official documents of an Italian Ambito territoriale sociale,
//! from the YAML facts kept in git to PDF/A ready for a digital signature.
//!
//! The pipeline runs one way, one module per stage:
//! [`load`] → [`model`] → [`validate`] → [`render`] → [`typeset`], with
//! [`build`] driving it and [`diagnostic`] reporting what is wrong in the
//! content. The command line lives in `src/main.rs`.

pub mod build;
pub mod diagnostic;
pub mod fonts;
pub mod load;
pub mod model;
pub mod render;
pub mod typeset;
pub mod validate;
