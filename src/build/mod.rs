//! Build: check the content, then produce every document it describes.
//!
//! An Ambito with an error is not rendered at all, and its earlier outputs are
//! left untouched; the other Ambiti still build. Each document is rendered,
//! and typeset only when what Typst would be given changed ([`cache`]).
//! Every PDF is written to a temporary file in its final folder and renamed
//! into place, so a reader never sees a half-written file
//! ([`write`]); `out/manifest.json` lists what is there ([`manifest`]).
//! Which documents, and in which order, is the [`plan`]; on how many
//! threads, the [`schedule`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

pub mod cache;
pub mod firmati;
pub mod manifest;
mod paths;
pub mod plan;
pub mod schedule;
pub mod write;

pub use cache::{Digests, fresh};
pub use manifest::{Entry, Manifest};
pub use paths::Paths;
pub use plan::{Selection, Shard, chosen, jobs};
pub use write::{IoError, write_atomic};

use crate::diagnostic::{self, Diagnostic, Sources};
use crate::load;
use crate::model::{self, Ambito, Documento, Model};
use crate::render::Renderer;
use crate::typeset::{DocWorld, Meta, Pdf, TypesetError, Typesetter};

/// The result of loading, modelling and validating a content folder.
pub struct Checked {
    /// How many Ambito folders were read (some may not have made it into the
    /// model because a required file is missing or broken).
    pub ambiti_lette: usize,
    pub model: Model,
    pub sources: Sources,
    /// Every problem, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// Ambiti not read at all, because nothing they are built from changed
    /// since the build that wrote their documents (see [`fresh`]).
    pub fresh: Vec<String>,
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
pub fn check(content: &Path) -> Result<Checked, load::FolderError> {
    check_except(content, Vec::new())
}

/// Load → model → validate, leaving out the `fresh` Ambiti.
pub fn check_except(content: &Path, fresh: Vec<String>) -> Result<Checked, load::FolderError> {
    let mut loaded = load::content_except(content, &fresh)?;
    let ambiti_lette = loaded.ambiti.len();
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let sources = std::mem::take(&mut loaded.sources);
    let model = model::build(loaded);
    diagnostics.extend(crate::validate::riferimenti(&model));
    let per_ambito: Vec<Vec<Diagnostic>> = model
        .ambiti
        .par_iter()
        .map(crate::validate::ambito)
        .collect();
    diagnostics.extend(per_ambito.into_iter().flatten());
    diagnostic::sort(&mut diagnostics);
    Ok(Checked {
        ambiti_lette,
        model,
        sources,
        diagnostics,
        fresh,
        content: content.to_path_buf(),
    })
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<Entry>,
    /// Documents up to date, not rebuilt (their paths).
    pub skipped: Vec<String>,
    /// Time per stage, summed over documents.
    pub timings: Timings,
    /// Ambiti not rendered because of content errors.
    pub blocked: Vec<String>,
    /// Documents that failed to render or typeset, with the reason.
    pub failed: Vec<(String, String)>,
}

/// Time spent per stage, summed over documents (and so over threads).
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    /// Hashing the inputs, to decide what is up to date.
    pub digest: Duration,
    /// minijinja: model → Typst source.
    pub render: Duration,
    /// Typst: layout.
    pub compile: Duration,
    /// Typst: PDF export.
    pub export: Duration,
    /// Writing PDFs (temporary file, rename).
    pub write: Duration,
}

impl std::ops::AddAssign for Timings {
    fn add_assign(&mut self, o: Timings) {
        self.digest += o.digest;
        self.render += o.render;
        self.compile += o.compile;
        self.export += o.export;
        self.write += o.write;
    }
}

/// The rendering side of a build: the templates, compiled once, and the
/// digest of `templates/lib/`. Enough to tell whether a document is up to
/// date (`list`), without Typst.
pub struct Inputs {
    renderer: Renderer,
    lib: String,
}

impl Inputs {
    pub fn new(paths: &Paths, digests: &Digests) -> Result<Inputs, IoError> {
        Ok(Inputs {
            renderer: Renderer::new(&paths.templates, &paths.content),
            lib: digests.of_lib(paths)?,
        })
    }

    /// The digest of what Typst would be given for one document (see
    /// [`cache::documento`]), or why it cannot be rendered.
    pub fn input(&self, ambito: &Ambito, documento: Documento) -> Result<String, String> {
        let (source, meta) = self.render(ambito, documento)?;
        Ok(cache::documento(&source, &meta, &self.lib))
    }

