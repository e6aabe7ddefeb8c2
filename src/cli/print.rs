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

/// Prints diagnostics in the format asked for.
pub fn diagnostics(format: Format, checked: &Checked) {
    match format {
        Format::Human => diagnostic::print(&checked.sources, &checked.diagnostics),
        Format::Json => say!("{}", diagnostic::to_json(&checked.diagnostics)),
        Format::Github => {
            let _ = write_stdout(diagnostic::to_github(&checked.diagnostics).as_bytes());
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
        diagnostics(self.format, checked);
    }

    fn planned(&self, documents: usize) {
        self.bar.set_length(documents as u64);
    }

    fn written(&self, entry: &ambito::build::Entry) {
        self.bar.suspend(|| {
            say!(
                "wrote {} ({}, {} KiB)",
                self.out.join(&entry.path).display(),
                plural(entry.pages, "page", "pages"),
                entry.bytes.div_ceil(1024)
            );
            if let Some(signed) = &entry.sostituisce {
                say!(
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
    diagnostics(format, checked);
    for rel in &emitted.written {
        say!("wrote {}", out.join(rel).display());
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
    diagnostics(format, checked);
    for v in righe {
        say!(
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
pub fn verified(findings: &[Finding], out: &Path) -> ExitCode {
    let mut problems = 0;
    for f in findings {
        match f {
            Finding::Ok(_) => {}
            Finding::Firmato(p, n, by) => {
                let firme = plural(*n, "signature", "signatures");
                match by {
                    Some(by) => say!(
                        "signed   {} ({firme}; superseded by {})",
                        out.join(p).display(),
                        out.join(by).display()
                    ),
                    None => say!("signed   {} ({firme})", out.join(p).display()),
                }
            }
            Finding::Missing(p) => {
                problems += 1;
                say!("missing  {}", out.join(p).display());
            }
            Finding::Mismatch(p, why) => {
                problems += 1;
                say!("mismatch {}: {why}", out.join(p).display());
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
pub fn wrote<S: AsRef<str>>(files: &[(std::path::PathBuf, S)], next: Option<&str>) -> ExitCode {
    for (path, what) in files {
        let what = what.as_ref();
        if what.is_empty() {
            say!("wrote {}", path.display());
        } else {
            say!("wrote {} ({what})", path.display());
        }
    }
    if let Some(next) = next {
        eprintln!("{next}");
    }
    ExitCode::SUCCESS
}

/// `ambito init`: what it wrote, what it left alone, what to do next.
pub fn initialised(dir: &Path, done: &ambito::scaffold::Iniziato) -> ExitCode {
    for path in &done.written {
        say!("wrote {}", path.display());
    }
    for path in &done.kept {
        say!("kept {} (it was there already)", path.display());
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

/// `ambito watch`, as it goes.
pub fn watch(format: Format, out: &Path, event: Event) {
    match event {
        Event::Checked(checked) => diagnostics(format, checked),
        Event::Written(entry) => say!("wrote {}", out.join(&entry.path).display()),
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
pub fn explain(code: Option<&str>, list: bool) -> ExitCode {
    use ambito::validate::catalogue;
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
