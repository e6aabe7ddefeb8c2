//! Build: check the content, then produce every document it describes.
//!
//! An Ambito with an error is not rendered at all, and its earlier outputs are
//! left untouched; the other Ambiti still build. Every PDF is written to a
//! temporary file in its final folder and renamed into place, so a reader
//! never sees a half-written file. `out/manifest.json` lists what is there.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub mod emit;
pub mod firmati;
mod inputs;
pub mod list;
mod paths;
pub mod verify;
pub mod watch;
pub mod workers;

pub use emit::emit_typst;
pub use inputs::Digests;
pub use paths::Paths;

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
pub fn check(content: &Path) -> Result<Checked, load::Error> {
    check_except(content, Vec::new())
}

/// Load → model → validate, leaving out the `fresh` Ambiti.
pub fn check_except(content: &Path, fresh: Vec<String>) -> Result<Checked, load::Error> {
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

/// The Ambiti a build need not even read: the manifest in `paths.out` says
/// that every document of theirs was built from exactly the files they and
/// the templates have now, and each of those PDFs is still intact. None when
/// `select` forces a rebuild or takes a shard (shards are cut from the list
/// of every document, which only reading every Ambito gives). `digests`
/// keeps what it hashed, for the build that follows.
pub fn fresh(paths: &Paths, select: &Selection, digests: &Digests) -> Vec<String> {
    if select.force || select.shard != Shard::ALL {
        return Vec::new();
    }
    let Some(manifest) = read_manifest(&paths.out) else {
        return Vec::new();
    };
    let Ok(ids) = load::ambito_ids(&paths.content) else {
        return Vec::new();
    };
    ids.into_par_iter()
        .filter(|id| {
            manifest.ambiti.get(id).is_some_and(|recorded| {
                digests
                    .of_ambito(paths, id)
                    .is_ok_and(|now| &now == recorded)
                    && manifest
                        .documenti
                        .iter()
                        .filter(|e| &e.ambito == id)
                        .all(|e| firmati::intatto(&paths.out, e))
            })
        })
        .collect()
}

/// One PDF written, as listed in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the output folder, with `/`.
    pub path: String,
    pub ambito: String,
    /// The kind: convenzione, regolamento, relazione, commissioni.
    pub documento: String,
    /// The semester of a relazione (`2025-1`); for an act, its date.
    pub periodo: String,
    pub pages: usize,
    pub bytes: u64,
    pub sha256: String,
    /// A digest of everything the document was built from: the Ambito's
    /// folder, the shared data, the templates but the other documents' own, the tool's
    /// version. Equal digests mean equal inputs.
    pub input: String,
    /// The version of ambito that wrote it.
    pub versione: String,
    /// Set once the file has been signed: `bytes` and `sha256` above stay
    /// those of the PDF as built, the prefix of the signed file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmato: Option<firmati::Firmato>,
    /// The signed version this one replaces (its inputs changed after it was
    /// signed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sostituisce: Option<String>,
    /// The newer version that replaces this signed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sostituito_da: Option<String>,
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

/// A build failure that is not about the content: a file that cannot be
/// read (an input being hashed) or written (the output).
#[derive(Debug)]
pub struct IoError {
    pub path: PathBuf,
    pub error: std::io::Error,
    reading: bool,
}

impl IoError {
    pub fn read(path: PathBuf, error: std::io::Error) -> IoError {
        IoError {
            path,
            error,
            reading: true,
        }
    }

    pub fn write(path: PathBuf, error: std::io::Error) -> IoError {
        IoError {
            path,
            error,
            reading: false,
        }
    }
}

impl std::fmt::Display for IoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let verb = if self.reading { "read" } else { "write" };
        write!(f, "cannot {verb} `{}`: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for IoError {}

/// A deterministic share of the work: shard `k` of `n` (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: usize,
    pub n: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `K/N` with 1 ≤ K ≤ N, e.g. `2/4`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("`{s}` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. 2/4");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl Shard {
    pub const ALL: Shard = Shard { k: 1, n: 1 };

    /// Whether the `index`-th document of the sorted list of every document
    /// the content describes belongs to this shard (round robin: the N
    /// shards together hold each document exactly once).
    pub fn holds(self, index: usize) -> bool {
        index % self.n + 1 == self.k
    }
}

/// Every document the content describes, in a fixed order (by Ambito, then
/// kind): the list that shards divide.
pub fn jobs(checked: &Checked) -> Vec<(&Ambito, Documento)> {
    checked
        .model
        .ambiti
        .iter()
        .flat_map(|a| a.documenti().into_iter().map(move |d| (a, d)))
        .collect()
}

/// Which documents to build, and how.
#[derive(Debug, Clone)]
pub struct Selection {
    /// A share of the documents.
    pub shard: Shard,
    /// Only these Ambiti (`None`: all).
    pub ambiti: Option<Vec<String>>,
    /// Rebuild even what is up to date.
    pub force: bool,
    /// Threads to typeset on.
    pub jobs: usize,
}

impl Default for Selection {
    fn default() -> Selection {
        Selection {
            shard: Shard::ALL,
            ambiti: None,
            force: false,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
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
    /// Writing PDFs (temporary file, sync, rename).
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

/// What happened to one selected document.
enum Outcome {
    Written(Box<Entry>),
    /// Its inputs and its PDF are those of the manifest: nothing to do.
    Skipped(String),
    Failed(String, String),
}

/// The documents `select` picks among those of Ambiti without errors
/// (before skipping the up-to-date ones), in job order.
pub fn chosen<'a>(checked: &'a Checked, select: &Selection) -> Vec<(&'a Ambito, Documento)> {
    jobs(checked)
        .into_iter()
        .enumerate()
        .filter(|(i, (a, _))| {
            select.shard.holds(*i)
                && select
                    .ambiti
                    .as_ref()
                    .is_none_or(|only| only.contains(&a.id))
                && !checked.is_blocked(a)
        })
        .map(|(_, job)| job)
        .collect()
}

/// Builds every selected document of every Ambito without errors, on
/// `select.jobs` threads (Typst's library and fonts are loaded once and
/// shared). A document whose inputs are unchanged since the manifest and
/// whose PDF is intact is skipped, unless `select.force`. `digests` may
/// already hold the files [`fresh`] hashed (they are not read again).
/// `on_written` is called after each PDF lands, for progress output.
pub fn build(
    checked: &Checked,
    paths: &Paths,
    select: &Selection,
    digests: &Digests,
    on_written: impl Fn(&Entry) + Sync,
) -> Result<Report, IoError> {
    let _lock = lock(&paths.out)?;
    remove_stale_temporaries(&paths.out);
    let renderer = Renderer::new(&paths.templates, &paths.content);
    let typesetter = Typesetter::new(&paths.templates);
    let mut report = Report::default();
    for a in &checked.model.ambiti {
        if checked.is_blocked(a) {
            report.blocked.push(a.id.clone());
        }
    }
    let previous = read_manifest(&paths.out).unwrap_or_default();
    let current = attuali(&previous);
    let mine = chosen(checked, select);
    let one = |(ambito, documento): &(&Ambito, Documento)| -> Result<(Outcome, Timings), IoError> {
        let (ambito, documento) = (*ambito, *documento);
        let mut timings = Timings::default();
        let base = format!("{}/{}.pdf", ambito.id, documento.name());
        let started = Instant::now();
        let input = digests.of(paths, &ambito.id, documento)?;
        timings.digest += started.elapsed();
        let Some(rel) = target(
            &paths.out,
            &base,
            current.get(&base).copied(),
            &input,
            select.force,
        ) else {
            let path = current.get(&base).map_or(base, |e| e.path.clone());
            return Ok((Outcome::Skipped(path), timings));
        };
        match produce(&renderer, &typesetter, ambito, documento, &mut timings) {
            Ok((bytes, pages)) => {
                let started = Instant::now();
                write_atomic(&paths.out.join(&rel), &bytes)?;
                timings.write += started.elapsed();
                let before = current.get(&base).copied();
                let sostituisce = match before {
                    Some(e) if e.path != rel => Some(e.path.clone()),
                    Some(e) => e.sostituisce.clone(),
                    None => None,
                };
                let entry = Entry {
                    path: rel,
                    ambito: ambito.id.clone(),
                    documento: documento.kind().to_string(),
                    periodo: periodo(ambito, documento),
                    pages,
                    bytes: bytes.len() as u64,
                    sha256: hex(&Sha256::digest(&bytes)),
                    input,
                    versione: env!("CARGO_PKG_VERSION").to_string(),
                    firmato: None,
                    sostituisce,
                    sostituito_da: None,
                };
                on_written(&entry);
                Ok((Outcome::Written(Box::new(entry)), timings))
            }
            Err(reason) => Ok((Outcome::Failed(rel, reason), timings)),
        }
    };
    let outcomes = workers::run(&mine, select.jobs, one);
    for outcome in outcomes {
        let (outcome, timings) = outcome?;
        report.timings += timings;
        match outcome {
            Outcome::Written(entry) => report.written.push(*entry),
            Outcome::Skipped(path) => report.skipped.push(path),
            Outcome::Failed(path, reason) => report.failed.push((path, reason)),
        }
    }
    // The fresh Ambiti were not read: their documents stay as they are.
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
    // An Ambito all of whose documents are now built from its current files
    // can be left unread next time, as long as nothing changes.
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
    write_manifest(&paths.out, &report, &described, ambiti)?;
    Ok(report)
}

/// For each document (by the path of its first version), the manifest's
/// entry of its latest version.
pub(crate) fn attuali(manifest: &Manifest) -> HashMap<String, &Entry> {
    let mut latest: HashMap<String, &Entry> = HashMap::new();
    for e in &manifest.documenti {
        let base = firmati::prima(&e.path);
        let newer = latest
            .get(&base)
            .is_none_or(|seen| firmati::versione(&e.path) > firmati::versione(&seen.path));
        if newer {
            latest.insert(base, e);
        }
    }
    latest
}

/// Where a document whose first version is `base` is to be written, or
/// `None` when it is up to date. `latest` is the manifest's entry of its
/// latest version. A signed act is up to date while its inputs are
/// unchanged (`force` or not); when they change, the new version goes to the
/// next version's path. A file that holds signatures is never the target,
/// even one the manifest does not know.
fn target(
    out: &Path,
    base: &str,
    latest: Option<&Entry>,
    input: &str,
    force: bool,
) -> Option<String> {
    let mut path = latest.map_or_else(|| base.to_string(), |e| e.path.clone());
    let mut ours = false;
    if let Some(e) = latest {
        match firmati::stato(out, e) {
            firmati::Stato::Firmato(_) if e.input == input => return None,
            firmati::Stato::Firmato(_) => {
                path = firmati::di_versione(base, firmati::versione(&path) + 1);
            }
            firmati::Stato::Costruito if e.input == input && !force => return None,
            firmati::Stato::Costruito => ours = true,
            firmati::Stato::Altro => {}
        }
    }
    while !ours && firmati::ha_firme(&out.join(&path)) {
        path = firmati::di_versione(base, firmati::versione(&path) + 1);
    }
    Some(path)
}

/// Whether the file at `path` has the sha256 `expected`.
pub(crate) fn intact(path: &Path, expected: &str) -> bool {
    fs::read(path).is_ok_and(|b| hex(&Sha256::digest(&b)) == expected)
}

/// `out/manifest.json`, when there is a readable one.
pub(crate) fn read_manifest(out: &Path) -> Option<Manifest> {
    fs::read(out.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
}

/// The manifest's `periodo`: a relazione's semester, an act's date.
pub(crate) fn periodo(ambito: &Ambito, documento: Documento) -> String {
    match documento {
        Documento::Relazione { anno, semestre } => format!("{anno}-{semestre}"),
        other => ambito
            .data(other)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    }
}

/// Render and typeset one document: its PDF bytes and page count.
fn produce(
    renderer: &Renderer,
    typesetter: &Typesetter,
    ambito: &Ambito,
    documento: Documento,
    timings: &mut Timings,
) -> Result<(Vec<u8>, usize), String> {
    let started = Instant::now();
    let source = renderer
        .render(ambito, documento)
        .map_err(|e| format!("rendering templates/{}.typ.j2: {e}", documento.kind()))?;
    timings.render += started.elapsed();
    let meta = Meta {
        ident: format!("{}/{}", ambito.id, documento.name()),
        date: ambito.data(documento).ok_or("the act has no date")?,
    };
    let name = format!(
        "{}.typ (from templates/{}.typ.j2)",
        meta.ident,
        documento.kind()
    );
    let pdf = typesetter.pdf(&name, source, &meta).map_err(|e| e.report)?;
    timings.compile += pdf.compile;
    timings.export += pdf.export;
    Ok((pdf.bytes, pdf.pages))
}

/// Takes the output folder for this build: a second build into the same
/// folder waits here until the first is done, so that the manifest one
/// leaves names the PDFs it wrote, and neither removes the other's
/// temporary files. The lock is the operating system's on
/// `out/.ambito.lock`, released when the build ends, however it ends.
fn lock(out: &Path) -> Result<fs::File, IoError> {
    let path = out.join(".ambito.lock");
    let err = |e| IoError::write(path.clone(), e);
    fs::create_dir_all(out).map_err(err)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(err)?;
    file.lock().map_err(err)?;
    Ok(file)
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

/// Writes `bytes` to a temporary file beside `path`, then renames it over
/// `path`: a reader, or a build killed half-way, sees the old file or the new
/// one, never a part. Not flushed to the disk one by one (a flush per PDF cost
/// more than a tenth of the typesetting); after a power cut a PDF may be
/// lost, but not silently: its sha256 no longer matches the manifest, so
/// `verify` reports it and the next build rebuilds it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_replacing(path, bytes, false)
}

fn write_replacing(path: &Path, bytes: &[u8], flush: bool) -> Result<(), IoError> {
    let err = |e| IoError::write(path.to_path_buf(), e);
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(err)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".ambito-").suffix(".tmp");
    // Created as any file the user writes: 0666 less the umask (a temporary
    // file would otherwise keep its private 0600 once renamed into place).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    if flush {
        tmp.as_file().sync_all().map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// `out/manifest.json`: what this build wrote, plus what earlier builds wrote
/// of the documents the content still describes but this run did not build
/// (their Ambito was blocked, or they belong to another shard), as long as
/// their PDF is still there. Documents the content no longer describes drop out.
fn write_manifest(
    out: &Path,
    report: &Report,
    described: &HashSet<String>,
    ambiti: BTreeMap<String, String>,
) -> Result<(), IoError> {
    let path = out.join("manifest.json");
    let previous = read_manifest(out).map(|m| m.documenti).unwrap_or_default();
    let mut entries: BTreeMap<String, Entry> = previous
        .into_iter()
        .filter(|e| described.contains(&firmati::prima(&e.path)) && out.join(&e.path).is_file())
        .map(|e| (e.path.clone(), e))
        .collect();
    // A file signed since it was built: the manifest says so.
    for e in entries.values_mut() {
        let size = fs::metadata(out.join(&e.path)).map(|m| m.len()).ok();
        if size != Some(e.bytes)
            && size != e.firmato.as_ref().map(|f| f.bytes)
            && let firmati::Stato::Firmato(f) = firmati::stato(out, e)
        {
            e.firmato = Some(f);
        }
    }
    for e in &report.written {
        entries.insert(e.path.clone(), e.clone());
    }
    for e in &report.written {
        if let Some(old) = e.sostituisce.as_ref().and_then(|p| entries.get_mut(p)) {
            old.sostituito_da = Some(e.path.clone());
        }
    }
    let manifest = Manifest {
        versione: env!("CARGO_PKG_VERSION").to_string(),
        documenti: entries.into_values().collect(),
        ambiti,
    };
    let mut json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| IoError::write(path.clone(), e.into()))?;
    json.push(b'\n');
    // The manifest is flushed: it is what the next build trusts.
    write_replacing(&path, &json, true)
}

/// The manifest file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// The version of ambito that wrote it.
    pub versione: String,
    pub documenti: Vec<Entry>,
    /// For each Ambito all of whose documents are listed and were built from
    /// its current files: the digest of everything it may read (its folder,
    /// the shared data, `templates/`). While that digest holds, a build does
    /// not read the Ambito at all.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ambiti: BTreeMap<String, String>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_that_cannot_be_read_is_not_called_unwritable() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("templates");
        let paths = Paths {
            content: dir.path().join("content"),
            templates: missing.clone(),
            out: dir.path().join("out"),
        };
        let err = Digests::default().of_ambito(&paths, "x").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("cannot read `"), "{text}");
        assert!(!text.contains("write"), "{text}");
        let write = IoError::write(missing, std::io::Error::other("full"));
        assert!(write.to_string().starts_with("cannot write `"));
    }

    #[test]
    fn shards_parse_and_partition_exactly() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { k: 2, n: 4 }));
        for bad in ["0/4", "5/4", "2", "a/b", "1/0"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
        let n = 3;
        for index in 0..100 {
            let holders = (1..=n).filter(|&k| Shard { k, n }.holds(index)).count();
            assert_eq!(holders, 1, "document {index}");
        }
        assert!((0..10).all(|i| Shard::ALL.holds(i)));
    }
}
