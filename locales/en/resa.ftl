# La compilazione dei modelli (src/render/).

# Un riferimento che la verifica avrebbe dovuto segnalare; $cosa dice quale.
resa-non-risolto = internal error: { $cosa } does not resolve
# Ciò che non si trova: il testo della convenzione.
resa-testo-convenzione = the convenzione's text
# Ciò che non si trova: il testo del regolamento.
resa-testo-regolamento = the regolamento's text
# Ciò che non si trova: un elenco richiesto da una clausola.
resa-elenco = list `{ $nome }`
# Ciò che non si trova: un dato usato da una clausola.
resa-fatto = fact `{ $nome }`
# Ciò che non si trova: un articolo a cui una clausola rinvia.
resa-articolo = article `{ $id }`
# Ciò che non si trova: il Sindaco in carica di un Comune a una data.
resa-sindaco = the Sindaco of { $comune } on { $data }
# Una causa di un errore del modello, sotto di esso.
resa-causato-da = caused by: { $causa }
# Il modello di un Ambito è un collegamento simbolico fuori dalla sua cartella.
resa-fuori-cartella = { $file } leads out of its folder
# Il modello di un Ambito non si può leggere.
resa-illeggibile = cannot read { $file }: { $errore }
# Il filtro `num` riceve qualcosa che non è un numero finito.
resa-num-non-finito = num needs a finite number
# Un modello indica un genere diverso da F o M.
resa-genere-sconosciuto = `{ $genere }` is not a gender: write F or M
# Il filtro `declina` non riceve una persona con il genere.
resa-declina-senza-genere = declina needs a persona with `genere` F or M
# Un modello stampa un valore che manca.
resa-valore-mancante = the template prints a value that is missing; guard it with {"{"}% if ... %{"}"}
