//! The AgID metadata of each act, as a sidecar file beside its PDF.
//!
//! AgID's guidelines on forming, managing and keeping electronic documents
//! (2021, Allegato 5 "I metadati") require a set of metadata to be formed
//! with every administrative document. `ambito` forms the document, so it
//! fills what it knows: identifier and SHA-256 hash, formation mode,
//! document type, the act's date, subjects (its parties), description,
//! format, signature checks, version; and what the office keeps in the
//! act's `archivio:` (registration, classification, file, retention). The
//! structure is that of the Allegato for the *documento amministrativo
//! informatico*; `schemas/agid/documento-amministrativo-informatico.xsd` is
//! our transcription of it, against which the tests validate every sidecar.
//!
//! The sidecar of `convenzione.pdf` is `convenzione.metadati.xml`. A build
//! writes it with the PDF, and writes its hash and signature fields again
//! when it finds the PDF signed ([`aggiorna`]); `verify` checks it against
//! the PDF ([`controlla`]).

pub mod xml;

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::build::firmati::{self, Sigilli};
use crate::build::write::{IoError, write_atomic};
use crate::load::files::Archivio;
use crate::load::values::{Flusso, Registro};
use crate::model::governo;
use crate::model::{Ambito, Documento};
use xml::Nodo;

/// The root element: the Allegato's *documento amministrativo informatico*.
pub const RADICE: &str = "DocumentoAmministrativoInformatico";

/// Formation mode a) of the guidelines (§ 2.1.1): made with software that
/// writes one of the formats of Allegato 2.
const FORMAZIONE: &str = "creazione tramite utilizzo di strumenti software che assicurino la produzione di documenti nei formati previsti in allegato 2";

/// The register code of a public deed's repertorio, when the office gives no
/// `archivio.registrazione`.
const REPERTORIO: &str = "REP";

/// The sidecar's path for the PDF at `pdf` (relative or not):
/// `a/convenzione.v2.pdf` → `a/convenzione.v2.metadati.xml`.
pub fn percorso(pdf: &str) -> String {
    let stem = pdf.strip_suffix(".pdf").unwrap_or(pdf);
    format!("{stem}.metadati.xml")
}

/// What the metadata say of the file itself: its hash and its seals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatoPdf {
    pub sha256: [u8; 32],
    pub sigilli: Sigilli,
}

impl StatoPdf {
    pub fn di(pdf: &[u8]) -> StatoPdf {
        StatoPdf {
            sha256: Sha256::digest(pdf).into(),
            sigilli: firmati::firme_e_marcature(pdf).unwrap_or_default(),
        }
    }

    /// A PDF as the build wrote it, by its SHA-256 in hex (as the manifest
    /// keeps it): not yet signed, and no need to read it again.
    pub fn costruito(sha256: &str) -> Option<StatoPdf> {
        let bytes: Vec<u8> = (0..sha256.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(sha256.get(i..i + 2)?, 16).ok())
            .collect::<Option<_>>()?;
        Some(StatoPdf {
            sha256: bytes.try_into().ok()?,
            sigilli: Sigilli::default(),
        })
    }

    /// The hash as the Allegato writes it (`xs:base64Binary`).
    pub fn impronta(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.sha256)
    }
}

