//! Italian formatting, one place each: dates, amounts, numbers in words, lists.
//!
//! These are plain functions; `render::filters` exposes them to templates.

use chrono::{Datelike, NaiveDate};

use crate::load::values::{Genere, Importo, genere_di};

const MESI: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// The name of month `mese` (1–12), e.g. "luglio".
pub fn mese(mese: u32) -> Option<&'static str> {
    MESI.get(mese.checked_sub(1)? as usize).copied()
}

/// "31 luglio 2025"; the first of the month is "1º".
pub fn data(d: NaiveDate) -> String {
    let giorno = if d.day() == 1 {
        "1º".to_string()
    } else {
        d.day().to_string()
    };
    format!(
        "{giorno} {} {}",
        mese(d.month()).unwrap_or_default(),
        d.year()
    )
}

/// "€ 20.000,00": thousands with points, cents with a comma.
pub fn euro(importo: Importo) -> String {
    let sign = if importo.centesimi < 0 { "-" } else { "" };
    let cents = importo.centesimi.unsigned_abs();
    format!("€ {sign}{},{:02}", migliaia(cents / 100), cents % 100)
}

/// "46.021": a whole number with thousands separated by points.
pub fn migliaia(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A whole number in words: 13 → "tredici", 21 → "ventuno", 1000 → "mille",
/// 23 → "ventitré" (a compound ending in "tre" takes the accent; 3 does not).
pub fn lettere(n: u64) -> String {
    let words = lettere_piane(n);
    match words.strip_suffix("tre") {
        Some(head) if !head.is_empty() && !head.ends_with(' ') => format!("{head}tré"),
        _ => words,
    }
}

fn lettere_piane(n: u64) -> String {
    if n < 1000 {
        return if n == 0 {
            "zero".to_string()
        } else {
            sotto_mille(n)
        };
    }
    let scales = [
        (1_000_000_000, "un miliardo", "miliardi"),
        (1_000_000, "un milione", "milioni"),
    ];
    for (scale, one, many) in scales {
        if n >= scale {
            let (q, r) = (n / scale, n % scale);
            let head = if q == 1 {
                one.to_string()
            } else {
                format!("{} {many}", lettere(q))
            };
            return if r == 0 {
                head
            } else {
                format!("{head} {}", lettere(r))
            };
        }
    }
    let (migliaia, resto) = (n / 1000, n % 1000);
    let head = if migliaia == 1 {
        "mille".to_string()
    } else {
        format!("{}mila", sotto_mille(migliaia))
    };
    if resto == 0 {
        head
    } else {
        format!("{head}{}", sotto_mille(resto))
    }
}

const UNITA: [&str; 20] = [
    "zero",
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
];
const DECINE: [&str; 10] = [
    "",
    "",
    "venti",
    "trenta",
    "quaranta",
    "cinquanta",
    "sessanta",
    "settanta",
    "ottanta",
    "novanta",
];

/// A number below a thousand in words ("" for zero): "centottantuno".
fn sotto_mille(n: u64) -> String {
    let unita = |n: u64| UNITA.get(n as usize).copied().unwrap_or_default();
    let decine = |n: u64| DECINE.get(n as usize).copied().unwrap_or_default();
    let (centinaia, resto) = (n / 100, n % 100);
    let mut out = match centinaia {
        0 => String::new(),
        1 => "cento".to_string(),
        c => format!("{}cento", unita(c)),
    };
    if resto == 0 {
        return out;
    }
    let resto_parola = if resto < 20 {
        unita(resto).to_string()
    } else {
        let (d, u) = (resto / 10, resto % 10);
        let mut decina = decine(d).to_string();
        if u == 1 || u == 8 {
            // "ventuno", "trentotto": the decade drops its final vowel.
            decina.pop();
        }
        if u == 0 {
            decina
        } else {
            format!("{decina}{}", unita(u))
        }
    };
    if centinaia > 0 && resto_parola.starts_with("ottant") {
        // "centottanta": "cento" drops its vowel before "ottanta".
        out.pop();
    }
    out.push_str(&resto_parola);
    out
}

/// "13 (tredici)", as acts write counts.
pub fn numero_e_lettere(n: u64) -> String {
    format!("{n} ({})", lettere(n))
}

/// A percentage with a decimal comma: 87.54 → "87,5%" (one decimal).
pub fn percento(value: f64, decimali: usize) -> String {
    let text = format!("{value:.decimali$}");
    format!("{}%", text.replace('.', ","))
}

/// A fraction in words and figures: (2, 3) → "due terzi (2/3)".
pub fn frazione(numeratore: u32, denominatore: u32) -> String {
    const ORDINALI: [(&str, &str); 9] = [
        ("metà", "metà"),
        ("terzo", "terzi"),
        ("quarto", "quarti"),
        ("quinto", "quinti"),
        ("sesto", "sesti"),
        ("settimo", "settimi"),
        ("ottavo", "ottavi"),
        ("nono", "noni"),
        ("decimo", "decimi"),
    ];
    let parole = denominatore
        .checked_sub(2)
        .and_then(|i| ORDINALI.get(i as usize))
        .map(|(uno, molti)| {
            if numeratore == 1 {
                if denominatore == 2 {
                    "la metà".to_string()
                } else {
                    format!("un {uno}")
                }
            } else {
                format!("{} {molti}", lettere(u64::from(numeratore)))
            }
        });
    match parole {
        Some(p) => format!("{p} ({numeratore}/{denominatore})"),
        None => format!("{numeratore}/{denominatore}"),
    }
}

/// "A, B e C": items joined by commas, the last by "e".
pub fn elenco<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} e {}", init.join(", "), last.as_ref())
        }
    }
}

