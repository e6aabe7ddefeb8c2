//! A synthetic national-scale content folder, for benchmarks and load tests:
//! N Ambiti (600 by default, as in Italy) with 5 to 60 Comuni each, their
//! Sindaci, an Ufficio di Piano, bodies with quotas, a Piano di Zona with two
//! semesters of relazioni, a convenzione and a regolamento: all four kinds of
//! document. The output passes `ambito check`. Deterministic: the same
//! arguments give the same files.
//!
//! ```sh
//! cargo run --release --example national -- --ambiti 600 --out /tmp/nazionale
//! cargo run --release -- --content /tmp/nazionale/content --templates templates build --out /tmp/nazionale/out
//! ```

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const NORME: &str = include_str!("../content/_riferimenti/norme.yaml");
const FONDI: &str = include_str!("../content/_riferimenti/fondi.yaml");

const REGIONI: [&str; 8] = [
    "Lombardia",
    "Piemonte",
    "Veneto",
    "Emilia-Romagna",
    "Toscana",
    "Lazio",
    "Campania",
    "Puglia",
];
const NOMI: [&str; 12] = [
    "Anna", "Marco", "Giulia", "Luca", "Sara", "Paolo", "Elena", "Davide", "Chiara", "Andrea",
    "Marta", "Stefano",
];
const COGNOMI: [&str; 12] = [
    "Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Romano", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti",
];

/// A small deterministic generator (xorshift), so that no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

fn pick<'a>(list: &[&'a str], n: u64) -> &'a str {
    list[(n as usize) % list.len()]
}

fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn persona(y: &mut String, id: &str, n: u64) {
    let genere = if n.is_multiple_of(2) { "F" } else { "M" };
    let nome = if genere == "F" {
        pick(
            &["Anna", "Giulia", "Sara", "Elena", "Chiara", "Marta"],
            n / 2,
        )
    } else {
        pick(
            &["Marco", "Luca", "Paolo", "Davide", "Andrea", "Stefano"],
            n / 2,
        )
    };
    let _ = writeln!(
        y,
        "- {{ id: {id}, nome: {nome}, cognome: {}, genere: {genere} }}",
        pick(&COGNOMI, n / 7)
    );
}

