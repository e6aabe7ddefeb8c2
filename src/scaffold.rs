//! `ambito new`: start a new Ambito, or the next semester's relazione, from
//! files that already pass `check`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::load::files::Obiettivo;
use crate::load::profili::{Profilo, spedito};
use crate::load::values::Forma;
use crate::load::{Relazione, SEGNAPOSTO};
use crate::model::Ambito;

/// A text as a YAML scalar: JSON's double-quoted strings are valid YAML.
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// A value written where YAML expects a plain word (an id): as it is when
/// it is a slug, quoted otherwise, so that no value can become YAML.
fn chiave(id: &str) -> String {
    if valid_id(id) { id.to_string() } else { q(id) }
}

/// Text for a comment: every line break YAML knows (CR, LF, NEL, U+2028,
/// U+2029) and every other control character becomes a space, so that the
/// text stays in its comment and cannot start a key of its own.
fn commento(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn header(kind: &str, depth: usize) -> String {
    format!(
        "# yaml-language-server: $schema={}schemas/{kind}.schema.json\n",
        "../".repeat(depth)
    )
}

/// Whether `id` can name an Ambito (see [`crate::load::id_valido`]).
fn valid_id(id: &str) -> bool {
    crate::load::id_valido(id)
}

/// The value every skeleton leaves to fill in: a reference that resolves
/// to nothing, so that `check` points at it until the office writes the
/// real id. The skeleton invents no name that could reach a PDF.
pub const DA_COMPILARE: &str = "da-compilare";

/// Creates `content/<id>/` in the terms of `regione` and `forma`: the
/// region's usual names written out (to confirm or change), the managing
/// body's kind, and empty lists of Comuni and persons with a commented
/// example each, and a convenzione with its title to write. It does not
/// pass `check` until the office names the managing body, the Comuni and
/// the dates: nothing invented can reach a PDF, and the placeholder title
/// reaches it only marked BOZZA.
/// Returns the files written.
pub fn new_ambito(
    content: &Path,
    id: &str,
    regione: &str,
    forma: Forma,
) -> Result<Vec<PathBuf>, String> {
    if !valid_id(id) {
        return Err(crate::t!("scaffold-id-non-valido", id = id));
    }
    let spedito =
        spedito().map_err(|e| crate::t!("scaffold-errore-interno", errore = e.to_string()))?;
    let profilo = spedito.profilo(regione).ok_or_else(|| {
        crate::t!(
            "scaffold-regione-sconosciuta",
            regione = regione,
            elenco = spedito
                .profili
                .keys()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    let dir = content.join(id);
    if dir.exists() {
        return Err(crate::t!(
            "scaffold-ambito-esistente",
            cartella = dir.display().to_string()
        ));
    }
    let tipo = tipo_ente(forma);
    let mut files = files(id, &ambito_yaml(id, profilo, forma, tipo), tipo);
    files.push((crate::load::CONVENZIONE.path, convenzione_yaml(profilo)));
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| non_creata(parent, &e))?;
        }
        fs::write(&path, text).map_err(|e| non_scritto(&path, &e))?;
        written.push(path);
    }
    Ok(written)
}

/// "cannot create DIR: why", for a folder `new` or `init` could not create.
fn non_creata(dir: &Path, e: &std::io::Error) -> String {
    crate::t!(
        "scaffold-cartella-non-creata",
        cartella = dir.display().to_string(),
        errore = e.to_string()
    )
}

/// "cannot write FILE: why", for a file `new` or `init` could not write.
fn non_scritto(path: &Path, e: &std::io::Error) -> String {
    crate::t!(
        "scaffold-file-non-scritto",
        file = path.display().to_string(),
        errore = e.to_string()
    )
}

/// The name of an Ambito from its id: `alto-garda` → "Alto Garda".
fn nome_da_id(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `tipo` of the managing ente of a form of association, if it is not a
/// Comune.
fn tipo_ente(forma: Forma) -> Option<&'static str> {
    match forma {
        Forma::Convenzione | Forma::AccordoDiProgramma => None,
        Forma::Unione => Some("unione"),
        Forma::Consorzio => Some("consorzio"),
        Forma::AziendaSpeciale => Some("azienda-speciale"),
        Forma::DelegaAziendaSanitaria => Some("azienda-sanitaria"),
        Forma::ComunitaMontana => Some("comunita-montana"),
    }
}

/// `atti/convenzione.yaml` for a new Ambito: what an act cannot do without.
/// The dates are left empty (`check` asks for them); the title is a
/// placeholder, so the act builds as a draft (BOZZA) until it is written.
fn convenzione_yaml(profilo: &Profilo) -> String {
    format!(
        "{}# The convenzione among the Comuni (docs/content.md). Write the dates and\n\
         # replace each `{SEGNAPOSTO}` and `{DA_COMPILARE}`: `ambito check` shows where,\n\
         # and until then the PDF says BOZZA on every page.\n\
         titolo: {}\n\
         approvazione:\n  organo: {}\n  # The day the text was approved, as aaaa-mm-gg.\n  data:\n\
         stipula:\n  # The day it is signed, as aaaa-mm-gg.\n  data:\n\
         \x20 # Where: the id of a Comune of comuni.yaml (or of an ente of enti.yaml).\n  comune: {DA_COMPILARE}\n",
        header("convenzione", 3),
        q(&format!("{SEGNAPOSTO}: il titolo della convenzione")),
        q(&profilo.nomi.organo_politico.nome),
    )
}

/// `ambito.yaml` for a new Ambito: its name, region, form, and the
/// region's usual names to keep or change.
fn ambito_yaml(id: &str, profilo: &Profilo, forma: Forma, tipo: Option<&str>) -> String {
    let nome = nome_da_id(id);
    let n = &profilo.nomi;
    let nome_yaml = |key: &str, v: &crate::load::values::Nome| {
        format!(
            "{key}: {{ nome: {}, genere: {} }}\n",
            q(&v.nome),
            if v.genere == crate::load::values::Genere::F {
                "F"
            } else {
                "M"
            }
        )
    };
    let gestore = match tipo {
        None => "# The Comune capofila: the id of one of the Comuni of comuni.yaml.\n".to_string(),
        Some(t) => {
            format!("# The managing body: the id of the ente of `tipo: {t}` in enti.yaml.\n")
        }
    };
    let mut ambito = format!(
        "{}# The Ambito {}, {}: see docs/content.md and docs/regioni.md.\n\
         # Replace `{DA_COMPILARE}`: `ambito check` shows where until you do.\n\
         nome: {}\nregione: {}\nforma: {}\n{gestore}ente-gestore: {DA_COMPILARE}\n\
         # The usual names in {}: keep, change or remove (removed, the region's apply).\n",
        header("ambito", 2),
        q(&nome),
        profilo.nome,
        q(&format!("{} di {nome}", n.ambito.nome)),
        profilo.id,
        forma.id(),
        profilo.nome,
    );
    for (key, v) in [
        ("organo-politico", &n.organo_politico),
        ("ufficio", &n.ufficio),
        ("responsabile", &n.responsabile),
        ("piano", &n.piano),
        ("ente-capofila", &n.ente_capofila),
    ] {
        ambito.push_str(&nome_yaml(key, v));
    }
    if !profilo.forme.contains(&forma) {
        let _ = writeln!(
            ambito,
            "# Note: {} usually uses {}.",
            profilo.nome,
            profilo
                .forme
                .iter()
                .map(|f| f.id())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    ambito
}

/// The files of a new Ambito, with their text.
fn files(id: &str, ambito: &str, tipo: Option<&str>) -> Vec<(&'static str, String)> {
    let mut files = vec![
        ("ambito.yaml", ambito.to_string()),
        (
            "comuni.yaml",
            format!(
                "{}# One entry per Comune of the Ambito, e.g.:\n\
                 # - id: arco\n#   nome: Arco\n#   sede: piazza III Novembre 3\n#   codice-fiscale: \"00270530226\"\n#   sindaco: <the id of a persona>\n[]\n",
                header("comuni", 2)
            ),
        ),
        (
            "persone.yaml",
            format!(
                "{}# The people the acts name: Sindaci, representatives, staff, e.g.:\n\
                 # - {{ id: mario-rossi, nome: Mario, cognome: Rossi, genere: M, nato-a: Arco (TN), nato-il: 1970-01-31 }}\n[]\n",
                header("persone", 2)
            ),
        ),
    ];
    if let Some(t) = tipo {
        files.push((
            "enti.yaml",
            format!(
                "{}# The bodies other than the Comuni. The managing body, e.g.:\n\
                 # - id: {t}-{id}\n#   nome: <its name as the acts print it>\n#   tipo: {t}\n\
                 #   codice-fiscale: \"<11 digits>\"\n#   rappresentante: <the id of a persona>\n[]\n",
                header("enti", 2)
            ),
        ));
    }
    files
}

/// Creates `relazioni/<anno>-<semestre>.yaml` for `ambito`, with every
/// objective and indicator of its plan and every fund of its budget. The
/// activities, and the indicators' values within the same year (they are
/// cumulative), come from the previous semester when there is one; the
/// other figures start at zero. Dated the day after the semester ends.
pub fn new_relazione(ambito: &Ambito, anno: i32, semestre: u8) -> Result<PathBuf, String> {
    if !(1..=2).contains(&semestre) {
        return Err(crate::t!(
            "scaffold-semestre-non-valido",
            semestre = semestre
        ));
    }
    let piano = ambito
        .piano
        .as_ref()
        .ok_or_else(|| crate::t!("scaffold-piano-assente", id = &ambito.id))?;
    let path = ambito
        .dir
        .join("relazioni")
        .join(format!("{anno}-{semestre}.yaml"));
    if path.exists() {
        return Err(crate::t!(
            "scaffold-file-esistente",
            file = path.display().to_string()
        ));
    }
    let prev = ambito.relazione_precedente(anno, semestre);
    let same_year = prev.filter(|p| p.anno == anno);
    let data = if semestre == 1 {
        NaiveDate::from_ymd_opt(anno, 7, 1)
    } else {
        NaiveDate::from_ymd_opt(anno + 1, 1, 1)
    }
    .ok_or_else(|| crate::t!("scaffold-anno-non-valido", anno = anno))?;

    let mut y = header("relazione", 3);
    let _ = writeln!(
        y,
        "# The {semestre}º semester of {anno}: fill in what was done{}.",
        if prev.is_some() {
            " (prefilled from the previous semester)"
        } else {
            ""
        }
    );
    let _ = writeln!(y, "data: {data}");
    y.push_str("obiettivi:\n");
    for o in &piano.value.obiettivi {
        obiettivo(&mut y, o, prev, same_year);
    }
    y.push_str("spesa:\n");
    for b in &piano.value.budget {
        let _ = writeln!(
            y,
            "  - {{ fondo: {}, importo: 0.00 }}",
            chiave(&b.fondo.value)
        );
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| non_creata(dir, &e))?;
    }
    fs::write(&path, y).map_err(|e| non_scritto(&path, &e))?;
    Ok(path)
}

/// The entry of one objective of the plan: last semester's activities, and
/// each indicator's value so far this year.
fn obiettivo(
    y: &mut String,
    o: &Obiettivo,
    prev: Option<&Relazione>,
    same_year: Option<&Relazione>,
) {
    let before = prev.and_then(|p| {
        p.file
            .value
            .obiettivi
            .iter()
            .find(|e| e.obiettivo.value == o.id.value)
    });
    let _ = writeln!(
        y,
        "  - obiettivo: {}    # {}",
        chiave(&o.id.value),
        commento(&o.titolo)
    );
    y.push_str("    attivita:\n");
    match before.map(|b| &b.attivita) {
        Some(list) if !list.is_empty() => {
            for a in list {
                let _ = writeln!(y, "      - {}", q(a));
            }
        }
        _ => y.push_str("      - \"da descrivere\"\n"),
    }
    y.push_str("    utenti: 0\n    domande: { ricevute: 0, soddisfatte: 0 }\n    indicatori:\n");
    for i in &o.indicatori {
        let valore = same_year
            .and_then(|p| {
                p.file
                    .value
                    .obiettivi
                    .iter()
                    .find(|e| e.obiettivo.value == o.id.value)
            })
            .and_then(|e| {
                e.indicatori
                    .iter()
                    .find(|m| m.indicatore.value == i.id.value)
            })
            .map_or(0, |m| m.valore);
        let _ = writeln!(
            y,
            "      - {{ indicatore: {}, valore: {valore} }}    # {} (atteso: {})",
            chiave(&i.id.value),
            commento(&i.descrizione),
            i.target.value
        );
    }
    y.push_str("    soddisfazione: { rispondenti: 0, soddisfatti: 0 }\n");
}

/// The CI a project is started with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Ci {
    /// `.github/workflows/ambito.yml`
    Github,
    /// `.gitlab-ci.yml`
    Gitlab,
    /// No CI file.
    Nessuna,
}

/// The pipelines of `docs/ci.md`, as `init` writes them.
const CI_GITHUB: &str = include_str!("../templates/progetto/github.yml");
const CI_GITLAB: &str = include_str!("../templates/progetto/gitlab-ci.yml");

/// What `init` wrote, and what it found already there and left alone.
#[derive(Debug, Default)]
pub struct Iniziato {
    pub written: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
}

/// Starts a project in `dir`: `content/_riferimenti/` (the national funds;
/// the national laws are built in), `.gitignore`, `schemas/` and the VS Code
/// settings that check the YAML against them, and a CI file. No templates:
/// the built-in ones serve until the project writes its own. A file that
/// exists is never overwritten; a folder that already holds `content/` is
/// refused.
pub fn init(dir: &Path, ci: Ci) -> Result<Iniziato, String> {
    if dir.join("content").exists() {
        return Err(crate::t!(
            "scaffold-progetto-esistente",
            cartella = dir.display().to_string()
        ));
    }
    let mut files: Vec<(String, String)> = vec![
        (
            format!("content/{}/norme.yaml", crate::load::RIFERIMENTI),
            format!(
                "{}# Laws your acts cite besides those ambito knows (the national ones and\n\
                 # each region's framework law), e.g.:\n\
                 # - id: lr-3-2008\n#   citazione: legge regionale 12 marzo 2008, n. 3\n[]\n",
                header("norme", 2)
            ),
        ),
        (
            format!("content/{}/fondi.yaml", crate::load::RIFERIMENTI),
            format!(
                "{}# The funds the Piani di Zona draw on, shared by every Ambito.\n{FONDI_NAZIONALI}",
                header("fondi", 2)
            ),
        ),
        (".gitignore".into(), "# What ambito builds\nout/\n# The ambito binary the GitLab recipe keeps in its cache\n.ambito/\n".into()),
        (
            ".vscode/extensions.json".into(),
            "{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n".into(),
        ),
        (".vscode/settings.json".into(), vscode_settings()),
    ];
    match ci {
        Ci::Github => files.push((".github/workflows/ambito.yml".into(), CI_GITHUB.into())),
        Ci::Gitlab => files.push((".gitlab-ci.yml".into(), CI_GITLAB.into())),
        Ci::Nessuna => {}
    }
    for kind in crate::schema::kinds() {
        files.push((
            format!("schemas/{}.schema.json", kind.name),
            crate::schema::to_json(&kind.schema),
        ));
    }
    let mut done = Iniziato::default();
    // `init` in the current folder names its files as `content/…`, not `./content/…`.
    let dir = if dir == Path::new(".") {
        Path::new("")
    } else {
        dir
    };
    for (rel, text) in files {
        let path = dir.join(rel);
        if path.exists() {
            done.kept.push(path);
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| non_creata(parent, &e))?;
        }
        fs::write(&path, text).map_err(|e| non_scritto(&path, &e))?;
        done.written.push(path);
    }
    Ok(done)
}

