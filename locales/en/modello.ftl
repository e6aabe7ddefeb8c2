# Le clausole degli atti: segnaposto, premesse, articoli e commi
# (src/model/atto.rs).

# Una `}` che non chiude alcun segnaposto.
modello-r041-graffa-senza-segnaposto = a `{"}"}` closes no placeholder (write `{"}}"}` for a brace)
modello-r041-segnaposto-non-chiuso = the placeholder `{"{"}{ $interno }` is not closed with `{"}"}`
modello-r041-tipo-sconosciuto = `{"{"}{ $interno }{"}"}`: `{ $tipo }:` is not a kind of placeholder (there are `norma:`, `norma-breve:` and `art:`)
modello-r041-preposizione-sconosciuta = `{"{"}{ $interno }{"}"}`: `{ $preposizione }` is not one of the prepositions a placeholder takes ({ $elenco })
# Un segnaposto nomina un dato che lo strumento non conosce; $suggerimento è vuoto o " (forse si intendeva …?)".
modello-r041-fatto-sconosciuto = `{"{"}{ $interno }{"}"}`: `{ $nome }` is not a fact the tool knows{ $suggerimento }
# Suggerimento di ogni segnaposto scritto male.
modello-r041-suggerimento = placeholders are listed in docs/content.md, "Segnaposto"
# Il testo usa un dato che l’atto non indica.
modello-r042-fatto-non-dichiarato = the text uses `{"{"}{ $nome }{"}"}`, but the act does not state it
modello-r042-suggerimento = state the fact in the YAML, or write the text without it
# Il testo cita una norma che lo strumento non conosce.
modello-r043-norma-sconosciuta = the text cites the law `{ $id }`, which is neither shipped nor in _riferimenti/norme.yaml
modello-r043-norma-sconosciuta-suggerimento = add it to content/_riferimenti/norme.yaml, or use the id of a shipped law
# Il testo cita una norma successiva all’atto.
modello-r043-norma-successiva = the text cites the law `{ $id }` of { $data }, after the act's date { $data_atto }
modello-r043-norma-successiva-suggerimento = an act cannot cite a law that did not exist yet: remove the citation or correct the act's date
# Una modifica nomina una premessa o un articolo che l’atto non ha.
modello-r044-non-esiste = the act has no { $cosa ->
    [premessa] premise
   *[articolo] article
} `{ $id }`
# Dopo il suggerimento di R044, quando nessun id è vicino a quello scritto.
modello-r044-elenco = The act has: { $elenco }
# Una nuova premessa senza il suo testo.
modello-r044-premessa-nuova = To add a premise, give its `testo`.
# Un nuovo articolo senza titolo o commi.
modello-r044-articolo-nuovo = To add an article, give its `titolo` and `commi`.
# Una modifica nomina un comma che l’articolo non ha.
modello-r045-comma-inesistente = article `{ $articolo }` has { $commi } commi, so there is no comma { $comma }
modello-r045-comma-inesistente-suggerimento = number the commi as the act prints them, from 1
# Una modifica nomina un comma ma non ne dà il nuovo testo.
modello-r045-comma-senza-testo = `comma: { $comma }` says which comma to change, but no `testo` replaces it
modello-r045-comma-senza-testo-suggerimento = add `testo:` with the new text, or `rimuovi: true` to remove the comma
# Un testo rinvia a un articolo che l’atto non ha.
modello-r046-articolo-inesistente = `{ $clausola }` refers to the article `{ $id }`, which the act does not have
modello-r046-articolo-inesistente-suggerimento = refer to one of: { $elenco }; or change that text under `testo:`