/// Writes one Ambito, `ambito-NNN`, under `content`.
fn ambito(content: &Path, i: usize, rng: &mut Rng) {
    let id = format!("ambito-{i:03}");
    let dir = content.join(&id);
    let n_comuni = rng.range(5, 60) as usize;
    let nome = format!(
        "{} {}",
        pick(&NOMI, i as u64),
        pick(&COGNOMI, (i / 12) as u64)
    );
    let comune = |j: usize| format!("c{i:03}-{j:02}");

    write(
        &dir.join("ambito.yaml"),
        &format!(
            "nome: {}\nregione: {}\ncapofila: {}\norgano-politico: Assemblea dei Sindaci\n",
            q(&format!("Ambito territoriale sociale di {nome}")),
            pick(&REGIONI, i as u64),
            comune(0)
        ),
    );

    let mut comuni = String::new();
    let mut persone = String::new();
    for j in 0..n_comuni {
        let _ = writeln!(
            comuni,
            "- id: {}\n  nome: {}\n  sede: via Roma {}\n  popolazione: {{ al: 2023-12-31, residenti: {} }}\n  sindaco: s-{}",
            comune(j),
            q(&format!("{nome} {}", j + 1)),
            j + 1,
            rng.range(800, 60_000),
            comune(j)
        );
        persona(&mut persone, &format!("s-{}", comune(j)), rng.next());
    }
    for k in 0..8 {
        persona(&mut persone, &format!("p{i:03}-{k}"), rng.next());
    }
    write(&dir.join("comuni.yaml"), &comuni);
    write(&dir.join("persone.yaml"), &persone);
    write(
        &dir.join("enti.yaml"),
        "- { id: forum, nome: Forum del Terzo Settore }\n- { id: ats, nome: ATS }\n",
    );

    let p = |k: usize| format!("p{i:03}-{k}");
    write(
        &dir.join("ufficio-di-piano.yaml"),
        &format!(
            "sede: via Roma 1\ncomune: {c0}\nemail: udp@{id}.example.it\npec: udp@pec.{id}.example.it\n\
         funzioni:\n  - {{ id: programmazione, nome: programmazione e progettazione, unita: 1 }}\n  - {{ id: gestione, nome: gestione tecnica e amministrativa, unita: 1 }}\n\
         aree-tematiche: [area minori e famiglie, area anziani e disabilità]\n\
         responsabile: {p0}\norganico: 4\npersonale:\n\
         \x20 - {{ persona: {p0}, ruolo: Responsabile, funzione: gestione, ente: {c0} }}\n\
         \x20 - {{ persona: {p1}, ruolo: assistente sociale, funzione: programmazione, ente: {c1} }}\n\
         \x20 - {{ persona: {p2}, ruolo: istruttore amministrativo, ente: {c0} }}\n\
         \x20 - {{ persona: {p3}, ruolo: istruttore contabile, ente: {c1}, ore-settimanali: 18 }}\n",
            c0 = comune(0),
            c1 = comune(1),
            p0 = p(0),
            p1 = p(1),
            p2 = p(2),
            p3 = p(3)
        ),
    );

    write(
        &dir.join("organi.yaml"),
        &format!(
            "aggiornato-al: 2025-09-30\norgani:\n\
         \x20 - id: assemblea\n    nome: Assemblea dei Sindaci\n    tutti-i-sindaci: true\n    competenze: [approva il Piano di Zona]\n    presidente: s-{c0}\n\
         \x20 - id: tavolo\n    nome: Tavolo del Terzo Settore\n    massimo: 6\n    competenze: [esprime pareri sulla programmazione]\n    quote:\n\
         \x20     - {{ id: udp, descrizione: referente dell'Ufficio di Piano, numero: 1 }}\n\
         \x20     - {{ id: forum, descrizione: rappresentanti del Forum del Terzo Settore, numero: 3, vacanti: 1 }}\n\
         \x20     - {{ id: sanita, descrizione: referenti sanitari, numero: 2 }}\n    componenti:\n\
         \x20     - {{ persona: {p0}, quota: udp, ente: {c0} }}\n\
         \x20     - {{ persona: {p4}, quota: forum, ente: forum }}\n\
         \x20     - {{ persona: {p5}, quota: forum, ente: forum }}\n\
         \x20     - {{ persona: {p6}, quota: sanita, ente: ats }}\n\
         \x20     - {{ persona: {p7}, quota: sanita, ente: ats }}\n    presidente: {p0}\n",
            c0 = comune(0),
            p0 = p(0),
            p4 = p(4),
            p5 = p(5),
            p6 = p(6),
            p7 = p(7)
        ),
    );

    let budget = [
        ("fnps", rng.range(100, 900)),
        ("fsr", rng.range(100, 900)),
        ("fondo-poverta", rng.range(100, 900)),
    ];
    let mut piano =
        String::from("titolo: Piano di Zona 2025-2027\ndal: 2025\nal: 2027\nobiettivi:\n");
    for o in 0..3 {
        let _ = writeln!(
            piano,
            "  - id: o{o}\n    titolo: Obiettivo {n} del Piano\n    indicatori:\n      - {{ id: i{o}a, descrizione: persone seguite, target: 200 }}\n      - {{ id: i{o}b, descrizione: progetti avviati, target: 50 }}",
            n = o + 1
        );
    }
    piano.push_str("budget:\n");
    for (f, k) in budget {
        let _ = writeln!(piano, "  - {{ fondo: {f}, annuale: {}000.00 }}", k);
    }
    write(&dir.join("piano.yaml"), &piano);

    for (sem, data, scale) in [(1, "2025-07-15", 1), (2, "2026-01-20", 2)] {
        let mut r = format!("data: {data}\nobiettivi:\n");
        for o in 0..3 {
            let utenti = rng.range(20, 150);
            let ricevute = utenti + rng.range(0, 30);
            let rispondenti = rng.range(10, 60);
            let _ = writeln!(
                r,
                "  - obiettivo: o{o}\n    attivita: [servizio svolto in tutti i Comuni]\n    utenti: {utenti}\n    domande: {{ ricevute: {ricevute}, soddisfatte: {utenti} }}\n    indicatori:\n      - {{ indicatore: i{o}a, valore: {} }}\n      - {{ indicatore: i{o}b, valore: {} }}\n    soddisfazione: {{ rispondenti: {rispondenti}, soddisfatti: {} }}",
                rng.range(40, 90) * scale,
                rng.range(5, 20) * scale,
                rispondenti - rng.range(0, rispondenti / 3)
            );
        }
        r.push_str("spesa:\n");
        for (f, k) in budget {
            // At most 45% of the yearly budget each semester: never over budget.
            let _ = writeln!(
                r,
                "  - {{ fondo: {f}, importo: {}.50 }}",
                k * 1000 * 45 / 100 - rng.range(0, 999)
            );
        }
        write(&dir.join(format!("relazioni/2025-{sem}.yaml")), &r);
    }

    let convenzione = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("content/carate-brianza/atti/convenzione.yaml"),
    )
    .unwrap_or_default()
    .replace("comune: biassono", &format!("comune: {}", comune(0)))
    .replace("Provincia di Monza e Brianza", "Provincia");
    write(&dir.join("atti/convenzione.yaml"), &convenzione);
    write(
        &dir.join("atti/regolamento.yaml"),
        &format!(
            "titolo: Regolamento dell'Ufficio di Piano\npiano-di-zona: 2025-2027\n\
         approvazione: {{ organo: Assemblea dei Sindaci, numero: 7, data: 2025-09-16 }}\n\
         adozione:\n  organo: Giunta comunale\n  numero: 141\n  data: 2025-10-02\n  firmatari: [{{ persona: s-{c0}, ruolo: Il Sindaco }}]\n\
         convenzione: convenzione per la gestione associata dell'Ufficio di Piano\n\
         responsabile:\n  nomina: è individuato dall'Assemblea dei Sindaci tra il personale a tempo pieno\n  durata-anni: 3\n  revoca-maggioranza: 2/3\n  sostituzione-entro-giorni: 30\n\
         relazione-ogni-mesi: 6\n",
            c0 = comune(0)
        ),
    );
}

/// Writes `ambiti` Ambiti and the shared data under `out/content`.
pub fn generate(out: &Path, ambiti: usize) -> PathBuf {
    let content = out.join("content");
    write(&content.join("_riferimenti/norme.yaml"), NORME);
    write(&content.join("_riferimenti/fondi.yaml"), FONDI);
    let mut rng = Rng(0x5eed_a3b1_7c0f_e11d);
    for i in 1..=ambiti {
        ambito(&content, i, &mut rng);
    }
    content
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let ambiti = value("--ambiti")
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let Some(out) = value("--out") else {
        eprintln!("usage: national [--ambiti N] --out DIR");
        std::process::exit(2);
    };
    let content = generate(Path::new(&out), ambiti);
    println!("wrote {ambiti} Ambiti under {}", content.display());
}