/// How a noun phrase begins, as far as the article is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inizio {
    /// A vowel or h: "l’Unione", "gli Enti", "all’8%".
    Vocale,
    /// s + consonant, z, x, gn, ps: "lo Statuto", "gli psicologi", "lo SSC".
    Impura,
    /// Any other consonant: "il Comune", "i Comuni", "al 20%".
    Consonante,
}

/// How `frase` begins when read aloud: a number by its words ("8%" is read
/// "otto", "11" "undici", "1.000" "mille"), any other word by its letters
/// as written (an acronym too: "ECAD", "SSC", "ATS").
fn inizio(frase: &str) -> Inizio {
    let mut parola = frase.split_whitespace().next().unwrap_or("").to_lowercase();
    if parola.starts_with(|c: char| c.is_ascii_digit()) {
        let cifre: String = parola.chars().take_while(char::is_ascii_digit).collect();
        if parola[cifre.len()..].starts_with(['º', '°']) {
            // An ordinal: "il 1º dicembre" is read "il primo dicembre".
            return Inizio::Consonante;
        }
        let intero: String = parola
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .filter(char::is_ascii_digit)
            .collect();
        if let Ok(n) = intero.parse::<u64>() {
            parola = lettere(n);
        }
    }
    let mut chars = parola.chars();
    let first = chars.next().unwrap_or(' ');
    let second = chars.next().unwrap_or(' ');
    let vocale = |c: char| "aeiouàèéìíòóùú".contains(c);
    if vocale(first) || first == 'h' {
        Inizio::Vocale
    } else if (first == 's' && second.is_alphabetic() && !vocale(second))
        || first == 'z'
        || first == 'x'
        || parola.starts_with("gn")
        || parola.starts_with("ps")
    {
        Inizio::Impura
    } else {
        Inizio::Consonante
    }
}

/// An articulated preposition before a noun phrase whose gender is guessed
/// from its first word (see [`genere_di`]): `preposizione("di", "Assemblea
/// dei Sindaci")` → "dell’Assemblea dei Sindaci", `("a", "84,5%")` →
/// "all’84,5%", `("", "Comunità Montana")` → "la Comunità Montana".
pub fn preposizione(prep: &str, frase: &str) -> String {
    articolata(prep, frase, genere_di(frase), false)
}

