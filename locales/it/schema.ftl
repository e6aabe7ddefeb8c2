### Le parole degli schemi JSON dei file di contenuto (`ambito schema`,
### `schemas/*.json`), che l’editor mostra passando sopra una chiave, nei
### completamenti e negli errori. Lo schema di `src/schema.rs` spiega gli id:
### schema-titolo-<tipo> è il titolo di un tipo (l’intestazione dei
### suggerimenti), schema-<tipo> la sua descrizione, schema-<tipo>-<chiave>
### la descrizione di una chiave (o di un valore ammesso), schema-errore-<cosa>
### il messaggio dell’editor per un valore scritto nella forma sbagliata.

## Messaggi dell’editor per un valore scritto nella forma sbagliata

schema-errore-data = non è una data nella forma aaaa-mm-gg: scrivere per esempio 2025-07-29
schema-errore-cap = il CAP ha 5 cifre e va scritto tra virgolette perché restino gli zeri iniziali (senza virgolette 00184 è il numero 184): per esempio cap: "00184"
schema-errore-istat = il codice ISTAT ha 6 cifre e va scritto tra virgolette perché restino gli zeri iniziali: per esempio istat: "015146"
schema-errore-codice-fiscale-ente = il codice fiscale di un ente ha 11 cifre e va scritto tra virgolette perché restino gli zeri iniziali: per esempio codice-fiscale: "01199250158"
schema-errore-codice-fiscale-persona = il codice fiscale di una persona ha 16 caratteri, lettere e cifre, come sulla tessera sanitaria: per esempio RSSMRA85T10A562S
schema-errore-email = non è un indirizzo valido: scriverlo come nome@dominio.it, senza spazi
schema-errore-importo = non è un importo in euro: scrivere le cifre senza punti delle migliaia e con il punto prima dei decimali (al massimo due), per esempio 352400.00
schema-errore-giorno-mese = non è un giorno dell’anno: scriverlo come gg-mm, per esempio 31-12
schema-errore-frazione = non è una maggioranza: scriverla come frazione, per esempio 2/3

## ambito.yaml

schema-ambito = Il file ambito.yaml descrive l’Ambito territoriale sociale: il nome, la Regione, la forma di gestione e l’ente gestore.
schema-ambito-nome = Il nome completo dell’Ambito, come lo riportano i documenti. Per esempio: Ambito territoriale sociale di Carate Brianza.
schema-ambito-regione = La Regione o la Provincia autonoma: il suo identificativo (`lombardia`, `emilia-romagna`, `trento`) o il suo nome (`Lombardia`). Da essa dipendono le leggi regionali citate negli atti e i nomi abituali degli organi.
schema-ambito-provincia = La Provincia in cui si trova l’Ambito, per esteso. Per esempio: Monza e della Brianza.
schema-ambito-forma = Come i Comuni gestiscono insieme l’Ambito: `convenzione` (art. 30 TUEL, con un ente capofila), `unione`, `consorzio`, `azienda-speciale`, `delega-azienda-sanitaria`, `comunita-montana`, `accordo-di-programma`. Se manca, vale `convenzione`.
schema-ambito-ente-gestore = L’ente capofila o gestore: l’identificativo di un Comune di comuni.yaml (il Comune capofila) o di un ente di enti.yaml (un’Unione, un consorzio, un’azienda sanitaria, una Comunità Montana). Si può scrivere anche `capofila`.
schema-ambito-organo-politico = Il nome dell’organo politico, se diverso da quello abituale nella Regione: per esempio Conferenza dei Sindaci, Comitato dei Sindaci, Coordinamento Istituzionale.
schema-ambito-ufficio = Il nome dell’ufficio comune, se diverso da quello abituale nella Regione: per esempio Ufficio di Piano, Servizio Sociale dei Comuni.
schema-ambito-responsabile = Il titolo di chi dirige l’ufficio, se diverso da quello abituale: per esempio Responsabile, Coordinatore d’Ambito.
schema-ambito-piano = Il nome del piano, se diverso da quello abituale nella Regione: per esempio Piano di Zona, Piano Sociale Distrettuale, PLUS.
schema-ambito-ente-capofila = Come gli atti chiamano l’ente capofila, se diverso dal nome abituale: per esempio ente capofila, ECAD.
schema-ambito-distretto = Il distretto sanitario con cui l’Ambito coincide, quando gli atti lo nominano.
schema-ambito-ats = L’agenzia di tutela della salute (ATS, ASL) con cui l’Ambito collabora, per esteso.
schema-ambito-asst = L’azienda socio-sanitaria territoriale (ASST) con cui l’Ambito collabora, per esteso.
schema-ambito-deleghe = I gruppi di Comuni dell’Ambito che partecipano tramite un altro ente (un’Unione, una Comunità) a cui hanno delegato le funzioni sociali: un elenco, ciascuno con `ente` e `comuni`.

schema-titolo-delega = Delega di funzioni
schema-delega = Un gruppo di Comuni dell’Ambito che ha delegato le funzioni sociali a un ente.
schema-delega-ente = L’ente a cui i Comuni hanno delegato le funzioni: l’identificativo di un ente di enti.yaml.
schema-delega-comuni = I Comuni che hanno delegato: un elenco di identificativi di comuni.yaml, per esempio [carpi, novi-di-modena].
schema-delega-funzioni = Che cosa hanno delegato, a parole. Per esempio: la gestione dei servizi sociali.

