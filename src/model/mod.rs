//! Model: one resolved [`Ambito`] per content folder.
//!
//! The model keeps the loaded structs (with their source positions, so that
//! validation can point at them) and adds what every later stage needs: lookup
//! of references by id, and derived facts computed once. Lookups return
//! `Option`: a reference that does not resolve is reported by validation, and
//! nothing is rendered until validation passes.

use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;

pub mod atto;
pub mod governo;
pub mod pubblicazione;
pub mod riparto;

use crate::load::files::{
    AmbitoFile, ComuneEntry, ConvenzioneFile, EnteEntry, FondoEntry, Mandato, NormaEntry,
    OrganiFile, PersonaEntry, PianoFile, RegolamentoFile, UfficioFile,
};
use crate::load::{AmbitoFiles, Content, Loaded, Relazione, RiferimentiFiles};

pub use crate::load::values::{Genere, Importo};

/// Laws and funds shared by every Ambito.
#[derive(Debug, Default)]
pub struct Riferimenti {
    /// `_riferimenti/norme.yaml` and `fondi.yaml`, as read.
    pub files: RiferimentiFiles,
    /// Every law an act may cite: the national laws and the regional
    /// framework laws the tool ships, then those of `_riferimenti/norme.yaml`
    /// (which win on the same id).
    norme_tutte: HashMap<String, Norma>,
    fondi_by_id: HashMap<String, usize>,
}

/// A law an act may cite.
#[derive(Debug, Clone)]
pub struct Norma {
    pub id: String,
    /// "legge 8 novembre 2000, n. 328".
    pub citazione: String,
    /// "l. n. 328/2000"; the citation when none is given.
    pub breve: String,
    pub titolo: Option<String>,
    pub data: Option<NaiveDate>,
    /// The profile id of the region whose law it is, for a shipped regional law.
    pub regione: Option<String>,
}

impl Riferimenti {
    pub fn norma(&self, id: &str) -> Option<&Norma> {
        self.norme_tutte.get(id)
    }

    /// Every law, shipped and of the content.
    pub fn norme_tutte(&self) -> impl Iterator<Item = &Norma> {
        self.norme_tutte.values()
    }

    pub fn fondo(&self, id: &str) -> Option<&FondoEntry> {
        lookup(&self.files.fondi, &self.fondi_by_id, id)
    }
}

/// The document kinds an Ambito can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Documento {
    Convenzione,
    Regolamento,
    /// The report on one semester: year and semester (1 or 2).
    Relazione {
        anno: i32,
        semestre: u8,
    },
    Commissioni,
}

impl Documento {
    /// The kind: its template is `templates/<kind>.typ.j2`.
    pub fn kind(self) -> &'static str {
        match self {
            Documento::Convenzione => "convenzione",
            Documento::Regolamento => "regolamento",
            Documento::Relazione { .. } => "relazione",
            Documento::Commissioni => "commissioni",
        }
    }

    /// The output file name without `.pdf`: `convenzione`, `relazione-2025-1`, …
    pub fn name(self) -> String {
        match self {
            Documento::Relazione { anno, semestre } => format!("relazione-{anno}-{semestre}"),
            other => other.kind().to_string(),
        }
    }
}

/// Every kind of document, as `Documento::kind` names them.
pub const KINDS: [&str; 4] = ["convenzione", "regolamento", "relazione", "commissioni"];

