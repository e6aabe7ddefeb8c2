//! The tool's own words, in Italian (the default) or in English, through
//! Fluent (`fluent-bundle`, the Fluent project's own Rust library).
//!
//! Every message a person reads (diagnostics and their hints, progress lines,
//! errors, `--help`) is a Fluent message in `locales/<lingua>/*.ftl`, looked
//! up by id with [`t!`](crate::t). The files are compiled into the binary by
//! `build.rs`. Rule codes, YAML keys and the documents themselves do not
//! depend on the language: only the words around them do.
//!
//! The language is chosen once per process: `--lang`, else the usual locale
//! variables (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`: one that starts
//! with `en` asks for English), else Italian.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod files {
    include!(concat!(env!("OUT_DIR"), "/lingue.rs"));
}

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lingua {
    Italiano,
    English,
}

impl Lingua {
    /// `it` or `en`, as `--lang` takes it and as `locales/` names it.
    pub fn code(self) -> &'static str {
        match self {
            Lingua::Italiano => "it",
            Lingua::English => "en",
        }
    }

    /// Reads a language as people and locales write it: `it`, `it_IT.UTF-8`,
    /// `en`, `en-GB`, `italiano`, `english`. `C` and `POSIX` name no
    /// language, and neither does anything else.
    pub fn parse(text: &str) -> Option<Lingua> {
        let text = text.trim().to_ascii_lowercase();
        let lang = text.split(['_', '-', '.', '@', ':']).next().unwrap_or("");
        match lang {
            "it" | "ita" | "italiano" | "italian" => Some(Lingua::Italiano),
            "en" | "eng" | "english" | "inglese" => Some(Lingua::English),
            _ => None,
        }
    }

    /// The language the locale variables ask for, in the order POSIX and GNU
    /// give them precedence; Italian when none names a language we speak.
    pub fn from_env() -> Lingua {
        ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find_map(|value| value.split(':').find_map(Lingua::parse))
            .unwrap_or(Lingua::Italiano)
    }

    fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lingua::Italiano => files::IT,
            Lingua::English => files::EN,
        }
    }
}

/// 0: not chosen yet; 1: Italian; 2: English.
static CHOSEN: AtomicU8 = AtomicU8::new(0);

/// Chooses the language of every message from now on (the CLI does, from
/// `--lang`, before it prints anything).
pub fn set(lingua: Lingua) {
    let value = match lingua {
        Lingua::Italiano => 1,
        Lingua::English => 2,
    };
    CHOSEN.store(value, Ordering::Relaxed);
}

/// The language messages are written in: the one [`set`], else the
/// environment's.
pub fn current() -> Lingua {
    match CHOSEN.load(Ordering::Relaxed) {
        1 => Lingua::Italiano,
        2 => Lingua::English,
        _ => {
            let lingua = Lingua::from_env();
            set(lingua);
            lingua
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lingua: Lingua) -> &'static Bundle {
    static ITALIANO: OnceLock<Bundle> = OnceLock::new();
    static ENGLISH: OnceLock<Bundle> = OnceLock::new();
    let cell = match lingua {
        Lingua::Italiano => &ITALIANO,
        Lingua::English => &ENGLISH,
    };
    cell.get_or_init(|| load(lingua))
}

/// Parses the language's Fluent files. A syntax error in one of them (caught
/// by the tests in `tests/i18n.rs`) loses only the messages it touches.
fn load(lingua: Lingua) -> Bundle {
    let id = lingua.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Our messages go to terminals and JSON, not to bidirectional text.
    bundle.set_use_isolating(false);
    for (_, text) in lingua.files() {
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in the current language, with `args` filled in. A message
/// missing from that language falls back to Italian, then to its id.
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    text_in(current(), id, args)
}

/// The message `id` in a given language.
pub fn text_in(lingua: Lingua, id: &str, args: Option<&FluentArgs>) -> String {
    [lingua, Lingua::Italiano]
        .into_iter()
        .find_map(|lingua| format(bundle(lingua), id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether the current language has a message `id` (help texts are optional).
pub fn has(id: &str) -> bool {
    bundle(current()).has_message(id)
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Every message id of a language with the names of the variables its value
/// uses, for the tests that keep the languages in step.
pub fn ids(lingua: Lingua) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let mut ids = Vec::new();
    for (_, text) in lingua.files() {
        let resource = match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = Vec::new();
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut variables);
                }
                variables.sort();
                variables.dedup();
                ids.push((message.id.name.to_string(), variables));
            }
        }
    }
    ids
}

fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = expression {
            out.push(id.name.to_string());
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(expression) => inline(expression, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for variant in variants {
                        variables_of(&variant.value, out);
                    }
                }
            }
        }
    }
}

/// The syntax errors of every Fluent file of a language, as `file: error`.
pub fn syntax_errors(lingua: Lingua) -> Vec<String> {
    let mut errors = Vec::new();
    for (name, text) in lingua.files() {
        if let Err((_, found)) = fluent_syntax::parser::parse(*text) {
            for error in found {
                errors.push(format!("{}/{name}.ftl: {error:?}", lingua.code()));
            }
        }
    }
    errors
}

/// A value given to a message: text stays text, numbers stay numbers (so
/// that a message can choose `1 documento` or `2 documenti`).
pub trait Argomento {
    fn valore(self) -> FluentValue<'static>;
}

impl Argomento for String {
    fn valore(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl Argomento for &String {
    fn valore(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl Argomento for &str {
    fn valore(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Argomento for char {
    fn valore(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

macro_rules! numeri {
    ($($t:ty),*) => {$(
        impl Argomento for $t {
            fn valore(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl Argomento for &$t {
            fn valore(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
numeri!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message of `locales/` in the current language:
/// `t!("forse-intendevi", nome = m)`. Each `name = value`
/// fills the message's `{ $name }`; a value is text or a number.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::Argomento::valore($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_are_read_as_people_write_them() {
        assert_eq!(Lingua::parse("it_IT.UTF-8"), Some(Lingua::Italiano));
        assert_eq!(Lingua::parse("en_GB.UTF-8"), Some(Lingua::English));
        assert_eq!(Lingua::parse("EN"), Some(Lingua::English));
        assert_eq!(Lingua::parse("C.UTF-8"), None);
        assert_eq!(Lingua::parse("POSIX"), None);
        assert_eq!(Lingua::parse("de_DE"), None);
    }
}
