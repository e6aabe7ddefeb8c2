# Diagnostiche delle regole di validazione (R005–R048), in ordine di codice.

## R005: id unici

# Due elementi dello stesso file hanno lo stesso id; $tipo dice di che cosa.
r005-id-doppio = l’id `{ $id }` è usato per due { $tipo ->
        [comune] Comuni
        [ente] enti
        [norma] norme
        [fondo] fondi
        [funzione] funzioni
        [organo] organi
        [quota] quote
        [obiettivo] obiettivi
        [indicatore] indicatori
       *[persona] persone
    }
r005-id-doppio-suggerimento = il primo è alla riga { $riga }: dare a questo un id diverso

## R006: riferimenti a id esistenti

# Un riferimento a un id che non esiste; $tipo dice che cosa si cercava.
r006-inesistente = non esiste { $tipo ->
        [comune] un Comune
        [comune-o-ente] un Comune o un ente
        [norma] una norma
        [fondo] un fondo
        [funzione] una funzione
        [quota] una quota di questo organo
        [obiettivo] un obiettivo di piano.yaml
        [indicatore] un indicatore di questo obiettivo
        [budget] un fondo nel budget di piano.yaml
       *[persona] una persona
    } con id `{ $id }`
# Il riferimento è ancora il segnaposto lasciato da `ambito new`.
r006-da-compilare = `{ $id }` è stato lasciato da `ambito new` perché sia compilato: scrivere qui l’id { $tipo ->
        [comune] del Comune, come compare in comuni.yaml
        [comune-o-ente] del Comune o dell’ente, come compare in comuni.yaml o in enti.yaml
        [norma] della norma, come compare in _riferimenti/norme.yaml (o tra le norme fornite con lo strumento)
        [fondo] del fondo, come compare in _riferimenti/fondi.yaml
        [funzione] della funzione, come compare tra le `funzioni` di ufficio-di-piano.yaml
        [quota] della quota, come compare tra le sue `quote`
        [obiettivo] dell’obiettivo, come compare in piano.yaml
        [indicatore] dell’indicatore, come compare tra i suoi `indicatori` in piano.yaml
        [budget] del fondo, come compare nel `budget` di piano.yaml
       *[persona] della persona, come compare in persone.yaml
    }
# Nessun id simile a quello scritto: dove aggiungerlo.
r006-aggiungi = aggiungere { $tipo ->
        [comune] il Comune a comuni.yaml
        [comune-o-ente] il Comune o l’ente a comuni.yaml o a enti.yaml
        [norma] la norma a _riferimenti/norme.yaml (o usare una norma fornita con lo strumento)
        [fondo] il fondo a _riferimenti/fondi.yaml
        [funzione] la funzione alle `funzioni` di ufficio-di-piano.yaml
        [quota] la quota alle sue `quote`
        [obiettivo] l’obiettivo a piano.yaml
        [indicatore] l’indicatore ai suoi `indicatori` in piano.yaml
        [budget] il fondo al `budget` di piano.yaml
       *[persona] la persona a persone.yaml
    }, oppure usare uno degli id elencati lì
# Un fondo inesistente e nessun fondo simile: quali fondi esistono.
r006-fondi-esistenti = { $tipo ->
        [budget] i fondi nel `budget` di piano.yaml sono: { $elenco }; usare uno di questi, oppure aggiungere `{ $id }` al `budget`
       *[fondo] i fondi di _riferimenti/fondi.yaml sono: { $elenco }; usare uno di questi, oppure aggiungere `{ $id }` a quel file
    }

## R007: file necessari

# Manca un file che un altro documento richiede; $motivo dice perché.
r007-file-mancante = manca il file `{ $file }`: { $motivo }
r007-file-mancante-suggerimento = creare { $percorso } (vedere docs/it/contenuti.md), oppure eliminare { $documento }
r007-motivo-regolamento-ufficio = il regolamento descrive l’Ufficio di Piano
r007-motivo-relazioni-ufficio = le relazioni sono firmate dal Responsabile dell’Ufficio di Piano
r007-motivo-relazioni-piano = le relazioni rendicontano il Piano di Zona

