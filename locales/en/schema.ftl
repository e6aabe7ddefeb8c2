### The words of the JSON Schemas of the content files (`ambito schema`,
### `schemas/*.json`), which an editor shows on hovering a key, in
### completions and in errors. `src/schema.rs` explains the ids:
### schema-titolo-<type> is a type's title (the heading of hovers),
### schema-<type> its description, schema-<type>-<key> a key's description (or
### an allowed value's), schema-errore-<what> the editor's message for a value
### written in the wrong form.

## The editor's messages for a value written in the wrong form

schema-errore-data = not a date as aaaa-mm-gg: write it e.g. 2025-07-29
schema-errore-cap = a CAP has 5 digits and is quoted so that leading zeros stay (unquoted, 00184 is the number 184): e.g. cap: "00184"
schema-errore-istat = an ISTAT code has 6 digits and is quoted so that leading zeros stay: e.g. istat: "015146"
schema-errore-codice-fiscale-ente = an organisation's codice fiscale has 11 digits and is quoted so that leading zeros stay: e.g. codice-fiscale: "01199250158"
schema-errore-codice-fiscale-persona = a person's codice fiscale has 16 characters, letters and digits, as on the tessera sanitaria: e.g. RSSMRA85T10A562S
schema-errore-email = not a valid address: write it as name@domain.it, with no spaces
schema-errore-importo = not an amount in euro: write digits with no thousands separators and a decimal point (at most two decimals), e.g. 352400.00
schema-errore-giorno-mese = not a day of the year: write it as DD-MM, e.g. 31-12
schema-errore-frazione = not a majority: write it as a fraction, e.g. 2/3

## ambito.yaml

schema-ambito = `ambito.yaml`: the Ambito itself.
schema-ambito-nome = Full name, e.g. "Ambito territoriale sociale di Carate Brianza".
schema-ambito-regione = The region or autonomous province: its profile id (`lombardia`, `emilia-romagna`, `trento`) or its name (`Lombardia`). Its profile gives the framework laws the acts recite and the usual names below.
schema-ambito-provincia = The province the Ambito is in, in full, e.g. "Monza e della Brianza".
schema-ambito-forma = How the Comuni manage the Ambito together: `convenzione` (art. 30 TUEL, with an ente capofila), `unione`, `consorzio`, `azienda-speciale`, `delega-azienda-sanitaria`, `comunita-montana`, `accordo-di-programma`. `convenzione` when absent.
schema-ambito-ente-gestore = The lead or managing body: a Comune id of `comuni.yaml` (the Comune capofila) or an ente id of `enti.yaml` (an Unione, a consorzio, an azienda sanitaria, a Comunità Montana). `capofila` is accepted too.
schema-ambito-organo-politico = The political body: "Conferenza dei Sindaci", "Comitato dei Sindaci", "Coordinamento Istituzionale"… Absent: the region's usual name.
schema-ambito-ufficio = The joint office: "Ufficio di Piano", "Servizio Sociale dei Comuni"… Absent: the region's usual name.
schema-ambito-responsabile = The title of the office's head: "Responsabile", "Coordinatore d'Ambito"…
schema-ambito-piano = The plan: "Piano di Zona", "Piano Sociale Distrettuale", "PLUS"…
schema-ambito-ente-capofila = The lead body's title in the acts: "ente capofila", "ECAD"…
schema-ambito-distretto = The health district the Ambito coincides with, when the acts name it.
schema-ambito-ats = The agency for health protection (ATS, ASL) the Ambito works with.
schema-ambito-asst = The local health and social care agency (ASST) the Ambito works with.
schema-ambito-deleghe = Groups of Comuni of the Ambito that take part through another body to which they delegated their social functions (an Unione, a Comunità).

schema-titolo-delega = Delegation of functions
schema-delega = Comuni of the Ambito that delegated their social functions to an ente.
schema-delega-ente = The body they delegated to: an ente id of `enti.yaml`.
schema-delega-comuni = The delegating Comuni: Comune ids.
schema-delega-funzioni = What they delegated, in words, e.g. "la gestione dei servizi sociali".

