//! The `ambito` command line: exit codes and human output around [`ambito::build`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use ambito::build::{self, Paths};
use ambito::diagnostic;

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
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content for errors, without writing anything.
    #[command(
        after_help = "Examples:\n  ambito check\n  ambito --content ../altro-repo/content check"
    )]
    Check,
    /// Check the content, then write every document it describes.
    #[command(after_help = "Examples:\n  ambito build\n  ambito build --out /tmp/pdf")]
    Build {
        /// Where to write the PDFs and manifest.json.
        #[arg(long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let checked = match build::check(&cli.content) {
        Ok(checked) => checked,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(USAGE_ERROR);
        }
    };
    diagnostic::print(&checked.sources, &checked.diagnostics);
    let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = checked.diagnostics.len() - errors;
    match cli.command {
        Command::Check => {
            let ambiti = checked.model.ambiti.len();
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
        Command::Build { out } => {
            if !cli.templates.join("lib").is_dir() {
                eprintln!(
                    "error: templates folder `{}` not found (it must hold lib/): run ambito from the repository root, or pass --templates DIR",
                    cli.templates.display()
                );
                return ExitCode::from(USAGE_ERROR);
            }
            let paths = Paths {
                content: cli.content,
                templates: cli.templates,
                out: out.clone(),
            };
            let report = match build::build(&checked, &paths, |entry| {
                println!(
                    "wrote {} ({} pages, {} KiB)",
                    out.join(&entry.path).display(),
                    entry.pages,
                    entry.bytes.div_ceil(1024)
                );
            }) {
                Ok(report) => report,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(USAGE_ERROR);
                }
            };
            for ambito in &report.blocked {
                eprintln!("skipped {ambito}: fix the errors above; its earlier PDFs are untouched");
            }
            for (doc, reason) in &report.failed {
                eprintln!("error: {doc} failed:\n{reason}");
            }
            eprintln!(
                "built {}, skipped {}, {} failed",
                plural(report.written.len(), "document", "documents"),
                plural(report.blocked.len(), "Ambito", "Ambiti"),
                report.failed.len()
            );
            if errors > 0 || !report.failed.is_empty() {
                ExitCode::from(CONTENT_ERROR)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// "1 error", "2 errors".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
