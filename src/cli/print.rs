//! What the commands print: results on standard output, the account of what
//! happened on standard error, and the exit code that goes with it.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use ambito::build::Checked;
use ambito::diagnostic;
use ambito::project::verify::Finding;
use ambito::project::{Built, Progress, emit::Emitted, list::Riga, watch::Event};

use super::args::{BuildArgs, Format};

/// Prints a line on standard output. A closed pipe (`ambito … | head`) is not
/// an error worth a panic: the reader has what it wanted.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Exit codes: 0 all good; 1 the content has errors or a document failed; 2
/// usage or I/O errors (clap also exits 2 on bad arguments).
pub const CONTENT_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

/// Success unless something went wrong in the content or a document.
fn code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(CONTENT_ERROR)
    }
}

/// "1 error", "2 errors".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A line for people: on standard output, unless standard output carries
/// one JSON document (`--format json`), when it goes to standard error.
macro_rules! tell {
    ($format:expr, $($arg:tt)*) => {{
        if $format.machine() {
            eprintln!($($arg)*);
        } else {
            say!($($arg)*);
        }
    }};
}

/// Prints `value` as the one JSON document of standard output.
fn json(value: &serde_json::Value) {
    say!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Prints diagnostics in the format asked for.
pub fn diagnostics(format: Format, checked: &Checked) {
    match format {
        Format::Human => diagnostic::print(&checked.sources, &checked.diagnostics),
        Format::Json => say!("{}", diagnostic::to_json(&checked.diagnostics)),
        Format::Github => {
            let _ = write_stdout(diagnostic::to_github(&checked.diagnostics).as_bytes());
        }
        Format::Gitlab => say!("{}", diagnostic::to_gitlab(&checked.diagnostics)),
        Format::Junit => {
            let _ = write_stdout(diagnostic::to_junit(&checked.diagnostics).as_bytes());
        }
    }
}

/// How many errors `checked` holds.
fn errors(checked: &Checked) -> usize {
    checked.diagnostics.iter().filter(|d| d.is_error()).count()
}

/// `ambito check`'s summary.
pub fn checked(format: Format, checked: &Checked) -> ExitCode {
    diagnostics(format, checked);
    let errors = errors(checked);
    eprintln!(
        "checked {}: {}, {}",
        plural(checked.ambiti_lette, "Ambito", "Ambiti"),
        if errors == 0 {
            "no errors".to_string()
        } else {
            plural(errors, "error", "errors")
        },
        plural(checked.diagnostics.len() - errors, "warning", "warnings")
    );
    code(errors == 0)
}

/// The progress of `ambito build`: the diagnostics first, then a bar on a
/// terminal (plain lines otherwise) and a line per PDF.
pub struct Bar {
    pub format: Format,
    pub out: std::path::PathBuf,
    bar: indicatif::ProgressBar,
}

impl Bar {
    pub fn new(format: Format, out: &Path) -> Bar {
        let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            let bar = indicatif::ProgressBar::new(0);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} documents, {elapsed} (eta {eta})",
            ) {
                bar.set_style(style);
            }
            bar
        } else {
            indicatif::ProgressBar::hidden()
        };
        Bar {
            format,
            out: out.to_path_buf(),
            bar,
        }
    }
}

impl Progress for Bar {
    fn checked(&self, checked: &Checked) {
        // In JSON they are part of the one document printed at the end.
        if self.format != Format::Json {
            diagnostics(self.format, checked);
        }
    }

    fn planned(&self, documents: usize) {
        self.bar.set_length(documents as u64);
    }

    fn written(&self, entry: &ambito::build::Entry) {
        self.bar.suspend(|| {
            tell!(
                self.format,
                "wrote {} ({}, {} KiB)",
                self.out.join(&entry.path).display(),
                plural(entry.pages, "page", "pages"),
                entry.bytes.div_ceil(1024)
            );
            if let Some(signed) = &entry.sostituisce {
                tell!(
                    self.format,
                    "      a new version: {} is signed and stays as it is",
                    self.out.join(signed).display()
                );
            }
        });
        self.bar.inc(1);
    }
}

