//! The command line's arguments, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use ambito::build::{Selection, Shard};
use ambito::i18n::Lingua;
use ambito::load::values::Forma;

#[derive(Parser)]
#[command(
    name = "ambito",
    version,
    about = "Official documents of an Ambito territoriale sociale, from YAML to PDF/A",
    after_help = "Examples:\n  ambito init                  start a project in this folder\n  ambito check                 check every Ambito under content/\n  ambito build                 write out/<ambito>/<documento>.pdf\n  ambito build --ambito lecce  only the documents of content/lecce/\n  ambito --content ../dati build --out /tmp/pdf"
)]
pub struct Cli {
    /// Folder with one folder per Ambito (and shared data in `_riferimenti/`)
    /// [default: the `content/` of this folder or of the nearest one above it].
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Folder with the project's own templates (`*.typ.j2`, `lib/`): each file
    /// there replaces the built-in one of the same name [default: `templates/`
    /// beside `content/`, if there is one].
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Only this Ambito (its folder name): the others are neither read nor built.
    #[arg(long, global = true, value_name = "ID")]
    pub ambito: Option<String>,
    /// How to print diagnostics: for people (on standard error), or on
    /// standard output as JSON, GitHub Actions annotations, a GitLab Code
    /// Quality report or a JUnit XML report.
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The language of messages and help: `it` (the default) or `en`
    /// [default: from `LANG`, Italian unless it asks for English].
    #[arg(long, global = true, value_name = "LINGUA", value_parser = ["it", "en"])]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum New {
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
        forma: Forma,
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

/// How diagnostics are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
    /// A GitLab Code Quality report (`artifacts:reports:codequality`).
    Gitlab,
    /// A JUnit XML report (`artifacts:reports:junit`, and other CI test views).
    Junit,
}

impl Format {
    /// Whether standard output carries one machine-readable document, so
    /// that the lines for people go to standard error.
    pub fn machine(self) -> bool {
        matches!(self, Format::Json | Format::Gitlab | Format::Junit)
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// Start a project: `content/` with the shared references, `.gitignore`,
    /// the schemas and the VS Code settings that check the YAML as you type,
    /// and a CI file. The templates are built into ambito: no `templates/`.
    #[command(
        after_help = "Examples:\n  ambito init                   in the current folder\n  ambito init ambiti-puglia     in a new folder\n  ambito init --ci gitlab\n\nThen: ambito new ambito <ID> --regione <REGIONE>, fill in what it asks, ambito build."
    )]
    Init {
        /// The folder to start the project in (created if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Which CI to write a pipeline for.
        #[arg(long, value_enum, default_value = "github")]
        ci: ambito::scaffold::Ci,
    },
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
        after_help = "Examples:\n  ambito build\n  ambito build --out /tmp/pdf\n  ambito build --force --jobs 2\n  ambito build --shard 2/4        (the second quarter of the documents)\n  ambito build --definitivo       (for signature: no drafts)\n  ambito build --emit-typst --out /tmp/typst   (Typst sources, not PDFs)\n\nA document is typeset again only when what Typst would be given changed: its source\n(what the YAML and its template make of it), templates/lib/ or the tool's version. So a\ncomment, or a key another document reads, rebuilds nothing; an Ambito none of whose files\nchanged is not even read. A signed PDF is never overwritten: its new version goes beside\nit (.v2.pdf)."
    )]
    Build(BuildArgs),
    /// List what a build would produce, and whether each document is up to date.
    #[command(after_help = "Examples:\n  ambito list\n  ambito list --out /tmp/pdf")]
    List {
        /// The output folder to compare with [default: `out/` beside `content/`].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
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
        /// Where to write the PDFs and manifest.json [default: `out/` beside `content/`].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Milliseconds to wait after a change for more (an editor's save is
        /// often a write and a rename) before rebuilding.
        #[arg(long, default_value_t = 30, value_name = "MS")]
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
        /// The output folder that holds manifest.json [default: `out/` beside `content/`].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// `ambito build`'s own arguments.
#[derive(Args)]
pub struct BuildArgs {
    /// Where to write the PDFs and manifest.json [default: `out/` beside `content/`].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Build only shard K of N: the N shards together build every
    /// document exactly once (for CI matrix jobs).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Typeset on N threads (default: every core).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Rebuild every document, even those whose inputs are unchanged.
    #[arg(long)]
    pub force: bool,
    /// Print the time spent in each stage.
    #[arg(long)]
    pub timings: bool,
    /// The build for signature: a draft (a document that still prints
    /// `DA COMPILARE`) is an error instead of a PDF marked BOZZA.
    #[arg(long)]
    pub definitivo: bool,
    /// Write each document's Typst source (`<ambito>/<documento>.typ`,
    /// with `lib/` beside them) and its template context (`.json`)
    /// instead of PDFs: `typst compile --root OUT OUT/<ambito>/<documento>.typ`
    /// then typesets it.
    #[arg(long, conflicts_with_all = ["force", "timings"])]
    pub emit_typst: bool,
}

impl BuildArgs {
    /// Which documents to build, and how.
    pub fn selection(&self) -> Selection {
        let defaults = Selection::default();
        Selection {
            shard: self.shard.unwrap_or(Shard::ALL),
            force: self.force,
            definitivo: self.definitivo,
            jobs: self.jobs.unwrap_or(defaults.jobs),
            ..defaults
        }
    }
}

/// A form of association as written on the command line.
pub fn parse_forma(text: &str) -> Result<Forma, String> {
    Forma::ALL
        .into_iter()
        .find(|f| f.id() == text)
        .ok_or_else(|| format!("one of {}", Forma::ALL.map(|f| f.id()).join(", ")))
}

/// The language asked for by `--lang` (read before clap parses, so that
/// `--help` and clap's own errors are in it too), else by the environment.
pub fn lingua() -> Lingua {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lingua) = value.as_deref().and_then(Lingua::parse) {
            return lingua;
        }
        if arg == "--" {
            break;
        }
    }
    Lingua::from_env()
}
