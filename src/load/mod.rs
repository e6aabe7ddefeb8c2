//! Load: read the content folder into typed structs that remember where each
//! value was written.
//!
//! The content folder holds one folder per Ambito and shared reference data in
//! `_riferimenti/` (a folder whose name starts with `_` is never an Ambito).
//! Each file is parsed on its own, so a syntax error in one file still lets
//! every other file be read and checked. Problems are collected as
//! [`Diagnostic`]s; only a content folder that cannot be read at all is a
//! [`FolderError`].

pub mod files;
pub mod profili;
mod shape;
pub mod testo;
pub mod values;

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde_saphyr::Error as YamlError;

use crate::diagnostic::{Diagnostic, Position, Sources, did_you_mean};
use files::{
    AmbitoFile, ComuneEntry, ConvenzioneFile, EnteEntry, FondoEntry, NormaEntry, OrganiFile,
    PersonaEntry, PianoFile, RegolamentoFile, RelazioneFile, UfficioFile,
};

/// A content file larger than this is refused before it is parsed: the real
/// files are a few kilobytes, and a huge file is a mistake or an attack.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// What `ambito new` writes where a value is still to be filled in. It is
/// text, so the document can be built and read; `check` warns about it
/// (R049), and a document that prints it is a draft (see `build::bozza`).
pub const SEGNAPOSTO: &str = "DA COMPILARE";

/// Folder of reference data shared by every Ambito.
pub const RIFERIMENTI: &str = "_riferimenti";

/// A kind of content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKind {
    /// Its name, which names its JSON Schema (`<name>.schema.json`).
    pub name: &'static str,
    /// Where it is: relative to an Ambito's folder, or to `content/` for the
    /// shared data (`_riferimenti/…`). A relazione's name is a pattern.
    pub path: &'static str,
}

impl FileKind {
    /// Whether the file at `rel` (relative to its Ambito's folder, or to
    /// `content/` for shared data; with `/`) is of this kind.
    pub fn is(&self, rel: &str) -> bool {
        match self.path.strip_suffix(RELAZIONE) {
            Some(dir) => rel
                .strip_prefix(dir)
                .is_some_and(|name| semestre_of(name).is_some()),
            None => rel == self.path,
        }
    }

    /// The folder it is in, relative to its Ambito's folder or to `content/`:
    /// `relazioni/` for the semester reports, `""` for the files at the top.
    pub fn folder(&self) -> &'static str {
        self.path.rsplit_once('/').map_or("", |(folder, _)| folder)
    }

    /// Whether it is shared by every Ambito (under `_riferimenti/`).
    pub fn shared(&self) -> bool {
        self.path.starts_with(RIFERIMENTI)
    }
}

/// How a relazione's file name is written in [`FILES`].
const RELAZIONE: &str = "<anno>-<1|2>.yaml";

pub const AMBITO: FileKind = FileKind {
    name: "ambito",
    path: "ambito.yaml",
};

pub const COMUNI: FileKind = FileKind {
    name: "comuni",
    path: "comuni.yaml",
};

pub const PERSONE: FileKind = FileKind {
    name: "persone",
    path: "persone.yaml",
};

pub const ENTI: FileKind = FileKind {
    name: "enti",
    path: "enti.yaml",
};

pub const UFFICIO: FileKind = FileKind {
    name: "ufficio-di-piano",
    path: "ufficio-di-piano.yaml",
};

pub const ORGANI: FileKind = FileKind {
    name: "organi",
    path: "organi.yaml",
};

pub const PIANO: FileKind = FileKind {
    name: "piano",
    path: "piano.yaml",
};

pub const CONVENZIONE: FileKind = FileKind {
    name: "convenzione",
    path: "atti/convenzione.yaml",
};

pub const REGOLAMENTO: FileKind = FileKind {
    name: "regolamento",
    path: "atti/regolamento.yaml",
};

pub const RELAZIONI: FileKind = FileKind {
    name: "relazione",
    path: "relazioni/<anno>-<1|2>.yaml",
};

pub const NORME: FileKind = FileKind {
    name: "norme",
    path: "_riferimenti/norme.yaml",
};

pub const FONDI: FileKind = FileKind {
    name: "fondi",
    path: "_riferimenti/fondi.yaml",
};

