//! Typeset: Typst source into PDF/A bytes, in-process.
//!
//! [`Typesetter`] holds what is expensive and shared: the standard library and
//! the fonts, loaded once. Each document gets a small [`World`] of its own
//! that serves the generated source as `/main.typ` and, read-only, the files
//! under `templates/lib/` as `/lib/...`; nothing else can be read (no packages,
//! no paths outside `lib/`, no symlinks out of it). The world has no clock:
//! the document's date is the act's date, given by the caller.

pub mod campi;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::diagnostics::{DiagnosticFormat, DiagnosticWorld};
use typst_kit::files::{FileLoader, FileStore};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The most pages one document may have. The content's budgets (R048) keep
/// every real document far below; this stops one that still grows (a
/// template looping over a long list) before its export, the slower half.
pub const PAGINE_PER_DOCUMENTO: usize = 400;

/// A typeset document.
#[derive(Debug)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Time spent laying out the document, and exporting it to PDF.
    pub compile: std::time::Duration,
    pub export: std::time::Duration,
}

/// What to write into the PDF besides the content.
#[derive(Debug, Clone)]
pub struct Meta {
    /// A stable identifier of the document (e.g. `carate-brianza/convenzione`),
    /// hashed into the PDF's file identifier.
    pub ident: String,
    /// The act's date: the PDF's creation date.
    pub date: NaiveDate,
}

/// Typst failed on the generated source: a template bug, not a content error.
#[derive(Debug, thiserror::Error)]
#[error("{report}")]
pub struct TypesetError {
    /// Typst's diagnostics, rendered for a terminal.
    pub report: String,
}

/// The shared, expensive part: library and fonts, loaded once per process.
pub struct Typesetter {
    library: LazyHash<Library>,
    fonts: FontStore,
    templates: PathBuf,
    /// Whether Typst's memo cache is trimmed as a batch goes (see
    /// [`evict_memo_cache`]); `watch` keeps it whole between saves instead.
    batch: bool,
}

impl Typesetter {
    /// `templates` is the folder whose `lib/` subfolder documents may import.
    pub fn new(templates: &Path) -> Typesetter {
        let mut fonts = FontStore::new();
        fonts.extend(crate::fonts::all());
        Typesetter {
            library: LazyHash::new(Library::builder().build()),
            fonts,
            templates: templates.to_path_buf(),
            batch: true,
        }
    }

    /// A typesetter for `watch`: the same document is typeset again and
    /// again, so what Typst memoized for one version serves the next; the
    /// cache is trimmed once per round by [`Typesetter::end_round`].
    pub fn for_watch(templates: &Path) -> Typesetter {
        Typesetter {
            batch: false,
            ..Typesetter::new(templates)
        }
    }

    /// After a round of `watch`: drops what Typst memoized and has not used
    /// in the last ten rounds (as `typst watch` does).
    pub fn end_round(&self) {
        typst::comemo::evict(10);
    }

    /// An empty world for one document (named `name` in error messages),
    /// to typeset it with [`Typesetter::typeset`], once or, in `watch`, at
    /// each save.
    pub fn world(&self, name: &str) -> Result<DocWorld<'_>, TypesetError> {
        let main = RootedPath::new(
            VirtualRoot::Project,
            VirtualPath::new("/main.typ").map_err(|e| TypesetError {
                report: crate::t!("tipografia-errore-interno", errore = e.to_string()),
            })?,
        )
        .intern();
        Ok(DocWorld {
            typesetter: self,
            main,
            name: name.to_string(),
            source: Source::new(main, String::new()),
            files: FileStore::new(LibFiles {
                templates: self.templates.clone(),
            }),
        })
    }

    /// Compiles `source` (named `name` in error messages) and exports PDF/A-2a
    /// + PDF/UA-1, in a world of its own.
    pub fn pdf(&self, name: &str, source: String, meta: &Meta) -> Result<Pdf, TypesetError> {
        self.typeset(&mut self.world(name)?, &source, meta)
    }

    /// Compiles `source` in `world` and exports PDF/A-2a + PDF/UA-1. A
    /// violation of either standard is an error, not a downgrade.
    ///
    /// Every document's source is `/main.typ` and the library's files keep
    /// their paths, so a batch of any length interns the same few file ids
    /// (Typst can intern at most 65,535 in a process). The world's source is
    /// edited in place, so that Typst reparses only what changed and what it
    /// laid out before still matches.
    pub fn typeset(
        &self,
        world: &mut DocWorld<'_>,
        source: &str,
        meta: &Meta,
    ) -> Result<Pdf, TypesetError> {
        world.source.replace(source);
        world.files.reset();
        let started = std::time::Instant::now();
        let Warned { output, warnings } = typst::compile::<PagedDocument>(&*world);
        let compile = started.elapsed();
        let document = output.map_err(|errors| world.report(errors.as_slice(), &warnings))?;
        if document.pages().len() > PAGINE_PER_DOCUMENTO {
            return Err(TypesetError {
                report: crate::t!(
                    "tipografia-troppe-pagine",
                    documento = &world.name,
                    pagine = document.pages().len(),
                    massimo = PAGINE_PER_DOCUMENTO
                ),
            });
        }
        let started = std::time::Instant::now();
        let bytes = export(world, &document, meta)?;
        if self.batch {
            evict_memo_cache();
        }
        Ok(Pdf {
            compile,
            export: started.elapsed(),
            bytes,
            pages: document.pages().len(),
        })
    }
}