schema-titolo-forma = Form of management
schema-forma-convenzione = Convenzione among the Comuni with an ente capofila (art. 30 TUEL).
schema-forma-unione = The Comuni's Unione manages the functions (art. 32 TUEL).
schema-forma-consorzio = A consortium of the Comuni (art. 31 TUEL), e.g. a Società della Salute.
schema-forma-azienda-speciale = An azienda speciale consortile (artt. 31 and 114 TUEL).
schema-forma-delega-azienda-sanitaria = The Comuni delegate the functions to the azienda sanitaria (art. 3, c. 3, d.lgs. 502/1992).
schema-forma-comunita-montana = A Comunità Montana or Comunità di valle runs them for its Comuni.
schema-forma-accordo-di-programma = An accordo di programma among the Comuni and other bodies (art. 34 TUEL).

schema-titolo-genere = Gender
schema-genere-f = feminine
schema-genere-m = masculine

schema-titolo-nome = Name of a body or an office
schema-titolo-nome-esteso = Name with gender and number
schema-nome-esteso-nome = The name as the acts print it, e.g. "Conferenza dei Sindaci".
schema-nome-esteso-genere = Grammatical gender of the name: `F` or `M` (guessed when absent).
schema-nome-esteso-plurale = `true` for a plural name ("Servizi Sociali dei Comuni").

## comuni.yaml

schema-comuni = `comuni.yaml`: the member Comuni of the Ambito, one per entry.
schema-titolo-comune-entry = Comune
schema-comune-entry = One entry of `comuni.yaml`.
schema-comune-entry-id = The Comune's id: a short lowercase name with hyphens, by which the other files refer to it, e.g. `besana-in-brianza`.
schema-comune-entry-nome = The Comune's name as the acts print it, e.g. "Besana in Brianza".
schema-comune-entry-sede = Address of the town hall, where the Sindaco is domiciled for the office.
schema-comune-entry-popolazione = Resident population at a date (ISTAT): `al` and `residenti`, e.g. {"{"} al: 2023-12-31, residenti: 6381 {"}"}.
schema-comune-entry-sindaco = The Sindaco in office: the id of a persona in `persone.yaml`. Short for a single mandate with no dates; use `sindaci` to keep a history.
schema-comune-entry-sindaci = The mandates, when dates matter: each act names the Sindaco whose mandate covers its date.
schema-comune-entry-codice-fiscale = Codice fiscale of the Comune (11 digits).
schema-comune-entry-istat = ISTAT code (6 digits).
schema-comune-entry-cap = Postal code (5 digits).

schema-titolo-mandato = Mandate of a Sindaco
schema-mandato = A Sindaco's mandate: from `dal`, to `al` included (open while in office).
schema-mandato-persona = The Sindaco: a persona id of `persone.yaml`.
schema-mandato-dal = First day of the mandate, as aaaa-mm-gg, e.g. 2023-05-29.
schema-mandato-al = Last day of the mandate, as aaaa-mm-gg; absent while in office.

schema-titolo-popolazione = Resident population
schema-popolazione-al = The date of the figure, as aaaa-mm-gg, e.g. 2023-12-31.
schema-popolazione-residenti = The number of residents, e.g. 15512.

## persone.yaml

schema-persone = `persone.yaml`: the people named in the acts.
schema-titolo-persona-entry = Persona
schema-persona-entry = One entry of `persone.yaml`.
schema-persona-entry-id = The persona's id: a short lowercase name with hyphens, by which the other files refer to it, e.g. `vanessa-gallo`.
schema-persona-entry-nome = First name, e.g. "Vanessa".
schema-persona-entry-cognome = Surname, e.g. "Gallo".
schema-persona-entry-genere = `F` or `M`: the documents agree titles and participles with it.
schema-persona-entry-codice-fiscale = Codice fiscale (16 characters).
schema-persona-entry-nato-a = Place of birth, as the acts print it: "Monza (MB)".
schema-persona-entry-nato-il = Date of birth.
schema-persona-entry-titolo-al-maschile = `true` for a woman who signs with the masculine title ("il Sindaco", "il Direttore generale"); participles still agree with `genere`.

## enti.yaml