/// The semester before `anno`/`semestre`: 2025-1 → 2024-2, 2025-2 → 2025-1.
pub fn semestre_precedente(anno: i32, semestre: u8) -> (i32, u8) {
    if semestre == 2 {
        (anno, 1)
    } else {
        (anno - 1, 2)
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
    pub enti: Option<Loaded<Vec<EnteEntry>>>,
    pub ufficio: Option<Loaded<UfficioFile>>,
    pub organi: Option<Loaded<OrganiFile>>,
    pub piano: Option<Loaded<PianoFile>>,
    pub convenzione: Option<Loaded<ConvenzioneFile>>,
    pub regolamento: Option<Loaded<RegolamentoFile>>,
    /// Semester reports, in time order.
    pub relazioni: Vec<Relazione>,
    pub riferimenti: Arc<Riferimenti>,
    comuni_by_id: HashMap<String, usize>,
    persone_by_id: HashMap<String, usize>,
    enti_by_id: HashMap<String, usize>,
    /// Residents of all Comuni that declare a population.
    pub popolazione_totale: u64,
    /// Files of this Ambito that exist but could not be parsed.
    pub rotti: Vec<PathBuf>,
    /// Each Comune's share of the convenzione's yearly common cost, in the
    /// order of `comuni`, when the convenzione sets that cost.
    pub quote_costi: Option<Vec<Importo>>,
    /// How the Ambito is governed: region, form, bodies and their names.
    pub governo: governo::Governo,
    /// The convenzione's text, composed, and what is wrong in the office's
    /// changes to it.
    pub testo_convenzione: Option<(atto::Atto, Vec<atto::Problema>)>,
    /// The regolamento's text, likewise.
    pub testo_regolamento: Option<(atto::Atto, Vec<atto::Problema>)>,
}

impl Ambito {
    pub fn comune(&self, id: &str) -> Option<&ComuneEntry> {
        self.comuni_by_id
            .get(id)
            .and_then(|&i| self.comuni.value.get(i))
    }

    /// Whether the Ambito's file `name` (e.g. `enti.yaml`) exists but is broken.
    pub fn rotto(&self, name: &str) -> bool {
        self.rotti.iter().any(|p| p == &self.dir.join(name))
    }

    /// The position of a Comune in `comuni`, for per-Comune derived facts.
    pub fn comuni_index(&self, id: &str) -> Option<usize> {
        self.comuni_by_id.get(id).copied()
    }

    pub fn persona(&self, id: &str) -> Option<&PersonaEntry> {
        self.persone_by_id
            .get(id)
            .and_then(|&i| self.persone.value.get(i))
    }

    pub fn ente(&self, id: &str) -> Option<&EnteEntry> {
        lookup(&self.enti, &self.enti_by_id, id)
    }

    /// The name of an organisation referenced by id: "Comune di Albiate" for a
    /// Comune, the ente's own name otherwise.
    pub fn nome_ente(&self, id: &str) -> Option<String> {
        match self.comune(id) {
            Some(c) => Some(format!("Comune di {}", c.nome)),
            None => self.ente(id).map(|e| e.nome.clone()),
        }
    }

    /// The lead body's name: "Comune di Carate Brianza", "Comunità Montana di Valle Camonica".
    pub fn capofila(&self) -> Option<String> {
        self.nome_ente(&self.info.value.ente_gestore.value)
    }

    /// The Sindaco of `comune` in office on `data`: the short form `sindaco`,
    /// or the one mandate of `sindaci` that covers the day. `None` when no
    /// mandate or more than one covers it (validation reports which).
    pub fn sindaco<'a>(&self, comune: &'a ComuneEntry, data: NaiveDate) -> Option<&'a str> {
        if let Some(s) = &comune.sindaco {
            return Some(&s.value);
        }
        let mut in_carica = comune.sindaci.iter().filter(|m| in_mandato(m, data));
        match (in_carica.next(), in_carica.next()) {
            (Some(m), None) => Some(&m.persona.value),
            _ => None,
        }
    }

    /// The date a document carries: the day the act was signed or adopted,
    /// the day a report was signed, the day a composition refers to.
    pub fn data(&self, documento: Documento) -> Option<NaiveDate> {
        match documento {
            Documento::Convenzione => self
                .convenzione
                .as_ref()
                .map(|c| c.value.stipula.data.value),
            Documento::Regolamento => self
                .regolamento
                .as_ref()
                .map(|r| r.value.adozione.data.value),
            Documento::Relazione { anno, semestre } => self
                .relazioni
                .iter()
                .find(|r| r.anno == anno && r.semestre == semestre)
                .map(|r| r.file.value.data.value),
            Documento::Commissioni => self.organi.as_ref().map(|o| o.value.aggiornato_al.value),
        }
    }

    /// The relazione before the one of `anno`/`semestre`, when the content has it.
    pub fn relazione_precedente(&self, anno: i32, semestre: u8) -> Option<&Relazione> {
        let (anno, semestre) = semestre_precedente(anno, semestre);
        self.relazioni
            .iter()
            .find(|r| r.anno == anno && r.semestre == semestre)
    }

    /// The documents this Ambito's content describes, in a fixed order. A
    /// document also needs the files it reads (the regolamento and the
    /// relazioni need `ufficio-di-piano.yaml`, the relazioni `piano.yaml`);
    /// validation reports them missing.
    pub fn documenti(&self) -> Vec<Documento> {
        let mut docs = Vec::new();
        if self.convenzione.is_some() {
            docs.push(Documento::Convenzione);
        }
        if self.regolamento.is_some() {
            docs.push(Documento::Regolamento);
        }
        for r in &self.relazioni {
            docs.push(Documento::Relazione {
                anno: r.anno,
                semestre: r.semestre,
            });
        }
        if self.organi.is_some() {
            docs.push(Documento::Commissioni);
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
        rotti,
        ..
    } = content;
    let riferimenti = Arc::new(Riferimenti {
        norme_tutte: norme_tutte(items(&riferimenti.norme)),
        fondi_by_id: index(items(&riferimenti.fondi), |f| &f.id.value),
        files: riferimenti,
    });
    let ambiti = ambiti
        .into_par_iter()
        .filter_map(|files| {
            let mine = rotti
                .iter()
                .filter(|p| p.starts_with(&files.dir))
                .cloned()
                .collect();
            ambito(files, &riferimenti, mine)
        })
        .collect();
    Model {
        riferimenti,
        ambiti,
    }
}