/// The PDF of a laid out document, with its signature fields.
fn export(
    world: &DocWorld,
    document: &PagedDocument,
    meta: &Meta,
) -> Result<Vec<u8>, TypesetError> {
    let date = Datetime::from_ymd(
        meta.date.year(),
        meta.date.month() as u8,
        meta.date.day() as u8,
    );
    let standards =
        PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1]).map_err(|e| TypesetError {
            report: crate::t!("tipografia-errore-interno", errore = e.message().as_str()),
        })?;
    let options = PdfOptions {
        ident: Smart::Custom(meta.ident.clone()),
        creator: Smart::Custom(Some(format!(
            "ambito {} (Typst {})",
            env!("CARGO_PKG_VERSION"),
            typst_version()
        ))),
        timestamp: date.map(Timestamp::new_utc),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(document, &options)
        .map_err(|errors| world.report(errors.as_slice(), &[]))?;
    campi::aggiungi(bytes, &campi::campi(document)).map_err(|e| TypesetError {
        report: crate::t!("tipografia-errore-interno", errore = e),
    })
}

/// Typst memoizes parsing, evaluation and layout in a cache shared by the
/// whole process, which nothing empties: over a batch of thousands of
/// documents it would grow without bound (1.8 GB for 500 documents). So
/// every [`EVICT_EVERY`] documents, the entries not used since the last
/// [`MEMO_AGE`] evictions are dropped. What every document uses (the `lib/`
/// modules, fonts, styles) is hit again and again and stays; what belonged
/// to one document goes. Evicting walks the whole cache and holds its locks,
/// so doing it after every document cost about 5% of the typesetting (other
/// threads wait); every 8 documents it is negligible, and the cache holds at
/// most a few dozen documents' entries. `AMBITO_EVICT_EVERY` and
/// `AMBITO_MEMO_AGE` override them, for benchmarks.
const EVICT_EVERY: usize = 8;
const MEMO_AGE: usize = 2;

fn evict_memo_cache() {
    static SETTINGS: std::sync::OnceLock<(usize, usize)> = std::sync::OnceLock::new();
    static DONE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let (every, age) = *SETTINGS.get_or_init(|| {
        let var = |name: &str, default| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        (
            var("AMBITO_EVICT_EVERY", EVICT_EVERY).max(1),
            var("AMBITO_MEMO_AGE", MEMO_AGE),
        )
    });
    let done = DONE.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    if done.is_multiple_of(every) {
        typst::comemo::evict(age);
    }
}

/// The Typst this binary was built with, as its PDFs name it: read from
/// the typst crate, so that it cannot drift from the one in `Cargo.lock`.
fn typst_version() -> String {
    let v = typst::utils::version();
    format!("{}.{}.{}", v.major(), v.minor(), v.patch())
}

/// Serves `/lib/...` from `templates/lib/` or, for a file the project does not
/// have, from the library built into the binary; and nothing else.
struct LibFiles {
    templates: PathBuf,
}