/// Every content file ambito reads: the one list that the loader, the
/// schemas, the scaffolds' hints and the fuzzer take their names from.
pub const FILES: [FileKind; 12] = [
    AMBITO,
    COMUNI,
    PERSONE,
    ENTI,
    UFFICIO,
    ORGANI,
    PIANO,
    CONVENZIONE,
    REGOLAMENTO,
    RELAZIONI,
    NORME,
    FONDI,
];

/// The kinds of file an Ambito folder may hold.
pub fn ambito_files() -> impl Iterator<Item = &'static FileKind> {
    FILES.iter().filter(|f| !f.shared())
}

/// Everything read from a content folder.
#[derive(Debug, Default)]
pub struct Content {
    pub riferimenti: RiferimentiFiles,
    pub ambiti: Vec<AmbitoFiles>,
    /// The text of every file read, for diagnostics.
    pub sources: Sources,
    /// Problems met while reading and parsing.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that exist but could not be read or parsed: their absence from
    /// the loaded data is already explained, and must not be reported again
    /// as "missing" or as references that do not resolve.
    pub rotti: std::collections::BTreeSet<PathBuf>,
    /// The content folder: nothing is read from outside it (R047).
    root: PathBuf,
}

/// A parsed file and where it came from.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub path: PathBuf,
    pub value: T,
}

/// Shared reference data: laws and funds.
#[derive(Debug, Default)]
pub struct RiferimentiFiles {
    pub norme: Option<Loaded<Vec<NormaEntry>>>,
    pub fondi: Option<Loaded<Vec<FondoEntry>>>,
}

/// The files of one Ambito folder. A file that is absent or could not be
/// parsed is `None` (and, when it was required or broken, a diagnostic says so).
#[derive(Debug)]
pub struct AmbitoFiles {
    /// The folder name: the Ambito's id and the name of its output folder.
    pub id: String,
    pub dir: PathBuf,
    pub ambito: Option<Loaded<AmbitoFile>>,
    pub comuni: Option<Loaded<Vec<ComuneEntry>>>,
    pub persone: Option<Loaded<Vec<PersonaEntry>>>,
    pub enti: Option<Loaded<Vec<EnteEntry>>>,
    pub ufficio: Option<Loaded<UfficioFile>>,
    pub organi: Option<Loaded<OrganiFile>>,
    pub piano: Option<Loaded<PianoFile>>,
    pub convenzione: Option<Loaded<ConvenzioneFile>>,
    pub regolamento: Option<Loaded<RegolamentoFile>>,
    /// Semester reports, in time order.
    pub relazioni: Vec<Relazione>,
}

/// One semester report, named by its file `relazioni/<anno>-<semestre>.yaml`.
#[derive(Debug, Clone)]
pub struct Relazione {
    pub anno: i32,
    pub semestre: u8,
    pub file: Loaded<RelazioneFile>,
}

/// The year and semester a relazione file name stands for: `2025-1.yaml` → (2025, 1).
pub fn semestre_of(file_name: &str) -> Option<(i32, u8)> {
    let stem = file_name.strip_suffix(".yaml")?;
    let (anno, semestre) = stem.split_once('-')?;
    if anno.len() != 4 || !anno.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let semestre = match semestre {
        "1" => 1,
        "2" => 2,
        _ => return None,
    };
    Some((anno.parse().ok()?, semestre))
}

/// Failure to read the content folder itself: a usage or I/O error, not a
/// content error.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    #[error("{}", crate::t!("carica-contenuti-assenti", cartella = .0.display().to_string()))]
    NotFound(PathBuf),
    #[error("{}", crate::t!("carica-non-cartella", cartella = .0.display().to_string()))]
    NotADirectory(PathBuf),
    #[error(
        "{}",
        crate::t!(
            "carica-cartella-illeggibile",
            cartella = .0.display().to_string(),
            errore = .1.to_string()
        )
    )]
    Io(PathBuf, #[source] std::io::Error),
}

/// Reads every Ambito under `root`, in the order of their folder names.
pub fn content(root: &Path) -> Result<Content, FolderError> {
    content_except(root, &[])
}

