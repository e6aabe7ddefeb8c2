# Il progetto e i suoi comandi (src/project/).

# `ambito watch` non riesce a sorvegliare le cartelle.
progetto-watch-impossibile = impossibile sorvegliare le cartelle: { $errore }
# Il sistema operativo ha smesso di segnalare le modifiche ai file.
progetto-watch-fermo = la sorveglianza dei file si è interrotta
# Né la cartella corrente né quelle sopra contengono `content/`.
progetto-content-assente = nessuna cartella `content/` in `{ $cartella }` né nelle cartelle che la contengono: eseguire `ambito init` per iniziare qui un progetto, oppure indicare --content CARTELLA
# La cartella indicata con --templates non esiste.
progetto-templates-assente = cartella dei modelli `{ $cartella }` non trovata: indicare con --templates una cartella esistente, oppure ometterlo per usare i modelli incorporati in ambito
# --ambito nomina un Ambito che non c’è; $suggerimento è vuoto o " (forse si intendeva …?)".
progetto-ambito-sconosciuto = non c’è alcun Ambito `{ $id }` in `{ $cartella }`{ $suggerimento }: --ambito richiede il nome della cartella di un Ambito
# `ambito new relazione` riceve un semestre scritto male.
progetto-semestre-non-valido = `{ $semestre }` non è un semestre: scrivere ANNO-1 o ANNO-2, per esempio 2026-1
# `ambito new relazione` nomina un Ambito senza file leggibili.
progetto-ambito-illeggibile = nessun Ambito `{ $id }` con file leggibili nella cartella content
# `ambito verify` non trova o non può leggere manifest.json.
progetto-manifest-illeggibile = impossibile leggere manifest.json ({ $errore }): eseguire prima ambito build, oppure indicare --out CARTELLA
# `ambito verify` trova un manifest.json scritto male.
progetto-manifest-non-valido = manifest.json non è un manifesto valido: { $errore }
# `ambito verify`: il PDF ha un’impronta diversa da quella del manifesto.
progetto-sha256-diverso = sha256 { $sha }, il manifesto indica { $atteso }
# `ambito verify`: il PDF ha una dimensione diversa e non è il PDF costruito con firme aggiunte.
progetto-dimensione-diversa = { $byte } byte, il manifesto indica { $attesi }, e non è il PDF costruito con l’aggiunta di firme
