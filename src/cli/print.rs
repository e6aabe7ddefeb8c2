//! What the commands print: results on standard output, the account of what
//! happened on standard error, and the exit code that goes with it.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use ambito::build::Checked;
use ambito::diagnostic;
use ambito::project::verify::Finding;
use ambito::project::{Built, Progress, emit::Emitted, list::Riga, watch::Event};
use ambito::t;

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
        "{}",
        t!(
            "cli-check-riepilogo",
            ambiti = checked.ambiti_lette,
            errori = errors,
            avvisi = checked.diagnostics.len() - errors
        )
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
            let template = format!(
                "{{bar:40}} {{pos}}/{{len}} {}",
                t!("cli-barra", trascorso = "{elapsed}", stima = "{eta}")
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
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
                "{}",
                t!(
                    "cli-scritto-pdf",
                    file = self.out.join(&entry.path).display().to_string(),
                    pagine = entry.pages,
                    kib = entry.bytes.div_ceil(1024)
                )
            );
            if let Some(signed) = &entry.sostituisce {
                let firmato = self.out.join(signed).display().to_string();
                tell!(
                    self.format,
                    "      {}",
                    t!("cli-nuova-versione", firmato = firmato)
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
        let times = report.timings;
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        eprintln!("{}", t!("cli-tempi"));
        for (label, time) in [
            (t!("cli-tempi-carica"), built.checked_in),
            (t!("cli-tempi-impronte"), times.digest),
            (t!("cli-tempi-resa"), times.render),
            (t!("cli-tempi-impaginazione"), times.compile),
            (t!("cli-tempi-esportazione"), times.export),
            (t!("cli-tempi-scrittura"), times.write),
        ] {
            eprintln!("  {label:<30} {:>9.1}", ms(time));
        }
    }
    for ambito in &report.blocked {
        eprintln!("{}", t!("cli-saltato", ambito = ambito));
    }
    for (doc, reason) in &report.failed {
        eprintln!("{}\n{reason}", t!("cli-fallito", documento = doc));
    }
    let unread = if checked.fresh.is_empty() {
        String::new()
    } else {
        format!(" ({})", t!("cli-non-riletti", ambiti = checked.fresh.len()))
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
        "{}",
        t!(
            "cli-build-riepilogo",
            scritti = report.written.len(),
            aggiornati = report.skipped.len(),
            non_riletti = unread,
            bloccati = report.blocked.len(),
            falliti = report.failed.len(),
            secondi = format!("{:.1}", started.elapsed().as_secs_f64())
        )
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
            tell!(
                format,
                "{}",
                t!("cli-scritto", file = out.join(rel).display().to_string())
            );
        }
    }
    for (doc, reason) in &emitted.failed {
        eprintln!("{}\n{reason}", t!("cli-fallito", documento = doc));
    }
    eprintln!(
        "{}",
        t!(
            "cli-emessi-riepilogo",
            scritti = emitted.written.len(),
            falliti = emitted.failed.len(),
            out = out.display().to_string(),
            esempio = out.join("<ambito>/<documento>.typ").display().to_string()
        )
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
                Finding::MetadatiDaAggiornare(p, n, by, why) => serde_json::json!({
                    "path": p, "stato": "firmato", "firme": n, "sostituito_da": by,
                    "metadati": why,
                }),
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
            Finding::Firmato(p, n, by) | Finding::MetadatiDaAggiornare(p, n, by, _) => {
                let file = out.join(p).display().to_string();
                let line = match by {
                    Some(by) => t!(
                        "cli-firmato-sostituito",
                        file = file,
                        firme = *n,
                        nuovo = out.join(by).display().to_string()
                    ),
                    None => t!("cli-firmato", file = file, firme = *n),
                };
                tell!(format, "{line}");
                if let Finding::MetadatiDaAggiornare(.., why) = f {
                    tell!(format, "  {why}");
                }
            }
            Finding::Missing(p) => {
                problems += 1;
                let file = out.join(p).display().to_string();
                tell!(format, "{}", t!("cli-mancante", file = file));
            }
            Finding::Mismatch(p, why) => {
                problems += 1;
                let file = out.join(p).display().to_string();
                tell!(format, "{}", t!("cli-diverso", file = file, perche = why));
            }
        }
    }
    eprintln!(
        "{}",
        t!(
            "cli-verify-riepilogo",
            documenti = findings.len(),
            ok = findings.len() - problems,
            problemi = problems
        )
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
        let file = path.display().to_string();
        if what.is_empty() {
            tell!(format, "{}", t!("cli-scritto", file = file));
        } else {
            tell!(
                format,
                "{}",
                t!("cli-scritto-cosa", file = file, cosa = what)
            );
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
        tell!(
            format,
            "{}",
            t!("cli-scritto", file = path.display().to_string())
        );
    }
    for path in &done.kept {
        tell!(
            format,
            "{}",
            t!("cli-mantenuto", file = path.display().to_string())
        );
    }
    if dir == Path::new(".") {
        eprintln!("{}", t!("cli-init-poi"));
    } else {
        let cartella = dir.display().to_string();
        eprintln!("{}", t!("cli-init-poi-cd", cartella = cartella));
    }
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
        // One array per round, on one line: a stream a program reads line
        // by line.
        Event::Checked(checked) if format == Format::Json => {
            say!("{}", diagnostic::to_json_line(&checked.diagnostics))
        }
        Event::Checked(checked) => diagnostics(format, checked),
        Event::Written(entry) => {
            let file = out.join(&entry.path).display().to_string();
            tell!(format, "{}", t!("cli-scritto", file = file));
        }
        Event::Built { report, since_save } => {
            for (doc, reason) in &report.failed {
                eprintln!("{}\n{reason}", t!("cli-fallito", documento = doc));
            }
            let scritti = report.written.len();
            let line = match since_save {
                Some(time) => t!(
                    "cli-watch-costruiti-dopo",
                    scritti = scritti,
                    ms = time.as_millis() as u64
                ),
                None => t!("cli-watch-costruiti", scritti = scritti),
            };
            eprintln!("{line}");
        }
        Event::Changed(paths) => {
            for path in paths {
                eprintln!("{}", t!("cli-cambiato", file = path.display().to_string()));
            }
        }
        Event::Failed(e) => eprintln!("{}", t!("cli-errore", testo = e.to_string())),
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
                "{}",
                t!("cli-regola-sconosciuta", codice = code.unwrap_or_default())
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
                "{}",
                t!("cli-regola-sconosciuta", codice = code.unwrap_or_default())
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
            eprintln!("{}", t!("cli-stdout", errore = e.to_string()));
            ExitCode::from(USAGE_ERROR)
        }
    }
}