/// Like [`content`], leaving out the Ambiti named in `skip` (a build does
/// not re-read Ambiti whose documents are all up to date).
pub fn content_except(root: &Path, skip: &[String]) -> Result<Content, FolderError> {
    let meta = fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => FolderError::NotFound(root.to_path_buf()),
        _ => FolderError::Io(root.to_path_buf(), e),
    })?;
    if !meta.is_dir() {
        return Err(FolderError::NotADirectory(root.to_path_buf()));
    }
    let mut content = Content {
        root: root.to_path_buf(),
        ..Content::default()
    };
    let (dirs, links) = ambito_dirs(root)?;
    for link in links {
        content.diagnostics.push(not_regular(
            &root.join(&link),
            crate::t!("r047-collegamento-cartella", nome = &link),
        ));
    }
    let (dirs, bad): (Vec<String>, Vec<String>) = dirs
        .into_iter()
        .partition(|d| d.starts_with(['_', '.']) || id_valido(d));
    for name in bad {
        content.diagnostics.push(
            Diagnostic::error(
                "R004",
                root.join(&name),
                Position::START,
                crate::t!("r004-cartella-ambito-nome", nome = &name),
            )
            .with_hint(crate::t!("r004-cartella-ambito-nome-suggerimento")),
        );
    }

    content.riferimenti = RiferimentiFiles {
        norme: content.parse_file(&root.join(NORME.path)),
        fondi: content.parse_file(&root.join(FONDI.path)),
    };
    // Ambiti are independent: read and parse them in parallel, each into a
    // content of its own, then merge in folder order (same output whatever
    // the number of threads).
    let parts: Vec<(AmbitoFiles, Content)> = dirs
        .into_par_iter()
        .filter(|d| !d.starts_with(['_', '.']) && !skip.contains(d))
        .map(|id| {
            let mut part = Content {
                root: root.to_path_buf(),
                ..Content::default()
            };
            let ambito = part.ambito(root, id);
            (ambito, part)
        })
        .collect();
    for (ambito, part) in parts {
        content.ambiti.push(ambito);
        content.sources.extend(part.sources);
        content.diagnostics.extend(part.diagnostics);
        content.rotti.extend(part.rotti);
    }
    Ok(content)
}