/// `ambito build`'s account: timings if asked, what was skipped or failed,
/// the summary line.
pub fn built(built: &Built, args: &BuildArgs, started: Instant, bar: &Bar) -> ExitCode {
    bar.bar.finish_and_clear();
    let (checked, report) = (&built.checked, &built.report);
    if args.timings {
        let t = report.timings;
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        eprintln!("timings (summed over documents and threads, ms):");
        eprintln!("  load + model + validate {:>9.1}", ms(built.checked_in));
        eprintln!("  input digests           {:>9.1}", ms(t.digest));
        eprintln!("  render (minijinja)      {:>9.1}", ms(t.render));
        eprintln!("  layout (typst)          {:>9.1}", ms(t.compile));
        eprintln!("  pdf export (typst-pdf)  {:>9.1}", ms(t.export));
        eprintln!("  write                   {:>9.1}", ms(t.write));
    }
    for ambito in &report.blocked {
        eprintln!("skipped {ambito}: fix the errors above; its earlier PDFs are untouched");
    }
    for (doc, reason) in &report.failed {
        eprintln!("error: {doc} failed:\n{reason}");
    }
    let unread = if checked.fresh.is_empty() {
        String::new()
    } else {
        format!(
            " ({} unchanged, not re-read)",
            plural(checked.fresh.len(), "Ambito", "Ambiti")
        )
    };
    if bar.format == Format::Json {
        json(&serde_json::json!({
            "diagnostics": diagnostic::to_value(&checked.diagnostics),
            "written": report.written,
            "up_to_date": report.skipped,
            "skipped_ambiti": report.blocked,
            "failed": report.failed.iter().map(|(document, reason)| {
                serde_json::json!({ "document": document, "reason": reason })
            }).collect::<Vec<_>>(),
        }));
    }
    eprintln!(
        "built {}, {} up to date{unread}, skipped {}, {} failed, in {:.1} s",
        plural(report.written.len(), "document", "documents"),
        report.skipped.len(),
        plural(report.blocked.len(), "Ambito", "Ambiti"),
        report.failed.len(),
        started.elapsed().as_secs_f64()
    );
    code(errors(checked) == 0 && report.failed.is_empty())
}

/// `ambito build --emit-typst`.
pub fn emitted(format: Format, checked: &Checked, emitted: &Emitted, out: &Path) -> ExitCode {
    if format == Format::Json {
        json(&serde_json::json!({
            "diagnostics": diagnostic::to_value(&checked.diagnostics),
            "written": emitted.written,
            "failed": emitted.failed.iter().map(|(document, reason)| {
                serde_json::json!({ "document": document, "reason": reason })
            }).collect::<Vec<_>>(),
        }));
    } else {
        diagnostics(format, checked);
        for rel in &emitted.written {
            tell!(format, "wrote {}", out.join(rel).display());
        }
    }
    for (doc, reason) in &emitted.failed {
        eprintln!("error: {doc} failed:\n{reason}");
    }
    eprintln!(
        "wrote {}, {} failed; typeset one with: typst compile --root {} {}",
        plural(emitted.written.len(), "Typst source", "Typst sources"),
        emitted.failed.len(),
        out.display(),
        out.join("<ambito>/<documento>.typ").display()
    );
    code(errors(checked) == 0 && emitted.failed.is_empty())
}

/// `ambito list`: one row per document.
pub fn list(format: Format, checked: &Checked, righe: &[Riga], out: &Path) -> ExitCode {
    if format == Format::Json {
        let documenti: Vec<serde_json::Value> = righe
            .iter()
            .map(|v| {
                serde_json::json!({
                    "ambito": v.ambito,
                    "documento": v.documento,
                    "periodo": v.periodo,
                    "path": v.path,
                    "stato": v.stato.label(),
                })
            })
            .collect();
        json(&serde_json::json!({
            "diagnostics": diagnostic::to_value(&checked.diagnostics),
            "documenti": documenti,
        }));
        return ExitCode::SUCCESS;
    }
    diagnostics(format, checked);
    for v in righe {
        tell!(
            format,
            "{:<24} {:<12} {:<11} {:<40} {}",
            v.ambito,
            v.documento,
            v.periodo,
            out.join(&v.path).display(),
            v.stato.label()
        );
    }
    ExitCode::SUCCESS
}

/// `ambito verify`: one line per problem or signed file, a summary, exit 1
/// on any problem.
pub fn verified(format: Format, findings: &[Finding], out: &Path) -> ExitCode {
    if format == Format::Json {
        let items: Vec<serde_json::Value> = findings
            .iter()
            .map(|f| match f {
                Finding::Ok(p) => serde_json::json!({ "path": p, "stato": "ok" }),
                Finding::Firmato(p, n, by) => serde_json::json!({
                    "path": p, "stato": "firmato", "firme": n, "sostituito_da": by,
                }),
                Finding::Missing(p) => serde_json::json!({ "path": p, "stato": "mancante" }),
                Finding::Mismatch(p, why) => serde_json::json!({
                    "path": p, "stato": "diverso", "perche": why,
                }),
            })
            .collect();
        json(&serde_json::Value::Array(items));
    }
    let mut problems = 0;
    for f in findings {
        match f {
            Finding::Ok(_) => {}
            Finding::Firmato(p, n, by) => {
                let firme = plural(*n, "signature", "signatures");
                match by {
                    Some(by) => tell!(
                        format,
                        "signed   {} ({firme}; superseded by {})",
                        out.join(p).display(),
                        out.join(by).display()
                    ),
                    None => tell!(format, "signed   {} ({firme})", out.join(p).display()),
                }
            }
            Finding::Missing(p) => {
                problems += 1;
                tell!(format, "missing  {}", out.join(p).display());
            }
            Finding::Mismatch(p, why) => {
                problems += 1;
                tell!(format, "mismatch {}: {why}", out.join(p).display());
            }
        }
    }
    eprintln!(
        "verified {}: {} ok, {problems} with problems",
        plural(findings.len(), "document", "documents"),
        findings.len() - problems
    );
    code(problems == 0)
}

