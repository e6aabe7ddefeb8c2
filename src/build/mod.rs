//! Build: check the content, then produce every document it describes.
//!
//! An Ambito with an error is not rendered at all, and its earlier outputs are
//! left untouched; the other Ambiti still build. Every PDF is written to a
//! temporary file in its final folder and renamed into place, so a reader
//! never sees a half-written file. `out/manifest.json` lists what is there.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::diagnostic::{self, Diagnostic, Sources};
use crate::load;
use crate::model::{self, Ambito, Documento, Model};
use crate::render::Renderer;
use crate::typeset::{Meta, Typesetter};

/// The result of loading, modelling and validating a content folder.
pub struct Checked {
    /// How many Ambito folders were read (some may not have made it into the
    /// model because a required file is missing or broken).
    pub ambiti_lette: usize,
    pub model: Model,
    pub sources: Sources,
    /// Every problem, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    content: PathBuf,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Whether an error stands in this Ambito's files or in the shared data.
    pub fn is_blocked(&self, ambito: &Ambito) -> bool {
        let shared = self.content.join(load::RIFERIMENTI);
        self.diagnostics.iter().any(|d| {
            d.is_error() && (d.file.starts_with(&ambito.dir) || d.file.starts_with(&shared))
        })
    }
}

/// Load → model → validate.
pub fn check(content: &Path) -> Result<Checked, load::Error> {
    let mut loaded = load::content(content)?;
    let ambiti_lette = loaded.ambiti.len();
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let sources = std::mem::take(&mut loaded.sources);
    let model = model::build(loaded);
    diagnostics.extend(crate::validate::riferimenti(&model));
    for ambito in &model.ambiti {
        diagnostics.extend(crate::validate::ambito(ambito));
    }
    diagnostic::sort(&mut diagnostics);
    Ok(Checked {
        ambiti_lette,
        model,
        sources,
        diagnostics,
        content: content.to_path_buf(),
    })
}

/// Where things are.
#[derive(Debug, Clone)]
pub struct Paths {
    pub content: PathBuf,
    pub templates: PathBuf,
    pub out: PathBuf,
}

/// One PDF written, as listed in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the output folder, with `/`.
    pub path: String,
    pub ambito: String,
    pub documento: String,
    pub pages: usize,
    pub bytes: u64,
    pub sha256: String,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<Entry>,
    /// Ambiti not rendered because of content errors.
    pub blocked: Vec<String>,
    /// Documents that failed to render or typeset, with the reason.
    pub failed: Vec<(String, String)>,
}

/// A build failure that is not about the content: the output cannot be written.
#[derive(Debug)]
pub struct IoError(pub PathBuf, pub std::io::Error);

impl std::fmt::Display for IoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write `{}`: {}", self.0.display(), self.1)
    }
}

impl std::error::Error for IoError {}

/// Builds every document of every Ambito without errors. `on_written` is
/// called after each PDF lands, for progress output.
pub fn build(
    checked: &Checked,
    paths: &Paths,
    mut on_written: impl FnMut(&Entry),
) -> Result<Report, IoError> {
    remove_stale_temporaries(&paths.out);
    let renderer = Renderer::new(&paths.templates, &paths.content);
    let typesetter = Typesetter::new(&paths.templates);
    let mut report = Report::default();
    for ambito in &checked.model.ambiti {
        if checked.is_blocked(ambito) {
            report.blocked.push(ambito.id.clone());
            continue;
        }
        for documento in ambito.documenti() {
            let label = format!("{}/{}", ambito.id, documento.name());
            let result = produce(&renderer, &typesetter, ambito, documento);
            match result {
                Ok((bytes, pages)) => {
                    let rel = format!("{}/{}.pdf", ambito.id, documento.name());
                    let path = paths.out.join(&rel);
                    write_atomic(&path, &bytes)?;
                    let entry = Entry {
                        path: rel,
                        ambito: ambito.id.clone(),
                        documento: documento.kind().to_string(),
                        pages,
                        bytes: bytes.len() as u64,
                        sha256: hex(&Sha256::digest(&bytes)),
                    };
                    on_written(&entry);
                    report.written.push(entry);
                }
                Err(reason) => report.failed.push((label, reason)),
            }
        }
    }
    write_manifest(&paths.out, &report)?;
    Ok(report)
}

/// Render and typeset one document: its PDF bytes and page count.
fn produce(
    renderer: &Renderer,
    typesetter: &Typesetter,
    ambito: &Ambito,
    documento: Documento,
) -> Result<(Vec<u8>, usize), String> {
    let source = renderer
        .render(ambito, documento)
        .map_err(|e| format!("rendering templates/{}.typ.j2: {e}", documento.kind()))?;
    let meta = Meta {
        ident: format!("{}/{}", ambito.id, documento.name()),
        date: ambito.data(documento).ok_or("the act has no date")?,
    };
    let name = format!(
        "{}.typ (from templates/{}.typ.j2)",
        meta.ident,
        documento.name()
    );
    let pdf = typesetter.pdf(&name, source, &meta).map_err(|e| e.report)?;
    Ok((pdf.bytes, pdf.pages))
}

/// Removes the temporary files a build killed half-way left behind (it could
/// not clean up after itself); they are never mistaken for documents, since
/// only renamed files end in `.pdf`.
fn remove_stale_temporaries(out: &Path) {
    let stale = walkdir::WalkDir::new(out)
        .max_depth(2)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            name.starts_with(".ambito-") && name.ends_with(".tmp")
        });
    for entry in stale {
        let _ = fs::remove_file(entry.path());
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let err = |e| IoError(path.to_path_buf(), e);
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(err)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".ambito-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// `out/manifest.json`: what this build wrote, plus what earlier builds wrote
/// for Ambiti that were blocked this time (their PDFs are still there).
fn write_manifest(out: &Path, report: &Report) -> Result<(), IoError> {
    let path = out.join("manifest.json");
    let previous: Vec<Entry> = fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .map(|m| m.documenti)
        .unwrap_or_default();
    let mut entries: BTreeMap<String, Entry> = previous
        .into_iter()
        .filter(|e| report.blocked.contains(&e.ambito) && out.join(&e.path).is_file())
        .map(|e| (e.path.clone(), e))
        .collect();
    for e in &report.written {
        entries.insert(e.path.clone(), e.clone());
    }
    let manifest = Manifest {
        versione: env!("CARGO_PKG_VERSION").to_string(),
        documenti: entries.into_values().collect(),
    };
    let mut json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| IoError(path.clone(), e.into()))?;
    json.push(b'\n');
    write_atomic(&path, &json)
}

/// The manifest file.
#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of ambito that wrote it.
    pub versione: String,
    pub documenti: Vec<Entry>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