/// The names of the folders under `root`, sorted: the Ambiti, and the
/// shared data (`_riferimenti`) and hidden folders, which start with `_` or
/// `.`. Second, the symbolic links among them, which are never followed.
fn ambito_dirs(root: &Path) -> Result<(Vec<String>, Vec<String>), FolderError> {
    let mut dirs = Vec::new();
    let mut links = Vec::new();
    for entry in fs::read_dir(root).map_err(|e| FolderError::Io(root.to_path_buf(), e))? {
        let entry = entry.map_err(|e| FolderError::Io(root.to_path_buf(), e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        match entry.file_type() {
            Ok(t) if t.is_dir() => dirs.push(name),
            Ok(t) if t.is_symlink() && !name.starts_with('.') => links.push(name),
            _ => {}
        }
    }
    dirs.sort();
    links.sort();
    Ok((dirs, links))
}

/// The ids of the Ambito folders under `root`, sorted.
pub fn ambito_ids(root: &Path) -> Result<Vec<String>, FolderError> {
    Ok(ambito_dirs(root)?
        .0
        .into_iter()
        .filter(|d| !d.starts_with(['_', '.']) && id_valido(d))
        .collect())
}

/// Whether a folder name can be an Ambito's id: lowercase letters, digits
/// and single hyphens between them (`carate-brianza`). The id names the
/// Ambito's folder in `out/`, beside `manifest.json` and, for Typst
/// sources, `lib/`: so no dot, and not `lib`.
pub fn id_valido(name: &str) -> bool {
    name != "lib"
        && !name.is_empty()
        && name.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Content {
    fn ambito(&mut self, root: &Path, id: String) -> AmbitoFiles {
        let dir = root.join(&id);
        self.reject_unknown_files(&dir);
        let mut relazioni = Vec::new();
        let folder = dir.join(RELAZIONI.folder());
        let mut names: Vec<String> = fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            if let Some((anno, semestre)) = semestre_of(&name)
                && let Some(file) = self.parse_optional(&folder.join(&name))
            {
                relazioni.push(Relazione {
                    anno,
                    semestre,
                    file,
                });
            }
        }
        AmbitoFiles {
            ambito: self.parse_file(&dir.join(AMBITO.path)),
            comuni: self.parse_file(&dir.join(COMUNI.path)),
            persone: self.parse_file(&dir.join(PERSONE.path)),
            enti: self.parse_optional(&dir.join(ENTI.path)),
            ufficio: self.parse_optional(&dir.join(UFFICIO.path)),
            organi: self.parse_optional(&dir.join(ORGANI.path)),
            piano: self.parse_optional(&dir.join(PIANO.path)),
            convenzione: self.parse_optional(&dir.join(CONVENZIONE.path)),
            regolamento: self.parse_optional(&dir.join(REGOLAMENTO.path)),
            relazioni,
            id,
            dir,
        }
    }

    /// A YAML file the tool does not know is most likely a misspelt name: its
    /// facts would be silently ignored, so it is an error.
    fn reject_unknown_files(&mut self, dir: &Path) {
        let mut unknown: Vec<PathBuf> = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
            .filter(|p| {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap_or(p)
                    .to_string_lossy()
                    .replace('\\', "/");
                !ambito_files().any(|f| f.is(&rel))
            })
            .collect();
        unknown.sort();
        for path in unknown {
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let mut d = Diagnostic::error(
                "R008",
                &path,
                Position::START,
                crate::t!("r008-file-sconosciuto", file = &rel),
            );
            d = match did_you_mean(&rel, ambito_files().map(|f| f.path)) {
                Some(name) => d.with_hint(crate::t!(
                    "r008-file-sconosciuto-rinominare",
                    forse = crate::t!("forse-intendevi", nome = name)
                )),
                None => d.with_hint(crate::t!(
                    "r008-file-sconosciuto-suggerimento",
                    elenco = ambito_files()
                        .map(|f| f.path)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            };
            self.diagnostics.push(d);
        }
    }

    /// A file that must exist: its absence is an error.
    fn parse_file<T: DeserializeOwned>(&mut self, path: &Path) -> Option<Loaded<T>> {
        if !path.exists() {
            self.diagnostics.push(
                Diagnostic::error(
                    "R007",
                    path,
                    Position::START,
                    crate::t!(
                        "carica-r007-file-mancante",
                        file = path.display().to_string()
                    ),
                )
                .with_hint(crate::t!("carica-r007-file-mancante-suggerimento")),
            );
            return None;
        }
        self.parse_optional(path)
    }

    /// The kind of the file at `path`, by where it is under the content folder.
    fn kind_of(&self, path: &Path) -> Option<&'static FileKind> {
        let rel = path.strip_prefix(&self.root).ok()?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        // An Ambito's file is named from inside its folder; shared data from `content/`.
        let inside = rel.split_once('/').map_or(rel.as_str(), |(_, rest)| rest);
        FILES
            .iter()
            .find(|k| if k.shared() { k.is(&rel) } else { k.is(inside) })
    }

    /// A file that may be absent (the document it describes is then not built).
    fn parse_optional<T: DeserializeOwned>(&mut self, path: &Path) -> Option<Loaded<T>> {
        let text = match read_text(&self.root, path) {
            Ok(Some(text)) => text,
            Ok(None) => return None,
            Err(d) => {
                self.diagnostics.push(*d);
                self.rotti.insert(path.to_path_buf());
                return None;
            }
        };
        self.sources.add(path, &text);
        match parse::<T>(&text) {
            Ok(value) => {
                self.diagnostics.extend(unprintable(path, &text));
                Some(Loaded {
                    path: path.to_path_buf(),
                    value,
                })
            }
            Err(e) => {
                // Every problem of the file's shape, not only serde's first.
                let first = yaml_diagnostic(path, &e);
                let mut all = self
                    .kind_of(path)
                    .map(|kind| shape::problems(kind.name, path, &text))
                    .unwrap_or_default();
                if !all.iter().any(|d| d.position.line == first.position.line) {
                    all.push(first);
                }
                self.diagnostics.extend(all);
                self.rotti.insert(path.to_path_buf());
                None
            }
        }
    }
}

/// R036: text the documents cannot print, R004 for a text that is
/// empty (`titolo: ""`), and the warning R049 for a value still to fill in. A PDF/A file may not show a
/// missing glyph, so the build would fail inside Typst; here the problem is
/// reported where it was written. The YAML is read as the parser reads it,
/// scalar by scalar, so what is checked is each value after its escapes
/// (`"\uE000"`), in block scalars too, and comments (never printed) are
/// not; a `!!binary` value is not text at all. Run only on a file that
/// parsed, so within the parser's budgets. At most twenty per file; a
/// value is reported at its first line and column.
fn unprintable(path: &Path, text: &str) -> Vec<Diagnostic> {
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};
    let mut out = Vec::new();
    for item in Parser::new_from_str(text) {
        let Ok((Event::Scalar(value, style, _, tag), span)) = item else {
            if item.is_err() {
                break;
            }
            continue;
        };
        let at = Position {
            line: span.start.line(),
            column: span.start.col() + 1,
            bytes: None,
        };
        if tag.as_ref().is_some_and(|t| {
            t.suffix_in_namespace("tag:yaml.org,2002:").as_deref() == Some("binary")
        }) {
            out.push(
                Diagnostic::error("R036", path, at, crate::t!("r036-binario"))
                    .with_hint(crate::t!("r036-binario-suggerimento")),
            );
        } else if value.trim().is_empty() && style != ScalarStyle::Plain {
            // An empty plain scalar is null, which serde reports for a
            // required key; an empty quoted one is text with nothing in it,
            // which would print a blank title, or fail in Typst.
            out.push(
                Diagnostic::error("R004", path, at, crate::t!("r004-testo-vuoto"))
                    .with_hint(crate::t!("r004-testo-vuoto-suggerimento")),
            );
        } else if value.contains(SEGNAPOSTO) {
            out.push(
                Diagnostic::warning(
                    "R049",
                    path,
                    at,
                    crate::t!("r049-segnaposto", segnaposto = SEGNAPOSTO),
                )
                .with_hint(crate::t!("r049-segnaposto-suggerimento")),
            );
        } else if let Some(c) = value.chars().find(|&c| !crate::fonts::covers(c)) {
            out.push(
                Diagnostic::error(
                    "R036",
                    path,
                    at,
                    crate::t!(
                        "r036-carattere",
                        carattere = c.escape_debug().to_string(),
                        codice = format!("{:04X}", c as u32)
                    ),
                )
                .with_hint(crate::t!("r036-carattere-suggerimento")),
            );
        }
        if out.len() >= 20 {
            break;
        }
    }
    out
}

/// R047: a path of the content that is a symbolic link or a special file.
fn not_regular(path: &Path, message: String) -> Diagnostic {
    Diagnostic::error("R047", path, Position::START, message)
        .with_hint(crate::t!("r047-non-regolare-suggerimento"))
}

/// Reads a file of the content as UTF-8 text within the size budget;
/// `Ok(None)` when absent. Only a regular file reached through real folders
/// of `root` is read: a symbolic link (to `/proc/self/environ`, to a file
/// elsewhere) or a special file (a FIFO, a device) is refused with R047
/// before it is opened, so nothing of it is read or quoted, and nothing
/// hangs. The read itself stops at the budget, whatever the size claims.
fn read_text(root: &Path, path: &Path) -> Result<Option<String>, Box<Diagnostic>> {
    let fail = |message: String, hint: String| {
        Box::new(Diagnostic::error("R009", path, Position::START, message).with_hint(hint))
    };
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut at = root.to_path_buf();
    let mut meta = None;
    for part in rel.components() {
        at.push(part);
        match fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let what = if at == path { "file" } else { "cartella" };
                return Err(Box::new(not_regular(
                    path,
                    crate::t!(
                        "r047-collegamento-simbolico",
                        cosa = what,
                        percorso = at.strip_prefix(root).unwrap_or(&at).display().to_string()
                    ),
                )));
            }
            Ok(m) => meta = Some(m),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(fail(
                    crate::t!("r009-file-illeggibile", errore = e.to_string()),
                    crate::t!("r009-permessi-suggerimento"),
                ));
            }
        }
    }
    let Some(meta) = meta else { return Ok(None) };
    if !meta.is_file() {
        return Err(Box::new(not_regular(
            path,
            crate::t!("r047-file-non-regolare"),
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(
            crate::t!(
                "r009-file-troppo-grande",
                byte = meta.len(),
                massimo = MAX_FILE_BYTES
            ),
            crate::t!("r009-file-troppo-grande-suggerimento"),
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| {
            use std::io::Read;
            f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)
        })
        .map_err(|e| {
            fail(
                crate::t!("r009-file-illeggibile", errore = e.to_string()),
                crate::t!("r009-permessi-suggerimento"),
            )
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(
            crate::t!("r009-file-cresciuto", massimo = MAX_FILE_BYTES),
            crate::t!("r009-file-troppo-grande-suggerimento"),
        ));
    }
    String::from_utf8(bytes).map(Some).map_err(|e| {
        fail(
            crate::t!("r009-non-utf8", errore = e.to_string()),
            crate::t!("r009-non-utf8-suggerimento"),
        )
    })
}

/// Parser settings: strict where leniency would hide mistakes, and with input
/// budgets so that a hostile file (alias bombs, deep nesting) fails fast.
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 64,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_events: 1_000_000,
            max_nodes: 500_000,
            max_documents: 1,
        },
        strict_booleans: true,
        with_snippet: false,
    }
}

