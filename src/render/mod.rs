//! Render: the model, through minijinja templates, into Typst source.
//!
//! Templates live in `templates/<documento>.typ.j2`. Everything a template
//! prints is escaped for Typst markup by default (see [`escape`]); a template
//! that needs a value inside Typst code uses the `typst_str` or `typst_date`
//! filters, and the only way to print raw Typst is minijinja's explicit `safe`
//! filter, which no template applies to content values.

pub mod context;
pub mod escape;
pub mod italiano;

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior, Value};

use crate::load::{
    self,
    values::{Genere, Importo},
};
use crate::model::pubblicazione::Copia;
use crate::model::{Ambito, Documento};

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A reference did not resolve: validation should have said so first.
    #[error("{}", crate::t!("resa-non-risolto", cosa = .0))]
    Unresolved(String),
    /// The template is missing or wrong.
    #[error("{}", template_report(.0))]
    Template(Error),
}

/// A template error with its causes and the line minijinja points at.
fn template_report(e: &Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!(
            "\n  {}",
            crate::t!("resa-causato-da", causa = s.to_string())
        ));
        source = s.source();
    }
    if let Some(detail) = e.display_debug_info().to_string().lines().next()
        && !detail.is_empty()
    {
        text.push_str(&format!("\n  {detail}"));
    }
    text
}

/// Templates with the project's escaping and Italian filters.
pub struct Renderer {
    env: Environment<'static>,
    content: std::path::PathBuf,
}

impl Renderer {
    /// Templates are read from `templates` on first use; an Ambito's own
    /// overrides from `content/<ambito>/templates/`.
    pub fn new(templates: &Path, content: &Path) -> Renderer {
        let mut env = Environment::new();
        env.set_loader(loader(templates, content));
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // A template (an Ambito's override included) cannot loop forever.
        env.set_fuel(Some(50_000_000));
        env.set_auto_escape_callback(|_| AutoEscape::Custom("typst".into()));
        env.set_formatter(format_value);
        env.add_filter("data", |d: Serde<NaiveDate>| italiano::data(*d));
        env.add_filter("mese", |m: u32| {
            italiano::mese(m).ok_or_else(|| invalid(format!("{m} is not a month")))
        });
        env.add_filter("euro", |v: &str| {
            Importo::parse(v).map(italiano::euro).map_err(invalid)
        });
        env.add_filter("lettere", |n: u64| italiano::numero_e_lettere(n));
        env.add_filter("solo_lettere", |n: u64| italiano::lettere(n));
        env.add_filter("migliaia", |n: u64| italiano::migliaia(n));
        env.add_filter("romano", |n: u64| italiano::romano(n));
        env.add_filter("elenco", |items: Vec<String>| italiano::elenco(&items));
        env.add_filter("declina", declina);
        env.add_filter("percento", |v: f64, decimali: Option<usize>| {
            italiano::percento(v, decimali.unwrap_or(1))
        });
        env.add_filter("frazione", |n: u32, d: u32| italiano::frazione(n, d));
        env.add_filter("num", typst_number);
        env.add_filter("capitalize_first", |v: &str| italiano::maiuscola(v));
        env.add_filter("prep", prep);
        env.add_filter("titolo_di", titolo_di);
        env.add_filter("conteggio", |n: u64, s: &str, p: &str, g: &str| {
            Ok::<_, Error>(italiano::conteggio(n, s, p, genere(g)?))
        });
        env.add_filter("quantita", |n: u64, s: &str, p: &str, g: &str| {
            Ok::<_, Error>(italiano::quantita(n, s, p, genere(g)?))
        });
        env.add_filter("typst_str", |v: &str| {
            Value::from_safe_string(escape::string_literal(v))
        });
        env.add_filter("typst_date", |d: Serde<NaiveDate>| {
            Value::from_safe_string(format!(
                "datetime(year: {}, month: {}, day: {})",
                d.year(),
                d.month(),
                d.day()
            ))
        });
        Renderer {
            env,
            content: content.to_path_buf(),
        }
    }

    /// Renders the template `name` with any serialisable context, under the
    /// same escaping and filters as the documents (used by tests and tools
    /// that check templates on their own).
    pub fn render_template<S: serde::Serialize>(
        &self,
        name: &str,
        ctx: S,
    ) -> Result<String, RenderError> {
        let template = self.env.get_template(name).map_err(RenderError::Template)?;
        template
            .render(Value::from(Serde(ctx)))
            .map_err(RenderError::Template)
    }

    /// The Typst source of one copy of one document of one Ambito.
    pub fn render(
        &self,
        ambito: &Ambito,
        documento: Documento,
        copia: &Copia,
    ) -> Result<String, RenderError> {
        self.render_with(
            ambito,
            documento,
            Renderer::context(ambito, documento, copia)?,
        )
    }

