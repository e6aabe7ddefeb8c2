//! Every example rendered with one and with two of everything: one Comune,
//! a one-year renewal, one month between reports, one unit of staff, one
//! thematic area, one vacancy per quota (and then two of each). The
//! wordings that only these counts reveal ("per ulteriori uno anni", "n. 1
//! (uno) figure professionali", "uno dei 1 componenti") must not appear in
//! the PDF's text.
//!
//! The variants are made on the model, not on the YAML: they need not be
//! consistent Ambiti (one Comune still has its Unione's other parties), only
//! documents that print those counts.

mod common;

use ambito::load::AmbitoFiles;
use ambito::model;
use ambito::render::Renderer;
use ambito::typeset::{Meta, Typesetter};
use common::repo;

/// The files of `a` with `n` of every counted thing, before the model is
/// built from them (so that everything derived follows).
fn variante(a: &mut AmbitoFiles, n: u32) {
    let k = n as usize;
    // The managing Comune (when it is one) and the office's seat are kept:
    // the acts name them.
    let gestore = a
        .ambito
        .as_ref()
        .map(|f| f.value.ente_gestore.value.clone())
        .unwrap_or_default();
    let sede = a
        .ufficio
        .as_ref()
        .map(|u| u.value.comune.value.clone())
        .unwrap_or_default();
    let stipula = a
        .convenzione
        .as_ref()
        .map(|c| c.value.stipula.comune.value.clone())
        .unwrap_or_default();
    let mut tolti = Vec::new();
    if let Some(comuni) = a.comuni.as_mut() {
        comuni.value.sort_by_key(|c| {
            (
                c.id.value != gestore,
                c.id.value != sede,
                c.id.value != stipula,
            )
        });
        tolti = comuni.value.split_off(k.min(comuni.value.len()));
    }
    // Whoever stood for a Comune that is gone goes with it.
    let tolto = |id: &str| tolti.iter().any(|c| c.id.value == id);
    let primo = a
        .comuni
        .as_ref()
        .and_then(|c| c.value.first())
        .map(|c| c.id.value.clone())
        .unwrap_or_default();
    if let Some(u) = a.ufficio.as_mut() {
        u.value.personale.retain(|p| !tolto(&p.ente.value));
        if tolto(&u.value.comune.value) {
            u.value.comune.value = primo.clone();
        }
    }
    if let Some(c) = a.convenzione.as_mut()
        && tolto(&c.value.stipula.comune.value)
    {
        c.value.stipula.comune.value = primo.clone();
    }
    if let Some(o) = a.organi.as_mut() {
        for organo in &mut o.value.organi {
            organo.componenti.retain(|c| !tolto(&c.ente.value));
        }
    }
    if let Some(c) = a.convenzione.as_mut() {
        let c = &mut c.value;
        if let Some(r) = c.durata.as_mut().and_then(|d| d.rinnovo.as_mut()) {
            r.anni = n;
            r.entro_mesi = n;
        }
        if let Some(r) = c.recesso.as_mut() {
            r.anni_contribuzione = n;
        }
        if let Some(r) = c.risorse.as_mut()
            && r.trasferimenti_entro_giorni.is_some()
        {
            r.trasferimenti_entro_giorni = Some(n);
        }
        c.convenzioni_precedenti.truncate(k);
    }
    if let Some(r) = a.regolamento.as_mut() {
        let r = &mut r.value;
        r.responsabile.durata_anni = n;
        r.responsabile.sostituzione_entro_giorni = n;
        r.relazione_ogni_mesi = n;
    }
    if let Some(u) = a.ufficio.as_mut() {
        let u = &mut u.value;
        u.personale.truncate(k);
        if let Some(o) = u.organico.as_mut() {
            o.value = n;
        }
        u.aree_tematiche.truncate(k);
    }
    if let Some(o) = a.organi.as_mut() {
        for organo in &mut o.value.organi {
            organo.massimo = None;
            for q in &mut organo.quote {
                let seduti = organo
                    .componenti
                    .iter()
                    .filter(|c| c.quota.value == q.id.value)
                    .count() as u32;
                if let Some(numero) = q.numero.as_mut() {
                    numero.value = seduti + n;
                }
            }
        }
    }
}

#[test]
fn one_and_two_of_everything_read_right() {
    let root = repo();
    let renderer = Renderer::new(&root.join("templates"), &root.join("content"));
    let typesetter = Typesetter::new(&root.join("templates"));
    let patterns = common::patterns();
    let dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut documents = 0;
    for n in [1, 2] {
        let mut content = ambito::load::content(&root.join("content")).expect("the examples load");
        for a in &mut content.ambiti {
            variante(a, n);
        }
        let model = model::build(content);
        for a in &model.ambiti {
            for documento in a.documenti() {
                let ident = format!("{}/{} (n = {n})", a.id, documento.name());
                let source = renderer
                    .render(
                        a,
                        documento,
                        &ambito::model::pubblicazione::Copia::Originale,
                    )
                    .unwrap_or_else(|e| panic!("{ident}: {e}"));
                let meta = Meta {
                    ident: ident.clone(),
                    date: a.data(documento).unwrap(),
                };
                let pdf = typesetter
                    .pdf(&ident, source, &meta)
                    .unwrap_or_else(|e| panic!("{ident}: {e}"));
                let path = dir.path().join(format!("{documents}.pdf"));
                std::fs::write(&path, &pdf.bytes).unwrap();
                documents += 1;
                let text = common::fold(&common::pdftotext(&path, &[]));
                for (re, why) in &patterns {
                    for m in re.find_iter(&text) {
                        problems.push(format!("{ident}: {why}: “{}”", m.as_str()));
                    }
                }
            }
        }
    }
    assert_eq!(documents, 28, "every example document, twice");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
