# Diagnostics of the validation rules (R005–R048), in order of code.

## R005: unique ids

# Two items of one file have the same id; $tipo says of what.
r005-id-doppio = { $tipo ->
        [comune] Comune
        [ente] ente
        [norma] norma
        [fondo] fondo
        [funzione] funzione
        [organo] organo
        [quota] quota
        [obiettivo] obiettivo
        [indicatore] indicatore
       *[persona] persona
    } id `{ $id }` is used twice
r005-id-doppio-suggerimento = the first one is at line { $riga }: give this one a different id

## R006: references to existing ids

# A reference to an id that does not exist; $tipo says what was looked for.
r006-inesistente = no { $tipo ->
        [comune] Comune
        [comune-o-ente] Comune or ente
        [norma] norma
        [fondo] fondo
        [funzione] funzione
        [quota] quota of this body
        [obiettivo] obiettivo of piano.yaml
        [indicatore] indicatore of this obiettivo
        [budget] fund in the budget of piano.yaml
       *[persona] persona
    } with id `{ $id }`
# The reference is still the placeholder left by `ambito new`.
r006-da-compilare = `{ $id }` is left by `ambito new` for you to fill in: write the id of the { $tipo ->
        [comune] Comune
        [comune-o-ente] Comune or ente
        [norma] norma
        [fondo] fondo
        [funzione] funzione
        [quota] quota of this body
        [obiettivo] obiettivo of piano.yaml
        [indicatore] indicatore of this obiettivo
        [budget] fund in the budget of piano.yaml
       *[persona] persona
    } here, as { $tipo ->
        [comune] comuni.yaml
        [comune-o-ente] comuni.yaml or enti.yaml
        [norma] _riferimenti/norme.yaml (or shipped with the tool)
        [fondo] _riferimenti/fondi.yaml
        [funzione] the `funzioni` of ufficio-di-piano.yaml
        [quota] its `quote`
        [obiettivo] piano.yaml
        [indicatore] its `indicatori` in piano.yaml
        [budget] the `budget` of piano.yaml
       *[persona] persone.yaml
    } has it
# No id close to the one written: where to add it.
r006-aggiungi = add it to { $tipo ->
        [comune] comuni.yaml
        [comune-o-ente] comuni.yaml or enti.yaml
        [norma] _riferimenti/norme.yaml (or shipped with the tool)
        [fondo] _riferimenti/fondi.yaml
        [funzione] the `funzioni` of ufficio-di-piano.yaml
        [quota] its `quote`
        [obiettivo] piano.yaml
        [indicatore] its `indicatori` in piano.yaml
        [budget] the `budget` of piano.yaml
       *[persona] persone.yaml
    }, or use one of the ids listed there
# A fund that does not exist and no fund close to it: which funds exist.
r006-fondi-esistenti = { $tipo ->
        [budget] the funds in the `budget` of piano.yaml are: { $elenco }; use one of them, or add `{ $id }` to the `budget`
       *[fondo] the funds of _riferimenti/fondi.yaml are: { $elenco }; use one of them, or add `{ $id }` to that file
    }

## R007: files a document needs

# A file another document needs is missing; $motivo says why.
r007-file-mancante = `{ $file }` is missing: { $motivo }
r007-file-mancante-suggerimento = create { $percorso } (see docs/content.md), or remove { $documento }
r007-motivo-regolamento-ufficio = the regolamento describes the office
r007-motivo-relazioni-ufficio = the relazioni are signed by its Responsabile
r007-motivo-relazioni-piano = the relazioni measure the Piano di Zona

## R011: the capofila

# The ente-gestore of a convenzione is an ente, not a Comune.
r011-capofila-non-comune = the ente-gestore `{ $ente }` is not a member Comune, but under `forma: convenzione` the office sits at a Comune capofila
r011-capofila-non-comune-suggerimento = name one of the Comuni of comuni.yaml as ente-gestore, or set `forma:` to how the Ambito is really run (unione, consorzio, comunita-montana, …)

## R012: the Sindaci