fn ambito(
    files: AmbitoFiles,
    riferimenti: &Arc<Riferimenti>,
    rotti: Vec<PathBuf>,
) -> Option<Ambito> {
    let AmbitoFiles {
        id,
        dir,
        ambito,
        comuni,
        persone,
        enti,
        ufficio,
        organi,
        piano,
        convenzione,
        regolamento,
        relazioni,
    } = files;
    let (info, comuni, persone) = (ambito?, comuni?, persone?);
    let comuni_by_id = index(&comuni.value, |c| &c.id.value);
    let persone_by_id = index(&persone.value, |p| &p.id.value);
    let enti_by_id = index(items(&enti), |e| &e.id.value);
    let popolazione_totale = comuni
        .value
        .iter()
        .filter_map(|c| c.popolazione.as_ref())
        .map(|p| p.residenti)
        .fold(0, u64::saturating_add);
    let quote_costi = convenzione
        .as_ref()
        .and_then(|c| c.value.ripartizione.as_ref().and_then(|r| r.importo_annuo))
        .map(|totale| {
            let pesi: Vec<u64> = comuni
                .value
                .iter()
                .map(|c| c.popolazione.as_ref().map_or(0, |p| p.residenti))
                .collect();
            riparto::largest_remainder(totale, &pesi)
        });
    let mut a = Ambito {
        id,
        dir,
        info,
        comuni,
        persone,
        enti,
        ufficio,
        organi,
        piano,
        convenzione,
        regolamento,
        relazioni,
        riferimenti: Arc::clone(riferimenti),
        comuni_by_id,
        persone_by_id,
        enti_by_id,
        popolazione_totale,
        rotti,
        quote_costi,
        governo: governo::Governo::default(),
        testo_convenzione: None,
        testo_regolamento: None,
    };
    a.governo = governo::Governo::risolvi(&a);
    a.testo_convenzione = testo_convenzione(&a);
    a.testo_regolamento = testo_regolamento(&a);
    Some(a)
}

