//! Diagnostics: what is wrong in the content, where, and how to fix it.
//!
//! Every stage that looks at what a user wrote (load, validate) reports problems
//! as [`Diagnostic`]s instead of failing on the first one, so that one run shows
//! everything that needs fixing. A diagnostic names its rule code (documented in
//! `docs/rules.md`), the file, line and column, a message and, where we can say
//! it, a hint. Rendering goes through `codespan-reporting`, the same library
//! typst uses for its own diagnostics, so the output looks like rustc's.

use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream, WriteColor};

/// How bad a diagnostic is. Errors block rendering of their Ambito; warnings never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a content file: 1-based line and column (in characters), plus
/// the byte range of the offending text when it is known.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub bytes: Option<Range<usize>>,
}

impl Position {
    /// The start of a file, for problems that concern a file as a whole.
    pub const START: Position = Position {
        line: 1,
        column: 1,
        bytes: None,
    };

    /// Where a value was written: the place of its text in its YAML file.
    pub fn at<T>(value: &serde_saphyr::Spanned<T>) -> Position {
        Position::from_yaml(&value.referenced)
    }

    /// Converts a serde-saphyr location (lines and columns counted from 1).
    pub fn from_yaml(location: &serde_saphyr::Location) -> Position {
        let span = location.span();
        let bytes = match (span.byte_offset(), span.byte_len()) {
            (Some(start), Some(len)) => {
                let start = start as usize;
                Some(start..start + len as usize)
            }
            _ => None,
        };
        Position {
            line: (location.line() as usize).max(1),
            column: (location.column() as usize).max(1),
            bytes,
        }
    }
}

/// One problem found in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The rule code, e.g. `R006`; see `docs/rules.md`.
    pub code: &'static str,
    /// The file as the user named it (relative to where `ambito` runs).
    pub file: PathBuf,
    pub position: Position,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        file: impl Into<PathBuf>,
        position: Position,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.into(),
            position,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(
        code: &'static str,
        file: impl Into<PathBuf>,
        position: Position,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, position, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, as editors and terminals link it.
    pub fn location(&self) -> String {
        format!(
            "{}:{}:{}",
            self.file.display(),
            self.position.line,
            self.position.column
        )
    }
}

/// Sorts diagnostics by file, then line, then column, so that output reads top
/// to bottom like the files themselves.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.position.line, a.position.column, a.code).cmp(&(
            &b.file,
            b.position.line,
            b.position.column,
            b.code,
        ))
    });
}

/// The text of every content file that was read, so that diagnostics can quote
/// the offending line.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<(PathBuf, String)>,
}

impl Sources {
    pub fn add(&mut self, path: &Path, text: &str) {
        self.files.push((path.to_path_buf(), text.to_string()));
    }

    /// Appends the files of `other`, after those of `self`.
    pub fn extend(&mut self, other: Sources) {
        self.files.extend(other.files);
    }

    fn text(&self, path: &Path) -> Option<&str> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.as_str())
    }
}

/// Byte range of a position within `text`: the known span, or one character at
/// the line and column.
fn byte_range(text: &str, position: &Position) -> Range<usize> {
    if let Some(range) = &position.bytes
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end)
    {
        return range.clone();
    }
    let line_start = text
        .split_inclusive('\n')
        .take(position.line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        .min(text.len());
    let line = text[line_start..].lines().next().unwrap_or("");
    let offset = line
        .char_indices()
        .nth(position.column.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(line.len());
    let start = line_start + offset;
    let end = line[offset..]
        .chars()
        .next()
        .map(|c| start + c.len_utf8())
        .unwrap_or(start);
    start..end
}

/// Writes diagnostics as rustc does: header with code, `file:line:column`, the
/// source line with a caret under the problem, and the hint.
pub fn emit(
    out: &mut dyn WriteColor,
    sources: &Sources,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let config = term::Config::default();
    for d in diagnostics {
        let mut files = SimpleFiles::new();
        let base = match d.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
        }
        .with_code(d.code)
        .with_message(&d.message)
        .with_notes(
            d.hint
                .iter()
                .map(|h| crate::t!("suggerimento", testo = h))
                .collect(),
        );
        let diagnostic = match sources.text(&d.file) {
            Some(text) => {
                let id = files.add(d.file.display().to_string(), text);
                base.with_labels(vec![cs::Label::primary(id, byte_range(text, &d.position))])
            }
            None => {
                // No text to quote (the file could not be read): say where anyway.
                writeln!(out, "{}:", d.location())?;
                base
            }
        };
        // codespan writes its header's level in English: render, then say
        // the level in the user's language.
        let mut buffer = if out.supports_color() {
            codespan_reporting::term::termcolor::Buffer::ansi()
        } else {
            codespan_reporting::term::termcolor::Buffer::no_color()
        };
        term::emit(&mut buffer, &config, &files, &diagnostic).map_err(io::Error::other)?;
        let text = String::from_utf8_lossy(buffer.as_slice());
        out.write_all(in_language(&text, d.severity).as_bytes())?;
    }
    Ok(())
}