/// The metadata of one act, formed from the model: `path` is the PDF's path
/// under the output folder, `versione` its version (1, then 2… for a new
/// version beside a signed one).
pub fn forma(
    ambito: &Ambito,
    documento: Documento,
    path: &str,
    versione: u32,
    stato: &StatoPdf,
) -> Nodo {
    let archivio = archivio(ambito, documento);
    let data = ambito.data(documento).unwrap_or_default();
    let nome_file = path.rsplit('/').next().unwrap_or(path);
    let mut figli = vec![
        Nodo::con(
            "IdDoc",
            vec![
                Nodo::con(
                    "ImprontaCrittograficaDelDocumento",
                    vec![
                        Nodo::testo("Impronta", stato.impronta()),
                        Nodo::testo("Algoritmo", "SHA-256"),
                    ],
                ),
                Nodo::testo("Identificativo", path.strip_suffix(".pdf").unwrap_or(path)),
            ],
        ),
        Nodo::testo("ModalitaDiFormazione", FORMAZIONE),
        Nodo::testo("TipologiaDocumentale", tipologia(documento)),
        registrazione(ambito, documento, archivio, data),
        Nodo::con("Soggetti", soggetti(ambito, documento)),
        chiave(ambito, documento),
        Nodo::con("Allegati", vec![Nodo::testo("NumeroAllegati", "0")]),
    ];
    if let Some(c) = archivio.and_then(|a| a.classificazione.as_ref()) {
        let mut cl = vec![
            Nodo::testo("IndiceDiClassificazione", &c.indice),
            Nodo::testo("Descrizione", &c.descrizione),
        ];
        if let Some(piano) = &c.piano {
            cl.push(Nodo::testo("PianoDiClassificazione", piano));
        }
        figli.push(Nodo::con("Classificazione", cl));
    }
    let riservato = archivio.is_some_and(|a| a.riservato);
    figli.push(Nodo::testo("Riservato", riservato.to_string()));
    figli.push(Nodo::con(
        "IdentificativoDelFormato",
        vec![
            Nodo::testo("Formato", "application/pdf"),
            Nodo::con(
                "ProdottoSoftware",
                vec![
                    Nodo::testo("NomeProdotto", "ambito"),
                    Nodo::testo("VersioneProdotto", env!("CARGO_PKG_VERSION")),
                    Nodo::testo("Produttore", "ambito"),
                ],
            ),
        ],
    ));
    figli.push(verifica(&stato.sigilli));
    if let Some(f) = archivio.and_then(|a| a.fascicolo.as_ref()) {
        figli.push(Nodo::con(
            "Agg",
            vec![Nodo::con(
                "TipoAgg",
                vec![
                    Nodo::testo("TipoAggregazione", "Fascicolo"),
                    Nodo::testo("IdAggregazione", f),
                ],
            )],
        ));
    }
    figli.push(Nodo::testo("NomeDelDocumento", nome_file));
    figli.push(Nodo::testo("VersioneDelDocumento", versione.to_string()));
    if let Some(anni) = archivio.and_then(|a| a.conservazione_anni) {
        figli.push(Nodo::testo("TempoDiConservazione", anni.to_string()));
    }
    figli.push(Nodo::testo(
        "Note",
        "Documento in formato PDF/A-2a. Metadati formati da ambito con il documento; la registrazione e la classificazione sono dell'ente.",
    ));
    Nodo::con(RADICE, figli)
}

/// Writes the hash and the signature fields of `stato` into the metadata.
/// Returns whether anything changed.
pub fn aggiorna(metadati: &mut Nodo, stato: &StatoPdf) -> bool {
    let before = metadati.clone();
    if let Some(n) = metadati.trova_mut("IdDoc/ImprontaCrittograficaDelDocumento/Impronta") {
        n.testo = stato.impronta();
    }
    if let Some(v) = metadati.figli.iter_mut().find(|f| f.nome == "Verifica") {
        *v = verifica(&stato.sigilli);
    }
    *metadati != before
}

/// After a PDF was signed: its sidecar gets the signed file's hash and
/// signature fields. A missing sidecar stays missing (`verify` says so).
pub fn firma(out: &Path, pdf: &str) -> Result<(), IoError> {
    let side = out.join(percorso(pdf));
    let (Ok(bytes), Ok(text)) = (std::fs::read(out.join(pdf)), std::fs::read_to_string(&side))
    else {
        return Ok(());
    };
    let Ok(mut metadati) = Nodo::leggi(&text) else {
        return Ok(());
    };
    if aggiorna(&mut metadati, &StatoPdf::di(&bytes)) {
        write_atomic(&side, &metadati.scrivi())?;
    }
    Ok(())
}