impl FileLoader for LibFiles {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some(
                crate::t!("tipografia-pacchetti-non-disponibili").into(),
            )));
        }
        let vpath = id.vpath();
        if !vpath.get_with_slash().starts_with("/lib/") {
            return Err(FileError::AccessDenied);
        }
        let path = vpath.realize(&self.templates)?;
        // Not in the project's folder: the library built into the binary.
        if let Err(e) = path.symlink_metadata()
            && e.kind() == std::io::ErrorKind::NotFound
        {
            return crate::templates::built_in(vpath.get_without_slash())
                .map(|text| Bytes::new(text.as_bytes()))
                .ok_or_else(|| FileError::NotFound(vpath.get_without_slash().into()));
        }
        // Follow symlinks, then check the real path is still inside lib/.
        let lib = self
            .templates
            .join("lib")
            .canonicalize()
            .map_err(|e| FileError::from_io(e, Path::new("templates/lib")))?;
        let real = path
            .canonicalize()
            .map_err(|e| FileError::from_io(e, Path::new(vpath.get_without_slash())))?;
        if !real.starts_with(&lib) {
            return Err(FileError::AccessDenied);
        }
        std::fs::read(&real)
            .map(Bytes::new)
            .map_err(|e| FileError::from_io(e, Path::new(vpath.get_without_slash())))
    }
}

/// The world of one document: its source as `/main.typ`, and `lib/`.
pub struct DocWorld<'a> {
    typesetter: &'a Typesetter,
    main: FileId,
    name: String,
    source: Source,
    files: FileStore<LibFiles>,
}

impl DocWorld<'_> {
    fn report(&self, errors: &[SourceDiagnostic], warnings: &[SourceDiagnostic]) -> TypesetError {
        let mut out = typst_kit::diagnostics::termcolor::NoColor::new(Vec::new());
        let all = errors.iter().chain(warnings);
        if typst_kit::diagnostics::emit(&mut out, self, all, DiagnosticFormat::Human).is_err() {
            let _ = writeln!(out, "{}", crate::t!("tipografia-errori-senza-posizione"));
        }
        TypesetError {
            report: String::from_utf8_lossy(&out.into_inner()).into_owned(),
        }
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.typesetter.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            self.files.source(id)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            Ok(Bytes::from_string(self.source.text().to_string()))
        } else {
            self.files.file(id)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: the same inputs must give the same bytes.
        None
    }
}

impl DiagnosticWorld for DocWorld<'_> {
    fn name(&self, id: FileId) -> String {
        if id == self.main {
            self.name.clone()
        } else {
            format!("templates{}", id.vpath().get_with_slash())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> Meta {
        Meta {
            ident: "test/doc".into(),
            date: NaiveDate::from_ymd_opt(2025, 7, 31).unwrap_or_default(),
        }
    }

    fn doc(body: &str) -> String {
        format!(
            "#import \"/lib/atto.typ\": *\n#show: atto.with(titolo: \"Prova\", ambito: \"Ambito di prova\", data: datetime(year: 2025, month: 7, day: 31))\n{body}\n"
        )
    }

    fn typesetter() -> Typesetter {
        Typesetter::new(&Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"))
    }

    #[test]
    fn compiles_with_the_lib_and_is_reproducible() {
        let ts = typesetter();
        let a = ts
            .pdf(
                "prova",
                doc("#sezione[Titolo I]\n#articolo[Oggetto]\n+ Primo comma."),
                &meta(),
            )
            .unwrap();
        let b = ts
            .pdf(
                "prova",
                doc("#sezione[Titolo I]\n#articolo[Oggetto]\n+ Primo comma."),
                &meta(),
            )
            .unwrap();
        assert!(a.bytes.starts_with(b"%PDF-"));
        assert_eq!(a.pages, 1);
        assert_eq!(a.bytes, b.bytes, "same source, same bytes");
    }

    #[test]
    fn reads_outside_lib_are_refused() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let ts = typesetter();
        for body in [
            "#read(\"/etc/passwd\")",
            "#read(\"../../../../../../etc/passwd\")",
            "#image(\"../../../x.png\")",
            "#read(\"/convenzione.typ.j2\")",
            "#import \"@preview/cetz:0.3.0\"",
        ] {
            let err = ts.pdf("prova", doc(body), &meta()).expect_err(body);
            let refused = [
                "access denied",
                "would escape the project root",
                "packages are not available",
            ];
            assert!(
                refused.iter().any(|r| err.report.contains(r)),
                "{body}: {}",
                err.report
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_lib_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let lib = dir.path().join("lib");
        std::fs::create_dir_all(&lib).unwrap();
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/lib/atto.typ");
        std::fs::copy(real, lib.join("atto.typ")).unwrap();
        std::fs::write(dir.path().join("secret.txt"), "segreto").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), lib.join("link.txt")).unwrap();
        let ts = Typesetter::new(dir.path());
        let err = ts
            .pdf("prova", doc("#read(\"/lib/link.txt\")"), &meta())
            .expect_err("symlink escape");
        assert!(err.report.contains("denied"), "{}", err.report);
    }
}