    /// The Typst source of one document from its context, already built by
    /// [`Renderer::context`].
    pub fn render_with(
        &self,
        ambito: &Ambito,
        documento: Documento,
        ctx: Value,
    ) -> Result<String, RenderError> {
        // An Ambito may override blocks of a document with a template of its
        // own, `<ambito>/<kind>.typ.j2` (see `loader`). The others share the
        // project's template, compiled once for the whole build.
        let own = format!("{}/{}.typ.j2", ambito.id, documento.kind());
        let name = if self
            .content
            .join(&ambito.id)
            .join("templates")
            .join(format!("{}.typ.j2", documento.kind()))
            .exists()
        {
            own
        } else {
            format!("{}.typ.j2", documento.kind())
        };
        let template = self
            .env
            .get_template(&name)
            .map_err(RenderError::Template)?;
        template.render(ctx).map_err(RenderError::Template)
    }

    /// What the template of one document is given: the model's facts about
    /// the document, resolved and derived (also written out by
    /// `build --emit-typst`, for tools outside ambito). `copia` is the copy:
    /// the original, or the one for publication without the personal data
    /// it need not show (see [`crate::model::pubblicazione`]); the template
    /// sees its name as `copia`.
    pub fn context(
        ambito: &Ambito,
        documento: Documento,
        copia: &Copia,
    ) -> Result<Value, RenderError> {
        let unresolved = |e: context::Unresolved| RenderError::Unresolved(e.0);
        let absent = |file: &str| RenderError::Unresolved(file.to_string());
        let ctx = match documento {
            Documento::Convenzione => {
                let c = ambito
                    .convenzione
                    .as_ref()
                    .ok_or_else(|| absent(load::CONVENZIONE.path))?;
                Value::from(Serde(
                    context::convenzione::convenzione(ambito, &c.value, copia)
                        .map_err(unresolved)?,
                ))
            }
            Documento::Regolamento => {
                let r = ambito
                    .regolamento
                    .as_ref()
                    .ok_or_else(|| absent(load::REGOLAMENTO.path))?;
                Value::from(Serde(
                    context::regolamento::regolamento(ambito, &r.value).map_err(unresolved)?,
                ))
            }
            Documento::Relazione { anno, semestre } => Value::from(Serde(
                context::relazione::relazione(ambito, anno, semestre).map_err(unresolved)?,
            )),
            Documento::Commissioni => {
                let o = ambito
                    .organi
                    .as_ref()
                    .ok_or_else(|| absent(load::ORGANI.path))?;
                Value::from(Serde(
                    context::commissioni::commissioni(ambito, &o.value).map_err(unresolved)?,
                ))
            }
        };
        Ok(minijinja::context! { copia => copia.nome(), ..ctx })
    }
}

/// Resolves template names. `<ambito>/<kind>.typ.j2` is the Ambito's own
/// file `content/<ambito>/templates/<kind>.typ.j2` when it exists, and the
/// project's `templates/<kind>.typ.j2` otherwise; any other name is a file of
/// `templates/`, or of the templates built into the binary (see
/// [`crate::templates`]). An override says `{% extends "<kind>.typ.j2" %}` and
/// replaces only the blocks it names.
fn loader(
    templates: &Path,
    content: &Path,
) -> impl Fn(&str) -> Result<Option<minijinja::TemplateSource>, Error> + Send + Sync + 'static {
    let folder = minijinja::path_loader(templates);
    // The project's file, or the one built into the binary.
    let base = move |name: &str| match folder(name)? {
        Some(source) => Ok(Some(source)),
        None => Ok(crate::templates::built_in(name).map(|text| text.to_string().into())),
    };
    let content = content.to_path_buf();
    move |name: &str| {
        // `lib/…` is the project's library of templates (macros shared by
        // the documents), never an Ambito's override.
        if let Some((ambito, file)) = name.split_once('/')
            && ambito != "lib"
        {
            let plain = |s: &str| !s.is_empty() && !s.starts_with('.') && !s.contains(['/', '\\']);
            if plain(ambito) && plain(file) {
                let dir = content.join(ambito).join("templates");
                let own = dir.join(file);
                if own.is_file() {
                    // A symlink must not lead a template out of the Ambito's folder.
                    let inside = match (own.canonicalize(), dir.canonicalize()) {
                        (Ok(real), Ok(dir)) => real.starts_with(dir),
                        _ => false,
                    };
                    if !inside {
                        return Err(Error::new(
                            ErrorKind::TemplateNotFound,
                            crate::t!("resa-fuori-cartella", file = own.display().to_string()),
                        ));
                    }
                    let text = std::fs::read_to_string(&own).map_err(|e| {
                        Error::new(
                            ErrorKind::TemplateNotFound,
                            crate::t!(
                                "resa-illeggibile",
                                file = own.display().to_string(),
                                errore = e.to_string()
                            ),
                        )
                    })?;
                    return Ok(Some(text.into()));
                }
                return base(file);
            }
        }
        base(name)
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidOperation, message.into())
}

/// A number for Typst code (`#barre((("A", 87.5),))`): safe to print raw
/// because it is made from a number, never from text.
fn typst_number(v: Value) -> Result<Value, Error> {
    if let Ok(i) = i64::try_from(v.clone()) {
        return Ok(Value::from_safe_string(i.to_string()));
    }
    match f64::try_from(v) {
        Ok(f) if f.is_finite() => Ok(Value::from_safe_string(format!("{f:.4}"))),
        _ => Err(invalid(crate::t!("resa-num-non-finito"))),
    }
}