schema-titolo-forma = Forma di gestione
schema-forma-convenzione = Convenzione tra i Comuni, con un Comune capofila (art. 30 TUEL).
schema-forma-unione = L’Unione dei Comuni gestisce le funzioni (art. 32 TUEL).
schema-forma-consorzio = Un consorzio dei Comuni (art. 31 TUEL), per esempio una Società della Salute.
schema-forma-azienda-speciale = Un’azienda speciale consortile (artt. 31 e 114 TUEL).
schema-forma-delega-azienda-sanitaria = I Comuni delegano le funzioni all’azienda sanitaria (art. 3, c. 3, d.lgs. 502/1992).
schema-forma-comunita-montana = Una Comunità Montana o una Comunità di valle gestisce le funzioni per i suoi Comuni.
schema-forma-accordo-di-programma = Un accordo di programma tra i Comuni e altri enti (art. 34 TUEL).

schema-titolo-genere = Genere
schema-genere-f = femminile
schema-genere-m = maschile

schema-titolo-nome = Nome di un organo o di un ufficio
schema-titolo-nome-esteso = Nome con genere e numero
schema-nome-esteso-nome = Il nome come lo stampano gli atti. Per esempio: Conferenza dei Sindaci.
schema-nome-esteso-genere = Il genere grammaticale del nome: `F` o `M`. Se manca, si ricava dalla prima parola.
schema-nome-esteso-plurale = `true` per un nome plurale, per esempio Servizi Sociali dei Comuni.

## comuni.yaml

schema-comuni = Il file comuni.yaml elenca i Comuni dell’Ambito, uno per voce.
schema-titolo-comune-entry = Comune
schema-comune-entry = Un Comune dell’Ambito: l’identificativo, il nome, la sede, la popolazione e il Sindaco.
schema-comune-entry-id = L’identificativo del Comune: un nome breve in minuscolo, con trattini al posto degli spazi, con cui gli altri file lo richiamano. Per esempio: besana-in-brianza.
schema-comune-entry-nome = Il nome del Comune come lo riportano gli atti. Per esempio: Besana in Brianza.
schema-comune-entry-sede = L’indirizzo del municipio, dove il Sindaco è domiciliato per la carica. Per esempio: via Roma 1.
schema-comune-entry-popolazione = La popolazione residente a una data (ISTAT): le chiavi `al` e `residenti`, per esempio {"{"} al: 2023-12-31, residenti: 6381 {"}"}.
schema-comune-entry-sindaco = Il Sindaco in carica: l’identificativo di una persona di persone.yaml. Basta per un solo mandato senza date; per tenere la storia dei mandati usare `sindaci`.
schema-comune-entry-sindaci = I mandati dei Sindaci, quando contano le date: ogni atto nomina il Sindaco in carica alla sua data. Un elenco di voci con `persona`, `dal` e, se il mandato è concluso, `al`.
schema-comune-entry-codice-fiscale = Il codice fiscale del Comune: 11 cifre, tra virgolette. Per esempio: "01199250158".
schema-comune-entry-istat = Il codice ISTAT del Comune: 6 cifre, tra virgolette. Per esempio: "015146".
schema-comune-entry-cap = Il codice di avviamento postale (CAP): 5 cifre, tra virgolette. Per esempio: "20841".

schema-titolo-mandato = Mandato del Sindaco
schema-mandato = Il mandato di un Sindaco: dal giorno `dal` al giorno `al` compreso; senza `al` è ancora in carica.
schema-mandato-persona = Il Sindaco: l’identificativo di una persona di persone.yaml.
schema-mandato-dal = Il primo giorno del mandato, nella forma aaaa-mm-gg. Per esempio: 2023-05-29.
schema-mandato-al = L’ultimo giorno del mandato, nella forma aaaa-mm-gg. Se manca, il Sindaco è ancora in carica.

schema-titolo-popolazione = Popolazione residente
schema-popolazione-al = La data a cui si riferisce il dato, nella forma aaaa-mm-gg. Per esempio: 2023-12-31.
schema-popolazione-residenti = Il numero dei residenti, senza punti. Per esempio: 15512.

## persone.yaml

schema-persone = Il file persone.yaml elenca le persone nominate negli atti: Sindaci, firmatari, personale, componenti degli organi.
schema-titolo-persona-entry = Persona
schema-persona-entry = Una persona nominata negli atti.
schema-persona-entry-id = L’identificativo della persona: un nome breve in minuscolo, con trattini, con cui gli altri file la richiamano. Per esempio: vanessa-gallo.
schema-persona-entry-nome = Il nome di battesimo. Per esempio: Vanessa.
schema-persona-entry-cognome = Il cognome. Per esempio: Gallo.
schema-persona-entry-genere = `F` o `M`: gli atti accordano titoli e participi (la Sindaca, domiciliata) con il genere della persona.
schema-persona-entry-codice-fiscale = Il codice fiscale della persona: 16 caratteri, come sulla tessera sanitaria. Per esempio: RSSMRA85T10A562S.
schema-persona-entry-nato-a = Il luogo di nascita, come lo stampano gli atti. Per esempio: Monza (MB).
schema-persona-entry-nato-il = La data di nascita, nella forma aaaa-mm-gg. Per esempio: 1966-05-11.
schema-persona-entry-titolo-al-maschile = `true` per una donna che firma con il titolo al maschile (il Sindaco, il Direttore generale); i participi restano accordati con `genere`.

## enti.yaml