/// The national funds every Ambito may draw on.
const FONDI_NAZIONALI: &str = "\
- id: fnps
  nome: Fondo nazionale per le politiche sociali
- id: fna
  nome: Fondo per le non autosufficienze
- id: fondo-poverta
  nome: Fondo per la lotta alla povertà e all'esclusione sociale
- id: risorse-comunali
  nome: Risorse proprie dei Comuni
";

/// VS Code's YAML extension checks each content file against its schema.
fn vscode_settings() -> String {
    let schemas: Vec<String> = crate::load::FILES
        .iter()
        .map(|kind| {
            let glob = if kind.shared() {
                format!("content/{}", kind.path)
            } else {
                format!(
                    "content/*/{}",
                    kind.path.replace("<anno>-<1|2>.yaml", "*.yaml")
                )
            };
            format!("    \"./schemas/{}.schema.json\": \"{glob}\"", kind.name)
        })
        .collect();
    format!(
        "{{\n  \"yaml.schemas\": {{\n{}\n  }}\n}}\n",
        schemas.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_writes_the_ci_recipes_of_the_docs() {
        let docs = include_str!("../docs/ci.md");
        let italiano = include_str!("../docs/it/ci.md");
        // Every code block of a page, in order.
        let blocks = |page: &'static str| -> Vec<&'static str> {
            page.split("```").skip(1).step_by(2).collect()
        };
        for page in [docs, italiano] {
            assert!(page.contains(CI_GITHUB) && page.contains(CI_GITLAB));
        }
        assert_eq!(blocks(docs), blocks(italiano), "docs/it/ci.md");
        assert!(blocks(docs).len() >= 3);
        let settings = vscode_settings();
        assert!(
            settings.contains(r#""./schemas/relazione.schema.json": "content/*/relazioni/*.yaml""#),
            "{settings}"
        );
        let json: serde_json::Value = serde_json::from_str(&settings).unwrap();
        assert_eq!(json["yaml.schemas"].as_object().unwrap().len(), 12);
    }

    #[test]
    fn ids_are_slugs() {
        assert!(valid_id("alto-garda"));
        assert!(valid_id("ambito-12"));
        for bad in [
            "",
            "Alto",
            "alto garda",
            "-a",
            "a-",
            "a--b",
            "../x",
            "città",
            "lib",
            "manifest.json",
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn comments_and_ids_cannot_become_yaml() {
        for evil in [
            "a\rutenti: 999",
            "a\nx: 1",
            "a\u{85}x: 1",
            "a\u{2028}x: 1",
            "a\u{2029}x: 1",
        ] {
            let line = format!("k: 1    # {}\n", commento(evil));
            assert_eq!(line.lines().count(), 1, "{evil:?}");
            assert!(!line.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']));
        }
        assert_eq!(chiave("sad-utenti"), "sad-utenti");
        assert_eq!(chiave("x: 1\ry"), "\"x: 1\\ry\"");
    }
}
