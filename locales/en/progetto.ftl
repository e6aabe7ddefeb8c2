# Il progetto e i suoi comandi (src/project/).

# `ambito watch` non riesce a sorvegliare le cartelle.
progetto-watch-impossibile = cannot watch the folders: { $errore }
# Il sistema operativo ha smesso di segnalare le modifiche ai file.
progetto-watch-fermo = the watcher stopped
# Né la cartella corrente né quelle sopra contengono `content/`.
progetto-content-assente = no `content/` folder in `{ $cartella }` or in any folder above it: run `ambito init` to start a project here, or pass --content DIR
# La cartella indicata con --templates non esiste.
progetto-templates-assente = templates folder `{ $cartella }` not found: pass --templates a folder that exists, or leave it out to use the templates built into ambito
# --ambito nomina un Ambito che non c’è; $suggerimento è vuoto o " (forse si intendeva …?)".
progetto-ambito-sconosciuto = there is no Ambito `{ $id }` in `{ $cartella }`{ $suggerimento }: --ambito takes the name of an Ambito's folder
# `ambito new relazione` riceve un semestre scritto male.
progetto-semestre-non-valido = `{ $semestre }` is not a semester: write YEAR-1 or YEAR-2, e.g. 2026-1
# `ambito new relazione` nomina un Ambito senza file leggibili.
progetto-ambito-illeggibile = no Ambito `{ $id }` with readable files under the content folder
# `ambito verify` non trova o non può leggere manifest.json.
progetto-manifest-illeggibile = cannot read manifest.json ({ $errore }): build first, or pass --out DIR
# `ambito verify` trova un manifest.json scritto male.
progetto-manifest-non-valido = manifest.json is not a manifest: { $errore }
# `ambito verify`: il PDF ha un’impronta diversa da quella del manifesto.
progetto-sha256-diverso = sha256 { $sha }, the manifest says { $atteso }
# `ambito verify`: il PDF ha una dimensione diversa e non è il PDF costruito con firme aggiunte.
progetto-dimensione-diversa = { $byte } bytes, the manifest says { $attesi }, and it is not the built PDF with signatures added