    /// The Typst source of one document, and what goes into its PDF besides.
    fn render(&self, ambito: &Ambito, documento: Documento) -> Result<(String, Meta), String> {
        let source = self.renderer.render(ambito, documento).map_err(|e| {
            crate::t!(
                "costruzione-resa-fallita",
                modello = documento.kind(),
                errore = e.to_string()
            )
        })?;
        let meta = Meta {
            ident: format!("{}/{}", ambito.id, documento.name()),
            date: ambito
                .data(documento)
                .ok_or_else(|| crate::t!("costruzione-atto-senza-data"))?,
        };
        Ok((source, meta))
    }
}

/// What every document of a build shares: its [`Inputs`], and Typst's
/// library and fonts. In `watch`, also each document's Typst world, kept
/// for its next version.
pub struct Tools<'t> {
    inputs: Inputs,
    typesetter: &'t Typesetter,
    worlds: Option<Mutex<HashMap<String, DocWorld<'t>>>>,
}

impl<'t> Tools<'t> {
    pub fn new(
        paths: &Paths,
        typesetter: &'t Typesetter,
        digests: &Digests,
    ) -> Result<Tools<'t>, IoError> {
        Ok(Tools {
            inputs: Inputs::new(paths, digests)?,
            typesetter,
            worlds: None,
        })
    }

    /// Keeps each document's world after typesetting it, so that the next
    /// version of the same document reuses what Typst did for this one.
    pub fn keeping_worlds(self) -> Tools<'t> {
        Tools {
            worlds: Some(Mutex::new(HashMap::new())),
            ..self
        }
    }

    /// Compiles the templates again, and hashes `templates/lib/` again,
    /// after a change under `templates/` (`watch`). The kept worlds stay:
    /// they read `lib/` afresh at each document.
    pub fn reload_templates(&mut self, paths: &Paths, digests: &Digests) -> Result<(), IoError> {
        self.inputs = Inputs::new(paths, digests)?;
        Ok(())
    }

    /// Typesets one document, in its kept world if there is one.
    fn typeset(&self, source: &str, meta: &Meta, kind: &str) -> Result<Pdf, TypesetError> {
        let name = crate::t!(
            "costruzione-nome-sorgente",
            documento = &meta.ident,
            modello = kind
        );
        let Some(worlds) = &self.worlds else {
            return self.typesetter.pdf(&name, source.to_string(), meta);
        };
        let kept = worlds.lock().ok().and_then(|mut w| w.remove(&meta.ident));
        let mut world = match kept {
            Some(world) => world,
            None => self.typesetter.world(&name)?,
        };
        let pdf = self.typesetter.typeset(&mut world, source, meta);
        if let Ok(mut w) = worlds.lock() {
            w.insert(meta.ident.clone(), world);
        }
        pdf
    }
}

/// What happened to one selected document.
enum Outcome {
    Written(Box<Entry>),
    /// Its inputs and its PDF are those of the manifest: nothing to do.
    Skipped(String),
    Failed(String, String),
}

/// What the documents of one build read in common.
struct Run<'a, 't, F> {
    paths: &'a Paths,
    select: &'a Selection,
    tools: &'a Tools<'t>,
    /// The manifest's entry of each document's latest version.
    current: HashMap<String, &'a Entry>,
    on_written: F,
}

/// Builds every selected document of every Ambito without errors, on
/// `select.jobs` threads. A document whose Typst input is unchanged since
/// the manifest and whose PDF is intact is skipped, unless `select.force`.
/// `digests` may already hold the files [`fresh`] hashed (they are not read
/// again). `on_written` is called after each PDF lands, for progress output.
pub fn build(
    checked: &Checked,
    paths: &Paths,
    select: &Selection,
    digests: &Digests,
    tools: &Tools,
    on_written: impl Fn(&Entry) + Sync,
) -> Result<Report, IoError> {
    let _lock = write::lock(&paths.out)?;
    write::remove_stale_temporaries(&paths.out);
    let mut report = Report::default();
    for a in &checked.model.ambiti {
        if checked.is_blocked(a) {
            report.blocked.push(a.id.clone());
        }
    }
    let previous = Manifest::read(&paths.out).unwrap_or_default();
    let run = Run {
        paths,
        select,
        tools,
        current: previous.attuali(),
        on_written,
    };
    let mine = chosen(checked, select);
    for outcome in schedule::run(&mine, select.jobs, |job| run.one(job.0, job.1)) {
        let (outcome, timings) = outcome?;
        report.timings += timings;
        match outcome {
            Outcome::Written(entry) => report.written.push(*entry),
            Outcome::Skipped(path) => report.skipped.push(path),
            Outcome::Failed(path, reason) => report.failed.push((path, reason)),
        }
    }
    record(checked, paths, digests, &previous, &mut report)?;
    Ok(report)
}