schema-enti = Il file enti.yaml elenca gli enti diversi dai Comuni dell’Ambito nominati negli atti: l’ente gestore, le aziende sanitarie, le Unioni, il Forum del Terzo Settore.
schema-titolo-ente-entry = Ente
schema-ente-entry = Un ente diverso dai Comuni dell’Ambito: una Comunità Montana, un’azienda sanitaria, un’Unione, il Forum del Terzo Settore.
schema-ente-entry-id = L’identificativo dell’ente: un nome breve in minuscolo, con trattini, con cui gli altri file lo richiamano. Per esempio: unione-terre-d-argine.
schema-ente-entry-nome = Il nome dell’ente come lo riportano gli atti. Per esempio: Unione delle Terre d’Argine.
schema-ente-entry-tipo = Il tipo di ente: `unione`, `comunita-montana`, `comunita-di-valle`, `consorzio`, `azienda-speciale`, `azienda-sanitaria`, `asp`, `altro`. Se manca, vale `altro`.
schema-ente-entry-genere = Il genere grammaticale del nome: `F` per «Unione …», `M` per «Consorzio …». Se manca, si ricava dalla prima parola.
schema-ente-entry-codice-fiscale = Il codice fiscale dell’ente: 11 cifre, tra virgolette. Per esempio: "03069890360".
schema-ente-entry-sede = La sede dell’ente. Per esempio: corso Alberto Pio 91, Carpi.
schema-ente-entry-rappresentante = Il legale rappresentante: l’identificativo di una persona di persone.yaml.
schema-ente-entry-qualita = In quale qualità firma il rappresentante. Se manca: `presidente`, oppure `direttore-generale` per un’azienda sanitaria, un’ASP o un’azienda speciale.

schema-titolo-qualita = Qualità del firmatario
schema-qualita-sindaco = Sindaco / Sindaca
schema-qualita-sindaco-pro-tempore = Sindaco pro tempore / Sindaca pro tempore
schema-qualita-vice-sindaco = Vice Sindaco / Vice Sindaca
schema-qualita-vice-sindaco-delegato = Vice Sindaco delegato / Vice Sindaca delegata
schema-qualita-assessore-delegato = Assessore delegato / Assessora delegata
schema-qualita-presidente = Presidente
schema-qualita-direttore-generale = Direttore generale / Direttrice generale
schema-qualita-commissario = Commissario / Commissaria
schema-qualita-commissario-straordinario = Commissario straordinario / Commissaria straordinaria
schema-qualita-legale-rappresentante = legale rappresentante

schema-titolo-tipo-ente = Tipo di ente
schema-tipo-ente-unione = Unione di Comuni.
schema-tipo-ente-comunita-montana = Comunità Montana.
schema-tipo-ente-comunita-di-valle = Comunità di valle.
schema-tipo-ente-consorzio = Consorzio, per esempio una Società della Salute.
schema-tipo-ente-azienda-speciale = Azienda speciale consortile.
schema-tipo-ente-azienda-sanitaria = ASL, ASP (Sicilia, Calabria), ULSS, Azienda USL, ATS, ASST.
schema-tipo-ente-asp = Azienda pubblica di servizi alla persona.
schema-tipo-ente-altro = Un altro ente, per esempio il Forum del Terzo Settore.

## ufficio-di-piano.yaml

schema-ufficio-di-piano = Il file ufficio-di-piano.yaml descrive l’ufficio comune: la sede, le funzioni, il Responsabile e il personale.
schema-ufficio-di-piano-sede = L’indirizzo dell’ufficio. Per esempio: via San Massimiliano Kolbe.
schema-ufficio-di-piano-comune = Il Comune in cui ha sede l’ufficio: l’identificativo di un Comune di comuni.yaml.
schema-ufficio-di-piano-email = L’indirizzo di posta elettronica dell’ufficio. Per esempio: ufficiodipiano@comune.lecce.it.
schema-ufficio-di-piano-pec = L’indirizzo di posta elettronica certificata (PEC) dell’ufficio. Per esempio: protocollo@pec.comune.lecce.it.
schema-ufficio-di-piano-funzioni = Le funzioni in cui è organizzato l’ufficio, ciascuna con `id`, `nome` e le unità di personale (`unita`).
schema-ufficio-di-piano-aree-tematiche = Le aree tematiche di cui si occupa la programmazione: un elenco. Per esempio: [area socio-sanitaria, area socio-assistenziale].
schema-ufficio-di-piano-responsabile = Il Responsabile dell’ufficio: l’identificativo di una persona di persone.yaml, che deve comparire nel `personale`.
schema-ufficio-di-piano-responsabile-dal = Da quando il Responsabile è in carica, nella forma aaaa-mm-gg (per la durata dell’incarico prevista dal regolamento).
schema-ufficio-di-piano-organico = Il numero di addetti che dichiarano gli atti; deve corrispondere all’elenco del `personale`.
schema-ufficio-di-piano-personale = Il personale dell’ufficio: un elenco di voci con `persona`, `ruolo`, `ente` e, se serve, `funzione`, `ore-settimanali` ed `esterno`.

schema-titolo-addetto = Addetto dell’Ufficio di Piano
schema-addetto = Una persona che lavora nell’Ufficio di Piano.
schema-addetto-persona = La persona: l’identificativo di una persona di persone.yaml.
schema-addetto-ruolo = Il ruolo, a parole. Per esempio: Responsabile, assistente sociale, istruttore amministrativo.
schema-addetto-funzione = La funzione a cui è assegnata la persona, se c’è: l’`id` di una delle `funzioni` dell’ufficio.
schema-addetto-ente = L’ente da cui proviene la persona: l’identificativo di un Comune o di un ente.
schema-addetto-ore-settimanali = Le ore settimanali, per chi è distaccato a ore (da 1 a 36). Se manca, la persona lavora a tempo pieno.
schema-addetto-esterno = `true` per chi non è distaccato da un Comune dell’Ambito ma è assunto dall’esterno (allora `ente` può essere qualsiasi ente).

schema-titolo-funzione = Funzione dell’Ufficio di Piano
schema-funzione = Una funzione in cui è organizzato l’ufficio.
schema-funzione-id = L’identificativo della funzione, con cui il personale la richiama. Per esempio: programmazione.
schema-funzione-nome = Il nome della funzione. Per esempio: programmazione e progettazione.
schema-funzione-unita = Le unità di personale assegnate alla funzione: un numero intero.

