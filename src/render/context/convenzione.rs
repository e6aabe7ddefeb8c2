//! The context of a convenzione: its parties, its premises and articles as
//! the model composed them, with every placeholder filled in.
//!
//! A clause's text reaches the template as plain text (escaped there like
//! any value): facts are formatted in Italian here, names take their
//! article or preposition by their gender, "art. N" follows the final order.

use std::borrow::Cow;

use serde::Serialize;

use super::testo::{
    ArticoloView, ClausolaView, Elenco, Scrittore, Valore, Valori, Voce, valori_comuni,
};
use super::{AmbitoView, Unresolved, ambito};
use crate::load::files::{ConvenzioneFile, PersonaEntry};
use crate::load::testo::Sezione;
use crate::load::values::{DatoPersonale, Genere, Qualita};
use crate::model::Ambito;
use crate::model::governo::{self, Governo};
use crate::model::pubblicazione::{Copia, OMISSIS};
use crate::render::italiano as it;

#[derive(Debug, Serialize)]
pub struct ConvenzioneContext {
    pub ambito: AmbitoView,
    pub atto: Convenzione,
}

#[derive(Debug, Serialize)]
pub struct Convenzione {
    pub titolo: String,
    pub approvazione: ApprovazioneView,
    pub stipula: StipulaView,
    pub parti: Vec<ParteView>,
    pub viste: Vec<NormaView>,
    pub premesso: Vec<ClausolaView>,
    pub considerato: Vec<ClausolaView>,
    pub articoli: Vec<ArticoloView>,
    pub firme: Vec<FirmaView>,
    pub rogito: Option<RogitoView>,
    pub firma_digitale: Option<NormaView>,
    /// The yearly common cost shared in the annex, when set.
    pub costi_comuni: Option<String>,
    /// The date of the population figures the shares use.
    pub popolazione_al: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ApprovazioneView {
    pub organo: String,
    pub data: String,
}

#[derive(Debug, Serialize)]
pub struct StipulaView {
    pub data: String,
    /// Where: "gli uffici del Comune di Biassono", or the place in words.
    pub luogo: String,
}

#[derive(Debug, Serialize)]
pub struct NormaView {
    pub citazione: String,
    pub titolo: Option<String>,
}

/// A party, with every word that agrees with its gender or its signatory's.
#[derive(Debug, Serialize)]
pub struct ParteView {
    /// "il Comune di Albiate", "l’Unione delle Terre d’Argine".
    pub ente: String,
    pub codice_fiscale: Option<String>,
    pub sede: Option<String>,
    /// "rappresentato" or "rappresentata": agrees with the body.
    pub rappresentato: String,
    /// "dal Sindaco pro tempore", "dalla Sindaca", "dalla Presidente".
    pub dal_titolo: String,
    /// "Vanessa Gallo", when the signatory is named.
    pub persona: Option<String>,
    /// "nata a Monza (MB) il 3 marzo 1970" ("nata a omissis il omissis" in
    /// the copy for publication).
    pub nascita: Option<String>,
    pub codice_fiscale_persona: Option<String>,
    /// "via Roma 1, Pomarance (PI)", when the act prints a private address.
    pub residenza: Option<String>,
    /// "domiciliato" or "domiciliata".
    pub domiciliato: String,
    /// "autorizzato" or "autorizzata".
    pub autorizzato: String,
    /// "con deliberazione del Consiglio comunale n. 45 del 30 novembre 2021".
    pub delibera: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FirmaView {
    pub ente: String,
    /// "Il Sindaco", "La Presidente".
    pub titolo: String,
    pub nome: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RogitoView {
    /// "Il Segretario generale", "La Segretaria generale".
    pub titolo: String,
    pub nome: String,
    pub repertorio: String,
}

/// What the convenzione's template is given: the act, its parties and its
/// text, resolved.
pub fn convenzione(
    a: &Ambito,
    c: &ConvenzioneFile,
    copia: &Copia,
) -> Result<ConvenzioneContext, Unresolved> {
    let g = &a.governo;
    let data = c.stipula.data.value;
    let (testo, _) = a
        .testo_convenzione
        .as_ref()
        .ok_or_else(|| Unresolved(crate::t!("resa-testo-convenzione")))?;
    let elenchi = |nome: &str| elenco(a, g, c, nome);
    let scrittore = Scrittore {
        ambito: a,
        atto: testo,
        valori: valori(a, g, c),
        elenchi: &elenchi,
    };
    let parti = governo::parti(a, g, c, data);
    Ok(ConvenzioneContext {
        ambito: ambito(a, data)?,
        atto: Convenzione {
            titolo: c.titolo.clone(),
            approvazione: ApprovazioneView {
                organo: c.approvazione.organo.clone(),
                data: c.approvazione.data.value.to_string(),
            },
            stipula: StipulaView {
                data: data.to_string(),
                luogo: luogo(a, c)?,
            },
            viste: viste(a, c)?,
            premesso: scrittore.premesse(Sezione::Premesso)?,
            considerato: scrittore.premesse(Sezione::Considerato)?,
            articoli: scrittore.articoli()?,
            firme: parti.iter().map(firma).collect(),
            parti: parti.iter().map(|p| parte(p, copia)).collect(),
            rogito: rogito(a, c)?,
            firma_digitale: firma_digitale(a, c),
            costi_comuni: c
                .ripartizione
                .as_ref()
                .and_then(|r| r.importo_annuo)
                .map(|i| i.to_string()),
            popolazione_al: a
                .comuni
                .value
                .iter()
                .find_map(|c| c.popolazione.as_ref())
                .map(|p| p.al.value.to_string()),
        },
    })
}

/// Where the convenzione is signed: as written, or the offices of the
/// Comune that hosts the signing.
fn luogo(a: &Ambito, c: &ConvenzioneFile) -> Result<String, Unresolved> {
    Ok(match &c.stipula.luogo {
        Some(l) => l.clone(),
        None => {
            let e = governo::ente(a, &c.stipula.comune.value)
                .ok_or_else(|| Unresolved(format!("`{}`", c.stipula.comune.value)))?;
            format!(
                "gli uffici {}",
                it::articolata("di", &e.nome.nome, e.nome.genere, false)
            )
        }
    })
}

/// The Segretario who authenticates the act, when it is a public one.
fn rogito(a: &Ambito, c: &ConvenzioneFile) -> Result<Option<RogitoView>, Unresolved> {
    Ok(match &c.rogito {
        Some(r) => {
            let p = a
                .persona(&r.segretario.value)
                .ok_or_else(|| Unresolved(format!("persona `{}`", r.segretario.value)))?;
            Some(RogitoView {
                titolo: it::maiuscola(&titolo("", Some(p), "Segretario rogante")),
                nome: format!("{} {}", p.nome, p.cognome),
                // "n. 28/2018" written in full: the act prints "Rep. n." itself.
                repertorio: r
                    .repertorio
                    .trim()
                    .trim_start_matches("n.")
                    .trim_start_matches("n ")
                    .trim()
                    .to_string(),
            })
        }
        None => None,
    })
}

/// The law on digital signatures the act cites: its own, or the CAD.
fn firma_digitale(a: &Ambito, c: &ConvenzioneFile) -> Option<NormaView> {
    let norme = |id: &str| a.riferimenti.norma(id);
    c.firma_digitale
        .as_ref()
        .and_then(|f| norme(&f.value))
        .map(|n| NormaView {
            citazione: n.citazione.clone(),
            titolo: n.titolo.clone(),
        })
        .or_else(|| {
            norme("dlgs-82-2005").map(|n| NormaView {
                citazione: n.citazione.clone(),
                titolo: n.titolo.clone(),
            })
        })
}

fn viste(a: &Ambito, c: &ConvenzioneFile) -> Result<Vec<NormaView>, Unresolved> {
    let ids: Vec<String> = match &c.viste {
        Some(v) => v.iter().map(|s| s.value.clone()).collect(),
        None => {
            let mut ids: Vec<String> = ["legge-328-2000", "dlgs-267-2000"]
                .into_iter()
                .map(String::from)
                .collect();
            if a.governo.forma == crate::load::values::Forma::DelegaAziendaSanitaria {
                ids.push("dlgs-502-1992".into());
            }
            ids.push("dlgs-147-2017".into());
            if let Some(p) = a.governo.profilo {
                ids.extend(p.norme.iter().map(|n| n.id.clone()));
            }
            let data = c.stipula.data.value;
            ids.retain(|id| {
                a.riferimenti
                    .norma(id)
                    .is_some_and(|n| n.data.is_none_or(|d| d <= data))
            });
            ids
        }
    };
    ids.iter()
        .map(|id| {
            a.riferimenti
                .norma(id)
                .map(|n| NormaView {
                    citazione: n.citazione.clone(),
                    titolo: n.titolo.clone(),
                })
                .ok_or_else(|| Unresolved(format!("norma `{id}`")))
        })
        .collect()
}

/// Every fact a clause may print, formatted.
fn valori(a: &Ambito, g: &Governo, c: &ConvenzioneFile) -> Valori {
    let mut v = valori_comuni(a, g);
    valori_durata(&mut v, c);
    if let Some(p) = &c.personale {
        v.insert(
            "soglia-ore",
            Valore::testo(format!("{} ore", it::migliaia(p.soglia_ore_annue.into()))),
        );
    }
    if let Some(r) = &c.risorse {
        if let Some(gg) = r.trasferimenti_entro_giorni {
            v.insert(
                "trasferimenti-giorni",
                Valore::testo(match gg {
                    1 => "1 giorno".to_string(),
                    gg => format!("{gg} giorni"),
                }),
            );
        }
        if let Some(i) = r.rimborso_ente {
            v.insert("rimborso-ente", Valore::testo(it::euro(i)));
        }
    }
    if let Some(i) = c.ripartizione.as_ref().and_then(|r| r.importo_annuo) {
        v.insert("costi-comuni", Valore::testo(it::euro(i)));
    }
    if let Some(f) = &c.foro {
        v.insert("foro", Valore::testo(f.clone()));
    }
    let richiamo = |r: &crate::load::files::Richiamo| -> Option<Valore> {
        let n = a.riferimenti.norma(&r.norma.value)?;
        Some(Valore::testo(format!(
            "{} {}",
            r.articolo,
            it::preposizione("a", &n.citazione)
        )))
    };
    if let Some(e) = &c.esenzioni {
        if let Some(r) = e.registrazione.as_ref().and_then(richiamo) {
            v.insert("esenzione-registrazione", r);
        }
        if let Some(b) = e.bollo.as_ref().and_then(richiamo) {
            v.insert("esenzione-bollo", b);
        }
    }
    let anni: Vec<String> = c
        .convenzioni_precedenti
        .iter()
        .map(|a| a.to_string())
        .collect();
    v.insert(
        "convenzioni-precedenti",
        Valore::testo(match anni.as_slice() {
            [anno] => format!("la convenzione approvata nel {anno}"),
            _ => format!("le convenzioni approvate negli anni {}", it::elenco(&anni)),
        }),
    );
    v
}

/// The convenzione's term, its renewal and the notice to withdraw.
fn valori_durata(v: &mut Valori, c: &ConvenzioneFile) {
    if let Some(d) = &c.durata {
        v.insert("scadenza", Valore::testo(it::data(d.scadenza.value)));
        if let Some(r) = &d.rinnovo {
            v.insert(
                "rinnovo-anni",
                Valore::testo(it::quantita(r.anni.into(), "anno", "anni", Genere::M)),
            );
            // "per un ulteriore anno", "per ulteriori due anni".
            v.insert(
                "rinnovo-ulteriori",
                Valore::testo(if r.anni == 1 {
                    "un ulteriore anno".to_string()
                } else {
                    format!(
                        "ulteriori {}",
                        it::quantita(r.anni.into(), "anno", "anni", Genere::M)
                    )
                }),
            );
            v.insert(
                "rinnovo-mesi",
                Valore::testo(it::quantita(r.entro_mesi.into(), "mese", "mesi", Genere::M)),
            );
        }
    }
    if let Some(r) = &c.recesso {
        let mese = it::mese(r.preavviso_entro.mese).unwrap_or_default();
        v.insert(
            "recesso-entro",
            Valore::testo(format!("{} {mese}", r.preavviso_entro.giorno)),
        );
        v.insert(
            "recesso-anni",
            Valore::testo(it::quantita(
                r.anni_contribuzione.into(),
                "anno",
                "anni",
                Genere::M,
            )),
        );
    }
}

fn elenco(a: &Ambito, g: &Governo, c: &ConvenzioneFile, nome: &str) -> Result<Elenco, Unresolved> {
    let punti = Elenco::punti;
    Ok(match nome {
        "competenze" => Elenco::lettere(
            c.competenze
                .iter()
                .map(|k| Voce {
                    testo: it::maiuscola(&k.area),
                    sotto: k.attivita.clone(),
                })
                .collect(),
        ),
        "fondi" => {
            let mut voci = Vec::new();
            if let Some(r) = &c.risorse {
                for f in &r.fondi {
                    let fondo = a
                        .riferimenti
                        .fondo(&f.value)
                        .ok_or_else(|| Unresolved(format!("fondo `{}`", f.value)))?;
                    voci.push(fondo.nome.clone());
                }
                voci.extend(r.altre_fonti.iter().cloned());
            }
            punti(voci)
        }
        "proroghe" => punti(
            c.proroghe
                .iter()
                .map(|p| {
                    format!(
                        "deliberazione {} n. {} {}, con proroga fino {}",
                        it::preposizione("di", &p.organo),
                        p.numero,
                        it::preposizione("di", &it::data(p.data.value)),
                        it::preposizione("a", &it::data(p.fino_al.value))
                    )
                })
                .collect(),
        ),
        "deleghe" => punti(
            g.deleghe
                .iter()
                .map(|d| {
                    let uno = d.comuni.len() == 1;
                    format!(
                        "{} {}, tramite {}, cui {} delegato {}",
                        if uno { "il Comune di" } else { "i Comuni di" },
                        it::elenco(&d.comuni),
                        it::articolata("", &d.ente.nome, d.ente.genere, d.ente.plurale),
                        if uno { "ha" } else { "hanno" },
                        d.funzioni
                            .as_deref()
                            .unwrap_or("le proprie funzioni sociali")
                    )
                })
                .collect(),
        ),
        other => return Err(Unresolved(crate::t!("resa-elenco", nome = other))),
    })
}

/// A title with its article or preposition, agreed with the signatory
/// (masculine when nobody is named).
fn titolo(prep: &str, persona: Option<&PersonaEntry>, maschile: &str) -> String {
    match persona {
        Some(r) => it::titolo_articolato(prep, maschile, r.genere, r.titolo_al_maschile),
        None => it::titolo_articolato(prep, maschile, Genere::M, false),
    }
}

/// The capacity printed: an unnamed Sindaco is "il Sindaco pro tempore",
/// whoever holds the office at the signing.
fn qualita(p: &governo::Parte) -> Qualita {
    match (p.qualita, &p.rappresentante) {
        (Qualita::Sindaco, None) => Qualita::SindacoProTempore,
        (q, _) => q,
    }
}

fn parte(p: &governo::Parte, copia: &Copia) -> ParteView {
    let persona = p.rappresentante.as_ref();
    let genere = persona.map_or(Genere::M, |r| r.genere);
    let agree = |stem: &str| match genere {
        Genere::F => format!("{stem}a"),
        Genere::M => format!("{stem}o"),
    };
    let ente_gender = p.ente.nome.genere;
    ParteView {
        ente: it::articolata("", &p.ente.nome.nome, ente_gender, p.ente.nome.plurale),
        codice_fiscale: p.ente.codice_fiscale.clone(),
        sede: p.ente.sede.clone(),
        rappresentato: match ente_gender {
            Genere::F => "rappresentata".into(),
            Genere::M => "rappresentato".into(),
        },
        dal_titolo: titolo("da", persona, qualita(p).titolo()),
        persona: persona.map(|r| format!("{} {}", r.nome, r.cognome)),
        nascita: persona.and_then(|r| {
            let il = r.nato_il.as_ref().map(|d| it::data(d.value));
            nascita(
                r.genere,
                copia.dato(DatoPersonale::NatoA, r.nato_a.as_deref()),
                copia.dato(DatoPersonale::NatoIl, il.as_deref()),
            )
        }),
        codice_fiscale_persona: persona.and_then(|r| {
            let cf = r.codice_fiscale.as_ref().map(|c| c.value.as_str());
            copia
                .dato(DatoPersonale::CodiceFiscale, cf)
                .map(|c| c.into_owned())
        }),
        residenza: persona.and_then(|r| {
            copia
                .dato(DatoPersonale::Residenza, r.residenza.as_deref())
                .map(|c| c.into_owned())
        }),
        domiciliato: agree("domiciliat"),
        autorizzato: agree("autorizzat"),
        delibera: p.delibera.as_ref().map(|d| {
            format!(
                "con deliberazione {} n. {} {}",
                it::preposizione("di", &d.organo),
                d.numero,
                it::preposizione("di", &it::data(d.data.value))
            )
        }),
    }
}

/// "nato a Piombino (LI) l’11 maggio 1966": `il` is the date in words, or
/// "omissis" ("il omissis", as redacted acts read).
fn nascita(genere: Genere, a: Option<Cow<str>>, il: Option<Cow<str>>) -> Option<String> {
    let nato = match genere {
        Genere::F => "nata",
        Genere::M => "nato",
    };
    let il = il.map(|d| match d.as_ref() {
        OMISSIS => format!("il {OMISSIS}"),
        data => it::articolo(data),
    });
    match (a, il) {
        (Some(a), Some(il)) => Some(format!("{nato} a {a} {il}")),
        (Some(a), None) => Some(format!("{nato} a {a}")),
        (None, Some(il)) => Some(format!("{nato} {il}")),
        (None, None) => None,
    }
}

fn firma(p: &governo::Parte) -> FirmaView {
    let persona = p.rappresentante.as_ref();
    FirmaView {
        ente: p.ente.nome.nome.clone(),
        titolo: it::maiuscola(&titolo("", persona, qualita(p).titolo())),
        nome: persona.map(|r| format!("{} {}", r.nome, r.cognome)),
    }
}