/// How an act's sidecar stands against its PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Controllo {
    /// They agree.
    Ok,
    /// The sidecar describes the PDF as built, and the PDF has been signed
    /// since: the next build records the signature. Not a problem.
    DaAggiornare(String),
    /// They disagree, in words.
    Problema(String),
}

/// Checks the sidecar of the PDF at `pdf` (under `out`) against it;
/// `costruito` is the SHA-256 (hex) of the PDF as the build wrote it.
pub fn controlla(out: &Path, pdf: &str, costruito: &str) -> Controllo {
    let side = percorso(pdf);
    let problema = Controllo::Problema;
    let Ok(text) = std::fs::read_to_string(out.join(&side)) else {
        return problema(crate::t!("metadati-mancanti", file = side));
    };
    let metadati = match Nodo::leggi(&text) {
        Ok(m) if m.nome == RADICE => m,
        Ok(m) => {
            let errore = m.nome;
            return problema(crate::t!(
                "metadati-illeggibili",
                file = side,
                errore = errore
            ));
        }
        Err(e) => return problema(crate::t!("metadati-illeggibili", file = side, errore = e)),
    };
    let Ok(bytes) = std::fs::read(out.join(pdf)) else {
        return Controllo::Ok;
    };
    let stato = StatoPdf::di(&bytes);
    let testo = |path: &str| metadati.trova(path).map(|n| n.testo.as_str());
    let nome_file = pdf.rsplit('/').next().unwrap_or(pdf);
    if testo("NomeDelDocumento") != Some(nome_file) {
        return problema(crate::t!(
            "metadati-nome-diverso",
            file = side,
            nome = nome_file
        ));
    }
    let impronta = testo("IdDoc/ImprontaCrittograficaDelDocumento/Impronta");
    if impronta != Some(&stato.impronta()) {
        let built = StatoPdf::costruito(costruito).map(|c| c.impronta());
        let built = impronta.is_some() && impronta == built.as_deref();
        let signed = stato.sigilli.firme + stato.sigilli.marcature > 0;
        return if built && signed {
            Controllo::DaAggiornare(crate::t!("metadati-firmato-dopo", file = side))
        } else {
            problema(crate::t!("metadati-impronta-diversa", file = side))
        };
    }
    if metadati.trova("Verifica") != Some(&verifica(&stato.sigilli)) {
        return problema(crate::t!("metadati-firme-diverse", file = side));
    }
    Controllo::Ok
}

/// Writes the sidecar of the PDF at `pdf` (under `out`).
pub fn scrivi(out: &Path, pdf: &str, metadati: &Nodo) -> Result<(), IoError> {
    write_atomic(&out.join(percorso(pdf)), &metadati.scrivi())
}

fn verifica(s: &Sigilli) -> Nodo {
    Nodo::con(
        "Verifica",
        vec![
            Nodo::testo("FirmatoDigitalmente", (s.firme > 0).to_string()),
            // A seal and a signature look alike in the file: which one it is
            // the certificate says, and the office knows.
            Nodo::testo("SigillatoElettronicamente", "false"),
            Nodo::testo("MarcaturaTemporale", (s.marcature > 0).to_string()),
            Nodo::testo("ConformitaCopieImmagineSuSupportoInformatico", "false"),
        ],
    )
}

fn archivio(ambito: &Ambito, documento: Documento) -> Option<&Archivio> {
    match documento {
        Documento::Convenzione => ambito.convenzione.as_ref()?.value.archivio.as_ref(),
        Documento::Regolamento => ambito.regolamento.as_ref()?.value.archivio.as_ref(),
        Documento::Relazione { .. } | Documento::Commissioni => None,
    }
}

fn tipologia(documento: Documento) -> &'static str {
    match documento {
        Documento::Convenzione => "Convenzione",
        Documento::Regolamento => "Regolamento",
        Documento::Relazione { .. } => "Relazione semestrale",
        Documento::Commissioni => "Composizione degli organi e delle commissioni",
    }
}