## organi.yaml

schema-organi = Il file organi.yaml descrive gli organi e le commissioni dell’Ambito, come sono composti a una data.
schema-organi-aggiornato-al = La data a cui si riferisce la composizione, nella forma aaaa-mm-gg: è la data del documento. Per esempio: 2018-12-31.
schema-organi-organi = Gli organi e le commissioni: un elenco di voci con `id`, `nome` e la composizione.

schema-titolo-organo = Organo
schema-organo = Un organo o una commissione dell’Ambito.
schema-organo-id = L’identificativo dell’organo. Per esempio: tavolo-sintesi.
schema-organo-nome = Il nome dell’organo. Per esempio: Tavolo di Sintesi Territoriale.
schema-organo-competenze = Che cosa fa l’organo: un elenco, una riga per competenza.
schema-organo-massimo = Il numero massimo di componenti, quando le regole lo fissano.
schema-organo-tutti-i-sindaci = `true` per un organo formato da tutti i Sindaci dell’Ambito (non servono quote).
schema-organo-quote = La regola di composizione: quanti componenti di ciascun tipo, un elenco di quote con `id`, `descrizione` e `numero`.
schema-organo-componenti = Chi fa parte dell’organo ora: un elenco di voci con `persona`, `quota` ed `ente`.
schema-organo-presidente = Chi presiede o coordina l’organo: l’identificativo di una persona, che deve essere tra i componenti.
schema-organo-titolo-presidente = Il titolo di chi presiede. Per esempio: Presidente, Coordinatrice. Se manca: Presidente.

schema-titolo-quota = Quota di componenti
schema-quota = Una quota: `numero` componenti di un tipo, descritti a parole.
schema-quota-id = L’identificativo della quota, con cui i componenti la richiamano. Per esempio: forum.
schema-quota-descrizione = Chi occupa i posti della quota, a parole. Per esempio: rappresentanti del Forum del Terzo Settore.
schema-quota-numero = Quanti posti ha la quota. Se manca, il numero è libero (per esempio: rappresentanti dei Comuni).
schema-quota-vacanti = I posti dichiarati vacanti: componenti e posti vacanti insieme devono fare `numero`.

schema-titolo-componente = Componente dell’organo
schema-componente = Una persona che fa parte dell’organo.
schema-componente-persona = La persona: l’identificativo di una persona di persone.yaml.
schema-componente-quota = La quota che il componente occupa: l’`id` di una quota dello stesso organo.
schema-componente-ente = L’ente che il componente rappresenta: l’identificativo di un Comune o di un ente.

## piano.yaml

schema-piano = Il file piano.yaml descrive il Piano di Zona: il periodo, gli obiettivi con i loro indicatori e il budget annuale.
schema-piano-titolo = Il titolo del Piano. Per esempio: Piano di Zona 2025-2027.
schema-piano-dal = Il primo anno del Piano, in quattro cifre. Per esempio: 2025.
schema-piano-al = L’ultimo anno del Piano, in quattro cifre. Per esempio: 2027.
schema-piano-anni = Quanti anni dura il Piano. Se manca, tre.
schema-piano-obiettivi = Gli obiettivi del Piano: un elenco di voci con `id`, `titolo` e `indicatori`.
schema-piano-budget = Il budget annuale per fondo: un elenco di voci con `fondo` e `annuale`.

schema-titolo-obiettivo = Obiettivo del Piano
schema-obiettivo = Un obiettivo del Piano di Zona.
schema-obiettivo-id = L’identificativo dell’obiettivo, con cui le relazioni lo richiamano. Per esempio: domiciliarita.
schema-obiettivo-titolo = Il titolo dell’obiettivo. Per esempio: Sostegno alla domiciliarità.
schema-obiettivo-indicatori = Gli indicatori dell’obiettivo: un elenco di voci con `id`, `descrizione` e `target`.

schema-titolo-indicatore = Indicatore
schema-indicatore = Un indicatore con cui si misura l’obiettivo.
schema-indicatore-id = L’identificativo dell’indicatore, con cui le relazioni lo richiamano. Per esempio: sad-utenti.
schema-indicatore-descrizione = Che cosa misura l’indicatore, a parole. Per esempio: persone seguite dal SAD.
schema-indicatore-target = Il valore che il Piano si propone di raggiungere in un anno: un numero intero. Per esempio: 240.

schema-titolo-voce-budget = Voce di budget
schema-voce-budget = L’importo annuale previsto da un fondo.
schema-voce-budget-fondo = Il fondo: l’identificativo di un fondo di _riferimenti/fondi.yaml, oppure `comuni` per la quota propria dei Comuni.
schema-voce-budget-annuale = L’importo previsto ogni anno, in euro. Per esempio: 420000.00.

schema-titolo-importo = Importo in euro

## atti/convenzione.yaml

