//! The regolamento's context: the act, and the office it rules.

use serde::Serialize;

use super::testo::{ArticoloView, Elenco, Scrittore, Valore, Valori, Voce, valori_comuni};
use super::{AmbitoView, Persona, Unresolved, ambito, nome_ente, persona};
use crate::load;
use crate::load::files::{Delibera, RegolamentoFile, UfficioFile};
use crate::load::values::Genere;
use crate::model::Ambito;
use crate::render::italiano as it;

#[derive(Debug, Serialize)]
pub struct DeliberazioneView {
    pub organo: String,
    pub numero: u32,
    pub data: String,
    pub firmatari: Vec<FirmatarioView>,
}

#[derive(Debug, Serialize)]
pub struct FirmatarioView {
    pub persona: Persona,
    pub ruolo: String,
}

#[derive(Debug, Serialize)]
pub struct Regolamento {
    pub titolo: String,
    pub piano_di_zona: String,
    pub approvazione: DeliberazioneView,
    pub adozione: DeliberazioneView,
    pub convenzione: String,
    pub nomina_responsabile: String,
    pub durata_incarico_anni: u32,
    pub revoca_numeratore: u32,
    pub revoca_denominatore: u32,
    pub sostituzione_entro_giorni: u32,
    pub relazione_ogni_mesi: u32,
    pub riferimenti_regionali: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct FunzioneView {
    pub nome: String,
    pub unita: u32,
    /// Who holds it: names of the staff assigned to the function.
    pub titolari: Vec<String>,
    /// Whether the Responsabile holds this function.
    pub del_responsabile: bool,
}

#[derive(Debug, Serialize)]
pub struct AddettoView {
    pub persona: Persona,
    pub ruolo: String,
    pub funzione: Option<String>,
    pub ente: String,
    /// Weekly hours when seconded by the hour; none for full time.
    pub ore_settimanali: Option<u32>,
    pub responsabile: bool,
}

#[derive(Debug, Serialize)]
pub struct Ufficio {
    pub sede: String,
    pub comune: String,
    pub email: Option<String>,
    pub pec: Option<String>,
    pub funzioni: Vec<FunzioneView>,
    pub aree_tematiche: Vec<String>,
    pub responsabile: Persona,
    pub personale: Vec<AddettoView>,
    /// The size of the staff, counted from the list: never typed.
    pub organico: usize,
}

#[derive(Debug, Serialize)]
pub struct RegolamentoContext {
    pub ambito: AmbitoView,
    pub atto: Regolamento,
    pub ufficio: Ufficio,
    /// The articles, composed from the clauses and written out.
    pub articoli: Vec<ArticoloView>,
}

fn delibera(a: &Ambito, d: &Delibera) -> Result<DeliberazioneView, Unresolved> {
    Ok(DeliberazioneView {
        organo: d.organo.clone(),
        numero: d.numero,
        data: d.data.value.to_string(),
        firmatari: d
            .firmatari
            .iter()
            .map(|f| {
                Ok(FirmatarioView {
                    persona: persona(a, &f.persona.value)?,
                    ruolo: f.ruolo.clone(),
                })
            })
            .collect::<Result<_, Unresolved>>()?,
    })
}

/// The office as the documents describe it.
pub fn ufficio(a: &Ambito, u: &UfficioFile) -> Result<Ufficio, Unresolved> {
    let nome = |id: &str| -> Result<String, Unresolved> {
        let p = persona(a, id)?;
        Ok(format!("{} {}", p.nome, p.cognome))
    };
    let funzione_nome = |id: &str| {
        u.funzioni
            .iter()
            .find(|f| f.id.value == id)
            .map(|f| f.nome.clone())
            .ok_or_else(|| Unresolved(format!("funzione `{id}`")))
    };
    let mut funzioni = Vec::new();
    for f in &u.funzioni {
        let holders: Vec<_> = u
            .personale
            .iter()
            .filter(|p| p.funzione.as_ref().is_some_and(|x| x.value == f.id.value))
            .collect();
        funzioni.push(FunzioneView {
            nome: f.nome.clone(),
            unita: f.unita,
            titolari: holders
                .iter()
                .map(|p| nome(&p.persona.value))
                .collect::<Result<_, _>>()?,
            del_responsabile: holders
                .iter()
                .any(|p| p.persona.value == u.responsabile.value),
        });
    }
    let personale = u
        .personale
        .iter()
        .map(|p| {
            Ok(AddettoView {
                persona: persona(a, &p.persona.value)?,
                ruolo: p.ruolo.clone(),
                funzione: p
                    .funzione
                    .as_ref()
                    .map(|f| funzione_nome(&f.value))
                    .transpose()?,
                ente: nome_ente(a, &p.ente.value)?,
                ore_settimanali: p.ore_settimanali.as_ref().map(|o| o.value),
                responsabile: p.persona.value == u.responsabile.value,
            })
        })
        .collect::<Result<Vec<_>, Unresolved>>()?;
    Ok(Ufficio {
        sede: u.sede.clone(),
        comune: a
            .comune(&u.comune.value)
            .map(|c| c.nome.clone())
            .ok_or_else(|| Unresolved(format!("Comune `{}`", u.comune.value)))?,
        email: u.email.as_ref().map(|e| e.value.clone()),
        pec: u.pec.as_ref().map(|e| e.value.clone()),
        funzioni,
        aree_tematiche: u.aree_tematiche.clone(),
        responsabile: persona(a, &u.responsabile.value)?,
        organico: personale.len(),
        personale,
    })
}

pub fn regolamento(a: &Ambito, r: &RegolamentoFile) -> Result<RegolamentoContext, Unresolved> {
    let u = a
        .ufficio
        .as_ref()
        .ok_or_else(|| Unresolved(load::UFFICIO.path.into()))?;
    let ufficio = ufficio(a, &u.value)?;
    let (testo, _) = a
        .testo_regolamento
        .as_ref()
        .ok_or_else(|| Unresolved(crate::t!("resa-testo-regolamento")))?;
    let elenchi = |nome: &str| elenco(a, &ufficio, nome);
    let scrittore = Scrittore {
        ambito: a,
        atto: testo,
        valori: valori(a, r, &ufficio),
        elenchi: &elenchi,
    };
    let articoli = scrittore.articoli()?;
    Ok(RegolamentoContext {
        ambito: ambito(a, r.adozione.data.value)?,
        articoli,
        atto: Regolamento {
            titolo: r.titolo.clone(),
            piano_di_zona: r.piano_di_zona.clone(),
            approvazione: delibera(a, &r.approvazione)?,
            adozione: delibera(a, &r.adozione)?,
            convenzione: r.convenzione.clone(),
            nomina_responsabile: r.responsabile.nomina.clone(),
            durata_incarico_anni: r.responsabile.durata_anni,
            revoca_numeratore: r.responsabile.revoca_maggioranza.numeratore,
            revoca_denominatore: r.responsabile.revoca_maggioranza.denominatore,
            sostituzione_entro_giorni: r.responsabile.sostituzione_entro_giorni,
            relazione_ogni_mesi: r.relazione_ogni_mesi,
            riferimenti_regionali: r.riferimenti_regionali.clone(),
        },
        ufficio,
    })
}

/// Every fact the regolamento's clauses may print, formatted.
fn valori(a: &Ambito, r: &RegolamentoFile, u: &Ufficio) -> Valori {
    let mut v = valori_comuni(a, &a.governo);
    let t = |s: String| Valore::testo(s);
    v.insert("piano-di-zona", t(r.piano_di_zona.clone()));
    v.insert("convenzione", t(r.convenzione.clone()));
    valori_ufficio(&mut v, a, u);
    valori_regole(&mut v, r, u);
    v
}

/// The office: its seat, addresses, staff and Responsabile.
fn valori_ufficio(v: &mut Valori, a: &Ambito, u: &Ufficio) {
    let t = |s: String| Valore::testo(s);
    v.insert("sede", t(format!("{}, {}", u.comune, u.sede)));
    if let Some(e) = &u.email {
        v.insert("email", t(e.clone()));
    }
    if let Some(p) = &u.pec {
        v.insert("pec", t(p.clone()));
    }
    v.insert("organico", t(it::numero_e_lettere(u.organico as u64)));
    v.insert(
        "organico-figure",
        t(it::conteggio(
            u.organico as u64,
            "figura professionale",
            "figure professionali",
            Genere::F,
        )),
    );
    let genere = if u.responsabile.genere == "F" {
        Genere::F
    } else {
        Genere::M
    };
    let titolo = &a.governo.responsabile.nome;
    v.insert(
        "titolo-responsabile",
        t(it::maiuscola(&it::titolo_articolato(
            "",
            titolo,
            genere,
            u.responsabile.titolo_al_maschile,
        ))),
    );
    v.insert(
        "nome-responsabile",
        t(format!(
            "{} {}",
            u.responsabile.nome, u.responsabile.cognome
        )),
    );
    // "uno dei quattro componenti"; the only one is "l’unico componente".
    v.insert(
        "uno-dei-componenti",
        t(match (u.organico, genere) {
            (1, Genere::M) => "l’unico componente".to_string(),
            (1, Genere::F) => "l’unica componente".to_string(),
            (n, g) => format!(
                "{} {}",
                if g == Genere::F { "una" } else { "uno" },
                it::articolata(
                    "di",
                    &format!("{} componenti", it::lettere(n as u64)),
                    Genere::M,
                    true
                )
            ),
        }),
    );
}

/// The rules: the Responsabile's appointment and term, the reports, the
/// bodies that approve and adopt, the thematic areas.
fn valori_regole(v: &mut Valori, r: &RegolamentoFile, u: &Ufficio) {
    let t = |s: String| Valore::testo(s);
    v.insert("nomina-responsabile", t(r.responsabile.nomina.clone()));
    v.insert(
        "durata-incarico",
        t(it::quantita(
            r.responsabile.durata_anni.into(),
            "anno",
            "anni",
            Genere::M,
        )),
    );
    v.insert(
        "revoca-maggioranza",
        t(it::frazione(
            r.responsabile.revoca_maggioranza.numeratore,
            r.responsabile.revoca_maggioranza.denominatore,
        )),
    );
    v.insert(
        "sostituzione-giorni",
        t(match r.responsabile.sostituzione_entro_giorni {
            1 => "1 giorno".to_string(),
            n => format!("{n} giorni"),
        }),
    );
    v.insert(
        "relazione-mesi",
        t(it::quantita(
            r.relazione_ogni_mesi.into(),
            "mese",
            "mesi",
            Genere::M,
        )),
    );
    v.insert(
        "ogni-relazione-mesi",
        t(it::ogni(r.relazione_ogni_mesi.into(), "mese", "mesi")),
    );
    v.insert(
        "riferimenti-regionali",
        t(it::elenco(&r.riferimenti_regionali)),
    );
    v.insert("organo-approvazione", t(r.approvazione.organo.clone()));
    v.insert("organo-adozione", t(r.adozione.organo.clone()));
    v.insert("numero-aree", t(it::lettere(u.aree_tematiche.len() as u64)));
    v.insert(
        "numero-aree-tematiche",
        t(it::quantita(
            u.aree_tematiche.len() as u64,
            "area tematica",
            "aree tematiche",
            Genere::F,
        )),
    );
}

/// The lists the regolamento's clauses print: the functions with their
/// units, the thematic areas, the staff table.
fn elenco(a: &Ambito, u: &Ufficio, nome: &str) -> Result<Elenco, Unresolved> {
    let g = &a.governo;
    Ok(match nome {
        "funzioni" => Elenco::punti(
            u.funzioni
                .iter()
                .map(|f| {
                    let coincide = if f.del_responsabile {
                        format!(
                            ", che coincide con {} {}",
                            it::articolata("", &g.responsabile.nome, g.responsabile.genere, false),
                            it::articolata(
                                "di",
                                &g.ufficio.nome,
                                g.ufficio.genere,
                                g.ufficio.plurale
                            )
                        )
                    } else {
                        String::new()
                    };
                    format!(
                        "n. {} unità per la funzione di {}{coincide}",
                        f.unita, f.nome
                    )
                })
                .collect(),
        ),
        "aree-tematiche" => Elenco::lettere(
            u.aree_tematiche
                .iter()
                .map(|area| Voce {
                    testo: area.clone(),
                    sotto: Vec::new(),
                })
                .collect(),
        ),
        "personale" => Elenco {
            stile: "tabella",
            intestazione: ["Nome", "Ruolo e funzione", "Ente di provenienza", "Impegno"]
                .map(String::from)
                .to_vec(),
            voci: u
                .personale
                .iter()
                .map(|p| Voce {
                    testo: format!("{} {}", p.persona.nome, p.persona.cognome),
                    sotto: vec![
                        match &p.funzione {
                            Some(f) => format!("{} – {f}", p.ruolo),
                            None => p.ruolo.clone(),
                        },
                        p.ente.clone(),
                        match p.ore_settimanali {
                            Some(o) => format!("{o} ore settimanali"),
                            None => "tempo pieno".into(),
                        },
                    ],
                })
                .collect(),
        },
        other => return Err(Unresolved(crate::t!("resa-elenco", nome = other))),
    })
}
