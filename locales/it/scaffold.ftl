# L’avvio di progetti, Ambiti e relazioni (src/scaffold.rs).

# `ambito new ambito` riceve un id scritto male.
scaffold-id-non-valido = `{ $id }` non è un id valido: usare lettere minuscole, cifre e trattini, per esempio alto-garda
# I profili regionali incorporati nello strumento non si leggono.
scaffold-errore-interno = errore interno: { $errore }
# `ambito new ambito` riceve una regione che lo strumento non conosce.
scaffold-regione-sconosciuta = `{ $regione }` non è una regione prevista: usarne una tra { $elenco }
# La cartella dell’Ambito da creare esiste già.
scaffold-ambito-esistente = { $cartella } esiste già: scegliere un altro id
# Una cartella da creare non si può creare.
scaffold-cartella-non-creata = impossibile creare { $cartella }: { $errore }
# Un file da scrivere non si può scrivere.
scaffold-file-non-scritto = impossibile scrivere { $file }: { $errore }
# Il semestre di una relazione non è 1 né 2.
scaffold-semestre-non-valido = il semestre è 1 o 2, non { $semestre }
# La relazione di un Ambito senza Piano di Zona.
scaffold-piano-assente = { $id } non ha piano.yaml: la relazione misura l’attuazione del Piano di Zona
# Il file della relazione da creare esiste già.
scaffold-file-esistente = { $file } esiste già
# L’anno della relazione non è un anno valido.
scaffold-anno-non-valido = { $anno } non è un anno valido
# `ambito init` in una cartella che contiene già un progetto.
scaffold-progetto-esistente = { $cartella } contiene già un progetto (c’è la cartella content/): eseguire `ambito new ambito <ID> --regione <REGIONE>` per aggiungere un Ambito
