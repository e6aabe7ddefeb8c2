//! The text of an act, as the model composed it, written out for a
//! template: every placeholder filled in with its fact formatted in
//! Italian, names with their article or preposition by their gender, "art. N"
//! after the final order. What reaches the template is plain text, escaped
//! there like any other value.

use std::collections::HashMap;

use serde::Serialize;

use super::Unresolved;
use crate::load::testo::Sezione;
use crate::load::values::{Genere, Nome};
use crate::model::Ambito;
use crate::model::atto::{Atto, Clausola, Frammento};
use crate::model::governo::Governo;
use crate::render::italiano as it;

#[derive(Debug, Serialize)]
pub struct ClausolaView {
    pub testo: String,
    pub elenco: Option<Elenco>,
}

/// A list under a clause: `lettere` (a), b), …) with sub-items, `punti`,
/// or `tabella` (rows of cells under a header).
#[derive(Debug, Serialize)]
pub struct Elenco {
    pub stile: &'static str,
    pub voci: Vec<Voce>,
    /// For a `tabella`: the column headers.
    pub intestazione: Vec<String>,
}

impl Elenco {
    pub fn punti(voci: Vec<String>) -> Elenco {
        Elenco {
            stile: "punti",
            voci: voci
                .into_iter()
                .map(|testo| Voce {
                    testo,
                    sotto: Vec::new(),
                })
                .collect(),
            intestazione: Vec::new(),
        }
    }

