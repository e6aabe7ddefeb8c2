# Le clausole degli atti: segnaposto, premesse, articoli e commi
# (src/model/atto.rs).

# Una `}` che non chiude alcun segnaposto.
modello-r041-graffa-senza-segnaposto = una `{"}"}` non chiude alcun segnaposto (per scrivere una graffa, scrivere `{"}}"}`)
modello-r041-segnaposto-non-chiuso = il segnaposto `{"{"}{ $interno }` non è chiuso da `{"}"}`
modello-r041-tipo-sconosciuto = `{"{"}{ $interno }{"}"}`: `{ $tipo }:` non è un tipo di segnaposto (i tipi sono `norma:`, `norma-breve:` e `art:`)
modello-r041-preposizione-sconosciuta = `{"{"}{ $interno }{"}"}`: `{ $preposizione }` non è una delle preposizioni ammesse in un segnaposto ({ $elenco })
# Un segnaposto nomina un dato che lo strumento non conosce; $suggerimento è vuoto o " (forse si intendeva …?)".
modello-r041-fatto-sconosciuto = `{"{"}{ $interno }{"}"}`: `{ $nome }` non è un dato noto allo strumento{ $suggerimento }
# Suggerimento di ogni segnaposto scritto male.
modello-r041-suggerimento = i segnaposto sono elencati in docs/it/contenuti.md
# Il testo usa un dato che l’atto non indica.
modello-r042-fatto-non-dichiarato = il testo usa `{"{"}{ $nome }{"}"}`, ma l’atto non indica questo dato
modello-r042-suggerimento = indicare il dato nel file YAML, oppure scrivere il testo senza di esso
# Il testo cita una norma che lo strumento non conosce.
modello-r043-norma-sconosciuta = il testo cita la norma `{ $id }`, che non è tra quelle fornite con lo strumento né in _riferimenti/norme.yaml
modello-r043-norma-sconosciuta-suggerimento = aggiungere la norma a content/_riferimenti/norme.yaml, oppure usare l’id di una norma fornita con lo strumento
# Il testo cita una norma successiva all’atto.
modello-r043-norma-successiva = il testo cita la norma `{ $id }` del { $data }, successiva alla data dell’atto ({ $data_atto })
modello-r043-norma-successiva-suggerimento = un atto non può citare una norma che non esisteva ancora: togliere la citazione o correggere la data dell’atto
# Una modifica nomina una premessa o un articolo che l’atto non ha.
modello-r044-non-esiste = l’atto non ha { $cosa ->
    [premessa] la premessa
   *[articolo] l’articolo
} `{ $id }`
# Dopo il suggerimento di R044, quando nessun id è vicino a quello scritto.
modello-r044-elenco = L’atto ha: { $elenco }
# Una nuova premessa senza il suo testo.
modello-r044-premessa-nuova = Per aggiungere una premessa, indicarne il `testo`.
# Un nuovo articolo senza titolo o commi.
modello-r044-articolo-nuovo = Per aggiungere un articolo, indicarne `titolo` e `commi`.
# Una modifica nomina un comma che l’articolo non ha.
modello-r045-comma-inesistente = l’articolo `{ $articolo }` ha { $commi ->
    [one] un solo comma
   *[other] { $commi } commi
}, quindi il comma { $comma } non esiste
modello-r045-comma-inesistente-suggerimento = numerare i commi come li stampa l’atto, a partire da 1
# Una modifica nomina un comma ma non ne dà il nuovo testo.
modello-r045-comma-senza-testo = `comma: { $comma }` indica quale comma modificare, ma nessun `testo` lo sostituisce
modello-r045-comma-senza-testo-suggerimento = aggiungere `testo:` con il nuovo testo, oppure `rimuovi: true` per togliere il comma
# Un testo rinvia a un articolo che l’atto non ha.
modello-r046-articolo-inesistente = `{ $clausola }` rinvia all’articolo `{ $id }`, che l’atto non ha
modello-r046-articolo-inesistente-suggerimento = rinviare a uno di questi articoli: { $elenco }; oppure modificare quel testo sotto `testo:`