/// `text` with its first `error[` or `warning[` (the header's level) said in
/// the current language.
fn in_language(text: &str, severity: Severity) -> String {
    let (english, level) = match severity {
        Severity::Error => ("error[", crate::t!("livello-errore")),
        Severity::Warning => ("warning[", crate::t!("livello-avviso")),
    };
    text.replacen(english, &format!("{level}["), 1)
}

/// Prints diagnostics to standard error, in colour when it is a terminal.
pub fn print(sources: &Sources, diagnostics: &[Diagnostic]) {
    let choice = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut stderr = StandardStream::stderr(choice);
    // A closed stderr leaves nothing sensible to do but carry on to the exit code.
    let _ = emit(&mut stderr, sources, diagnostics);
}

/// Diagnostics as a JSON array, one object each (documented in `docs/rules.md`).
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(&to_value(diagnostics)).unwrap_or_else(|_| "[]".to_string())
}

/// [`to_json`]'s array on one line, for a stream of arrays (`watch
/// --format json` prints one per round).
pub fn to_json_line(diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string(&to_value(diagnostics)).unwrap_or_else(|_| "[]".to_string())
}

/// [`to_json`]'s array as a value, for a JSON document that holds more
/// than the diagnostics (`build --format json`).
pub fn to_value(diagnostics: &[Diagnostic]) -> serde_json::Value {
    let items: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            serde_json::json!({
                "severity": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "code": d.code,
                "file": d.file.to_string_lossy().replace('\\', "/"),
                "line": d.position.line,
                "column": d.position.column,
                "message": d.message,
                "hint": d.hint,
            })
        })
        .collect();
    serde_json::Value::Array(items)
}