    pub fn lettere(voci: Vec<Voce>) -> Elenco {
        Elenco {
            stile: "lettere",
            voci,
            intestazione: Vec::new(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Voce {
    pub testo: String,
    /// Sub-items, or a table row's other cells.
    pub sotto: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ArticoloView {
    pub numero: usize,
    /// The part ("Titolo") this article opens, when it opens one.
    pub capo: Option<String>,
    /// That part's number: "Titolo II".
    pub capo_numero: usize,
    pub titolo: String,
    pub commi: Vec<ClausolaView>,
}

/// A fact ready to print: its text and, for names, its grammar.
pub struct Valore {
    testo: String,
    nome: Option<Nome>,
}

impl Valore {
    pub fn testo(t: String) -> Valore {
        Valore {
            testo: t,
            nome: None,
        }
    }

    pub fn nome(n: &Nome) -> Valore {
        Valore {
            testo: n.nome.clone(),
            nome: Some(n.clone()),
        }
    }

    fn con(&self, prep: Option<&str>) -> String {
        match (prep, &self.nome) {
            (None, _) => self.testo.clone(),
            (Some(p), Some(n)) => it::articolata(p, &n.nome, n.genere, n.plurale),
            (Some(p), None) => it::preposizione(p, &self.testo),
        }
    }
}

pub type Valori = HashMap<&'static str, Valore>;

/// The facts every act may print: the names of the Ambito's bodies and its Comuni.
pub fn valori_comuni(a: &Ambito, g: &Governo) -> Valori {
    let mut v = HashMap::new();
    v.insert("ambito", Valore::nome(&g.ambito));
    v.insert("organo", Valore::nome(&g.organo));
    v.insert("ufficio", Valore::nome(&g.ufficio));
    v.insert("responsabile", Valore::nome(&g.responsabile));
    v.insert("piano", Valore::nome(&g.piano));
    v.insert("ente-capofila", Valore::nome(&g.ente_capofila));
    v.insert("regione", Valore::testo(g.regione.clone()));
    if let Some(e) = &g.ente {
        v.insert("ente", Valore::nome(&e.nome));
    }
    if let Some(d) = &g.distretto {
        v.insert("distretto", Valore::nome(d));
    }
    let nomi: Vec<String> = a.comuni.value.iter().map(|c| c.nome.clone()).collect();
    v.insert("comuni", Valore::testo(it::elenco(&nomi)));
    v.insert(
        "numero-comuni",
        Valore::testo(it::numero_e_lettere(nomi.len() as u64)),
    );
    // "i 13 (tredici) Comuni", "gli 8 (otto) Comuni"; one is "il Comune".
    v.insert(
        "comuni-numerati",
        Valore::testo(match nomi.len() {
            1 => "il Comune".to_string(),
            n => it::articolata(
                "",
                &format!("{} Comuni", it::numero_e_lettere(n as u64)),
                Genere::M,
                true,
            ),
        }),
    );
    v
}

/// Writes out the clauses of one act.
pub struct Scrittore<'a> {
    pub ambito: &'a Ambito,
    pub atto: &'a Atto,
    pub valori: Valori,
    /// The lists a clause may print under its text, by name.
    pub elenchi: &'a dyn Fn(&str) -> Result<Elenco, Unresolved>,
}

impl Scrittore<'_> {
    pub fn scrivi(&self, parti: &[Frammento]) -> Result<String, Unresolved> {
        let mut out = String::new();
        for p in parti {
            match p {
                // The typographic apostrophe, as in the names the tool writes.
                Frammento::Testo(t) => out.push_str(&t.replace('\'', "’")),
                Frammento::Fatto { nome, prep } => out.push_str(
                    &self
                        .valori
                        .get(nome.as_str())
                        .ok_or_else(|| Unresolved(crate::t!("resa-fatto", nome = nome)))?
                        .con(*prep),
                ),
                Frammento::Norma { id, breve } => {
                    let n = self
                        .ambito
                        .riferimenti
                        .norma(id)
                        .ok_or_else(|| Unresolved(format!("norma `{id}`")))?;
                    out.push_str(if *breve { &n.breve } else { &n.citazione });
                }
                Frammento::Articolo(id) => {
                    let n = self
                        .atto
                        .numero(id)
                        .ok_or_else(|| Unresolved(crate::t!("resa-articolo", id = id)))?;
                    out.push_str(&format!("art. {n}"));
                }
            }
        }
        Ok(out)
    }

    fn clausola(&self, cl: &Clausola, maiuscola: bool) -> Result<ClausolaView, Unresolved> {
        let t = self.scrivi(&cl.testo)?;
        let elenco = match &cl.elenco {
            Some(e) => Some((self.elenchi)(e)?),
            None if !cl.voci.is_empty() => Some(Elenco::punti(
                cl.voci
                    .iter()
                    .map(|v| self.scrivi(v))
                    .collect::<Result<_, _>>()?,
            )),
            None => None,
        };
        Ok(ClausolaView {
            testo: if maiuscola { it::maiuscola(&t) } else { t },
            elenco,
        })
    }

    /// The premises of one section ("Premesso", "Considerato").
    pub fn premesse(&self, s: Sezione) -> Result<Vec<ClausolaView>, Unresolved> {
        self.atto
            .premesse
            .iter()
            .filter(|p| p.sezione == s)
            .map(|p| self.clausola(&p.clausola, false))
            .collect()
    }

    /// The articles, numbered, with the part each opens.
    pub fn articoli(&self) -> Result<Vec<ArticoloView>, Unresolved> {
        let mut out = Vec::new();
        let mut capo_corrente: Option<String> = None;
        let mut capi = 0;
        for (i, art) in self.atto.articoli.iter().enumerate() {
            let capo = match &art.capo {
                Some(c) => Some(self.scrivi(c)?),
                None => None,
            };
            let nuovo = capo.is_some() && capo != capo_corrente;
            if nuovo {
                capo_corrente.clone_from(&capo);
                capi += 1;
            }
            out.push(ArticoloView {
                numero: i + 1,
                capo: if nuovo { capo } else { None },
                capo_numero: capi,
                titolo: it::maiuscola(&self.scrivi(&art.titolo)?),
                commi: art
                    .commi
                    .iter()
                    .map(|c| self.clausola(c, true))
                    .collect::<Result<_, _>>()?,
            });
        }
        Ok(out)
    }
}
