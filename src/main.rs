//! The `ambito` command line: exit codes and human output around [`ambito::build`].

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use ambito::build::{self, Paths};
use ambito::diagnostic;

/// Typst allocates a great deal, from several threads at once: mimalloc
/// is faster at it than the system allocator and scales better across them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Prints a line on standard output. A closed pipe (`ambito … | head`) is not
/// an error worth a panic: the reader has what it wanted.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Like `say!`, without the newline.
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Exit codes: 0 all good; 1 the content has errors or a document failed; 2
/// usage or I/O errors (clap also exits 2 on bad arguments).
const CONTENT_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "ambito",
    version,
    about = "Official documents of an Ambito territoriale sociale, from YAML to PDF/A",
    after_help = "Examples:\n  ambito check                 check every Ambito under content/\n  ambito build                 write out/<ambito>/<documento>.pdf\n  ambito --content ../dati build --out /tmp/pdf"
)]
struct Cli {
    /// Folder with one folder per Ambito (and shared data in `_riferimenti/`).
    #[arg(long, global = true, default_value = "content", value_name = "DIR")]
    content: PathBuf,
    /// Folder with the document templates (`*.typ.j2`) and their Typst library (`lib/`).
    #[arg(long, global = true, default_value = "templates", value_name = "DIR")]
    templates: PathBuf,
    /// How to print diagnostics: for people, as JSON (on standard output), or
    /// as GitHub Actions annotations (on standard output).
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum New {
    /// Create content/<ID>/ in the terms of a region and a form of
    /// association: the region's usual names, the managing body's kind, and
    /// the lists of Comuni and persons to fill in (`check` shows what is left).
    #[command(
        after_help = "Examples:\n  ambito new ambito alto-garda --regione trento --forma comunita-montana\n  ambito new ambito carpi --regione emilia-romagna --forma unione\n  ambito new ambito lecce --regione puglia"
    )]
    Ambito {
        /// The new Ambito's id: lowercase letters, digits and hyphens.
        id: String,
        /// The region or autonomous province: `lombardia`, `emilia-romagna`, `trento`, …
        #[arg(long)]
        regione: String,
        /// How the Comuni manage the Ambito together.
        #[arg(long, default_value = "convenzione", value_parser = parse_forma)]
        forma: ambito::load::values::Forma,
    },
    /// Create relazioni/<YEAR>-<1|2>.yaml for an Ambito, prefilled from its
    /// Piano di Zona and from the previous semester.
    #[command(after_help = "Examples:\n  ambito new relazione corsichese 2026-1")]
    Relazione {
        /// The Ambito's id (its folder name).
        ambito: String,
        /// The semester: YEAR-1 (January–June) or YEAR-2 (July–December).
        semestre: String,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
    Github,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content for errors, without writing anything.
    #[command(
        after_help = "Examples:\n  ambito check\n  ambito check --format json > diagnostics.json\n  ambito check --format github      (in a GitHub Actions step)\n  ambito --content ../altro-repo/content check"
    )]
    Check,
    /// Print the documentation of a rule: what it states, why, an example, how to fix it.
    #[command(after_help = "Examples:\n  ambito explain R012\n  ambito explain --list")]
    Explain {
        /// The rule code, as printed in a diagnostic (e.g. R012).
        #[arg(required_unless_present = "list")]
        code: Option<String>,
        /// List every rule code with its title.
        #[arg(long)]
        list: bool,
    },
    /// Check the content, then write every document it describes.
    #[command(
        after_help = "Examples:\n  ambito build\n  ambito build --out /tmp/pdf\n  ambito build --force --jobs 2\n  ambito build --shard 2/4        (the second quarter of the documents)\n  ambito build --emit-typst --out /tmp/typst   (Typst sources, not PDFs)\n\nA document whose inputs (the files of its Ambito it reads, the shared data, the\ntemplates but the other documents' own, the tool's version) are unchanged since the last\nbuild, and whose PDF is intact, is skipped; an Ambito none of whose files changed is not\neven read. A signed PDF is never overwritten: its new version goes beside it (.v2.pdf)."
    )]
    Build {
        /// Where to write the PDFs and manifest.json.
        #[arg(long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
        /// Build only shard K of N: the N shards together build every
        /// document exactly once (for CI matrix jobs).
        #[arg(long, value_name = "K/N")]
        shard: Option<build::Shard>,
        /// Typeset on N threads (default: every core).
        #[arg(long, short, value_name = "N")]
        jobs: Option<usize>,
        /// Rebuild every document, even those whose inputs are unchanged.
        #[arg(long)]
        force: bool,
        /// Print the time spent in each stage.
        #[arg(long)]
        timings: bool,
        /// Write each document's Typst source (`<ambito>/<documento>.typ`,
        /// with `lib/` beside them) and its template context (`.json`)
        /// instead of PDFs: `typst compile --root OUT OUT/<ambito>/<documento>.typ`
        /// then typesets it.
        #[arg(long, conflicts_with_all = ["force", "timings"])]
        emit_typst: bool,
    },
    /// List what a build would produce, and whether each document is up to date.
    #[command(after_help = "Examples:\n  ambito list\n  ambito list --out /tmp/pdf")]
    List {
        /// The output folder to compare with.
        #[arg(long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
    },
    /// Start a new Ambito, or the next semester's relazione.
    #[command(
        subcommand,
        after_help = "Examples:\n  ambito new ambito alto-garda\n  ambito new relazione corsichese 2026-1"
    )]
    New(New),
    /// Build, then rebuild the documents a saved file affects, until Ctrl-C.
    #[command(after_help = "Examples:\n  ambito watch\n  ambito watch --out /tmp/pdf")]
    Watch {
        /// Where to write the PDFs and manifest.json.
        #[arg(long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
        /// Milliseconds a change must settle before the rebuild.
        #[arg(long, default_value_t = 300, value_name = "MS")]
        debounce: u64,
    },
    /// Write a JSON Schema for each kind of content file, for editors.
    #[command(
        after_help = "Examples:\n  ambito schema --out schemas\n\nThen start a content file with a line such as\n  # yaml-language-server: $schema=../../schemas/comuni.schema.json\nand an editor with the YAML language server completes and checks it."
    )]
    Schema {
        /// The folder to write `<kind>.schema.json` into.
        #[arg(long, default_value = "schemas", value_name = "DIR")]
        out: PathBuf,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  ambito completions bash > /etc/bash_completion.d/ambito\n  ambito completions zsh > ~/.zfunc/_ambito"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Check that every PDF listed in out/manifest.json is there, with the
    /// size and sha256 it was written with.
    #[command(after_help = "Examples:\n  ambito verify\n  ambito verify --out /tmp/pdf")]
    Verify {
        /// The output folder that holds manifest.json.
        #[arg(long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();

    let cli = Cli::parse();
    if let Command::Explain { code, list } = &cli.command {
        return explain(code.as_deref(), *list);
    }
    if let Command::Verify { out } = &cli.command {
        return verify(out);
    }
    if let Command::Schema { out } = &cli.command {
        return schema(out);
    }
    if let Command::New(New::Ambito { id, regione, forma }) = &cli.command {
        return new_ambito(&cli.content, id, regione, *forma);
    }
    if let Command::Watch { out, debounce } = &cli.command {
        return watch(&cli, out, *debounce);
    }
    if let Command::Completions { shell } = &cli.command {
        let mut command = <Cli as clap::CommandFactory>::command();
        let mut script = Vec::new();
        clap_complete::generate(*shell, &mut command, "ambito", &mut script);
        return write_stdout(&script);
    }
    // A build leaves unread the Ambiti whose documents are all up to date.
    // The files hashed to find them are not hashed again by the build.
    let digests = build::Digests::default();
    let fresh = match &cli.command {
        Command::Build {
            out,
            shard,
            force,
            emit_typst: false,
            ..
        } => build::fresh(
            &Paths {
                content: cli.content.clone(),
                templates: cli.templates.clone(),
                out: out.clone(),
            },
            &build::Selection {
                shard: shard.unwrap_or(build::Shard::ALL),
                force: *force,
                ..build::Selection::default()
            },
            &digests,
        ),
        _ => Vec::new(),
    };
    let checked = match build::check_except(&cli.content, fresh) {
        Ok(checked) => checked,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let checked_in = started.elapsed();
    match cli.format {
        Format::Human => diagnostic::print(&checked.sources, &checked.diagnostics),
        Format::Json => say!("{}", diagnostic::to_json(&checked.diagnostics)),
        Format::Github => say_raw!("{}", diagnostic::to_github(&checked.diagnostics)),
    }
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = checked.diagnostics.len() - errors;
    match cli.command {
        Command::Explain { .. }
        | Command::Verify { .. }
        | Command::Schema { .. }
        | Command::Watch { .. }
        | Command::New(New::Ambito { .. })
        | Command::Completions { .. } => ExitCode::SUCCESS,
        Command::List { out } => {
            let paths = Paths {
                content: cli.content,
                templates: cli.templates,
                out,
            };
            match build::list::list(&checked, &paths) {
                Ok(voci) => {
                    for v in &voci {
                        say!(
                            "{:<24} {:<12} {:<11} {:<40} {}",
                            v.ambito,
                            v.documento,
                            v.periodo,
                            paths.out.join(&v.path).display(),
                            v.stato.label()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(USAGE_ERROR)
                }
            }
        }
        Command::New(New::Relazione { ambito, semestre }) => {
            new_relazione(&checked, &ambito, &semestre)
        }
        Command::Check => {
            let ambiti = checked.ambiti_lette;
            eprintln!(
                "checked {}: {}, {}",
                plural(ambiti, "Ambito", "Ambiti"),
                if errors == 0 {
                    "no errors".to_string()
                } else {
                    plural(errors, "error", "errors")
                },
                plural(warnings, "warning", "warnings")
            );
            if errors == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(CONTENT_ERROR)
            }
        }
        Command::Build {
            out,
            shard,
            jobs,
            force,
            timings,
            emit_typst,
        } => {
            let paths = Paths {
                content: cli.content,
                templates: cli.templates,
                out: out.clone(),
            };
            if let Some(why) = paths.problema() {
                eprintln!("error: {why}");
                return ExitCode::from(USAGE_ERROR);
            }
            let defaults = build::Selection::default();
            let select = build::Selection {
                shard: shard.unwrap_or(build::Shard::ALL),
                force,
                jobs: jobs.unwrap_or(defaults.jobs),
                ..defaults
            };
            if emit_typst {
                return emit(&checked, &paths, &select, errors);
            }
            // A progress bar on a terminal; plain lines otherwise.
            let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                let bar =
                    indicatif::ProgressBar::new(build::chosen(&checked, &select).len() as u64);
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} documents, {elapsed} (eta {eta})",
                ) {
                    bar.set_style(style);
                }
                bar
            } else {
                indicatif::ProgressBar::hidden()
            };
            let report = match build::build(
                &checked,
                &paths,
                &select,
                &digests,
                |entry: &build::Entry| {
                    bar.suspend(|| {
                        say!(
                            "wrote {} ({}, {} KiB)",
                            out.join(&entry.path).display(),
                            plural(entry.pages, "page", "pages"),
                            entry.bytes.div_ceil(1024)
                        );
                        if let Some(signed) = &entry.sostituisce {
                            say!(
                                "      a new version: {} is signed and stays as it is",
                                out.join(signed).display()
                            );
                        }
                    });
                    bar.inc(1);
                },
            ) {
                Ok(report) => report,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(USAGE_ERROR);
                }
            };
            bar.finish_and_clear();
            if timings {
                let t = report.timings;
                let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
                eprintln!("timings (summed over documents and threads, ms):");
                eprintln!("  load + model + validate {:>9.1}", ms(checked_in));
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
            if errors > 0 || !report.failed.is_empty() {
                ExitCode::from(CONTENT_ERROR)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// `ambito build --emit-typst`.
fn emit(
    checked: &build::Checked,
    paths: &Paths,
    select: &build::Selection,
    errors: usize,
) -> ExitCode {
    match build::emit_typst(checked, paths, select) {
        Ok(build::emit::Emitted { written, failed }) => {
            for rel in &written {
                say!("wrote {}", paths.out.join(rel).display());
            }
            for (doc, reason) in &failed {
                eprintln!("error: {doc} failed:\n{reason}");
            }
            eprintln!(
                "wrote {}, {} failed; typeset one with: typst compile --root {} {}",
                plural(written.len(), "Typst source", "Typst sources"),
                failed.len(),
                paths.out.display(),
                paths.out.join("<ambito>/<documento>.typ").display()
            );
            if errors > 0 || !failed.is_empty() {
                ExitCode::from(CONTENT_ERROR)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// A form of association as written on the command line.
fn parse_forma(text: &str) -> Result<ambito::load::values::Forma, String> {
    ambito::load::values::Forma::ALL
        .into_iter()
        .find(|f| f.id() == text)
        .ok_or_else(|| {
            format!(
                "one of {}",
                ambito::load::values::Forma::ALL.map(|f| f.id()).join(", ")
            )
        })
}

/// `ambito new ambito ID --regione R --forma F`.
fn new_ambito(
    content: &std::path::Path,
    id: &str,
    regione: &str,
    forma: ambito::load::values::Forma,
) -> ExitCode {
    match ambito::scaffold::new_ambito(content, id, regione, forma) {
        Ok(files) => {
            for f in files {
                say!("wrote {}", f.display());
            }
            eprintln!(
                "next: replace `{}` and fill in the lists (docs/content.md), then `ambito check`",
                ambito::scaffold::DA_COMPILARE
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// `ambito new relazione AMBITO YEAR-SEMESTER`.
fn new_relazione(checked: &build::Checked, id: &str, semestre: &str) -> ExitCode {
    let Some((anno, sem)) = ambito::load::semestre_of(&format!("{semestre}.yaml")) else {
        eprintln!("error: `{semestre}` is not a semester: write YEAR-1 or YEAR-2, e.g. 2026-1");
        return ExitCode::from(USAGE_ERROR);
    };
    let Some(a) = checked.model.ambiti.iter().find(|a| a.id == id) else {
        eprintln!("error: no Ambito `{id}` with readable files under the content folder");
        return ExitCode::from(USAGE_ERROR);
    };
    match ambito::scaffold::new_relazione(a, anno, sem) {
        Ok(path) => {
            say!("wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// `ambito watch`: build, then rebuild on every settled change.
fn watch(cli: &Cli, out: &std::path::Path, debounce: u64) -> ExitCode {
    use build::watch::{affected, snapshot, wait_for_change};
    use std::time::Duration;
    let paths = Paths {
        content: cli.content.clone(),
        templates: cli.templates.clone(),
        out: out.to_path_buf(),
    };
    if let Some(why) = paths.problema() {
        eprintln!("error: {why}");
        return ExitCode::from(USAGE_ERROR);
    }
    let roots = [paths.content.as_path(), paths.templates.as_path()];
    let mut current = snapshot(&roots);
    let mut select = build::Selection::default();
    loop {
        match build::check(&paths.content) {
            Err(e) => eprintln!("error: {e}"),
            Ok(checked) => {
                diagnostic::print(&checked.sources, &checked.diagnostics);
                // Files change between rounds: hash them afresh each time.
                let digests = build::Digests::default();
                let result = build::build(
                    &checked,
                    &paths,
                    &select,
                    &digests,
                    |entry: &build::Entry| {
                        say!("wrote {}", paths.out.join(&entry.path).display());
                    },
                );
                match result {
                    Ok(report) => {
                        for (doc, reason) in &report.failed {
                            eprintln!("error: {doc} failed:\n{reason}");
                        }
                        eprintln!(
                            "built {}; watching {} and {} (Ctrl-C to stop)",
                            plural(report.written.len(), "document", "documents"),
                            paths.content.display(),
                            paths.templates.display()
                        );
                    }
                    Err(e) => eprintln!("error: {e}"),
                }
            }
        }
        let (next, changed) = wait_for_change(
            &roots,
            &current,
            Duration::from_millis(200),
            Duration::from_millis(debounce),
        );
        current = next;
        for path in &changed {
            eprintln!("changed {}", path.display());
        }
        select = build::Selection {
            ambiti: affected(&paths.content, &changed),
            ..build::Selection::default()
        };
    }
}

/// `ambito schema`: one JSON Schema per kind of content file.
fn schema(out: &std::path::Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create `{}`: {e}", out.display());
        return ExitCode::from(USAGE_ERROR);
    }
    for kind in ambito::schema::kinds() {
        let path = out.join(format!("{}.schema.json", kind.name));
        let text = ambito::schema::to_json(&kind.schema);
        if let Err(e) = build::write_atomic(&path, text.as_bytes()) {
            eprintln!("error: {e}");
            return ExitCode::from(USAGE_ERROR);
        }
        say!("wrote {} ({})", path.display(), kind.files);
    }
    ExitCode::SUCCESS
}

/// `ambito verify`: one line per problem, a summary, exit 1 on any problem.
fn verify(out: &std::path::Path) -> ExitCode {
    use build::verify::{Finding, verify};
    let findings = match verify(out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let mut problems = 0;
    for f in &findings {
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
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(CONTENT_ERROR)
    }
}

/// `ambito explain`: a rule's documentation, or the list of codes.
fn explain(code: Option<&str>, list: bool) -> ExitCode {
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

/// "1 error", "2 errors".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes `bytes` to standard output. A reader that stops early (`| head`,
/// `| true`) is not an error; any other failure (a full disk behind `>`)
/// is a usage or I/O error, never ignored.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(2)
        }
    }
}
