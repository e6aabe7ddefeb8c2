# L’aiuto della riga di comando: `about-<comando>` descrive un comando,
# `esempi-<comando>` segue le sue opzioni, `help-<comando>-<argomento>`
# descrive un argomento (src/cli/args.rs li cerca con questi nomi).

about-ambito = I documenti ufficiali di un Ambito territoriale sociale, dal YAML al PDF/A
esempi-ambito =
    Esempi:
      ambito init                  avvia un progetto in questa cartella
      ambito check                 controlla ogni Ambito di content/
      ambito build                 scrive out/<ambito>/<documento>.pdf
      ambito build --ambito lecce  solo i documenti di content/lecce/
      ambito --content ../dati build --out /tmp/pdf
help-ambito-content = Cartella con una cartella per ogni Ambito (e i dati condivisi in `_riferimenti/`) [predefinita: la `content/` di questa cartella o della più vicina risalendo]
help-ambito-templates = Cartella con i modelli propri del progetto (`*.typ.j2`, `lib/`): ogni file sostituisce quello incorporato con lo stesso nome [predefinita: `templates/` accanto a `content/`, se c’è]
help-ambito-ambito = Solo questo Ambito (il nome della sua cartella): gli altri non sono né letti né costruiti
help-ambito-format = Come stampare le segnalazioni: `human`, per le persone (sullo standard error), oppure sullo standard output `json`, `github` (annotazioni di GitHub Actions), `gitlab` (rapporto Code Quality di GitLab, `artifacts:reports:codequality`) o `junit` (rapporto JUnit XML, `artifacts:reports:junit`, e altre viste dei test nella CI)
help-ambito-lang = La lingua di messaggi e aiuto: `it` o `en` [predefinita: da `LANG`, italiano salvo che chieda l’inglese]
about-ambito-init = Avvia un progetto: `content/` con i riferimenti condivisi, `.gitignore`, gli schemi e le impostazioni di VS Code che controllano il YAML mentre si scrive, e un file di CI. I modelli sono incorporati in ambito: non serve `templates/`
esempi-ambito-init =
    Esempi:
      ambito init                   nella cartella corrente
      ambito init ambiti-puglia     in una nuova cartella
      ambito init --ci gitlab

    Poi: ambito new ambito <ID> --regione <REGIONE>, completare quel che chiede, ambito build.
help-ambito-init-dir = La cartella in cui avviare il progetto (creata se manca)
help-ambito-init-ci = Per quale CI scrivere una pipeline: `github` (`.github/workflows/ambito.yml`), `gitlab` (`.gitlab-ci.yml`) o `nessuna` (nessun file di CI)
about-ambito-check = Controlla i contenuti e segnala gli errori, senza scrivere nulla
esempi-ambito-check =
    Esempi:
      ambito check
      ambito check --format json > diagnostics.json
      ambito check --format github      (in un passo di GitHub Actions)
      ambito --content ../altro-repo/content check
about-ambito-explain = Stampa la documentazione di una regola: cosa stabilisce, perché, un esempio, come correggere
esempi-ambito-explain =
    Esempi:
      ambito explain R012
      ambito explain --list
help-ambito-explain-code = Il codice della regola, come appare in una segnalazione (per esempio R012)
help-ambito-explain-list = Elenca tutti i codici delle regole con il loro titolo
about-ambito-build = Controlla i contenuti, poi scrive ogni documento che descrivono
esempi-ambito-build =
    Esempi:
      ambito build
      ambito build --out /tmp/pdf
      ambito build --force --jobs 2
      ambito build --shard 2/4        (il secondo quarto dei documenti)
      ambito build --definitivo       (per la firma: nessuna bozza)
      ambito build --emit-typst --out /tmp/typst   (sorgenti Typst, non PDF)

    Un documento è composto di nuovo solo quando cambia ciò che Typst riceverebbe: il suo
    sorgente (ciò che il YAML e il suo modello ne fanno), templates/lib/ o la versione dello
    strumento. Quindi un commento, o una chiave letta da un altro documento, non ricostruisce
    nulla; un Ambito di cui nessun file è cambiato non viene nemmeno letto. Un PDF firmato non
    è mai sovrascritto: la nuova versione va accanto (.v2.pdf).