/// The registration the office wrote; else a public deed's repertorio; else
/// none yet, with the act's date (the records system registers it).
fn registrazione(
    ambito: &Ambito,
    documento: Documento,
    archivio: Option<&Archivio>,
    data: chrono::NaiveDate,
) -> Nodo {
    let rogito = match documento {
        Documento::Convenzione => ambito
            .convenzione
            .as_ref()
            .and_then(|c| c.value.rogito.as_ref()),
        _ => None,
    };
    let (flusso, tipo) = match (archivio.and_then(|a| a.registrazione.as_ref()), rogito) {
        (Some(r), _) => {
            let flusso = match r.flusso {
                Flusso::Interno => "I",
                Flusso::Entrata => "E",
                Flusso::Uscita => "U",
            };
            let tipo = match r.registro {
                Registro::Protocollo => Nodo::con(
                    "ProtocolloOrdinario_ProtocolloEmergenza",
                    vec![
                        Nodo::testo("TipoRegistro", "Protocollo Ordinario/Protocollo Emergenza"),
                        Nodo::testo("DataProtocollazioneDocumento", r.data.value.to_string()),
                        Nodo::testo("NumeroProtocolloDocumento", &r.numero.value),
                        Nodo::testo("CodiceRegistro", &r.codice.value),
                    ],
                ),
                Registro::Repertorio => {
                    repertorio(&r.data.value.to_string(), &r.numero.value, &r.codice.value)
                }
            };
            (flusso, tipo)
        }
        (None, Some(rogito)) => (
            "I",
            repertorio(&data.to_string(), &rogito.repertorio, REPERTORIO),
        ),
        (None, None) => (
            "I",
            Nodo::con(
                "Nessuno",
                vec![
                    Nodo::testo("TipoRegistro", "Nessuno"),
                    Nodo::testo("DataDocumento", data.to_string()),
                ],
            ),
        ),
    };
    Nodo::con(
        "DatiDiRegistrazione",
        vec![
            Nodo::testo("TipologiaDiFlusso", flusso),
            Nodo::con("TipoRegistro", vec![tipo]),
        ],
    )
}

fn repertorio(data: &str, numero: &str, codice: &str) -> Nodo {
    Nodo::con(
        "Repertorio_Registro",
        vec![
            Nodo::testo("TipoRegistro", "Repertorio/Registro"),
            Nodo::testo("DataRegistrazioneDocumento", data),
            Nodo::testo("NumeroRegistrazioneDocumento", numero),
            Nodo::testo("CodiceRegistro", codice),
        ],
    )
}

/// The act's authors: the parties of a convenzione; for the other
/// documents, the body that manages the Ambito (or the Ambito itself). Then
/// the software that formed it.
fn soggetti(ambito: &Ambito, documento: Documento) -> Vec<Nodo> {
    let g = &ambito.governo;
    let autori: Vec<(String, Option<String>)> = match (documento, &ambito.convenzione) {
        (Documento::Convenzione, Some(c)) => {
            governo::parti(ambito, g, &c.value, c.value.stipula.data.value)
                .into_iter()
                .map(|p| (p.ente.nome.nome, p.ente.codice_fiscale))
                .collect()
        }
        _ => match &g.ente {
            Some(e) => vec![(e.nome.nome.clone(), e.codice_fiscale.clone())],
            None => vec![(ambito.info.value.nome.clone(), None)],
        },
    };
    let mut ruoli: Vec<Nodo> = autori
        .into_iter()
        .map(|(nome, cf)| {
            let mut pg = vec![Nodo::testo("DenominazioneOrganizzazione", nome)];
            // The Allegato takes an organisation's 11-digit code here.
            if let Some(cf) = cf.filter(|c| c.len() == 11 && c.bytes().all(|b| b.is_ascii_digit()))
            {
                pg.push(Nodo::testo("CodiceFiscale_PartitaIva", cf));
            }
            Nodo::con(
                "Ruolo",
                vec![Nodo::con(
                    "Autore",
                    vec![Nodo::testo("TipoRuolo", "Autore"), Nodo::con("PG", pg)],
                )],
            )
        })
        .collect();
    ruoli.push(Nodo::con(
        "Ruolo",
        vec![Nodo::con(
            "Produttore",
            vec![
                Nodo::testo("TipoRuolo", "Produttore"),
                Nodo::con(
                    "SW",
                    vec![Nodo::testo(
                        "DenominazioneSistema",
                        format!("ambito {}", env!("CARGO_PKG_VERSION")),
                    )],
                ),
            ],
        )],
    ));
    ruoli
}