## R011: il capofila

# L’ente-gestore di una convenzione è un ente e non un Comune.
r011-capofila-non-comune = l’ente-gestore `{ $ente }` non è un Comune dell’Ambito, ma con `forma: convenzione` l’Ufficio di Piano ha sede presso un Comune capofila
r011-capofila-non-comune-suggerimento = indicare come ente-gestore uno dei Comuni di comuni.yaml, oppure impostare `forma:` secondo la forma di gestione effettiva dell’Ambito (unione, consorzio, comunita-montana, …)

## R012: i Sindaci

r012-sindaco-e-sindaci = il Comune `{ $comune }` ha sia `sindaco` sia `sindaci`
r012-sindaco-e-sindaci-suggerimento = mantenere `sindaci` (i mandati con le loro date) ed eliminare `sindaco`
# Un Comune senza Sindaco, quando un organo comprende tutti i Sindaci.
r012-senza-sindaco = il Comune `{ $comune }` non ha un Sindaco, ma un organo di organi.yaml comprende tutti i Sindaci
r012-senza-sindaco-suggerimento = aggiungere `sindaco: <id della persona>`, oppure `sindaci:` con i mandati e le loro date
# Alla data di un documento nessun mandato è in corso.
r012-nessun-sindaco-in-carica = nessun Sindaco di { $comune } è in carica il { $data }, data del documento { $documento }
r012-nessun-sindaco-in-carica-suggerimento = aggiungere a `sindaci` il mandato che comprende quel giorno, oppure correggere `dal`/`al`
# Alla data di un documento più mandati sono in corso.
r012-piu-sindaci-in-carica = { $n } Sindaci di { $comune } sono in carica il { $data }, data del documento { $documento }: { $sindaci }
r012-piu-sindaci-in-carica-suggerimento = i mandati non devono sovrapporsi: far terminare il precedente (`al`) prima dell’inizio del successivo

## R013: la popolazione

# La popolazione non è al 31 dicembre del penultimo anno prima della stipula.
r013-popolazione-data = la popolazione di { $comune } è riferita al { $data }, ma una convenzione stipulata nel { $anno } ripartisce i costi secondo la popolazione al { $attesa }
r013-popolazione-data-suggerimento = usare la popolazione residente ISTAT al { $attesa }
r013-senza-popolazione = per { $comune } manca la popolazione, ma la convenzione ripartisce i costi in base alla popolazione
r013-senza-popolazione-suggerimento = aggiungere `popolazione: {"{"} al: { $attesa }, residenti: N {"}"}`

## R014–R018: l’Ufficio di Piano

r014-responsabile-assente = il Responsabile `{ $responsabile }` non è nell’elenco del personale
r014-responsabile-assente-suggerimento = aggiungere il Responsabile a `personale`, oppure indicare come Responsabile una persona del personale
r014-responsabile-doppio = il Responsabile `{ $responsabile }` compare più volte nell’elenco del personale
r014-responsabile-doppio-suggerimento = lasciare una sola voce per persona
# Il Responsabile non è a tempo pieno, ma la convenzione lo richiede.
r015-responsabile-part-time = il Responsabile `{ $responsabile }` è assegnato per { $ore } ore settimanali, ma la convenzione sceglie il Responsabile tra il personale a tempo pieno
r015-responsabile-part-time-suggerimento = eliminare `ore-settimanali` (tempo pieno), oppure indicare come Responsabile una persona a tempo pieno
# `organico` non corrisponde al numero di persone dell’elenco.
r016-organico = `organico` indica { $organico }, ma l’elenco del personale ne contiene { $personale }
r016-organico-suggerimento = correggere `organico` o l’elenco; i documenti contano le persone dell’elenco
r017-ore-settimanali = { $ore } ore settimanali: il valore deve essere compreso tra 1 e 36
r017-ore-settimanali-suggerimento = scrivere le ore dell’assegnazione; per il tempo pieno (36 ore) eliminare la chiave
# Il personale viene da un ente che non è un Comune dell’Ambito e non è segnato `esterno`.
r018-ente-non-comune = `{ $ente }` non è un Comune dell’Ambito: il personale è messo a disposizione dai Comuni dell’Ambito
r018-ente-non-comune-suggerimento = indicare il Comune che mette a disposizione la persona, oppure aggiungere `esterno: true` per il personale esterno