schema-convenzione = Il file atti/convenzione.yaml raccoglie i fatti della convenzione. Sono obbligatori solo il titolo, l’approvazione e la stipula: una clausola di cui mancano i fatti non compare nell’atto.
schema-convenzione-titolo = Il titolo dell’atto. Per esempio: Convenzione per la gestione associata dell’Ufficio di Piano.
schema-convenzione-approvazione = L’approvazione del testo: l’`organo` che l’ha approvato e la `data`.
schema-convenzione-stipula = La firma dell’atto: la `data` (la data dell’atto), il `comune` presso i cui uffici si firma e, se serve, il `luogo` a parole.
schema-convenzione-parti = Le parti che firmano, ciascuna con il suo rappresentante. Se manca: tutti i Comuni, rappresentati dal Sindaco, e l’ente gestore quando è un ente.
schema-convenzione-viste = Le leggi su cui si fonda la convenzione (i «Visti»): identificativi di norme di _riferimenti/norme.yaml o del profilo regionale. Se manca: le leggi nazionali e quelle della Regione.
schema-convenzione-convenzioni-precedenti = Gli anni in cui sono state approvate convenzioni precedenti tra gli stessi Comuni. Per esempio: [2007, 2012].
schema-convenzione-proroghe = Le proroghe della convenzione precedente, in ordine di data: ciascuna con `organo`, `numero`, `data` e `fino-al`.
schema-convenzione-rogito = L’atto pubblico, quando l’atto è ricevuto da un Segretario rogante: `segretario` e `repertorio`.
schema-convenzione-durata = La durata: la `scadenza` e, se previsto, il `rinnovo`.
schema-convenzione-recesso = Il recesso di un Comune: entro quale giorno dare il preavviso e per quanti anni si continua a contribuire.
schema-convenzione-personale = Le regole sul personale distaccato: la soglia di ore annue oltre la quale si rimborsa.
schema-convenzione-ripartizione = Come si ripartiscono le spese comuni tra i Comuni: il `criterio` e, se c’è, l’`importo-annuo`.
schema-convenzione-risorse = Le risorse dell’ufficio: i `fondi`, le `altre-fonti`, i tempi dei trasferimenti e il rimborso all’ente capofila.
schema-convenzione-foro = Il foro competente per le controversie. Per esempio: Monza.
schema-convenzione-esenzioni = Le esenzioni dalla registrazione e dall’imposta di bollo, ciascuna con la norma che la prevede.
schema-convenzione-firma-digitale = La legge in base alla quale l’atto è firmato digitalmente: l’identificativo di una norma. Se manca: d.lgs. 82/2005.
schema-convenzione-competenze = Che cosa fa l’ufficio, per area: un elenco di voci con `area` e `attivita`, per l’articolo sulle funzioni.
schema-convenzione-testo = Le modifiche al testo dell’atto: premesse e articoli sostituiti, aggiunti, spostati o tolti (vedere docs/content.md, «Cambiare un articolo»).

schema-titolo-approvazione = Approvazione
schema-approvazione-organo = L’organo che ha approvato il testo. Per esempio: Assemblea dei Sindaci.
schema-approvazione-data = La data dell’approvazione, nella forma aaaa-mm-gg. Per esempio: 2025-03-12.

schema-titolo-stipula = Stipula
schema-stipula-data = Il giorno della firma, nella forma aaaa-mm-gg: è la data dell’atto. Per esempio: 2025-04-03.
schema-stipula-comune = Dove si firma l’atto: l’identificativo di un Comune o di un ente, presso i cui uffici si firma.
schema-stipula-luogo = Il luogo a parole, quando non sono gli uffici di quell’ente. Per esempio: la sede dell’Unione, in corso Alberto Pio 91.

schema-titolo-parte-entry = Parte della convenzione
schema-parte-entry = Una parte dell’atto: un Comune o un altro ente, e chi firma per esso.
schema-parte-entry-ente = La parte: l’identificativo di un Comune o di un ente.
schema-parte-entry-rappresentante = Chi firma: l’identificativo di una persona. Se manca: il Sindaco in carica (per un Comune) o il `rappresentante` dell’ente.
schema-parte-entry-qualita = In quale qualità firma: `sindaco`, `sindaco-pro-tempore`, `vice-sindaco-delegato`, `presidente`, `direttore-generale`, …
schema-parte-entry-delibera = La deliberazione che autorizza la firma (per esempio del Consiglio comunale): `organo`, `numero` e `data`.

schema-titolo-deliberazione = Deliberazione
schema-deliberazione-organo = L’organo che ha deliberato. Per esempio: Consiglio comunale, Comitato dei Sindaci.
schema-deliberazione-numero = Il numero della deliberazione: un numero intero. Per esempio: 71.
schema-deliberazione-data = La data della deliberazione, nella forma aaaa-mm-gg. Per esempio: 2021-09-02.

schema-titolo-proroga = Proroga
schema-proroga = Una proroga dell’atto precedente: la deliberazione e la nuova scadenza.
schema-proroga-organo = L’organo che ha deciso la proroga. Per esempio: Comitato di Distretto.
schema-proroga-numero = Il numero della deliberazione: un numero intero.
schema-proroga-data = La data della deliberazione, nella forma aaaa-mm-gg. Per esempio: 2016-12-15.
schema-proroga-fino-al = Il nuovo ultimo giorno dell’atto, nella forma aaaa-mm-gg. Per esempio: 2017-06-30.

schema-titolo-rogito = Rogito
schema-rogito-segretario = Il Segretario rogante: l’identificativo di una persona di persone.yaml.
schema-rogito-repertorio = Il numero di repertorio, tra virgolette. Per esempio: "1234" o "28/2018" (gli atti stampano «Rep. n.» davanti).

schema-titolo-durata = Durata
schema-durata-scadenza = L’ultimo giorno in cui la convenzione è in vigore, nella forma aaaa-mm-gg. Per esempio: 2027-12-31.
schema-durata-rinnovo = Il rinnovo: per quanti `anni` e `entro-mesi` quanti mesi dalla scadenza si decide.

schema-titolo-rinnovo = Rinnovo
schema-rinnovo-anni = Per quanti anni ancora si può rinnovare: un numero intero.
schema-rinnovo-entro-mesi = Entro quanti mesi prima della scadenza si decide il rinnovo: un numero intero.

schema-titolo-recesso = Recesso
schema-recesso-preavviso-entro = Il giorno e il mese entro cui un Comune dà il preavviso, nella forma gg-mm. Per esempio: 31-12.
schema-recesso-anni-contribuzione = Per quanti anni dopo il preavviso il Comune paga ancora la sua quota: un numero intero.

schema-titolo-giorno-mese = Giorno dell’anno