/// An articulated preposition before a name whose gender and number are
/// known: `("di", "Conferenza dei Sindaci", F)` → "della Conferenza dei
/// Sindaci", `("a", "ECAD", M)` → "all’ECAD", `("", "Servizi Sociali", M,
/// plural)` → "i Servizi Sociali", `("di", "8 (otto) Comuni", M, plural)` →
/// "degli 8 (otto) Comuni". With no preposition (`""`) it is the article.
pub fn articolata(prep: &str, nome: &str, genere: Genere, plurale: bool) -> String {
    let base = match prep {
        "" => "",
        "di" => "de",
        "a" => "a",
        "da" => "da",
        "in" => "ne",
        "su" => "su",
        other => return format!("{other} {nome}"),
    };
    let inizio = inizio(nome);
    // The article alone, and its form after a preposition ("de" + "lla").
    let (solo, unito) = match (genere, plurale, inizio) {
        (_, false, Inizio::Vocale) => ("l’", "ll’"),
        (Genere::M, false, Inizio::Impura) => ("lo ", "llo "),
        (Genere::M, false, Inizio::Consonante) => ("il ", "l "),
        (Genere::F, false, _) => ("la ", "lla "),
        (Genere::M, true, Inizio::Vocale | Inizio::Impura) => ("gli ", "gli "),
        (Genere::M, true, Inizio::Consonante) => ("i ", "i "),
        (Genere::F, true, _) => ("le ", "lle "),
    };
    // "de" + "i " → "dei ", "a" + "gli " → "agli ", "su" + "lla " → "sulla ".
    if base.is_empty() {
        format!("{solo}{nome}")
    } else {
        format!("{base}{unito}{nome}")
    }
}

/// The indefinite article before a singular noun: "un anno", "uno
/// strumento", "una settimana", "un’ora".
pub fn indeterminativo(nome: &str, genere: Genere) -> String {
    match (genere, inizio(nome)) {
        (Genere::M, Inizio::Impura) => format!("uno {nome}"),
        (Genere::M, _) => format!("un {nome}"),
        (Genere::F, Inizio::Vocale) => format!("un’{nome}"),
        (Genere::F, _) => format!("una {nome}"),
    }
}

/// A quantity with its noun, in words, singular for one: (1, "anno",
/// "anni", M) → "un anno", (1, "ora", "ore", F) → "un’ora", (4, …) →
/// "quattro anni".
pub fn quantita(n: u64, singolare: &str, plurale: &str, genere: Genere) -> String {
    if n == 1 {
        indeterminativo(singolare, genere)
    } else {
        format!("{} {plurale}", lettere(n))
    }
}

/// A count as acts write it, figures and words, with its noun: (13,
/// "Comune", "Comuni", M) → "13 (tredici) Comuni", (1, "figura", "figure",
/// F) → "1 (una) figura".
pub fn conteggio(n: u64, singolare: &str, plurale: &str, genere: Genere) -> String {
    match (n, genere) {
        (1, Genere::M) => format!("1 (uno) {singolare}"),
        (1, Genere::F) => format!("1 (una) {singolare}"),
        _ => format!("{n} ({}) {plurale}", lettere(n)),
    }
}

/// A recurring period: (1, "mese", "mesi") → "ogni mese", (6, …) → "ogni
/// sei mesi".
pub fn ogni(n: u64, singolare: &str, plurale: &str) -> String {
    if n == 1 {
        format!("ogni {singolare}")
    } else {
        format!("ogni {} {plurale}", lettere(n))
    }
}