## R019–R022: gli organi

# Componenti più posti vacanti non corrispondono ai posti della quota.
r019-quota = la quota `{ $quota }` di { $organo } prevede { $posti } posti, ma ha { $membri } componenti e { $vacanti } posti vacanti dichiarati
r019-quota-suggerimento-mancano = aggiungere i componenti mancanti, oppure dichiararli vacanti: `vacanti: { $vacanti }`
r019-quota-suggerimento-troppi = la quota prevede { $posti } posti: eliminare componenti o posti vacanti
r020-persona-doppia = `{ $persona }` compare due volte in { $organo }
r020-persona-doppia-suggerimento = una persona occupa un solo posto in un organo: eliminare una delle due voci
# Le quote o i componenti superano il numero massimo dell’organo.
r021-massimo = { $organo } ammette al massimo { $massimo } componenti, ma le sue quote prevedono { $posti } posti e ne fanno parte { $membri } persone
r021-massimo-suggerimento = ridurre le quote o i componenti, oppure correggere `massimo`
r022-presidente = il presidente `{ $presidente }` non è componente di { $organo }
r022-presidente-suggerimento = scegliere il presidente tra i componenti, oppure aggiungerlo a `componenti`

## R023–R027: il Piano di Zona e le relazioni

# Gli anni del piano non corrispondono alla durata dichiarata in `anni`.
r023-durata = il Piano di Zona va dal { $dal } al { $al } ({ $durata ->
        [one] 1 anno
       *[other] { $durata } anni
    }), ma la sua durata è di { $anni ->
        [one] 1 anno
       *[other] { $anni } anni
    }
# Come r023-durata, quando `anni` manca e vale il triennio.
r023-durata-triennio = il Piano di Zona va dal { $dal } al { $al } ({ $durata ->
        [one] 1 anno
       *[other] { $durata } anni
    }), ma la sua durata è di { $anni ->
        [one] 1 anno
       *[other] { $anni } anni
    } (un triennio, salvo diversa indicazione in `anni`)
r023-durata-suggerimento = correggere `dal`/`al`, oppure indicare `anni:` per un piano di durata diversa
r024-relazione-fuori-piano = la relazione { $anno }-{ $semestre } è fuori dal periodo del Piano di Zona ({ $dal }–{ $al })
r024-relazione-fuori-piano-suggerimento = rinominare il file secondo un semestre del Piano di Zona, oppure correggere gli anni del Piano
r025-domande = { $soddisfatte } domande soddisfatte su { $ricevute } domande ricevute
r025-domande-suggerimento = le domande soddisfatte non possono superare le domande ricevute
r025-soddisfazione = { $soddisfatti } utenti soddisfatti su { $rispondenti } utenti che hanno risposto
r025-soddisfazione-suggerimento = gli utenti soddisfatti non possono superare gli utenti che hanno risposto
# Avviso: la spesa di un anno su un fondo supera il budget annuale.
r026-spesa-oltre-budget = la spesa sul fondo `{ $fondo }` nel { $anno } arriva a { $spesa }, a fronte di un budget annuale di { $budget }
r026-spesa-oltre-budget-suggerimento = verificare gli importi, oppure registrare la variazione del budget in piano.yaml
# Il totale degli utenti scritto nella relazione è diverso da quello calcolato.
r027-totale-utenti = il totale degli utenti è scritto come { $scritto }, ma la somma degli obiettivi è { $calcolato }
# Il totale della spesa scritto nella relazione è diverso da quello calcolato.
r027-totale-spesa = il totale della spesa è scritto come { $scritto }, ma la somma dei fondi è { $calcolato }
r027-totale-suggerimento = scrivere { $calcolato }, oppure eliminare il totale: la relazione lo calcola da sé