schema-titolo-personale = Personale
schema-personale-soglia-ore-annue = Le ore annue oltre le quali un Comune che distacca personale a ore riceve un rimborso: un numero intero.

schema-titolo-ripartizione = Ripartizione delle spese
schema-ripartizione-criterio = Il criterio di ripartizione: oggi solo `popolazione`.
schema-ripartizione-importo-annuo = La spesa comune annua da ripartire tra i Comuni, in euro; se c’è, la convenzione ha un allegato con la quota di ciascun Comune. Per esempio: 120000.00.

schema-titolo-criterio = Criterio di ripartizione
schema-criterio-popolazione = In base alla popolazione residente al 31 dicembre del penultimo anno.

schema-titolo-risorse = Risorse
schema-risorse-fondi = I fondi che possono finanziare l’ufficio: identificativi di fondi di _riferimenti/fondi.yaml. Per esempio: [fnps, fna].
schema-risorse-altre-fonti = Le altre fonti di finanziamento, a parole: un elenco.
schema-risorse-trasferimenti-entro-giorni = Entro quanti giorni si trasferiscono i fondi dopo l’approvazione del piano di riparto: un numero intero.
schema-risorse-rimborso-ente = L’importo annuo pagato all’ente capofila per il supporto all’ufficio, in euro (si può scrivere anche `rimborso-capofila`). Per esempio: 20000.00.

schema-titolo-esenzioni = Esenzioni
schema-esenzioni-registrazione = L’esenzione dalla registrazione: l’`articolo` e la `norma` che la prevedono.
schema-esenzioni-bollo = L’esenzione dall’imposta di bollo: l’`articolo` e la `norma` che la prevedono.

schema-titolo-richiamo = Disposizione di legge
schema-richiamo-articolo = La disposizione. Per esempio: art. 1 della Tabella allegata.
schema-richiamo-norma = La legge: l’identificativo di una norma di _riferimenti/norme.yaml o di quelle fornite con lo strumento.

schema-titolo-competenza = Competenza dell’Ufficio
schema-competenza = Che cosa fa l’ufficio in un’area.
schema-competenza-area = L’area. Per esempio: programmazione.
schema-competenza-attivita = Le attività dell’area: un elenco, una riga per attività.

schema-titolo-testo = Modifiche al testo
schema-testo-premesse = Le premesse sostituite, aggiunte, spostate o tolte: un elenco di voci con l’`id` della premessa.
schema-testo-articoli = Gli articoli sostituiti, aggiunti, spostati o tolti, e i singoli commi sostituiti: un elenco di voci con l’`id` dell’articolo.

schema-titolo-modifica-premessa = Modifica di una premessa
schema-modifica-premessa = Una modifica a una premessa. Con l’id di una premessa esistente: `testo` ne sostituisce il testo, `rimuovi: true` la toglie, `dopo` o `prima` la spostano. Con un id nuovo: una premessa aggiunta (serve `testo`), dopo `dopo`, prima di `prima` o alla fine della sua `sezione`.
schema-modifica-premessa-id = L’identificativo della premessa: quello di una premessa esistente (vedere docs/content.md) o uno nuovo per aggiungerla.
schema-modifica-premessa-sezione = Dove sta una premessa aggiunta: `premesso` (se manca) o `considerato`.
schema-modifica-premessa-testo = Il testo della premessa, senza punto finale: il documento aggiunge la punteggiatura. Può contenere segnaposto tra graffe, per esempio {"{"}il organo{"}"} (vedere docs/content.md, «Segnaposto»).
schema-modifica-premessa-dopo = L’id della premessa dopo cui metterla.
schema-modifica-premessa-prima = L’id della premessa prima di cui metterla.
schema-modifica-premessa-rimuovi = `true` per togliere la premessa.

schema-titolo-sezione = Sezione delle premesse
schema-sezione-premesso = Dopo «Premesso che».
schema-sezione-considerato = Dopo «Considerato che».

schema-titolo-modifica-articolo = Modifica di un articolo
schema-modifica-articolo = Una modifica a un articolo. Con l’id di un articolo esistente: `titolo` e `commi` ne sostituiscono titolo e commi, `comma: N` con `testo` sostituisce il comma N, `rimuovi: true` lo toglie, `dopo` o `prima` lo spostano. Con un id nuovo: un articolo aggiunto (servono `titolo` e `commi`), dopo `dopo`, prima di `prima` o alla fine.
schema-modifica-articolo-id = L’identificativo dell’articolo: quello di un articolo esistente (vedere docs/content.md) o uno nuovo per aggiungerlo.
schema-modifica-articolo-capo = Il capo (Titolo) che l’articolo apre o a cui appartiene.
schema-modifica-articolo-titolo = Il titolo dell’articolo. Per esempio: Durata.
schema-modifica-articolo-commi = I commi dell’articolo, nell’ordine: un elenco di testi.
schema-modifica-articolo-comma = Il numero del comma (come è numerato nell’atto) che `testo` sostituisce o che `rimuovi` toglie.
schema-modifica-articolo-testo = Il nuovo testo del comma indicato da `comma`; può contenere segnaposto tra graffe (vedere docs/content.md, «Segnaposto»).
schema-modifica-articolo-dopo = L’id dell’articolo dopo cui metterlo.
schema-modifica-articolo-prima = L’id dell’articolo prima di cui metterlo.
schema-modifica-articolo-rimuovi = `true` per togliere l’articolo, o il comma indicato da `comma`.

## atti/regolamento.yaml

