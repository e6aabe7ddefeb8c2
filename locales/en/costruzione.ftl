# La costruzione dei documenti (src/build/).

# Un file che la costruzione deve leggere non si può leggere.
costruzione-lettura-impossibile = cannot read `{ $file }`: { $errore }
# Un file che la costruzione deve scrivere non si può scrivere.
costruzione-scrittura-impossibile = cannot write `{ $file }`: { $errore }
# Il modello di un documento non si compila.
costruzione-resa-fallita = rendering templates/{ $modello }.typ.j2: { $errore }
# Il documento non ha una data.
costruzione-atto-senza-data = the act has no date
# Il nome del sorgente Typst di un documento, come compare negli errori di Typst.
costruzione-nome-sorgente = { $documento }.typ (from templates/{ $modello }.typ.j2)
# `build --definitivo` trova un documento che contiene ancora valori da compilare.
costruzione-bozza-definitiva = it is a draft: it prints `{ $segnaposto }`, a value still to fill in (`ambito check` shows where, R049); write the real values, or build without --definitivo
# La cartella dei modelli contiene un collegamento simbolico o un file speciale.
costruzione-templates-collegamento = `{ $file }` is a symbolic link or a special file: templates are read only from regular files and real folders; put the files themselves there
# La cartella di uscita coincide con la cartella content o templates, o la contiene o vi è contenuta.
costruzione-cartelle-sovrapposte = the output folder `{ $uscita }` and the { $tipo } folder `{ $cartella }` overlap: pass --out a folder outside the { $tipo }, e.g. --out out
# --shard riceve un valore scritto male.
costruzione-shard-non-valido = `{ $valore }` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. 2/4