/// A word said of a person, agreed with the person's gender: (F, "nato")
/// → "nata", (F, "il quale") → "la quale", (F, "domiciliato per la
/// carica") → "domiciliata per la carica"; -e words ("residente") do not
/// change. The articles agree, and the first other word: what follows it
/// ("nato a Milano") is left as written.
pub fn accorda(genere: Genere, parola: &str) -> String {
    if genere == Genere::M {
        return parola.to_string();
    }
    let mut fatto = false;
    parola
        .split(' ')
        .map(|w| match w {
            _ if fatto => w.to_string(),
            "il" | "lo" => "la".to_string(),
            "del" | "dello" => "della".to_string(),
            "al" | "allo" => "alla".to_string(),
            "dal" | "dallo" => "dalla".to_string(),
            "nel" | "nello" => "nella".to_string(),
            "sul" | "sullo" => "sulla".to_string(),
            w => {
                fatto = true;
                match w.strip_suffix('o') {
                    Some(stem) if stem.chars().count() > 1 => format!("{stem}a"),
                    _ => w.to_string(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A title agreed with the person who holds it: ("Sindaco", F) →
/// "Sindaca", ("Coordinatore d’Ambito", F) → "Coordinatrice d’Ambito",
/// ("Direttore generale", F) → "Direttrice generale", ("Presidente", F)
/// → "Presidente". A woman who chose the masculine title
/// (`al_maschile`) keeps it.
///
/// The head noun agrees (after "Vice": "Vice Sindaca"): -tore → -trice,
/// -iere → -iera, Assessore → Assessora, -o → -a ("Capo" stays). After
/// it, only adjectives in lower case agree ("delegata", "straordinaria");
/// a name in capitals ("Capo Settore") and anything from a preposition on
/// ("Sindaca pro tempore", "Responsabile del Servizio") stay as written.
pub fn titolo(titolo: &str, genere: Genere, al_maschile: bool) -> String {
    if genere == Genere::M || al_maschile {
        return titolo.to_string();
    }
    let mut out = Vec::new();
    let mut fermo = false;
    let mut testa = true;
    for w in titolo.split(' ') {
        let lower = w.to_lowercase();
        if [
            "di", "del", "della", "dei", "degli", "delle", "pro", "per", "a", "in",
        ]
        .contains(&lower.as_str())
            || lower.starts_with("d’")
            || lower.starts_with("d'")
            || lower.starts_with("dell")
        {
            fermo = true;
        }
        if fermo || lower == "vice" || lower == "capo" {
            out.push(w.to_string());
            testa &= lower == "vice";
            continue;
        }
        let aggettivo = !testa && w.chars().next().is_some_and(char::is_lowercase);
        let w = if testa {
            if let Some(stem) = w.strip_suffix("tore") {
                format!("{stem}trice")
            } else if let Some(stem) = w.strip_suffix("iere") {
                format!("{stem}iera")
            } else if let Some(stem) = w.strip_suffix("ssore").filter(|_| lower == "assessore") {
                format!("{stem}ssora")
            } else if let Some(stem) = w.strip_suffix('o') {
                format!("{stem}a")
            } else {
                w.to_string()
            }
        } else if let Some(stem) = w.strip_suffix('o').filter(|_| aggettivo) {
            format!("{stem}a")
        } else {
            w.to_string()
        };
        testa = false;
        out.push(w);
    }
    out.join(" ")
}

/// A title with its article, or with an articulated preposition, agreed with
/// who holds it: ("da", "Sindaco", F) → "dalla Sindaca", ("", "Presidente",
/// F) → "la Presidente"; a woman who chose the masculine title
/// (`al_maschile`) is "il Sindaco", article included.
pub fn titolo_articolato(prep: &str, nome: &str, genere: Genere, al_maschile: bool) -> String {
    let genere = if al_maschile { Genere::M } else { genere };
    articolata(prep, &titolo(nome, genere, false), genere, false)
}

/// Italian typography for text as people type it: apostrophes ’, double
/// quotes « », and a no-break space that keeps "n. 23", "art. 6" and
/// "€ 1.000,00" on one line. Text already typographic is left as it is.
pub fn tipografia(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prima = if i == 0 {
            None
        } else {
            chars.get(i - 1).copied()
        };
        match c {
            '\'' => out.push('’'),
            '"' => {
                let apre = prima.is_none_or(|p| p.is_whitespace() || "([{«“‘/–—-".contains(p));
                out.push(if apre { '«' } else { '»' });
            }
            ' ' if chars.get(i + 1).is_some_and(char::is_ascii_digit) && abbreviazione(&out) => {
                out.push('\u{a0}')
            }
            ' ' if giorno(&out)
                && MESI
                    .iter()
                    .any(|m| starts_with_chars(chars.get(i + 1..).unwrap_or_default(), m)) =>
            {
                out.push('\u{a0}')
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `testo` ends with a day of the month ("31", "1º"), which stays
/// on the line of the month after it: "31 marzo", never "31 / marzo".
fn giorno(testo: &str) -> bool {
    let senza = testo.strip_suffix('º').unwrap_or(testo);
    let cifre = senza.chars().rev().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&cifre)
        && senza
            .get(..senza.len() - cifre)
            .and_then(|prima| prima.chars().next_back())
            .is_none_or(|p| !p.is_alphanumeric())
}

fn starts_with_chars(chars: &[char], parola: &str) -> bool {
    let n = parola.chars().count();
    chars.len() >= n
        && chars
            .iter()
            .zip(parola.chars())
            .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
        && chars.get(n).is_none_or(|c| !c.is_alphabetic())
}

/// Whether `testo` ends with an abbreviation that stays with the number
/// after it: "n.", "N.", "art.", "artt.", "€".
fn abbreviazione(testo: &str) -> bool {
    ["n.", "N.", "art.", "Art.", "artt.", "Artt.", "€"]
        .iter()
        .any(|a| match testo.strip_suffix(a) {
            Some(prima) => prima
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric()),
            None => false,
        })
}

/// The text with its first letter in upper case: "dell’Assemblea" → "Dell’Assemblea".
pub fn maiuscola(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The definite article before a noun phrase, by the same rules as
/// [`preposizione`]: "l’Assemblea dei Sindaci", "il Coordinamento Istituzionale".
pub fn articolo(frase: &str) -> String {
    preposizione("", frase)
}

/// Roman numerals for part titles: 1 → "I", 4 → "IV".
pub fn romano(mut n: u64) -> String {
    const TABLE: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_italian() {
        let d = |y, m, g| NaiveDate::from_ymd_opt(y, m, g).unwrap();
        assert_eq!(data(d(2025, 7, 31)), "31 luglio 2025");
        assert_eq!(data(d(2025, 6, 3)), "3 giugno 2025");
        assert_eq!(data(d(2028, 12, 1)), "1º dicembre 2028");
    }

    #[test]
    fn amounts_in_euro() {
        assert_eq!(
            euro(Importo {
                centesimi: 2_000_000
            }),
            "€ 20.000,00"
        );
        assert_eq!(euro(Importo { centesimi: 5 }), "€ 0,05");
        assert_eq!(
            euro(Importo {
                centesimi: 123_456_789
            }),
            "€ 1.234.567,89"
        );
        assert_eq!(migliaia(999), "999");
        assert_eq!(migliaia(46_021), "46.021");
    }

    #[test]
    fn numbers_in_words() {
        let cases = [
            (0, "zero"),
            (1, "uno"),
            (6, "sei"),
            (13, "tredici"),
            (21, "ventuno"),
            (28, "ventotto"),
            (45, "quarantacinque"),
            (100, "cento"),
            (108, "centootto"),
            (181, "centottantuno"),
            (1000, "mille"),
            (2025, "duemilaventicinque"),
            (20_000, "ventimila"),
            (1_000_000, "un milione"),
            (3_200_000, "tre milioni duecentomila"),
            (3, "tre"),
            (23, "ventitré"),
            (33, "trentatré"),
            (103, "centotré"),
            (1003, "milletré"),
            (23_000, "ventitremila"),
            (23_000_000, "ventitré milioni"),
        ];
        for (n, words) in cases {
            assert_eq!(lettere(n), words, "{n}");
        }
        assert_eq!(numero_e_lettere(13), "13 (tredici)");
    }

    #[test]
    fn articulated_prepositions() {
        assert_eq!(preposizione("a", "8%"), "all’8%");
        assert_eq!(preposizione("a", "84,5%"), "all’84,5%");
        assert_eq!(preposizione("a", "11%"), "all’11%");
        assert_eq!(preposizione("a", "1.000 euro"), "al 1.000 euro");
        assert_eq!(preposizione("a", "20%"), "al 20%");
        assert_eq!(preposizione("di", "94,0%"), "del 94,0%");
        assert_eq!(
            preposizione("di", "Assemblea dei Sindaci"),
            "dell’Assemblea dei Sindaci"
        );
        assert_eq!(
            preposizione("a", "Assemblea dei Sindaci"),
            "all’Assemblea dei Sindaci"
        );
        assert_eq!(
            preposizione("", "Assemblea dei Sindaci"),
            "l’Assemblea dei Sindaci"
        );
        assert_eq!(
            preposizione("", "Coordinamento Istituzionale"),
            "il Coordinamento Istituzionale"
        );
        assert_eq!(
            articolo("Conferenza dei Sindaci"),
            "la Conferenza dei Sindaci"
        );
        assert_eq!(articolo("Statuto"), "lo Statuto");
        assert_eq!(
            preposizione("di", "Coordinamento Istituzionale"),
            "del Coordinamento Istituzionale"
        );
        assert_eq!(
            preposizione("a", "Comitato dei Sindaci"),
            "al Comitato dei Sindaci"
        );
        assert_eq!(
            preposizione("di", "legge 8 novembre 2000, n. 328"),
            "della legge 8 novembre 2000, n. 328"
        );
        assert_eq!(
            preposizione("a", "D.P.R. 26 aprile 1986, n. 131"),
            "al D.P.R. 26 aprile 1986, n. 131"
        );
        assert_eq!(preposizione("di", "Statuto"), "dello Statuto");
        assert_eq!(preposizione("in", "Conferenza"), "nella Conferenza");
        assert_eq!(
            preposizione("di", "deliberazione n. 112"),
            "della deliberazione n. 112"
        );
        assert_eq!(
            preposizione("di", "decreto legislativo 7 marzo 2005"),
            "del decreto legislativo 7 marzo 2005"
        );
    }

    #[test]
    fn a_title_takes_the_article_of_the_form_chosen() {
        assert_eq!(
            titolo_articolato("da", "Sindaco", Genere::F, false),
            "dalla Sindaca"
        );
        assert_eq!(
            titolo_articolato("da", "Sindaco", Genere::F, true),
            "dal Sindaco"
        );
        assert_eq!(
            titolo_articolato("", "Coordinatore", Genere::F, true),
            "il Coordinatore"
        );
        assert_eq!(
            titolo_articolato("", "Presidente", Genere::F, false),
            "la Presidente"
        );
    }

    #[test]
    fn agreement_touches_only_what_agrees() {
        assert_eq!(accorda(Genere::F, "nato a Milano"), "nata a Milano");
        assert_eq!(accorda(Genere::F, "il medesimo"), "la medesima");
        assert_eq!(accorda(Genere::F, "residente a Como"), "residente a Como");
        assert_eq!(titolo("Capo Settore", Genere::F, false), "Capo Settore");
        assert_eq!(
            titolo("Vice Sindaco delegato", Genere::F, false),
            "Vice Sindaca delegata"
        );
        assert_eq!(
            titolo("Istruttore direttivo amministrativo", Genere::F, false),
            "Istruttrice direttiva amministrativa"
        );
        assert_eq!(
            titolo("Coordinatore Ambito Sociale", Genere::F, false),
            "Coordinatrice Ambito Sociale"
        );
        assert_eq!(titolo("Sindaco", Genere::F, true), "Sindaco");
    }

    #[test]
    fn typography_keeps_numbers_with_what_names_them() {
        assert_eq!(
            tipografia("n. 23 del 31 marzo 2006"),
            "n.\u{a0}23 del 31\u{a0}marzo 2006"
        );
        assert_eq!(tipografia("il 1º dicembre"), "il 1º\u{a0}dicembre");
        assert_eq!(tipografia("art. 6, comma 4"), "art.\u{a0}6, comma 4");
        assert_eq!(tipografia("€ 20.000,00"), "€\u{a0}20.000,00");
        // Only a day before a month, and only the abbreviation as a word.
        assert_eq!(tipografia("2006 marzo"), "2006 marzo");
        assert_eq!(tipografia("4 marzolini"), "4 marzolini");
        assert_eq!(tipografia("Pn. 3"), "Pn. 3");
    }

    #[test]
    fn percentages_and_fractions() {
        assert_eq!(percento(87.54, 1), "87,5%");
        assert_eq!(percento(100.0, 0), "100%");
        assert_eq!(percento(2.345, 2), "2,35%");
        assert_eq!(frazione(2, 3), "due terzi (2/3)");
        assert_eq!(frazione(1, 3), "un terzo (1/3)");
        assert_eq!(frazione(3, 4), "tre quarti (3/4)");
        assert_eq!(frazione(7, 12), "7/12");
    }

    #[test]
    fn lists_and_numerals() {
        assert_eq!(elenco(&["A", "B", "C"]), "A, B e C");
        assert_eq!(elenco(&["A", "B"]), "A e B");
        assert_eq!(elenco(&["A"]), "A");
        assert_eq!(elenco::<&str>(&[]), "");
        assert_eq!(romano(4), "IV");
        assert_eq!(romano(2028), "MMXXVIII");
    }
}