/// The facts every act states: the names of the Ambito's bodies, its
/// Comuni, and what its governance declares.
fn fatti_comuni(g: &governo::Governo) -> std::collections::BTreeSet<&'static str> {
    let mut f: std::collections::BTreeSet<&'static str> = [
        "ambito",
        "organo",
        "ufficio",
        "responsabile",
        "piano",
        "ente-capofila",
        "regione",
        "comuni",
        "numero-comuni",
        "comuni-numerati",
    ]
    .into_iter()
    .collect();
    if g.ente.is_some() {
        f.insert("ente");
    }
    if g.distretto.is_some() {
        f.insert("distretto");
    }
    if g.ente.as_ref().and_then(|e| e.tipo) == Some(crate::load::values::TipoEnte::ComunitaMontana)
    {
        f.insert("ente-comunita-montana");
    }
    if !g.deleghe.is_empty() {
        f.insert("deleghe");
    }
    f
}

/// The facts a convenzione states, for its clauses' conditions.
pub fn fatti_convenzione(
    g: &governo::Governo,
    c: &ConvenzioneFile,
) -> std::collections::BTreeSet<&'static str> {
    let mut f = fatti_comuni(g);
    let mut add = |cond: bool, names: &[&'static str]| {
        if cond {
            f.extend(names.iter().copied());
        }
    };
    add(c.durata.is_some(), &["scadenza"]);
    add(
        c.durata.as_ref().is_some_and(|d| d.rinnovo.is_some()),
        &["rinnovo-anni", "rinnovo-mesi", "rinnovo-ulteriori"],
    );
    add(c.recesso.is_some(), &["recesso-entro", "recesso-anni"]);
    add(c.personale.is_some(), &["soglia-ore"]);
    if let Some(r) = &c.risorse {
        add(!r.fondi.is_empty() || !r.altre_fonti.is_empty(), &["fondi"]);
        add(
            r.trasferimenti_entro_giorni.is_some(),
            &["trasferimenti-giorni"],
        );
        add(r.rimborso_ente.is_some(), &["rimborso-ente"]);
    }
    add(
        c.ripartizione
            .as_ref()
            .is_some_and(|r| r.importo_annuo.is_some()),
        &["costi-comuni"],
    );
    add(c.foro.is_some(), &["foro"]);
    if let Some(e) = &c.esenzioni {
        add(e.registrazione.is_some(), &["esenzione-registrazione"]);
        add(e.bollo.is_some(), &["esenzione-bollo"]);
    }
    add(
        !c.convenzioni_precedenti.is_empty(),
        &["convenzioni-precedenti"],
    );
    add(!c.proroghe.is_empty(), &["proroghe"]);
    add(!c.competenze.is_empty(), &["competenze"]);
    f
}

fn testo_convenzione(a: &Ambito) -> Option<(atto::Atto, Vec<atto::Problema>)> {
    let c = a.convenzione.as_ref()?;
    let presenti = fatti_convenzione(&a.governo, &c.value);
    componi(
        a,
        "convenzione",
        &c.value.testo,
        &c.path,
        c.value.stipula.data.value,
        &presenti,
    )
}

/// The facts a regolamento states, for its clauses' conditions.
pub fn fatti_regolamento(
    a: &Ambito,
    r: &RegolamentoFile,
) -> std::collections::BTreeSet<&'static str> {
    let mut f = fatti_comuni(&a.governo);
    f.extend([
        "piano-di-zona",
        "convenzione",
        "nomina-responsabile",
        "durata-incarico",
        "revoca-maggioranza",
        "sostituzione-giorni",
        "relazione-mesi",
        "ogni-relazione-mesi",
        "organo-approvazione",
        "organo-adozione",
    ]);
    if !r.riferimenti_regionali.is_empty() {
        f.insert("riferimenti-regionali");
    }
    if let Some(u) = &a.ufficio {
        let u = &u.value;
        f.extend([
            "sede",
            "organico",
            "organico-figure",
            "titolo-responsabile",
            "nome-responsabile",
            "uno-dei-componenti",
        ]);
        if u.email.is_some() {
            f.insert("email");
        }
        if u.pec.is_some() {
            f.insert("pec");
        }
        if !u.funzioni.is_empty() {
            f.insert("funzioni");
        }
        if !u.aree_tematiche.is_empty() {
            f.extend(["aree-tematiche", "numero-aree", "numero-aree-tematiche"]);
        }
        if !u.personale.is_empty() {
            f.insert("personale");
        }
    }
    f
}