/// Diagnostics as a GitLab Code Quality report (the JSON array GitLab reads
/// from `artifacts:reports:codequality` and shows on the merge request).
/// Each issue's fingerprint is the sha256 of its code, file, line, column
/// and message, so that the same problem keeps its identity across runs.
pub fn to_gitlab(diagnostics: &[Diagnostic]) -> String {
    use sha2::{Digest, Sha256};
    let items: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            let file = d.file.to_string_lossy().replace('\\', "/");
            let identity = format!(
                "{}\0{file}\0{}\0{}\0{}",
                d.code, d.position.line, d.position.column, d.message
            );
            let mut description = format!("{}: {}", d.code, d.message);
            if let Some(h) = &d.hint {
                description.push_str(&format!(" ({h})"));
            }
            serde_json::json!({
                "description": description,
                "check_name": d.code,
                "fingerprint": format!("{:x}", Sha256::digest(identity.as_bytes())),
                "severity": match d.severity { Severity::Error => "major", Severity::Warning => "minor" },
                "location": { "path": file, "lines": { "begin": d.position.line } },
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}

/// Diagnostics as a JUnit XML report (for GitLab's `artifacts:reports:junit`
/// and other CI test views): one test case per diagnostic, failed for an
/// error, passed with its text for a warning; one passing case when there
/// is nothing to report.
pub fn to_junit(diagnostics: &[Diagnostic]) -> String {
    fn xml(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&apos;")
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"ambito check\" tests=\"{}\" failures=\"{errors}\" errors=\"0\">\n",
        diagnostics.len().max(1)
    );
    if diagnostics.is_empty() {
        out.push_str(&format!(
            "    <testcase classname=\"content\" name=\"{}\"/>\n",
            xml(&crate::t!("diagnostica-nessun-errore"))
        ));
    }
    for d in diagnostics {
        let file = xml(&d.file.to_string_lossy().replace('\\', "/"));
        let name = format!(
            "{} {file}:{}:{}",
            d.code, d.position.line, d.position.column
        );
        let text = xml(&match &d.hint {
            Some(h) => format!("{}\n{}", d.message, crate::t!("suggerimento", testo = h)),
            None => d.message.clone(),
        });
        out.push_str(&format!(
            "    <testcase classname=\"{file}\" name=\"{name}\">\n"
        ));
        if d.is_error() {
            out.push_str(&format!(
                "      <failure message=\"{}\" type=\"{}\">{text}</failure>\n",
                xml(&d.message),
                d.code
            ));
        } else {
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                crate::t!("diagnostica-avviso", testo = text)
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Diagnostics as GitHub Actions workflow commands (`::error file=…::…`),
/// which GitHub shows as annotations on the pull request's files.
pub fn to_github(diagnostics: &[Diagnostic]) -> String {
    fn data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn property(s: &str) -> String {
        data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.clone();
        if let Some(h) = &d.hint {
            message.push('\n');
            message.push_str(&crate::t!("suggerimento", testo = h));
        }
        out.push_str(&format!(
            "::{level} file={},line={},col={},title={}::{}\n",
            property(&d.file.to_string_lossy().replace('\\', "/")),
            d.position.line,
            d.position.column,
            property(d.code),
            data(&message)
        ));
    }
    out
}

/// The closest candidate to `wrong` by edit distance, for "did you mean" hints.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(wrong, c), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(3) / 3).max(2))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use codespan_reporting::term::termcolor::NoColor;

    #[test]
    fn renders_file_line_column_caret_code_and_hint() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let mut sources = Sources::default();
        let path = PathBuf::from("content/x/comuni.yaml");
        sources.add(&path, "- id: albiate\n  sindaco: vaness-gallo\n");
        let d = Diagnostic::error(
            "R006",
            &path,
            Position {
                line: 2,
                column: 12,
                bytes: None,
            },
            "no persona with id `vaness-gallo`",
        )
        .with_hint("did you mean `vanessa-gallo`?");
        let mut out = NoColor::new(Vec::new());
        emit(&mut out, &sources, &[d]).unwrap();
        let text = String::from_utf8(out.into_inner()).unwrap();
        assert!(
            text.contains("error[R006]: no persona with id `vaness-gallo`"),
            "{text}"
        );
        assert!(text.contains("content/x/comuni.yaml:2:12"), "{text}");
        assert!(text.contains("sindaco: vaness-gallo"), "{text}");
        assert!(text.contains("^"), "{text}");
        assert!(
            text.contains("hint: did you mean `vanessa-gallo`?"),
            "{text}"
        );
    }

    #[test]
    fn json_and_github_formats() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let d = Diagnostic::error(
            "R006",
            "content/x/a.yaml",
            Position {
                line: 2,
                column: 5,
                bytes: None,
            },
            "no persona, really: 100%",
        )
        .with_hint("fix it");
        let json: serde_json::Value =
            serde_json::from_str(&to_json(std::slice::from_ref(&d))).unwrap();
        assert_eq!(json[0]["code"], "R006");
        assert_eq!(json[0]["line"], 2);
        assert_eq!(json[0]["column"], 5);
        assert_eq!(json[0]["severity"], "error");
        assert_eq!(json[0]["hint"], "fix it");
        assert_eq!(
            to_github(&[d]),
            "::error file=content/x/a.yaml,line=2,col=5,title=R006::no persona, really: 100%25%0Ahint: fix it\n"
        );
    }

    #[test]
    fn byte_range_handles_multibyte_and_out_of_range() {
        let text = "nome: Città\nà: b\n";
        assert_eq!(
            &text[byte_range(
                text,
                &Position {
                    line: 2,
                    column: 1,
                    bytes: None
                }
            )],
            "à"
        );
        let far = byte_range(
            text,
            &Position {
                line: 40,
                column: 40,
                bytes: None,
            },
        );
        assert!(far.start <= text.len());
    }

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["vanessa-gallo", "laura-borella"];
        assert_eq!(did_you_mean("vaness-gallo", ids), Some("vanessa-gallo"));
        assert_eq!(did_you_mean("mario-rossi", ids), None);
    }
}