schema-enti = `enti.yaml`: organisations other than the member Comuni named in the acts.
schema-titolo-ente-entry = Ente
schema-ente-entry = One entry of `enti.yaml`: an organisation other than a member Comune (a Comunità Montana, a health agency, a union, the Third Sector forum).
schema-ente-entry-id = The ente's id: a short lowercase name with hyphens, by which the other files refer to it, e.g. `unione-terre-d-argine`.
schema-ente-entry-nome = The ente's name as the acts print it, e.g. "Unione delle Terre d'Argine".
schema-ente-entry-tipo = What kind of body it is: `unione`, `comunita-montana`, `comunita-di-valle`, `consorzio`, `azienda-speciale`, `azienda-sanitaria`, `asp`, `altro` (the default).
schema-ente-entry-genere = Grammatical gender of its name (`F` for "Unione …", `M` for "Consorzio …"); guessed from the first word when absent.
schema-ente-entry-codice-fiscale = Codice fiscale of the organisation (11 digits).
schema-ente-entry-sede = Its seat, e.g. "corso Alberto Pio 91, Carpi".
schema-ente-entry-rappresentante = Its legal representative: a persona id.
schema-ente-entry-qualita = The representative's capacity; by default `presidente`, or `direttore-generale` for an azienda sanitaria, an ASP or an azienda speciale.

schema-titolo-qualita = Capacity of the signatory
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

schema-titolo-tipo-ente = Kind of ente
schema-tipo-ente-unione = A union of Comuni.
schema-tipo-ente-comunita-montana = A Comunità Montana.
schema-tipo-ente-comunita-di-valle = A Comunità di valle.
schema-tipo-ente-consorzio = A consortium, e.g. a Società della Salute.
schema-tipo-ente-azienda-speciale = An azienda speciale consortile.
schema-tipo-ente-azienda-sanitaria = ASL, ASP (Sicilia, Calabria), ULSS, Azienda USL, ATS, ASST.
schema-tipo-ente-asp = Azienda pubblica di servizi alla persona.
schema-tipo-ente-altro = Another body, e.g. the Third Sector forum.

## ufficio-di-piano.yaml

schema-ufficio-di-piano = `ufficio-di-piano.yaml`: the joint office, its seat, functions and staff.
schema-ufficio-di-piano-sede = Address of the office, e.g. "via San Massimiliano Kolbe".
schema-ufficio-di-piano-comune = The Comune where the office sits: a Comune id.
schema-ufficio-di-piano-email = The office's e-mail address, e.g. ufficiodipiano@comune.lecce.it.
schema-ufficio-di-piano-pec = The office's certified e-mail address (PEC), e.g. protocollo@pec.comune.lecce.it.
schema-ufficio-di-piano-funzioni = The functions the office is organised in, each with its units.
schema-ufficio-di-piano-aree-tematiche = Thematic areas the planning function covers.
schema-ufficio-di-piano-responsabile = The Responsabile: a persona id, who must be among the staff.
schema-ufficio-di-piano-responsabile-dal = Since when the Responsabile holds the office (for the term of the regolamento).
schema-ufficio-di-piano-organico = The staff size the acts declare; checked against the list.
schema-ufficio-di-piano-personale = The staff: entries with `persona`, `ruolo`, `ente` and, when needed, `funzione`, `ore-settimanali` and `esterno`.

schema-titolo-addetto = Member of the Ufficio di Piano's staff
schema-addetto = One member of the office's staff.
schema-addetto-persona = A persona id.
schema-addetto-ruolo = The role in words: "Responsabile", "assistente sociale", "istruttore amministrativo".
schema-addetto-funzione = The function the person holds, if any: a funzione id.
schema-addetto-ente = The body the person comes from: a Comune or ente id.
schema-addetto-ore-settimanali = Weekly hours when seconded by the hour; absent means full time.
schema-addetto-esterno = Not seconded by a member Comune: hired from outside (`ente` may then be any ente).

schema-titolo-funzione = Function of the Ufficio di Piano
schema-funzione = A function the office is organised in.
schema-funzione-id = The function's id, by which the staff refer to it, e.g. `programmazione`.
schema-funzione-nome = e.g. "programmazione e progettazione".
schema-funzione-unita = Units of staff assigned to it.

## organi.yaml

schema-organi = `organi.yaml`: the bodies and commissions of the Ambito, as composed on a day.
schema-organi-aggiornato-al = The day the composition refers to: the document's date.
schema-organi-organi = The bodies and commissions: entries with `id`, `nome` and their composition.