r012-sindaco-e-sindaci = Comune `{ $comune }` has both `sindaco` and `sindaci`
r012-sindaco-e-sindaci-suggerimento = keep `sindaci` (the mandates with their dates) and remove `sindaco`
# A Comune with no Sindaco, when a body seats every Sindaco.
r012-senza-sindaco = Comune `{ $comune }` has no Sindaco, but a body of organi.yaml seats every Sindaco
r012-senza-sindaco-suggerimento = add `sindaco: <persona id>`, or `sindaci:` with the mandates and their dates
# On a document's date no mandate is running.
r012-nessun-sindaco-in-carica = no Sindaco of { $comune } is in office on { $data }, the date of the { $documento }
r012-nessun-sindaco-in-carica-suggerimento = add the mandate that covers that day to `sindaci`, or correct `dal`/`al`
# On a document's date several mandates are running.
r012-piu-sindaci-in-carica = { $n } Sindaci of { $comune } are in office on { $data }, the date of the { $documento }: { $sindaci }
r012-piu-sindaci-in-carica-suggerimento = mandates must not overlap: end the earlier one (`al`) before the next begins

## R013: the population

# The population is not at 31 December of the penultimate year before the signing.
r013-popolazione-data = the population of { $comune } is dated { $data }, but a convenzione signed in { $anno } shares costs by the population at { $attesa }
r013-popolazione-data-suggerimento = use the ISTAT resident population at { $attesa }
r013-senza-popolazione = { $comune } has no population, but the convenzione shares its costs by population
r013-senza-popolazione-suggerimento = add `popolazione: {"{"} al: { $attesa }, residenti: N {"}"}`

## R014–R018: the Ufficio di Piano

r014-responsabile-assente = the Responsabile `{ $responsabile }` is not in the staff list
r014-responsabile-assente-suggerimento = add the Responsabile to `personale`, or name one of the staff
r014-responsabile-doppio = the Responsabile `{ $responsabile }` is listed more than once in the staff
r014-responsabile-doppio-suggerimento = keep one entry per person
# The Responsabile is not full time, but the convenzione wants it.
r015-responsabile-part-time = the Responsabile `{ $responsabile }` is seconded for { $ore } hours a week, but the convenzione picks the Responsabile among full-time staff
r015-responsabile-part-time-suggerimento = remove `ore-settimanali` (full time), or name a full-time member as Responsabile
# `organico` is not the number of people in the list.
r016-organico = `organico` says { $organico } but the staff list has { $personale }
r016-organico-suggerimento = correct `organico` or the list; the documents count the list
r017-ore-settimanali = { $ore } weekly hours is outside 1..36
r017-ore-settimanali-suggerimento = write the hours of the secondment; remove the key for full time (36 hours)
# Staff from an ente that is not a member Comune, and not marked `esterno`.
r018-ente-non-comune = `{ $ente }` is not a member Comune: staff are seconded by the Comuni of the Ambito
r018-ente-non-comune-suggerimento = name the seconding Comune, or add `esterno: true` for staff hired from outside

## R019–R022: the bodies

# Members plus vacancies are not the seats of the quota.
r019-quota = quota `{ $quota }` of { $organo } has { $posti } seats, but { $membri } members and { $vacanti } declared vacancies
r019-quota-suggerimento-mancano = add the missing members, or declare them vacant: `vacanti: { $vacanti }`
r019-quota-suggerimento-troppi = the quota has { $posti } seats: remove members or vacancies
r020-persona-doppia = `{ $persona }` sits twice in { $organo }
r020-persona-doppia-suggerimento = a person holds one seat in a body: remove one entry
# The quotas or the members exceed the body's maximum.
r021-massimo = { $organo } allows at most { $massimo } members, but its quotas provide { $posti } seats and { $membri } people sit in it
r021-massimo-suggerimento = reduce the quotas or the members, or correct `massimo`
r022-presidente = the chair `{ $presidente }` is not a member of { $organo }
r022-presidente-suggerimento = choose the chair among the members, or add them to `componenti`

