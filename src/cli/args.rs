//! The command line's arguments, as clap parses them, and their help in the
//! user's language: the definitions here carry no text; [`parse`] fills
//! every description from `locales/<lingua>/aiuto.ftl` (`about-<command>`,
//! `esempi-<command>`, `help-<command>-<argument>`).

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use ambito::build::{Selection, Shard};
use ambito::i18n::Lingua;
use ambito::load::values::Forma;

#[derive(Parser)]
#[command(name = "ambito", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    #[arg(long, global = true, value_name = "ID")]
    pub ambito: Option<String>,
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = Format::Human,
        hide_possible_values = true
    )]
    pub format: Format,
    #[arg(
        long,
        global = true,
        value_name = "LINGUA",
        value_parser = ["it", "en"],
        hide_possible_values = true
    )]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum New {
    Ambito {
        id: String,
        #[arg(long)]
        regione: String,
        #[arg(long, default_value = "convenzione", value_parser = parse_forma)]
        forma: Forma,
    },
    Relazione {
        ambito: String,
        semestre: String,
    },
}

/// How diagnostics are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
    Gitlab,
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
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        #[arg(
            long,
            value_enum,
            default_value = "github",
            hide_possible_values = true
        )]
        ci: ambito::scaffold::Ci,
    },
    Check,
    Explain {
        #[arg(required_unless_present = "list")]
        code: Option<String>,
        #[arg(long)]
        list: bool,
    },
    Build(BuildArgs),
    List {
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    #[command(subcommand)]
    New(New),
    Watch {
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[arg(long, default_value_t = 30, value_name = "MS")]
        debounce: u64,
    },
    Schema {
        #[arg(long, default_value = "schemas", value_name = "DIR")]
        out: PathBuf,
    },
    Completions {
        shell: clap_complete::Shell,
    },
    Verify {
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// `ambito build`'s own arguments.
#[derive(Args)]
pub struct BuildArgs {
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub timings: bool,
    #[arg(long)]
    pub definitivo: bool,
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

/// Parses the command line with its help in the current language (set from
/// [`lingua`] before). Exits, as clap does, on `--help`, `--version` and
/// arguments that do not parse.
pub fn parse() -> Cli {
    let command = localise(Cli::command(), "");
    let matches = command.get_matches();
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    }
}

/// The message `id`, if the language files have it.
fn lookup(id: &str) -> Option<String> {
    ambito::i18n::has(id).then(|| ambito::i18n::text(id, None))
}

/// Fills `command`'s descriptions (and its subcommands', recursively) and
/// headings from the language files. `parent` is the path of command names
/// above it, joined by `-` (`ambito-new` for `ambito new ambito`).
fn localise(mut command: clap::Command, parent: &str) -> clap::Command {
    let key = if parent.is_empty() {
        command.get_name().to_string()
    } else {
        format!("{parent}-{}", command.get_name())
    };
    if let Some(about) = lookup(&format!("about-{key}")) {
        command = command.about(about);
    }
    if let Some(examples) = lookup(&format!("esempi-{key}")) {
        command = command.after_help(examples);
    }
    let arguments: Vec<(String, bool)> = command
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in arguments {
        let help = lookup(&format!("help-{key}-{id}"));
        let heading = if positional {
            ambito::t!("aiuto-argomenti")
        } else {
            ambito::t!("aiuto-opzioni")
        };
        command = command.mut_arg(id, |arg| {
            let arg = arg.help_heading(heading);
            let help = help.map(|help| with_default(help, &arg));
            match help {
                Some(help) => arg.help(help).hide_default_value(true),
                None => arg,
            }
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(name, |sub| localise(sub, &key));
    }
    let usage = ambito::t!("aiuto-uso");
    if parent.is_empty() {
        command = command.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(ambito::t!("aiuto-version"))
                .help_heading(ambito::t!("aiuto-opzioni")),
        );
    }
    command
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(ambito::t!("aiuto-help"))
                .help_heading(ambito::t!("aiuto-opzioni")),
        )
        .subcommand_help_heading(ambito::t!("aiuto-comandi"))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
}

/// `help`, followed by the argument's default value in the current language
/// (`[predefinito: human]`), as clap would add it in English.
fn with_default(help: String, arg: &clap::Arg) -> String {
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if defaults.is_empty() {
        help
    } else {
        let valore = defaults.join(", ");
        format!(
            "{help} {}",
            ambito::t!("aiuto-predefinito", valore = valore)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ambito::i18n::{self, Lingua};

    /// The help ids `command` needs that `lingua` lacks.
    fn missing(command: &clap::Command, parent: &str, lingua: Lingua, out: &mut Vec<String>) {
        let key = if parent.is_empty() {
            command.get_name().to_string()
        } else {
            format!("{parent}-{}", command.get_name())
        };
        let mut ids = vec![format!("about-{key}"), format!("esempi-{key}")];
        ids.extend(
            command
                .get_arguments()
                .map(|a| format!("help-{key}-{}", a.get_id())),
        );
        for id in ids {
            if i18n::text_in(lingua, &id, None) == id {
                out.push(format!("{}: {id}", lingua.code()));
            }
        }
        for sub in command.get_subcommands() {
            missing(sub, &key, lingua, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_both_languages() {
        let mut out = Vec::new();
        for lingua in [Lingua::Italiano, Lingua::English] {
            missing(&Cli::command(), "", lingua, &mut out);
        }
        assert!(out.is_empty(), "missing help: {out:#?}");
    }
}
