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
use crate::metadati;
use crate::model::pubblicazione::Copia;
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
        let (source, meta) = self.render(ambito, documento, &Copia::Originale)?;
        Ok(cache::documento(&source, &meta, &self.lib))
    }

    /// The Typst source of one copy of a document, and what goes into its
    /// PDF besides.
    fn render(
        &self,
        ambito: &Ambito,
        documento: Documento,
        copia: &Copia,
    ) -> Result<(String, Meta), String> {
        let source = self
            .renderer
            .render(ambito, documento, copia)
            .map_err(|e| {
                crate::t!(
                    "costruzione-resa-fallita",
                    modello = documento.kind(),
                    errore = e.to_string()
                )
            })?;
        let meta = Meta {
            ident: percorso(ambito, documento, copia)
                .trim_end_matches(".pdf")
                .to_string(),
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
    for outcomes in schedule::run(&mine, select.jobs, |job| run.one(job.0, job.1)) {
        let (outcomes, timings) = outcomes?;
        report.timings += timings;
        for outcome in outcomes {
            match outcome {
                Outcome::Written(entry) => report.written.push(*entry),
                Outcome::Skipped(path) => report.skipped.push(path),
                Outcome::Failed(path, reason) => report.failed.push((path, reason)),
            }
        }
    }
    let firmati_ora = record(checked, paths, digests, &previous, &mut report)?;
    // An act found signed gets its signature in its AgID metadata.
    for path in firmati_ora {
        metadati::firma(&paths.out, &path)?;
    }
    Ok(report)
}

/// Where the first version of one copy of a document goes, under the
/// output folder: `<ambito>/<documento>.pdf`, and the copy for publication
/// in `<ambito>/pubblicazione/`.
pub fn percorso(ambito: &Ambito, documento: Documento, copia: &Copia) -> String {
    match copia {
        Copia::Originale => format!("{}/{}.pdf", ambito.id, documento.name()),
        Copia::Pubblicazione { .. } => {
            format!("{}/pubblicazione/{}.pdf", ambito.id, documento.name())
        }
    }
}

impl<F: Fn(&Entry) + Sync> Run<'_, '_, F> {
    /// One document: the act, its AgID metadata, then its copy for
    /// publication (unless the act failed).
    fn one(
        &self,
        ambito: &Ambito,
        documento: Documento,
    ) -> Result<(Vec<Outcome>, Timings), IoError> {
        let mut timings = Timings::default();
        let originale = self.copy(ambito, documento, &Copia::Originale, None, &mut timings)?;
        let path = match &originale {
            Outcome::Written(e) => e.path.clone(),
            Outcome::Skipped(p) => p.clone(),
            Outcome::Failed(..) => return Ok((vec![originale], timings)),
        };
        self.metadati(ambito, documento, &originale, &path)?;
        let copia = Copia::pubblicazione(ambito, documento);
        let pubblicazione = self.copy(ambito, documento, &copia, Some(&path), &mut timings)?;
        Ok((vec![originale, pubblicazione], timings))
    }

    /// Forms the AgID metadata of an act just written, or of one up to date
    /// whose sidecar is missing.
    fn metadati(
        &self,
        ambito: &Ambito,
        documento: Documento,
        outcome: &Outcome,
        path: &str,
    ) -> Result<(), IoError> {
        let out = &self.paths.out;
        let stato = match outcome {
            // Just written: the manifest's digest says all, unsigned.
            Outcome::Written(e) => metadati::StatoPdf::costruito(&e.sha256),
            _ if out.join(metadati::percorso(path)).is_file() => return Ok(()),
            _ => std::fs::read(out.join(path))
                .ok()
                .map(|pdf| metadati::StatoPdf::di(&pdf)),
        };
        let Some(stato) = stato else {
            return Ok(());
        };
        let versione = firmati::versione(path);
        let forma = metadati::forma(ambito, documento, path, versione, &stato);
        metadati::scrivi(out, path, &forma)
    }

    /// Renders one copy of a document, and typesets and writes it unless it
    /// is up to date. `originale` is the act's path, for its copy.
    fn copy(
        &self,
        ambito: &Ambito,
        documento: Documento,
        copia: &Copia,
        originale: Option<&str>,
        timings: &mut Timings,
    ) -> Result<Outcome, IoError> {
        let base = percorso(ambito, documento, copia);
        let before = self.current.get(&base).copied();
        let started = Instant::now();
        let (source, meta) = match self.tools.inputs.render(ambito, documento, copia) {
            Ok(rendered) => rendered,
            Err(reason) => {
                let path = before.map_or(base, |e| e.path.clone());
                return Ok(Outcome::Failed(path, reason));
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
            return Ok(Outcome::Failed(path, reason));
        }
        let started = Instant::now();
        let input = cache::documento(&source, &meta, &self.tools.inputs.lib);
        timings.digest += started.elapsed();
        let out = &self.paths.out;
        let linked = before.is_none_or(|e| e.originale.as_deref() == originale);
        let force = self.select.force || !linked;
        let Some(rel) = plan::target(out, &base, before, &input, force) else {
            return Ok(Outcome::Skipped(before.map_or(base, |e| e.path.clone())));
        };
        let pdf = match self.tools.typeset(&source, &meta, documento.kind()) {
            Ok(pdf) => pdf,
            Err(e) => return Ok(Outcome::Failed(rel, e.report)),
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
            originale: originale.map(str::to_string),
        };
        (self.on_written)(&entry);
        Ok(Outcome::Written(Box::new(entry)))
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
/// Returns the paths of the acts found signed since the last build.
fn record(
    checked: &Checked,
    paths: &Paths,
    digests: &Digests,
    previous: &Manifest,
    report: &mut Report,
) -> Result<Vec<String>, IoError> {
    let fresh: Vec<&Entry> = previous
        .documenti
        .iter()
        .filter(|e| checked.fresh.contains(&e.ambito))
        .collect();
    report.skipped.extend(fresh.iter().map(|e| e.path.clone()));
    let copie = |a: &Ambito, d: Documento| {
        [
            percorso(a, d, &Copia::Originale),
            percorso(a, d, &Copia::pubblicazione(a, d)),
        ]
    };
    let described: HashSet<String> = jobs(checked)
        .iter()
        .flat_map(|(a, d)| copie(a, *d))
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
                .into_iter()
                .flat_map(|d| copie(a, d))
                .all(|p| built_now.contains(&p));
        if all_current && let Ok(d) = digests.of_ambito(paths, &a.id) {
            ambiti.insert(a.id.clone(), d);
        }
    }
    manifest::write(&paths.out, &report.written, &described, ambiti)
}
