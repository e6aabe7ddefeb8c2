//! A project: a content folder and its templates, and what can be done with
//! them. Each operation is one command of the CLI, which only parses
//! arguments, calls it and prints what it returns.
//!
//! ```no_run
//! use ambito::project::{Project, Quiet};
//! let project = Project::new("content", "templates");
//! let built = project.build("out".as_ref(), &Default::default(), &Quiet)?;
//! println!("{} PDFs written", built.report.written.len());
//! # Ok::<(), ambito::project::Error>(())
//! ```

pub mod emit;
pub mod list;
pub mod verify;
pub mod watch;

use std::path::{Path, PathBuf};

use crate::build::{self, Checked, Digests, Entry, IoError, Paths, Report, Selection, Tools};
use crate::load;
use crate::typeset::Typesetter;

/// Why an operation could not run at all: a usage or I/O error, never a
/// content error (those are diagnostics in [`Checked`]).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The arguments do not make sense (folders that overlap, an unknown
    /// Ambito, a semester that is not one).
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Load(#[from] load::FolderError),
    #[error(transparent)]
    Io(#[from] IoError),
    #[error(transparent)]
    Verify(#[from] verify::VerifyError),
    #[error("{}", crate::t!("progetto-watch-impossibile", errore = .0.to_string()))]
    Watch(#[from] notify::Error),
}

/// What a build reports as it goes, for progress output.
pub trait Progress: Sync {
    /// The content was read and checked: what is wrong in it, before any
    /// document is written.
    fn checked(&self, _checked: &Checked) {}
    /// How many documents the build may write (some may be up to date).
    fn planned(&self, _documents: usize) {}
    /// A PDF landed.
    fn written(&self, _entry: &Entry) {}
}

/// No progress output.
pub struct Quiet;

impl Progress for Quiet {}

/// What `build` did, and what it read.
pub struct Built {
    pub checked: Checked,
    pub report: Report,
    /// Time spent loading, modelling and validating.
    pub checked_in: std::time::Duration,
}

/// The content folder (one folder per Ambito, shared data in
/// `_riferimenti/`), the templates folder (`*.typ.j2`, `lib/`; optional: the
/// templates built into the binary stand in for any file it lacks) and,
/// optionally, the one Ambito the operations are restricted to.
#[derive(Debug, Clone)]
pub struct Project {
    pub content: PathBuf,
    pub templates: PathBuf,
    /// The folder that holds `content/`: `out/` goes there by default.
    pub root: PathBuf,
    /// Only this Ambito (`--ambito`): the others are neither read nor built.
    pub ambito: Option<String>,
}

impl Project {
    pub fn new(content: impl Into<PathBuf>, templates: impl Into<PathBuf>) -> Project {
        let content = content.into();
        Project {
            root: content.parent().map(Path::to_path_buf).unwrap_or_default(),
            content,
            templates: templates.into(),
            ambito: None,
        }
    }

    /// The project that `cwd` is in: the nearest folder, `cwd` or one above
    /// it, that holds `content/` (so ambito works from any subfolder), unless
    /// `content` names the folder. Paths stay relative to `cwd` (`content`,
    /// `../../content`), as diagnostics print them.
    pub fn find(
        cwd: &Path,
        content: Option<&Path>,
        templates: Option<&Path>,
    ) -> Result<Project, Error> {
        let content = match content {
            Some(content) => content.to_path_buf(),
            None => (0..cwd.ancestors().count())
                .map(|up| {
                    let mut rel = PathBuf::new();
                    (0..up).for_each(|_| rel.push(".."));
                    rel.join("content")
                })
                .find(|c| cwd.join(c).is_dir())
                .ok_or_else(|| {
                    Error::Usage(crate::t!(
                        "progetto-content-assente",
                        cartella = cwd.display().to_string()
                    ))
                })?,
        };
        let mut project = Project::new(content, PathBuf::new());
        project.templates = match templates {
            Some(dir) if !dir.is_dir() => {
                return Err(Error::Usage(crate::t!(
                    "progetto-templates-assente",
                    cartella = dir.display().to_string()
                )));
            }
            Some(dir) => dir.to_path_buf(),
            None => project.root.join("templates"),
        };
        Ok(project)
    }

    /// Restricts every operation to the Ambito `id`, which must exist.
    pub fn only(mut self, id: Option<String>) -> Result<Project, Error> {
        if let Some(id) = &id {
            let ids = load::ambito_ids(&self.content)?;
            if !ids.contains(id) {
                let hint = crate::diagnostic::did_you_mean(id, ids.iter().map(String::as_str))
                    .map(|m| format!(" ({})", crate::t!("forse-intendevi", nome = m)))
                    .unwrap_or_default();
                return Err(Error::Usage(crate::t!(
                    "progetto-ambito-sconosciuto",
                    id = id,
                    cartella = self.content.display().to_string(),
                    suggerimento = hint
                )));
            }
        }
        self.ambito = id;
        Ok(self)
    }

    /// The output folder: `out` if given, `<root>/out` otherwise.
    pub fn out(&self, out: Option<PathBuf>) -> PathBuf {
        out.unwrap_or_else(|| self.root.join("out"))
    }

    /// The Ambiti not to read: all but `--ambito`'s, when it is given.
    fn others(&self) -> Result<Vec<String>, Error> {
        Ok(match &self.ambito {
            None => Vec::new(),
            Some(id) => load::ambito_ids(&self.content)?
                .into_iter()
                .filter(|other| other != id)
                .collect(),
        })
    }

    /// `select`, restricted to `--ambito`.
    fn restrict(&self, select: &Selection) -> Selection {
        let mut select = select.clone();
        if let Some(id) = &self.ambito {
            select.ambiti = Some(vec![id.clone()]);
        }
        select
    }

    /// The folders of an operation that only reads `out`.
    fn reading(&self, out: &Path) -> Paths {
        Paths {
            content: self.content.clone(),
            templates: self.templates.clone(),
            out: out.to_path_buf(),
        }
    }

    /// The folders of an operation that writes into `out`, once it is sure
    /// they do not overlap and the templates are in order.
    fn paths(&self, out: &Path) -> Result<Paths, Error> {
        let paths = self.reading(out);
        match paths.problema() {
            Some(why) => Err(Error::Usage(why)),
            None => Ok(paths),
        }
    }

    /// Load → model → validate, writing nothing.
    pub fn check(&self) -> Result<Checked, Error> {
        Ok(build::check_except(&self.content, self.others()?)?)
    }

    /// Checks the content, then writes every selected document of every
    /// Ambito without errors into `out`. The Ambiti whose files are all as
    /// the last build left them are not even read.
    pub fn build(
        &self,
        out: &Path,
        select: &Selection,
        progress: &dyn Progress,
    ) -> Result<Built, Error> {
        let paths = self.paths(out)?;
        let select = &self.restrict(select);
        let started = std::time::Instant::now();
        // The files hashed to find the unchanged Ambiti are not hashed again.
        let digests = Digests::default();
        // A build for signature reads every Ambito: each document must be
        // rendered to know that it is not a draft.
        let mut unread = if select.definitivo {
            Vec::new()
        } else {
            build::fresh(&paths, select, &digests)
        };
        unread.extend(self.others()?);
        let checked = build::check_except(&self.content, unread)?;
        let checked_in = started.elapsed();
        progress.checked(&checked);
        progress.planned(build::chosen(&checked, select).len());
        let typesetter = Typesetter::new(&self.templates);
        let tools = Tools::new(&paths, &typesetter, &digests)?;
        let report = build::build(&checked, &paths, select, &digests, &tools, |e| {
            progress.written(e)
        })?;
        Ok(Built {
            checked,
            report,
            checked_in,
        })
    }

    /// Writes each selected document's Typst source and context instead of
    /// its PDF (see [`emit`]).
    pub fn emit(&self, out: &Path, select: &Selection) -> Result<(Checked, emit::Emitted), Error> {
        let paths = self.paths(out)?;
        let checked = self.check()?;
        let emitted = emit::emit_typst(&checked, &paths, &self.restrict(select))?;
        Ok((checked, emitted))
    }

    /// What a build into `out` would produce, and whether each document is
    /// up to date.
    pub fn list(&self, out: &Path) -> Result<(Checked, Vec<list::Riga>), Error> {
        let paths = self.reading(out);
        let checked = self.check()?;
        let righe = list::list(&checked, &paths)?;
        Ok((checked, righe))
    }

    /// Checks every PDF `out/manifest.json` lists against it.
    pub fn verify(&self, out: &Path) -> Result<Vec<verify::Finding>, Error> {
        Ok(verify::verify(out)?)
    }

    /// Starts `content/<id>/` in the terms of a region and a form of
    /// association; returns the files written.
    pub fn new_ambito(
        &self,
        id: &str,
        regione: &str,
        forma: load::values::Forma,
    ) -> Result<Vec<PathBuf>, Error> {
        crate::scaffold::new_ambito(&self.content, id, regione, forma).map_err(Error::Usage)
    }

    /// Writes the relazione of `semestre` (`YEAR-1`, `YEAR-2`) for the Ambito
    /// `id`, prefilled from its plan and its previous semester.
    pub fn new_relazione(&self, id: &str, semestre: &str) -> Result<(Checked, PathBuf), Error> {
        let Some((anno, sem)) = load::semestre_of(&format!("{semestre}.yaml")) else {
            return Err(Error::Usage(crate::t!(
                "progetto-semestre-non-valido",
                semestre = semestre
            )));
        };
        let checked = self.check()?;
        let Some(a) = checked.model.ambiti.iter().find(|a| a.id == id) else {
            return Err(Error::Usage(crate::t!(
                "progetto-ambito-illeggibile",
                id = id
            )));
        };
        let path = crate::scaffold::new_relazione(a, anno, sem).map_err(Error::Usage)?;
        Ok((checked, path))
    }

    /// Writes one JSON Schema per kind of content file into `out`; returns
    /// each file with the content files it describes.
    pub fn schema(out: &Path) -> Result<Vec<(PathBuf, String)>, Error> {
        let mut written = Vec::new();
        for kind in crate::schema::kinds() {
            let path = out.join(format!("{}.schema.json", kind.name));
            let text = crate::schema::to_json(&kind.schema);
            build::write_atomic(&path, text.as_bytes())?;
            written.push((path, kind.files));
        }
        Ok(written)
    }
}
