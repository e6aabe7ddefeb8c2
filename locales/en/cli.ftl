# What the command line prints for people, and its help.

cli-errore = error: { $testo }
cli-cartella-corrente = cannot read the current folder: { $errore }
cli-stdout = error: cannot write to standard output: { $errore }
cli-check-riepilogo = checked { $ambiti ->
    [one] 1 Ambito
   *[other] { $ambiti } Ambiti
  }: { $errori ->
    [0] no errors
    [one] 1 error
   *[other] { $errori } errors
  }, { $avvisi ->
    [one] 1 warning
   *[other] { $avvisi } warnings
  }
cli-barra = documents, { $trascorso } (eta { $stima })
cli-scritto-pdf = wrote { $file } ({ $pagine ->
    [one] 1 page
   *[other] { $pagine } pages
  }, { $kib } KiB)
cli-nuova-versione = a new version: { $firmato } is signed and stays as it is
cli-tempi = timings (summed over documents and threads, ms):
cli-tempi-carica = load + model + validate
cli-tempi-impronte = input digests
cli-tempi-resa = render (minijinja)
cli-tempi-impaginazione = layout (typst)
cli-tempi-esportazione = pdf export (typst-pdf)
cli-tempi-scrittura = write
cli-saltato = skipped { $ambito }: fix the errors above; its earlier PDFs are untouched
cli-fallito = error: { $documento } failed:
cli-non-riletti = { $ambiti ->
    [one] 1 Ambito
   *[other] { $ambiti } Ambiti
  } unchanged, not re-read
cli-build-riepilogo = built { $scritti ->
    [one] 1 document
   *[other] { $scritti } documents
  }, { $aggiornati } up to date{ $non_riletti }, skipped { $bloccati ->
    [one] 1 Ambito
   *[other] { $bloccati } Ambiti
  }, { $falliti } failed, in { $secondi } s
cli-emessi-riepilogo = wrote { $scritti ->
    [one] 1 Typst source
   *[other] { $scritti } Typst sources
  }, { $falliti } failed; typeset one with: typst compile --root { $out } { $esempio }
cli-scritto = wrote { $file }
cli-scritto-cosa = wrote { $file } ({ $cosa })
cli-mantenuto = kept { $file } (it was there already)
cli-firmato = signed   { $file } ({ $firme ->
    [one] 1 signature
   *[other] { $firme } signatures
  })
cli-firmato-sostituito = signed   { $file } ({ $firme ->
    [one] 1 signature
   *[other] { $firme } signatures
  }; superseded by { $nuovo })
cli-mancante = missing  { $file }
cli-diverso = mismatch { $file }: { $perche }
cli-verify-riepilogo = verified { $documenti ->
    [one] 1 document
   *[other] { $documenti } documents
  }: { $ok } ok, { $problemi } with problems
cli-init-poi = next: ambito new ambito <ID> --regione <REGIONE>, fill in what it asks, then ambito build
cli-init-poi-cd = next: cd { $cartella }, then ambito new ambito <ID> --regione <REGIONE>, fill in what it asks, then ambito build
cli-watch-costruiti = built { $scritti ->
    [one] 1 document
   *[other] { $scritti } documents
  }, watching (Ctrl-C to stop)
cli-watch-costruiti-dopo = built { $scritti ->
    [one] 1 document
   *[other] { $scritti } documents
  }, { $ms } ms after the save; watching (Ctrl-C to stop)
cli-cambiato = changed { $file }
cli-regola-sconosciuta = error: no rule `{ $codice }`; `ambito explain --list` lists them
cli-new-poi = next: replace `{ $segnaposto }` and fill in the lists (docs/content.md), then `ambito check`
