//! Model: one resolved [`Ambito`] per content folder.
//!
//! The model keeps the loaded structs (with their source positions, so that
//! validation can point at them) and adds what every later stage needs: lookup
//! of references by id, and derived facts computed once. Lookups return
//! `Option`: a reference that does not resolve is reported by validation, and
//! nothing is rendered until validation passes.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::load::files::{
    AmbitoFile, ComuneEntry, ConvenzioneFile, FondoEntry, NormaEntry, PersonaEntry,
};
use crate::load::{AmbitoFiles, Content, Loaded};

pub use crate::load::values::{Genere, Importo};

/// Laws and funds shared by every Ambito.
#[derive(Debug, Default)]
pub struct Riferimenti {
    pub norme: Option<Loaded<Vec<NormaEntry>>>,
    pub fondi: Option<Loaded<Vec<FondoEntry>>>,
    norme_by_id: HashMap<String, usize>,
    fondi_by_id: HashMap<String, usize>,
}

impl Riferimenti {
    pub fn norma(&self, id: &str) -> Option<&NormaEntry> {
        lookup(&self.norme, &self.norme_by_id, id)
    }

    pub fn fondo(&self, id: &str) -> Option<&FondoEntry> {
        lookup(&self.fondi, &self.fondi_by_id, id)
    }
}

/// The document kinds an Ambito can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Documento {
    Convenzione,
}

impl Documento {
    /// The kind's name: template `templates/<name>.typ.j2`, output `<name>.pdf`.
    pub fn name(self) -> &'static str {
        match self {
            Documento::Convenzione => "convenzione",
        }
    }
}

/// One Ambito, with its references indexed and its derived facts computed.
#[derive(Debug)]
pub struct Ambito {
    /// The folder name: the Ambito's id and the name of its output folder.
    pub id: String,
    pub dir: PathBuf,
    pub info: Loaded<AmbitoFile>,
    pub comuni: Loaded<Vec<ComuneEntry>>,
    pub persone: Loaded<Vec<PersonaEntry>>,
    pub convenzione: Option<Loaded<ConvenzioneFile>>,
    pub riferimenti: Arc<Riferimenti>,
    comuni_by_id: HashMap<String, usize>,
    persone_by_id: HashMap<String, usize>,
    /// Residents of all Comuni that declare a population.
    pub popolazione_totale: u64,
}

impl Ambito {
    pub fn comune(&self, id: &str) -> Option<&ComuneEntry> {
        self.comuni_by_id
            .get(id)
            .and_then(|&i| self.comuni.value.get(i))
    }

    pub fn persona(&self, id: &str) -> Option<&PersonaEntry> {
        self.persone_by_id
            .get(id)
            .and_then(|&i| self.persone.value.get(i))
    }

    pub fn capofila(&self) -> Option<&ComuneEntry> {
        self.comune(&self.info.value.capofila.value)
    }

    /// The documents this Ambito's content describes, in a fixed order.
    pub fn documenti(&self) -> Vec<Documento> {
        let mut docs = Vec::new();
        if self.convenzione.is_some() {
            docs.push(Documento::Convenzione);
        }
        docs
    }
}

/// Everything the model could be built from. Ambiti whose required files are
/// missing or broken are left out; load has already reported why.
#[derive(Debug)]
pub struct Model {
    pub riferimenti: Arc<Riferimenti>,
    pub ambiti: Vec<Ambito>,
}

/// Builds the model from loaded content.
pub fn build(content: Content) -> Model {
    let Content {
        riferimenti,
        ambiti,
        ..
    } = content;
    let riferimenti = Arc::new(Riferimenti {
        norme_by_id: index(items(&riferimenti.norme), |n| &n.id.value),
        fondi_by_id: index(items(&riferimenti.fondi), |f| &f.id.value),
        norme: riferimenti.norme,
        fondi: riferimenti.fondi,
    });
    let ambiti = ambiti
        .into_iter()
        .filter_map(|files| ambito(files, &riferimenti))
        .collect();
    Model {
        riferimenti,
        ambiti,
    }
}

fn ambito(files: AmbitoFiles, riferimenti: &Arc<Riferimenti>) -> Option<Ambito> {
    let AmbitoFiles {
        id,
        dir,
        ambito,
        comuni,
        persone,
        convenzione,
    } = files;
    let (info, comuni, persone) = (ambito?, comuni?, persone?);
    let comuni_by_id = index(&comuni.value, |c| &c.id.value);
    let persone_by_id = index(&persone.value, |p| &p.id.value);
    let popolazione_totale = comuni
        .value
        .iter()
        .filter_map(|c| c.popolazione.as_ref())
        .map(|p| p.residenti)
        .sum();
    Some(Ambito {
        id,
        dir,
        info,
        comuni,
        persone,
        convenzione,
        riferimenti: Arc::clone(riferimenti),
        comuni_by_id,
        persone_by_id,
        popolazione_totale,
    })
}

/// Maps each id to the position of its first entry (duplicates are a
/// validation error; the first one wins meanwhile).
fn index<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).clone()).or_insert(i);
    }
    map
}

/// The entries of an optional list file (none when it is missing or broken).
pub fn items<T>(list: &Option<Loaded<Vec<T>>>) -> &[T] {
    list.as_ref().map(|l| l.value.as_slice()).unwrap_or(&[])
}

fn lookup<'a, T>(
    list: &'a Option<Loaded<Vec<T>>>,
    by_id: &HashMap<String, usize>,
    id: &str,
) -> Option<&'a T> {
    let i = *by_id.get(id)?;
    list.as_ref()?.value.get(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_facts_and_lookups_on_the_example_content() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let content = crate::load::content(&root).unwrap();
        assert!(content.diagnostics.is_empty(), "{:?}", content.diagnostics);
        let model = build(content);
        let a = model
            .ambiti
            .iter()
            .find(|a| a.id == "carate-brianza")
            .unwrap();
        let sum: u64 = a
            .comuni
            .value
            .iter()
            .filter_map(|c| c.popolazione.as_ref())
            .map(|p| p.residenti)
            .sum();
        assert_eq!(a.popolazione_totale, sum);
        assert_eq!(a.comuni.value.len(), 13);
        assert_eq!(
            a.capofila().map(|c| c.nome.as_str()),
            Some("Carate Brianza")
        );
        assert_eq!(
            a.persona("vanessa-gallo").map(|p| p.genere),
            Some(Genere::F)
        );
        assert!(a.persona("nessuno").is_none());
        assert_eq!(a.documenti(), vec![Documento::Convenzione]);
        assert!(model.riferimenti.norma("legge-328-2000").is_some());
    }
}