## R028–R030: le date

r028-piano = il Piano di Zona termina nel { $al }, prima di iniziare nel { $dal }
r028-piano-suggerimento = scambiare `dal` e `al`
r028-mandato = il mandato di `{ $persona }` termina il { $al }, prima di iniziare il { $dal }
r028-mandato-suggerimento = correggere `dal` o `al`
r028-convenzione = la convenzione scade il { $scadenza }, prima della stipula del { $stipula }
r028-convenzione-suggerimento = correggere `scadenza` o la data di stipula
# La relazione è datata entro il suo semestre: deve esserlo dal giorno dopo la fine.
r028-relazione = la relazione { $anno }-{ $semestre } è datata { $data }, ma deve avere una data successiva alla fine del suo semestre ({ $fine }), cioè dal { $primo } in poi
r028-relazione-suggerimento = la relazione si firma a semestre concluso: indicare come `data` il { $primo } o un giorno successivo
# La convenzione è firmata (o il regolamento adottato) prima di essere approvato.
r029-prima-dell-approvazione = { $atto ->
        [adozione] il regolamento risulta adottato
       *[firma] la convenzione risulta firmata
    } il { $data }, prima della sua approvazione del { $approvazione }
r029-prima-dell-approvazione-suggerimento = un atto { $atto ->
        [adozione] si adotta
       *[firma] si firma
    } dopo che l’organo competente lo ha approvato: correggere una delle due date
# Avviso: l’incarico del Responsabile è scaduto prima dell’ultimo documento.
r030-mandato-scaduto = l’incarico del Responsabile, di { $anni ->
        [one] 1 anno
       *[other] { $anni } anni
    } dal { $dal }, è scaduto il { $scadenza }, prima del documento { $documento } del { $data }
r030-mandato-scaduto-suggerimento = confermare il Responsabile (aggiornando `responsabile-dal`) oppure nominarne un successore

## R031–R035: recapiti e codici

# Un indirizzo e-mail o PEC non valido; $tipo è `e-mail` o `PEC`.
r031-indirizzo = `{ $indirizzo }` non è un indirizzo { $tipo } valido
r031-indirizzo-suggerimento = scriverlo nella forma nome@dominio.it, senza spazi
r032-codice-fiscale-persona = `{ $codice }` non è un codice fiscale valido di una persona
r032-codice-fiscale-persona-suggerimento = 16 caratteri, come sulla tessera sanitaria; l’ultimo è un carattere di controllo: verificare che non ci siano errori di battitura
r033-codice-fiscale-ente = `{ $codice }` non è un codice fiscale valido di un ente
r033-codice-fiscale-ente-suggerimento = 11 cifre; l’ultima è una cifra di controllo: verificare che non ci siano errori di battitura
r034-codice-istat = `{ $codice }` non è un codice ISTAT
r034-codice-istat-suggerimento = 6 cifre, tra virgolette perché restino gli zeri iniziali: istat: "015146"
r035-cap = `{ $cap }` non è un CAP
r035-cap-suggerimento = 5 cifre, tra virgolette perché restino gli zeri iniziali: cap: "00184"

## R037–R040: governo e atti