fn testo_regolamento(a: &Ambito) -> Option<(atto::Atto, Vec<atto::Problema>)> {
    let r = a.regolamento.as_ref()?;
    let presenti = fatti_regolamento(a, &r.value);
    componi(
        a,
        "regolamento",
        &r.value.testo,
        &r.path,
        r.value.adozione.data.value,
        &presenti,
    )
}

/// Composes the text of the act `kind` of this Ambito.
fn componi(
    a: &Ambito,
    kind: &str,
    modifiche: &crate::load::testo::Testo,
    path: &std::path::Path,
    data: NaiveDate,
    presenti: &std::collections::BTreeSet<&'static str>,
) -> Option<(atto::Atto, Vec<atto::Problema>)> {
    let base = crate::load::profili::spedito().ok()?.clausole.get(kind)?;
    let norma = |id: &str| a.riferimenti.norma(id).map(|n| n.data);
    let circostanze = atto::Circostanze {
        forma: a.governo.forma,
        data,
        presenti,
        norma: &norma,
    };
    let regione = a
        .governo
        .profilo
        .map(|p| (p.id.as_str(), p.premesse.as_slice()));
    Some(atto::componi(base, regione, modifiche, path, &circostanze))
}

/// The shipped laws, then the content's.
fn norme_tutte(content: &[NormaEntry]) -> HashMap<String, Norma> {
    let mut map = HashMap::new();
    if let Ok(s) = crate::load::profili::spedito() {
        let regionali = s
            .profili
            .values()
            .flat_map(|p| p.norme.iter().map(move |n| (n, Some(p.id.clone()))));
        for (n, regione) in s.norme.iter().map(|n| (n, None)).chain(regionali) {
            map.insert(
                n.id.clone(),
                Norma {
                    id: n.id.clone(),
                    citazione: n.citazione.clone(),
                    breve: n.breve.clone(),
                    titolo: n.titolo.clone(),
                    data: Some(n.data),
                    regione,
                },
            );
        }
    }
    for n in content {
        let shipped = map.get(&n.id.value).cloned();
        map.insert(
            n.id.value.clone(),
            Norma {
                id: n.id.value.clone(),
                breve: n.breve.clone().unwrap_or_else(|| n.citazione.clone()),
                citazione: n.citazione.clone(),
                titolo: n.titolo.clone(),
                data: n.data.or(shipped.as_ref().and_then(|s| s.data)),
                regione: shipped.and_then(|s| s.regione),
            },
        );
    }
    map
}

/// Whether a mandate covers `data` (both ends included).
pub fn in_mandato(m: &Mandato, data: NaiveDate) -> bool {
    m.dal.value <= data && m.al.as_ref().is_none_or(|al| data <= al.value)
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
        assert_eq!(a.capofila().as_deref(), Some("Comune di Carate Brianza"));
        assert_eq!(
            a.persona("vanessa-gallo").map(|p| p.genere),
            Some(Genere::F)
        );
        assert!(a.persona("nessuno").is_none());
        assert_eq!(
            a.documenti(),
            vec![
                Documento::Convenzione,
                Documento::Regolamento,
                Documento::Relazione {
                    anno: 2025,
                    semestre: 1
                },
                Documento::Commissioni
            ]
        );
        let quote = a
            .quote_costi
            .as_ref()
            .expect("the convenzione sets a common cost");
        let totale = a
            .convenzione
            .as_ref()
            .and_then(|c| c.value.ripartizione.as_ref().and_then(|r| r.importo_annuo));
        assert_eq!(
            Some(quote.iter().map(|q| q.centesimi).sum::<i64>()),
            totale.map(|t| t.centesimi)
        );
        assert!(model.riferimenti.norma("legge-328-2000").is_some());
    }
}