/// An articulated preposition (or, with `""`, the article) before a noun
/// phrase: `{{ organo | prep("di") }}` guesses the gender from the first
/// word; `{{ "8 Comuni" | prep("di", "M", true) }}` is told it.
fn prep(frase: &str, prep: &str, g: Option<&str>, plurale: Option<bool>) -> Result<String, Error> {
    Ok(match g {
        Some(g) => italiano::articolata(prep, frase, genere(g)?, plurale.unwrap_or(false)),
        None => italiano::preposizione(prep, frase),
    })
}

/// A persona's title with its article, agreed with the person and the
/// title she chose: `{{ responsabile | titolo_di("Coordinatore") }}` →
/// "la Coordinatrice" (or "il Coordinatore").
fn titolo_di(persona: Value, titolo: &str) -> Result<String, Error> {
    let g = genere(persona.get_attr("genere")?.as_str().unwrap_or(""))?;
    let al_maschile = persona.get_attr("titolo_al_maschile")?.is_true();
    Ok(italiano::titolo_articolato("", titolo, g, al_maschile))
}

fn genere(g: &str) -> Result<Genere, Error> {
    match g {
        "F" => Ok(Genere::F),
        "M" => Ok(Genere::M),
        other => Err(invalid(crate::t!(
            "resa-genere-sconosciuto",
            genere = other
        ))),
    }
}

/// Picks the masculine or feminine form by a persona's `genere`:
/// `{{ sindaco | declina("il Sindaco", "la Sindaca") }}`.
fn declina(persona: Value, maschile: String, femminile: String) -> Result<String, Error> {
    let genere = persona.get_attr("genere")?;
    match genere.as_str() {
        Some("F") => Ok(femminile),
        Some("M") => Ok(maschile),
        _ => Err(invalid(crate::t!("resa-declina-senza-genere"))),
    }
}

/// Prints a value into the Typst source: escaped as markup unless it was
/// made safe by the project's own filters.
fn format_value(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &Value,
) -> Result<(), Error> {
    if value.is_undefined() || value.is_none() {
        return Err(invalid(crate::t!("resa-valore-mancante")));
    }
    if value.is_safe() || matches!(state.auto_escape(), AutoEscape::None) {
        return write!(out, "{value}").map_err(Error::from);
    }
    out.write_str(&escape::markup(&value.to_string()))
        .map_err(Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    fn render(template: &str, ctx: Value) -> Result<String, Error> {
        Renderer::new(Path::new("templates"), Path::new("content"))
            .env
            .render_str(template, ctx)
    }

    #[test]
    fn printed_values_are_escaped_for_typst_markup() {
        let out = render("Comune di {{ x }}", context! { x => "Sant'Angelo #1 *A*" }).unwrap();
        assert_eq!(out, "Comune di Sant’Angelo \\#1 \\*A\\*");
    }

    #[test]
    fn code_values_become_string_literals_and_dates() {
        let out = render(
            "{{ t | typst_str }} {{ d | typst_date }}",
            context! { t => "a\\b \"c\"", d => "2025-07-31" },
        )
        .unwrap();
        assert_eq!(
            out,
            "\"a\\\\b «c»\" datetime(year: 2025, month: 7, day: 31)"
        );
    }

    #[test]
    fn italian_filters_are_available() {
        let out = render(
            "{{ d | data }}; {{ e | euro }}; {{ n | lettere }}; {{ l | elenco }}; {{ p | declina('il Sindaco', 'la Sindaca') }}",
            context! { d => "2025-06-03", e => "20000", n => 6, l => vec!["A", "B", "C"], p => context! { genere => "F" } },
        )
        .unwrap();
        // Filter results are text too, so they are escaped like any value.
        assert_eq!(
            out,
            "3\u{a0}giugno 2025; €\u{a0}20\\.000\\,00; 6 \\(sei\\); A\\, B e C; la Sindaca"
        );
    }

    #[test]
    fn a_missing_value_is_an_error_not_the_word_none() {
        assert!(render("{{ x }}", context! { x => () }).is_err());
        assert!(render("{{ y }}", context! {}).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn an_override_cannot_be_a_symlink_out_of_its_folder() {
        crate::i18n::set(crate::i18n::Lingua::English);
        let dir = tempfile::tempdir().unwrap();
        let own = dir.path().join("content/x/templates");
        std::fs::create_dir_all(&own).unwrap();
        std::fs::write(dir.path().join("segreto.txt"), "segreto").unwrap();
        std::os::unix::fs::symlink(dir.path().join("segreto.txt"), own.join("eco.typ.j2")).unwrap();
        let r = Renderer::new(&dir.path().join("templates"), &dir.path().join("content"));
        let err = r.render_template("x/eco.typ.j2", ()).unwrap_err();
        assert!(err.to_string().contains("leads out of its folder"), "{err}");
    }

    #[test]
    fn a_template_cannot_loop_forever() {
        let err = render(
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            context! {},
        );
        assert!(err.is_err());
    }
}