help-ambito-build-out = Dove scrivere i PDF e manifest.json [predefinita: `out/` accanto a `content/`]
help-ambito-build-shard = Costruisce solo la parte K di N: le N parti insieme costruiscono ogni documento esattamente una volta (per le matrici di job della CI)
help-ambito-build-jobs = Compone su N thread (predefinito: tutti i core)
help-ambito-build-force = Ricostruisce ogni documento, anche quelli i cui dati non sono cambiati
help-ambito-build-timings = Stampa il tempo speso in ogni fase
help-ambito-build-definitivo = La costruzione per la firma: una bozza (un documento che stampa ancora `DA COMPILARE`) è un errore invece di un PDF con la dicitura BOZZA
help-ambito-build-emit_typst = Scrive il sorgente Typst di ogni documento (`<ambito>/<documento>.typ`, con `lib/` accanto) e il contesto del suo modello (`.json`) invece dei PDF: poi `typst compile --root OUT OUT/<ambito>/<documento>.typ` lo compone
about-ambito-list = Elenca ciò che una costruzione produrrebbe, e se ogni documento è aggiornato
esempi-ambito-list =
    Esempi:
      ambito list
      ambito list --out /tmp/pdf
help-ambito-list-out = La cartella di uscita con cui confrontare [predefinita: `out/` accanto a `content/`]
about-ambito-new = Avvia un nuovo Ambito, o la relazione del semestre successivo
esempi-ambito-new =
    Esempi:
      ambito new ambito alto-garda
      ambito new relazione corsichese 2026-1
about-ambito-new-ambito = Crea content/<ID>/ nei termini di una regione e di una forma associativa: i nomi abituali della regione, il tipo di ente gestore e gli elenchi di Comuni e persone da completare (`check` mostra ciò che manca)
esempi-ambito-new-ambito =
    Esempi:
      ambito new ambito alto-garda --regione trento --forma comunita-montana
      ambito new ambito carpi --regione emilia-romagna --forma unione
      ambito new ambito lecce --regione puglia
help-ambito-new-ambito-id = L’id del nuovo Ambito: lettere minuscole, cifre e trattini
help-ambito-new-ambito-regione = La regione o provincia autonoma: `lombardia`, `emilia-romagna`, `trento`, …
help-ambito-new-ambito-forma = Come i Comuni gestiscono insieme l’Ambito
about-ambito-new-relazione = Crea relazioni/<ANNO>-<1|2>.yaml per un Ambito, precompilata dal Piano di Zona e dal semestre precedente
esempi-ambito-new-relazione =
    Esempi:
      ambito new relazione corsichese 2026-1
help-ambito-new-relazione-ambito = L’id dell’Ambito (il nome della sua cartella)
help-ambito-new-relazione-semestre = Il semestre: ANNO-1 (gennaio–giugno) o ANNO-2 (luglio–dicembre)
about-ambito-watch = Costruisce, poi ricostruisce i documenti toccati da ogni file salvato, fino a Ctrl-C
esempi-ambito-watch =
    Esempi:
      ambito watch
      ambito watch --out /tmp/pdf
help-ambito-watch-out = Dove scrivere i PDF e manifest.json [predefinita: `out/` accanto a `content/`]
help-ambito-watch-debounce = Millisecondi da attendere dopo una modifica per raccoglierne altre (il salvataggio di un editor è spesso una scrittura e una rinomina) prima di ricostruire
about-ambito-schema = Scrive uno JSON Schema per ogni tipo di file dei contenuti, per gli editor
esempi-ambito-schema =
    Esempi:
      ambito schema --out schemas

    Poi si inizia un file dei contenuti con una riga come
      # yaml-language-server: $schema=../../schemas/comuni.schema.json
    e un editor con il language server YAML lo completa e lo controlla.
help-ambito-schema-out = La cartella in cui scrivere `<tipo>.schema.json`
about-ambito-completions = Stampa uno script di completamento per la shell
esempi-ambito-completions =
    Esempi:
      ambito completions bash > /etc/bash_completion.d/ambito
      ambito completions zsh > ~/.zfunc/_ambito
help-ambito-completions-shell = La shell
about-ambito-verify = Verifica che ogni PDF elencato in out/manifest.json ci sia, con la dimensione e lo sha256 con cui è stato scritto
esempi-ambito-verify =
    Esempi:
      ambito verify
      ambito verify --out /tmp/pdf
help-ambito-verify-out = La cartella di uscita che contiene manifest.json [predefinita: `out/` accanto a `content/`]

# Le intestazioni dell’aiuto (clap le scrive in inglese).
aiuto-uso = Uso:
aiuto-comandi = Comandi
aiuto-argomenti = Argomenti
aiuto-opzioni = Opzioni
aiuto-help = Mostra questo aiuto
aiuto-version = Mostra la versione
aiuto-predefinito = [predefinito: { $valore }]