schema-titolo-organo = Body
schema-organo = A body or commission.
schema-organo-id = The body's id, e.g. `tavolo-sintesi`.
schema-organo-nome = The body's name, e.g. "Tavolo di Sintesi Territoriale".
schema-organo-competenze = What the body does; one line each.
schema-organo-massimo = Maximum number of members, when the rules set one.
schema-organo-tutti-i-sindaci = `tutti-i-sindaci` for bodies made of every Sindaco of the Ambito.
schema-organo-quote = Composition rule: how many members of each kind.
schema-organo-componenti = Who sits in the body now.
schema-organo-presidente = The chair or coordinator: a persona id, who must be a member.
schema-organo-titolo-presidente = The title of the chair: "Presidente", "Coordinatore", …

schema-titolo-quota = Quota of members
schema-quota = A quota: `numero` members of a kind, described in words.
schema-quota-id = The quota's id, by which the members refer to it, e.g. `forum`.
schema-quota-descrizione = e.g. "rappresentanti del Forum del Terzo Settore".
schema-quota-numero = How many seats; absent when the rules leave it open ("Rappresentanti dei Comuni").
schema-quota-vacanti = Seats declared vacant: members plus vacancies must equal `numero`.

schema-titolo-componente = Member of a body
schema-componente = A member of a body.
schema-componente-persona = A persona id.
schema-componente-quota = The quota the member fills: a quota id of the same body.
schema-componente-ente = The organisation represented: a Comune or ente id.

## piano.yaml

schema-piano = `piano.yaml`: the Piano di Zona: period, objectives, indicators, budget.
schema-piano-titolo = The plan's title, e.g. "Piano di Zona 2025-2027".
schema-piano-dal = First and last year of the plan, e.g. 2024 and 2026.
schema-piano-al = Last year of the plan, e.g. 2027.
schema-piano-anni = How many years the plan lasts; a triennium unless said otherwise.
schema-piano-obiettivi = The plan's objectives: entries with `id`, `titolo` and `indicatori`.
schema-piano-budget = Yearly budget by fund.

schema-titolo-obiettivo = Objective of the plan
schema-obiettivo = An objective of the Piano di Zona.
schema-obiettivo-id = The objective's id, by which the relazioni refer to it, e.g. `domiciliarita`.
schema-obiettivo-titolo = The objective's title, e.g. "Sostegno alla domiciliarità".
schema-obiettivo-indicatori = The objective's indicators: entries with `id`, `descrizione` and `target`.

schema-titolo-indicatore = Indicator
schema-indicatore = An indicator the objective is measured by.
schema-indicatore-id = The indicator's id, by which the relazioni refer to it, e.g. `sad-utenti`.
schema-indicatore-descrizione = What the indicator measures, in words, e.g. "persone seguite dal SAD".
schema-indicatore-target = The value the plan aims at over a year, e.g. 120 (users).

schema-titolo-voce-budget = Budget line
schema-voce-budget = The yearly amount planned from a fund.
schema-voce-budget-fondo = A fund: an id in `_riferimenti/fondi.yaml`, or `comuni` for the Comuni's own share.
schema-voce-budget-annuale = The amount planned each year, in euro, e.g. 420000.00.

schema-titolo-importo = Amount in euro

## atti/convenzione.yaml