r037-regione-sconosciuta = `{ $regione }` non è una regione per cui lo strumento ha un profilo
# Nessuna regione simile a quella scritta: l’elenco di quelle previste.
r037-regioni = le regioni e le province autonome sono: { $elenco }
# La forma di gestione richiede un ente gestore di un altro tipo.
r038-ente-gestore = `forma: { $forma }` richiede come ente-gestore { $richiesto }, ma `{ $gestore }` è { $trovato }
r038-ente-gestore-suggerimento = indicare l’ente gestore in ente-gestore e assegnargli il suo `tipo:` in enti.yaml, oppure correggere `forma`
# Che cosa richiede ciascuna forma di gestione (dentro r038-ente-gestore).
r038-serve-unione = un ente di `tipo: unione`
r038-serve-consorzio = un ente di `tipo: consorzio`
r038-serve-azienda-speciale = un ente di `tipo: azienda-speciale`
r038-serve-azienda-sanitaria = un ente di `tipo: azienda-sanitaria`
r038-serve-comunita-montana = un ente di `tipo: comunita-montana` o `comunita-di-valle`
# Che cosa è invece l’ente gestore (dentro r038-ente-gestore).
r038-e-un-comune = un Comune
r038-tipo-sbagliato = `{ $ente }` senza il `tipo:` richiesto in enti.yaml
# Una delega indica come ente un Comune.
r039-delega-a-comune = `{ $ente }` è un Comune: i Comuni delegano a un ente (un’Unione, una Comunità)
r039-delega-a-comune-suggerimento = inserire in enti.yaml l’ente a cui delegano e indicarlo qui
r039-comune-in-due-deleghe = il Comune `{ $comune }` compare in due deleghe
r039-comune-in-due-deleghe-suggerimento = un Comune delega le funzioni sociali a un solo ente: lasciarlo in una sola voce di `deleghe`
# Un ente compare due volte tra le parti della convenzione.
r039-parte-doppia = `{ $ente }` compare due volte tra le parti
r039-parte-doppia-suggerimento = elencare ogni parte una sola volta
r040-proroga-dopo-l-atto = la proroga n. { $numero } è datata { $data }, dopo la stipula dell’atto del { $stipula }
r040-proroga-fuori-ordine = la proroga n. { $numero } del { $data } è elencata dopo una del { $precedente }
r040-proroga-non-oltre = la proroga n. { $numero } arriva al { $fino }, non oltre la precedente ({ $precedente })
r040-proroghe-suggerimento = elencare le proroghe in ordine di data, ciascuna con una scadenza successiva alla precedente

## R048: limiti dei documenti

r048-comuni = l’Ambito elenca { $n } Comuni: più del limite di { $massimo }
r048-comuni-suggerimento = un Ambito così grande è certamente un errore: verificare comuni.yaml
r048-relazione-obiettivi = la relazione ha { $n } obiettivi: più del limite di { $massimo }
r048-relazione-spesa = la relazione ha { $n } voci di spesa: più del limite di { $massimo }
# Un organo supera i posti ammessi; $quanti è r048-organo-vacanti o r048-organo-posti.
r048-organo = { $organo } arriva a { $quanti } con la quota `{ $quota }`: più del limite di { $massimo } posti per organo, ciascuno stampato come una riga
r048-organo-vacanti = { $n } posti vacanti
r048-organo-posti = { $n } posti
r048-organo-suggerimento = verificare `numero` e `vacanti`: un organo così grande è certamente un errore
# Tutti gli organi insieme superano le righe ammesse nel documento delle commissioni.
r048-commissioni = gli organi arrivano a { $righe } righe di composizione con la quota `{ $quota }` di { $organo }: più del limite di { $massimo }

# R050: dati d'archivio per i metadati AgID
r050-codice = `{ $codice }` non è un codice di registro
r050-codice-suggerimento = lettere, cifre, `_`, `.` o `-`, al più 16, come il sistema di protocollo chiama il registro: codice: REP
r050-numero = `{ $numero }` non è un numero di registrazione per questo registro
r050-numero-suggerimento = un numero di protocollo ha almeno 7 cifre, tra virgolette perché restino gli zeri iniziali: numero: "0012345"
