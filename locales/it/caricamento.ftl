# Lettura della cartella dei contenuti e dei file YAML: chiavi, valori, date, importi.

## La cartella dei contenuti

# La cartella indicata (o `content/`) non esiste.
carica-contenuti-assenti = la cartella dei contenuti `{ $cartella }` non esiste: eseguire ambito dalla cartella che contiene `content/`, oppure indicarla con --content DIR
# Con --content è stato indicato un file, non una cartella.
carica-non-cartella = `{ $cartella }` non è una cartella: --content vuole la cartella che contiene una cartella per ciascun Ambito
# Il sistema non permette di leggere la cartella dei contenuti.
carica-cartella-illeggibile = non è possibile leggere `{ $cartella }`: { $errore }
# Un file incorporato nello strumento (profilo regionale, clausole) non si legge: è un difetto dello strumento.
carica-incorporato-illeggibile = il file { $file } non è valido: { $errore }

## Cartelle e file

# Nella cartella dei contenuti c’è un collegamento simbolico al posto di una cartella.
r047-collegamento-cartella = `{ $nome }` è un collegamento simbolico, non una cartella dei contenuti
# Il nome di una cartella non può essere l’identificativo di un Ambito.
r004-cartella-ambito-nome = `{ $nome }` non può essere il nome della cartella di un Ambito: il nome è l’identificativo dell’Ambito e quello della cartella dei suoi documenti in out/
# Come chiamare la cartella di un Ambito.
r004-cartella-ambito-nome-suggerimento = chiamare la cartella con lettere minuscole, cifre e trattini, come `carate-brianza` (il nome `lib` è riservato)
# Nella cartella di un Ambito c’è un file YAML che lo strumento non legge.
r008-file-sconosciuto = `{ $file }` non è un file dei contenuti letto da ambito
# Il nome del file somiglia a quello di un file previsto ($forse è “forse si intendeva …?”).
r008-file-sconosciuto-rinominare = { $forse } Rinominare il file.
# Il nome del file non somiglia a nessun file previsto: l’elenco dei file di un Ambito.
r008-file-sconosciuto-suggerimento = la cartella di un Ambito contiene: { $elenco }; si veda docs/it/contenuti.md
# Manca un file obbligatorio.
carica-r007-file-mancante = manca il file `{ $file }`
# Come rimediare a un file obbligatorio mancante.
carica-r007-file-mancante-suggerimento = crearlo: docs/it/contenuti.md spiega che cosa deve contenere
# Suggerimento per un collegamento simbolico o un file speciale nei contenuti.
r047-non-regolare-suggerimento = i contenuti sono fatti di file e cartelle normali dentro content/: mettere qui il file vero e proprio, non un collegamento (git conserva i collegamenti come collegamenti)
# Il file, o una cartella del suo percorso, è un collegamento simbolico.
r047-collegamento-simbolico =
    { $cosa ->
        [file] il file
       *[cartella] la cartella
    } `{ $percorso }` è un collegamento simbolico: ambito legge solo i file dentro la cartella dei contenuti
# Al posto del file c’è una cartella, una FIFO, un dispositivo o un socket.
r047-file-non-regolare = questo non è un file normale (è una cartella, una FIFO, un dispositivo o un socket)
# Il sistema non permette di leggere il file.
r009-file-illeggibile = non è possibile leggere il file: { $errore }
# Suggerimento per un file che non si può leggere.
r009-permessi-suggerimento = controllare i permessi del file
# Il file supera la dimensione massima.
r009-file-troppo-grande = il file è di { $byte } byte, oltre il limite di { $massimo } byte per un file dei contenuti
# Suggerimento per un file troppo grande.
r009-file-troppo-grande-suggerimento = dividere i contenuti o togliere ciò che non vi appartiene
# Il file è cresciuto oltre la dimensione massima mentre veniva letto.
r009-file-cresciuto = durante la lettura il file ha superato il limite di { $massimo } byte per un file dei contenuti
# Il file non è salvato in UTF-8.
r009-non-utf8 = il file non è testo UTF-8: { $errore }
# Suggerimento per un file non in UTF-8.
r009-non-utf8-suggerimento = salvare il file con la codifica UTF-8
# Suggerimento per un file troppo annidato o con troppi alias.
r009-troppo-annidato-suggerimento = i file dei contenuti sono piccoli e semplici: togliere gli annidamenti profondi e gli alias ripetuti

## Testi che i documenti non possono stampare

# Un valore con l’etichetta `!!binary`.
r036-binario = un valore `!!binary` non è testo: i documenti stampano solo testo
# Suggerimento per un valore `!!binary`.
r036-binario-suggerimento = scrivere il valore come testo semplice, senza l’etichetta `!!binary`
# Un testo tra virgolette vuoto (`titolo: ""`).
r004-testo-vuoto = il testo è vuoto: in questo punto occorre scrivere qualcosa
# Suggerimento per un testo vuoto.
r004-testo-vuoto-suggerimento = scrivere il testo, oppure togliere la chiave se è facoltativa
# Un valore lasciato come segnaposto da `ambito new`.
r049-segnaposto = `{ $segnaposto }`: valore ancora da compilare
# Suggerimento per un segnaposto rimasto.
r049-segnaposto-suggerimento = scrivere il valore vero: fino ad allora ogni documento che lo stampa è una bozza (BOZZA su ogni pagina) e `ambito build --definitivo` lo rifiuta
# Un carattere che nessun font dei documenti contiene.
r036-carattere = `{ $carattere }` (U+{ $codice }) non si può stampare: nessun font dei documenti contiene questo carattere
# Suggerimento per un carattere che non si può stampare.
r036-carattere-suggerimento = i documenti stampano lettere latine, greche, cirilliche, ebraiche e arabe, simboli ed emoji; scrivere il nome in lettere latine

