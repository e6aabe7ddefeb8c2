//! The `ambito` command line: parse the arguments, run one operation of
//! [`ambito::project::Project`], print what it returns, exit with its code.
//! The arguments are in `cli/args.rs`, the output in `cli/print.rs`.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod cli {
    pub mod args;
    pub mod print;
}

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ambito::project::{Error, Project};
use cli::args::{Cli, Command, Format, New};
use cli::print;

/// Typst allocates a great deal, from several threads at once: mimalloc
/// is faster at it than the system allocator and scales better across them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let started = Instant::now();
    ambito::i18n::set(cli::args::lingua());
    let cli = cli::args::parse();
    match run(cli, started) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", ambito::t!("cli-errore", testo = e.to_string()));
            ExitCode::from(print::USAGE_ERROR)
        }
    }
}

/// The project the current folder is in, restricted to `--ambito`.
fn project(
    content: Option<&Path>,
    templates: Option<&Path>,
    ambito: Option<String>,
) -> Result<Project, Error> {
    let cwd = std::env::current_dir()
        .map_err(|e| Error::Usage(ambito::t!("cli-cartella-corrente", errore = e.to_string())))?;
    Project::find(&cwd, content, templates)?.only(ambito)
}

/// Runs the command; an `Err` is a usage or I/O error (exit 2).
fn run(cli: Cli, started: Instant) -> Result<ExitCode, Error> {
    let Cli {
        content,
        templates,
        ambito,
        format,
        lang: _,
        command,
    } = cli;
    let project = || project(content.as_deref(), templates.as_deref(), ambito.clone());
    Ok(match command {
        Command::Init { dir, ci } => {
            let done = ambito::scaffold::init(&dir, ci).map_err(Error::Usage)?;
            print::initialised(format, &dir, &done)
        }
        Command::Check => print::checked(format, &project()?.check()?),
        Command::Build(args) if args.emit_typst => {
            let project = project()?;
            let out = project.out(args.out.clone());
            let (checked, emitted) = project.emit(&out, &args.selection())?;
            print::emitted(format, &checked, &emitted, &out)
        }
        Command::Build(args) => {
            let project = project()?;
            let out = project.out(args.out.clone());
            let bar = print::Bar::new(format, &out);
            let built = project.build(&out, &args.selection(), &bar)?;
            print::built(&built, &args, started, &bar)
        }
        Command::List { out } => {
            let project = project()?;
            let out = project.out(out);
            let (checked, righe) = project.list(&out)?;
            print::list(format, &checked, &righe, &out)
        }
        Command::Verify { out } => {
            let project = project()?;
            let out = project.out(out);
            print::verified(format, &project.verify(&out)?, &out)
        }
        Command::Watch { out, debounce } => {
            let project = project()?;
            let out = project.out(out);
            let on = |event: ambito::project::watch::Event| print::watch(format, &out, event);
            project.watch(&out, Duration::from_millis(debounce), &on)?;
            ExitCode::SUCCESS
        }
        Command::New(New::Ambito { id, regione, forma }) => {
            let files = project()?.new_ambito(&id, &regione, forma)?;
            let next = ambito::t!("cli-new-poi", segnaposto = ambito::scaffold::DA_COMPILARE);
            let files: Vec<_> = files.into_iter().map(|f| (f, "")).collect();
            print::wrote(format, &files, Some(&next))
        }
        Command::New(New::Relazione { ambito, semestre }) => {
            let (checked, path) = project()?.new_relazione(&ambito, &semestre)?;
            if format == Format::Json {
                print::relazione_json(&checked, &path)
            } else {
                print::diagnostics(format, &checked);
                print::wrote(format, &[(path, "")], None)
            }
        }
        Command::Schema { out } => print::wrote(format, &Project::schema(&out)?, None),
        Command::Explain { code, list } => print::explain(format, code.as_deref(), list),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "ambito", &mut script);
            print::write_stdout(&script)
        }
    })
}
