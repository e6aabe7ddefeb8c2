# Quel che la riga di comando stampa per le persone, e il suo aiuto.

cli-errore = errore: { $testo }
cli-cartella-corrente = impossibile leggere la cartella corrente: { $errore }
cli-stdout = errore: impossibile scrivere sull’output standard: { $errore }
cli-check-riepilogo = { $ambiti ->
    [one] controllato 1 Ambito
   *[other] controllati { $ambiti } Ambiti
  }: { $errori ->
    [0] nessun errore
    [one] 1 errore
   *[other] { $errori } errori
  }, { $avvisi ->
    [one] 1 avviso
   *[other] { $avvisi } avvisi
  }
cli-barra = documenti, { $trascorso } (mancano { $stima })
cli-scritto-pdf = scritto { $file } ({ $pagine ->
    [one] 1 pagina
   *[other] { $pagine } pagine
  }, { $kib } KiB)
cli-nuova-versione = nuova versione: { $firmato } è firmato e resta com’è
cli-tempi = tempi (sommati su documenti e thread, ms):
cli-tempi-carica = lettura + modello + controlli
cli-tempi-impronte = impronte degli input
cli-tempi-resa = composizione (minijinja)
cli-tempi-impaginazione = impaginazione (typst)
cli-tempi-esportazione = esportazione pdf (typst-pdf)
cli-tempi-scrittura = scrittura
cli-saltato = { $ambito } non costruito: correggere gli errori indicati sopra; i suoi PDF precedenti restano intatti
cli-fallito = errore: { $documento } non riuscito:
cli-non-riletti = { $ambiti ->
    [one] 1 Ambito invariato, non riletto
   *[other] { $ambiti } Ambiti invariati, non riletti
  }
cli-build-riepilogo = { $scritti ->
    [one] costruito 1 documento
   *[other] costruiti { $scritti } documenti
  }, { $aggiornati } già aggiornati{ $non_riletti }, { $bloccati ->
    [one] 1 Ambito saltato
   *[other] { $bloccati } Ambiti saltati
  }, { $falliti } non riusciti, in { $secondi } s
cli-emessi-riepilogo = { $scritti ->
    [one] scritto 1 sorgente Typst
   *[other] scritti { $scritti } sorgenti Typst
  }, { $falliti } non riusciti; per comporne uno: typst compile --root { $out } { $esempio }
cli-scritto = scritto { $file }
cli-scritto-cosa = scritto { $file } ({ $cosa })
cli-mantenuto = lasciato { $file } (esisteva già)
cli-firmato = firmato  { $file } ({ $firme ->
    [one] 1 firma
   *[other] { $firme } firme
  })
cli-firmato-sostituito = firmato  { $file } ({ $firme ->
    [one] 1 firma
   *[other] { $firme } firme
  }; sostituito da { $nuovo })
cli-mancante = mancante { $file }
cli-diverso = diverso  { $file }: { $perche }
cli-verify-riepilogo = { $documenti ->
    [one] verificato 1 documento
   *[other] verificati { $documenti } documenti
  }: { $ok } in ordine, { $problemi } con problemi
cli-init-poi = poi: ambito new ambito <ID> --regione <REGIONE>, completare quel che chiede, quindi ambito build
cli-init-poi-cd = poi: cd { $cartella }, quindi ambito new ambito <ID> --regione <REGIONE>, completare quel che chiede, quindi ambito build
cli-watch-costruiti = { $scritti ->
    [one] costruito 1 documento
   *[other] costruiti { $scritti } documenti
  }, in osservazione (Ctrl-C per fermare)
cli-watch-costruiti-dopo = { $scritti ->
    [one] costruito 1 documento
   *[other] costruiti { $scritti } documenti
  }, { $ms } ms dopo il salvataggio; in osservazione (Ctrl-C per fermare)
cli-cambiato = modificato { $file }
cli-regola-sconosciuta = errore: nessuna regola `{ $codice }`; `ambito explain --list` le elenca tutte
cli-new-poi = poi: sostituire `{ $segnaposto }` e completare gli elenchi (docs/it/contenuti.md), quindi `ambito check`