impl<F: Fn(&Entry) + Sync> Run<'_, '_, F> {
    /// Renders one document, and typesets and writes it unless it is up to
    /// date.
    fn one(&self, ambito: &Ambito, documento: Documento) -> Result<(Outcome, Timings), IoError> {
        let mut timings = Timings::default();
        let base = format!("{}/{}.pdf", ambito.id, documento.name());
        let before = self.current.get(&base).copied();
        let started = Instant::now();
        let (source, meta) = match self.tools.inputs.render(ambito, documento) {
            Ok(rendered) => rendered,
            Err(reason) => {
                let path = before.map_or(base, |e| e.path.clone());
                return Ok((Outcome::Failed(path, reason), timings));
            }
        };
        timings.render += started.elapsed();
        let bozza = bozza(&source);
        if bozza && self.select.definitivo {
            let path = before.map_or(base, |e| e.path.clone());
            let reason = crate::t!(
                "costruzione-bozza-definitiva",
                segnaposto = crate::load::SEGNAPOSTO
            );
            return Ok((Outcome::Failed(path, reason), timings));
        }
        let started = Instant::now();
        let input = cache::documento(&source, &meta, &self.tools.inputs.lib);
        timings.digest += started.elapsed();
        let out = &self.paths.out;
        let Some(rel) = plan::target(out, &base, before, &input, self.select.force) else {
            return Ok((
                Outcome::Skipped(before.map_or(base, |e| e.path.clone())),
                timings,
            ));
        };
        let pdf = match self.tools.typeset(&source, &meta, documento.kind()) {
            Ok(pdf) => pdf,
            Err(e) => return Ok((Outcome::Failed(rel, e.report), timings)),
        };
        timings.compile += pdf.compile;
        timings.export += pdf.export;
        let started = Instant::now();
        write_atomic(&out.join(&rel), &pdf.bytes)?;
        timings.write += started.elapsed();
        let sostituisce = match before {
            Some(e) if e.path != rel => Some(e.path.clone()),
            Some(e) => e.sostituisce.clone(),
            None => None,
        };
        let entry = Entry {
            path: rel,
            ambito: ambito.id.clone(),
            documento: documento.kind().to_string(),
            periodo: plan::periodo(ambito, documento),
            pages: pdf.pages,
            bytes: pdf.bytes.len() as u64,
            sha256: cache::hex(&Sha256::digest(&pdf.bytes)),
            input,
            versione: env!("CARGO_PKG_VERSION").to_string(),
            firmato: None,
            sostituisce,
            sostituito_da: None,
            bozza,
        };
        (self.on_written)(&entry);
        Ok((Outcome::Written(Box::new(entry)), timings))
    }
}

/// Whether a document is a draft: its source prints a value still to fill
/// in (R049), which the library marks and watermarks BOZZA.
pub fn bozza(source: &str) -> bool {
    source.contains(crate::load::SEGNAPOSTO)
}

/// Writes the manifest after a build: the documents of the Ambiti not read
/// (`checked.fresh`) stay as they were and count as up to date, and each
/// Ambito all of whose documents are now built from its current files gets
/// its digest, so that it can be left unread next time while nothing changes.
fn record(
    checked: &Checked,
    paths: &Paths,
    digests: &Digests,
    previous: &Manifest,
    report: &mut Report,
) -> Result<(), IoError> {
    let fresh: Vec<&Entry> = previous
        .documenti
        .iter()
        .filter(|e| checked.fresh.contains(&e.ambito))
        .collect();
    report.skipped.extend(fresh.iter().map(|e| e.path.clone()));
    let described: HashSet<String> = jobs(checked)
        .iter()
        .map(|(a, d)| format!("{}/{}.pdf", a.id, d.name()))
        .chain(fresh.iter().map(|e| firmati::prima(&e.path)))
        .collect();
    let mut ambiti: BTreeMap<String, String> = previous
        .ambiti
        .iter()
        .filter(|(id, _)| checked.fresh.contains(id))
        .map(|(id, d)| (id.clone(), d.clone()))
        .collect();
    let built_now: HashSet<String> = report
        .written
        .iter()
        .map(|e| firmati::prima(&e.path))
        .chain(report.skipped.iter().map(|p| firmati::prima(p)))
        .collect();
    for a in &checked.model.ambiti {
        let all_current = !report.blocked.contains(&a.id)
            && a.documenti()
                .iter()
                .all(|d| built_now.contains(&format!("{}/{}.pdf", a.id, d.name())));
        if all_current && let Ok(d) = digests.of_ambito(paths, &a.id) {
            ambiti.insert(a.id.clone(), d);
        }
    }
    manifest::write(&paths.out, &report.written, &described, ambiti)
}