/// Parses one YAML document into `T` with the project's settings.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, options())
}

/// `a`, `b`, `c`, each in backquotes.
fn quoted(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How to write a value that is not one of the allowed words: the same
/// word in the right case (`f` → `F`), the nearest one, or the list.
fn variant_hint(variant: &str, expected: &[&str]) -> String {
    if let Some(right) = expected.iter().find(|e| e.eq_ignore_ascii_case(variant)) {
        return crate::t!("carica-valore-maiuscole", valore = *right);
    }
    match did_you_mean(variant, expected.iter().copied()) {
        Some(m) => crate::t!("forse-intendevi", nome = m),
        None => crate::t!("carica-valore-elenco", elenco = quoted(expected)),
    }
}

/// How to write a number that an Italian habit wrote otherwise: the number
/// of an act with its `n.` (`n. 12` → `12`), or a Roman numeral (`XII` →
/// `12`). `None` for anything else.
fn numero_hint(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_lowercase();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = ["n.", "nr.", "num.", "n°", "nº"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .map(str::trim)
        .filter(|rest| digits(rest))
    {
        return Some(crate::t!("carica-numero-senza-n", numero = rest));
    }
    romano(text).map(|n| crate::t!("carica-numero-romano", numero = n))
}

/// The value of a Roman numeral written in capitals and in its usual form
/// (`XII`, `XIV`, `MMXXV`), from 1 to 3999.
fn romano(text: &str) -> Option<u32> {
    const CIFRE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    // The longest is MMMDCCCLXXXVIII.
    if text.len() > 15 {
        return None;
    }
    let mut rest = text;
    let mut value = 0;
    for (n, cifra) in CIFRE {
        while let Some(r) = rest.strip_prefix(cifra) {
            rest = r;
            value += n;
        }
    }
    // Only the usual form: `IIII` or `VX` is not a numeral anyone means.
    let mut scritto = String::new();
    let mut resto = value;
    for (n, cifra) in CIFRE {
        while resto >= n {
            scritto.push_str(cifra);
            resto -= n;
        }
    }
    (rest.is_empty() && (1..4000).contains(&value) && scritto == text).then_some(value)
}

/// Turns a parser error into a diagnostic with a rule code.
fn yaml_diagnostic(path: &Path, error: &YamlError) -> Diagnostic {
    let error = error.without_snippet();
    let position = error
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| Position::from_yaml(&l))
        .unwrap_or(Position::START);
    let plain = plain_message(error);
    let exhausted = plain.contains("recursion limit") || plain.contains("budget");
    let (code, message, hint) = match error {
        _ if exhausted => (
            "R009",
            plain,
            Some(crate::t!("r009-troppo-annidato-suggerimento")),
        ),
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => (
            "R002",
            crate::t!("r002-chiave-sconosciuta", chiave = field),
            Some(match did_you_mean(field, expected.iter().copied()) {
                Some(m) => crate::t!("forse-intendevi", nome = m),
                None if expected.is_empty() => crate::t!("r002-chiave-sconosciuta-rimuovere"),
                None => crate::t!(
                    "r002-chiave-sconosciuta-ammesse",
                    elenco = expected.join(", ")
                ),
            }),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            "R003",
            crate::t!("r003-chiave-mancante", chiave = *field),
            Some(crate::t!(
                "r003-chiave-mancante-suggerimento",
                chiave = *field
            )),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => (
            "R004",
            crate::t!(
                "r004-valore-non-ammesso",
                valore = format!("`{variant}`"),
                elenco = quoted(expected)
            ),
            Some(variant_hint(variant, expected)),
        ),
        YamlError::SerdeInvalidType { .. }
        | YamlError::SerdeInvalidValue { .. }
        | YamlError::SerdeInvalidLength { .. }
        | YamlError::InvalidScalar { .. }
        | YamlError::NullIntoString { .. }
        | YamlError::InvalidBooleanStrict { .. }
        | YamlError::Message { .. } => ("R004", plain_message(error), None),
        YamlError::DuplicateMappingKey { .. } => (
            "R010",
            plain_message(error),
            Some(crate::t!("r010-chiave-ripetuta-suggerimento")),
        ),
        YamlError::Budget { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. }
        | YamlError::AliasReplayCounterOverflow { .. } => (
            "R009",
            plain_message(error),
            Some(crate::t!("r009-troppo-annidato-suggerimento")),
        ),
        _ => (
            "R001",
            crate::t!("r001-sintassi", errore = plain_message(error)),
            Some(crate::t!("r001-sintassi-suggerimento")),
        ),
    };
    let d = Diagnostic::error(code, path, position, message);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// The parser's message without the location suffix it appends (we print the
/// location ourselves).
fn plain_message(error: &YamlError) -> String {
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => text.as_str(),
    };
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnose<T: DeserializeOwned + std::fmt::Debug>(yaml: &str) -> Diagnostic {
        let err = parse::<T>(yaml).expect_err("must fail");
        yaml_diagnostic(Path::new("f.yaml"), &err)
    }

    #[test]
    fn unknown_key_has_code_position_and_suggestion() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let d = diagnose::<Vec<PersonaEntry>>("- id: a\n  nome: A\n  cognom: B\n  genere: F\n");
        assert_eq!(d.code, "R002");
        assert_eq!((d.position.line, d.position.column), (3, 3));
        assert_eq!(d.hint.as_deref(), Some("did you mean `cognome`?"));
    }

    #[test]
    fn missing_key_is_r003() {
        let d = diagnose::<Vec<PersonaEntry>>("- id: a\n  nome: A\n  genere: F\n");
        assert_eq!(d.code, "R003");
        assert!(d.message.contains("cognome"), "{}", d.message);
    }

    #[test]
    fn syntax_error_is_r001_with_line() {
        let d = diagnose::<Vec<PersonaEntry>>("- id: a\n  nome: [A\n  cognome: B\n");
        assert_eq!(d.code, "R001");
        assert!(d.position.line >= 2, "{d:?}");
    }

    #[test]
    fn bad_value_is_r004() {
        let d = diagnose::<Vec<PersonaEntry>>("- id: a\n  nome: A\n  cognome: B\n  genere: X\n");
        assert_eq!(d.code, "R004");
        assert_eq!(d.position.line, 4);
    }

    /// The hint of the R004 at `relazione-ogni-mesi` (a whole number) when
    /// `written` is its value.
    fn number_hint(written: &str) -> Option<String> {
        let yaml = format!("relazione-ogni-mesi: {written}\n");
        shape::problems("regolamento", Path::new("r.yaml"), &yaml)
            .into_iter()
            .find(|d| d.code == "R004" && d.position.line == 1)
            .and_then(|d| d.hint)
    }

    #[test]
    fn a_number_written_with_n_is_told_to_drop_it() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let hint = Some("write only the number: 12".to_string());
        assert_eq!(number_hint("n. 12"), hint);
        assert_eq!(number_hint("\"N.12\""), hint);
        assert_eq!(number_hint("nr. 12"), hint);
        assert_eq!(number_hint("n. dodici"), None);
        assert_eq!(number_hint("dodici"), None);
    }

    #[test]
    fn a_roman_numeral_is_told_in_arabic_digits() {
        crate::i18n::set(crate::i18n::Lingua::English);
        assert_eq!(
            number_hint("XII"),
            Some("write the number in Arabic numerals: 12".to_string())
        );
        assert_eq!(romano("XIV"), Some(14));
        assert_eq!(romano("MMXXV"), Some(2025));
        assert_eq!(romano("IX"), Some(9));
        assert_eq!(romano("IIII"), None);
        assert_eq!(romano("VX"), None);
        assert_eq!(romano("xii"), None);
        assert_eq!(romano("DI"), Some(501));
        assert_eq!(romano(""), None);
        assert_eq!(number_hint("MIXED"), None);
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            yaml.push_str(&format!("{c}: &{c} [{refs}]\n"));
            prev = c;
        }
        let err = parse::<serde::de::IgnoredAny>(&yaml);
        assert!(err.is_err());
    }
}
