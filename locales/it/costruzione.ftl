# La costruzione dei documenti (src/build/).

# Un file che la costruzione deve leggere non si può leggere.
costruzione-lettura-impossibile = impossibile leggere `{ $file }`: { $errore }
# Un file che la costruzione deve scrivere non si può scrivere.
costruzione-scrittura-impossibile = impossibile scrivere `{ $file }`: { $errore }
# Il modello di un documento non si compila.
costruzione-resa-fallita = compilazione di templates/{ $modello }.typ.j2: { $errore }
# Il documento non ha una data.
costruzione-atto-senza-data = l’atto non ha una data
# Il nome del sorgente Typst di un documento, come compare negli errori di Typst.
costruzione-nome-sorgente = { $documento }.typ (da templates/{ $modello }.typ.j2)
# `build --definitivo` trova un documento che contiene ancora valori da compilare.
costruzione-bozza-definitiva = è una bozza: riporta `{ $segnaposto }`, un valore ancora da compilare (`ambito check` indica dove, R049); scrivere i valori reali, oppure costruire senza --definitivo
# La cartella dei modelli contiene un collegamento simbolico o un file speciale.
costruzione-templates-collegamento = `{ $file }` è un collegamento simbolico o un file speciale: i modelli si leggono solo da file normali e cartelle reali; mettere lì i file stessi
# La cartella di uscita coincide con la cartella content o templates, o la contiene o vi è contenuta.
costruzione-cartelle-sovrapposte = la cartella di uscita `{ $uscita }` e la cartella { $tipo } `{ $cartella }` si sovrappongono: indicare con --out una cartella fuori da { $tipo }, per esempio --out out
# --shard riceve un valore scritto male.
costruzione-shard-non-valido = `{ $valore }` non è una porzione valida: scrivere K/N con 1 ≤ K ≤ N, per esempio 2/4
