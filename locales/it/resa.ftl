# La compilazione dei modelli (src/render/).

# Un riferimento che la verifica avrebbe dovuto segnalare; $cosa dice quale.
resa-non-risolto = errore interno: { $cosa } non si trova
# Ciò che non si trova: il testo della convenzione.
resa-testo-convenzione = il testo della convenzione
# Ciò che non si trova: il testo del regolamento.
resa-testo-regolamento = il testo del regolamento
# Ciò che non si trova: un elenco richiesto da una clausola.
resa-elenco = l’elenco `{ $nome }`
# Ciò che non si trova: un dato usato da una clausola.
resa-fatto = il dato `{ $nome }`
# Ciò che non si trova: un articolo a cui una clausola rinvia.
resa-articolo = l’articolo `{ $id }`
# Ciò che non si trova: il Sindaco in carica di un Comune a una data.
resa-sindaco = il Sindaco di { $comune } al { $data }
# Una causa di un errore del modello, sotto di esso.
resa-causato-da = causato da: { $causa }
# Il modello di un Ambito è un collegamento simbolico fuori dalla sua cartella.
resa-fuori-cartella = { $file } porta fuori dalla sua cartella
# Il modello di un Ambito non si può leggere.
resa-illeggibile = impossibile leggere { $file }: { $errore }
# Il filtro `num` riceve qualcosa che non è un numero finito.
resa-num-non-finito = il filtro num richiede un numero finito
# Un modello indica un genere diverso da F o M.
resa-genere-sconosciuto = `{ $genere }` non è un genere: scrivere F o M
# Il filtro `declina` non riceve una persona con il genere.
resa-declina-senza-genere = il filtro declina richiede una persona con `genere` F o M
# Un modello stampa un valore che manca.
resa-valore-mancante = il modello stampa un valore mancante; racchiuderlo in {"{"}% if ... %{"}"}