## R023–R027: the Piano di Zona and the relazioni

# The plan's years are not the length declared in `anni`.
r023-durata = the plan runs { $dal }–{ $al } ({ $durata } years), but lasts { $anni }
# As r023-durata, when `anni` is missing and the plan is a triennium.
r023-durata-triennio = the plan runs { $dal }–{ $al } ({ $durata } years), but lasts { $anni } (a triennium, unless `anni` says otherwise)
r023-durata-suggerimento = correct `dal`/`al`, or declare `anni:` for a plan of another length
r024-relazione-fuori-piano = the relazione of { $anno }-{ $semestre } falls outside the plan ({ $dal }–{ $al })
r024-relazione-fuori-piano-suggerimento = rename the file after a semester of the plan, or correct the plan's years
r025-domande = { $soddisfatte } requests met out of { $ricevute } requests received
r025-domande-suggerimento = requests met cannot exceed requests received
r025-soddisfazione = { $soddisfatti } satisfied users out of { $rispondenti } users who answered
r025-soddisfazione-suggerimento = satisfied users cannot exceed users who answered
# Warning: a year's spending on a fund exceeds its yearly budget.
r026-spesa-oltre-budget = spending on `{ $fondo }` in { $anno } reaches { $spesa } against a yearly budget of { $budget }
r026-spesa-oltre-budget-suggerimento = check the amounts, or record the budget variation in piano.yaml
# The total of users typed in the relazione is not the computed one.
r027-totale-utenti = total users typed as { $scritto } but the objectives add up to { $calcolato }
# The total of spending typed in the relazione is not the computed one.
r027-totale-spesa = total spending typed as { $scritto } but the funds add up to { $calcolato }
r027-totale-suggerimento = write { $calcolato }, or remove the total: the report computes it

## R028–R030: dates

r028-piano = the plan ends in { $al } before it starts in { $dal }
r028-piano-suggerimento = swap `dal` and `al`
r028-mandato = the mandate of `{ $persona }` ends on { $al } before it starts on { $dal }
r028-mandato-suggerimento = correct `dal` or `al`
r028-convenzione = the convenzione expires on { $scadenza } before it is signed on { $stipula }
r028-convenzione-suggerimento = correct `scadenza` or the signing date
# The relazione is dated within its semester: it must be dated from the day after its end.
r028-relazione = the relazione of { $anno }-{ $semestre } is dated { $data }, but it must be dated after the end of its semester ({ $fine }), from { $primo } on
r028-relazione-suggerimento = a relazione is signed once its semester has ended: date it { $primo } or later
# The convenzione is signed (or the regolamento adopted) before it is approved.
r029-prima-dell-approvazione = { $atto ->
        [adozione] adopted
       *[firma] signed
    } on { $data } before its approval on { $approvazione }
r029-prima-dell-approvazione-suggerimento = an act is { $atto ->
        [adozione] adopted
       *[firma] signed
    } after the body approves it: correct one of the dates
# Warning: the Responsabile's term ran out before the latest document.
r030-mandato-scaduto = the Responsabile's { $anni }-year term from { $dal } ended on { $scadenza }, before the { $documento } of { $data }
r030-mandato-scaduto-suggerimento = confirm the Responsabile (update `responsabile-dal`) or appoint a successor

## R031–R035: addresses and codes

# An e-mail or PEC address that is not valid; $tipo is `e-mail` or `PEC`.
r031-indirizzo = `{ $indirizzo }` is not a valid { $tipo } address
r031-indirizzo-suggerimento = write it as name@domain.it, with no spaces
r032-codice-fiscale-persona = `{ $codice }` is not a valid codice fiscale of a person
r032-codice-fiscale-persona-suggerimento = 16 characters, as on the tessera sanitaria; the last one is a check character: look for a typo
r033-codice-fiscale-ente = `{ $codice }` is not a valid codice fiscale of an organisation
r033-codice-fiscale-ente-suggerimento = 11 digits; the last one is a check digit: look for a typo
r034-codice-istat = `{ $codice }` is not an ISTAT code
r034-codice-istat-suggerimento = 6 digits, quoted so that leading zeros stay: istat: "015146"
r035-cap = `{ $cap }` is not a CAP
r035-cap-suggerimento = 5 digits, quoted so that leading zeros stay: cap: "00184"