/// The object and up to five keywords.
fn chiave(ambito: &Ambito, documento: Documento) -> Nodo {
    let g = &ambito.governo;
    let nome = &ambito.info.value.nome;
    let oggetto = match documento {
        Documento::Convenzione => ambito
            .convenzione
            .as_ref()
            .map_or_else(|| "Convenzione".to_string(), |c| c.value.titolo.clone()),
        Documento::Regolamento => ambito
            .regolamento
            .as_ref()
            .map_or_else(|| "Regolamento".to_string(), |r| r.value.titolo.clone()),
        Documento::Relazione { anno, semestre } => format!(
            "Relazione semestrale sull'attuazione del {} ({semestre}° semestre {anno})",
            g.piano.nome
        ),
        Documento::Commissioni => "Composizione degli organi e delle commissioni".to_string(),
    };
    let parole = [
        documento.kind().to_string(),
        g.ufficio.nome.clone(),
        nome.clone(),
        g.regione.clone(),
    ];
    let mut figli = vec![Nodo::testo("Oggetto", format!("{oggetto} – {nome}"))];
    figli.extend(
        parole
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|p| Nodo::testo("ParoleChiave", p)),
    );
    Nodo::con("ChiaveDescrittiva", figli)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sidecar_sits_beside_its_pdf() {
        assert_eq!(percorso("a/convenzione.pdf"), "a/convenzione.metadati.xml");
        assert_eq!(
            percorso("a/convenzione.v2.pdf"),
            "a/convenzione.v2.metadati.xml"
        );
    }

    #[test]
    fn a_built_pdf_is_known_by_its_hex_digest() {
        let pdf = b"%PDF-1.7 test";
        let hex = crate::build::cache::hex(&Sha256::digest(pdf));
        assert_eq!(StatoPdf::costruito(&hex), Some(StatoPdf::di(pdf)));
        assert_eq!(StatoPdf::costruito("zz"), None);
    }

    #[test]
    fn signing_changes_the_hash_and_the_signature_fields() {
        let built = StatoPdf {
            sha256: [1; 32],
            sigilli: Sigilli::default(),
        };
        let signed = StatoPdf {
            sha256: [2; 32],
            sigilli: Sigilli {
                firme: 2,
                marcature: 1,
            },
        };
        let mut m = Nodo::con(
            RADICE,
            vec![
                Nodo::con(
                    "IdDoc",
                    vec![Nodo::con(
                        "ImprontaCrittograficaDelDocumento",
                        vec![Nodo::testo("Impronta", built.impronta())],
                    )],
                ),
                verifica(&built.sigilli),
            ],
        );
        assert!(!aggiorna(&mut m, &built));
        assert!(aggiorna(&mut m, &signed));
        assert_eq!(
            m.trova("Verifica/FirmatoDigitalmente").unwrap().testo,
            "true"
        );
        assert_eq!(
            m.trova("Verifica/MarcaturaTemporale").unwrap().testo,
            "true"
        );
        assert_eq!(
            m.trova("IdDoc/ImprontaCrittograficaDelDocumento/Impronta")
                .unwrap()
                .testo,
            signed.impronta()
        );
    }
}