/// What `new` and `schema` wrote, one file per line, and the next step.
pub fn wrote<S: AsRef<str>>(
    format: Format,
    files: &[(std::path::PathBuf, S)],
    next: Option<&str>,
) -> ExitCode {
    if format == Format::Json {
        let written: Vec<String> = files
            .iter()
            .map(|(path, _)| path.to_string_lossy().replace('\\', "/"))
            .collect();
        json(&serde_json::json!({ "written": written }));
    }
    for (path, what) in files {
        let what = what.as_ref();
        if what.is_empty() {
            tell!(format, "wrote {}", path.display());
        } else {
            tell!(format, "wrote {} ({what})", path.display());
        }
    }
    if let Some(next) = next {
        eprintln!("{next}");
    }
    ExitCode::SUCCESS
}

/// `ambito init`: what it wrote, what it left alone, what to do next.
pub fn initialised(format: Format, dir: &Path, done: &ambito::scaffold::Iniziato) -> ExitCode {
    if format == Format::Json {
        json(&serde_json::json!({ "written": done.written, "kept": done.kept }));
    }
    for path in &done.written {
        tell!(format, "wrote {}", path.display());
    }
    for path in &done.kept {
        tell!(format, "kept {} (it was there already)", path.display());
    }
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {}, then ", dir.display())
    };
    eprintln!(
        "next: {cd}ambito new ambito <ID> --regione <REGIONE>, fill in what it asks, then ambito build"
    );
    ExitCode::SUCCESS
}

/// `ambito new relazione --format json`: its diagnostics and the file, as
/// one JSON document.
pub fn relazione_json(checked: &Checked, path: &Path) -> ExitCode {
    json(&serde_json::json!({
        "diagnostics": diagnostic::to_value(&checked.diagnostics),
        "written": [path.to_string_lossy().replace('\\', "/")],
    }));
    ExitCode::SUCCESS
}

/// `ambito watch`, as it goes.
pub fn watch(format: Format, out: &Path, event: Event) {
    match event {
        Event::Checked(checked) => diagnostics(format, checked),
        Event::Written(entry) => tell!(format, "wrote {}", out.join(&entry.path).display()),
        Event::Built { report, since_save } => {
            for (doc, reason) in &report.failed {
                eprintln!("error: {doc} failed:\n{reason}");
            }
            let after = since_save.map_or(String::new(), |t| {
                format!(" {} ms after the save;", t.as_millis())
            });
            eprintln!(
                "built {},{after} watching (Ctrl-C to stop)",
                plural(report.written.len(), "document", "documents"),
            );
        }
        Event::Changed(paths) => {
            for path in paths {
                eprintln!("changed {}", path.display());
            }
        }
        Event::Failed(e) => eprintln!("error: {e}"),
    }
}

/// `ambito explain`: a rule's documentation, or the list of codes.
pub fn explain(format: Format, code: Option<&str>, list: bool) -> ExitCode {
    use ambito::validate::catalogue;
    if format == Format::Json {
        let wanted: Vec<&str> = if list {
            catalogue::codes()
        } else {
            code.into_iter().collect()
        };
        let rules: Vec<serde_json::Value> = wanted
            .into_iter()
            .filter_map(|c| catalogue::explain(c).map(|text| (c, text)))
            .map(|(c, text)| serde_json::json!({ "code": c.to_ascii_uppercase(), "text": text }))
            .collect();
        if rules.is_empty() {
            eprintln!(
                "error: no rule `{}`; `ambito explain --list` lists them",
                code.unwrap_or_default()
            );
            return ExitCode::from(USAGE_ERROR);
        }
        json(&serde_json::Value::Array(rules));
        return ExitCode::SUCCESS;
    }
    if list {
        for code in catalogue::codes() {
            let title = catalogue::explain(code)
                .and_then(|t| t.lines().next())
                .unwrap_or(code)
                .trim_start_matches("## ");
            say!("{title}");
        }
        return ExitCode::SUCCESS;
    }
    match code.and_then(catalogue::explain) {
        Some(text) => {
            say!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "error: no rule `{}`; `ambito explain --list` lists them",
                code.unwrap_or_default()
            );
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// Writes `bytes` to standard output. A reader that stops early (`| head`,
/// `| true`) is not an error; any other failure (a full disk behind `>`)
/// is a usage or I/O error, never ignored.
pub fn write_stdout(bytes: &[u8]) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}