## Chiavi e valori

# Una chiave che in quel punto del file non è prevista.
r002-chiave-sconosciuta = la chiave `{ $chiave }` non è prevista in questo punto
# In quel punto non è ammessa nessuna chiave.
r002-chiave-sconosciuta-rimuovere = eliminare la chiave
# L’elenco delle chiavi ammesse in quel punto.
r002-chiave-sconosciuta-ammesse = le chiavi ammesse qui sono: { $elenco }
# Manca una chiave obbligatoria.
r003-chiave-mancante = manca la chiave obbligatoria `{ $chiave }`
# Come aggiungere la chiave obbligatoria mancante.
r003-chiave-mancante-suggerimento = aggiungere `{ $chiave }:` con il suo valore; si veda docs/it/contenuti.md
# Un valore che non è tra quelli previsti ($elenco: i valori ammessi).
r004-valore-non-ammesso = { $valore } non è tra i valori ammessi: { $elenco }
# Il valore va scritto come nell’elenco (per esempio `F` e non `f`).
carica-valore-maiuscole = scrivere `{ $valore }`: i valori vanno scritti esattamente come nell’elenco
# I valori ammessi, quando nessuno somiglia a quello scritto.
carica-valore-elenco = scrivere uno di questi valori: { $elenco }
# Suggerimento per una chiave ripetuta nello stesso punto.
r010-chiave-ripetuta-suggerimento = una chiave può comparire una sola volta allo stesso livello: eliminarne una o cambiarle nome
# Errore di sintassi YAML ($errore: il messaggio del lettore YAML).
r001-sintassi = errore di sintassi YAML: { $errore }
# Suggerimento per un errore di sintassi YAML.
r001-sintassi-suggerimento = controllare rientri, due punti e virgolette in questa riga e in quella precedente
# Una chiave scritta senza valore.
r004-valore-vuoto = la chiave `{ $chiave }` non ha un valore
# Dove scrivere il valore mancante e di che tipo ($tipo: per esempio “un numero intero”).
r004-valore-vuoto-suggerimento = scriverlo dopo `{ $chiave }:` ({ $tipo })
# Un valore del tipo sbagliato ($atteso: per esempio “un elenco”).
r004-tipo-errato = { $valore }: il valore atteso è { $atteso }
# Un testo che non è un importo.
r004-non-importo = { $valore }: non è un importo in euro
# Un testo che non è una data.
r004-non-data = { $valore }: non è una data
# Come scrivere una data.
r004-data-suggerimento = scrivere la data come aaaa-mm-gg, per esempio 2025-07-29
# Un valore vuoto, dove ne è atteso un altro.
carica-valore-vuoto = un valore vuoto
# Tipi di valore attesi.
carica-tipo-data = una data, nella forma aaaa-mm-gg
# Tipo di valore: testo.
carica-tipo-testo = un testo
# Tipo di valore: numero intero.
carica-tipo-intero = un numero intero
# Tipo di valore: numero.
carica-tipo-numero = un numero
# Tipo di valore: sì o no.
carica-tipo-booleano = true o false
# Tipo di valore: elenco.
carica-tipo-elenco = un elenco
# Tipo di valore: chiavi con i loro valori.
carica-tipo-oggetto = un insieme di chiavi con i loro valori
# Due tipi ammessi, l’uno o l’altro.
carica-tipo-alternativa = { $primo } o { $secondo }

## Abitudini italiane: numeri, importi, date

# Un numero scritto con “n.” davanti (`n. 12`).
carica-numero-senza-n = scrivere solo il numero: { $numero }
# Un numero scritto in cifre romane (`XII`).
carica-numero-romano = scrivere il numero in cifre arabe: { $numero }
# Un importo scritto all’italiana (`352.400,00`); $corretto è come va scritto.
carica-importo-all-italiana = `{ $testo }`: gli importi si scrivono senza separatori delle migliaia e con il punto prima dei decimali: { $corretto }
# Un testo che non è un importo in euro.
carica-importo-non-valido = `{ $testo }` non è un importo in euro: scrivere le cifre con il punto prima dei decimali, per esempio 20000.00
# Un importo con più di due decimali.
carica-importo-decimali = `{ $testo }` ha più di due decimali: gli importi sono in euro e centesimi
# Un importo troppo grande.
carica-importo-troppo-grande = `{ $testo }` è un importo troppo grande
# Come scrivere una data, alla fine dei messaggi sulle date.
-carica-esempio-data = scriverla come aaaa-mm-gg, per esempio 2025-07-29
# Una data nella forma giusta ma che non esiste (31 febbraio).
carica-data-inesistente = `{ $testo }` non è un giorno del calendario: { -carica-esempio-data }
# L’anno di una data non ha quattro cifre.
carica-data-anno = l’anno di `{ $testo }` non ha quattro cifre: { -carica-esempio-data }
# Una data scritta all’italiana (`29/07/2010`); $corretta è come va scritta.
carica-data-all-italiana = `{ $testo }`: le date si scrivono con l’anno per primo, come aaaa-mm-gg: qui { $corretta }
# Mese o giorno scritti con una sola cifra (`2010-7-29`).
carica-data-due-cifre = `{ $testo }`: mese e giorno si scrivono con due cifre ciascuno: { $corretta }
# Un testo che non è una data.
carica-data-non-valida = `{ $testo }` non è una data: { -carica-esempio-data }
# Una qualità di firma (Sindaco, Presidente…) che gli atti non conoscono.
carica-qualita-sconosciuta = `{ $testo }` non è una qualità prevista dagli atti: scrivere uno di questi valori: { $elenco }