schema-regolamento = Il file atti/regolamento.yaml raccoglie i fatti del regolamento dell’Ufficio di Piano.
schema-regolamento-titolo = Il titolo dell’atto. Per esempio: Regolamento di funzionamento dell’Ufficio di Piano.
schema-regolamento-piano-di-zona = Il periodo del Piano di Zona a cui serve il regolamento. Per esempio: 2018-2020.
schema-regolamento-approvazione = La deliberazione che approva il regolamento: `organo`, `numero` e `data`.
schema-regolamento-adozione = La deliberazione che adotta il regolamento: `organo`, `numero`, `data` (la data dell’atto) e, se servono, i `firmatari`.
schema-regolamento-convenzione = L’atto che istituisce l’ufficio, a parole. Per esempio: Convenzione per la gestione associata dell’Ufficio di Piano.
schema-regolamento-responsabile = Le regole sul Responsabile: `nomina`, `durata-anni`, `revoca-maggioranza` e `sostituzione-entro-giorni`.
schema-regolamento-relazione-ogni-mesi = Ogni quanti mesi l’ufficio riferisce all’organo politico: un numero intero.
schema-regolamento-riferimenti-regionali = I piani e gli atti regionali su cui si fonda la dotazione di personale, a parole: un elenco.
schema-regolamento-testo = Le modifiche al testo: articoli sostituiti, aggiunti, spostati o tolti, come per la convenzione (vedere docs/content.md, «Cambiare un articolo»).

schema-titolo-delibera = Deliberazione
schema-delibera-organo = L’organo che ha deliberato. Per esempio: Coordinamento Istituzionale.
schema-delibera-numero = Il numero della deliberazione: un numero intero.
schema-delibera-data = La data della deliberazione, nella forma aaaa-mm-gg. Per esempio: 2019-02-25.
schema-delibera-firmatari = Chi firma l’atto per questo organo (per l’adozione: i riquadri delle firme): un elenco di voci con `persona` e `ruolo`.

schema-titolo-firmatario = Firmatario
schema-firmatario = Chi firma: una persona e il ruolo in cui firma.
schema-firmatario-persona = La persona: l’identificativo di una persona di persone.yaml.
schema-firmatario-ruolo = Il ruolo come lo stampa l’atto. Per esempio: Il Sindaco del Comune di Lecce, Il Segretario generale.

schema-titolo-regole-responsabile = Responsabile dell’Ufficio di Piano
schema-regole-responsabile-nomina = Chi nomina il Responsabile e tra chi lo sceglie, a parole.
schema-regole-responsabile-durata-anni = Per quanti anni dura l’incarico: un numero intero.
schema-regole-responsabile-revoca-maggioranza = La maggioranza qualificata dei Comuni associati necessaria per la revoca, come frazione. Per esempio: 2/3.
schema-regole-responsabile-sostituzione-entro-giorni = Entro quanti giorni si nomina chi lo sostituisce: un numero intero.

schema-titolo-frazione = Maggioranza

## relazioni/<anno>-<1|2>.yaml

schema-relazione = Un file della cartella relazioni/ descrive ciò che si è fatto in un semestre; il nome del file indica l’anno e il semestre (2025-1.yaml: da gennaio a giugno 2025).
schema-relazione-data = Il giorno in cui si firma la relazione, nella forma aaaa-mm-gg. Per esempio: 2025-07-15.
schema-relazione-obiettivi = Che cosa si è fatto per ciascun obiettivo del Piano: un elenco di voci con `obiettivo`, `attivita`, `utenti`, `domande`, `indicatori` e `soddisfazione`.
schema-relazione-spesa = La spesa del semestre per fondo del budget del Piano: un elenco di voci con `fondo` e `importo`.
schema-relazione-totali = I totali scritti nella relazione, se ci sono: devono corrispondere a quelli calcolati.

schema-titolo-esito = Esito di un obiettivo
schema-esito = Che cosa si è fatto nel semestre per un obiettivo del Piano.
schema-esito-obiettivo = L’obiettivo: l’`id` di un obiettivo di piano.yaml.
schema-esito-attivita = Le attività svolte, a parole: un elenco.
schema-esito-utenti = Le persone raggiunte dai servizi dell’obiettivo nel semestre: un numero intero.
schema-esito-domande = Le domande ricevute e quelle soddisfatte, per la quota di bisogni soddisfatti.
schema-esito-indicatori = Il valore raggiunto per ciascun indicatore (cumulato nell’anno): un elenco di voci con `indicatore` e `valore`.
schema-esito-soddisfazione = Gli utenti che hanno risposto all’indagine di soddisfazione e quanti erano soddisfatti.

schema-titolo-domande = Domande
schema-domande-ricevute = Le domande ricevute: un numero intero.
schema-domande-soddisfatte = Le domande soddisfatte: un numero intero, non più delle ricevute.

schema-titolo-misura = Valore di un indicatore
schema-misura = Il valore raggiunto da un indicatore.
schema-misura-indicatore = L’indicatore: l’`id` di un indicatore dell’obiettivo.
schema-misura-valore = Il valore raggiunto finora nell’anno: un numero intero.

schema-titolo-soddisfazione = Soddisfazione degli utenti
schema-soddisfazione-rispondenti = Gli utenti che hanno risposto: un numero intero.
schema-soddisfazione-soddisfatti = Gli utenti soddisfatti: un numero intero, non più dei rispondenti.

schema-titolo-voce-spesa = Voce di spesa
schema-voce-spesa = La spesa di un fondo nel semestre.
schema-voce-spesa-fondo = Il fondo: l’identificativo di un fondo del budget del Piano.
schema-voce-spesa-importo = La spesa del semestre, in euro. Per esempio: 198500.00.

schema-titolo-totali-dichiarati = Totali dichiarati
schema-totali-dichiarati-utenti = Il totale degli utenti: un numero intero.
schema-totali-dichiarati-spesa = Il totale della spesa, in euro. Per esempio: 896550.50.

## _riferimenti/norme.yaml