## R037–R040: governance and acts

r037-regione-sconosciuta = `{ $regione }` is not a region the tool has a profile for
# No region close to the one written: the list of those there are.
r037-regioni = the regions and autonomous provinces are: { $elenco }
# The form of management needs a managing body of another kind.
r038-ente-gestore = `forma: { $forma }` needs { $richiesto } as ente-gestore, but `{ $gestore }` is { $trovato }
r038-ente-gestore-suggerimento = name the managing body in ente-gestore and give it its `tipo:` in enti.yaml, or correct `forma`
# What each form of management needs (inside r038-ente-gestore).
r038-serve-unione = an ente of `tipo: unione`
r038-serve-consorzio = an ente of `tipo: consorzio`
r038-serve-azienda-speciale = an ente of `tipo: azienda-speciale`
r038-serve-azienda-sanitaria = an ente of `tipo: azienda-sanitaria`
r038-serve-comunita-montana = an ente of `tipo: comunita-montana` or `comunita-di-valle`
# What the managing body is instead (inside r038-ente-gestore).
r038-e-un-comune = a Comune
r038-tipo-sbagliato = `{ $ente }` without the right `tipo:` in enti.yaml
# A delegation names a Comune as its ente.
r039-delega-a-comune = `{ $ente }` is a Comune: Comuni delegate to an ente (an Unione, a Comunità)
r039-delega-a-comune-suggerimento = list the body they delegate to in enti.yaml and name it here
r039-comune-in-due-deleghe = the Comune `{ $comune }` is in two delegations
r039-comune-in-due-deleghe-suggerimento = a Comune delegates its social functions to one body: keep it in one `deleghe` entry
# An ente is twice among the parties of the convenzione.
r039-parte-doppia = `{ $ente }` is listed twice among the parties
r039-parte-doppia-suggerimento = list each party once
r040-proroga-dopo-l-atto = the extension n. { $numero } is dated { $data }, after the act is signed on { $stipula }
r040-proroga-fuori-ordine = the extension n. { $numero } of { $data } is listed after one of { $precedente }
r040-proroga-non-oltre = the extension n. { $numero } runs to { $fino }, not beyond the previous one ({ $precedente })
r040-proroghe-suggerimento = list the extensions in date order, each to a later end date

## R048: budgets of the documents

r048-comuni = the Ambito lists { $n } Comuni: more than the budget of { $massimo }
r048-comuni-suggerimento = an Ambito this large is surely a mistake: check comuni.yaml
r048-relazione-obiettivi = the relazione has { $n } objectives: more than the budget of { $massimo }
r048-relazione-spesa = the relazione has { $n } lines of spending: more than the budget of { $massimo }
# A body exceeds the seats allowed; $quanti is r048-organo-vacanti or r048-organo-posti.
r048-organo = { $organo } reaches { $quanti } with quota `{ $quota }`: more than the budget of { $massimo } seats per body, each printed as a row
r048-organo-vacanti = { $n } vacancies
r048-organo-posti = { $n } seats
r048-organo-suggerimento = check `numero` and `vacanti`: a body this large is surely a mistake
# All the bodies together exceed the rows allowed in the commissions' document.
r048-commissioni = the bodies reach { $righe } rows of composition with quota `{ $quota }` of { $organo }: more than the budget of { $massimo }

# R050: archive data for the AgID metadata
r050-codice = `{ $codice }` is not a register code
r050-codice-suggerimento = letters, digits, `_`, `.` or `-`, at most 16, as the records system names the register: codice: REP
r050-numero = `{ $numero }` is not a registration number for this register
r050-numero-suggerimento = a protocol number has at least 7 digits, in quotes so that leading zeros stay: numero: "0012345"
