//! `build --emit-typst`: the Typst sources instead of the PDFs.
//!
//! For people who debug a template, and for measuring ambito against other
//! ways of typesetting the same documents (`scripts/bench.sh`). The output
//! folder is a self-contained Typst project: `<ambito>/<documento>.typ`
//! imports `/lib/...`, and `lib/` is a copy of `templates/lib/`, so
//! `typst compile --root OUT OUT/<ambito>/<documento>.typ` works. Beside each
//! source, `<documento>.json` holds what its template was given.

use rayon::prelude::*;
use serde::Serialize;

use crate::build::{Checked, IoError, Paths, Selection, chosen, write_atomic};
use crate::model::pubblicazione::Copia;
use crate::render::Renderer;

/// What `<documento>.json` holds.
#[derive(Serialize)]
struct Context<'a> {
    ambito: &'a str,
    /// The kind, which names the template: `templates/<kind>.typ.j2`, or the
    /// Ambito's own `content/<ambito>/templates/<kind>.typ.j2`.
    documento: &'a str,
    /// The date the document carries (see `Ambito::data`).
    data: Option<String>,
    /// The template's context.
    context: minijinja::Value,
}

/// What `emit_typst` did.
#[derive(Debug, Default)]
pub struct Emitted {
    /// The sources written, relative to the output folder.
    pub written: Vec<String>,
    /// Documents that failed to render, with the reason.
    pub failed: Vec<(String, String)>,
}

/// Writes the Typst source (and template context) of every selected
/// document of every Ambito without errors into `paths.out`.
pub fn emit_typst(
    checked: &Checked,
    paths: &Paths,
    select: &Selection,
) -> Result<Emitted, IoError> {
    copy_lib(paths)?;
    let renderer = Renderer::new(&paths.templates, &paths.content);
    let one = |(ambito, documento): &(&crate::model::Ambito, crate::model::Documento)| {
        let rel = format!("{}/{}.typ", ambito.id, documento.name());
        // The context is built once, for the template and for the `.json`.
        let rendered = Renderer::context(ambito, *documento, &Copia::Originale).and_then(|ctx| {
            let source = renderer.render_with(ambito, *documento, ctx.clone())?;
            Ok((ctx, source))
        });
        let (context, source) = match rendered {
            Ok(done) => done,
            Err(e) => return Ok(Err((rel, e.to_string()))),
        };
        let json = Context {
            ambito: &ambito.id,
            documento: documento.kind(),
            data: ambito.data(*documento).map(|d| d.to_string()),
            context,
        };
        let json_path = paths
            .out
            .join(format!("{}/{}.json", ambito.id, documento.name()));
        let mut bytes = serde_json::to_vec_pretty(&json)
            .map_err(|e| IoError::write(json_path.clone(), std::io::Error::other(e)))?;
        bytes.push(b'\n');
        write_atomic(&json_path, &bytes)?;
        write_atomic(&paths.out.join(&rel), source.as_bytes())?;
        Ok(Ok(rel))
    };
    let results: Vec<Result<_, IoError>> = chosen(checked, select).par_iter().map(one).collect();
    let mut emitted = Emitted::default();
    for r in results {
        match r? {
            Ok(rel) => emitted.written.push(rel),
            Err(f) => emitted.failed.push(f),
        }
    }
    Ok(emitted)
}

/// Writes `lib/` (the project's files, or the built-in ones) to `<out>/lib/`,
/// where the sources import it from.
fn copy_lib(paths: &Paths) -> Result<(), IoError> {
    let files = crate::templates::lib_files(&paths.templates)
        .map_err(|(path, e)| IoError::read(path, e))?;
    for (rel, bytes) in files {
        write_atomic(&paths.out.join(rel), &bytes)?;
    }
    Ok(())
}