schema-norme = Il file _riferimenti/norme.yaml elenca le leggi e i decreti citati dagli atti oltre a quelli forniti con lo strumento.
schema-titolo-norma-entry = Norma
schema-norma-entry = Una legge o un decreto citato dagli atti.
schema-norma-entry-id = L’identificativo della norma, con cui gli atti la richiamano. Per esempio: legge-112-2016.
schema-norma-entry-citazione = Come gli atti citano la norma. Per esempio: legge 22 giugno 2016, n. 112.
schema-norma-entry-titolo = Il titolo della norma. Per esempio: Legge quadro per la realizzazione del sistema integrato di interventi e servizi sociali.
schema-norma-entry-breve = La forma breve della citazione. Per esempio: l. n. 112/2016. Se manca, si usa la citazione.
schema-norma-entry-data = La data della norma, nella forma aaaa-mm-gg: un atto con data precedente non la cita. Per esempio: 2016-06-22.

## _riferimenti/fondi.yaml

schema-fondi = Il file _riferimenti/fondi.yaml elenca i fondi pubblici che finanziano gli interventi.
schema-titolo-fondo-entry = Fondo
schema-fondo-entry = Un fondo pubblico.
schema-fondo-entry-id = L’identificativo del fondo, con cui il budget e le relazioni lo richiamano. Per esempio: fnps.
schema-fondo-entry-nome = Il nome del fondo. Per esempio: Fondo Nazionale per le Politiche Sociali.

# Pubblicazione e archivio (docs/it/pubblicazione.md)
schema-persona-entry-residenza = Un indirizzo privato, quando l’atto deve stamparlo. Per esempio: via Roma 1, Pomarance (PI). La copia per la pubblicazione lo omette.
schema-convenzione-pubblicazione = Come la copia per la pubblicazione online (Albo pretorio, Amministrazione trasparente) tratta i dati personali: la `forma` (omissis o ometti) e i dati da `pubblica`re comunque.
schema-convenzione-archivio = Ciò che il sistema di protocollo dell’ente sa dell’atto, per i metadati d’archivio (Allegato 5 delle linee guida sul documento informatico): `registrazione`, `classificazione`, `fascicolo`, `riservato`, `conservazione-anni`.
schema-regolamento-pubblicazione = Come la copia per la pubblicazione online (Albo pretorio, Amministrazione trasparente) tratta i dati personali: la `forma` (omissis o ometti) e i dati da `pubblica`re comunque.
schema-regolamento-archivio = Ciò che il sistema di protocollo dell’ente sa dell’atto, per i metadati d’archivio (Allegato 5 delle linee guida sul documento informatico): `registrazione`, `classificazione`, `fascicolo`, `riservato`, `conservazione-anni`.
schema-titolo-pubblicazione = Pubblicazione
schema-pubblicazione-forma = `omissis` (predefinito): al posto di ogni dato omesso si legge «omissis»; `ometti`: il dato è tolto con le parole che lo introducono.
schema-pubblicazione-pubblica = I dati personali che la copia per la pubblicazione deve comunque riportare, quando una norma lo chiede: `nato-a`, `nato-il`, `codice-fiscale`, `residenza`. Se manca: nessuno.
schema-titolo-dato-personale = Dato personale
schema-dato-personale = Un dato personale che la copia per la pubblicazione omette, se l’atto non chiede di pubblicarlo.
schema-dato-personale-nato-a = Il luogo di nascita.
schema-dato-personale-nato-il = La data di nascita.
schema-dato-personale-codice-fiscale = Il codice fiscale di una persona (non quello di un ente).
schema-dato-personale-residenza = L’indirizzo privato.
schema-titolo-omissione = Forma dell’omissione
schema-omissione-omissis = Al posto del dato si legge «omissis».
schema-omissione-ometti = Il dato è tolto, con le parole che lo introducono.
schema-titolo-archivio = Archivio
schema-archivio-registrazione = La registrazione dell’atto nel protocollo o in un repertorio: `registro`, `codice`, `numero`, `data` e, se serve, `flusso`.
schema-archivio-classificazione = Il posto dell’atto nel titolario dell’ente: `indice`, `descrizione` e, se serve, `piano`.
schema-archivio-fascicolo = L’identificativo del fascicolo a cui l’atto appartiene. Per esempio: "2025-VII.16-3".
schema-archivio-riservato = `true` se l’atto è riservato.
schema-archivio-conservazione-anni = Per quanti anni l’atto si conserva, secondo il piano di conservazione dell’ente (9999: per sempre).
schema-titolo-registrazione = Registrazione
schema-registrazione-registro = `protocollo` o `repertorio`.
schema-registrazione-codice = Il codice del registro nel sistema di protocollo: lettere, cifre, `_`, `.`, `-`, al più 16. Per esempio: REP.
schema-registrazione-numero = Il numero assegnato, tra virgolette: per il protocollo almeno 7 cifre. Per esempio: "0012345".
schema-registrazione-data = La data della registrazione, nella forma aaaa-mm-gg.
schema-registrazione-flusso = `interno` (predefinito), `entrata` o `uscita`.
schema-titolo-registro = Registro
schema-registro-protocollo = Il protocollo informatico (ordinario o di emergenza).
schema-registro-repertorio = Un repertorio o un altro registro (contratti, deliberazioni…).
schema-titolo-flusso = Flusso
schema-flusso-interno = Formato e tenuto all’interno dell’ente.
schema-flusso-entrata = Ricevuto.
schema-flusso-uscita = Spedito.
schema-titolo-classificazione = Classificazione
schema-classificazione-indice = L’indice di classificazione. Per esempio: VII.16.
schema-classificazione-descrizione = Che cosa indica l’indice.
schema-classificazione-piano = Il piano di classificazione (titolario) a cui l’indice appartiene.