schema-convenzione = `atti/convenzione.yaml`: the facts of the convenzione. Only the title, the approval and the signing are required: a clause whose facts are absent is left out of the act.
schema-convenzione-titolo = The act's title.
schema-convenzione-approvazione = The approval of the text: the `organo` that approved it and the `data`.
schema-convenzione-stipula = The signing: the `data` (the act's date), the `comune` in whose offices it is signed and, if needed, the `luogo` in words.
schema-convenzione-parti = The parties, each with its representative. Absent: every Comune, represented by its Sindaco, and the managing body when it is an ente.
schema-convenzione-viste = Laws the convenzione rests on ("VISTI"): ids in `_riferimenti/norme.yaml` or in the region's profile. Absent: the national laws and the region's.
schema-convenzione-convenzioni-precedenti = Years in which earlier convenzioni among the same Comuni were approved.
schema-convenzione-proroghe = Extensions of the earlier convenzione, in order.
schema-convenzione-rogito = The public deed, when the act is received by a Segretario rogante.
schema-convenzione-durata = Duration: the `scadenza` and, when foreseen, the `rinnovo`.
schema-convenzione-recesso = A Comune's withdrawal: by which day notice is given, and for how many years it still contributes.
schema-convenzione-personale = Rules on seconded staff: the yearly hours above which they are reimbursed.
schema-convenzione-ripartizione = How common costs are shared among the Comuni: the `criterio` and, if any, the `importo-annuo`.
schema-convenzione-risorse = The office's resources: `fondi`, `altre-fonti`, the time of transfers and the reimbursement to the lead body.
schema-convenzione-foro = The court for disputes (foro competente), e.g. "Monza".
schema-convenzione-esenzioni = Exemptions from registration and stamp duty, each with the law that grants it.
schema-convenzione-firma-digitale = The law under which the act is signed digitally: a norma id.
schema-convenzione-competenze = What the office does, by area: the competences article.
schema-convenzione-testo = Changes to the act's text: premises and articles replaced, added, moved or removed (see docs/content.md, "Cambiare un articolo").

schema-titolo-approvazione = Approval
schema-approvazione-organo = The body that approved the text, e.g. "Assemblea dei Sindaci".
schema-approvazione-data = The date of approval, as aaaa-mm-gg.

schema-titolo-stipula = Signing
schema-stipula-data = The day of signing, as aaaa-mm-gg: the act's date.
schema-stipula-comune = Where the act is signed: a Comune id or an ente id.
schema-stipula-luogo = The place in words, when it is not the offices of that body, e.g. "la sede dell’Unione, in corso Alberto Pio 91".

schema-titolo-parte-entry = Party of the convenzione
schema-parte-entry = A party of an act: a Comune or another body, and who signs for it.
schema-parte-entry-ente = A Comune id or an ente id.
schema-parte-entry-rappresentante = Who signs: a persona id. Absent: the Sindaco in office (a Comune) or the ente's `rappresentante`.
schema-parte-entry-qualita = In which capacity: `sindaco`, `sindaco-pro-tempore`, `vice-sindaco-delegato`, `presidente`, `direttore-generale`, …
schema-parte-entry-delibera = The deliberation that authorises the signature (e.g. of the Consiglio comunale).

schema-titolo-deliberazione = Deliberation
schema-deliberazione-organo = e.g. "Consiglio comunale", "Comitato dei Sindaci".
schema-deliberazione-numero = The deliberation's number.
schema-deliberazione-data = The date of the deliberation, as aaaa-mm-gg.

schema-titolo-proroga = Extension
schema-proroga = An extension of the earlier act: the deliberation and the new end date.
schema-proroga-organo = The body that decided the extension, e.g. "Comitato di Distretto".
schema-proroga-numero = The deliberation's number.
schema-proroga-data = The date of the deliberation, as aaaa-mm-gg.
schema-proroga-fino-al = The new last day of the act.

schema-titolo-rogito = Public deed
schema-rogito-segretario = The Segretario rogante: a persona id.
schema-rogito-repertorio = The repertorio number, e.g. "1234" or "28/2018" (the acts print "Rep. n." before it).

schema-titolo-durata = Duration
schema-durata-scadenza = Last day the convenzione is in force.
schema-durata-rinnovo = The renewal: for how many `anni`, decided `entro-mesi` months before expiry.

schema-titolo-rinnovo = Renewal
schema-rinnovo-anni = For how many more years it may be renewed.
schema-rinnovo-entro-mesi = Within how many months before expiry the renewal is decided.

schema-titolo-recesso = Withdrawal
schema-recesso-preavviso-entro = Day and month by which a Comune gives notice, e.g. `31-12`.
schema-recesso-anni-contribuzione = For how many years after the notice the Comune still pays its share.

schema-titolo-giorno-mese = Day of the year

schema-titolo-personale = Staff
schema-personale-soglia-ore-annue = Yearly hours above which a Comune that seconds staff by the hour is reimbursed.

schema-titolo-ripartizione = Sharing of costs
schema-ripartizione-criterio = How common costs are shared. Only `popolazione` is known today.
schema-ripartizione-importo-annuo = The yearly common cost to share among the Comuni; when given, the convenzione carries an annex with each Comune's share.

schema-titolo-criterio = Criterion of sharing
schema-criterio-popolazione = By resident population at 31 December of the penultimate year.

schema-titolo-risorse = Resources
schema-risorse-fondi = Funds that may finance the office: ids in `_riferimenti/fondi.yaml`.
schema-risorse-altre-fonti = Other sources, in words.
schema-risorse-trasferimenti-entro-giorni = Days within which fund transfers are made once the plan of shares is approved.
schema-risorse-rimborso-ente = Yearly amount paid to the lead body for supporting the office (`rimborso-capofila` is accepted too).

schema-titolo-esenzioni = Exemptions
schema-esenzioni-registrazione = Exemption from registration: where the law says so.
schema-esenzioni-bollo = Exemption from stamp duty: where the law says so.

schema-titolo-richiamo = Provision of a law
schema-richiamo-articolo = The provision, e.g. "art. 1 della Tabella allegata".
schema-richiamo-norma = The law: an id in `_riferimenti/norme.yaml`.

schema-titolo-competenza = Competence of the office
schema-competenza = What the office does in one area.
schema-competenza-area = The area, e.g. "programmazione".
schema-competenza-attivita = The area's activities, one line each.

schema-titolo-testo = Changes to the text
schema-testo-premesse = Premises replaced, added, moved or removed.
schema-testo-articoli = Articles replaced, added, moved or removed, and single commi replaced.

schema-titolo-modifica-premessa = Change to a premise
schema-modifica-premessa = A change to a premise. With the id of an existing premise: `testo` replaces its text, `rimuovi: true` removes it, `dopo`/`prima` move it. With a new id: a premise added (`testo` required), after `dopo`, before `prima`, or at the end of its `sezione`.
schema-modifica-premessa-id = The premise's id: an existing premise's (see docs/content.md) or a new one to add it.
schema-modifica-premessa-sezione = Where an added premise stands: `premesso` (the default) or `considerato`.
schema-modifica-premessa-testo = The premise's text, with no final full stop: the document adds the punctuation. It may hold placeholders in braces, e.g. {"{"}il organo{"}"} (see docs/content.md, "Segnaposto").
schema-modifica-premessa-dopo = The id of the premise to place it after.
schema-modifica-premessa-prima = The id of the premise to place it before.
schema-modifica-premessa-rimuovi = `true` to remove the premise.

schema-titolo-sezione = Section of the premises
schema-sezione-premesso = After "Premesso che".
schema-sezione-considerato = After "Considerato che".

schema-titolo-modifica-articolo = Change to an article
schema-modifica-articolo = A change to an article. With the id of an existing article: `titolo` and `commi` replace its title and commi, `comma: N` with `testo` replaces its N-th comma, `rimuovi: true` removes it, `dopo`/`prima` move it. With a new id: an article added (`titolo` and `commi` required), after `dopo`, before `prima`, or at the end.
schema-modifica-articolo-id = The article's id: an existing article's (see docs/content.md) or a new one to add it.
schema-modifica-articolo-capo = The part ("Titolo") the article opens or belongs to.
schema-modifica-articolo-titolo = The article's title, e.g. "Durata".
schema-modifica-articolo-commi = The article's commi, in order.
schema-modifica-articolo-comma = The comma (as numbered in the act) that `testo` replaces, or that `rimuovi` removes.
schema-modifica-articolo-testo = The new text of the comma named by `comma`; it may hold placeholders in braces (see docs/content.md, "Segnaposto").
schema-modifica-articolo-dopo = The id of the article to place it after.
schema-modifica-articolo-prima = The id of the article to place it before.
schema-modifica-articolo-rimuovi = `true` to remove the article, or the comma named by `comma`.

## atti/regolamento.yaml

schema-regolamento = `atti/regolamento.yaml`: the rules of the Ufficio di Piano.
schema-regolamento-titolo = The act's title.
schema-regolamento-piano-di-zona = The Piano di Zona the rules serve, e.g. "2018-2020".
schema-regolamento-approvazione = The deliberation that approves the regolamento: `organo`, `numero` and `data`.
schema-regolamento-adozione = The deliberation that adopts the regolamento: `organo`, `numero`, `data` (the act's date) and, when needed, `firmatari`.
schema-regolamento-convenzione = The act the office is set up by, e.g. "Convenzione per la gestione associata …".
schema-regolamento-responsabile = Rules on the Responsabile: `nomina`, `durata-anni`, `revoca-maggioranza` and `sostituzione-entro-giorni`.
schema-regolamento-relazione-ogni-mesi = How often, in months, the office reports to the political body.
schema-regolamento-riferimenti-regionali = Regional plans and acts the staffing rests on, in words.
schema-regolamento-testo = Changes to the text: articles replaced, added, moved or removed, as for the convenzione (see docs/content.md, "Cambiare un articolo").

schema-titolo-delibera = Deliberation
schema-delibera-organo = The body that deliberated, e.g. "Coordinamento Istituzionale".
schema-delibera-numero = The deliberation's number.
schema-delibera-data = The date of the deliberation, as aaaa-mm-gg.
schema-delibera-firmatari = Who signs the act for this body (for the adoption: the signature blocks).

schema-titolo-firmatario = Signatory
schema-firmatario = A signatory: a persona and the role in which they sign.
schema-firmatario-persona = A persona id.
schema-firmatario-ruolo = e.g. "Il Sindaco del Comune di Lecce", "Il Segretario generale".

schema-titolo-regole-responsabile = Responsabile of the Ufficio di Piano
schema-regole-responsabile-nomina = Who appoints the Responsabile, and among whom, in words.
schema-regole-responsabile-durata-anni = For how many years the appointment lasts.
schema-regole-responsabile-revoca-maggioranza = Qualified majority of the associated Comuni to revoke, e.g. `2/3`.
schema-regole-responsabile-sostituzione-entro-giorni = Days within which a successor is appointed.

schema-titolo-frazione = Majority

## relazioni/<anno>-<1|2>.yaml

schema-relazione = `relazioni/<anno>-<1|2>.yaml`: what one semester delivered.
schema-relazione-data = The day the report is signed.
schema-relazione-obiettivi = What was done for each objective of the plan.
schema-relazione-spesa = Spending in the semester, by fund of the plan's budget.
schema-relazione-totali = Totals as typed in the report, if any: they must equal the computed ones.

schema-titolo-esito = Outcome of an objective
schema-esito = What was done for one objective of the plan in the semester.
schema-esito-obiettivo = An objective id of `piano.yaml`.
schema-esito-attivita = The activities carried out, in words.
schema-esito-utenti = People reached by the objective's services in the semester.
schema-esito-domande = Requests received and met, for the share of needs met.
schema-esito-indicatori = The value reached for each indicator (cumulative in the year).
schema-esito-soddisfazione = Users who answered the satisfaction survey, and how many were satisfied.

schema-titolo-domande = Requests
schema-domande-ricevute = Requests received.
schema-domande-soddisfatte = Requests met, no more than those received.

schema-titolo-misura = Value of an indicator
schema-misura = The value an indicator reached.
schema-misura-indicatore = An indicator id of the objective.
schema-misura-valore = The value reached so far in the year.

schema-titolo-soddisfazione = Users' satisfaction
schema-soddisfazione-rispondenti = Users who answered.
schema-soddisfazione-soddisfatti = Users who were satisfied, no more than those who answered.

schema-titolo-voce-spesa = Spending line
schema-voce-spesa = What a fund spent in the semester.
schema-voce-spesa-fondo = A fund of the plan's budget.
schema-voce-spesa-importo = Spent in the semester.

schema-titolo-totali-dichiarati = Declared totals
schema-totali-dichiarati-utenti = Total users.
schema-totali-dichiarati-spesa = Total spending, in euro.

## _riferimenti/norme.yaml

schema-norme = `_riferimenti/norme.yaml`: laws and decrees the acts cite besides those shipped with the tool.
schema-titolo-norma-entry = Law
schema-norma-entry = One entry of `_riferimenti/norme.yaml`: a law or decree the acts cite.
schema-norma-entry-id = The law's id, by which the acts refer to it, e.g. `legge-112-2016`.
schema-norma-entry-citazione = How the act is cited, e.g. "legge 8 novembre 2000, n. 328".
schema-norma-entry-titolo = Its title, e.g. "Legge quadro per la realizzazione del sistema integrato …".
schema-norma-entry-breve = The short form, e.g. "l. n. 328/2000".
schema-norma-entry-data = The date of the act: a clause citing it is left out of acts dated before.

## _riferimenti/fondi.yaml

schema-fondi = `_riferimenti/fondi.yaml`: the public funds.
schema-titolo-fondo-entry = Fund
schema-fondo-entry = One entry of `_riferimenti/fondi.yaml`: a public fund.
schema-fondo-entry-id = The fund's id, by which the budget and the relazioni refer to it, e.g. `fnps`.
schema-fondo-entry-nome = The fund's name, e.g. "Fondo Nazionale per le Politiche Sociali".

# Publication and archive (docs/publication.md)
schema-persona-entry-residenza = A private address, when the act must print it. For example: via Roma 1, Pomarance (PI). The copy for publication leaves it out.
schema-convenzione-pubblicazione = How the copy for publication online (Albo pretorio, Amministrazione trasparente) treats personal data: the `forma` (omissis or ometti) and the data to `pubblica` all the same.
schema-convenzione-archivio = What the office's records system knows of the act, for its archival metadata (Allegato 5 of the guidelines on electronic documents): `registrazione`, `classificazione`, `fascicolo`, `riservato`, `conservazione-anni`.
schema-regolamento-pubblicazione = How the copy for publication online (Albo pretorio, Amministrazione trasparente) treats personal data: the `forma` (omissis or ometti) and the data to `pubblica` all the same.
schema-regolamento-archivio = What the office's records system knows of the act, for its archival metadata (Allegato 5 of the guidelines on electronic documents): `registrazione`, `classificazione`, `fascicolo`, `riservato`, `conservazione-anni`.
schema-titolo-pubblicazione = Publication
schema-pubblicazione-forma = `omissis` (the default): each datum left out reads "omissis"; `ometti`: the datum is left out with the words that introduce it.
schema-pubblicazione-pubblica = The personal data the copy for publication must keep, when a rule requires them: `nato-a`, `nato-il`, `codice-fiscale`, `residenza`. Absent: none.
schema-titolo-dato-personale = Personal datum
schema-dato-personale = A personal datum the copy for publication leaves out, unless the act asks to publish it.
schema-dato-personale-nato-a = Place of birth.
schema-dato-personale-nato-il = Date of birth.
schema-dato-personale-codice-fiscale = A person's codice fiscale (not an ente's).
schema-dato-personale-residenza = A private address.
schema-titolo-omissione = How a datum is left out
schema-omissione-omissis = The datum reads "omissis".
schema-omissione-ometti = The datum is left out, with the words that introduce it.
schema-titolo-archivio = Archive
schema-archivio-registrazione = The act's registration in the protocollo or a repertorio: `registro`, `codice`, `numero`, `data` and, if needed, `flusso`.
schema-archivio-classificazione = The act's place in the office's classification scheme: `indice`, `descrizione` and, if needed, `piano`.
schema-archivio-fascicolo = The identifier of the file (fascicolo) the act belongs to. For example: "2025-VII.16-3".
schema-archivio-riservato = `true` when the act is confidential.
schema-archivio-conservazione-anni = How many years the act is kept, by the office's retention plan (9999: for ever).
schema-titolo-registrazione = Registration
schema-registrazione-registro = `protocollo` or `repertorio`.
schema-registrazione-codice = The register's code in the records system: letters, digits, `_`, `.`, `-`, at most 16. For example: REP.
schema-registrazione-numero = The number given, in quotes: at least 7 digits for the protocollo. For example: "0012345".
schema-registrazione-data = The registration's date, as yyyy-mm-dd.
schema-registrazione-flusso = `interno` (the default), `entrata` or `uscita`.
schema-titolo-registro = Register
schema-registro-protocollo = The protocollo informatico (ordinario or di emergenza).
schema-registro-repertorio = A repertorio or another register (contracts, deliberations…).
schema-titolo-flusso = Flow
schema-flusso-interno = Formed and kept inside the administration.
schema-flusso-entrata = Received.
schema-flusso-uscita = Sent.
schema-titolo-classificazione = Classification
schema-classificazione-indice = The classification index. For example: VII.16.
schema-classificazione-descrizione = What the index stands for.
schema-classificazione-piano = The classification scheme (titolario) the index belongs to.
